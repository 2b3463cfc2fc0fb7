"""``TemplateManagerWindow``: qubes grouped by template; move many at once.

The tree has one top-level row per TemplateVM and one child row per qube
that uses it.  Selecting a template row stands for all its qubes.  "Change"
moves the selection to the template chosen in the combo: halted qubes at
once, running ones when they halt (pending, shown in the last column), or
after a shutdown the user agreed to.  The last batch can be undone.

Membership changes (a qube added/removed, a template changed) rebuild the
tree after a short debounce — there are few templates and the rebuild keeps
selection and expansion; state, status, disk and pending updates touch only
the row concerned.  Nothing here calls the Admin API on the UI thread.
"""

from __future__ import annotations

from PyQt5.QtCore import Qt, QTimer, pyqtSlot
from PyQt5.QtCore import QItemSelectionModel
from PyQt5.QtGui import QFont, QIcon, QKeySequence
from PyQt5.QtWidgets import (QAction, QHeaderView, QMainWindow, QMessageBox,
                             QShortcut, QStyle, QTreeWidgetItem)

from qubesmanager.common import states
from qubesmanager.mirror.dependencies import dependents
from qubesmanager.widgets import icons

from . import status
from .batch import BatchChanger

NAME_ROLE = Qt.UserRole
KIND_ROLE = Qt.UserRole + 1
COL_NAME, COL_USERS, COL_STATE, COL_STATUS, COL_DISK, COL_PENDING = range(6)

#: Changes of these make a qube move between groups: rebuild the tree.
_MEMBERSHIP = {"template", "klass", "label", "template_for_dispvms", "*"}
_STATUS_FEATURES = {"feature:updates-available", "feature:os-eol",
                    "feature:skip-update"}


class TemplateManagerWindow(QMainWindow):
    """See the module docstring."""

    def __init__(self, mirror, parent=None) -> None:
        super().__init__(parent)
        from qubesmanager.uiloader import load_ui
        load_ui("templates", self)
        # uic gives the central layout of a QMainWindow subclass no margins,
        # which glues the text to the window edge: use the style's.
        style = self.style()
        self.central_layout.setContentsMargins(*(style.pixelMetric(m) for m in (
            QStyle.PM_LayoutLeftMargin, QStyle.PM_LayoutTopMargin,
            QStyle.PM_LayoutRightMargin, QStyle.PM_LayoutBottomMargin)))
        self.mirror = mirror
        self.setObjectName("template-manager")
        self.batch = BatchChanger(mirror, self)
        self._templates: dict[str, QTreeWidgetItem] = {}
        self._users: dict[str, QTreeWidgetItem] = {}
        self._failures: list[tuple[str, str, object]] = []
        self._progress = [0, 0]          # changes applied / in the last batch

        header = self.tree.header()
        # Few rows (templates and their qubes): sizing to contents is cheap
        # and keeps sizes such as "12.3 GiB" readable.
        for col in range(COL_PENDING):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.target_combo.setup(mirror, lambda rec: rec.klass == "TemplateVM")

        self._rebuild_timer = QTimer(self, singleShot=True, interval=50)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self._error_timer = QTimer(self, singleShot=True, interval=300)
        self._error_timer.timeout.connect(self._report_failures)

        self.change_button.clicked.connect(self.change_selected)
        self.undo_button.clicked.connect(self.undo)
        self.cancel_pending_button.clicked.connect(self.cancel_pending)
        self.clone_button.clicked.connect(self.clone_template)
        self.remove_button.clicked.connect(self.remove_template)
        self.default_button.clicked.connect(self.set_default)
        self.close_button.clicked.connect(self.close)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.target_combo.currentIndexChanged.connect(self._update_buttons)
        self._add_context_actions()
        self.filter_edit.textChanged.connect(self.apply_filter)
        find = QShortcut(QKeySequence.Find, self)
        find.activated.connect(self.filter_edit.setFocus)
        # "Close" has no free mnemonic (Change, Clone): the usual keys instead.
        keys = [k for std in (QKeySequence.Close, QKeySequence.Quit)
                for k in QKeySequence.keyBindings(std)]
        for key in keys:
            QShortcut(key, self).activated.connect(self.close)
        if keys:
            self.close_button.setToolTip(self.tr("Close the template manager (%1)").replace(
                "%1", ", ".join(k.toString(QKeySequence.NativeText) for k in keys)))

        mirror.loaded.connect(self.rebuild)
        mirror.qube_added.connect(self._schedule_rebuild)
        mirror.qube_removed.connect(self._schedule_rebuild)
        mirror.qube_changed.connect(self._on_qube_changed)
        mirror.state_changed.connect(self._on_state_changed)
        mirror.global_changed.connect(self._on_global_changed)
        self.batch.pending_changed.connect(self._on_pending_changed)
        self.batch.applied.connect(self._on_applied)
        self.batch.failed.connect(self._on_failed)
        self.rebuild()

    def _add_context_actions(self) -> None:
        for text, slot in ((self.tr("Change template of selection"), self.change_selected),
                           (self.tr("Cancel pending change"), self.cancel_pending),
                           (self.tr("Clone template…"), self.clone_template),
                           (self.tr("Remove template…"), self.remove_template),
                           (self.tr("Set as default template"), self.set_default)):
            action = QAction(text, self.tree)
            action.triggered.connect(slot)
            self.tree.addAction(action)

    # -- tree -------------------------------------------------------------------

    @pyqtSlot(str)
    def _schedule_rebuild(self, *_args) -> None:
        self._rebuild_timer.start()

    @pyqtSlot()
    def rebuild(self) -> None:
        """Recreate the rows, keeping selection, expansion and current row."""
        self.target_combo.refill()
        selected = set(self.selected_names(expand=False))
        current = self.tree.currentItem()
        current_name = current.data(0, NAME_ROLE) if current is not None else None
        collapsed = {n for n, it in self._templates.items() if not it.isExpanded()}
        self.tree.clear()
        self._templates.clear()
        self._users.clear()
        for template, users in status.users_by_template(self.mirror).items():
            titem = QTreeWidgetItem([template])
            titem.setData(0, NAME_ROLE, template)
            titem.setData(0, KIND_ROLE, "template")
            self.tree.addTopLevelItem(titem)
            self._templates[template] = titem
            for name in users:
                uitem = QTreeWidgetItem(titem, [name])
                uitem.setData(0, NAME_ROLE, name)
                uitem.setData(0, KIND_ROLE, "user")
                self._users[name] = uitem
                self._update_user(name)
            self._update_template(template)
            titem.setExpanded(template not in collapsed)
        for name in selected:
            item = self._item(name)
            if item is not None:
                item.setSelected(True)
        if current_name and self._item(current_name) is not None:
            self.tree.setCurrentItem(self._item(current_name),
                                     0, QItemSelectionModel.NoUpdate)
        self.apply_filter()
        # Disk size is read in the background by the mirror; templates first.
        self.mirror.want_disk(list(self._templates))
        self._update_buttons()

    @pyqtSlot()
    def apply_filter(self, *_args) -> None:
        """Hide rows whose name does not contain the filter text; a matching
        template shows all its qubes."""
        text = self.filter_edit.text().strip().lower()
        for template, titem in self._templates.items():
            tmatch = not text or text in template.lower()
            shown = 0
            for i in range(titem.childCount()):
                child = titem.child(i)
                hide = not (tmatch or text in child.data(0, NAME_ROLE).lower())
                child.setHidden(hide)
                shown += not hide
            titem.setHidden(not tmatch and not shown)
        self._update_buttons()

    def _item(self, name: str) -> QTreeWidgetItem | None:
        return self._users.get(name) or self._templates.get(name)

    def _update_template(self, name: str) -> None:
        item = self._templates.get(name)
        rec = self.mirror.get(name)
        if item is None or rec is None:
            return
        is_default = self.mirror.global_value("default_template") == name
        item.setText(COL_NAME, name + ("  " + self.tr("(default)") if is_default else ""))
        font = QFont(item.font(COL_NAME))
        font.setBold(is_default)
        item.setFont(COL_NAME, font)
        item.setIcon(COL_NAME, icons.class_icon("TemplateVM", self.mirror.label_colour(rec.label)))
        item.setText(COL_USERS, str(item.childCount()))
        item.setText(COL_STATE, self._state_text(rec.state))
        item.setIcon(COL_STATE, icons.state_icon(rec.state))
        text, tip, badge = status.template_status(rec)
        item.setText(COL_STATUS, text)
        item.setToolTip(COL_STATUS, tip)
        item.setIcon(COL_STATUS, icons.badge_icon(badge) if badge else QIcon())
        disk, disk_tip = status.disk_text(rec)
        item.setText(COL_DISK, disk)
        item.setToolTip(COL_DISK, disk_tip)
        pending = sum(1 for q in self.batch.pending
                      if self._users.get(q) is not None and self._users[q].parent() is item)
        item.setText(COL_PENDING, self.tr("%n pending", "", pending) if pending else "")
        item.setData(COL_NAME, Qt.AccessibleTextRole,
                     self.tr("Template {name}, {n} qubes, {status}").format(
                         name=name, n=item.childCount(), status=text))

    def _update_user(self, name: str) -> None:
        item = self._users.get(name)
        rec = self.mirror.get(name)
        if item is None or rec is None:
            return
        klass = icons.class_key(rec.klass, rec.is_disposable_template,
                                rec.provides_network, rec.feature_on("servicevm"))
        item.setIcon(COL_NAME, icons.class_icon(klass, self.mirror.label_colour(rec.label)))
        item.setText(COL_STATE, self._state_text(rec.state))
        item.setIcon(COL_STATE, icons.state_icon(rec.state))
        text, tip = status.user_status(self.mirror, rec)
        item.setText(COL_STATUS, text)
        item.setToolTip(COL_STATUS, tip)
        target = self.batch.pending.get(name)
        item.setText(COL_PENDING, self.tr("→ {template} when halted").format(
            template=target) if target else "")
        font = QFont(item.font(COL_PENDING))
        font.setItalic(bool(target))
        item.setFont(COL_PENDING, font)

    def _state_text(self, state: str) -> str:
        return {
            states.RUNNING: self.tr("running"), states.HALTED: self.tr("halted"),
            states.TRANSIENT: self.tr("starting"), states.HALTING: self.tr("shutting down"),
            states.DYING: self.tr("shutting down"), states.PAUSED: self.tr("paused"),
            states.SUSPENDED: self.tr("suspended"), states.CRASHED: self.tr("crashed"),
        }.get(state, self.tr("unknown"))

    # -- mirror signals -------------------------------------------------------------

    @pyqtSlot(str, str)
    def _on_qube_changed(self, name: str, what: str) -> None:
        if what in _MEMBERSHIP:
            rec = self.mirror.get(name)
            if rec is not None and (rec.klass in status.CHANGEABLE or rec.klass == "TemplateVM"):
                self._schedule_rebuild()
        elif what in _STATUS_FEATURES or what == "disk":
            self._update_template(name)

    @pyqtSlot(str, str)
    def _on_state_changed(self, name: str, _state: str) -> None:
        if name in self._templates:
            self._update_template(name)
            item = self._templates[name]
            for i in range(item.childCount()):
                self._update_user(item.child(i).data(0, NAME_ROLE))
        elif name in self._users:
            self._update_user(name)

    @pyqtSlot(str)
    def _on_global_changed(self, prop: str) -> None:
        if prop == "default_template":
            for name in self._templates:
                self._update_template(name)

    @pyqtSlot(str)
    def _on_pending_changed(self, name: str) -> None:
        self._update_user(name)
        item = self._users.get(name)
        if item is not None and item.parent() is not None:
            self._update_template(item.parent().data(0, NAME_ROLE))
        self._update_buttons()

    @pyqtSlot(str, str)
    def _on_applied(self, name: str, template: str) -> None:
        self._progress[0] += 1
        done, total = self._progress
        waiting = len(self.batch.pending)
        text = self.tr("{name} now uses {template}.").format(name=name, template=template)
        if total > 1:
            text += " " + self.tr("{done} of {total} changed.").format(
                done=min(done, total), total=total)
        if waiting:
            text += " " + self.tr("%n wait for their qube to halt.", "", waiting)
        self.status_label.setText(text)

    def _on_failed(self, name: str, template: str, exc) -> None:
        self._failures.append((name, template, exc))
        self._error_timer.start()

    @pyqtSlot()
    def _report_failures(self) -> None:
        failures, self._failures = self._failures, []
        if not failures:
            return
        from qubesmanager.widgets.errors import show_error
        text = "\n".join(f"{name}: {type(exc).__name__}: {exc}" for name, _t, exc in failures)
        self.status_label.setText(self.tr("%n change(s) failed.", "", len(failures)))
        show_error(self, self.tr("Template change failed"), text)

    # -- selection ---------------------------------------------------------------------

    def selected_names(self, expand: bool = True) -> list[str]:
        """Selected qubes; a selected template row stands for all its qubes."""
        names: list[str] = []
        for item in self.tree.selectedItems():
            if item.data(0, KIND_ROLE) == "template" and expand:
                # Only the qubes the filter shows: what you see is what changes.
                names += [item.child(i).data(0, NAME_ROLE) for i in range(item.childCount())
                          if not item.child(i).isHidden()]
            else:
                names.append(item.data(0, NAME_ROLE))
        return list(dict.fromkeys(names))

    def current_template(self) -> str | None:
        """The template of the current row (itself, or a qube's parent)."""
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.data(0, KIND_ROLE) == "user":
            item = item.parent()
        return item.data(0, NAME_ROLE) if item is not None else None

    @pyqtSlot()
    def _update_buttons(self, *_args) -> None:
        names = self.selected_names()
        target = self.target_combo.value()
        self.change_button.setEnabled(bool(names) and bool(target))
        self.change_button.setText(self.tr("&Change %n qube(s)", "", len(names))
                                   if names else self.tr("&Change"))
        self.undo_button.setEnabled(bool(self.batch.last_batch))
        self.cancel_pending_button.setEnabled(any(n in self.batch.pending for n in names))
        has_template = self.current_template() is not None
        for button in (self.clone_button, self.remove_button, self.default_button):
            button.setEnabled(has_template)

    # -- actions --------------------------------------------------------------------------

    @pyqtSlot()
    def change_selected(self) -> QMessageBox | None:
        """Move the selected qubes to the chosen template (asks about running ones)."""
        target = self.target_combo.value()
        changes = self.batch.plan(self.selected_names(), target) if target else []
        if not changes:
            self.status_label.setText(self.tr("Nothing to change: select qubes that "
                                              "use another template."))
            return None
        running = self.batch.running(changes)
        if not running:
            self._start(changes, False)
            return None
        box = QMessageBox(QMessageBox.Question, self.tr("Running qubes"),
                          self.tr("%n of the selected qubes are running. Their "
                                  "template can change only while they are halted.",
                                  "", len(running)), parent=self)
        box.setObjectName("templates-running-question")
        box.setAccessibleName(self.tr("Running qubes"))
        box.setInformativeText(", ".join(running))
        shutdown = box.addButton(self.tr("&Shut down and change"), QMessageBox.AcceptRole)
        wait = box.addButton(self.tr("Change when &halted"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(wait)

        def answered(button) -> None:
            if button is shutdown:
                self._start(changes, True)
            elif button is wait:
                self._start(changes, False)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return box

    def _start(self, changes, shutdown_running: bool) -> None:
        self._progress = [0, len(changes)]
        self.batch.run(changes, shutdown_running)
        waiting = len(self.batch.running(changes))
        self.status_label.setText(
            self.tr("Changing the template of %n qube(s) to {template}.", "",
                    len(changes)).format(template=changes[0].new)
            + (" " + self.tr("%n will change when halted.", "", waiting) if waiting else ""))
        self._update_buttons()

    @pyqtSlot()
    def undo(self) -> None:
        reverse = self.batch.undo()
        self._progress = [0, len(reverse)]
        self.status_label.setText(self.tr("Undoing the last change: %n qube(s) go "
                                          "back to their previous template.", "",
                                          len(reverse)))
        self._update_buttons()

    @pyqtSlot()
    def cancel_pending(self) -> None:
        for name in self.selected_names():
            self.batch.cancel(name)

    @pyqtSlot()
    def clone_template(self) -> None:
        name = self.current_template()
        if name:
            from qubesmanager.dialogs.clone import CloneQubeDialog
            dialog = CloneQubeDialog(self.mirror, name, self)
            dialog.setAttribute(Qt.WA_DeleteOnClose)
            dialog.show()

    @pyqtSlot()
    def remove_template(self) -> QMessageBox | None:
        """Remove a template nobody uses; otherwise say who still uses it."""
        name = self.current_template()
        if not name:
            return None
        deps = dependents(self.mirror, name)
        if deps:
            lines = [self.tr("global setting {prop}").format(prop=prop) if not holder
                     else f"{holder} ({prop})" for holder, prop in deps]
            box = QMessageBox(QMessageBox.Warning, self.tr("Template in use"),
                              self.tr("{name} cannot be removed while it is in use. "
                                      "Move these to another template or change "
                                      "the setting first:").format(name=name),
                              QMessageBox.Ok, self)
            box.setObjectName("templates-in-use")
            box.setAccessibleName(self.tr("Template in use"))
            box.setInformativeText("\n".join(lines[:20]) + (
                "\n" + self.tr("and %n more", "", len(lines) - 20) if len(lines) > 20 else ""))
            box.setDetailedText("\n".join(lines))
            box.setAttribute(Qt.WA_DeleteOnClose)
            box.open()
            return box
        from qubesmanager.dialogs.remove import RemoveQubesDialog
        dialog = RemoveQubesDialog(self.mirror, [name], self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return None

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Pending changes live in this window: do not drop them silently."""
        if self.batch.pending:
            answer = QMessageBox.question(
                self, self.tr("Pending changes"),
                self.tr("%n template change(s) wait for their qube to halt and "
                        "are applied only while this window is open. Close "
                        "and drop them?", "", len(self.batch.pending)),
                QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Discard:
                event.ignore()
                return
            for name in list(self.batch.pending):
                self.batch.cancel(name)
        super().closeEvent(event)

    @pyqtSlot()
    def set_default(self) -> None:
        name = self.current_template()
        if not name:
            return
        app = self.mirror.app
        from qubesmanager.widgets.errors import show_error
        self.mirror.run(setattr, app, "default_template", name,
                        on_error=lambda exc: show_error(
                            self, self.tr("Could not set the default template"), exc))
