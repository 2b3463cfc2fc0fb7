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

from PyQt5.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qubesmanager.common import states


def tr(text: str) -> str:
    return QCoreApplication.translate("manager.actions", text)


Records = Sequence  # of QubeRecord


@dataclasses.dataclass(frozen=True)
class ActionSpec:
    """One action; ``text`` and ``tip`` are source strings (marked with
    QT_TRANSLATE_NOOP), translated with :func:`tr` where they are shown,
    so the language is the one installed when the window is built, not
    whichever was installed when this module was first imported."""

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
    ActionSpec("create", QT_TRANSLATE_NOOP("manager.actions", "&New qube…"), "create", "Ctrl+N",
               QT_TRANSLATE_NOOP("manager.actions", "Create a new qube")),
    ActionSpec("start", QT_TRANSLATE_NOOP("manager.actions", "&Start"), "start", "Ctrl+S",
               QT_TRANSLATE_NOOP("manager.actions", "Start the selected qubes"), _each(can_start)),
    ActionSpec("pause", QT_TRANSLATE_NOOP("manager.actions", "&Pause"), "pause", "Ctrl+P",
               QT_TRANSLATE_NOOP("manager.actions", "Pause the selected qubes (emergency stop of their CPUs)"),
               _each(can_pause)),
    ActionSpec("unpause", QT_TRANSLATE_NOOP("manager.actions", "&Resume"), "unpause", "Ctrl+Shift+P",
               QT_TRANSLATE_NOOP("manager.actions", "Resume paused qubes"), _each(can_unpause)),
    ActionSpec("shutdown", QT_TRANSLATE_NOOP("manager.actions", "Shut &down"), "shutdown", "Ctrl+D",
               QT_TRANSLATE_NOOP("manager.actions", "Shut down the selected qubes"), _each(can_shutdown)),
    ActionSpec("restart", QT_TRANSLATE_NOOP("manager.actions", "Rest&art"), "restart", "Ctrl+R",
               QT_TRANSLATE_NOOP("manager.actions", "Shut down and start again"), _each(can_restart)),
    ActionSpec("kill", QT_TRANSLATE_NOOP("manager.actions", "&Kill"), "kill", "Ctrl+K",
               QT_TRANSLATE_NOOP("manager.actions", "Power off at once, without a clean shutdown"),
               _each(can_kill)),
    ActionSpec("settings", QT_TRANSLATE_NOOP("manager.actions", "S&ettings"), "settings", "Ctrl+E",
               QT_TRANSLATE_NOOP("manager.actions", "Open the settings of the selected qubes"),
               _each(can_settings)),
    ActionSpec("clone", QT_TRANSLATE_NOOP("manager.actions", "&Clone…"), "clone", "Ctrl+Shift+C",
               QT_TRANSLATE_NOOP("manager.actions", "Clone the selected qube"), _each(_not_admin), single=True),
    ActionSpec("remove", QT_TRANSLATE_NOOP("manager.actions", "Re&move…"), "remove", "Del",
               QT_TRANSLATE_NOOP("manager.actions", "Remove the selected qubes"), _each(can_remove)),
    ActionSpec("template", QT_TRANSLATE_NOOP("manager.actions", "Change &template…"), "template", "",
               QT_TRANSLATE_NOOP("manager.actions", "Base the selected qubes on another template"),
               can_change_template),
    ActionSpec("netvm", QT_TRANSLATE_NOOP("manager.actions", "Change &net qube…"), "netvm", "",
               QT_TRANSLATE_NOOP("manager.actions", "Connect the selected qubes to another net qube"),
               _each(can_change_netvm)),
    ActionSpec("label", QT_TRANSLATE_NOOP("manager.actions", "Set &label…"), "label", "",
               QT_TRANSLATE_NOOP("manager.actions", "Change the label colour of the selected qubes"),
               _each(can_set_label)),
    ActionSpec("backups", QT_TRANSLATE_NOOP("manager.actions", "Include in &backups"), "backup", "",
               QT_TRANSLATE_NOOP("manager.actions", "Include or exclude the selected qubes from backups"),
               _each(can_toggle_backup)),
    ActionSpec("run", QT_TRANSLATE_NOOP("manager.actions", "R&un command…"), "run", "Alt+F3",
               QT_TRANSLATE_NOOP("manager.actions", "Run a command in the selected qubes"), _each(can_run)),
    ActionSpec("terminal", QT_TRANSLATE_NOOP("manager.actions", "Open &terminal"), "terminal", "Ctrl+T",
               QT_TRANSLATE_NOOP("manager.actions", "Open a terminal in the selected qubes"), _each(can_run)),
    ActionSpec("console", QT_TRANSLATE_NOOP("manager.actions", "Open c&onsole"), "console", "",
               QT_TRANSLATE_NOOP("manager.actions", "Open the text console of the selected qube"),
               _each(can_console), single=True),
    ActionSpec("update", QT_TRANSLATE_NOOP("manager.actions", "&Update"), "update", "Ctrl+U",
               QT_TRANSLATE_NOOP("manager.actions", "Update the selected templates and standalones"),
               _each(can_update)),
    ActionSpec("logs", QT_TRANSLATE_NOOP("manager.actions", "&Logs"), "logs", "Ctrl+L",
               QT_TRANSLATE_NOOP("manager.actions", "Show the logs of the selected qube"), None, single=True),
    ActionSpec("firewall", QT_TRANSLATE_NOOP("manager.actions", "&Firewall…"), "firewall", "",
               QT_TRANSLATE_NOOP("manager.actions", "Edit the firewall rules of the selected qube"),
               _each(can_firewall), single=True),
    ActionSpec("backup_selected", QT_TRANSLATE_NOOP("manager.actions", "&Back up selected…"), "backup", "",
               QT_TRANSLATE_NOOP("manager.actions", "Back up the selected qubes"), _each(can_backup)),
    ActionSpec("backup", QT_TRANSLATE_NOOP("manager.actions", "&Backup…"), "backup", "",
               QT_TRANSLATE_NOOP("manager.actions", "Back up qubes")),
    ActionSpec("restore", QT_TRANSLATE_NOOP("manager.actions", "&Restore backup…"), "restore", "",
               QT_TRANSLATE_NOOP("manager.actions", "Restore qubes from a backup")),
    ActionSpec("global_settings", QT_TRANSLATE_NOOP("manager.actions", "&Global settings"), "global-settings",
               "", QT_TRANSLATE_NOOP("manager.actions", "System-wide Qubes settings")),
    ActionSpec("template_manager", QT_TRANSLATE_NOOP("manager.actions", "&Template manager"), "template-manager",
               "", QT_TRANSLATE_NOOP("manager.actions", "Switch the templates of many qubes")),
    ActionSpec("about", QT_TRANSLATE_NOOP("manager.actions", "&About"), "about", "", QT_TRANSLATE_NOOP("manager.actions", "About Qube Manager")),
    ActionSpec("exit", QT_TRANSLATE_NOOP("manager.actions", "E&xit"), "exit", "Ctrl+Q", QT_TRANSLATE_NOOP("manager.actions", "Close Qube Manager")),
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
