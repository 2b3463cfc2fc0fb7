"""Persisted view state of the Qube Manager (QSettings).

Column order, widths, visibility and sort (the header's own state), the
quick filters, "show internal", window geometry and toolbar state.  The
header state is index-based, so the column keys are stored next to it and
a mismatch (columns added in a newer version) falls back to defaults
instead of scrambling the table.
"""

from __future__ import annotations

from PyQt5.QtCore import QSettings

from qubesmanager.manager.columns import COLUMNS

ORGANIZATION = "qubes-os"
APPLICATION = "qubes-qube-manager"


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def _bool(value, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("true", "1", "yes")


def save(window) -> None:
    s = settings()
    s.setValue("columns/keys", [c.key for c in COLUMNS])
    s.setValue("view/header", window.table.horizontalHeader().saveState())
    s.setValue("view/geometry", window.saveGeometry())
    s.setValue("view/window_state", window.saveState())
    s.setValue("filters/quick", sorted(window.proxy.quick()))
    s.setValue("filters/show_internal", window.proxy.show_internal)
    s.sync()


def restore(window) -> None:
    """Apply saved state; anything unreadable is ignored (defaults stay)."""
    s = settings()
    header = window.table.horizontalHeader()
    keys = s.value("columns/keys")
    if isinstance(keys, str):
        keys = [keys]
    state = s.value("view/header")
    if keys == [c.key for c in COLUMNS] and state:
        header.restoreState(state)
        window.table.sortByColumn(header.sortIndicatorSection(),
                                  header.sortIndicatorOrder())
    geometry = s.value("view/geometry")
    if geometry:
        window.restoreGeometry(geometry)
    window_state = s.value("view/window_state")
    if window_state:
        window.restoreState(window_state)
    quick = s.value("filters/quick") or []
    if isinstance(quick, str):
        quick = [quick]
    for key in quick:
        window.set_quick_filter(key, True)
    window.set_show_internal(_bool(s.value("filters/show_internal"), False))
