"""``admin.vm.notes.Get`` / ``Set``: free-text notes of a qube.

Stored as ``notes.txt`` in the qube's directory, like dom0 does.  Rules
(admin-api.md section 2): at most 256000 bytes, an empty payload is
refused, invalid UTF-8 is refused, characters unsafe for display are
replaced by ``_`` (TAB and LF kept).
"""

from __future__ import annotations

import os
import unicodedata

from ..errors import ProtocolError, QubesdError, safe
from ..registry import NOT_DOM0, REQUIRED, Call, method

FILENAME = "notes.txt"
MAX_NOTES = 256000

#: Unicode categories never shown as such: controls, format characters,
#: surrogates, private use, unassigned, line/paragraph separators.
_UNSAFE_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))


def sanitize(text: str) -> str:
    """Replace every character unsafe for display by ``_``."""
    return "".join(
        ch if ch in "\t\n" or (
            unicodedata.category(ch) not in _UNSAFE_CATEGORIES
            and ch != "\ufffd") else "_"
        for ch in text)


def _path(call: Call):
    return call.system.qube_dir(call.dest) / FILENAME


@method("admin.vm.notes.Get", dest=NOT_DOM0)
def notes_get(call: Call) -> str:
    try:
        with open(_path(call), encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except FileNotFoundError:
        return ""
    except OSError as err:
        raise QubesdError("QubesException",
                          f"Failed to read notes file: {safe(err.strerror)}"
                          ) from None


@method("admin.vm.notes.Set", dest=NOT_DOM0, payload=REQUIRED)
def notes_set(call: Call) -> None:
    if len(call.payload) > MAX_NOTES:
        raise ProtocolError(f"Maximum note size is {MAX_NOTES} bytes "
                            f"({len(call.payload)} bytes received)")
    try:
        text = sanitize(call.payload.decode("utf-8"))
    except UnicodeDecodeError as err:
        # refused rather than guessed at, like qubesd
        raise ProtocolError(f"Unable to sanitise qube notes: {err}") from None
    path = _path(call)
    tmp = path.with_name(FILENAME + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        raise QubesdError("QubesException",
                          f"Failed to write notes file: {safe(err.strerror)}"
                          ) from None
