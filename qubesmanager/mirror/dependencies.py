"""Who refers to a qube: read from the mirror, no Admin API call.

The daemon refuses to remove a qube that any property still names
(``QubesVMInUseError``); remove, shutdown and the template manager show
this list first so the user can fix it.
"""

from __future__ import annotations


def dependents(mirror, name: str) -> list[tuple[str, str]]:
    """Every ``(holder, property)`` whose value is the qube ``name``.

    ``holder`` is a qube name, or ``""`` for a global property.  Per-qube
    properties left at their default are skipped: they follow a global or
    template value that is listed itself.
    """
    result: list[tuple[str, str]] = []
    for prop, pv in sorted(mirror.globals.items()):
        if pv.type == "vm" and pv.text == name:
            result.append(("", prop))
    for holder, rec in mirror.qubes.items():
        if holder == name:
            continue
        for prop, pv in sorted(rec.props.items()):
            if pv.type == "vm" and pv.text == name and not pv.is_default:
                result.append((holder, prop))
    return result


def running_clients(mirror, name: str) -> list[str]:
    """Running qubes that use ``name`` as their net qube (shutting it down
    needs them stopped or ``force``)."""
    return [holder for holder, rec in mirror.qubes.items()
            if holder != name and rec.netvm == name and rec.is_running]


def running_dependents_recursive(mirror, name: str) -> list[str]:
    """Running qubes connected to ``name`` directly or through other net
    qubes, deepest first (the order to shut them down in)."""
    order: list[str] = []
    seen = {name}

    def visit(qube: str) -> None:
        for client in running_clients(mirror, qube):
            if client not in seen:
                seen.add(client)
                visit(client)
                order.append(client)

    visit(name)
    return order
