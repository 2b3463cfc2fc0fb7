"""The ``backup-header`` member (backup-format.md 2.3-2.5).

Plain ``key=value`` lines; its authenticity comes from
``backup-header.hmac``, a scrypt container of the same bytes.  The reader
applies the same rules as the real restore so that an archive we accept is
one the real tools accept too.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import time

from .errors import BackupFormatError

HEADER_NAME = "backup-header"
HMAC_NAME = "backup-header.hmac"
#: Both header members are tiny; anything larger is not a backup header.
MAX_HEADER_SIZE = 4096

_TOKEN = re.compile(r"[A-Za-z0-9-]*\Z")

#: Filters always available (decompressed in-process).
BUILTIN_FILTERS = ("gzip", "bzip2", "xz")
#: Filters accepted only when the program is installed.
OPTIONAL_FILTERS = ("lzma", "pbzip2", "pigz", "zstd", "zstdmt")


@dataclasses.dataclass(frozen=True)
class BackupHeader:
    """The parsed header of a version-4 archive."""

    backup_id: str
    compressed: bool = True
    compression_filter: str = "gzip"
    version: int = 4
    encrypted: bool = True
    hmac_algorithm: str = "scrypt"

    def to_bytes(self) -> bytes:
        """The header text exactly as upstream writes it (keys in order)."""
        for value in (self.backup_id, self.compression_filter):
            if not _TOKEN.match(value) or not value:
                raise BackupFormatError(
                    f"header value {value!r} may only use A-Z, a-z, 0-9 and -")
        if self.backup_id.startswith("-"):
            raise BackupFormatError("backup id must not start with '-'")
        return (f"version={self.version}\n"
                f"encrypted={self.encrypted}\n"
                f"compressed={self.compressed}\n"
                f"compression-filter={self.compression_filter}\n"
                f"hmac-algorithm={self.hmac_algorithm}\n"
                f"backup-id={self.backup_id}\n").encode("ascii")


def new_backup_id() -> str:
    """Local time ``YYYYmmddTHHMMSS-<pid>``, as upstream (unique, not secret)."""
    return time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"


def filter_available(name: str) -> bool:
    """Whether a header's compression filter can be decompressed here."""
    if name in BUILTIN_FILTERS or name in ("pigz", "pbzip2", "lzma"):
        return True
    if name in ("zstd", "zstdmt"):
        return shutil.which("zstd") is not None
    return False


def _bool(text: str) -> bool:
    return text.lower() in ("1", "true", "yes")


def parse_header(data: bytes) -> BackupHeader:
    """Validate and parse the header text; raise BackupFormatError."""
    if len(data) > MAX_HEADER_SIZE:
        raise BackupFormatError("backup header is too large")
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError as err:
        raise BackupFormatError("backup header is not ASCII text") from err
    values: dict[str, str] = {}
    known = ("version", "encrypted", "compressed", "compression-filter",
             "hmac-algorithm", "backup-id")
    for line in text.splitlines():
        if line.count("=") != 1:
            raise BackupFormatError(f"invalid backup header line {line!r}")
        key, value = line.split("=")
        if not _TOKEN.match(key) or not _TOKEN.match(value):
            raise BackupFormatError(f"invalid backup header line {line!r}")
        if key in known:
            if key in values:
                raise BackupFormatError(f"duplicated header line {key!r}")
            values[key] = value
    try:
        version = int(values["version"])
    except KeyError:
        raise BackupFormatError("backup header lacks 'version' info") from None
    except ValueError:
        raise BackupFormatError("invalid backup version") from None
    if version != 4:
        raise BackupFormatError(
            f"unsupported backup version {version} (only version 4, "
            "written by Qubes 4.x, is supported)")
    for key in ("encrypted", "compressed", "hmac-algorithm", "backup-id"):
        if key not in values:
            raise BackupFormatError(f"backup header lacks '{key}' info")
    compressed = _bool(values["compressed"])
    flt = values.get("compression-filter", "")
    if compressed:
        if not flt:
            raise BackupFormatError(
                "backup header lacks 'compression-filter' info")
        if flt not in BUILTIN_FILTERS + OPTIONAL_FILTERS \
                or not filter_available(flt):
            raise BackupFormatError(f"unsupported compression filter {flt!r}")
    if values["hmac-algorithm"] != "scrypt":
        raise BackupFormatError(
            f"unsupported hmac algorithm {values['hmac-algorithm']!r}")
    backup_id = values["backup-id"]
    if not backup_id or backup_id.startswith("-"):
        raise BackupFormatError("invalid backup id")
    return BackupHeader(backup_id=backup_id, compressed=compressed,
                        compression_filter=flt or "gzip", version=version,
                        encrypted=_bool(values["encrypted"]),
                        hmac_algorithm="scrypt")


def header_passphrase(passphrase: str) -> bytes:
    """Passphrase of ``backup-header.hmac`` (no backup id, 2.11)."""
    return b"backup-header!" + passphrase.encode("utf-8")


def chunk_passphrase(backup_id: str, chunk_name: str, passphrase: str) -> bytes:
    """Passphrase of chunk ``<path>.<NNN>`` (name without ``.enc``, 2.11)."""
    return f"{backup_id}!{chunk_name}!".encode("utf-8") \
        + passphrase.encode("utf-8")


def check_passphrase(passphrase: str) -> str | None:
    """Why a passphrase cannot be used, or None (pitfall 11).

    The upstream tools type it into a terminal, so line breaks, NUL and
    terminal control characters would be mangled there.
    """
    if not passphrase:
        return "The passphrase is empty."
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in passphrase):
        return ("The passphrase must not contain line breaks or control "
                "characters.")
    return None
