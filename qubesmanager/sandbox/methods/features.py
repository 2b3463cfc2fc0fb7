"""``admin.vm.feature.*``: per-qube key/value features."""

from __future__ import annotations

import contextlib
import re
from typing import Callable

from ...admin import wire
from ..errors import PermissionDenied, ProtocolError, QubesdError, safe
from ..model import Qube
from ..propops import DerivedResets
from ..registry import OPTIONAL, REQUIRED, Call, method

_NAME = re.compile(r"[A-Za-z0-9_.-]+\Z")

#: Set/Remove refused by upstream's policy hooks, even for dom0.
PROHIBITED = frozenset({"deferred-netvm-original", "preload-dispvm",
                        "preload-dispvm-completed",
                        "preload-dispvm-in-progress"})

#: Features that computed property values depend on (icon, maxmem, ip6…).
AFFECTS_PROPERTIES = frozenset({"servicevm", "os", "ipv6", "net.fake-ip",
                                "net.fake-gateway", "net.fake-netmask"})


def not_found(qube: Qube, feature: str) -> QubesdError:
    return QubesdError("QubesFeatureNotFoundError",
                       f"Feature not set for domain {qube.name}: "
                       f"{safe(feature)}")


@method("admin.vm.feature.List")
def feature_list(call: Call) -> str:
    return wire.encode_lines(sorted(call.dest.features))


@method("admin.vm.feature.Get", arg=REQUIRED)
def feature_get(call: Call) -> str:
    try:
        return call.dest.features[call.arg]
    except KeyError:
        raise not_found(call.dest, call.arg) from None


def _check(name: str, chain: Callable[[Qube], list]) -> None:
    @method(f"admin.vm.feature.{name}", arg=REQUIRED)
    def handler(call: Call) -> str:
        for qube in [call.dest, *chain(call.dest)]:
            if call.arg in qube.features:
                return qube.features[call.arg]
        raise not_found(call.dest, call.arg)
    handler.__name__ = f"feature_{name}"


_check("CheckWithTemplate", lambda q: list(q.chain("template")))
_check("CheckWithNetvm", lambda q: list(q.chain("netvm")))
_check("CheckWithAdminVM", lambda q: [q.system.dom0])
_check("CheckWithTemplateAndAdminVM",
       lambda q: [*q.chain("template"), q.system.dom0])


def _validate_name(name: str) -> None:
    if not _NAME.match(name):
        raise ProtocolError("feature name contains illegal characters")
    if name in PROHIBITED:
        raise PermissionDenied(
            f"changing this feature is prohibited by policy: {name}")


@method("admin.vm.feature.Set", arg=REQUIRED, payload=OPTIONAL)
def feature_set(call: Call) -> None:
    name = call.arg
    _validate_name(name)
    try:
        value = call.payload.decode("ascii")
    except UnicodeDecodeError:
        raise ProtocolError(
            "Feature value contains non-ASCII characters") from None
    if any(not 0x20 <= ord(ch) <= 0x7E for ch in value):
        raise ProtocolError(f"{name} value contains illegal characters")
    set_feature(call.dest, name, value)


def _resets_if_needed(qube: Qube, name: str):
    """Context for a feature change: fires ``property-reset:*`` for the
    computed properties that depend on the feature (if any do)."""
    if name in AFFECTS_PROPERTIES:
        return DerivedResets(qube)
    return contextlib.nullcontext()


def set_feature(qube: Qube, name: str, value: str) -> None:
    """Store a feature with upstream's events (also used by other groups)."""
    system = qube.system
    old = qube.features.get(name)
    extra = {} if old is None else {"oldvalue": old}
    system.fire(qube, f"domain-feature-pre-set:{name}", feature=name,
                value=value, **extra)
    with _resets_if_needed(qube, name):
        qube.features[name] = value
        system.changed(qube)
    system.fire(qube, f"domain-feature-set:{name}", feature=name,
                value=value, **extra)


@method("admin.vm.feature.Remove", arg=REQUIRED)
def feature_remove(call: Call) -> None:
    qube, name = call.dest, call.arg
    if name in PROHIBITED:
        _validate_name(name)
    if name not in qube.features:
        raise not_found(qube, name)
    system = qube.system
    system.fire(qube, f"domain-feature-pre-delete:{name}", feature=name)
    with _resets_if_needed(qube, name):
        del qube.features[name]
        system.changed(qube)
    system.fire(qube, f"domain-feature-delete:{name}", feature=name)
