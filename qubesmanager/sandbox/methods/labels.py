"""``admin.label.*``: the coloured labels (dest dom0)."""

from __future__ import annotations

import re

from ...admin import wire
from .. import errors
from ..errors import ProtocolError, QubesdError
from ..model import Label
from ..registry import DOM0, REQUIRED, Call, method

_NAME = re.compile(r"[A-Za-z0-9_.-]+\Z")
_COLOUR = re.compile(r"0x[0-9a-fA-F]{6}\Z")

#: Labels 1-8 are the defaults and cannot be removed.
DEFAULT_MAX_INDEX = 8


def _find(call: Call) -> Label:
    label = call.system.find_label(call.arg)
    if label is None:
        raise errors.LabelNotFound(call.arg)
    return label


@method("admin.label.List", dest=DOM0)
def label_list(call: Call) -> str:
    ordered = sorted(call.system.labels.values(), key=lambda lb: lb.index)
    return wire.encode_lines(lb.name for lb in ordered)


@method("admin.label.Get", dest=DOM0, arg=REQUIRED)
def label_get(call: Call) -> str:
    return _find(call).color_text


@method("admin.label.Index", dest=DOM0, arg=REQUIRED)
def label_index(call: Call) -> str:
    return str(_find(call).index)


@method("admin.label.Create", dest=DOM0, arg=REQUIRED, payload=REQUIRED)
def label_create(call: Call) -> None:
    name = call.arg
    if not _NAME.match(name) or name.isdigit():
        raise QubesdError("QubesInvalidLabelError",
                          "label name contains illegal characters")
    if name in call.system.labels:
        raise QubesdError("QubesLabelInUseError",
                          f"label {name} already exists")
    try:
        colour = call.payload.decode("ascii").strip()
    except UnicodeDecodeError:
        colour = ""
    if len(colour) != 8 or not _COLOUR.match(colour):
        raise QubesdError("QubesInvalidLabelValueError",
                          "label color must be in 0xRRGGBB format")
    index = max([DEFAULT_MAX_INDEX] + [lb.index for lb in
                                       call.system.labels.values()]) + 1
    call.system.labels[name] = Label(index, name, int(colour, 16))
    call.system.changed()


@method("admin.label.Remove", dest=DOM0, arg=REQUIRED)
def label_remove(call: Call) -> None:
    label = _find(call)
    if label.index <= DEFAULT_MAX_INDEX:
        raise ProtocolError("Can only remove custom labels")
    users = [q.name for q in call.system.qubes.values()
             if q.value("label") == label.name]
    if users:
        raise QubesdError("QubesLabelInUseError",
                          f"Label is still in use: {', '.join(users)}")
    del call.system.labels[label.name]
    call.system.changed()
