"""Create.<Class>, CreateInPool.<Class>, CreateDisposable, Remove."""

from __future__ import annotations

import re

from ...common import names
from .. import errors, power
from ..creation import create_qube, free_dispid, remove_qube
from ..errors import PermissionDenied, ProtocolError, QubesdError
from ..qubeprops import CLASSES
from ..registry import DOM0, OPTIONAL, REQUIRED, Call, method, no_such_method
from .tags import add_tag

VOLUMES = ("root", "private", "volatile", "kernel")
_LABEL = re.compile(r"[A-Za-z0-9_.-]+\Z")


def _parse_options(call: Call, allow_pool: bool) -> dict[str, str]:
    """The ``key=value`` payload, checked in upstream's order."""
    text = call.payload_ascii("Parameters")
    options: dict[str, str] = {}
    for token in text.split(" "):
        key, sep, value = token.partition("=")
        if not sep:
            raise ProtocolError("Parameters must be key=value pairs")
        if key in options:
            raise ProtocolError("Options must be unique")
        if key.startswith("pool") and not allow_pool:
            raise ProtocolError(
                "Pool option specified but 'allow_pool' is False")
        if key not in ("name", "label", "pool") and \
                not key.startswith("pool:"):
            raise ProtocolError(
                "Options does not match: name, label, pool, pool:")
        if key.startswith("pool:") and key[5:] not in VOLUMES:
            raise ProtocolError(
                "Volume must be one of: root, private, volatile, kernel")
        options[key] = value
    if "pool" in options and any(k.startswith("pool:") for k in options):
        raise ProtocolError(
            "Conflicting options specified: 'pool=', 'pool:volume='")
    return options


def _create(call: Call, allow_pool: bool) -> None:
    klass = call.params["cls"]
    if klass not in CLASSES:
        raise no_such_method(call.method)
    if klass == "AdminVM":
        raise PermissionDenied("AdminVM cannot be created")
    options = _parse_options(call, allow_pool)
    name = options.get("name")
    if name is not None:
        err = names.name_error(name)
        if err:
            raise errors.QubesValueError(err)
    label = options.get("label")
    if label is not None:
        if not _LABEL.match(label):
            raise QubesdError("QubesInvalidLabelError",
                              "label name contains illegal characters")
        if call.system.find_label(label) is None:
            label = None  # upstream quirk: unknown label = missing key
    for key, value in (("name", name), ("label", label)):
        if value is None:
            raise ProtocolError(f"Creation requested without key: {key}")
    pools = {}
    if "pool" in options:
        pools["*"] = options["pool"]
    pools.update({k[5:]: v for k, v in options.items()
                  if k.startswith("pool:")})
    create_qube(call.system, klass, name, label,
                template=call.arg or None, pools=pools,
                creator=call.source.name)


@method("admin.vm.Create.{cls}", dest=DOM0, arg=OPTIONAL, payload=REQUIRED)
def vm_create(call: Call) -> None:
    _create(call, allow_pool=False)


@method("admin.vm.CreateInPool.{cls}", dest=DOM0, arg=OPTIONAL,
        payload=REQUIRED)
def vm_create_in_pool(call: Call) -> None:
    _create(call, allow_pool=True)


@method("admin.vm.CreateDisposable", arg=OPTIONAL, payload=OPTIONAL)
async def vm_create_disposable(call: Call) -> str:
    if call.arg not in ("", "preload"):
        raise PermissionDenied("Argument not in 'preload'")
    if call.payload not in (b"", b"uuid"):
        raise ProtocolError("Payload must be empty or 'uuid'")
    system = call.system
    if call.dest.klass == "AdminVM":
        template_name = call.source.value("default_dispvm")
        if template_name is None:
            raise errors.QubesException(
                "No default disposable template set for "
                f"{call.source.name}")
        template = system.qubes[template_name]
    else:
        template = call.dest
    if not template.value("template_for_dispvms"):
        raise errors.QubesException(
            "Refusing to create disposable out of app qube which has "
            "template_for_dispvms=False")
    creator = call.source.name
    qube = None if call.arg == "preload" else _take_preloaded(template)
    if qube is None:
        dispid = free_dispid(system)
        qube = create_qube(system, "DispVM", f"disp{dispid}",
                           template.value("label"), template=template.name,
                           creator=creator,
                           props={"dispid": dispid, "auto_cleanup": True})
        add_tag(qube, f"disp-created-by-{creator}")
    if call.arg == "preload":
        qube.runtime["preload"] = True
        await power.start(qube)
        return ""
    if call.payload == b"uuid":
        return f"uuid:{qube.uuid}"
    return qube.name


def _take_preloaded(template):
    """Hand out a running preloaded disposable of ``template``, if any
    (upstream does so instead of creating a new one)."""
    for qube in template.system.qubes.values():
        if qube.runtime.get("preload") and qube.is_running() \
                and qube.props.get("template") == template.name:
            del qube.runtime["preload"]
            qube.system.touch()
            qube.system.fire(qube, "property-reset:is_preload",
                             name="is_preload")
            return qube
    return None


@method("admin.vm.Remove")
def vm_remove(call: Call) -> None:
    remove_qube(call.system, call.dest)
