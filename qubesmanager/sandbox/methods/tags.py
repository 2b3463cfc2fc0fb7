"""``admin.vm.tag.*``: per-qube tags."""

from __future__ import annotations

import re

from ...admin import wire
from ..errors import PermissionDenied, QubesdError
from ..model import Qube
from ..registry import REQUIRED, Call, method

_TAG = re.compile(r"[A-Za-z0-9_-]+\Z")


def validate_tag(tag: str) -> None:
    """QubesInvalidTagError (a ProtocolError subclass upstream)."""
    if not tag:
        raise QubesdError("QubesInvalidTagError", "tag cannot be empty")
    if not _TAG.match(tag):
        raise QubesdError("QubesInvalidTagError", "disallowed characters")


def _guard_created_by(call: Call) -> None:
    if call.arg.startswith("created-by-") and call.source.klass != "AdminVM":
        raise PermissionDenied(
            "changing created-by-* tags is allowed only from dom0")


@method("admin.vm.tag.List")
def tag_list(call: Call) -> str:
    return wire.encode_lines(sorted(call.dest.tags))


@method("admin.vm.tag.Get", arg=REQUIRED)
def tag_get(call: Call) -> str:
    validate_tag(call.arg)
    return "1" if call.arg in call.dest.tags else "0"


@method("admin.vm.tag.Set", arg=REQUIRED)
def tag_set(call: Call) -> None:
    validate_tag(call.arg)
    _guard_created_by(call)
    add_tag(call.dest, call.arg)


def add_tag(qube: Qube, tag: str) -> None:
    if tag in qube.tags:
        return  # adding an existing tag is a no-op, as upstream
    qube.tags[tag] = None
    qube.system.changed(qube)
    qube.system.fire(qube, f"domain-tag-add:{tag}", tag=tag)


@method("admin.vm.tag.Remove", arg=REQUIRED)
def tag_remove(call: Call) -> None:
    validate_tag(call.arg)
    _guard_created_by(call)
    qube, tag = call.dest, call.arg
    if tag not in qube.tags:
        raise QubesdError("QubesTagNotFoundError",
                          f"Tag not set for domain {qube.name}: {tag}")
    del qube.tags[tag]
    qube.system.changed(qube)
    qube.system.fire(qube, f"domain-tag-delete:{tag}", tag=tag)
