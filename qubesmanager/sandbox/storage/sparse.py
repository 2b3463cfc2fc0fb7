"""Sparse image files: create, measure, copy without filling holes.

Volumes are real files so that sizes and usage are honest, but a 20 GiB
root must cost nothing: files are created with ``truncate`` (all hole),
usage is the allocated blocks (``st_blocks * 512``), and copies use a
reflink when the filesystem has one, else copy only the data extents found
with ``SEEK_DATA``/``SEEK_HOLE``.
"""

from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

#: ioctl(FICLONE): share all extents of another file (btrfs, xfs).
_FICLONE = 0x40049409
_CHUNK = 1 << 20
#: Name suffix of a copy in progress (renamed into place when complete).
TMP_SUFFIX = ".tmp-copy"


def create(path: str | os.PathLike, size: int) -> None:
    """A new all-hole file of ``size`` bytes (replaces an existing one)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.truncate(size)


def usage(path: str | os.PathLike) -> int:
    """Bytes actually allocated to the file (0 if it does not exist)."""
    try:
        return os.stat(path).st_blocks * 512
    except FileNotFoundError:
        return 0


def size(path: str | os.PathLike) -> int:
    """Apparent size in bytes (0 if it does not exist)."""
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


def resize(path: str | os.PathLike, new_size: int) -> None:
    """Grow (or create) the file to ``new_size`` without writing data."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as fh:
        fh.truncate(new_size)


def _data_extents(fd: int, length: int):
    """(offset, length) of the data regions, holes skipped."""
    pos = 0
    while pos < length:
        try:
            start = os.lseek(fd, pos, os.SEEK_DATA)
        except OSError as err:
            if err.errno == errno.ENXIO:   # only a hole remains
                return
            raise
        end = os.lseek(fd, start, os.SEEK_HOLE)
        yield start, end - start
        pos = end


def copy(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """Copy ``src`` to ``dst`` keeping holes (reflink when possible).

    Written to a temporary name and renamed, so an interrupted copy never
    leaves a half-written volume under the real name.
    """
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + TMP_SUFFIX)
    with open(src, "rb") as fin, open(tmp, "wb") as fout:
        length = os.fstat(fin.fileno()).st_size
        try:
            fcntl.ioctl(fout.fileno(), _FICLONE, fin.fileno())
            cloned = True
        except OSError:
            cloned = False
        if not cloned:
            for offset, count in _data_extents(fin.fileno(), length):
                _copy_range(fin.fileno(), fout.fileno(), offset, count)
        fout.truncate(length)
    os.replace(tmp, dst)


def _copy_range(fin: int, fout: int, offset: int, count: int) -> None:
    """Copy one data extent, in kernel when possible."""
    done = 0
    while done < count:
        step = min(_CHUNK * 64, count - done)
        try:
            n = os.copy_file_range(fin, fout, step, offset + done,
                                   offset + done)
        except OSError:
            n = 0
        if n <= 0:   # unsupported here: plain read/write of this piece
            data = os.pread(fin, min(step, _CHUNK), offset + done)
            if not data:
                return
            n = os.pwrite(fout, data, offset + done)
        done += n


def write_pattern(path: str | os.PathLike, blocks: int, seed: int,
                  block_size: int = 4096) -> None:
    """Write ``blocks`` small blocks at spread offsets of an existing file.

    Simulates what a guest writes (logs, caches) so that usage is non-zero
    and differs between qubes and between revisions, at a cost of a few
    KiB per call.
    """
    length = size(path)
    if length < block_size or blocks <= 0:
        return
    slots = length // block_size
    with open(path, "r+b") as fh:
        for i in range(blocks):
            slot = (seed * 2654435761 + i * 40503) % slots
            data = (f"qubes-sandbox {seed} {i}\n".encode() * 200)[:block_size]
            os.pwrite(fh.fileno(), data, slot * block_size)


def remove(path: str | os.PathLike) -> None:
    """Delete a file if it exists."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
