"""The domains tray applet: a live menu of every qube that is not halted.

Layout of the menu::

    Qube                         Memory  CPU      (header)
    dom0                         3.9 GiB          (submenu: global tools)
    ───────
    personal                     1.2 GiB  3 %     (submenu by state)
    work — paused …
    ── Internal qubes ──
    sys-… (internal qubes, when any run)
    ───────
    Unpause all                                   (only while any is paused)
    Open Qube Manager

Everything is driven by mirror signals.  Entries are inserted and removed
one at a time in sorted position (bisect), text is recomputed only for the
entries an event concerns, and while the menu is closed stats updates just
mark entries stale; ``aboutToShow`` refreshes those.  Nothing here calls the
Admin API on the UI thread.
"""

from __future__ import annotations

import bisect

import humanize
from PyQt5.QtCore import QObject, QPoint, Qt, QTimer, pyqtSignal, pyqtSlot
from PyQt5.QtGui import QCursor, QIcon
from PyQt5.QtWidgets import (QApplication, QLabel, QMenu, QProxyStyle,
                             QStyle, QSystemTrayIcon, QToolButton,
                             QVBoxLayout, QWidget)

from qubesmanager.common import states

from .actions import QubeActions
from .entries import IconCache, QubeEntry, is_internal, label_colour, memory_text
from .notify import Notifier
from .submenu import fill_submenu

#: Longest delay before an open menu shows new state or stats (ms).
REFRESH_MS = 300

#: States shown in the tray.  Crashed qubes stay visible: they need a kill.
SHOWN_STATES = states.ACTIVE | {states.CRASHED}


def tray_icon_image() -> QIcon:
    """The applet's own icon (from the shared icon set, else a stock one)."""
    from qubesmanager.widgets import icons
    icon = icons.app_icon()
    if icon.isNull():
        return QApplication.style().standardIcon(QStyle.SP_ComputerIcon)
    return icon


class ScrollingMenuStyle(QProxyStyle):
    """The application's style, except that a long menu scrolls.

    Styles like Fusion lay out a menu taller than the screen in columns:
    200 running qubes would fill the screen with a grid that is hard to
    scan, and its pixels (several MiB on a large screen) would stay
    allocated in the applet.  One scrolling column is a list in name order.
    """

    def styleHint(self, hint, option=None, widget=None, return_data=None):
        if hint == QStyle.SH_Menu_Scrollable:
            return 1
        return super().styleHint(hint, option, widget, return_data)


class DomainsTray(QObject):
    """Tray icon + menu over the shared mirror.

    Signals:
        menu_synced(): the menu was brought up to date (for tests/benchmarks).
    """

    menu_synced = pyqtSignal()

    def __init__(self, mirror, ctx, parent=None) -> None:
        super().__init__(parent)
        self.mirror = mirror
        self.ctx = ctx
        self.icons = IconCache()
        self.menu = QMenu()
        self._menu_style = ScrollingMenuStyle()
        self.menu.setStyle(self._menu_style)
        self.menu.setObjectName("tray-menu")
        self.menu.setAccessibleName(self.tr("Qubes domains"))
        self.menu.setToolTipsVisible(True)

        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(tray_icon_image(), self)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._on_activated)
        self.notifier = Notifier(mirror, self.tray, self)
        self.actions = QubeActions(mirror, ctx, self.notifier, self)

        self.entries: dict[str, QubeEntry] = {}
        self.tooltip = ""
        self._sorted: dict[bool, list[str]] = {False: [], True: []}
        self._internal: dict[str, bool] = {}
        self._stale: set[str] = set()
        self._build_static()

        self._tooltip_timer = QTimer(self, singleShot=True, interval=250)
        self._tooltip_timer.timeout.connect(self.update_tooltip)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.sync)

        self.menu.aboutToShow.connect(self.sync)
        self.menu.aboutToHide.connect(
            lambda: QTimer.singleShot(0, self._release_menu_pixels))
        mirror.loaded.connect(self.reload)
        mirror.state_changed.connect(self._on_state_changed)
        mirror.stats_changed.connect(self._on_stats_changed)
        mirror.qube_changed.connect(self._on_qube_changed)
        mirror.qube_removed.connect(self._on_qube_removed)
        mirror.qube_added.connect(self._on_qube_added)
        mirror.connection_changed.connect(self._on_connection_changed)
        if mirror.qubes:
            self.reload()

    # -- static part of the menu ------------------------------------------

    def _build_static(self) -> None:
        menu = self.menu
        header = menu.addAction(self.tr("Qube") + "\t" + self.tr("Memory  CPU"))
        header.setEnabled(False)
        self._dom0_menu = QMenu(menu)
        self._dom0_menu.setAccessibleName(self.tr("dom0 tools"))
        self._dom0_action = self._dom0_menu.menuAction()
        self._dom0_action.setText("dom0")
        gs = self._dom0_menu.addAction(self.tr("Global settings…"))
        gs.triggered.connect(self.actions.global_settings)
        tm = self._dom0_menu.addAction(self.tr("Template manager…"))
        tm.triggered.connect(self.actions.template_manager)
        menu.addAction(self._dom0_action)
        menu.addSeparator()
        self._empty = menu.addAction(self.tr("No qubes running"))
        self._empty.setEnabled(False)
        # Anchors: regular entries go before the internal section, internal
        # entries before the tail separator.
        self._internal_section = menu.addSection(self.tr("Internal qubes"))
        self._tail = menu.addSeparator()
        self._unpause_all = menu.addAction(self.tr("Unpause all"))
        self._unpause_all.setObjectName("tray-unpause-all")
        self._unpause_all.triggered.connect(self.actions.unpause_all)
        self._open_manager = menu.addAction(self.tr("Open Qube Manager"))
        self._open_manager.setObjectName("tray-open-manager")
        self._open_manager.triggered.connect(self.actions.open_manager)
        self._windows: list[QWidget] = []

    # -- membership --------------------------------------------------------

    @pyqtSlot()
    def reload(self) -> None:
        """(Re)build all entries from the mirror: at load and after reconnect."""
        for name in list(self.entries):
            self._remove(name)
        for record in self.mirror.qubes.values():
            if record.name != "dom0" and record.state in SHOWN_STATES:
                self._add(record.name)
        self._update_static()
        self.update_tooltip()
        self.menu_synced.emit()

    def _add(self, name: str) -> None:
        record = self.mirror.get(name)
        internal = is_internal(record)
        entry = QubeEntry(name, self.menu)
        entry.submenu.aboutToShow.connect(
            lambda n=name: self._fill(n))
        names = self._sorted[internal]
        pos = bisect.bisect(names, name)
        names.insert(pos, name)
        if pos + 1 < len(names):
            before = self.entries[names[pos + 1]].action
        else:
            before = self._tail if internal else self._internal_section
        self.menu.insertAction(before, entry.action)
        self.entries[name] = entry
        self._internal[name] = internal
        entry.refresh(self.mirror, self.icons)

    def _remove(self, name: str) -> None:
        entry = self.entries.pop(name, None)
        if entry is None:
            return
        names = self._sorted[self._internal.pop(name)]
        del names[bisect.bisect_left(names, name)]
        self.menu.removeAction(entry.action)
        self._stale.discard(name)
        entry.dispose()

    def _fill(self, name: str) -> None:
        entry = self.entries.get(name)
        record = self.mirror.get(name)
        if entry is not None and record is not None:
            entry.name_submenu()
            fill_submenu(entry.submenu, record, self.actions)

    def _update_static(self) -> None:
        self._empty.setVisible(not self._sorted[False] and not self._sorted[True])
        self._internal_section.setVisible(bool(self._sorted[True]))
        self._unpause_all.setVisible(any(
            r.state == states.PAUSED for r in self.mirror.qubes.values()))
        dom0 = self.mirror.get("dom0")
        if dom0 is not None:
            mem = memory_text(dom0.stats or {})
            self._dom0_action.setText("dom0" + ("\t" + mem if mem else ""))
            self._dom0_action.setIcon(self.icons.qube("AdminVM",
                                                      label_colour(self.mirror, dom0)))

    # -- live updates --------------------------------------------------------

    def _touch(self, name: str) -> None:
        """Mark an entry stale: refreshed when the menu opens, or within
        REFRESH_MS while it is open.  Every text change re-lays out the whole
        QMenu, so a round of 200 ``vm-stats`` events must cost one layout,
        not 200."""
        self._stale.add(name)
        if self.menu.isVisible() and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @pyqtSlot(str, str)
    def _on_state_changed(self, name: str, state: str) -> None:
        if name == "dom0":
            return
        shown = state in SHOWN_STATES
        if shown and name not in self.entries:
            self._add(name)
        elif not shown and name in self.entries:
            self._remove(name)
        else:
            self._touch(name)
        self._update_static()
        self._tooltip_timer.start()

    @pyqtSlot(str)
    def _on_stats_changed(self, name: str) -> None:
        if name == "dom0":
            if self.menu.isVisible() and not self._refresh_timer.isActive():
                self._refresh_timer.start()       # sync() updates dom0 too
        elif name in self.entries:
            self._touch(name)
        if not self._tooltip_timer.isActive():
            self._tooltip_timer.start()

    @pyqtSlot(str, str)
    def _on_qube_changed(self, name: str, what: str) -> None:
        if name not in self.entries:
            return
        if what == "feature:internal":
            record = self.mirror.get(name)
            if is_internal(record) != self._internal.get(name):
                self._remove(name)
                self._add(name)
                self._update_static()
        elif what in ("label", "klass", "template", "netvm", "*"):
            self._touch(name)

    @pyqtSlot(str)
    def _on_qube_added(self, name: str) -> None:
        # Usually halted when created; after a reconnect it may already run.
        record = self.mirror.get(name)
        if record is not None and record.state in SHOWN_STATES:
            self._on_state_changed(name, record.state)

    @pyqtSlot(str)
    def _on_qube_removed(self, name: str) -> None:
        if name in self.entries:
            self._remove(name)
            self._update_static()
            self._tooltip_timer.start()

    @pyqtSlot(bool)
    def _on_connection_changed(self, up: bool) -> None:
        if not up:
            self.notifier.notify(self.tr("Qubes daemon unreachable"),
                                 self.tr("The menu shows the last known state "
                                         "until the connection is back."),
                                 critical=True)

    @pyqtSlot()
    def sync(self) -> None:
        """Bring stale entries up to date; runs on ``aboutToShow``."""
        stale, self._stale = self._stale, set()
        for name in stale:
            entry = self.entries.get(name)
            if entry is not None:
                entry.refresh(self.mirror, self.icons)
        self._update_static()
        self.menu_synced.emit()

    # -- tooltip -------------------------------------------------------------

    def running_summary(self) -> tuple[int, int]:
        """(qubes not halted, excluding dom0; memory in use in bytes, dom0 included)."""
        count = 0
        kib = 0
        for record in self.mirror.qubes.values():
            if record.name != "dom0" and record.state in SHOWN_STATES:
                count += 1
            try:
                kib += int((record.stats or {}).get("memory_kb") or 0)
            except (TypeError, ValueError):
                pass
        return count, kib * 1024

    @pyqtSlot()
    def update_tooltip(self) -> str:
        count, used = self.running_summary()
        text = self.tr("Qubes: %n running", "", count)
        if used:
            host = self.mirror.global_value("maxmem")   # host RAM, MiB
            if host:
                text += "\n" + self.tr("Memory in use: {size} of {total} ({pct} %)").format(
                    size=humanize.naturalsize(used, binary=True),
                    total=humanize.naturalsize(host * 1024 * 1024, binary=True),
                    pct=round(100 * used / (host * 1024 * 1024)))
            else:
                text += "\n" + self.tr("Memory in use: {size}").format(
                    size=humanize.naturalsize(used, binary=True))
        if self.tray is not None:
            self.tray.setToolTip(text)
        self.tooltip = text
        return text

    # -- showing -------------------------------------------------------------

    def show(self) -> QWidget | None:
        """Show the tray icon; without a tray, a small window holding the menu.

        Returns the fallback window (None when a tray is available).
        """
        if self.tray is not None:
            self.tray.show()
            return None
        window = QWidget()
        window.setObjectName("tray-fallback")
        window.setWindowTitle(self.tr("Qubes Domains"))
        window.setAccessibleName(self.tr("Qubes Domains"))
        layout = QVBoxLayout(window)
        note = QLabel(self.tr("No system tray is available on this desktop, so "
                              "the domains menu is shown in this window."))
        note.setWordWrap(True)
        layout.addWidget(note)
        button = QToolButton(window)
        button.setText(self.tr("Qubes…"))
        button.setAccessibleName(self.tr("Open the domains menu"))
        button.setIcon(tray_icon_image())
        button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.InstantPopup)
        button.setMenu(self.menu)
        layout.addWidget(button)
        window.setToolTip(self.tooltip)
        window.setMinimumWidth(380)
        self._windows.append(window)
        window.show()
        return window

    @pyqtSlot()
    def _release_menu_pixels(self) -> None:
        """Give back the closed menu's window and pixel buffer.

        A menu as tall as the screen keeps a buffer of its full size (over
        1 MiB at 1080 lines) for as long as the process lives, though it is
        open a few seconds a day; Qt makes a new one at the next popup.
        Submenus (child widgets) go with it.
        """
        if not self.menu.isVisible():
            self.menu.destroy(True, True)

    def popup(self, pos: QPoint | None = None) -> QMenu:
        """Open the menu (at the cursor by default) and return it."""
        self.menu.popup(pos if pos is not None else QCursor.pos())
        return self.menu

    @pyqtSlot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.Trigger, QSystemTrayIcon.MiddleClick):
            self.popup()
