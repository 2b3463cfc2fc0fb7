"""The windows the tray opens (Qube Manager, qube settings, global
settings, template manager) run as processes of their own.

The applet runs for weeks: a window opened inside it would leave its
modules and a full copy of every qube's properties behind for good, and a
crash in a window would take the menu with it.  Each tool is started on
the same daemon as the tray (our sandbox's socket, or the system's), at
most once per tool and qube; a second click while it runs says so.
"""

from __future__ import annotations

import sys

from PyQt5.QtCore import QObject, QProcess

#: Tool name -> module whose ``main()`` starts it.
MODULES = {
    "manager": "qubesmanager.manager.app",
    "settings": "qubesmanager.settings.app",
    "global-settings": "qubesmanager.globalsettings.app",
    "template-manager": "qubesmanager.templates.app",
}


class ToolLauncher(QObject):
    """Starts the suite's tools for the tray and remembers the running ones."""

    def __init__(self, ctx, notifier, on_error, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = notifier
        self._on_error = on_error            # (title, message) -> dialog
        self.running: dict[tuple, QProcess] = {}

    def args(self, tool: str, *extra: str) -> list[str]:
        """Interpreter arguments that start ``tool`` on the tray's daemon."""
        module = MODULES[tool]
        args = ["-c", f"import sys; from {module} import main; sys.exit(main())"]
        sandbox = getattr(self.ctx, "sandbox", None)
        socket = getattr(getattr(self.ctx, "args", None), "socket", None)
        if sandbox is not None:
            # Share our embedded sandbox instead of spawning a second one.
            args += ["--socket", str(sandbox.socket)]
        elif socket:
            args += ["--socket", str(socket)]
        return args + list(extra)

    def open(self, tool: str, *extra: str, title: str = "") -> QProcess:
        """Start ``tool`` unless the same one (same arguments) still runs."""
        key = (tool, *extra)
        proc = self.running.get(key)
        if proc is not None and proc.state() != QProcess.NotRunning:
            self.notifier.notify(title, self.tr("{what} is already open.").format(
                what=title))
            return proc
        proc = QProcess(self)
        proc.setProcessChannelMode(QProcess.ForwardedChannels)
        proc.errorOccurred.connect(lambda _err: self._on_error(
            self.tr("Could not open {what}").format(what=title),
            proc.errorString()))
        proc.finished.connect(lambda *_a: self._finished(key, proc))
        proc.start(sys.executable, self.args(tool, *extra))
        self.running[key] = proc
        return proc

    def _finished(self, key: tuple, proc: QProcess) -> None:
        if self.running.get(key) is proc:
            del self.running[key]
        proc.deleteLater()
