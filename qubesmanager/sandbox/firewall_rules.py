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

        ``dsthost`` and ``dstname`` accept any of the three forms; ``dst4``
        and ``dst6`` insist on their address family.  Addresses are kept as
        written (upstream does not normalise them); a bare address gets the
        full prefix length.
        """
        if not text:
            raise RuleError(f"Empty {key} value")
        parsed = _parse_address(text)
        if parsed is not None:
            kind, address, prefixlen = parsed
            if key in ("dst4", "dst6") and key != kind:
                raise RuleError(f"Invalid {key} value: {text}")
            return cls(kind, address, prefixlen)
        if key in ("dst4", "dst6"):
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


def _parse_address(text: str) -> tuple[str, str, int] | None:
    """(kind, address, prefix length) for IP text, None for a host name."""
    match = re.fullmatch(r"([0-9A-Fa-f:.]+)(?:/([0-9]{1,3}))?", text)
    if match is None:
        return None
    host, prefix = match.groups()
    if ":" in host:
        kind, bits, cls = "dst6", 128, ipaddress.IPv6Address
    elif re.fullmatch(r"[0-9.]+", host):
        kind, bits, cls = "dst4", 32, ipaddress.IPv4Address
    else:
        return None          # e.g. "cafe.be": a name made of hex letters
    try:
        cls(host)
    except ValueError:
        raise RuleError(f"Invalid IP address: {host}") from None
    prefixlen = int(prefix) if prefix is not None else bits
    if prefixlen > bits:
        raise RuleError(f"netmask for {kind} must be <= {bits}")
    return kind, host, prefixlen


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
    def from_options(cls, options: dict[str, str]) -> "Rule":
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
        if special is not None and special != "dns":
            raise RuleError(f"Invalid specialtarget: {special}")
        expire = None
        if "expire" in options:
            # absolute UNIX seconds only (clients turn "+N" into a time)
            expire = _parse_int("expire", options["expire"], 0, 2**40)
        comment = options.get("comment")
        if comment is not None and not _COMMENT.fullmatch(comment):
            raise RuleError("Invalid characters in comment")
        return cls(action, proto, dst, dstports, icmptype, special, expire,
                   comment)

    @classmethod
    def parse(cls, line: str) -> "Rule":
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
        return cls.from_options(options)

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
        """(name, value) pairs as stored in firewall.xml, in the real
        daemon's order (action, comment, expire, dsthost, proto,
        specialtarget, dstports, icmptype)."""
        items = [("action", self.action)]
        if self.comment is not None:
            items.append(("comment", self.comment))
        if self.expire is not None:
            items.append(("expire", str(self.expire)))
        if self.dst is not None:
            items.append(("dsthost", self.dst.xml_text()))
        if self.proto is not None:
            items.append(("proto", self.proto))
        if self.specialtarget is not None:
            items.append(("specialtarget", self.specialtarget))
        if self.dstports is not None:
            low, high = self.dstports
            items.append(("dstports", str(low) if low == high
                          else f"{low}-{high}"))
        if self.icmptype is not None:
            items.append(("icmptype", str(self.icmptype)))
        return items


DEFAULT_RULES = (Rule("accept"),)


def parse_rules(text: str) -> list[Rule]:
    """Parse a ``firewall.Set`` payload: one rule per line, none empty.

    Raises RuleError for a bad rule or an empty list (upstream needs a
    payload, so "no rules" cannot be expressed; ``action=drop`` can).
    """
    rules = [Rule.parse(line) for line in text.split("\n") if line]
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
    if root.get("version", "1") == "1":
        return _load_v1(root)
    if root.get("version") != "2":
        raise RuleError(f"Unsupported firewall file format in {path}")
    rules = []
    for node in root.iterfind("./rules/rule"):
        options = {prop.get("name", ""): prop.text or ""
                   for prop in node.iterfind("./properties/property")}
        rules.append(Rule.from_options(options))
    return rules


def _load_v1(root: ET.Element) -> list[Rule]:
    """The pre-4.0 format (``policy=allow|deny`` plus exceptions), turned
    into the equivalent ordered rule list the way qubesd converts it."""
    policy = root.get("policy")
    if policy not in ("allow", "deny"):
        raise RuleError("Invalid policy in old firewall file")

    def action(key: str) -> str:
        return "accept" if root.get(key, policy) == "allow" else "drop"

    rules = [Rule(action("dns"), specialtarget="dns"),
             Rule(action("icmp"), proto="icmp")]
    exception = "drop" if policy == "allow" else "accept"
    for node in root:
        options = {"action": exception}
        if node.get("address"):
            options["dsthost"] = (f"{node.get('address')}/"
                                  f"{node.get('netmask') or 32}")
        port, toport = node.get("port"), node.get("toport")
        if port:
            options["dstports"] = f"{port}-{toport}" if toport else port
        proto = node.get("proto")
        if port and not proto:
            proto = "tcp"          # old files implied TCP for a port
        if proto and proto != "any":
            options["proto"] = proto
        if node.get("expire"):
            options["expire"] = node.get("expire")
        rules.append(Rule.from_options(options))
    if policy == "allow":
        rules.append(Rule("accept"))
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
