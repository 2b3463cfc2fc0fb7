"""Fill a qube's tray submenu according to its power state.

Called from the submenu's ``aboutToShow``, so the choices always match the
state at the moment the user looks, and nothing is built for qubes whose
submenu is never opened.
"""

from __future__ import annotations

from PyQt5.QtCore import QCoreApplication
from PyQt5.QtWidgets import QMenu

from qubesmanager.common import states

from .entries import is_disposable, is_internal


def _tr(text: str) -> str:
    return QCoreApplication.translate("DomainsTray", text)


def _icon(name: str):
    from qubesmanager.widgets import icons
    return icons.action_icon(name)


def fill_submenu(menu: QMenu, record, actions) -> None:
    """Replace ``menu``'s items with the actions valid for ``record``'s state.

    ``actions`` is the tray's :class:`QubeActions`; each item calls one of
    its methods with the qube name.
    """
    menu.clear()
    name = record.name
    state = record.state

    def add(text: str, icon: str, slot, *, enabled: bool = True) -> None:
        act = menu.addAction(_icon(icon), text)
        act.setObjectName(f"tray-{icon}")
        act.setEnabled(enabled)
        act.triggered.connect(lambda _checked=False, n=name: slot(n))

    if is_internal(record):
        header = menu.addAction(_tr("Internal qube"))
        header.setEnabled(False)
        add(_tr("Logs…"), "logs", actions.logs)
        if state == states.RUNNING:
            add(_tr("Shut down"), "shutdown", actions.shutdown)
        else:
            add(_tr("Kill…"), "kill", actions.kill)
        return

    if state == states.RUNNING:
        add(_tr("Open terminal"), "terminal", actions.open_terminal)
        add(_tr("Open file manager"), "files", actions.open_file_manager)
        menu.addSeparator()
        add(_tr("Settings…"), "settings", actions.settings)
        add(_tr("Logs…"), "logs", actions.logs)
        menu.addSeparator()
        add(_tr("Pause"), "pause", actions.pause)
        add(_tr("Shut down"), "shutdown", actions.shutdown)
        # An auto-cleanup disposable is gone once halted: nothing to restart.
        if not (is_disposable(record) and record.value("auto_cleanup")):
            add(_tr("Restart"), "restart", actions.restart)
        add(_tr("Kill…"), "kill", actions.kill)
    elif state in (states.PAUSED, states.SUSPENDED):
        add(_tr("Settings…"), "settings", actions.settings)
        add(_tr("Logs…"), "logs", actions.logs)
        menu.addSeparator()
        add(_tr("Unpause"), "unpause", actions.unpause)
        add(_tr("Kill…"), "kill", actions.kill)
    else:  # Transient, Halting, Dying, Crashed: only observe or force
        add(_tr("Settings…"), "settings", actions.settings)
        add(_tr("Logs…"), "logs", actions.logs)
        menu.addSeparator()
        add(_tr("Kill…"), "kill", actions.kill)
