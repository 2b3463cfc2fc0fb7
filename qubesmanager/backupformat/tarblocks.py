"""Tar blocks: outer members, inner members, and the outer stream parser.

The outer tar holds only regular files with relative names (pitfall 1);
inner volume members use pax GNU sparse 1.0 with the final zero-length
segment when the file ends in a hole (2.7, pitfall 2), so GNU tar lists and
streams the full apparent size.  The outer parser is ours (not
``tarfile``'s iterator) because a restore must tell a complete archive
(end-of-archive zero blocks present) from one cut off at a member boundary.
"""

from __future__ import annotations

import dataclasses
import os
import tarfile
from typing import BinaryIO, Iterator

from .errors import TruncatedArchive, UnexpectedMember

BLOCK = 512
RECORD = 10240
END_OF_ARCHIVE = b"\0" * (2 * BLOCK)


def padding(size: int) -> bytes:
    """NUL bytes that bring ``size`` to a block multiple."""
    return b"\0" * (-size % BLOCK)


def _ustar(name: str, size: int, mtime: int, typeflag: bytes = tarfile.REGTYPE,
           mode: int = 0o644) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = mode
    info.type = typeflag
    info.uname = info.gname = "root"
    return info.tobuf(tarfile.USTAR_FORMAT)


def member_header(name: str, size: int, mtime: int) -> bytes:
    """Header block of an outer regular member (names are always short)."""
    return _ustar(name, size, mtime)


def regular_member(name: str, data: bytes, mtime: int) -> bytes:
    """A complete one-member tar (qubes.xml, firewall.xml, notes.txt)."""
    return (_ustar(name, len(data), mtime) + data + padding(len(data))
            + END_OF_ARCHIVE)


def _pax_records(records: list[tuple[str, str]]) -> bytes:
    out = b""
    for key, value in records:
        body = f" {key}={value}\n".encode("utf-8")
        length = len(body) + 1
        while len(str(length)) + len(body) != length:
            length += 1
        out += str(length).encode("ascii") + body
    return out


def sparse_map(path: str | os.PathLike) -> tuple[int, list[tuple[int, int]]]:
    """(apparent size, data segments) of a file, from SEEK_DATA/SEEK_HOLE.

    Falls back to one segment covering the whole file where the file
    system cannot report holes.  Ends with a zero-length segment at the
    end when the file ends in a hole (pitfall 2).
    """
    size = os.path.getsize(path)
    segments: list[tuple[int, int]] = []
    fd = os.open(path, os.O_RDONLY)
    try:
        pos = 0
        while pos < size:
            try:
                start = os.lseek(fd, pos, os.SEEK_DATA)
            except OSError:  # ENXIO: only a hole remains
                break
            end = os.lseek(fd, start, os.SEEK_HOLE)
            segments.append((start, min(end, size) - start))
            pos = end
    except OSError:
        segments = [(0, size)] if size else []
    finally:
        os.close(fd)
    if not segments or sum(segments[-1]) < size:
        segments.append((size, 0))
    return size, segments


def sparse_member(name: str, path: str | os.PathLike, mtime: int,
                  bufsize: int = 1 << 20) -> Iterator[bytes]:
    """Yield a complete one-member tar: ``path``'s data as a pax sparse member.

    Never holds more than ``bufsize`` of the file in memory.
    """
    realsize, segments = sparse_map(path)
    records = _pax_records([("GNU.sparse.major", "1"),
                            ("GNU.sparse.minor", "0"),
                            ("GNU.sparse.name", name),
                            ("GNU.sparse.realsize", str(realsize))])
    directory, _, base = name.rpartition("/")
    prefix = directory + "/" if directory else ""
    yield _ustar(f"{prefix}PaxHeaders.0/{base}", len(records), mtime,
                 tarfile.XHDTYPE)
    yield records + padding(len(records))
    smap = f"{len(segments)}\n" + "".join(f"{o}\n{n}\n" for o, n in segments)
    smap_bytes = smap.encode("ascii")
    smap_bytes += padding(len(smap_bytes))
    data_len = sum(n for _, n in segments)
    area = len(smap_bytes) + data_len
    yield _ustar(f"{prefix}GNUSparseFile.0/{base}", area, mtime)
    yield smap_bytes
    with open(path, "rb") as src:
        for offset, length in segments:
            src.seek(offset)
            left = length
            while left:
                buf = src.read(min(bufsize, left))
                if not buf:  # file shrank meanwhile: keep the promise
                    buf = b"\0" * min(bufsize, left)
                left -= len(buf)
                yield buf
    yield padding(area)
    yield END_OF_ARCHIVE


# --------------------------------------------------------------------------
# Outer stream parser


@dataclasses.dataclass
class OuterMember:
    """One regular outer member; ``size`` bytes of data follow its header."""

    name: str
    size: int


def check_member_name(name: str) -> None:
    """Reject absolute paths, ``..``, ``./`` and empty components."""
    parts = name.split("/")
    if not name or name.startswith("/") or any(
            p in ("", ".", "..") for p in parts):
        raise UnexpectedMember(f"unsafe file name in archive: {name!r}")


def _parse_pax(data: bytes) -> dict[str, str]:
    out = {}
    pos = 0
    while pos < len(data):
        if data[pos:pos + 1] == b"\0":
            break
        space = data.index(b" ", pos)
        length = int(data[pos:space])
        record = data[space + 1:pos + length - 1].decode("utf-8", "replace")
        key, _, value = record.partition("=")
        out[key] = value
        pos += length
    return out


class OuterReader:
    """Walk the members of an outer tar stream, in order, from a file object.

    Zero blocks between members are skipped (concatenated tars, pitfall 9);
    ``complete`` tells at the end whether an end-of-archive block was seen
    after the last member.
    """

    def __init__(self, fileobj: BinaryIO) -> None:
        self._f = fileobj
        self._left = 0      # data bytes of the current member not yet read
        self._pad = 0
        self.offset = 0
        self.complete = False

    def _read(self, n: int) -> bytes:
        data = self._f.read(n)
        while len(data) < n:
            more = self._f.read(n - len(data))
            if not more:
                break
            data += more
        self.offset += len(data)
        return data

    def _skip_current(self) -> None:
        while self._left:
            buf = self._read(min(self._left, 1 << 20))
            if not buf:
                raise TruncatedArchive("the archive is truncated")
            self._left -= len(buf)
        if self._pad:
            if len(self._read(self._pad)) < self._pad:
                raise TruncatedArchive("the archive is truncated")
            self._pad = 0

    def next(self) -> OuterMember | None:
        """Header of the next regular member, or None at the end."""
        self._skip_current()
        pax: dict[str, str] = {}
        longname = None
        while True:
            block = self._read(BLOCK)
            if not block:
                return None
            if len(block) < BLOCK:
                raise TruncatedArchive("the archive is truncated")
            if block == b"\0" * BLOCK:
                self.complete = True
                continue
            self.complete = False
            try:
                info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
            except tarfile.HeaderError as err:
                raise UnexpectedMember(f"invalid tar header: {err}") from err
            if info.type in (tarfile.XHDTYPE, tarfile.XGLTYPE,
                             tarfile.GNUTYPE_LONGNAME):
                data = self._read(info.size + (-info.size % BLOCK))
                if len(data) < info.size:
                    raise TruncatedArchive("the archive is truncated")
                data = data[:info.size]
                if info.type == tarfile.XHDTYPE:
                    pax = _parse_pax(data)
                elif info.type == tarfile.GNUTYPE_LONGNAME:
                    longname = data.rstrip(b"\0").decode("utf-8", "replace")
                continue
            name = pax.get("path") or longname or info.name
            size = int(pax["size"]) if "size" in pax else info.size
            if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE,
                                 tarfile.CONTTYPE):
                what = name if name.endswith("/") or not info.isdir() \
                    else name + "/"
                raise UnexpectedMember(
                    f"Invalid file extension found in archive: {what}")
            check_member_name(name)
            self._left = size
            self._pad = -size % BLOCK
            return OuterMember(name, size)

    def read(self, n: int) -> bytes:
        """Data of the current member (at most its remaining bytes)."""
        n = min(n, self._left)
        if n <= 0:
            return b""
        data = self._f.read(n)
        if not data:
            raise TruncatedArchive("the archive is truncated")
        self._left -= len(data)
        self.offset += len(data)
        return data

    def read_all(self, limit: int) -> bytes:
        """Whole data of the current member, refusing more than ``limit``."""
        if self._left > limit:
            raise UnexpectedMember("archive member is unexpectedly large")
        out = b""
        while self._left:
            out += self.read(self._left)
        return out
