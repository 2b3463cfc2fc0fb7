"""Helpers shared by the small dialogs: name checks, pools, opening settings."""

from __future__ import annotations

from PyQt5.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, pyqtSlot
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


def fit_wrapped_text(window) -> None:
    """Grow ``window`` to the height its wrapped labels need at its width.

    A window's size comes from its layout's minimum, which ignores
    height-for-width: a word-wrapped label gets a line too few and is cut
    off (at 2x scale, with long translations, or when its text grows).
    """
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        need = layout.totalHeightForWidth(window.width())
        if need > window.height():
            window.resize(window.width(), need)


class _WrappedTextFitter(QObject):
    """Refits its window when shown and whenever its layout changes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        # Deferred: the layout handles the request after this filter sees it.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._fit)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if event.type() in (QEvent.Show, QEvent.LayoutRequest):
            self._timer.start()
        return False

    @pyqtSlot()
    def _fit(self) -> None:
        if self._window.isVisible():
            fit_wrapped_text(self._window)


def keep_wrapped_text_visible(window, min_chars: int = 56) -> None:
    """Give ``window`` a readable minimum width (in average characters) and
    keep its word-wrapped labels whole: see :func:`fit_wrapped_text`."""
    window.setMinimumWidth(window.fontMetrics().averageCharWidth() * min_chars)
    window.installEventFilter(_WrappedTextFitter(window))


def pool_value(combo: QComboBox) -> str | None:
    data = combo.currentData()
    return None if data in (None, DEFAULT) else data


#: live openers: waiting for their qube or holding its open window (a
#: parentless window lives only as long as a Python reference to it).
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
