"""Helpers shared by the small dialogs: name checks, pools, opening settings."""

from __future__ import annotations

from PyQt5.QtCore import QCoreApplication, QObject, Qt, pyqtSlot
from PyQt5.QtWidgets import QComboBox

from qubesmanager.admin import wire
from qubesmanager.common.names import name_error
from qubesmanager.widgets.qube_combo import DEFAULT


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def new_name_problem(mirror, name: str) -> str | None:
    """Why ``name`` cannot be used for a new qube, or None."""
    if not name:
        return tr("Type a name for the qube.")
    if name in mirror.qubes:
        return tr("A qube named %s already exists.") % name
    return name_error(name)


def read_pools(app) -> list[str]:
    """Worker: pool names (one ``admin.pool.List`` call)."""
    raw = app.qubesd_call("dom0", "admin.pool.List")
    return wire.parse_lines(raw.decode("utf-8", "replace"))


def fill_pools(mirror, combo: QComboBox) -> None:
    """"default (X)" now, the pool list once read in the background."""
    pv = mirror.globals.get("default_pool")
    default = pv.text if pv is not None and pv.text else tr("none")
    combo.clear()
    combo.addItem(tr("default (%s)") % default, DEFAULT)

    def loaded(pools) -> None:
        try:
            for pool in pools:
                if pool != "linux-kernel":  # holds kernels, not qube data
                    combo.addItem(pool, pool)
        except RuntimeError:  # the dialog was closed meanwhile
            pass

    mirror.run(read_pools, mirror.app, on_result=loaded, on_error=lambda _e: None)


def pool_value(combo: QComboBox) -> str | None:
    data = combo.currentData()
    return None if data in (None, DEFAULT) else data


#: live openers: waiting for their qube or holding its open window (a
#: parentless window lives only as long as a Python reference to it).  Not
#: parented to the mirror: its ``event`` signal shadows ``QObject.event``.
_LIVE: set = set()


class _Opener(QObject):
    """Opens the settings window once the mirror knows the new qube."""

    def __init__(self, mirror, name: str, parent=None) -> None:
        super().__init__(parent)
        self.mirror, self.name, self.window = mirror, name, None
        _LIVE.add(self)
        if mirror.get(name) is not None:
            self._open()
        else:
            mirror.qube_added.connect(self._added)

    @pyqtSlot(str)
    def _added(self, name: str) -> None:
        if name == self.name and self.window is None:
            self.mirror.qube_added.disconnect(self._added)
            self._open()

    def _open(self) -> None:
        from qubesmanager.settings.window import SettingsWindow
        self.window = SettingsWindow(self.mirror, self.name)
        self.window.setAttribute(Qt.WA_DeleteOnClose)
        self.window.destroyed.connect(lambda *_a: _LIVE.discard(self))
        self.window.show()


def open_settings(mirror, name: str, parent: QObject | None = None) -> QObject:
    """Open the settings of ``name`` now or as soon as it appears."""
    return _Opener(mirror, name, parent)
