"""Restore wizard pages: where the archive is, and what to restore.

The archive is opened and its header verified in a worker thread when the
user leaves the first page (a wrong passphrase keeps them there with the
reason); the plan on the second page is recomputed locally, without any
Admin API call, each time an option changes.
"""

from __future__ import annotations

import os

import humanize
from PyQt5.QtCore import (QCoreApplication, QObject, Qt, QTimer, pyqtSignal,
                          pyqtSlot)
from PyQt5.QtWidgets import (QFileDialog, QHeaderView, QTreeWidgetItem,
                             QWizardPage)

from qubesmanager.uiloader import load_ui

from .engine import RestoreEngine
from .host import AdminHost
from .messages import QT_TRANSLATE_NOOP, translated
from .plan import Problem, RestoreEntry, RestoreOptions, plan_restore
from .sources import open_source


class LocationPage(QWizardPage):
    """Archive location (a file in dom0 or in a qube) and passphrase."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self._wiz = wizard
        self.setTitle(self.tr("Backup to restore"))
        self.setSubTitle(self.tr("Where the archive is, and the passphrase "
                                 "it was made with."))
        # Layout and accessible names: ui/restore_location.ui.
        load_ui("restore_location", self)
        self.qube.setup(wizard.mirror, lambda rec: rec.klass != "TemplateVM")
        self.browse.clicked.connect(self._browse)
        self.qube.currentIndexChanged.connect(self._changed)
        self.path.textChanged.connect(self._changed)
        self.passphrase.textChanged.connect(self._changed)
        self._loaded_for = None
        self._busy = False
        self._changed()

    def source_qube(self) -> str:
        return self.qube.value() or "dom0"

    def _key(self):
        return (self.source_qube(), self.path.text(), self.passphrase.text())

    @pyqtSlot()
    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup archive"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    @pyqtSlot()
    def _changed(self, *_args) -> None:
        self.browse.setEnabled(self.source_qube() == "dom0")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return bool(self.path.text().strip() and self.passphrase.text()) \
            and not self._busy

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        """Leave only once the header and qubes.xml were authenticated."""
        if self._loaded_for == self._key():
            return True
        wiz = self._wiz
        try:
            source = open_source(self.source_qube(), self.path.text().strip(),
                                 wiz.state_dir)
        except Exception as err:  # noqa: BLE001 - SourceError etc.
            self.status.setText(user_text(err))
            return False
        engine = RestoreEngine(AdminHost(wiz.mirror.app, wiz.dom0_user),
                               source, self.passphrase.text(),
                               home=wiz.home_dir)
        key = self._key()
        self._busy = True
        self.status.setText(self.tr("Reading and verifying the backup "
                                    "header…"))
        self.completeChanged.emit()

        def load():
            content = engine.load()
            return content, engine.host_state()

        wiz.mirror.run(load, on_result=lambda r: self._loaded(key, engine, r),
                       on_error=self._failed)
        return False

    def _loaded(self, key, engine, result) -> None:
        self._busy = False
        self._wiz.engine = engine
        self._wiz.content, self._wiz.host_state = result
        self._loaded_for = key
        self.status.setText(self.tr("Header verified."))
        self.completeChanged.emit()
        if self._key() == key:
            self._wiz.next()

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self.status.setText(self.tr("Cannot use this backup: %1").replace(
            "%1", user_text(err)))
        self.completeChanged.emit()


_PROBLEM_TEXT = {
    Problem.EXCLUDED: QT_TRANSLATE_NOOP("OptionsPage", "not selected"),
    Problem.ALREADY_EXISTS: QT_TRANSLATE_NOOP("OptionsPage",
                                              "already exists here"),
    Problem.MISSING_TEMPLATE: QT_TRANSLATE_NOOP("OptionsPage",
                                                "missing template"),
    Problem.MISSING_NETVM: QT_TRANSLATE_NOOP("OptionsPage",
                                             "missing network qube"),
    Problem.USERNAME_MISMATCH: QT_TRANSLATE_NOOP("OptionsPage",
                                                 "user name differs"),
}


class OptionsPage(QWizardPage):
    """Restore options and the table of qubes in the archive."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self._wiz = wizard
        self.setTitle(self.tr("What to restore"))
        self.setSubTitle(self.tr("Uncheck qubes you do not want. The table "
                                 "follows the options below."))
        # Layout, texts and accessible names: ui/restore_options.ui.
        load_ui("restore_options", self)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        for box in (self.verify_only, self.rename, self.ignore_missing,
                    self.skip_home, self.ignore_user):
            box.toggled.connect(self.replan)
        self.pool.currentIndexChanged.connect(self.replan)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.entries: list[RestoreEntry] = []
        self._unchecked: set[str] = set()

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self.pool.blockSignals(True)
        self.pool.clear()
        self.pool.addItem(self.tr("default"), None)
        for name in self._wiz.host_state.pools:
            self.pool.addItem(name, name)
        self.pool.blockSignals(False)
        self._unchecked.clear()
        self.replan()

    def options(self) -> RestoreOptions:
        return RestoreOptions(
            verify_only=self.verify_only.isChecked(),
            rename_conflicting=self.rename.isChecked(),
            ignore_missing=self.ignore_missing.isChecked(),
            pool=self.pool.currentData(),
            exclude=frozenset(self._unchecked),
            dom0_home=not self.skip_home.isChecked(),
            ignore_username_mismatch=self.ignore_user.isChecked())

    @pyqtSlot()
    def replan(self, *_args) -> None:
        wiz = self._wiz
        self.entries = plan_restore(wiz.content, wiz.host_state,
                                    self.options())
        self.tree.blockSignals(True)
        names = [e.name for e in self.entries]
        current = [self.tree.topLevelItem(i).data(0, Qt.UserRole)
                   for i in range(self.tree.topLevelItemCount())]
        if names != current:           # new archive: rebuild the rows
            self.tree.clear()
            for name in names:
                item = QTreeWidgetItem(self.tree)
                item.setData(0, Qt.UserRole, name)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        for row, entry in enumerate(self.entries):  # else update in place
            item = self.tree.topLevelItem(row)
            item.setCheckState(0, Qt.Unchecked if entry.name in
                               self._unchecked else Qt.Checked)
            qube = entry.qube
            item.setText(0, self.tr("dom0 home") if qube.klass == "AdminVM"
                         else entry.name)
            item.setText(1, qube.klass)
            item.setText(2, entry.template or qube.template or "")
            item.setText(3, humanize.naturalsize(qube.backup_size,
                                                 binary=True))
            item.setText(4, self._describe(entry))
            item.setToolTip(4, item.text(4))
        self.tree.blockSignals(False)
        devices = any(e.qube.devices for e in self.entries if e.good)
        self.note.setText(self.tr(
            "Device assignments are restored with the mode recorded in the "
            "backup; the devices themselves may differ on this computer.")
            if devices and not self.verify_only.isChecked() else "")
        self.completeChanged.emit()

    def _describe(self, entry: RestoreEntry) -> str:
        if entry.problems:
            text = ", ".join(self.tr(_PROBLEM_TEXT[p]) for p in entry.problems)
            if Problem.MISSING_TEMPLATE in entry.problems:
                text += f" ({entry.qube.template})"
            if Problem.MISSING_NETVM in entry.problems:
                text += f" ({entry.qube.netvm})"
            return self.tr("skipped: %1").replace("%1", text)
        if self.verify_only.isChecked():
            return self.tr("will be verified")
        parts = [self.tr("will be restored")]
        if entry.renamed:
            parts.append(self.tr("as %1 (name taken)").replace(
                "%1", entry.target))
        if entry.template_changed:
            parts.append(self.tr("on template %1 instead of %2").replace(
                "%1", entry.template or "?").replace(
                "%2", entry.qube.template or "?"))
        if entry.netvm_reset:
            parts.append(self.tr("with the default network qube"))
        if entry.label_changed:
            parts.append(self.tr("labelled red (no label %1 here)").replace(
                "%1", entry.qube.label))
        return " ".join(parts)

    @pyqtSlot("QTreeWidgetItem*", int)
    def _on_item_changed(self, item, _column) -> None:
        name = item.data(0, Qt.UserRole)
        if item.checkState(0) == Qt.Checked:
            self._unchecked.discard(name)
        else:
            self._unchecked.add(name)
        # Not from inside the item's own change notification.
        QTimer.singleShot(0, self.replan)

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return any(e.good for e in self.entries)


def user_text(value) -> str:
    """An engine message or error in the user's language (UI thread)."""
    return translated(value, QCoreApplication.translate)


class EngineBridge(QObject):
    """Carries the engine's callbacks (worker thread) to the UI thread.

    Texts travel as objects so that a Message keeps its template and is
    translated on arrival rather than reduced to English.
    """

    log = pyqtSignal(str, object)
    progress = pyqtSignal(float, object)

    def log_cb(self, level: str, text: str) -> None:
        self.log.emit(level, text)

    def progress_cb(self, percent: float, text: str) -> None:
        self.progress.emit(percent, text)


def default_home(state_dir) -> str | None:
    """Where dom0's home is restored: the sandbox's dom0 home, or ours."""
    if state_dir is None:
        return None
    from qubesmanager.backupformat.qubedirs import dom0_home
    home = dom0_home(state_dir)
    os.makedirs(home, exist_ok=True)
    return str(home)
