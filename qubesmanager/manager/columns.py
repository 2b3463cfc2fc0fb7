"""The Qube Manager's columns, declared once.

Each column says what it shows (text, icon, tooltip), how it sorts, and
which mirror changes concern it, so the model repaints only the cells an
event touched.  Everything is read from the :class:`QubeRecord`; nothing
here calls the Admin API.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Callable

import humanize
from PyQt5.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qubesmanager.common import states
from qubesmanager.mirror.record import QubeRecord


def tr(text: str) -> str:
    return QCoreApplication.translate("manager.columns", text)


@dataclasses.dataclass(frozen=True)
class Column:
    """One column: ``key`` is its stable id (persisted settings use it).
    ``title`` and ``tooltip`` are source strings, translated with
    :func:`tr` where they are shown."""

    key: str
    title: str
    #: Mirror change names (property, ``feature:x``, ``tags``, ``disk``,
    #: ``notes``, ``state``, ``stats``) that change this column.
    depends: tuple[str, ...]
    text: Callable[[QubeRecord, object], str] = lambda rec, mirror: ""
    sort: Callable[[QubeRecord, object], object] | None = None
    visible: bool = True
    width: int = 100
    tooltip: str = ""


# ----------------------------------------------------------------------
# shared helpers used by the model for text, icons and tooltips

STATE_ORDER = {s: i for i, s in enumerate((
    states.RUNNING, states.TRANSIENT, states.HALTING, states.PAUSED,
    states.SUSPENDED, states.DYING, states.CRASHED, "Blocked", states.HALTED,
    states.UNKNOWN))}

# Marked for extraction (pylupdate5); translated where shown.
CLASS_TITLES = {
    "AdminVM": QT_TRANSLATE_NOOP("manager.columns", "Admin qube"),
    "AppVM": QT_TRANSLATE_NOOP("manager.columns", "App qube"),
    "TemplateVM": QT_TRANSLATE_NOOP("manager.columns", "Template"),
    "StandaloneVM": QT_TRANSLATE_NOOP("manager.columns", "Standalone"),
    "DispVM": QT_TRANSLATE_NOOP("manager.columns", "Disposable"),
    "DispVMTemplate": QT_TRANSLATE_NOOP("manager.columns", "Disposable template"),
    "RemoteVM": QT_TRANSLATE_NOOP("manager.columns", "Remote qube"),
}


def shown_state(rec: QubeRecord) -> str:
    """Power state, or "Blocked" for a halted qube that may not start."""
    if rec.state == states.HALTED and rec.feature_on("prohibit-start") \
            and not rec.is_admin:
        return "Blocked"
    return rec.state


def state_marks(rec: QubeRecord, mirror) -> tuple[str | None, str | None]:
    """(restart badge, update badge) for the state icon.

    The restart badge: ``to-be-outdated`` while the qube and its template
    both run (the template's changes reach the qube only after both
    restart), ``outdated`` when the template was shut down after this qube
    started or a volume says so.  The update badge: ``skipped``, ``updates``
    or ``eol`` for qubes that are updated themselves.
    """
    restart = None
    if rec.is_running:
        tpl = mirror.get(rec.template) if rec.template else None
        if rec.outdated:
            restart = "outdated"
        elif tpl is not None and tpl.is_running:
            restart = "to-be-outdated"
    update = None
    if rec.value("updateable") or rec.klass in ("TemplateVM", "StandaloneVM"):
        if rec.feature_on("skip-update"):
            update = "skipped"
        elif rec.feature_on("updates-available"):
            update = "updates"
        elif _eol_passed(rec.feature("os-eol")):
            update = "eol"
    return restart, update


def _eol_passed(text: str | None) -> bool:
    if not text:
        return False
    try:
        return datetime.date.fromisoformat(text.strip()) < datetime.date.today()
    except ValueError:
        return False


def state_tooltip(rec: QubeRecord, mirror) -> str:
    state = shown_state(rec)
    texts = {
        states.RUNNING: tr("Running"),
        states.TRANSIENT: tr("Starting (transient)"),
        states.HALTING: tr("Shutting down"),
        states.DYING: tr("Shutting down (dying)"),
        states.PAUSED: tr("Paused"),
        states.SUSPENDED: tr("Suspended"),
        states.HALTED: tr("Halted"),
        states.CRASHED: tr("Crashed"),
        states.UNKNOWN: tr("State unknown"),
        "Blocked": tr("Halted; starting is prohibited (see the Advanced "
                      "settings for the rationale)"),
    }
    lines = [texts.get(state, state)]
    restart, update = state_marks(rec, mirror)
    if restart == "outdated":
        lines.append(tr("Its template changed: restart the qube to apply "
                        "the changes"))
    elif restart == "to-be-outdated":
        lines.append(tr("Its template is running: shut the template down, "
                        "then restart this qube to apply its changes"))
    if update == "updates":
        lines.append(tr("Updates available"))
    elif update == "skipped":
        lines.append(tr("Excluded from updates"))
    elif update == "eol":
        lines.append(tr("This template reached its end of life: install a "
                        "newer one"))
    if rec.value("is_preload"):
        lines.append(tr("Preloaded disposable"))
    return "\n".join(lines)


def class_key_of(rec: QubeRecord) -> str:
    if rec.klass == "AppVM" and rec.is_disposable_template:
        return "DispVMTemplate"
    return rec.klass


def type_text(rec: QubeRecord, mirror=None) -> str:
    return tr(CLASS_TITLES.get(class_key_of(rec), rec.klass or ""))


def _ref_text(rec: QubeRecord, mirror, prop: str) -> str:
    """A qube reference, "default (X)" when left at the default."""
    if prop not in rec.props:
        return ""
    value = rec.value(prop)
    if rec.is_default(prop):
        return tr("default ({})").format(value if value else tr("none"))
    return value if value else tr("(none)")


def _template_text(rec: QubeRecord, mirror) -> str:
    return rec.template or ""


def _disk_text(rec: QubeRecord, mirror) -> str:
    if rec.is_admin:
        return ""
    usage = rec.disk_usage
    if usage is None:
        return ""
    return humanize.naturalsize(usage, binary=True, format="%.1f")


def _internal_text(rec: QubeRecord, mirror) -> str:
    if not rec.internal:
        return ""
    if rec.value("is_preload"):
        return tr("Yes (preloaded)")
    return tr("Yes")


def _ip_text(rec: QubeRecord, mirror) -> str:
    if rec.is_admin or "ip" not in rec.props:
        return ""
    if not rec.netvm and not rec.provides_network:
        return tr("n/a")
    return rec.text("ip")


def _backup_time(rec: QubeRecord):
    stamp = rec.value("backup_timestamp")
    return int(stamp) if stamp else None


def _last_backup_text(rec: QubeRecord, mirror) -> str:
    if not rec.props:
        return ""
    stamp = _backup_time(rec)
    if not stamp:
        return tr("never")
    return humanize.naturaltime(datetime.datetime.now()
                                - datetime.datetime.fromtimestamp(stamp))


def last_backup_tooltip(rec: QubeRecord) -> str:
    stamp = _backup_time(rec)
    if not stamp:
        return tr("Never backed up")
    return datetime.datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M:%S")


def _yes(value) -> str:
    return tr("Yes") if value else ""


def _cpu_text(rec: QubeRecord, mirror) -> str:
    if not rec.is_running or "cpu_usage" not in rec.stats:
        return ""
    return f"{rec.stats['cpu_usage']} %"


def _memory_kb(rec: QubeRecord) -> int | None:
    if not rec.is_running:
        return None
    value = rec.stats.get("memory_kb")
    return int(value) if value is not None else None


def _mem_text(rec: QubeRecord, mirror) -> str:
    kb = _memory_kb(rec)
    if kb is None:
        return ""
    return humanize.naturalsize(kb * 1024, binary=True, format="%.0f")


#: Tags qubesd maintains itself on nearly every qube; the column hides them
#: (the tooltip and the search still see them).
AUTOMATIC_TAG_PREFIXES = ("created-by-", "disp-created-by-", "guivm-",
                          "audiovm-", "relayvm-")


def shown_tags(rec: QubeRecord) -> list[str]:
    """Tags worth a glance: the ones the user or a tool chose."""
    return sorted(t for t in rec.tags
                  if not t.startswith(AUTOMATIC_TAG_PREFIXES))


def _tags_text(rec: QubeRecord, mirror) -> str:
    return ", ".join(shown_tags(rec))


def _label_sort(rec: QubeRecord, mirror):
    info = mirror.labels.get(rec.label or "")
    return info.index if info else 99


COLUMNS: tuple[Column, ...] = (
    Column("state", QT_TRANSLATE_NOOP("manager.columns", "State"), ("state", "template", "feature:*",
                                  "is_preload", "updateable", "outdated"),
           sort=lambda r, m: (STATE_ORDER.get(shown_state(r), 99),
                              state_marks(r, m)[0] is None),
           width=44, tooltip=QT_TRANSLATE_NOOP("manager.columns", "Power state and update marks")),
    Column("label", QT_TRANSLATE_NOOP("manager.columns", "Label"), ("label",), sort=_label_sort, width=36,
           tooltip=QT_TRANSLATE_NOOP("manager.columns", "Label colour")),
    Column("name", QT_TRANSLATE_NOOP("manager.columns", "Name"), (), text=lambda r, m: r.name, width=185),
    Column("type", QT_TRANSLATE_NOOP("manager.columns", "Type"), ("label", "klass", "template_for_dispvms",
                                "provides_network", "feature:servicevm"),
           text=type_text, width=195),
    Column("template", QT_TRANSLATE_NOOP("manager.columns", "Template"), ("template",), text=_template_text,
           width=150),
    Column("netvm", QT_TRANSLATE_NOOP("manager.columns", "Net qube"), ("netvm",),
           text=lambda r, m: _ref_text(r, m, "netvm"), width=185),
    Column("disk", QT_TRANSLATE_NOOP("manager.columns", "Disk usage"), ("disk",), text=_disk_text,
           sort=lambda r, m: r.disk_usage or 0, width=110,
           tooltip=QT_TRANSLATE_NOOP("manager.columns", "Space used by the qube's own volumes")),
    Column("internal", QT_TRANSLATE_NOOP("manager.columns", "Internal"), ("feature:internal", "is_preload"),
           text=_internal_text, visible=False, width=70),
    Column("ip", QT_TRANSLATE_NOOP("manager.columns", "IP"), ("ip", "netvm", "provides_network"), text=_ip_text,
           width=125),
    Column("backups", QT_TRANSLATE_NOOP("manager.columns", "Backup"), ("include_in_backups",), width=62,
           sort=lambda r, m: not r.value("include_in_backups"),
           tooltip=QT_TRANSLATE_NOOP("manager.columns", "Include in backups by default (click to change)")),
    Column("last_backup", QT_TRANSLATE_NOOP("manager.columns", "Last backup"), ("backup_timestamp",),
           text=_last_backup_text, sort=lambda r, m: _backup_time(r) or 0,
           width=100),
    Column("default_dispvm", QT_TRANSLATE_NOOP("manager.columns", "Default disposable template"),
           ("default_dispvm",),
           text=lambda r, m: _ref_text(r, m, "default_dispvm"), width=170,
           visible=False),
    Column("dispvm_template", QT_TRANSLATE_NOOP("manager.columns", "Disposable template"),
           ("template_for_dispvms",),
           text=lambda r, m: _yes(r.value("template_for_dispvms")), width=80,
           visible=False),
    Column("virt_mode", QT_TRANSLATE_NOOP("manager.columns", "Virt mode"), ("virt_mode",),
           text=lambda r, m: r.text("virt_mode"), width=70, visible=False),
    Column("cpu", QT_TRANSLATE_NOOP("manager.columns", "CPU"), ("stats", "state"), text=_cpu_text,
           sort=lambda r, m: r.stats.get("cpu_usage", -1) if r.is_running else -1,
           width=56, tooltip=QT_TRANSLATE_NOOP("manager.columns", "CPU usage (running qubes)")),
    Column("memory", QT_TRANSLATE_NOOP("manager.columns", "Memory"), ("stats", "state"), text=_mem_text,
           sort=lambda r, m: _memory_kb(r) or 0, width=80,
           tooltip=QT_TRANSLATE_NOOP("manager.columns", "Memory assigned (running qubes)")),
    Column("tags", QT_TRANSLATE_NOOP("manager.columns", "Tags"), ("tags",), text=_tags_text, width=110),
    Column("notes", QT_TRANSLATE_NOOP("manager.columns", "Notes"), ("notes",), width=44,
           sort=lambda r, m: not r.has_notes,
           tooltip=QT_TRANSLATE_NOOP("manager.columns", "The qube has notes")),
)

COLUMN_INDEX = {col.key: i for i, col in enumerate(COLUMNS)}


def columns_for(what: str) -> list[int]:
    """Column indexes a mirror change named ``what`` touches."""
    if what == "*":
        # Everything but the name, which never changes: sorted by name, a
        # reload then needs no re-sort.
        return [i for i, c in enumerate(COLUMNS) if c.key != "name"]
    if what == "feature:*":
        return [i for i, c in enumerate(COLUMNS)
                if any(d.startswith("feature:") for d in c.depends)]
    return [i for i, c in enumerate(COLUMNS)
            if what in c.depends or (what.startswith("feature:")
                                     and "feature:*" in c.depends)]
