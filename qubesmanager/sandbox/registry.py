"""The method registry: every Admin API method the sandbox serves.

A handler is declared with its expectations, the way qubesd declares them::

    @method("admin.vm.feature.Get", arg=REQUIRED)
    def feature_get(call: Call) -> str: ...

    @method("admin.vm.device.{cls}.Available", arg=OPTIONAL)
    def available(call: Call) -> str: ...      # call.params["cls"]

``dest`` is ``ANY`` (default), ``DOM0`` or ``NOT_DOM0``; ``arg`` and
``payload`` are ``NONE`` (default), ``REQUIRED`` or ``OPTIONAL``.
:func:`check` applies them in upstream's order with upstream's exact
ProtocolError messages (admin-api.md 2.1), so handlers only do their own
checks.  A handler returns ``str`` / ``bytes`` / ``None`` (the success
payload), may be a coroutine function (long calls such as Start), and
raises :class:`~qubesmanager.sandbox.errors.QubesdError` for an exception
frame.  Any other exception means "empty response", as upstream.

Stream methods (``stream=True``) are coroutines that push frames through
``call.sink`` until the client goes away.  ``ext=True`` marks our bulk-read
extensions, hidden when the daemon runs with ``--upstream-only``.

Method groups live in ``qubesmanager/sandbox/methods/<group>.py`` and
register on import; ``methods/__init__.py`` imports them all.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Optional

from .errors import ProtocolError, safe

if TYPE_CHECKING:  # pragma: no cover
    from .model import Qube, System

ANY, DOM0, NOT_DOM0 = "any", "dom0", "not-dom0"
NONE, REQUIRED, OPTIONAL = "none", "required", "optional"

Handler = Callable[["Call"], Any]


class StreamSink:
    """Where a stream handler writes frames; implemented by the server."""

    async def send(self, frame: bytes) -> None:  # pragma: no cover
        raise NotImplementedError

    @property
    def closed(self) -> bool:  # pragma: no cover
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover
        raise NotImplementedError


@dataclasses.dataclass
class Call:
    """Everything a handler needs about one request."""

    system: "System"
    method: str
    arg: str
    payload: bytes
    source: "Qube"
    dest: "Qube"
    params: dict[str, str] = dataclasses.field(default_factory=dict)
    sink: Optional[StreamSink] = None
    #: The rest of the connection, for handlers marked ``stream_payload``
    #: (volume import reads its data from it).
    reader: Optional[Any] = None

    def fire(self, subject: "Qube | None", event: str, **kwargs: Any) -> None:
        """Fire an event on the system bus (subject None = the system)."""
        self.system.fire(subject, event, **kwargs)

    def payload_ascii(self, what: str = "Payload") -> str:
        """The payload as ASCII text, else ProtocolError (upstream wording)."""
        try:
            return self.payload.decode("ascii")
        except UnicodeDecodeError:
            raise ProtocolError(
                f"{what} contains non-ASCII characters") from None


@dataclasses.dataclass(frozen=True)
class Method:
    """One registered method (or family, when ``pattern`` is set)."""

    name: str
    handler: Handler
    dest: str = ANY
    arg: str = NONE
    payload: str = NONE
    stream: bool = False
    ext: bool = False
    pattern: Optional[re.Pattern] = None


_exact: dict[str, Method] = {}
_patterns: list[Method] = []

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _compile(name: str) -> Optional[re.Pattern]:
    if "{" not in name:
        return None
    regex, pos = "", 0
    for m in _PLACEHOLDER.finditer(name):
        regex += re.escape(name[pos:m.start()]) + f"(?P<{m.group(1)}>[^.]+)"
        pos = m.end()
    regex += re.escape(name[pos:])
    return re.compile(regex + r"\Z")


def method(name: str, *, dest: str = ANY, arg: str = NONE,
           payload: str = NONE, stream: bool = False,
           ext: bool = False) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``name``."""
    for value, allowed in ((dest, (ANY, DOM0, NOT_DOM0)),
                           (arg, (NONE, REQUIRED, OPTIONAL)),
                           (payload, (NONE, REQUIRED, OPTIONAL))):
        if value not in allowed:
            raise ValueError(f"bad expectation {value!r} for {name}")

    def register(fn: Handler) -> Handler:
        entry = Method(name, fn, dest, arg, payload, stream, ext,
                       _compile(name))
        if entry.pattern is None:
            if name in _exact:
                raise ValueError(f"method {name} registered twice")
            _exact[name] = entry
        else:
            _patterns[:] = [m for m in _patterns if m.name != name]
            _patterns.append(entry)
        return fn
    return register


def lookup(name: str, upstream_only: bool = False
           ) -> Optional[tuple[Method, dict[str, str]]]:
    """The method serving ``name`` and its placeholder values, or None."""
    entry = _exact.get(name)
    params: dict[str, str] = {}
    if entry is None:
        for candidate in _patterns:
            match = candidate.pattern.match(name)  # type: ignore[union-attr]
            if match:
                entry, params = candidate, match.groupdict()
                break
    if entry is None or (upstream_only and entry.ext):
        return None
    return entry, params


def check(entry: Method, name: str, arg: str, payload: bytes,
          dest_is_dom0: bool) -> None:
    """Apply the declared expectations (admin-api.md 2.1 order)."""
    if entry.payload == REQUIRED and not payload:
        raise ProtocolError("expected payload")
    if entry.payload == NONE and payload:
        raise ProtocolError("unexpected payload")
    if entry.arg == REQUIRED and not arg:
        raise ProtocolError("expected an argument")
    if entry.arg == NONE and arg:
        raise ProtocolError("unexpected argument")
    if entry.dest == DOM0 and not dest_is_dom0:
        raise ProtocolError("expected destination to be AdminVM")
    if entry.dest == NOT_DOM0 and dest_is_dom0:
        raise ProtocolError("expected destination to not be AdminVM")


def no_such_method(name: str) -> Exception:
    """The error for a method nobody registered (upstream main wording)."""
    return ProtocolError(f"no such method: '{safe(name)}'")


def registered_names() -> list[str]:
    """All registered names and patterns (for docs and tests)."""
    return sorted(list(_exact) + [m.name for m in _patterns])


AsyncHandler = Callable[["Call"], Awaitable[Any]]
