"""First two pages of the backup wizard: what to back up, and where.

Reads come from the mirror only (no Admin API call on the UI thread);
sizes are the volumes' real usage from the mirror's disk pass.
"""

from __future__ import annotations

import humanize
from PyQt5.QtCore import Qt, pyqtSlot
from PyQt5.QtWidgets import (QFileDialog, QHeaderView, QLabel, QTreeWidget,
                             QTreeWidgetItem, QVBoxLayout, QWizardPage)

from qubesmanager.backupformat.header import check_passphrase
from qubesmanager.common import states
from qubesmanager.restore.messages import QT_TRANSLATE_NOOP
from qubesmanager.uiloader import load_ui

from .profile import free_space

# check_passphrase() (backup format, no Qt) answers in English; these
# marks put its answers into the catalogue under the page's context.
_PASSPHRASE_PROBLEMS = (
    QT_TRANSLATE_NOOP("DestinationPage", "The passphrase is empty."),
    QT_TRANSLATE_NOOP("DestinationPage", "The passphrase must not contain "
                      "line breaks or control characters."),
)

#: Volumes whose content a backup contains, per class (backup-format.md 2.6).
_BACKED_VOLUMES = {"TemplateVM": ("root", "private"),
                   "StandaloneVM": ("root", "private"),
                   "AppVM": ("private",), "DispVM": ()}


def qube_backup_size(record) -> int | None:
    """Bytes a qube adds to a backup (None until its disk usage is known)."""
    if record.klass == "AdminVM" or record.disk is None:
        return None
    return sum(record.disk[v][1] for v in _BACKED_VOLUMES.get(
        record.klass, ("private",)) if v in record.disk)


def size_text(size: int | None) -> str:
    return "…" if size is None else humanize.naturalsize(size, binary=True)


class SelectPage(QWizardPage):
    """Qube multi-select with sizes and a running total."""

    COLUMNS = ("qube", "type", "size", "state")

    def __init__(self, mirror, preselect, parent=None) -> None:
        super().__init__(parent)
        self._mirror = mirror
        self._preselect = set(preselect)
        self.setTitle(self.tr("Qubes to back up"))
        self.setSubTitle(self.tr("Check the qubes to include. dom0 stands for "
                                 "the home directory of the dom0 user."))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Qubes to back up"))
        self.tree.setHeaderLabels([self.tr("Qube"), self.tr("Type"),
                                   self.tr("Size"), self.tr("State")])
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("Selected size"))
        self.running = QLabel(self)
        self.running.setWordWrap(True)
        self.running.setAccessibleName(self.tr("Running qubes warning"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.total)
        layout.addWidget(self.running)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._loaded = False
        self.tree.itemChanged.connect(self._on_item_changed)
        mirror.qube_changed.connect(self._on_qube_changed)
        mirror.state_changed.connect(self._on_state_changed)
        mirror.qube_added.connect(self._on_qube_added)
        mirror.loaded.connect(self.fill)
        self.fill()

    @pyqtSlot()
    def fill(self) -> None:
        # Keep the user's choices, but only once they were made on loaded
        # records (before that, include_in_backups is not known yet).
        checked = self.selected() if self._items and self._loaded else None
        self._loaded = self._mirror.is_loaded
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items.clear()
        for name, rec in self._mirror.qubes.items():
            if rec.klass == "DispVM" and rec.value("auto_cleanup"):
                continue            # throw-away disposables are never backed up
            item = QTreeWidgetItem(self.tree)
            item.setData(0, Qt.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            if checked is not None:
                on = name in checked
            elif self._preselect:
                on = name in self._preselect
            else:
                on = bool(rec.value("include_in_backups")) \
                    and rec.klass != "AdminVM"
            item.setCheckState(0, Qt.Checked if on else Qt.Unchecked)
            self._items[name] = item
            self._update_item(name)
        self.tree.blockSignals(False)
        self._mirror.want_disk(list(self._items))
        self._update_total()

    def _update_item(self, name: str) -> None:
        item, rec = self._items.get(name), self._mirror.get(name)
        if item is None or rec is None:
            return
        label = self.tr("dom0 (home directory)") if rec.klass == "AdminVM" \
            else name
        item.setText(0, label)
        item.setText(1, rec.klass)
        item.setText(2, "" if rec.klass == "AdminVM"
                     else size_text(qube_backup_size(rec)))
        item.setText(3, rec.state)

    def selected(self) -> list[str]:
        return [n for n, item in self._items.items()
                if item.checkState(0) == Qt.Checked]

    def selected_sizes(self) -> dict[str, int | None]:
        return {n: qube_backup_size(self._mirror.get(n))
                for n in self.selected() if self._mirror.get(n) is not None}

    def _update_total(self) -> None:
        sizes = self.selected_sizes()
        known = sum(s for s in sizes.values() if s)
        unknown = any(s is None and n != "dom0" for n, s in sizes.items())
        text = self.tr("%n qube(s) selected", "", len(sizes)) + ", " + \
            self.tr("total %1").replace("%1", humanize.naturalsize(
                known, binary=True))
        if unknown:
            text += " " + self.tr("(sizes still loading)")
        self.total.setText(text)
        running = [n for n in sizes if n != "dom0" and
                   self._mirror.get(n).state in states.ACTIVE]
        self.running.setText(
            self.tr("Running qubes are backed up as they were before they "
                    "started: %1").replace("%1", ", ".join(running))
            if running else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return bool(self.selected())

    @pyqtSlot("QTreeWidgetItem*", int)
    def _on_item_changed(self, _item, _column) -> None:
        self._update_total()

    @pyqtSlot(str, str)
    def _on_qube_changed(self, name: str, _what: str) -> None:
        self._update_item(name)
        if name in self._items:
            self._update_total()

    @pyqtSlot(str, str)
    def _on_state_changed(self, name: str, _state: str) -> None:
        self._on_qube_changed(name, "state")

    @pyqtSlot(str)
    def _on_qube_added(self, _name: str) -> None:
        self.fill()


class DestinationPage(QWizardPage):
    """Destination qube and path, passphrase twice, compression, saving."""

    def __init__(self, mirror, state_dir, settings, parent=None) -> None:
        super().__init__(parent)
        self._mirror = mirror
        self._state_dir = state_dir
        self.setTitle(self.tr("Destination and encryption"))
        self.setSubTitle(self.tr("The archive is encrypted and authenticated "
                                 "with the passphrase; it cannot be restored "
                                 "without it."))
        # Layout and accessible names: ui/backup_destination.ui.
        load_ui("backup_destination", self)
        self.path.setPlaceholderText(self.tr("directory, or a command in the "
                                             "qube that receives the archive"))
        # Templates never receive backups; the list follows the mirror.
        self.qube.setup(mirror, lambda rec: rec.klass != "TemplateVM")
        self._wanted = settings.destination_vm
        mirror.loaded.connect(self._select_saved)
        self._select_saved()
        self.path.setText(settings.destination_path)
        self.compress.setChecked(settings.compression)
        self.save.setChecked(True)
        self.qube.currentIndexChanged.connect(self._changed)
        self.path.textChanged.connect(self._changed)
        self.passphrase.textChanged.connect(self._changed)
        self.confirm.textChanged.connect(self._changed)
        self.browse.clicked.connect(self._browse)
        self._changed()

    @pyqtSlot()
    def _select_saved(self) -> None:
        """Pick the saved destination once the mirror knows it."""
        if self._wanted and self._wanted in self.qube.names():
            self.qube.set_value(self._wanted)
            self._wanted = None

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self._changed()              # the selection may have changed

    def destination(self) -> str:
        return self.qube.value() or "dom0"

    @pyqtSlot()
    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup directory"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def passphrase_problem(self) -> str | None:
        text = self.passphrase.text()
        why = check_passphrase(text)
        if why is not None:
            return self.tr(why)
        if text != self.confirm.text():
            return self.tr("The passphrases do not match.")
        return None

    @pyqtSlot()
    def _changed(self, *_args) -> None:
        dest = self.destination()
        self.browse.setEnabled(dest == "dom0")
        free = free_space(dest, self.path.text(), self._state_dir)
        wiz = self.wizard()
        select = getattr(wiz, "select_page", None)
        total = sum(v or 0 for v in select.selected_sizes().values()) \
            if select is not None else 0
        if free is None:
            text = self.tr("Free space in the qube cannot be checked from "
                           "here.")
        else:
            text = self.tr("Free space there: %1; the selected qubes use "
                           "%2.").replace(
                "%1", humanize.naturalsize(free, binary=True)).replace(
                "%2", humanize.naturalsize(total, binary=True))
            if free < total:
                text += " " + self.tr("The archive may not fit (it is "
                                      "smaller only if it compresses well).")
        self.free.setText(text)
        problem = self.passphrase_problem() if self.passphrase.text() \
            or self.confirm.text() else None
        self.problem.setText(problem or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return bool(self.path.text().strip()) \
            and self.passphrase_problem() is None
