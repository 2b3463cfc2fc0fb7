"""Reading and changing properties of qubes and of the system.

Set and Reset fire upstream's event sequences (admin-api.md 4.4) and then
the derived-default invalidations: every default-valued property whose
computed value changed because of the write gets ``property-reset:<P>``
on its holder, so clients that cache values stay exact.
"""

from __future__ import annotations

from typing import Any, Union

from ..admin import wire
from . import errors
from .errors import QubesPropertyValueError
from .model import Qube, System
from .props import Prop, cannot_set, decode_payload, parse_value, to_text

Holder = Union[Qube, System]

#: Name used for the system in messages ("... of Qubes").
SYSTEM_NAME = "Qubes"


def _schema(holder: Holder) -> dict[str, Prop]:
    return holder.schema if isinstance(holder, Qube) else holder.global_schema


def _holder_name(holder: Holder) -> str:
    return holder.name if isinstance(holder, Qube) else SYSTEM_NAME


def _class_name(holder: Holder) -> str:
    return holder.klass if isinstance(holder, Qube) else SYSTEM_NAME


def _get(holder: Holder, name: str) -> tuple[bool, Any]:
    if isinstance(holder, Qube):
        return holder.get(name)
    return holder.global_get(name)


def lookup(holder: Holder, name: str) -> Prop:
    try:
        return _schema(holder)[name]
    except KeyError:
        raise errors.NoSuchProperty(name, _holder_name(holder)) from None


def get_text(holder: Holder, name: str) -> str:
    """The ``…property.Get`` answer."""
    prop = lookup(holder, name)
    is_default, value = _get(holder, name)
    return wire.encode_property(is_default, prop.type,
                                to_text(prop.type, value))


def default_text(holder: Holder, name: str) -> str:
    """The ``…property.GetDefault`` answer ('' when there is no default)."""
    prop = lookup(holder, name)
    if prop.default is None:
        return ""
    value = prop.default(holder)
    return wire.encode_property_default(prop.type, to_text(prop.type, value))


def getall_text(holder: Holder) -> str:
    """The ``…property.GetAll`` answer, cached until the next change."""
    system = holder.system
    cached = holder.getall_cache
    if cached is not None and cached[0] == system.gen:
        return cached[1]
    lines = []
    for name, prop in _schema(holder).items():
        is_default, value = _get(holder, name)
        lines.append((name, is_default, prop.type, to_text(prop.type, value)))
    text = wire.encode_getall(lines)
    holder.getall_cache = (system.gen, text)
    return text


# -- derived-default invalidation ----------------------------------------------

def _affected(holder: Holder) -> list[Qube]:
    system = holder.system
    if isinstance(holder, Qube):
        return system.dependents(holder)
    return list(system.qubes.values())


def _snapshot(system: System, qubes: list[Qube], with_globals: bool
              ) -> dict[tuple[str, str], Any]:
    snap = {}
    for qube in qubes:
        for name in qube.schema:
            is_default, value = qube.get(name)
            if is_default:
                snap[(qube.name, name)] = value
    if with_globals:
        for name in system.global_schema:
            is_default, value = system.global_get(name)
            if is_default:
                snap[("", name)] = value
    return snap


class DerivedResets:
    """Context: fire property-reset for default values a change altered.

    ``skip`` is the (holder name, property) that the caller reports itself.
    """

    def __init__(self, holder: Holder, skip: tuple[str, str] | None = None,
                 extra: list[Qube] | None = None) -> None:
        self.system = holder.system
        self.holder = holder
        self.skip = skip
        self.qubes = _affected(holder) + list(extra or [])
        self.with_globals = not isinstance(holder, Qube)
        self.before: dict = {}

    def __enter__(self) -> "DerivedResets":
        self.before = _snapshot(self.system, self.qubes, self.with_globals)
        return self

    def __exit__(self, exc_type, *exc: object) -> None:
        if exc_type is not None:
            return
        system = self.system
        qubes = [q for q in self.qubes if system.qubes.get(q.name) is q]
        if isinstance(self.holder, Qube) and self.holder.name in system.qubes:
            # the change may have made new qubes depend on this one
            known = {q.name for q in qubes}
            qubes += [q for q in system.dependents(self.holder)
                      if q.name not in known]
        for (qname, pname), old in self.before.items():
            if (qname, pname) == self.skip:
                continue
            if qname:
                qube = system.qubes.get(qname)
                if qube is None or qube not in qubes:
                    continue
                is_default, new = qube.get(pname)
                subject: Any = qube
            else:
                is_default, new = system.global_get(pname)
                subject = None
            if is_default and new != old:
                system.fire(subject, f"property-reset:{pname}", name=pname,
                            oldvalue=old)


# -- writes ----------------------------------------------------------------------

def set_value(holder: Holder, name: str, payload: bytes) -> None:
    """``…property.Set``: validate, store, fire events, save."""
    prop = lookup(holder, name)
    text = decode_payload(payload)
    value = parse_value(prop, text)
    if prop.ro:
        raise cannot_set(prop, _class_name(holder))
    stored = holder.props if isinstance(holder, Qube) else holder.globals
    if prop.write_once and stored.get(name) is not None:
        # Upstream's write-once check raises a plain AttributeError and
        # qubesd drops the connection: the real client maps that empty
        # response to an AttributeError, which qvm-clone relies on to skip
        # `dispid` (docs/conformance.md).  So no exception frame here.
        raise AttributeError(
            f"property {name!r} is write-once and already set")
    if prop.check is not None:
        value = prop.check(holder, prop, value)
    if name == "netvm" and isinstance(holder, Qube):
        _check_netvm_running(holder, value)
    store(holder, name, value)


def _check_netvm_running(qube: Qube, value: Any) -> None:
    target = qube.system.qubes.get(value) if value else None
    if target is not None and qube.is_active() and not target.is_active():
        raise errors.QubesdError(
            "QubesVMNotStartedError",
            f"Cannot dynamically attach to stopped NetVM: '{value}'")


def store(holder: Holder, name: str, value: Any) -> None:
    """Store an already validated value, with events and derived resets."""
    system = holder.system
    subject = holder if isinstance(holder, Qube) else None
    stored = holder.props if isinstance(holder, Qube) else holder.globals
    old = _get(holder, name)[1]
    system.fire(subject, f"property-pre-set:{name}", name=name,
                newvalue=value, oldvalue=old)
    with DerivedResets(holder, skip=(_skip_name(holder), name)):
        stored[name] = value
        system.changed(subject)
        system.fire(subject, f"property-set:{name}", name=name,
                    newvalue=value, oldvalue=old)


def _skip_name(holder: Holder) -> str:
    return holder.name if isinstance(holder, Qube) else ""


def reset_value(holder: Holder, name: str) -> None:
    """``…property.Reset``: back to the default, with events and save."""
    prop = lookup(holder, name)
    if prop.ro:
        return  # harmless no-op, as upstream
    if name == "template" and isinstance(holder, Qube):
        raise errors.QubesValueError(
            f"Cannot unset template of {holder.name}")
    if prop.write_once or prop.default is None:
        raise QubesPropertyValueError(
            f"property '{name}' of {_holder_name(holder)} has no default "
            f"and cannot be reset")
    if prop.check is not None and name == "provides_network":
        prop.check(holder, prop, prop.default(holder))
    system = holder.system
    subject = holder if isinstance(holder, Qube) else None
    stored = holder.props if isinstance(holder, Qube) else holder.globals
    old = _get(holder, name)[1]
    system.fire(subject, f"property-pre-reset:{name}", name=name,
                oldvalue=old)
    system.fire(subject, f"property-pre-del:{name}", name=name, oldvalue=old)
    with DerivedResets(holder, skip=(_skip_name(holder), name)):
        stored.pop(name, None)
        system.changed(subject)
        system.fire(subject, f"property-reset:{name}", name=name,
                    oldvalue=old)
        system.fire(subject, f"property-del:{name}", name=name, oldvalue=old)


def help_text(holder: Holder, name: str) -> str:
    return lookup(holder, name).help
