"""The VM settings window: tabs, OK / Apply / Cancel, conflicts.

Opening reads only the mirror; what the mirror does not hold is read in
the background by each tab the first time it is shown.  Saving runs every
touched field's write in one worker call, in tab order; each failure marks
its field with the daemon's message and keeps the window open, successes
are committed.  Changes made meanwhile by another client flow in through
the mirror's signals: untouched fields follow, touched ones are flagged.
"""

from __future__ import annotations

from PyQt5.QtCore import QSettings, Qt, pyqtSignal, pyqtSlot
from PyQt5.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit

from qubesmanager.settings import common, uiload
from qubesmanager.settings.advanced import AdvancedTab
from qubesmanager.settings.applications import ApplicationsTab
from qubesmanager.settings.base import TabError
from qubesmanager.settings.basic import BasicTab
from qubesmanager.settings.common import tr
from qubesmanager.settings.devices import DevicesTab
from qubesmanager.settings.firewall import FirewallTab
from qubesmanager.settings.notes import NotesTab
from qubesmanager.settings.services import ServicesTab
from qubesmanager.mirror.subscribe import subscribe
from qubesmanager.widgets.errors import show_error

#: ``--tab`` names, in display order
TABS = {
    "basic": BasicTab,
    "advanced": AdvancedTab,
    "firewall": FirewallTab,
    "devices": DevicesTab,
    "applications": ApplicationsTab,
    "services": ServicesTab,
    "notes": NotesTab,
}
#: QSettings key of the window size (view state, kept between runs)
_GEOMETRY_KEY = "settings_window/geometry"
#: tabs that make no sense for dom0
_NOT_FOR_DOM0 = ("firewall", "devices", "applications", "notes")


def _apply_all(app, applies):
    """Worker: run each write, collect its exception (None on success)."""
    results = []
    for apply in applies:
        try:
            apply(app)
            results.append(None)
        except Exception as err:  # every failure is reported on its field
            results.append(err)
    return results


class SettingsWindow(QDialog):
    """Settings of one qube; see the module docstring."""

    #: a save round finished: number of failed writes
    saved = pyqtSignal(int)
    #: the qube was renamed: new name (the window closes)
    renamed = pyqtSignal(str)

    def __init__(self, mirror, qube_name: str, tab: str = "basic", parent=None):
        super().__init__(parent)
        uiload.load("settings", self)
        self.mirror = mirror
        self.qube_name = qube_name
        self.setWindowTitle(tr("Settings: %s") % qube_name)
        self.setWindowFlags(self.windowFlags() | Qt.WindowMinMaxButtonsHint)
        # Closed windows let go: their combos stop following the mirror.
        self.setAttribute(Qt.WA_DeleteOnClose, True)
        self._saving = False
        self._gone = False
        self._close_after_save = False
        self._offline = False
        self.error_box = None  # the last save-failure dialog (tests look at it)
        rec = mirror.get(qube_name)
        if rec is None:
            raise ValueError(tr("No qube named %s.") % qube_name)
        self.tabs_by_key = {}
        for key, cls in TABS.items():
            if rec.is_admin and key in _NOT_FOR_DOM0:
                continue
            page = cls(mirror, qube_name, self)
            page.setAccessibleName(tr(cls.title))
            self.tabs.addTab(page, tr(cls.title))
            page.edited.connect(self._update_buttons)
            self.tabs_by_key[key] = page
        self.tabs_by_key["basic"].rename_requested.connect(self._rename)
        self.tabs_by_key["basic"].clone_requested.connect(self._clone)
        self.tabs_by_key["basic"].delete_requested.connect(self._delete)
        if "advanced" in self.tabs_by_key:
            self.tabs_by_key["advanced"].boot_requested.connect(self._boot_from_device)
        self.ok_button = self.button_box.button(QDialogButtonBox.Ok)
        self.apply_button = self.button_box.button(QDialogButtonBox.Apply)
        self.cancel_button = self.button_box.button(QDialogButtonBox.Cancel)
        self.ok_button.clicked.connect(lambda: self.save(close=True))
        self.apply_button.clicked.connect(lambda: self.save(close=False))
        self.cancel_button.clicked.connect(self.reject)
        # Enter in a field must not save the whole window behind the user's back.
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)
        self.busy_label.setText("")
        self.tabs.currentChanged.connect(self._tab_shown)
        self._subscription = subscribe(
            mirror, qube_changed=self._on_qube_changed,
            state_changed=self._on_state_changed,
            qube_removed=self._on_qube_removed,
            global_changed=self._on_global_changed,
            raw_event=self._on_event, connection_changed=self._on_connection)
        self._offline = not getattr(mirror, "connected", True)
        geometry = QSettings().value(_GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.show_tab(tab)
        self._update_buttons()

    # -- tabs ------------------------------------------------------------------

    def tab(self, key: str):
        return self.tabs_by_key[key]

    def show_tab(self, key: str) -> None:
        page = self.tabs_by_key.get(key) or self.tabs_by_key["basic"]
        if self.tabs.currentWidget() is page:
            self._tab_shown(self.tabs.currentIndex())
        else:
            self.tabs.setCurrentWidget(page)

    @pyqtSlot(int)
    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is not None and page.needs_background and not page.background_started:
            page.background_started = True
            page.start_background()

    def _pages(self):
        return list(self.tabs_by_key.values())

    def touched(self) -> bool:
        return any(page.touched() for page in self._pages())

    def _update_buttons(self) -> None:
        idle = not self._saving and not self._gone and not self._offline
        self.apply_button.setEnabled(idle and self.touched())
        self.ok_button.setEnabled(idle)
        # Tabs with unsaved edits are marked, so none is forgotten on Apply.
        for page in self._pages():
            index = self.tabs.indexOf(page)
            title = tr(page.title)
            self.tabs.setTabText(index, title + " *" if page.touched() else title)

    # -- mirror signals ----------------------------------------------------------

    @pyqtSlot(str, str)
    def _on_qube_changed(self, name: str, what: str) -> None:
        if name != self.qube_name:
            # Another qube changed: combos refresh themselves; the firewall
            # warning depends on the net qube's features.
            if "firewall" in self.tabs_by_key and (
                    name == (self._record_value("netvm") or "")
                    or what == "feature:qubes-firewall"):
                self.tab("firewall").load(self.mirror.get(self.qube_name))
            return
        rec = self.mirror.get(name)
        if rec is None:
            return
        for page in self._pages():
            if isinstance(page, NotesTab) and what != "notes":
                continue
            page.load(rec)
            page.refresh_messages()

    def _record_value(self, prop):
        rec = self.mirror.get(self.qube_name)
        return rec.value(prop) if rec is not None else None

    @pyqtSlot(str, str)
    def _on_state_changed(self, name: str, _state: str) -> None:
        if name == self.qube_name:
            rec = self.mirror.get(name)
            for page in self._pages():
                page.update_state(rec)

    @pyqtSlot(str)
    def _on_global_changed(self, _prop: str) -> None:
        rec = self.mirror.get(self.qube_name)
        if rec is not None:
            for page in self._pages():
                page.load(rec)

    @pyqtSlot(str, str, dict)
    def _on_event(self, subject: str, event: str, _kwargs: dict) -> None:
        if subject != self.qube_name:
            return
        if event == "firewall-changed" and "firewall" in self.tabs_by_key:
            self.tab("firewall").reload_rules()
        elif event.startswith(("device-assign:pci", "device-unassign:pci")) \
                and "devices" in self.tabs_by_key:
            page = self.tab("devices")
            if not page.devices.touched and not self._saving:
                page.reload_devices()

    @pyqtSlot(bool)
    def _on_connection(self, connected: bool) -> None:
        """qubesd went away or came back: edits stay, saving waits for it."""
        self._offline = not connected
        if not connected:
            self.busy_label.setText(tr("qubesd is not reachable; your edits are kept and "
                                       "can be saved once it is back."))
        elif not self._gone:
            self.busy_label.setText("")
        self._update_buttons()

    @pyqtSlot(str)
    def _on_qube_removed(self, name: str) -> None:
        if name != self.qube_name:
            return
        self._gone = True
        self.busy_label.setText(tr("This qube was removed; nothing can be saved."))
        self._update_buttons()

    # -- save ------------------------------------------------------------------------

    def save(self, close: bool = False) -> bool:
        """Check every tab, then write what was touched (in the background).

        Returns False when a check failed (the window shows why)."""
        if self._saving or self._gone:
            return False
        for page in self._pages():
            try:
                page.check()
            except TabError as err:
                self.tabs.setCurrentWidget(page)
                if err.field is not None:
                    err.field.mark_error(err.text)
                    err.field.widget.setFocus()
                    page.refresh_messages()
                else:
                    page.show_message(err.text)
                self.busy_label.setText(tr("Not saved: %s") % err.text)
                return False
        work = [(page, change) for page in self._pages() for change in page.changes()]
        if not work:
            if close:
                self.accept()
            return True
        self._saving = True
        self._close_after_save = close
        self._update_buttons()
        self.busy_label.setText(tr("Saving…"))
        self.mirror.run(_apply_all, self.mirror.app, [c.apply for _p, c in work],
                        on_result=lambda results: self._saved(work, results),
                        on_error=lambda err: self._saved(work, [err] * len(work)))
        return True

    def _saved(self, work, results) -> None:
        self._saving = False
        failed = []
        extras = False
        for (page, change), err in zip(work, results):
            if err is None:
                change.field.commit(change.value)
                if change.after is not None:
                    change.after()
                extras |= change.field.key.startswith("volume:") or change.field.key == "notes"
            else:
                change.field.mark_error(common.error_text(err))
                failed.append((page, change, err))
        if extras and hasattr(self.mirror, "refresh_extras"):
            self.mirror.refresh_extras(self.qube_name)
        for page in self._pages():
            page.refresh_messages()
        self._update_buttons()
        self.saved.emit(len(failed))
        if failed:
            page, change, err = failed[0]
            self.tabs.setCurrentWidget(page)
            change.field.widget.setFocus()
            self.busy_label.setText(
                tr("%d of %d changes could not be saved; the marked fields show why.")
                % (len(failed), len(work)))
            details = "\n".join(f"{c.title}: {common.error_text(e)}" for _p, c, e in failed)
            self.error_box = show_error(
                self, tr("Settings not saved"), details,
                tr("qubesd refused some changes of %s; the window stays open so you "
                   "can correct them.") % self.qube_name)
            return
        self.busy_label.setText(tr("Saved."))
        if self._close_after_save:
            self.accept()

    # -- closing ------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Ask before throwing edits away (tests replace this method)."""
        answer = QMessageBox.question(
            self, tr("Unsaved changes"),
            tr("You changed settings of %s that are not saved yet. Discard them?")
            % self.qube_name, QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Discard

    def reject(self) -> None:
        if self._saving:
            return
        if self.touched() and not self._gone and not self.confirm_discard():
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self._saving or (self.touched() and not self._gone and not self.confirm_discard()):
            event.ignore()
            return
        self._disconnect()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._disconnect()
        super().done(result)

    def _disconnect(self) -> None:
        if self.isVisible():
            QSettings().setValue(_GEOMETRY_KEY, self.saveGeometry())
        self._subscription.close()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and \
                not isinstance(self.focusWidget(), QPlainTextEdit):
            return  # swallowed: Enter must not save or close
        super().keyPressEvent(event)

    # -- actions started from tabs -------------------------------------------------------

    def _rename(self) -> None:
        from qubesmanager.settings.rename import start_rename
        if self.touched() and not self.confirm_discard():
            return
        start_rename(self)

    def _clone(self) -> None:
        from qubesmanager.dialogs.clone import CloneQubeDialog
        self.clone_dialog = CloneQubeDialog(self.mirror, self.qube_name, self)
        self.clone_dialog.open()

    def _delete(self) -> None:
        from qubesmanager.dialogs.remove import RemoveQubesDialog
        if self.touched() and not self.confirm_discard():
            return
        dlg = RemoveQubesDialog(self.mirror, [self.qube_name], self)
        dlg.removed.connect(self._deleted)
        self.delete_dialog = dlg
        dlg.open()

    @pyqtSlot(dict)
    def _deleted(self, results: dict) -> None:
        if results.get(self.qube_name, True) is None:
            self._gone = True  # nothing left to save or to ask about
            self.done(QDialog.Accepted)

    def _boot_from_device(self) -> None:
        from qubesmanager.dialogs.bootdevice import BootDeviceDialog
        dlg = BootDeviceDialog(self.mirror, self.qube_name, self)
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.open()
