"""``BackupWizard(mirror, selected=(), parent=None)``: qubes-backup.

Pages: select qubes -> destination and passphrase -> summary (the
daemon's own ``admin.backup.Info`` table) -> run (progress, current qube,
bytes, ETA, cancel) which is also the final page and shows success only
when Execute returned without error.
"""

from __future__ import annotations

import os

import humanize
from PyQt5.QtCore import pyqtSlot
from PyQt5.QtGui import QFontDatabase
from PyQt5.QtWidgets import (QLabel, QPlainTextEdit, QProgressBar,
                             QVBoxLayout, QWizard, QWizardPage)

from qubesmanager.backupformat.qubedirs import sandbox_state_dir
from qubesmanager.common import states

from . import profile as prof
from .pages import DestinationPage, SelectPage
from .runner import BackupRun


def state_dir_of(mirror, state_dir=None):
    """The sandbox state dir (profiles and simulated qubes live there), or
    None on a real system."""
    if state_dir is not None:
        return state_dir
    transport = getattr(mirror.app, "transport", None)
    return sandbox_state_dir(getattr(transport, "path", None))


class SummaryPage(QWizardPage):
    """Writes the run profile (no passphrase yet) and shows Info's table."""

    def __init__(self, wizard: "BackupWizard") -> None:
        super().__init__(wizard)
        self._wiz = wizard
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("What the backup will contain, as reported "
                                 "by the system."))
        self.table = QPlainTextEdit(self)
        self.table.setReadOnly(True)
        self.table.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.table.setAccessibleName(self.tr("Backup summary"))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Summary warning"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.warning)
        self._ready = False

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self._ready = False
        self.table.setPlainText(self.tr("Asking the system…"))
        self.warning.setText("")
        try:
            self._wiz.write_run_profile(with_passphrase=False)
        except OSError as err:
            self.warning.setText(self.tr("Cannot write the backup profile: "
                                         "%1").replace("%1", str(err)))
            return
        mirror = self._wiz.mirror
        mirror.run(mirror.app.qubesd_call, "dom0", "admin.backup.Info",
                   prof.RUN_PROFILE, on_result=self._got,
                   on_error=self._failed)
        self.completeChanged.emit()

    def _got(self, data: bytes) -> None:
        text = data.decode("utf-8", "replace")
        self.table.setPlainText(text)
        notes = []
        if "Backup will fail!" in text:
            notes.append(self.tr("A running qube has volume snapshots "
                                 "disabled: shut it down first, or the "
                                 "backup will fail."))
        elif "<--" in text:
            notes.append(self.tr("Running qubes will be backed up as they "
                                 "were before they started."))
        dest = self._wiz.dest_page.destination()
        rec = self._wiz.mirror.get(dest)
        if rec is not None and dest != "dom0" and rec.state != states.RUNNING:
            notes.append(self.tr("The destination qube %1 will be started.")
                         .replace("%1", dest))
        self.warning.setText(" ".join(notes))
        self._ready = True
        self.completeChanged.emit()

    def _failed(self, err: BaseException) -> None:
        self.table.setPlainText("")
        self.warning.setText(self.tr("The system refused the backup: %1")
                             .replace("%1", str(err)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return self._ready


class RunPage(QWizardPage):
    """Runs the backup; shows progress and, at the end, the outcome."""

    def __init__(self, wizard: "BackupWizard") -> None:
        super().__init__(wizard)
        self._wiz = wizard
        self.setTitle(self.tr("Backing up"))
        self.setFinalPage(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.detail = QLabel(self)
        self.detail.setAccessibleName(self.tr("Backup progress details"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.run: BackupRun | None = None
        self.outcome: bool | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self.outcome = None
        self.bar.setValue(0)
        self.status.setText(self.tr("Preparing…"))
        self.detail.setText("")
        wiz = self._wiz
        try:
            if wiz.dest_page.save.isChecked():
                prof.write_profile(wiz.profile_dir, prof.DEFAULT_PROFILE,
                                   wiz.settings())
            wiz.write_run_profile(with_passphrase=True)
        except OSError as err:
            self._finish(False, str(err), "OSError")
            return
        dest = wiz.dest_page.destination()
        rec = wiz.mirror.get(dest)
        if dest != "dom0" and rec is not None and rec.state != states.RUNNING:
            self.status.setText(self.tr("Starting %1…").replace("%1", dest))
            wiz.mirror.run(wiz.mirror.app.qubesd_call, dest, "admin.vm.Start",
                           on_result=lambda _r: self._execute(),
                           on_error=lambda err: self._finish(
                               False, str(err), type(err).__name__))
            return
        self._execute()

    def _execute(self) -> None:
        self.status.setText(self.tr("Backup in progress…"))
        self.run = BackupRun(self._wiz.mirror, prof.RUN_PROFILE, self)
        self.run.progress.connect(self._on_progress)
        self.run.finished.connect(self._finish)
        self.run.start()

    @pyqtSlot(float, float)
    def _on_progress(self, percent: float, elapsed: float) -> None:
        self.bar.setValue(int(percent))
        sizes = self._wiz.select_page.selected_sizes()
        order = sorted((n for n in sizes if n != "dom0")) + (
            ["dom0"] if "dom0" in sizes else [])
        total = sum(s or 0 for s in sizes.values())
        done = total * percent / 100.0
        current, acc = order[-1] if order else "", 0
        for name in order:
            acc += sizes[name] or 0
            if acc > done:
                current = name
                break
        parts = [self.tr("Current qube: %1").replace("%1", current),
                 self.tr("%1 of %2").replace(
                     "%1", humanize.naturalsize(done, binary=True)).replace(
                     "%2", humanize.naturalsize(total, binary=True))]
        if 0 < percent < 100:
            left = elapsed * (100.0 - percent) / percent
            parts.append(self.tr("about %1 left").replace(
                "%1", humanize.naturaldelta(left)))
        self.detail.setText(" · ".join(parts))

    @pyqtSlot(bool, str, str)
    def _finish(self, ok: bool, message: str, klass: str) -> None:
        self.outcome = ok
        prof.remove_profile(self._wiz.profile_dir, prof.RUN_PROFILE)
        if ok:
            self.bar.setValue(100)
            self.status.setText(self.tr("The backup finished successfully."))
        elif klass == "BackupCancelledError":
            self.status.setText(self.tr("The backup was cancelled; no "
                                        "archive was kept."))
        else:
            self.status.setText(self.tr("The backup FAILED: %1").replace(
                "%1", message) + (f" ({klass})" if klass else ""))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return self.outcome is not None

    def busy(self) -> bool:
        return self.run is not None and self.run.running


class BackupWizard(QWizard):
    """The backup tool's wizard; ``selected`` pre-checks those qubes."""

    def __init__(self, mirror, selected=(), parent=None, *,
                 state_dir=None) -> None:
        super().__init__(parent)
        self.mirror = mirror
        self.state_dir = state_dir_of(mirror, state_dir)
        self.profile_dir = prof.profile_dir(self.state_dir)
        self.setWindowTitle(self.tr("Qubes Backup"))
        self.setAccessibleName(self.tr("Back up qubes"))
        saved = prof.read_settings(self.profile_dir) or prof.BackupSettings([])
        self.select_page = SelectPage(mirror, selected or saved.include, self)
        self.dest_page = DestinationPage(mirror, self.state_dir, saved, self)
        self.summary_page = SummaryPage(self)
        self.run_page = RunPage(self)
        for page in (self.select_page, self.dest_page, self.summary_page,
                     self.run_page):
            self.addPage(page)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.resize(720, 520)
        self.currentIdChanged.connect(self._on_page)
        self.run_page.completeChanged.connect(self._on_run_complete)

    def settings(self) -> prof.BackupSettings:
        path = self.dest_page.path.text().strip()
        if self.dest_page.destination() == "dom0":
            path = os.path.abspath(os.path.expanduser(path))
        return prof.BackupSettings(
            include=self.select_page.selected(),
            destination_vm=self.dest_page.destination(),
            destination_path=path,
            compression=self.dest_page.compress.isChecked())

    def write_run_profile(self, with_passphrase: bool) -> None:
        prof.write_profile(
            self.profile_dir, prof.RUN_PROFILE, self.settings(),
            self.dest_page.passphrase.text() if with_passphrase else None)

    @pyqtSlot(int)
    def _on_page(self, _page_id: int) -> None:
        on_run = self.currentPage() is self.run_page
        self.button(QWizard.CancelButton).setEnabled(True)
        if on_run:
            self.setButtonText(QWizard.CancelButton, self.tr("Cancel backup"))

    @pyqtSlot()
    def _on_run_complete(self) -> None:
        # Finished (or failed, or cancelled): nothing left to cancel, only
        # Finish remains, so "Cancel" cannot be read as undoing the result.
        if self.run_page.isComplete():
            self.setOption(QWizard.NoCancelButtonOnLastPage, True)

    def reject(self) -> None:
        """Cancel stops a running backup first; the window stays until the
        daemon confirms, so the final page can say what happened."""
        if self.run_page.busy():
            self.run_page.status.setText(self.tr("Cancelling…"))
            self.run_page.run.cancel()
            return
        if self.run_page.outcome is None:
            prof.remove_profile(self.profile_dir, prof.RUN_PROFILE)
        super().reject()
