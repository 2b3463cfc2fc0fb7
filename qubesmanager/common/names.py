"""Qube-name rules (admin-api.md 6.1), used by the sandbox to refuse bad
names and by the dialogs to validate as the user types."""

from __future__ import annotations

import re

MAX_LENGTH = 31
_FIRST = re.compile(r"[A-Za-z]")
_REST = re.compile(r"[A-Za-z0-9_.-]*")


def name_error(name: str) -> str | None:
    """The daemon's message for an invalid qube name, or None if valid.

    Messages are the upstream ``QubesValueError`` texts, so the dialogs show
    exactly what the daemon would answer.
    """
    if len(name) > MAX_LENGTH:
        return "VM name must be shorter than 32 characters"
    if not name or not _FIRST.match(name[0]):
        return "VM name cannot start with hyphen, underscore, dot or numbers"
    if not _REST.fullmatch(name[1:]):
        return "VM name contains illegal characters"
    if name == "Domain-0":
        return "VM name cannot be 'Domain-0'"
    if name in ("none", "default"):
        return "VM name cannot be 'none' nor 'default'"
    if name.endswith("-dm"):
        return "VM name cannot end with -dm"
    return None


def is_valid_name(name: str) -> bool:
    """True when qubesd would accept ``name`` for a new qube."""
    return name_error(name) is None
