"""Write a version-4 archive as a stream (backup-format.md 2.1-2.11).

Each archive file (``qubes.xml``, ``vm3/private.img``, ...) goes through
inner tar -> compression -> 100 MiB chunks -> scrypt container -> outer tar
member ``<path>.<NNN>.enc``.  A chunk is spooled (memory, then a temporary
file) because the outer header must state its size before its data; no
more than one chunk is ever held, never a whole volume.
"""

from __future__ import annotations

import os
import tarfile
import tempfile
import time
from typing import BinaryIO, Callable, Iterable

from . import CHUNK_SIZE, scryptfile
from .compress import compressor
from .header import HEADER_NAME, HMAC_NAME, BackupHeader, chunk_passphrase, \
    header_passphrase
from .tarblocks import END_OF_ARCHIVE, RECORD, member_header, padding, \
    regular_member, sparse_member

_SPOOL_MEMORY = 8 * 1024 * 1024


class ArchiveWriter:
    """Writes the outer archive to ``out`` (any object with ``write``).

    ``check()`` is called between buffers and may raise to cancel;
    ``on_progress(n)`` receives the number of compressed bytes of the
    current file just stored (what upstream's progress counts).
    """

    def __init__(self, out: BinaryIO, header: BackupHeader, passphrase: str,
                 *, logn: int = scryptfile.DEFAULT_LOGN,
                 r: int = scryptfile.DEFAULT_R, p: int = scryptfile.DEFAULT_P,
                 chunk_size: int = CHUNK_SIZE, tmpdir: str | None = None,
                 check: Callable[[], None] | None = None,
                 on_progress: Callable[[int], None] | None = None) -> None:
        self._out = out
        self.header = header
        self._passphrase = passphrase
        self._kdf = (logn, r, p)
        self.chunk_size = chunk_size
        self._tmpdir = tmpdir
        self._check = check or (lambda: None)
        self._progress = on_progress or (lambda n: None)
        self._mtime = int(time.time())
        self.written = 0
        #: Number of scrypt key derivations so far (one per container).
        self.containers = 0

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self.written += len(data)

    def _member(self, name: str, data: bytes) -> None:
        self._write(member_header(name, len(data), self._mtime))
        self._write(data)
        self._write(padding(len(data)))

    def write_header(self) -> None:
        """``backup-header`` and ``backup-header.hmac`` (always first)."""
        text = self.header.to_bytes()
        self._member(HEADER_NAME, text)
        self._member(HMAC_NAME, scryptfile.encrypt_bytes(
            text, header_passphrase(self._passphrase), *self._kdf))
        self.containers += 1

    def _chunk(self, path: str, index: int, spool: BinaryIO, length: int) -> None:
        name = f"{path}.{index:03d}"
        self._write(member_header(name + ".enc", length + scryptfile.OVERHEAD,
                                  self._mtime))
        spool.seek(0)
        scryptfile.encrypt_stream(
            spool, length, self._write,
            chunk_passphrase(self.header.backup_id, name, self._passphrase),
            *self._kdf, check=self._check)
        self.containers += 1
        self._write(padding(length + scryptfile.OVERHEAD))

    def write_file(self, path: str, pieces: Iterable[bytes]) -> int:
        """Store one archive file from the inner tar byte ``pieces``.

        Returns the compressed stream length.
        """
        comp = compressor(self.header.compressed,
                          self.header.compression_filter)
        spool = tempfile.SpooledTemporaryFile(_SPOOL_MEMORY, dir=self._tmpdir)
        state = {"index": 0, "fill": 0, "total": 0}

        def emit(data: bytes) -> None:
            while data:
                room = self.chunk_size - state["fill"]
                part, data = data[:room], data[room:]
                spool.write(part)
                state["fill"] += len(part)
                state["total"] += len(part)
                self._progress(len(part))
                if state["fill"] == self.chunk_size:
                    self._chunk(path, state["index"], spool, state["fill"])
                    state["index"] += 1
                    state["fill"] = 0
                    spool.seek(0)
                    spool.truncate()

        try:
            for piece in pieces:
                self._check()
                emit(comp.compress(piece))
            emit(comp.flush())
            if state["fill"] or state["index"] == 0:
                self._chunk(path, state["index"], spool, state["fill"])
        except BaseException:
            abort = getattr(comp, "abort", None)
            if abort is not None:
                abort()
            raise
        finally:
            spool.close()
        return state["total"]

    def write_bytes(self, path: str, data: bytes) -> int:
        """A small file (qubes.xml, firewall.xml, notes.txt, empty)."""
        return self.write_file(path, [regular_member(path, data, self._mtime)])

    def write_volume(self, path: str, source: str | os.PathLike) -> int:
        """A volume image from its (sparse) file, as a pax sparse member."""
        return self.write_file(path, sparse_member(path, source, self._mtime))

    def write_tree(self, path: str, root: str | os.PathLike) -> int:
        """dom0's home: a tar of the whole tree named ``path/...``."""
        return self.write_file(path, _tree_pieces(path, root))

    def finish(self) -> None:
        """End-of-archive blocks, padded to a full tar record."""
        self._write(END_OF_ARCHIVE)
        self._write(b"\0" * (-self.written % RECORD))


class _Collector:
    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)


def _tree_pieces(arcname: str, root: str | os.PathLike) -> Iterable[bytes]:
    """Tar of a directory tree, yielded entry by entry (symlinks kept)."""
    sink = _Collector()
    tar = tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT)
    try:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            rel = os.path.relpath(dirpath, root)
            base = arcname if rel == "." else f"{arcname}/{rel}"
            tar.add(dirpath, arcname=base, recursive=False)
            for fname in sorted(filenames) + sorted(
                    d for d in dirnames
                    if os.path.islink(os.path.join(dirpath, d))):
                tar.add(os.path.join(dirpath, fname),
                        arcname=f"{base}/{fname}", recursive=False)
                yield from sink.parts
                sink.parts.clear()
            yield from sink.parts
            sink.parts.clear()
    finally:
        tar.close()
    yield from sink.parts
