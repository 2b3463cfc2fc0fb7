"""What each restored file turns into (backup-format.md 3.5 data pass).

Pure functions over the decompressed inner tar; the engine makes the
Admin API calls with what they return.
"""

from __future__ import annotations

import os
import tarfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

#: Order in which the upstream client writes rule options (comment last).
_RULE_KEYS = ("action", "proto", "dsthost", "dst4", "dst6", "dstports",
              "icmptype", "specialtarget", "expire", "comment")

#: Small files are read whole; anything larger is refused.
MAX_SMALL_FILE = 4 * 1024 * 1024


def firewall_rules(xml: bytes) -> str:
    """Rule lines for ``admin.vm.firewall.Set`` from a backup firewall.xml.

    Expired rules are left out; an empty result means "nothing to set".
    """
    root = ET.fromstring(xml)
    lines = []
    now = time.time()
    for rule in root.iterfind("rules/rule"):
        props = {p.get("name"): (p.text or "")
                 for p in rule.iterfind("properties/property")}
        if "expire" in props and props["expire"].isdigit() \
                and int(props["expire"]) < now:
            continue
        unknown = set(props) - set(_RULE_KEYS)
        if unknown or "action" not in props:
            raise ValueError(f"unknown firewall rule keys {sorted(unknown)}")
        lines.append(" ".join(f"{key}={props[key]}" for key in _RULE_KEYS
                              if key in props))
    return "".join(line + "\n" for line in lines)


def appmenus_feature(text: bytes) -> str:
    """``menu-items`` value from a legacy whitelisted-appmenus.list."""
    return " ".join(line.strip() for line in
                    text.decode("utf-8", "replace").splitlines()
                    if line.strip())


def read_single(tar: tarfile.TarFile, path: str,
                limit: int = MAX_SMALL_FILE) -> tuple[tarfile.TarInfo, object]:
    """The one member named ``path`` of an inner tar and its file object."""
    for info in tar:
        if info.name != path:
            raise ValueError(f"unexpected member {info.name!r} in {path}")
        if not info.isfile():
            raise ValueError(f"{path} is not a regular file")
        if limit and info.size > limit and not path.endswith(".img"):
            raise ValueError(f"{path} is unexpectedly large")
        return info, MemberReader(tar, info)
    raise ValueError(f"{path} is missing from its archive file")


_ZEROS = bytes(1 << 20)


class MemberReader:
    """Reads one (sparse) inner member as its full apparent size.

    ``tarfile``'s own reader builds every hole with fresh zero bytes,
    which costs seconds for a 2 GiB mostly-empty volume; this one hands
    out one shared zero buffer for holes and reads only stored data.
    """

    def __init__(self, tar: tarfile.TarFile, info: tarfile.TarInfo) -> None:
        self._f = tar.fileobj
        self._f.seek(info.offset_data)
        self.size = info.size
        segments = info.sparse if info.sparse is not None \
            else [(0, info.size)]
        self._segments = [(o, n) for o, n in segments if n > 0]
        self._index = 0
        self.position = 0

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self.size - self.position
        n = min(n, self.size - self.position, len(_ZEROS))
        if n <= 0:
            return b""
        while self._index < len(self._segments) and \
                sum(self._segments[self._index]) <= self.position:
            self._index += 1
        if self._index < len(self._segments):
            start, length = self._segments[self._index]
        else:
            start, length = self.size, 0
        if self.position < start:            # in a hole
            n = min(n, start - self.position)
            self.position += n
            return _ZEROS if n == len(_ZEROS) else _ZEROS[:n]
        n = min(n, start + length - self.position)
        data = self._f.read(n)
        if len(data) < n:
            raise tarfile.ReadError("unexpected end of data")
        self.position += n
        return data


def home_restore_dir(home: str | os.PathLike | None = None) -> Path:
    """A new ``home-restore-YYYY-MM-DD-HHMMSS`` directory in the home."""
    base = Path(home or os.path.expanduser("~"))
    stamp = time.strftime("%Y-%m-%d-%H%M%S")
    target = base / f"home-restore-{stamp}"
    n = 1
    while target.exists():
        target = base / f"home-restore-{stamp}-{n}"
        n += 1
    target.mkdir(mode=0o700)
    return target


def extract_home(tar: tarfile.TarFile, prefix: str, dest: Path) -> list[str]:
    """Extract dom0's home tree into ``dest``; return per-entry problems.

    Only entries under ``prefix`` (``dom0-home/<user>``) are taken; the
    ``tar`` extraction filter refuses absolute paths, ``..`` and anything
    resolving outside ``dest``, device files and set-uid bits.
    """
    problems = []
    for info in tar:
        if info.name != prefix and not info.name.startswith(prefix + "/"):
            problems.append(f"skipped {info.name!r}: outside {prefix}")
            continue
        try:
            tar.extract(info, dest, filter="tar")
        except (tarfile.FilterError, OSError) as err:
            problems.append(f"skipped {info.name!r}: {err}")
    return problems
