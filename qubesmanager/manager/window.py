"""The Qube Manager main window.

A table of every qube (model/view over the shared mirror), a search box
and quick filters, and the actions of :mod:`actions` in the toolbar, the
menus, the context menu and as shortcuts.  The window shows the list as
soon as ``admin.vm.List`` answered and fills the rest as it arrives; it
never calls the Admin API itself on the UI thread.
"""

from __future__ import annotations

from PyQt5.QtCore import (QCoreApplication, QItemSelectionModel, Qt, QTimer,
                          pyqtSlot)
from PyQt5.QtGui import QKeySequence, QPalette
from PyQt5.QtWidgets import (QAction, QHeaderView, QLabel, QMainWindow,
                             QMenu, QShortcut, QToolBar, QToolButton,
                             QWidget)

from qubesmanager.manager import actions as acts
from qubesmanager.manager import columns as cols
from qubesmanager.manager import viewstate
from qubesmanager.manager.about import show_about
from qubesmanager.manager.model import RECORD_ROLE, QubeTableModel
from qubesmanager.manager.operations import Operations
from qubesmanager.manager.proxy import QUICK_FILTERS, QubeFilterProxy
from qubesmanager.mirror.subscribe import subscribe
from qubesmanager.uiloader import load_ui
from qubesmanager.widgets import icons

#: Toolbar layout (None: separator).
TOOLBAR = ("create", "remove", None, "start", "pause", "unpause", "shutdown",
           "restart", "kill", None, "settings", "terminal", "update", "logs",
           None, "backup")

QUBE_MENU = ("create", "clone", "remove", None, "start", "pause", "unpause",
             "shutdown", "restart", "kill", None, "settings", "firewall",
             "template", "netvm", "label", "backups", None, "run", "terminal",
             "console", "update", "logs", None, "backup_selected")

CONTEXT_MENU = ("settings", "firewall", "template", "netvm", "label",
                "backups", None, "start", "pause", "unpause", "shutdown",
                "restart", "kill", None, "run", "terminal", "console",
                "update", "logs", None, "clone", "remove", "backup_selected")

SYSTEM_MENU = ("global_settings", "template_manager", None, "backup",
               "restore", None, "exit")

def quick_filter_texts() -> dict[str, tuple[str, str]]:
    """Quick filter id -> (button text, tooltip), translated."""
    tr = lambda text: QCoreApplication.translate("ManagerWindow", text)  # noqa: E731
    same_kind = tr("Show only these qubes (filters of the same kind add up, "
                   "running/halted narrow the others down)")
    return {
        "running": (tr("Running"), same_kind),
        "halted": (tr("Halted"), same_kind),
        "templates": (tr("Templates"), same_kind),
        "standalone": (tr("Standalone"), same_kind),
        "disposables": (tr("Disposables"), tr("Disposables and disposable "
                                              "templates")),
        "network": (tr("Network"), tr("Qubes that provide network to others")),
        "mine": (tr("My qubes"), tr("App qubes, standalones and disposables "
                                    "you work in: not service qubes (network, "
                                    "USB…), disposable templates or internal "
                                    "qubes")),
    }


class ManagerWindow(QMainWindow):
    """The main window; ``ctx`` comes from :func:`launch.run_tool`."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mirror = ctx.mirror
        self.setWindowTitle(self.tr("Qube Manager"))
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName("qube-manager")
        self.resize(1500, 760)
        self.ops = Operations(self, ctx)
        self._closing = False
        self._selected_cache: set[str] | None = None

        self.model = QubeTableModel(self.mirror, self)
        self.proxy = QubeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.backup_toggled.connect(self.ops.set_backup)

        # Layout from ui/manager_central.ui; behaviour wired here.
        central = QWidget(self)
        load_ui("manager_central", central)
        self.banner = central.banner
        self.search = central.search
        self.internal_box = central.internal_box
        self.table = central.table
        self._setup_banner()
        self._setup_filters(central.quick_row)
        self._setup_table()
        self.setCentralWidget(central)

        self.actions_by_key: dict[str, QAction] = {}
        self._make_actions()
        self._make_toolbar()
        self._make_menus()
        self.status = QLabel(self)
        self.status.setAccessibleName("status")
        self.statusBar().addWidget(self.status, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_actions)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._status_timer.timeout.connect(self._update_status)
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(50)
        self._visible_timer.timeout.connect(self._want_visible_disk)

        subscribe(self.mirror, state_changed=self._on_mirror_change,
                  qube_changed=self._on_mirror_change,
                  qube_added=self._on_count_change,
                  qube_removed=self._on_count_change,
                  loaded=self._on_loaded, disk_loaded=self._update_status,
                  connection_changed=self._on_connection)
        self.ops.restarts_changed.connect(self._on_restarts)
        self.table.verticalScrollBar().valueChanged.connect(
            lambda _v: self._visible_timer.start())
        self.proxy.layoutChanged.connect(lambda: self._visible_timer.start())

        # A screenshot shows the defaults, not this user's saved layout.
        if not getattr(ctx.args, "screenshot", None):
            viewstate.restore(self)
        self._refresh_actions()
        self._update_status()

    # ------------------------------------------------------------------
    # construction

    def _setup_banner(self) -> None:
        banner = self.banner
        # Palette colours only: the tooltip pair is a theme's "notice" look.
        pal = banner.palette()
        pal.setColor(QPalette.Window, pal.color(QPalette.ToolTipBase))
        pal.setColor(QPalette.WindowText, pal.color(QPalette.ToolTipText))
        banner.setPalette(pal)
        banner.hide()

    def _setup_filters(self, row) -> None:
        self.search.textChanged.connect(self.proxy.set_search)
        self.quick_buttons: dict[str, QToolButton] = {}
        texts = quick_filter_texts()
        for key, _group in QUICK_FILTERS:
            button = QToolButton(self.search.parentWidget())
            button.setText(texts[key][0])
            button.setCheckable(True)
            button.setAccessibleName(f"filter-{key}")
            button.setToolTip(texts[key][1])
            button.toggled.connect(
                lambda on, k=key: self._on_quick_toggled(k, on))
            self.quick_buttons[key] = button
            row.addWidget(button)
        self.internal_box.toggled.connect(self.set_show_internal)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        table.verticalHeader().setDefaultSectionSize(
            table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for i, col in enumerate(cols.COLUMNS):
            header.resizeSection(i, col.width)
            header.setSectionHidden(i, not col.visible)
        table.sortByColumn(cols.COLUMN_INDEX["name"], Qt.AscendingOrder)
        table.setContextMenuPolicy(Qt.CustomContextMenu)
        table.customContextMenuRequested.connect(self._table_menu)
        table.doubleClicked.connect(self._on_double_click)
        table.selectionModel().selectionChanged.connect(self._on_selection)

    def _make_actions(self) -> None:
        handlers = {
            "create": self.ops.create, "start": self.ops.start,
            "pause": self.ops.pause, "unpause": self.ops.unpause,
            "shutdown": self.ops.shutdown, "restart": self.ops.restart,
            "kill": self.ops.kill, "settings": self.ops.settings,
            "clone": self.ops.clone, "remove": self.ops.remove,
            "template": self.ops.change_template,
            "netvm": self.ops.change_netvm, "label": self.ops.set_label,
            "backups": self.ops.toggle_backups, "run": self.ops.run_command,
            "terminal": self.ops.terminal, "console": self.ops.console,
            "update": self.ops.update, "logs": self.ops.logs,
            "firewall": self.ops.firewall,
            "backup_selected": self.ops.backup_selected,
            "backup": self.ops.backup, "restore": self.ops.restore,
            "global_settings": self.ops.global_settings,
            "template_manager": self.ops.template_manager,
            "about": lambda _n: show_about(self, self.ctx),
            "exit": lambda _n: self.close(),
        }
        for spec in acts.ACTIONS:
            text, tip = acts.tr(spec.text), acts.tr(spec.tip) if spec.tip else ""
            action = QAction(icons.action_icon(spec.icon), text, self)
            action.setObjectName(f"action-{spec.key}")
            action.setToolTip(tip)
            # Toolbar text: no mnemonic, no ellipsis.
            action.setIconText(text.replace("&", "").rstrip("…"))
            action.setStatusTip(tip)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
                action.setShortcutContext(Qt.WindowShortcut)
            handler = handlers[spec.key]
            action.triggered.connect(
                lambda _checked=False, s=spec, h=handler: self._trigger(s, h))
            self.addAction(action)
            self.actions_by_key[spec.key] = action
        find = QShortcut(QKeySequence.Find, self)
        find.activated.connect(self._focus_search)
        clear = QShortcut(QKeySequence(Qt.Key_Escape), self)
        clear.activated.connect(self.search.clear)
        enter = QShortcut(QKeySequence(Qt.Key_Return), self.table)
        enter.setContext(Qt.WidgetShortcut)
        enter.activated.connect(lambda: self._trigger_key("settings"))

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Toolbar"), self)
        bar.setObjectName("main-toolbar")
        bar.setAccessibleName("toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)
        for key in TOOLBAR:
            if key is None:
                bar.addSeparator()
            else:
                bar.addAction(self.actions_by_key[key])
        self.addToolBar(bar)
        self.toolbar = bar

    def _fill_menu(self, menu: QMenu, keys) -> None:
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions_by_key[key])

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self._fill_menu(bar.addMenu(self.tr("&System")), SYSTEM_MENU)
        self._fill_menu(bar.addMenu(self.tr("&Qube")), QUBE_MENU)
        view = bar.addMenu(self.tr("&View"))
        self.columns_menu = view.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.show_internal_action = QAction(self.tr("Show &internal qubes"), self)
        self.show_internal_action.setCheckable(True)
        self.show_internal_action.toggled.connect(self.set_show_internal)
        view.addAction(self.show_internal_action)
        view.addAction(self.toolbar.toggleViewAction())
        view.addSeparator()
        search = view.addAction(self.tr("&Find"))
        search.setShortcut(QKeySequence.Find)
        search.setShortcutContext(Qt.WidgetShortcut)
        search.triggered.connect(self._focus_search)
        self._fill_menu(bar.addMenu(self.tr("&Help")), ("about",))

    # ------------------------------------------------------------------
    # selection and actions

    def _on_selection(self, *_args) -> None:
        self._selected_cache = None
        self._refresh_timer.start()

    def _selected_set(self) -> set[str]:
        """Selected names, cached until the selection changes: mirror
        signals ask on every event, and ``selectedRows`` is not cheap."""
        if self._selected_cache is None:
            self._selected_cache = set(self.selected_names())
        return self._selected_cache

    def selected_names(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        names = []
        for index in sorted(rows, key=lambda i: i.row()):
            rec = index.data(RECORD_ROLE)
            if rec is not None:
                names.append(rec.name)
        return names

    def select(self, names) -> None:
        """Select exactly these qubes (tests, "select after create")."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        for name in names:
            row = self.model.row_of(name)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, QItemSelectionModel.Select
                                 | QItemSelectionModel.Rows)
        self._refresh_actions()

    def _trigger(self, spec, handler) -> None:
        names = self.selected_names()
        records = [r for r in (self.mirror.get(n) for n in names) if r]
        if not acts.applies(spec, records):
            return  # a shortcut pressed while the action does not apply
        handler(names)

    def _trigger_key(self, key: str) -> None:
        self.actions_by_key[key].trigger()

    @pyqtSlot()
    def _refresh_actions(self) -> None:
        records = [r for r in (self.mirror.get(n) for n in self._selected_set())
                   if r]
        # Without the daemon every call would fail: only local actions stay.
        offline = self.mirror.is_loaded and not self.mirror.connected
        for spec in acts.ACTIONS:
            self.actions_by_key[spec.key].setEnabled(
                acts.applies(spec, records)
                and (not offline or spec.key in ("about", "exit")))
        if records:
            included = all(r.value("include_in_backups") for r in records)
            self.actions_by_key["backups"].setText(
                self.tr("Exclude from &backups") if included
                else self.tr("Include in &backups"))

    def _on_mirror_change(self, name: str, _what: str = "") -> None:
        if not self._status_timer.isActive():
            self._status_timer.start()
        if name in self._selected_set():
            self._refresh_timer.start()

    def _on_count_change(self, _name: str) -> None:
        self._status_timer.start()
        self._refresh_timer.start()

    def _on_double_click(self, index) -> None:
        rec = index.data(RECORD_ROLE)
        if rec is None:
            return
        if index.column() == cols.COLUMN_INDEX["backups"]:
            return  # the checkbox handles its own clicks
        self.select([rec.name])
        self._trigger_key("settings")

    def _table_menu(self, pos) -> None:
        if not self.selected_names():
            return
        menu = QMenu(self)
        menu.setAccessibleName("qube-context-menu")
        self._fill_menu(menu, CONTEXT_MENU)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._context_menu = menu

    # ------------------------------------------------------------------
    # columns

    def _fill_columns_menu(self, menu: QMenu | None = None) -> QMenu:
        menu = menu or self.columns_menu
        menu.clear()
        header = self.table.horizontalHeader()
        for i, col in enumerate(cols.COLUMNS):
            action = menu.addAction(cols.tr(col.title))
            action.setObjectName(f"column-{col.key}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            if col.key == "name":
                action.setEnabled(False)  # the name always stays
            action.toggled.connect(
                lambda on, i=i: self.set_column_visible(i, on))
        return menu

    def set_column_visible(self, index: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        header.setSectionHidden(index, not visible)
        if visible and header.sectionSize(index) < 20:
            header.resizeSection(index, cols.COLUMNS[index].width)
        if visible:
            self._visible_timer.start()

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.setAccessibleName("column-chooser")
        self._fill_columns_menu(menu)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))
        self._header_popup = menu

    # ------------------------------------------------------------------
    # filters

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def _on_quick_toggled(self, key: str, on: bool) -> None:
        self.proxy.set_quick(key, on)
        self._update_status()
        self._visible_timer.start()

    def set_quick_filter(self, key: str, on: bool) -> None:
        self.quick_buttons[key].setChecked(on)

    def set_show_internal(self, on: bool) -> None:
        for widget in (self.internal_box, self.show_internal_action):
            if widget.isChecked() != on:
                widget.setChecked(on)
        self.proxy.set_show_internal(on)
        self._update_status()

    # ------------------------------------------------------------------
    # mirror state

    def _on_loaded(self) -> None:
        self._update_status()
        self._want_visible_disk()
        self._refresh_actions()

    def _want_visible_disk(self) -> None:
        """Ask the mirror for the disk usage of the rows on screen first."""
        view = self.table
        first = view.rowAt(0)
        if first < 0:
            first = 0
        last = view.rowAt(view.viewport().height() - 1)
        if last < 0:
            last = min(self.proxy.rowCount() - 1, first + 60)
        names = []
        for row in range(first, last + 1):
            rec = self.proxy.index(row, 0).data(RECORD_ROLE)
            if rec is not None and rec.disk is None:
                names.append(rec.name)
        if names:
            self.mirror.want_disk(names)

    def _update_status(self, *_args) -> None:
        total = len(self.mirror.qubes)
        running = sum(1 for r in self.mirror.qubes.values()
                      if r.is_running and not r.is_admin)
        shown = self.proxy.rowCount()
        text = self.tr("{total} qubes, {running} running, {shown} shown").format(
            total=total, running=running, shown=shown)
        if not self.mirror.is_loaded:
            text = self.tr("Loading…") + "  " + text
        elif self.mirror.disk is not None and \
                self.mirror.disk.first_pass_seconds is None:
            text += "  " + self.tr("(reading disk usage…)")
        if self.ctx.simulated:
            text += "  " + self.tr("[sandbox]")
        self.status.setText(text)

    def _on_connection(self, connected: bool) -> None:
        self.banner.setVisible(not connected)
        self._update_status()
        self._refresh_actions()

    # ------------------------------------------------------------------
    # closing

    def _on_restarts(self) -> None:
        self._update_status()
        if self._closing and not self.ops.restarting:
            self._closing = False
            self.close()
            # Hidden windows do not trigger quit-on-last-window-closed.
            if self.ctx.qapp is not None:
                self.ctx.qapp.quit()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not getattr(self.ctx.args, "screenshot", None):
            viewstate.save(self)
        if self.ops.restarting:
            # A restart is a shutdown followed by a start: leaving now would
            # leave the qubes halted.  Hide and finish first.
            self._closing = True
            self.hide()
            event.ignore()
            return
        event.accept()
