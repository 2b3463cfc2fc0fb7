"""Bulk-read extensions (not upstream; docs/DESIGN.md): all features and
all tags of every qube in one call.  Hidden by ``--upstream-only``."""

from __future__ import annotations

from ...admin import wire
from ..registry import DOM0, Call, method


@method("admin.vm.feature.GetAllQubes", dest=DOM0, ext=True)
def features_all(call: Call) -> str:
    """Lines ``<qube> <feature> <value>``, value escaped as in GetAll."""
    return "".join(
        f"{qube.name} {name} {wire.escape_getall(value)}\n"
        for qube in call.system.sorted_qubes()
        for name, value in sorted(qube.features.items()))


@method("admin.vm.tag.GetAllQubes", dest=DOM0, ext=True)
def tags_all(call: Call) -> str:
    """Lines ``<qube> <tag>``."""
    return "".join(f"{qube.name} {tag}\n"
                   for qube in call.system.sorted_qubes()
                   for tag in sorted(qube.tags))
