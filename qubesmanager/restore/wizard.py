"""``RestoreWizard(mirror, parent=None)``: qubes-backup-restore.

Pages: archive location and passphrase (header verified before leaving)
-> options and the table of qubes -> run (progress, log, cancel), which is
the final page: it reports success only when the engine finished with no
error, lists every per-item error otherwise, and says so plainly when the
restore was refused and rolled back.
"""

from __future__ import annotations

from PyQt5.QtCore import pyqtSlot
from PyQt5.QtGui import QFontDatabase
from PyQt5.QtWidgets import (QLabel, QPlainTextEdit, QProgressBar,
                             QVBoxLayout, QWizard, QWizardPage)

from qubesmanager.backup.wizard import state_dir_of
from qubesmanager.backupformat.errors import Cancelled
from qubesmanager.backupformat.qubedirs import DOM0_USER

from .engine import RestoreFailed
from .pages import (EngineBridge, LocationPage, OptionsPage, default_home,
                    user_text)


class RunPage(QWizardPage):
    """Runs the engine in a worker thread; progress, log and outcome."""

    def __init__(self, wizard: "RestoreWizard") -> None:
        super().__init__(wizard)
        self._wiz = wizard
        self.setTitle(self.tr("Restoring"))
        self.setFinalPage(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Restore progress"))
        self.current = QLabel(self)
        self.current.setAccessibleName(self.tr("Current step"))
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.log.setAccessibleName(self.tr("Restore log"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Restore status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.current)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.status)
        self.bridge = EngineBridge(self)
        self.bridge.log.connect(self._on_log)
        self.bridge.progress.connect(self._on_progress)
        self.outcome: bool | None = None
        self.running = False

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        wiz = self._wiz
        opts = wiz.options_page.options()
        entries = wiz.options_page.entries
        self.setTitle(self.tr("Verifying") if opts.verify_only
                      else self.tr("Restoring"))
        self.outcome = None
        self.log.clear()
        self.bar.setValue(0)
        self.status.setText(self.tr("Working…"))
        engine = wiz.engine
        engine.set_callbacks(self.bridge.log_cb, self.bridge.progress_cb)
        self.running = True
        wiz.mirror.run(engine.run, entries, opts,
                       on_result=lambda result: self._done(opts, result),
                       on_error=self._failed)

    @pyqtSlot(str, object)
    def _on_log(self, level: str, text) -> None:
        prefix = {"error": self.tr("ERROR: "), "warning": self.tr("warning: ")
                  }.get(level, "")
        self.log.appendPlainText(prefix + user_text(text))

    @pyqtSlot(float, object)
    def _on_progress(self, percent: float, text) -> None:
        self.bar.setValue(int(percent))
        self.current.setText(user_text(text))

    def _done(self, opts, result) -> None:
        self.running = False
        self.bar.setValue(100)
        self.outcome = result.ok
        if result.errors:
            self.status.setText(self.tr(
                "Finished with %n error(s); see the log above.", "",
                len(result.errors)))
        elif opts.verify_only:
            self.status.setText(self.tr("Verification passed: the archive "
                                        "is intact for %1.").replace(
                "%1", ", ".join(result.verified)))
        else:
            self.status.setText(self.tr("Restore finished successfully: "
                                        "%1.").replace(
                "%1", ", ".join(user_text(n) for n in result.restored)))
        self.completeChanged.emit()

    def _failed(self, err: BaseException) -> None:
        self.running = False
        self.outcome = False
        if isinstance(err, RestoreFailed) and \
                isinstance(err.__cause__, Cancelled):
            self.status.setText(self.tr(
                "The restore was cancelled; the qubes it had created were "
                "removed again (%1).").replace(
                "%1", ", ".join(err.removed) or self.tr("none")))
        elif isinstance(err, RestoreFailed):
            self.status.setText(self.tr("The restore FAILED: %1").replace(
                "%1", user_text(err)))
        else:
            self.status.setText(self.tr("The restore FAILED: %1 (%2)")
                                .replace("%1", user_text(err))
                                .replace("%2", type(err).__name__))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return self.outcome is not None


class RestoreWizard(QWizard):
    """The restore tool's wizard."""

    def __init__(self, mirror, parent=None, *, state_dir=None) -> None:
        super().__init__(parent)
        self.mirror = mirror
        self.state_dir = state_dir_of(mirror, state_dir)
        # On a sandbox, dom0's home is the simulated one.
        self.home_dir = default_home(self.state_dir)
        self.dom0_user = DOM0_USER if self.state_dir else None
        self.engine = None
        self.content = None
        self.host_state = None
        self.setWindowTitle(self.tr("Qubes Backup Restore"))
        self.setAccessibleName(self.tr("Restore qubes"))
        self.location_page = LocationPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        for page in (self.location_page, self.options_page, self.run_page):
            self.addPage(page)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.resize(760, 560)
        self.run_page.completeChanged.connect(self._on_run_complete)

    @pyqtSlot()
    def _on_run_complete(self) -> None:
        # Finished (or failed, or cancelled): nothing left to cancel, only
        # Finish remains, so "Cancel" cannot be read as undoing the result.
        if self.run_page.isComplete():
            self.setOption(QWizard.NoCancelButtonOnLastPage, True)

    def reject(self) -> None:
        """Cancel stops a running restore (which then rolls back) first."""
        if self.run_page.running and self.engine is not None:
            self.run_page.status.setText(self.tr("Cancelling…"))
            self.engine.cancel()
            return
        super().reject()
