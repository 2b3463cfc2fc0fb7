"""The Admin API wire format, written once.

Both our client and the sandbox (the simulated qubesd) use this module, so
the byte layout of requests, responses, exception frames and events lives
only here.  The layout follows ../shared/admin-api.md sections 1.2-1.4 and
3.2-3.3.  Pure Python, no Qt, no I/O.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Iterable, Iterator, Mapping

#: A request (header + payload) longer than this is dropped by qubesd.
MAX_REQUEST = 65536

#: Response frame types (first byte, followed by NUL).
OK = b"0\0"
EVENT = b"1\0"
EXCEPTION = b"2\0"

#: Method names whose answer is an endless stream of event frames.
STREAM_METHODS = frozenset({"admin.Events", "admin.vm.Stats"})


class FramingError(ValueError):
    """The bytes do not form a valid request or response frame."""


# --------------------------------------------------------------------------
# Requests (client -> server)


@dataclasses.dataclass(frozen=True)
class Request:
    """One parsed request header plus its payload."""

    method: str
    arg: str
    source: str
    dest: str
    payload: bytes = b""

    @property
    def call(self) -> str:
        """``method+arg`` as a qrexec service name would read."""
        return f"{self.method}+{self.arg}"


def encode_request(method: str, dest: str = "dom0", arg: str = "",
                   payload: bytes | str = b"", source: str = "dom0") -> bytes:
    """Bytes a client writes before half-closing the connection.

    Like the upstream client we always write the ``+`` even for an empty
    argument.
    """
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    header = f"{method}+{arg} {source} name {dest}".encode("ascii")
    return header + b"\0" + payload


def parse_request(data: bytes) -> Request:
    """Parse what a client sent up to EOF; raise FramingError if malformed.

    Header fields are split at spaces into at most four; the method is split
    from its argument at the first ``+``.  ``keyword adminvm`` means dom0.
    """
    if len(data) > MAX_REQUEST:
        raise FramingError("request too large")
    header, sep, payload = data.partition(b"\0")
    if not sep:
        raise FramingError("no NUL after header")
    try:
        text = header.decode("ascii")
    except UnicodeDecodeError as err:
        raise FramingError("header is not ASCII") from err
    fields = text.split(" ", 3)
    if len(fields) != 4:
        raise FramingError("header needs four fields")
    call, source, dest_type, dest = fields
    if dest_type == "keyword" and dest == "adminvm":
        dest = "dom0"
    elif dest_type != "name":
        raise FramingError(f"bad destination type {dest_type!r}")
    method, _, arg = call.partition("+")
    if not method:
        raise FramingError("empty method")
    return Request(method=method, arg=arg, source=source, dest=dest,
                   payload=payload)


# --------------------------------------------------------------------------
# Responses (server -> client)


def encode_ok(value: bytes | str | None = None) -> bytes:
    """Success frame: ``0\\0`` followed by the raw return value."""
    if value is None:
        return OK
    if isinstance(value, str):
        value = value.encode("utf-8")
    return OK + value


def encode_exception(class_name: str, message: str,
                     traceback: str = "") -> bytes:
    """Exception frame; exactly one NUL after the message, nothing after."""
    return (EXCEPTION + class_name.encode("ascii") + b"\0"
            + traceback.encode("utf-8") + b"\0"
            + message.encode("utf-8") + b"\0")


def _event_text(value: object) -> bytes:
    """Event fields are ASCII on upstream; replace what cannot be encoded."""
    if value is None:
        text = "None"
    else:
        text = str(value)
    return text.encode("ascii", errors="replace")


def encode_event(subject: str, event: str,
                 kwargs: Mapping[str, object] | None = None) -> bytes:
    """One event frame; an empty key (extra NUL) terminates it."""
    parts = [EVENT, _event_text(subject or ""), b"\0", _event_text(event), b"\0"]
    for key, value in (kwargs or {}).items():
        parts += [_event_text(key), b"\0", _event_text(value), b"\0"]
    parts.append(b"\0")
    return b"".join(parts)


#: First frame of every event stream.
CONNECTION_ESTABLISHED = encode_event("", "connection-established")


@dataclasses.dataclass(frozen=True)
class RemoteError:
    """A decoded exception frame (class name as sent, message verbatim)."""

    class_name: str
    traceback: str
    message: str


def parse_response(data: bytes) -> bytes | RemoteError:
    """Decode a complete non-stream response.

    Returns the payload bytes for success, a RemoteError for an exception
    frame.  Raises FramingError for an empty or unknown response (the
    caller turns an empty response into QubesDaemonAccessError).
    """
    if not data:
        raise FramingError("empty response")
    head = data[:2]
    if head == OK:
        return data[2:]
    if head == EXCEPTION:
        pieces = data[2:].split(b"\0", 3)
        if len(pieces) < 3:
            raise FramingError("truncated exception frame")
        return RemoteError(
            class_name=pieces[0].decode("ascii", errors="replace"),
            traceback=pieces[1].decode("utf-8", errors="replace"),
            message=pieces[2].decode("utf-8", errors="replace"))
    raise FramingError(f"unknown response type {head!r}")


@dataclasses.dataclass(frozen=True)
class Event:
    """One decoded event: subject ('' for the system), name, keyword args."""

    subject: str
    name: str
    kwargs: dict[str, str]


class EventParser:
    """Incremental decoder for an event stream.

    Feed it whatever bytes arrived; it yields the events completed so far
    and keeps the remainder.  A first frame that is not an event raises
    FramingError (upstream: "Non-event received on events connection");
    an exception frame before the first event is returned as RemoteError
    through :meth:`error`.
    """

    def __init__(self) -> None:
        self._buf = b""
        #: Start of the unread part of ``_buf``.  Keeping an offset instead
        #: of slicing after every event keeps a round of 200 ``vm-stats``
        #: events in one read linear instead of quadratic in copies.
        self._pos = 0
        self.error: RemoteError | None = None

    def feed(self, data: bytes) -> Iterator[Event]:
        if self._pos:
            self._buf = self._buf[self._pos:]
            self._pos = 0
        self._buf += data
        while True:
            buf, pos = self._buf, self._pos
            if len(buf) - pos < 2:
                return
            head = buf[pos:pos + 2]
            if head == EXCEPTION:
                pieces = buf[pos + 2:].split(b"\0", 3)
                if len(pieces) < 4:
                    return
                self.error = RemoteError(
                    pieces[0].decode("ascii", "replace"),
                    pieces[1].decode("utf-8", "replace"),
                    pieces[2].decode("utf-8", "replace"))
                self._buf, self._pos = b"", 0
                return
            if head != EVENT:
                raise FramingError("Non-event received on events connection")
            # Fields after the type marker: subject, name, (key, value)*, ''.
            fields: list[bytes] = []
            pos += 2
            complete = False
            while True:
                end = buf.find(b"\0", pos)
                if end < 0:
                    break
                fields.append(buf[pos:end])
                pos = end + 1
                if len(fields) >= 3 and len(fields) % 2 == 1 and fields[-1] == b"":
                    complete = True
                    break
            if not complete:
                return
            self._pos = pos
            yield _event(fields)


#: Names that repeat across qubes and events, one copy each (see shared_name).
_NAMES: dict[str, str] = {}
#: Beyond this many distinct names something unusual is going on: stop
#: collecting instead of growing without bound.
_NAMES_MAX = 8192


def shared_name(text: str) -> str:
    """One shared copy of a name that repeats: property, feature, event and
    keyword names.  A 1,000-qube mirror would otherwise keep 50,000 copies
    of the same ~50 property names.  (A table of our own rather than
    ``sys.intern``: growing the interpreter's big table costs a resize of
    about 1 MiB.)"""
    shared = _NAMES.get(text)
    if shared is None:
        if len(_NAMES) >= _NAMES_MAX:
            return text
        shared = _NAMES.setdefault(text, text)
    return shared


def _event(fields: list[bytes]) -> Event:
    """An Event from its NUL-separated fields.  Event names and keyword
    names come from a small fixed set and end up as keys of long-lived
    dicts (a qube's stats): shared, they are stored once, not per event."""
    pairs = fields[2:-1]
    return Event(
        fields[0].decode("utf-8", "replace"),
        shared_name(fields[1].decode("utf-8", "replace")),
        {shared_name(pairs[i].decode("utf-8", "replace")):
         pairs[i + 1].decode("utf-8", "replace")
         for i in range(0, len(pairs) - 1, 2)})


# --------------------------------------------------------------------------
# Property values (section 3)

#: The only type names allowed on the wire.
PROPERTY_TYPES = ("str", "int", "bool", "vm", "label")


@dataclasses.dataclass(frozen=True, slots=True)
class PropertyValue:
    """A property as Get reports it: whether it is default, type, raw text."""

    is_default: bool
    type: str
    text: str


def encode_property(is_default: bool, ptype: str, text: str) -> str:
    """``default=<True|False> type=<type> <value>`` (one SP even if empty)."""
    return f"default={is_default} type={ptype} {text}"


def encode_property_default(ptype: str, text: str) -> str:
    """GetDefault text: ``type=<type> <value>``."""
    return f"type={ptype} {text}"


@functools.lru_cache(maxsize=8192)
def parse_property(text: str) -> PropertyValue:
    """Parse a Get answer; split only at the first two spaces.

    Values are immutable and most property texts repeat across qubes
    (``default=True type=bool False``…), so identical texts share one
    object: a 1,000-qube mirror keeps ~60,000 values, most of them equal.
    """
    try:
        dflt, ptype, value = text.split(" ", 2)
    except ValueError as err:
        raise FramingError(f"bad property text {text!r}") from err
    if not dflt.startswith("default=") or not ptype.startswith("type="):
        raise FramingError(f"bad property text {text!r}")
    ptype = ptype[len("type="):]
    if ptype not in PROPERTY_TYPES:
        raise FramingError(f"unknown property type {ptype!r}")
    return PropertyValue(dflt == "default=True", ptype, value)


def parse_property_default(text: str) -> PropertyValue | None:
    """Parse a GetDefault answer; None when the property has no default."""
    if not text:
        return None
    ptype, _, value = text.partition(" ")
    if not ptype.startswith("type="):
        raise FramingError(f"bad property text {text!r}")
    return PropertyValue(True, ptype[len("type="):], value)


def escape_getall(text: str) -> str:
    """Escape a Get text for one GetAll line: ``\\`` first, then LF."""
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def unescape_getall(text: str) -> str:
    """Reverse :func:`escape_getall`; reject any other backslash sequence."""
    if "\\" not in text:
        return text
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            nxt = text[i + 1:i + 2]
            if nxt == "\\":
                out.append("\\")
            elif nxt == "n":
                out.append("\n")
            else:
                raise FramingError("bad escape in GetAll line")
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def encode_getall(items: Iterable[tuple[str, bool, str, str]]) -> str:
    """GetAll body from (name, is_default, type, text) tuples."""
    return "".join(
        f"{name} {escape_getall(encode_property(dflt, ptype, text))}\n"
        for name, dflt, ptype, text in items)


def parse_getall(body: str, only=None) -> dict[str, PropertyValue]:
    """Parse a GetAll body into {name: PropertyValue}.

    ``only`` (a set of names) skips every other line unparsed, so values
    a caller throws away never reach the shared value cache.
    """
    result = {}
    for line in body.split("\n"):
        if not line:
            continue
        name, _, rest = line.partition(" ")
        if only is not None and name not in only:
            continue
        result[shared_name(name)] = parse_property(unescape_getall(rest))
    return result


# --------------------------------------------------------------------------
# Small line formats shared by several methods


def parse_vm_list(body: str) -> dict[str, dict[str, str]]:
    """``admin.vm.List`` lines -> {name: {"class":…, "state":…, …}}.

    Unknown ``key=value`` tokens are kept; missing ones simply absent.
    """
    result = {}
    for line in body.split("\n"):
        if not line:
            continue
        name, *tokens = line.split(" ")
        info = {}
        for tok in tokens:
            key, sep, value = tok.partition("=")
            if sep:
                info[key] = value
        result[name] = info
    return result


def encode_vm_list(rows: Iterable[tuple[str, str, str, str]]) -> str:
    """Lines ``<name> class=<C> state=<S> uuid=<U>`` from tuples."""
    return "".join(f"{n} class={c} state={s} uuid={u}\n" for n, c, s, u in rows)


def parse_key_values(body: str, sep: str = "\n") -> dict[str, str]:
    """``key=value`` items (lines by default) -> dict, order kept."""
    result = {}
    for item in body.split(sep):
        if not item:
            continue
        key, _, value = item.partition("=")
        result[key] = value
    return result


def parse_lines(body: str) -> list[str]:
    """Lines of a list-like result (each LF-terminated) -> list."""
    return [line for line in body.split("\n") if line]


def encode_lines(items: Iterable[str]) -> str:
    """Each item followed by LF; empty string for no items."""
    return "".join(f"{item}\n" for item in items)


def parse_bool(text: str) -> bool:
    """Boolean literals as qubesd accepts them (case-insensitive)."""
    low = text.strip().lower()
    if low in ("1", "yes", "true", "on"):
        return True
    if low in ("0", "no", "false", "off", ""):
        return False
    raise ValueError(f"Invalid literal for boolean property: {text!r}")
