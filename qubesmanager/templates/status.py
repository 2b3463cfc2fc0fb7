"""Facts the template manager shows, computed from the mirror alone.

Which qubes use which template, and a template's health from its features:
``updates-available`` (set by the update check in the template),
``skip-update`` (excluded from updates), ``os-eol`` (``YYYY-MM-DD``, set
by the template package).  These are the feature names upstream's tools
read (research/manager-features.md §1.3, §5.2).  No Admin API call here.
"""

from __future__ import annotations

import datetime

from PyQt5.QtCore import QCoreApplication

#: Classes whose ``template`` the manager may change.  DispVMs are left out:
#: their template is a disposable template, fixed at creation.
CHANGEABLE = ("AppVM",)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateManagerWindow", text)


def templates(mirror) -> list[str]:
    """Every TemplateVM, by name."""
    return sorted(n for n, r in mirror.qubes.items() if r.klass == "TemplateVM")


def users_by_template(mirror) -> dict[str, list[str]]:
    """Template name -> names of the qubes whose template it is (sorted).

    Every template appears, also with no users (so it can be removed).
    """
    result: dict[str, list[str]] = {name: [] for name in templates(mirror)}
    for name, rec in mirror.qubes.items():
        if rec.klass in CHANGEABLE:
            tpl = rec.template
            if tpl:
                result.setdefault(tpl, []).append(name)
    for names in result.values():
        names.sort()
    return result


def eol_date(rec) -> datetime.date | None:
    """The template's end-of-life date from feature ``os-eol``, if valid."""
    raw = rec.features.get("os-eol") if rec is not None else None
    if not raw:
        return None
    try:
        return datetime.date.fromisoformat(raw.strip())
    except ValueError:
        return None


def template_status(rec, today: datetime.date | None = None) -> tuple[str, str, str | None]:
    """(short text, tooltip, badge name or None) for a template row."""
    today = today or datetime.date.today()
    parts: list[str] = []
    tips: list[str] = []
    badge = None
    eol = eol_date(rec)
    if eol is not None and eol <= today:
        parts.append(_tr("end of life"))
        tips.append(_tr("No more updates since {date}: install a newer "
                        "template and move its qubes there.").format(date=eol.isoformat()))
        badge = "eol"
    elif eol is not None:
        tips.append(_tr("Supported until {date}.").format(date=eol.isoformat()))
    if rec.feature_on("updates-available"):
        parts.append(_tr("updates available"))
        tips.append(_tr("The template reported updates; run the updater."))
        badge = badge or "updates"
    if rec.feature_on("skip-update"):
        parts.append(_tr("updates skipped"))
        tips.append(_tr("Feature skip-update: the updater leaves this template out."))
        badge = badge or "skipped"
    if not parts:
        parts.append(_tr("up to date"))
    return ", ".join(parts), "\n".join(tips), badge


def user_status(mirror, rec) -> tuple[str, str]:
    """(short text, tooltip) for a qube row."""
    parts: list[str] = []
    tips: list[str] = []
    if rec.is_disposable_template:
        parts.append(_tr("disposable template"))
    tpl = mirror.get(rec.template or "")
    if rec.is_running and tpl is not None and tpl.is_running:
        parts.append(_tr("restart after the template halts"))
        tips.append(_tr("Changes made in the running template reach this qube "
                        "only when both were restarted."))
    return ", ".join(parts), "\n".join(tips)


def disk_text(rec) -> tuple[str, str]:
    """(usage text, tooltip with each volume) from the mirror's disk pass."""
    import humanize
    if rec is None or rec.disk is None:
        return _tr("…"), _tr("Disk usage not read yet")
    used = rec.disk_usage or 0
    tips = [f"{vol}: {humanize.naturalsize(usage, binary=True)} / "
            f"{humanize.naturalsize(size, binary=True)}"
            for vol, (size, usage) in sorted(rec.disk.items()) if vol != "kernel"]
    return humanize.naturalsize(used, binary=True), "\n".join(tips)
