"""The About dialog: what this is, versions, and what it is connected to."""

from __future__ import annotations

import platform

from PyQt5.QtCore import PYQT_VERSION_STR, QT_VERSION_STR, Qt
from PyQt5.QtWidgets import QMessageBox

from qubesmanager.widgets import icons


def _version() -> str:
    try:
        from importlib.metadata import version
        return version("qubesmanager")
    except Exception:  # noqa: BLE001 - not installed: running from a checkout
        return "development"


def show_about(parent, ctx) -> QMessageBox:
    mirror = ctx.mirror
    box = QMessageBox(parent)
    box.setWindowTitle(parent.tr("About Qube Manager"))
    box.setAccessibleName("about")
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.setIconPixmap(icons.app_icon().pixmap(64, 64))
    box.setText(parent.tr("<b>Qube Manager</b> {}").format(_version()))
    if ctx.sandbox is not None:
        target = parent.tr("the embedded sandbox ({})").format(
            ctx.sandbox.state_dir)
    elif ctx.simulated:
        target = parent.tr("a sandbox at {}").format(ctx.args.socket)
    else:
        target = parent.tr("qubesd ({})").format(type(mirror.app).__module__)
    running = sum(1 for r in mirror.qubes.values() if r.is_running)
    box.setInformativeText(parent.tr(
        "Manage the qubes of a Qubes OS system through the Admin API.\n\n"
        "Connected to {target}: {count} qubes, {running} running.\n\n"
        "Python {py}, Qt {qt}, PyQt {pyqt}").format(
            target=target, count=len(mirror.qubes), running=running,
            py=platform.python_version(), qt=QT_VERSION_STR,
            pyqt=PYQT_VERSION_STR))
    box.setStandardButtons(QMessageBox.Ok)
    box.open()
    return box
