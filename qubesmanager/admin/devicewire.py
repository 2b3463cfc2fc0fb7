"""The device text formats of admin-api.md section 9, written once.

Used by the client (:mod:`qubesmanager.admin.devices`) and by the sandbox
(:mod:`qubesmanager.sandbox.devices_model`), so both sides agree byte for
byte:

* property items ``key='value'`` joined by spaces, where only ``'`` is
  escaped (as ``\\'``) — upstream escapes nothing else, so a backslash is
  sent as it is and read back as it is (9.2);
* the qrexec-argument form of a device ("qarg", 9.1) and its inverse;
* the text forms ``backend:port`` and ``backend:port:device`` that events
  and listings carry.

Malformed input raises :class:`DeviceWireError` (a ``ValueError``); each
side turns it into its own error (the client: the daemon sent garbage; the
sandbox: a ``ProtocolError`` frame).
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping

#: Characters of a property name (upstream's ALLOWED_CHARS_KEY).
_KEY_CHARS = re.compile(r"[A-Za-z0-9!#$%&()*+,\-./:;<>?@\[\\\]^_{|}~]+")
#: Characters of a property value: printable ASCII, space included.
_VALUE_CHARS = re.compile(r"[\x20-\x7e]*")
#: What a qrexec argument may hold (qubes-core-qrexec's safe set).
_QARG_CHARS = re.compile(r"[A-Za-z0-9_.+-]+")

#: The device id of an unknown device, and its qarg spelling.
UNKNOWN_INTERFACE = "?******"
_UNKNOWN_QARG = "_______"
#: "Any port" / "any device".
ANY = "*"


class DeviceWireError(ValueError):
    """Text that is not in the section-9 format."""


# ---------------------------------------------------------- properties


def quote(value: object) -> str:
    """``'value'`` with inner ``'`` escaped as ``\\'`` (nothing else)."""
    return "'" + str(value).replace("'", "\\'") + "'"


def serialize(items: Mapping[str, object] | Iterable[tuple[str, object]]
              ) -> str:
    """``key='value'`` items joined by single spaces; ``None`` values are
    left out (upstream omits unset properties)."""
    pairs = items.items() if isinstance(items, Mapping) else items
    return " ".join(f"{key}={quote(value)}" for key, value in pairs
                    if value is not None)


def parse_properties(text: str) -> dict[str, str]:
    """``key='value' …`` -> dict.

    Values may contain spaces and escaped quotes, so the split is on the
    ``='`` / ``' `` boundaries, never on plain spaces; ``\\'`` is the only
    escape.  Names and values must use upstream's character sets, and a
    name may appear once.
    """
    result: dict[str, str] = {}
    pos, end = 0, len(text)
    while pos < end:
        if text[pos] == " ":       # a lone extra space is allowed
            pos += 1
            continue
        eq = text.find("='", pos)
        if eq < 0:
            raise DeviceWireError("Invalid device properties")
        key = text[pos:eq]
        if not _KEY_CHARS.fullmatch(key):
            raise DeviceWireError("Invalid device property name")
        value, pos = [], eq + 2
        while True:
            if pos >= end:
                raise DeviceWireError("Unterminated device property value")
            char = text[pos]
            if char == "\\" and text[pos + 1:pos + 2] == "'":
                value.append("'")
                pos += 2
            elif char == "'":
                pos += 1
                break
            else:
                value.append(char)
                pos += 1
        if pos < end and text[pos] != " ":
            raise DeviceWireError("Invalid device properties")
        text_value = "".join(value)
        if not _VALUE_CHARS.fullmatch(text_value):
            raise DeviceWireError("Invalid characters in device property")
        if key in result:
            raise DeviceWireError(f"Duplicate device property: {key}")
        result[key] = text_value
    return result


def split_options(props: Mapping[str, str]) -> dict[str, str]:
    """The ``_key`` items (free-form options / extra data), without ``_``."""
    return {key[1:]: value for key, value in props.items()
            if key.startswith("_")}


# ------------------------------------------------------------ identifiers


def qarg(backend: str, port_id: str, device_id: str = ANY) -> str:
    """``backend+port+device`` with ``:``→``+``, ``*``→``_`` and the
    unknown interface ``?******``→``_______`` (9.1)."""
    port = "_" if port_id == ANY else port_id
    dev = (device_id or ANY).replace(UNKNOWN_INTERFACE, _UNKNOWN_QARG)
    dev = dev.replace(":", "+").replace(ANY, "_")
    return f"{backend}+{port}+{dev}"


def parse_qarg(arg: str) -> tuple[str, str, str]:
    """Inverse of :func:`qarg`: -> (backend, port_id, device_id)."""
    if not _QARG_CHARS.fullmatch(arg or ""):
        raise DeviceWireError("Invalid device identifier")
    backend, sep1, rest = arg.partition("+")
    port, sep2, device = rest.partition("+")
    if not (sep1 and sep2) or not backend or not port or not device:
        raise DeviceWireError("Invalid device identifier")
    if port == "_":
        port = ANY
    device = device.replace("+", ":")
    if device == "_":
        device = ANY
    else:
        device = device.replace(_UNKNOWN_QARG, UNKNOWN_INTERFACE)
        device = device.replace("_", ANY)
    return backend, port, device


def port_text(backend: str, port_id: str) -> str:
    """``backend:port`` (the ``port`` argument of device events)."""
    return f"{backend}:{port_id}"


def device_text(backend: str, port_id: str, device_id: str) -> str:
    """``backend:port:device`` (the ``device`` argument of device events)."""
    return f"{backend}:{port_id}:{device_id}"


def available_ident(port_id: str, device_id: str) -> str:
    """First field of an ``Available`` line (9.3)."""
    return f"{port_id}:{device_id}"


def parse_available_ident(ident: str) -> tuple[str, str]:
    """``port:device`` -> (port_id, device_id); port ids hold no ``:``."""
    port_id, _, device_id = ident.partition(":")
    return port_id, device_id


def assigned_ident(backend: str, port_id: str, device_id: str) -> str:
    """First field of an ``Assigned``/``Attached`` line (9.4); also the
    filter argument without the device part."""
    return f"{backend}+{port_id}:{device_id}"


def parse_assigned_ident(ident: str) -> tuple[str, str, str]:
    """``backend+port:device`` -> (backend, port_id, device_id)."""
    backend, _, port_dev = ident.partition("+")
    port_id, _, device_id = port_dev.partition(":")
    return backend, port_id, device_id


def split_line(line: str) -> tuple[str, dict[str, str]]:
    """One listing line -> (its identifier field, its properties)."""
    ident, _, rest = line.partition(" ")
    return ident, parse_properties(rest)
