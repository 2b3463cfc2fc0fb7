"""Property definitions: the one place for property types and parsing.

A :class:`Prop` says what one property is: its wire type (admin-api.md
3.1), how its default is computed (or that it has none), whether it is
read-only or write-once, an optional value check, and a help text.  The
schemas themselves are in :mod:`.qubeprops` (qubes) and
:mod:`.globalprops` (the system); both build on this module.

Values are held as Python values: ``str``, ``int``, ``bool``, ``None``,
qube names (``str``) for ``vm`` properties and label names for ``label``.
"""

from __future__ import annotations

import dataclasses
import string
from typing import Any, Callable, Optional

from ..common import names
from .errors import QubesPropertyValueError, QubesValueError, safe

#: Computes the default from the holder (a Qube or the System).
DefaultFn = Callable[[Any], Any]
#: Property-specific check: (holder, prop, parsed value) -> value to store.
CheckFn = Callable[[Any, "Prop", Any], Any]

NO_DEFAULT = None

_PRINTABLE = frozenset(string.printable) - frozenset("\r\x0b\x0c")


@dataclasses.dataclass(frozen=True)
class Prop:
    """One property of a qube class or of the system."""

    name: str
    type: str                       # str | int | bool | vm | label
    default: Optional[DefaultFn] = NO_DEFAULT
    ro: bool = False                # computed, Set refused
    write_once: bool = False        # name, qid, uuid, dispid
    check: Optional[CheckFn] = None
    help: str = ""
    stage: int = 0                  # List order: (stage, name)
    #: Changing this value is persisted (False for computed ones).
    stored: bool = True

    @property
    def has_default(self) -> bool:
        return self.default is not None


def to_text(ptype: str, value: Any) -> str:
    """Value as Get shows it (None -> empty)."""
    if value is None:
        return ""
    if ptype == "bool":
        return "True" if value else "False"
    return str(value)


def to_event(value: Any) -> str:
    """Value as an event keyword shows it (admin-api.md 4.2: None -> None)."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    return str(value)


def parse_stored(ptype: str, text: Optional[str]) -> Any:
    """A value read from qubes.xml; lenient, never raises for bad input."""
    text = text or ""
    if ptype == "bool":
        return text.strip().lower() in ("1", "yes", "true", "on")
    if ptype == "int":
        try:
            return int(text)
        except ValueError:
            return None
    if ptype == "vm":
        return text or None
    return text


def parse_value(prop: Prop, text: str) -> Any:
    """Type-level validation of a Set payload (admin-api.md 3.4 step 3)."""
    if prop.type == "bool":
        low = text.strip().lower()
        if low in ("1", "yes", "true", "on"):
            return True
        if low in ("0", "no", "false", "off"):
            return False
        raise QubesValueError(
            f"Invalid literal for boolean property: '{safe(text)}'")
    if prop.type == "int":
        try:
            return int(text)
        except ValueError:
            raise QubesValueError(
                "Failed to parse property value as int") from None
    if prop.type == "vm":
        if not text:
            return None
        err = names.name_error(text)
        if err:
            raise QubesValueError(err)
        return text
    # str and label
    if any(ch not in _PRINTABLE for ch in text):
        raise QubesValueError("Invalid characters in property value")
    return text


def decode_payload(payload: bytes) -> str:
    """Set payload as text: ASCII only (step 2)."""
    try:
        return payload.decode("ascii")
    except UnicodeDecodeError:
        raise QubesValueError("Non-ASCII bytes in property value") from None


def cannot_set(prop: Prop, holder_class: str) -> Exception:
    return QubesPropertyValueError(
        f"property '{prop.name}' on {holder_class} instance cannot be set")


# -- reusable checks ---------------------------------------------------------

def positive(_holder: Any, prop: Prop, value: Any) -> Any:
    if value is not None and value <= 0:
        raise QubesPropertyValueError(f"{prop.name} must be positive")
    return value


def positive_or_zero(_holder: Any, prop: Prop, value: Any) -> Any:
    if value is not None and value < 0:
        raise QubesPropertyValueError(
            f"{prop.name} must be positive or zero")
    return value


def order(props: list[Prop]) -> dict[str, Prop]:
    """Schema dict in admin.vm.property.List order (stage, name)."""
    return {p.name: p for p in sorted(props, key=lambda p: (p.stage, p.name))}
