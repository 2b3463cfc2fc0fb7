"""One tray-menu entry per active qube: text, icon and font from the mirror.

An entry is a ``QAction`` carrying a per-qube submenu.  The submenu's
contents are built only when it is about to show (see ``submenu.py``), so
200 entries cost 200 empty menus, not 200 × 8 actions.  ``refresh()``
recomputes the visible text from the mirror record and touches Qt only when
something visible changed, which keeps stats rounds cheap.
"""

from __future__ import annotations

from PyQt5.QtCore import QCoreApplication
from PyQt5.QtGui import QFont, QIcon
from PyQt5.QtWidgets import QAction, QMenu

from qubesmanager.common import states

import humanize


#: The only qube properties the tray reads (here and in submenu.py).  Its
#: mirror keeps just these: smaller records, and no re-reads when others
#: change (every start sets ``xid`` and ``start_time``).
PROPERTIES = frozenset({"label", "template", "netvm", "template_for_dispvms",
                        "provides_network", "auto_cleanup"})
#: Likewise the only features (see is_internal and icon_class); no tags.
FEATURES = frozenset({"internal", "servicevm"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("DomainsTray", text)


def state_note(state: str) -> str:
    """Short human text for states worth marking in the menu ('' if none)."""
    return {
        states.TRANSIENT: _tr("starting…"),
        states.HALTING: _tr("shutting down…"),
        states.DYING: _tr("shutting down…"),
        states.PAUSED: _tr("paused"),
        states.SUSPENDED: _tr("suspended"),
        states.CRASHED: _tr("crashed"),
    }.get(state, "")


def memory_text(stats: dict) -> str:
    """Memory from a ``vm-stats`` record (KiB) as e.g. '1.2 GiB'; '' if unknown."""
    kb = stats.get("memory_kb") if stats else None
    if kb in (None, ""):
        return ""
    try:
        return humanize.naturalsize(int(kb) * 1024, binary=True)
    except (TypeError, ValueError):
        return ""


def cpu_text(stats: dict) -> str:
    """CPU usage percent from a ``vm-stats`` record; '' if unknown."""
    cpu = stats.get("cpu_usage") if stats else None
    if cpu in (None, ""):
        return ""
    try:
        return f"{int(float(cpu))} %"
    except (TypeError, ValueError):
        return ""


def is_internal(record) -> bool:
    """Qubes with the ``internal`` feature are hidden from normal lists."""
    return bool(record.features.get("internal"))


def is_disposable(record) -> bool:
    """Disposables (class DispVM) are marked because they vanish on halt."""
    return record.klass == "DispVM"


def label_colour(mirror, record) -> int | None:
    """The colour int of the qube's label, or None when unknown."""
    label = record.value("label") if record is not None else None
    info = mirror.labels.get(label) if label else None
    if info is None:
        return None
    return info[1] if isinstance(info, tuple) else getattr(info, "colour", None)


def icon_class(record) -> str:
    """The (pseudo-)class whose drawing represents the qube."""
    from qubesmanager.widgets import icons
    return icons.class_key(record.klass,
                           bool(record.value("template_for_dispvms")),
                           bool(record.value("provides_network")),
                           bool(record.features.get("servicevm")))


def tooltip(record) -> str:
    """Name, class, state, template and net qube: what the row leaves out."""
    lines = [f"{record.name} ({record.klass})",
             _tr("State: {state}").format(state=record.state)]
    template = record.value("template")
    if template:
        lines.append(_tr("Template: {name}").format(name=template))
    netvm = record.value("netvm")
    lines.append(_tr("Net qube: {name}").format(name=netvm or _tr("none")))
    return "\n".join(lines)


class IconCache:
    """Label and state icons are shared by all entries: one QIcon per key."""

    def __init__(self) -> None:
        self._icons: dict[tuple, QIcon] = {}

    def label(self, colour: int | None) -> QIcon:
        key = ("label", colour)
        if key not in self._icons:
            from qubesmanager.widgets import icons
            self._icons[key] = (icons.label_icon(colour) if colour is not None
                                else QIcon())
        return self._icons[key]

    def qube(self, klass: str, colour: int | None) -> QIcon:
        """Class drawing tinted by the label: disposables look different."""
        key = ("qube", klass, colour)
        if key not in self._icons:
            from qubesmanager.widgets import icons
            self._icons[key] = icons.class_icon(klass, colour)
        return self._icons[key]

    def state(self, state: str) -> QIcon:
        key = ("state", state)
        if key not in self._icons:
            from qubesmanager.widgets import icons
            self._icons[key] = icons.state_icon(state)
        return self._icons[key]

    def paused(self, klass: str, colour: int | None) -> QIcon:
        """The qube icon drawn greyed out: a paused qube at a glance."""
        key = ("paused", klass, colour)
        if key not in self._icons:
            base = self.qube(klass, colour)
            icon = QIcon()
            for size in (16, 22, 32):
                icon.addPixmap(base.pixmap(size, size, QIcon.Disabled))
            self._icons[key] = icon
        return self._icons[key]


class QubeEntry:
    """The menu action (with its submenu) that shows one active qube."""

    def __init__(self, name: str, parent_menu: QMenu) -> None:
        self.name = name
        self.submenu = QMenu(parent_menu)
        self.action: QAction = self.submenu.menuAction()
        self.action.setData(name)
        self._shown: tuple | None = None
        self._look: tuple | None = None

    def name_submenu(self) -> None:
        """Give the submenu its accessible name when it is about to show:
        that is when assistive technology reads it, and an accessible name
        costs every one of 200 closed submenus about 1 KiB."""
        if not self.submenu.accessibleName():
            self.submenu.setAccessibleName(
                _tr("Actions for {name}").format(name=self.name))

    def refresh(self, mirror, icons: IconCache) -> bool:
        """Update text, icon and font from the mirror; True if anything changed."""
        record = mirror.get(self.name)
        if record is None:
            return False
        state = record.state
        colour = label_colour(mirror, record)
        stats = record.stats or {}
        klass = icon_class(record)
        look = (state, colour, klass, record.value("template"), record.value("netvm"))
        key = (look, memory_text(stats), cpu_text(stats), is_disposable(record))
        if key == self._shown:
            return False
        self._shown = key
        _look, mem, cpu, disp = key
        title = self.name
        if disp:
            title += " " + _tr("[disposable]")
        note = state_note(state)
        if note:
            title += " — " + note
        right = "  ".join(part for part in (mem, cpu) if part)
        # Text after a TAB is drawn right-aligned in the shortcut column:
        # memory and CPU line up without a custom widget per row.
        self.action.setText(title.replace("&", "&&") + ("\t" + right if right else ""))
        if look == self._look:
            return True          # only the numbers changed: text is enough
        self._look = look
        if state in (states.TRANSIENT, states.HALTING, states.DYING, states.CRASHED):
            self.action.setIcon(icons.state(state))
        elif state in (states.PAUSED, states.SUSPENDED):
            self.action.setIcon(icons.paused(klass, colour))
        else:
            self.action.setIcon(icons.qube(klass, colour))
        italic = state in (states.PAUSED, states.SUSPENDED)
        if italic != self.action.font().italic():
            # Only paused entries carry a font of their own.
            font = QFont()
            font.setItalic(italic)
            self.action.setFont(font)
        self.action.setToolTip(tooltip(record))
        return True

    def dispose(self) -> None:
        """Drop the submenu (and with it the action) when the qube halts."""
        self.submenu.deleteLater()
