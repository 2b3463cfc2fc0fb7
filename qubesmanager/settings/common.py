"""Small helpers shared by the settings tabs: defaults, sizes, volume reads."""

from __future__ import annotations

import humanize
from PyQt5.QtCore import QCoreApplication

from qubesmanager.admin import wire
from qubesmanager.widgets.qube_combo import DEFAULT, NONE

MIB = 1024 * 1024


def tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


def size_text(nbytes: int | None) -> str:
    """Humanized size (binary units, as disk sizes are allocated)."""
    if nbytes is None:
        return tr("unknown")
    return humanize.naturalsize(nbytes, binary=True)


def vm_value(record, prop: str) -> str | None:
    """A ``vm`` property as a combo value: DEFAULT, NONE or a qube name."""
    if prop not in record.props:
        return None
    if record.is_default(prop):
        return DEFAULT
    return record.value(prop) or NONE


def global_default(mirror, record, prop: str) -> str | None:
    """What "default" means for ``prop`` on this qube, from the mirror.

    When the qube uses its default we show the resolved value it reports;
    otherwise we derive it from the global property, as qubesd does.
    """
    if record.is_default(prop):
        return record.value(prop)
    if prop == "netvm":
        if record.klass == "TemplateVM":
            return None
        pv = mirror.globals.get("default_netvm")
    elif prop == "default_dispvm":
        if record.klass == "DispVM":
            return record.value("template")
        pv = mirror.globals.get("default_dispvm")
    elif prop == "kernel":
        pv = mirror.globals.get("default_kernel")
    else:
        return None
    return (pv.text or None) if pv is not None else None


def feature_with_template(mirror, name: str | None, feature: str) -> str | None:
    """A feature from the qube, else along its template chain (as
    ``admin.vm.feature.CheckWithTemplate`` answers), read from the mirror."""
    seen = set()
    while name and name not in seen:
        seen.add(name)
        rec = mirror.get(name)
        if rec is None:
            return None
        if feature in rec.features:
            return rec.features[feature]
        name = rec.value("template")
    return None


def volume_info(app, qube: str, volume: str) -> dict[str, str]:
    """``admin.vm.volume.Info`` as a dict (one Admin API call)."""
    raw = app.qubesd_call(qube, "admin.vm.volume.Info", volume)
    return wire.parse_key_values(raw.decode("utf-8", "replace"))


def volume_list(app, qube: str) -> list[str]:
    raw = app.qubesd_call(qube, "admin.vm.volume.List")
    return wire.parse_lines(raw.decode("utf-8", "replace"))


def error_text(exc: BaseException) -> str:
    """The daemon's message, readable (class name only when there is no text)."""
    text = str(exc).strip()
    if isinstance(exc, KeyError) and text.startswith("'") and text.endswith("'"):
        text = text[1:-1]
    return text or type(exc).__name__
