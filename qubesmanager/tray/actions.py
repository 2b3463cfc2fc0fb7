"""What the tray's per-qube menu items do.

Every power action goes through ``mirror.run`` (a worker thread), so the
menu never waits on the Admin API; the menu itself changes only when the
daemon's events come back through the mirror.  Failures open a dialog with
the daemon's own message.  Confirmations are non-modal message boxes
(``open()``), so the event loop, and with it the live menu, keeps running.
"""

from __future__ import annotations

from PyQt5.QtCore import QObject, QProcess, Qt, pyqtSlot
from PyQt5.QtWidgets import QMessageBox

from qubesmanager.common import states

from .tools import ToolLauncher

#: qrexec services that open a terminal / file manager in a qube (the ones
#: the upstream widget calls through ``qubes.StartApp``).
TERMINAL_SERVICE = "qubes.StartApp+qubes-run-terminal"
FILES_SERVICE = "qubes.StartApp+qubes-open-file-manager"


class QubeActions(QObject):
    """Runs tray actions for one qube name; owned by the tray applet."""

    def __init__(self, mirror, ctx, notifier, parent=None) -> None:
        super().__init__(parent)
        self.mirror = mirror
        self.ctx = ctx
        self.notifier = notifier
        self._restarting: set[str] = set()
        self._windows: list = []         # open log windows and dialogs
        self.tools = ToolLauncher(ctx, notifier, self._error, self)
        mirror.state_changed.connect(self._on_state_changed)

    # -- helpers ----------------------------------------------------------

    def _error(self, title: str, exc):
        from qubesmanager.widgets.errors import show_error
        # The tray has no window to parent the dialog: hold a reference, or
        # Python would collect (and Qt delete) it at once.
        return self._hold(show_error(None, title, exc))

    def _hold(self, widget):
        self._windows.append(widget)
        widget.destroyed.connect(lambda *_a, w=widget: self._forget(w))
        return widget

    def _call(self, name: str, method: str, title: str, **kwargs) -> None:
        """Call ``vm.<method>(**kwargs)`` off the UI thread; report failures."""
        app = self.mirror.app

        def work():
            return getattr(app.domains[name], method)(**kwargs)

        self.mirror.run(work, on_error=lambda exc: self._error(
            title.format(name=name), exc))

    def _keep(self, window) -> None:
        """Keep a reference to an opened window until it is destroyed."""
        self._hold(window)
        window.show()
        window.raise_()
        window.activateWindow()

    def _forget(self, window) -> None:
        try:
            self._windows.remove(window)
        except ValueError:
            pass

    # -- power ------------------------------------------------------------

    def start(self, name: str) -> None:
        self._call(name, "start", self.tr("Could not start {name}"))

    def pause(self, name: str) -> None:
        self._call(name, "pause", self.tr("Could not pause {name}"))

    def unpause(self, name: str) -> None:
        self._call(name, "unpause", self.tr("Could not unpause {name}"))

    def unpause_all(self) -> None:
        """Resume every paused qube (the panic-button counterpart of Pause)."""
        for record in list(self.mirror.qubes.values()):
            if record.state == states.PAUSED:
                self.unpause(record.name)

    def shutdown(self, name: str, force: bool = False) -> None:
        """Shut down; on refusal offer force-shutdown or kill."""
        app = self.mirror.app

        def work():
            if force:
                app.domains[name].shutdown(force=True)
            else:
                app.domains[name].shutdown()

        self.mirror.run(work, on_error=lambda exc: self._shutdown_failed(name, exc))

    def _shutdown_failed(self, name: str, exc) -> QMessageBox:
        self._restarting.discard(name)
        box = QMessageBox(QMessageBox.Warning, self.tr("Shutdown failed"),
                          self.tr("{name} could not be shut down.").format(name=name))
        # The daemon's message; the exception class goes to the details.
        from qubesmanager.widgets.errors import describe
        message, details = describe(exc)
        box.setInformativeText(message)
        box.setDetailedText(details)
        box.setAccessibleName(self.tr("Shutdown failed"))
        force = box.addButton(self.tr("Force shutdown"), QMessageBox.AcceptRole)
        kill = box.addButton(self.tr("Kill"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)

        def done(button) -> None:
            if button is force:
                self.shutdown(name, force=True)
            elif button is kill:
                self._call(name, "kill", self.tr("Could not kill {name}"))

        box.buttonClicked.connect(done)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return self._hold(box)

    def restart(self, name: str) -> None:
        """Shut down, then start again when the daemon reports it halted."""
        self._restarting.add(name)
        self.shutdown(name)

    @pyqtSlot(str, str)
    def _on_state_changed(self, name: str, state: str) -> None:
        if state == states.HALTED and name in self._restarting:
            self._restarting.discard(name)
            self.start(name)

    def kill(self, name: str) -> QMessageBox:
        """Ask first: kill loses unsaved work in the qube."""
        box = QMessageBox(QMessageBox.Warning, self.tr("Kill qube"),
                          self.tr("Kill {name}? Unsaved data in the qube will be "
                                  "lost.").format(name=name),
                          QMessageBox.Yes | QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.setAccessibleName(self.tr("Kill qube"))
        box.setObjectName("tray-kill-confirm")

        def done(result: int) -> None:
            if result == QMessageBox.Yes:
                self._call(name, "kill", self.tr("Could not kill {name}"))

        box.finished.connect(done)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return self._hold(box)

    # -- programs in the qube ---------------------------------------------

    def open_terminal(self, name: str) -> None:
        self._run_service(name, TERMINAL_SERVICE, self.tr("terminal"))

    def open_file_manager(self, name: str) -> None:
        self._run_service(name, FILES_SERVICE, self.tr("file manager"))

    def _run_service(self, name: str, service: str, what: str) -> None:
        """Start a program in the qube through qrexec (never on the sandbox)."""
        if getattr(self.ctx, "simulated", False):
            self.notifier.notify(
                self.tr("Simulated system"),
                self.tr("On a real Qubes system this would open a {what} in "
                        "{name} (qrexec service {service}). The sandbox runs "
                        "no programs.").format(what=what, name=name,
                                               service=service))
            return
        vm_app = self.mirror.app

        def work():
            vm = vm_app.domains[name]
            if hasattr(vm, "run_service"):
                # qubesadmin: a qrexec-client(-vm) child; do not wait for it.
                vm.run_service(service)
                return True
            return False

        def fallback(used_api: bool) -> None:
            if not used_api:
                QProcess.startDetached("qvm-run", ["--service", "--", name, service])

        self.mirror.run(work, on_result=fallback, on_error=lambda exc: self._error(
            self.tr("Could not open a {what} in {name}").format(what=what, name=name),
            exc))

    # -- windows ------------------------------------------------------------

    def settings(self, name: str):
        """The qube's settings window, as a process of its own (tools.py)."""
        return self.tools.open("settings", name, title=self.tr(
            "Settings of {name}").format(name=name))

    def logs(self, name: str) -> None:
        from qubesmanager.dialogs.logs import LogDialog
        self._keep(LogDialog(self.mirror, name))

    @pyqtSlot()
    def global_settings(self):
        return self.tools.open("global-settings", title=self.tr("Global settings"))

    @pyqtSlot()
    def template_manager(self):
        return self.tools.open("template-manager", title=self.tr("Template manager"))

    def open_manager(self):
        """Start the Qube Manager once; a second click while it runs says so."""
        return self.tools.open("manager", title=self.tr("Qube Manager"))
