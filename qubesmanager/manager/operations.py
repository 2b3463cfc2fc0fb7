"""What each manager action does once triggered.

Writes go through ``mirror.run`` (worker threads) on the client's qube
objects; the table changes when the daemon's events come back.  Actions
over several qubes run concurrently under one :class:`BulkProgressDialog`.
Questions are non-blocking (:mod:`prompts`).
"""

from __future__ import annotations

import importlib
import logging

from PyQt5.QtCore import QObject, pyqtSignal
from PyQt5.QtWidgets import QMessageBox

from qubesmanager.manager import programs, prompts
from qubesmanager.mirror.dependencies import running_dependents_recursive
from qubesmanager.widgets.errors import show_error
from qubesmanager.widgets.progress import BulkProgressDialog
from qubesmanager.widgets.qube_combo import DEFAULT

log = logging.getLogger(__name__)

#: Views opened by the manager: action -> (module, class).
VIEWS = {
    "settings": ("qubesmanager.settings.window", "SettingsWindow"),
    "create": ("qubesmanager.dialogs.create", "CreateQubeDialog"),
    "clone": ("qubesmanager.dialogs.clone", "CloneQubeDialog"),
    "remove": ("qubesmanager.dialogs.remove", "RemoveQubesDialog"),
    "logs": ("qubesmanager.dialogs.logs", "LogDialog"),
    "template_manager": ("qubesmanager.templates.window", "TemplateManagerWindow"),
    "global_settings": ("qubesmanager.globalsettings.window", "GlobalSettingsWindow"),
    "backup": ("qubesmanager.backup.wizard", "BackupWizard"),
    "restore": ("qubesmanager.restore.wizard", "RestoreWizard"),
}

_YES = QMessageBox.AcceptRole
_NO = QMessageBox.RejectRole
_OTHER = QMessageBox.DestructiveRole


def _is(err: BaseException, *names: str) -> bool:
    """Exception class check by name: works for our classes and the system
    qubesadmin's alike."""
    return any(cls.__name__ in names for cls in type(err).__mro__)


class Operations(QObject):
    """The manager's action handlers; ``window`` is the QMainWindow."""

    #: A restart finished (or failed): the window may close now.
    restarts_changed = pyqtSignal()

    def __init__(self, window, ctx) -> None:
        super().__init__(window)
        self.w = window
        self.ctx = ctx
        self.mirror = ctx.mirror
        self.restarting: set[str] = set()
        self.views: list = []

    # ------------------------------------------------------------------
    # helpers

    def vm(self, name: str):
        """The client's qube object (called in worker threads)."""
        return self.mirror.app.domains[name]

    def bulk(self, title: str, names, action, verb: str | None = None,
             on_done=None) -> BulkProgressDialog:
        dialog = BulkProgressDialog(self.mirror, title, names, action,
                                    self.w, verb=verb)
        if on_done is not None:
            dialog.all_done.connect(on_done)
        return dialog.start()

    def single_or_bulk(self, title: str, names, action, on_done=None):
        """One qube: run quietly, show the daemon's error if any.  Several:
        one progress dialog."""
        if len(names) == 1:
            name = names[0]

            def failed(err):
                show_error(self.w, title, err,
                           summary=self.tr("{}: {}").format(title, name))
                if on_done is not None:
                    on_done({name: err})

            self.mirror.run(action, name, on_error=failed,
                            on_result=(lambda _r: on_done({name: None}))
                            if on_done is not None else None)
            return None
        return self.bulk(title, names, action, on_done=on_done)

    def open_view(self, key: str, *args, **kwargs):
        """Construct a view of another part lazily; say so if missing."""
        module_name, class_name = VIEWS[key]
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError) as err:
            log.warning("view %s unavailable: %s", key, err)
            prompts.inform(self.w, self.tr("Not available"),
                           self.tr("This part of the suite is not available "
                                   "in this installation."),
                           informative=f"{module_name}.{class_name}",
                           name="not-available")
            return None
        try:
            view = cls(self.mirror, *args, parent=self.w, **kwargs)
        except Exception as err:  # noqa: BLE001 - shown, app stays up
            show_error(self.w, self.tr("Cannot open window"), err)
            return None
        self.views = [v for v in self.views if _alive(v)]
        self.views.append(view)
        view.show()
        return view

    # ------------------------------------------------------------------
    # power

    def start(self, names):
        """Start (returns the progress dialog when there are several)."""
        return self.single_or_bulk(self.tr("Start"), names,
                                   lambda n: self.vm(n).start())

    def pause(self, names) -> None:
        self.single_or_bulk(self.tr("Pause"), names, lambda n: self.vm(n).pause())

    def unpause(self, names) -> None:
        self.single_or_bulk(self.tr("Resume"), names,
                            lambda n: self.vm(n).unpause())

    def _shutdown_call(self, name: str, force: bool) -> None:
        # Server-side wait (admin-api.md: Shutdown+wait): the call returns
        # when the qube is halted or raises QubesVMShutdownTimeoutError.
        arg = "force+wait" if force else "wait"
        self.mirror.app.qubesd_call(name, "admin.vm.Shutdown", arg)

    def shutdown(self, names) -> None:
        """Confirm; include running dependents if the user agrees; offer
        force/kill for those that time out or are still in use."""
        names = list(names)
        dependents = []
        for name in names:
            for dep in running_dependents_recursive(self.mirror, name):
                if dep not in names and dep not in dependents:
                    dependents.append(dep)
        if dependents:
            prompts.ask(
                self.w, self.tr("Shut down"),
                self.tr("Running qubes are connected to {}.").format(
                    ", ".join(names)),
                [("all", self.tr("Shut down all"), _YES),
                 ("force", self.tr("Shut down anyway"), _OTHER),
                 ("cancel", self.tr("Cancel"), _NO)],
                lambda key: self._shutdown_answer(key, names, dependents),
                informative=self.tr("They lose their network until it starts "
                                    "again: {}").format(", ".join(dependents)),
                name="confirm-shutdown-dependents", default="all")
            return
        prompts.ask(
            self.w, self.tr("Shut down"),
            self.tr("Shut down {}?").format(", ".join(names)),
            [("yes", self.tr("Shut down"), _YES),
             ("cancel", self.tr("Cancel"), _NO)],
            lambda key: key == "yes" and self._run_shutdown(names, set()),
            name="confirm-shutdown", default="yes")

    def _shutdown_answer(self, key: str, names, dependents) -> None:
        if key == "all":
            # Dependents shut down normally; the selected net qubes with
            # force, since their clients go down at the same time.
            self._run_shutdown(dependents + names, set(names))
        elif key == "force":
            self._run_shutdown(names, set(names))

    def _run_shutdown(self, names, forced: set) -> None:
        def action(name: str) -> None:
            self._shutdown_call(name, name in forced)

        if len(names) > 1:
            self.bulk(self.tr("Shut down"), names, action,
                      verb=self.tr("Shutting down…"),
                      on_done=self._shutdown_done)
        else:
            self.mirror.run(action, names[0], on_error=lambda err:
                            self._shutdown_done({names[0]: err}))

    def _shutdown_done(self, results: dict) -> None:
        stuck = {n: e for n, e in results.items() if e is not None and _is(
            e, "QubesVMShutdownTimeoutError", "QubesVMInUseError")}
        other = {n: e for n, e in results.items()
                 if e is not None and n not in stuck
                 and not _is(e, "Cancelled")}
        if len(results) == 1 and other:
            name, err = next(iter(other.items()))
            show_error(self.w, self.tr("Shut down"), err,
                       summary=self.tr("{} did not shut down").format(name))
        if not stuck:
            return
        texts = "\n".join(f"{n}: {e}" for n, e in stuck.items())
        prompts.ask(
            self.w, self.tr("Shut down"),
            self.tr("Some qubes did not shut down: {}").format(", ".join(stuck)),
            [("kill", self.tr("Kill"), _OTHER),
             ("force", self.tr("Force shutdown"), _YES),
             ("cancel", self.tr("Leave running"), _NO)],
            lambda key: self._stuck_answer(key, list(stuck)),
            informative=self.tr("Killing powers them off at once (unsaved "
                                "data is lost). Forcing shuts them down even "
                                "though other qubes use them."),
            details=texts, icon=QMessageBox.Warning, name="shutdown-stuck",
            default="cancel")

    def _stuck_answer(self, key: str, names) -> None:
        if key == "kill":
            self.single_or_bulk(self.tr("Kill"), names, lambda n: self.vm(n).kill())
        elif key == "force":
            self._run_shutdown(names, set(names))

    def restart(self, names) -> None:
        names = list(names)
        prompts.ask(
            self.w, self.tr("Restart"),
            self.tr("Restart {}?").format(", ".join(names)),
            [("yes", self.tr("Restart"), _YES), ("cancel", self.tr("Cancel"), _NO)],
            lambda key: key == "yes" and self._run_restart(names),
            informative=self.tr("Programs running in them are closed. Qubes "
                                "connected to them lose network until they "
                                "are back."),
            name="confirm-restart", default="yes")

    def _run_restart(self, names) -> None:
        """Forced shutdown, wait until halted, start again.  The window
        stays alive (hidden) until every restart finished."""
        self.restarting.update(names)
        self.restarts_changed.emit()

        def action(name: str) -> None:
            self._shutdown_call(name, True)
            self.vm(name).start()

        def done(results: dict) -> None:
            self.restarting.difference_update(results)
            self.restarts_changed.emit()

        self.single_or_bulk(self.tr("Restart"), names, action, on_done=done)

    def kill(self, names) -> None:
        names = list(names)
        prompts.ask(
            self.w, self.tr("Kill"),
            self.tr("Kill {}?").format(", ".join(names)),
            [("kill", self.tr("Kill"), _OTHER), ("cancel", self.tr("Cancel"), _NO)],
            lambda key: key == "kill" and self.single_or_bulk(
                self.tr("Kill"), names, lambda n: self.vm(n).kill()),
            informative=self.tr("The qubes are powered off at once, like "
                                "pulling the plug: unsaved data is lost."),
            icon=QMessageBox.Warning, name="confirm-kill", default="cancel")

    # ------------------------------------------------------------------
    # properties for many qubes

    def _set_prop(self, title: str, names, prop: str, value) -> None:
        def action(name: str) -> None:
            vm = self.vm(name)
            if value is DEFAULT:
                delattr(vm, prop)
            else:
                setattr(vm, prop, value)

        self.single_or_bulk(title, names, action)

    def set_label(self, names) -> None:
        prompts.choose_label(self.w, self.mirror, list(names), lambda label:
                             label and self._set_prop(self.tr("Set label"),
                                                      names, "label", label))

    def change_netvm(self, names) -> None:
        def apply(value) -> None:
            if value == DEFAULT:
                self._set_prop(self.tr("Change net qube"), names, "netvm", DEFAULT)
            else:
                self._set_prop(self.tr("Change net qube"), names, "netvm",
                               value or None)

        def chosen(value) -> None:
            leaking = self._anon_leaks(names, value)
            if not leaking:
                apply(value)
                return
            prompts.ask(
                self.w, self.tr("Change net qube"),
                self.tr("{} use Tor (tag anon-vm), but the new net qube is "
                        "not a Tor gateway.").format(", ".join(leaking)),
                [("connect", self.tr("Connect anyway"), _OTHER),
                 ("cancel", self.tr("Cancel"), _NO)],
                lambda key: key == "connect" and apply(value),
                informative=self.tr("Their traffic would leave without Tor "
                                    "and could reveal who you are."),
                icon=QMessageBox.Warning, name="confirm-anon-netvm",
                default="cancel")

        prompts.choose_netvm(self.w, self.mirror, list(names), chosen)

    def _anon_leaks(self, names, value) -> list[str]:
        """Qubes tagged ``anon-vm`` that would lose Tor with this net qube
        (the target, or the default one, lacks the ``anon-gateway`` tag)."""
        target = (self.mirror.global_value("default_netvm")
                  if value == DEFAULT else (value or None))
        if target is None:
            return []
        gateway = self.mirror.get(target)
        if gateway is not None and "anon-gateway" in gateway.tags:
            return []
        return [n for n in names
                if (r := self.mirror.get(n)) is not None and "anon-vm" in r.tags]

    def change_template(self, names) -> None:
        prompts.choose_template(
            self.w, self.mirror, list(names), lambda value: value and
            self._set_prop(self.tr("Change template"), names, "template", value))

    def toggle_backups(self, names) -> None:
        """All included -> exclude them; otherwise include all."""
        recs = [self.mirror.get(n) for n in names]
        value = not all(r is not None and r.value("include_in_backups")
                        for r in recs)
        self._set_prop(self.tr("Include in backups"), names,
                       "include_in_backups", value)

    def set_backup(self, name: str, value: bool) -> None:
        """The table's checkbox."""
        self._set_prop(self.tr("Include in backups"), [name],
                       "include_in_backups", value)

    # ------------------------------------------------------------------
    # programs inside qubes

    def _simulated(self, what: str, argv: list[str]) -> None:
        prompts.inform(
            self.w, self.tr("Simulated"),
            self.tr("{} is simulated: the sandbox runs no programs inside "
                    "qubes.").format(what),
            informative=self.tr("On a real Qubes system this runs:\n{}")
            .format(programs.describe_argv(argv)), name="simulated")

    def _launch(self, what: str, argv: list[str], start_first=()) -> None:
        if self.ctx.simulated:
            # qvm-run starts a halted qube; do that part for real.
            halted = [n for n in start_first
                      if (r := self.mirror.get(n)) is not None and r.is_halted]
            if halted:
                self.start(halted)
            self._simulated(what, argv)
            return
        error = programs.start_detached(argv)
        if error:
            show_error(self.w, what, error)

    def run_command(self, names) -> None:
        def got(command: str) -> None:
            for name in names:
                self._launch(self.tr("Running a command"),
                             programs.run_command_argv(name, command), [name])
        prompts.CommandDialog(self.w, list(names), got).open()

    def terminal(self, names) -> None:
        for name in names:
            self._launch(self.tr("Opening a terminal"),
                         programs.terminal_argv(name), [name])

    def console(self, names) -> None:
        self._launch(self.tr("Opening the console"),
                     programs.console_argv(names[0]))

    def update(self, names) -> None:
        self._launch(self.tr("Updating"), programs.update_argv(names))

    # ------------------------------------------------------------------
    # other windows

    def settings(self, names, tab: str = "basic") -> None:
        for name in list(names)[:10]:
            self.open_view("settings", name, tab=tab)

    def firewall(self, names) -> None:
        self.settings(names[:1], tab="firewall")

    def create(self, _names=()) -> None:
        self.open_view("create")

    def clone(self, names) -> None:
        self.open_view("clone", names[0])

    def remove(self, names) -> None:
        self.open_view("remove", list(names))

    def logs(self, names) -> None:
        self.open_view("logs", names[0])

    def backup_selected(self, names) -> None:
        self.open_view("backup", selected=tuple(names))

    def backup(self, _names=()) -> None:
        self.open_view("backup")

    def restore(self, _names=()) -> None:
        self.open_view("restore")

    def global_settings(self, _names=()) -> None:
        self.open_view("global_settings")

    def template_manager(self, _names=()) -> None:
        self.open_view("template_manager")


def _alive(obj) -> bool:
    from PyQt5 import sip
    try:
        return not sip.isdeleted(obj) and obj.isVisible()
    except (RuntimeError, TypeError):
        return False
