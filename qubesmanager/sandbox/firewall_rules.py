"""Firewall rules of one qube: parse, validate, serialise, persist.

The wire format is admin-api.md section 8: one rule per line, SP-separated
``key=value`` options in any order on input, ``comment=`` last; the server
answers in its own fixed order with normalised values (``dst4=a.b.c.d/len``,
``dstports=N-M``).  On disk the rules live in ``firewall.xml`` in the
qube's directory, in the same "version 2" format the real qubesd writes, so
a dom0's files load unchanged.

Everything here is pure (no asyncio, no sandbox state); a bad rule raises
:class:`RuleError` and the method layer decides the wire exception.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterable

#: The file a qube's rules live in, inside its directory.
FILENAME = "firewall.xml"

#: What a new qube (or one without firewall.xml) gets: allow everything.
DEFAULT_RULES_TEXT = "action=accept\n"

_HOSTNAME = re.compile(r"[a-z0-9._-]+")
_COMMENT = re.compile(r"[A-Za-z0-9:;,./_\[\] -]*")
_DIGITS = re.compile(r"[0-9]+")

#: Input keys that name a destination (at most one per rule).
_DEST_KEYS = ("dsthost", "dst4", "dst6", "dstname")
_KNOWN_KEYS = frozenset(("action", "proto", "dstports", "icmptype",
                         "specialtarget", "expire", "comment") + _DEST_KEYS)


class RuleError(ValueError):
    """A rule (or rule list) is malformed; the message says which part."""


@dataclasses.dataclass(frozen=True)
class Destination:
    """A rule destination: an IPv4/IPv6 network or a DNS host name."""

    kind: str            # "dst4", "dst6" or "dsthost" (a name)
    value: str           # network address text, or the host name
    prefixlen: int = 0   # only for dst4/dst6

    @classmethod
    def parse(cls, key: str, text: str) -> "Destination":
        """Parse ``dsthost``/``dst4``/``dst6``/``dstname`` input values.

        ``dsthost`` accepts any of the three forms; the others insist on
        theirs.  Networks are normalised to their network address so the
        stored rule never claims more or less than it enforces.
        """
        if not text:
            raise RuleError(f"Empty {key} value")
        if key in ("dsthost", "dst4", "dst6"):
            net = _parse_network(text)
            if net is not None:
                kind = "dst4" if net.version == 4 else "dst6"
                if key != "dsthost" and key != kind:
                    raise RuleError(f"Invalid {key} value: {text}")
                return cls(kind, str(net.network_address), net.prefixlen)
            if key != "dsthost":
                raise RuleError(f"Invalid {key} value: {text}")
        if not _HOSTNAME.fullmatch(text):
            raise RuleError("Invalid hostname")
        return cls("dsthost", text)

    def api(self) -> str:
        """The server's output form (``dst4=…/len`` or ``dsthost=…``)."""
        if self.kind == "dsthost":
            return f"dsthost={self.value}"
        return f"{self.kind}={self.value}/{self.prefixlen}"

    def xml_text(self) -> str:
        """The ``dsthost`` value written to firewall.xml."""
        if self.kind == "dsthost":
            return self.value
        return f"{self.value}/{self.prefixlen}"


def _parse_network(text: str):
    """An ip_network for address text (with optional /len), else None."""
    if not re.fullmatch(r"[0-9A-Fa-f:.]+(/[0-9]{1,3})?", text):
        return None
    if ":" not in text and not re.fullmatch(r"[0-9.]+(/[0-9]+)?", text):
        return None
    try:
        return ipaddress.ip_network(text, strict=False)
    except ValueError as err:
        raise RuleError(f"Invalid address: {text}") from err


def _parse_int(key: str, text: str, low: int, high: int) -> int:
    if not _DIGITS.fullmatch(text) or len(text) > 19:
        raise RuleError(f"Invalid {key} value: {text}")
    value = int(text)
    if not low <= value <= high:
        raise RuleError(f"{key} out of range: {text}")
    return value


@dataclasses.dataclass(frozen=True)
class Rule:
    """One firewall rule with validated, normalised fields."""

    action: str
    proto: str | None = None
    dst: Destination | None = None
    dstports: tuple[int, int] | None = None
    icmptype: int | None = None
    specialtarget: str | None = None
    expire: int | None = None
    comment: str | None = None

    # ---------------------------------------------------------------- input

    @classmethod
    def from_options(cls, options: dict[str, str],
                     now: float | None = None) -> "Rule":
        """Build a rule from raw ``key -> value`` options (wire or XML)."""
        unknown = set(options) - _KNOWN_KEYS
        if unknown:
            raise RuleError(f"Unknown rule option: {sorted(unknown)[0]}")
        action = options.get("action")
        if action not in ("accept", "drop"):
            raise RuleError("Rule action must be accept or drop")
        proto = options.get("proto")
        if proto is not None and proto not in ("tcp", "udp", "icmp"):
            raise RuleError(f"Invalid protocol: {proto}")
        dests = [k for k in _DEST_KEYS if k in options]
        if len(dests) > 1:
            raise RuleError("Only one destination option allowed")
        dst = Destination.parse(dests[0], options[dests[0]]) if dests else None
        dstports = None
        if "dstports" in options:
            if proto not in ("tcp", "udp"):
                raise RuleError("dstports valid only for tcp and udp")
            start, sep, end = options["dstports"].partition("-")
            low = _parse_int("dstports", start, 0, 65535)
            high = _parse_int("dstports", end, 0, 65535) if sep else low
            if low > high:
                raise RuleError("Invalid port range")
            dstports = (low, high)
        icmptype = None
        if "icmptype" in options:
            if proto != "icmp":
                raise RuleError("icmptype valid only for icmp protocol")
            icmptype = _parse_int("icmptype", options["icmptype"], 0, 255)
        special = options.get("specialtarget")
        if special is not None:
            if special != "dns":
                raise RuleError(f"Invalid specialtarget: {special}")
            if dst is not None:
                raise RuleError("specialtarget cannot be combined with a "
                                "destination")
        expire = None
        if "expire" in options:
            text = options["expire"]
            if text.startswith("+"):   # relative: seconds from now
                base = int(time.time() if now is None else now)
                expire = base + _parse_int("expire", text[1:], 0, 2**40)
            else:
                expire = _parse_int("expire", text, 0, 2**40)
        comment = options.get("comment")
        if comment is not None and not _COMMENT.fullmatch(comment):
            raise RuleError("Invalid characters in comment")
        return cls(action, proto, dst, dstports, icmptype, special, expire,
                   comment)

    @classmethod
    def parse(cls, line: str, now: float | None = None) -> "Rule":
        """Parse one rule line (options in any order, ``comment=`` last)."""
        head, sep, comment = line.partition("comment=")
        if sep and head and not head.endswith(" "):
            raise RuleError("Invalid rule option")
        options: dict[str, str] = {}
        for token in head.split():
            key, eq, value = token.partition("=")
            if not eq:
                raise RuleError(f"Invalid rule option: {token[:30]}")
            if key in options:
                raise RuleError(f"Option {key} already present")
            options[key] = value
        if sep:
            options["comment"] = comment
        return cls.from_options(options, now)

    # --------------------------------------------------------------- output

    def expired(self, now: float | None = None) -> bool:
        """True once the rule's expiry time has passed."""
        if self.expire is None:
            return False
        return self.expire <= (time.time() if now is None else now)

    def api(self) -> str:
        """The line (without LF) in the server's output order."""
        parts = [f"action={self.action}"]
        if self.expire is not None:
            parts.append(f"expire={self.expire}")
        if self.dst is not None:
            parts.append(self.dst.api())
        if self.proto is not None:
            parts.append(f"proto={self.proto}")
        if self.specialtarget is not None:
            parts.append(f"specialtarget={self.specialtarget}")
        if self.dstports is not None:
            parts.append(f"dstports={self.dstports[0]}-{self.dstports[1]}")
        if self.icmptype is not None:
            parts.append(f"icmptype={self.icmptype}")
        if self.comment is not None:
            parts.append(f"comment={self.comment}")
        return " ".join(parts)

    def xml_options(self) -> list[tuple[str, str]]:
        """(name, value) pairs as stored in firewall.xml."""
        items = [("action", self.action)]
        if self.proto is not None:
            items.append(("proto", self.proto))
        if self.dst is not None:
            items.append(("dsthost", self.dst.xml_text()))
        if self.dstports is not None:
            low, high = self.dstports
            items.append(("dstports", str(low) if low == high
                          else f"{low}-{high}"))
        if self.icmptype is not None:
            items.append(("icmptype", str(self.icmptype)))
        if self.specialtarget is not None:
            items.append(("specialtarget", self.specialtarget))
        if self.expire is not None:
            items.append(("expire", str(self.expire)))
        if self.comment is not None:
            items.append(("comment", self.comment))
        return items


DEFAULT_RULES = (Rule("accept"),)


def parse_rules(text: str, now: float | None = None) -> list[Rule]:
    """Parse a ``firewall.Set`` payload: one rule per line, none empty.

    Raises RuleError for a bad rule or an empty list (upstream needs a
    payload, so "no rules" cannot be expressed; ``action=drop`` can).
    """
    rules = [Rule.parse(line, now) for line in text.split("\n") if line]
    if not rules:
        raise RuleError("Empty rule list")
    return rules


def format_rules(rules: Iterable[Rule], now: float | None = None) -> str:
    """``firewall.Get`` body: every rule not yet expired, each + LF."""
    return "".join(rule.api() + "\n" for rule in rules
                   if not rule.expired(now))


# ------------------------------------------------------------------ on disk


def load_xml(path: str | os.PathLike) -> list[Rule] | None:
    """Rules from a firewall.xml, or None when the file does not exist.

    Expired rules are kept here (Get hides them, the next save drops them).
    A file that cannot be parsed raises RuleError rather than silently
    opening the firewall.
    """
    try:
        tree = ET.parse(path)
    except FileNotFoundError:
        return None
    except (ET.ParseError, OSError) as err:
        raise RuleError(f"Cannot read {path}: {err}") from err
    root = tree.getroot()
    if root.tag != "firewall" or root.get("version") != "2":
        raise RuleError(f"Unsupported firewall file format in {path}")
    rules = []
    for node in root.iterfind("./rules/rule"):
        options = {prop.get("name", ""): prop.text or ""
                   for prop in node.iterfind("./properties/property")}
        rules.append(Rule.from_options(options))
    return rules


def save_xml(path: str | os.PathLike, rules: Iterable[Rule],
             now: float | None = None) -> None:
    """Write rules (expired ones purged) atomically: temp, fsync, rename."""
    root = ET.Element("firewall", version="2")
    rules_el = ET.SubElement(root, "rules")
    for rule in rules:
        if rule.expired(now):
            continue
        props = ET.SubElement(ET.SubElement(rules_el, "rule"), "properties")
        for name, value in rule.xml_options():
            ET.SubElement(props, "property", name=name).text = value
    ET.indent(root)
    data = ET.tostring(root, encoding="unicode") + "\n"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
