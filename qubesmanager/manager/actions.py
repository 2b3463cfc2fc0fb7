"""Every Qube Manager action, declared once, and when it applies.

Like Picard's ``can_*`` questions, each action has a predicate over the
selected :class:`QubeRecord`s (read from the mirror, no call); the window
enables the QAction only when the predicate holds, and re-asks on every
selection or state change.  Toolbar, menus, context menu and shortcuts all
use the same QAction objects.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Sequence

from PyQt5.QtCore import QCoreApplication

from qubesmanager.common import states


def tr(text: str) -> str:
    return QCoreApplication.translate("manager.actions", text)


Records = Sequence  # of QubeRecord


@dataclasses.dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    icon: str
    shortcut: str = ""
    tip: str = ""
    #: None: needs no selection.  Else called with the selected records
    #: (never empty) and answers whether the action applies to all.
    applies: Callable[[Records], bool] | None = None
    #: Exactly one selected qube.
    single: bool = False


def _each(pred) -> Callable[[Records], bool]:
    return lambda recs: all(pred(r) for r in recs)


def _not_admin(rec) -> bool:
    return not rec.is_admin and rec.klass != "RemoteVM"


def _blocked(rec) -> bool:
    return rec.feature_on("prohibit-start")


def can_start(rec) -> bool:
    return (_not_admin(rec) and rec.state in (states.HALTED, states.CRASHED)
            and not _blocked(rec))


def can_pause(rec) -> bool:
    return _not_admin(rec) and rec.state == states.RUNNING


def can_unpause(rec) -> bool:
    return _not_admin(rec) and rec.state in (states.PAUSED, states.SUSPENDED)


def can_shutdown(rec) -> bool:
    return _not_admin(rec) and rec.state in (
        states.RUNNING, states.TRANSIENT, states.PAUSED, states.SUSPENDED)


def can_restart(rec) -> bool:
    # A disposable that cleans itself up would be gone after the shutdown.
    return (_not_admin(rec) and rec.state == states.RUNNING
            and not (rec.klass == "DispVM" and rec.value("auto_cleanup")))


def can_kill(rec) -> bool:
    return _not_admin(rec) and rec.state in (
        states.RUNNING, states.TRANSIENT, states.PAUSED, states.SUSPENDED,
        states.HALTING, states.DYING, states.CRASHED)


def can_remove(rec) -> bool:
    return _not_admin(rec) and rec.state in (states.HALTED, states.CRASHED) \
        and not rec.value("installed_by_rpm")


def can_change_template(recs) -> bool:
    """AppVMs (or disposables) that are halted; one kind at a time, since
    the choices differ (templates vs. disposable templates)."""
    kinds = {r.klass for r in recs}
    return (len(kinds) == 1 and kinds <= {"AppVM", "DispVM"}
            and all(r.is_halted and "template" in r.props for r in recs))


def can_change_netvm(rec) -> bool:
    return _not_admin(rec) and "netvm" in rec.props


def can_set_label(rec) -> bool:
    return _not_admin(rec) and rec.loaded


def can_toggle_backup(rec) -> bool:
    return _not_admin(rec) and "include_in_backups" in rec.props


def can_run(rec) -> bool:
    """Running a program starts the qube if needed."""
    return (_not_admin(rec) and not _blocked(rec)
            and rec.state in (states.RUNNING, states.HALTED, states.TRANSIENT))


def can_console(rec) -> bool:
    return _not_admin(rec) and rec.state in (states.RUNNING, states.TRANSIENT)


def can_update(rec) -> bool:
    return rec.is_admin or bool(rec.value("updateable")) or rec.klass in (
        "TemplateVM", "StandaloneVM")


def can_settings(rec) -> bool:
    return _not_admin(rec)


def can_firewall(rec) -> bool:
    return _not_admin(rec) and "netvm" in rec.props


def can_backup(rec) -> bool:
    return not rec.value("auto_cleanup") or rec.is_admin


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("create", tr("&New qube…"), "create", "Ctrl+N",
               tr("Create a new qube")),
    ActionSpec("start", tr("&Start"), "start", "Ctrl+S",
               tr("Start the selected qubes"), _each(can_start)),
    ActionSpec("pause", tr("&Pause"), "pause", "Ctrl+P",
               tr("Pause the selected qubes (emergency stop of their CPUs)"),
               _each(can_pause)),
    ActionSpec("unpause", tr("&Resume"), "unpause", "Ctrl+Shift+P",
               tr("Resume paused qubes"), _each(can_unpause)),
    ActionSpec("shutdown", tr("Shut &down"), "shutdown", "Ctrl+D",
               tr("Shut down the selected qubes"), _each(can_shutdown)),
    ActionSpec("restart", tr("Rest&art"), "restart", "Ctrl+R",
               tr("Shut down and start again"), _each(can_restart)),
    ActionSpec("kill", tr("&Kill"), "kill", "Ctrl+K",
               tr("Power off at once, without a clean shutdown"),
               _each(can_kill)),
    ActionSpec("settings", tr("S&ettings"), "settings", "Ctrl+E",
               tr("Open the settings of the selected qubes"),
               _each(can_settings)),
    ActionSpec("clone", tr("&Clone…"), "clone", "Ctrl+Shift+C",
               tr("Clone the selected qube"), _each(_not_admin), single=True),
    ActionSpec("remove", tr("Re&move…"), "remove", "Del",
               tr("Remove the selected qubes"), _each(can_remove)),
    ActionSpec("template", tr("Change &template…"), "template", "",
               tr("Base the selected qubes on another template"),
               can_change_template),
    ActionSpec("netvm", tr("Change &net qube…"), "netvm", "",
               tr("Connect the selected qubes to another net qube"),
               _each(can_change_netvm)),
    ActionSpec("label", tr("Set &label…"), "label", "",
               tr("Change the label colour of the selected qubes"),
               _each(can_set_label)),
    ActionSpec("backups", tr("Include in &backups"), "backup", "",
               tr("Include or exclude the selected qubes from backups"),
               _each(can_toggle_backup)),
    ActionSpec("run", tr("R&un command…"), "run", "Alt+F3",
               tr("Run a command in the selected qubes"), _each(can_run)),
    ActionSpec("terminal", tr("Open &terminal"), "terminal", "Ctrl+T",
               tr("Open a terminal in the selected qubes"), _each(can_run)),
    ActionSpec("console", tr("Open c&onsole"), "console", "",
               tr("Open the text console of the selected qube"),
               _each(can_console), single=True),
    ActionSpec("update", tr("&Update"), "update", "Ctrl+U",
               tr("Update the selected templates and standalones"),
               _each(can_update)),
    ActionSpec("logs", tr("&Logs"), "logs", "Ctrl+L",
               tr("Show the logs of the selected qube"), None, single=True),
    ActionSpec("firewall", tr("&Firewall…"), "firewall", "",
               tr("Edit the firewall rules of the selected qube"),
               _each(can_firewall), single=True),
    ActionSpec("backup_selected", tr("&Back up selected…"), "backup", "",
               tr("Back up the selected qubes"), _each(can_backup)),
    ActionSpec("backup", tr("&Backup…"), "backup", "",
               tr("Back up qubes")),
    ActionSpec("restore", tr("&Restore backup…"), "restore", "",
               tr("Restore qubes from a backup")),
    ActionSpec("global_settings", tr("&Global settings"), "global-settings",
               "", tr("System-wide Qubes settings")),
    ActionSpec("template_manager", tr("&Template manager"), "template-manager",
               "", tr("Switch the templates of many qubes")),
    ActionSpec("about", tr("&About"), "about", "", tr("About Qube Manager")),
    ActionSpec("exit", tr("E&xit"), "exit", "Ctrl+Q", tr("Close Qube Manager")),
)

SPECS = {spec.key: spec for spec in ACTIONS}


def applies(spec: ActionSpec, records: Records) -> bool:
    """Whether ``spec`` can run on this selection."""
    if spec.applies is None and not spec.single:
        return True
    if not records:
        return False
    if spec.single and len(records) != 1:
        return False
    return spec.applies is None or spec.applies(records)
