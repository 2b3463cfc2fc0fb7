"""Compression filters of the inner streams (backup-format.md 2.8).

gzip, bzip2 and xz (and their parallel/legacy aliases) run in-process;
zstd runs the installed program, as the real tools do for every filter.
Compressors are push-based (the writer feeds tar blocks); decompressors
are pull-based file objects over a chunk source (the reader pulls).
"""

from __future__ import annotations

import bz2
import collections
import lzma
import os
import queue
import shutil
import subprocess
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from .errors import BackupFormatError, CorruptedData

#: header filter name -> in-process codec family
_FAMILY = {"gzip": "gzip", "pigz": "gzip", "bzip2": "bzip2",
           "pbzip2": "bzip2", "xz": "xz", "lzma": "xz",
           "zstd": "zstd", "zstdmt": "zstd"}

#: Names the sandbox writer accepts as a profile's compression program.
WRITER_FILTERS = ("gzip", "bzip2", "xz", "zstd")


def writer_filter(setting: object) -> tuple[bool, str]:
    """(compressed, filter) for a profile's ``compression`` value (1.2)."""
    if setting is None or setting is True:
        return True, "gzip"
    if setting is False:
        return False, "gzip"
    name = str(setting).strip()
    if name.lower() in ("true", "1", "yes"):
        return True, "gzip"
    if name.lower() in ("false", "0", "no", ""):
        return False, "gzip"
    if name not in WRITER_FILTERS:
        raise BackupFormatError(f"unsupported compression filter {name!r}")
    if name == "zstd" and shutil.which("zstd") is None:
        raise BackupFormatError("compression program 'zstd' is not installed")
    return True, name


class _Identity:
    def compress(self, data: bytes) -> bytes:
        return data

    def flush(self) -> bytes:
        return b""


class _ProgramCompressor:
    """A filter program fed from the caller's thread, drained by a thread."""

    def __init__(self, argv: list[str]) -> None:
        self._proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE)
        self._out: queue.Queue[bytes | None] = queue.Queue()
        self._thread = threading.Thread(target=self._drain, daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        while True:
            buf = self._proc.stdout.read1(1 << 20)
            if not buf:
                self._out.put(None)
                return
            self._out.put(buf)

    def _collect(self, block: bool) -> bytes:
        parts = []
        while True:
            try:
                item = self._out.get(block=block)
            except queue.Empty:
                break
            if item is None:
                break
            parts.append(item)
        return b"".join(parts)

    def compress(self, data: bytes) -> bytes:
        self._proc.stdin.write(data)
        return self._collect(block=False)

    def flush(self) -> bytes:
        self._proc.stdin.close()
        rest = self._collect(block=True)
        self._thread.join()
        if self._proc.wait() != 0:
            raise BackupFormatError("compression program failed")
        return rest

    def abort(self) -> None:
        self._proc.kill()
        self._proc.wait()


class ParallelGzip:
    """gzip on every core: the stream is a series of gzip members.

    Any number of concatenated members is a valid gzip stream (gunzip and
    the real restore read it; backup-format.md 2.8), so blocks are
    compressed independently on a thread pool (zlib releases the GIL) and
    emitted in order.  A block whose sample does not shrink (encrypted or
    media data) is stored at level 0 instead of burning CPU on it.
    """

    BLOCK = 4 * 1024 * 1024

    def __init__(self, level: int = 6, workers: int | None = None) -> None:
        self._level = level
        self._workers = max(1, workers or os.cpu_count() or 1)
        self._pool = ThreadPoolExecutor(self._workers,
                                        thread_name_prefix="gzip")
        self._pending: collections.deque = collections.deque()
        self._buf = bytearray()

    SEGMENT = 1024 * 1024

    @staticmethod
    def _member(block: bytes, level: int) -> bytes:
        """gzip members for one block, one per 1 MiB segment, each stored
        (level 0) when a sample of it does not compress."""
        out = []
        seg = ParallelGzip.SEGMENT
        for start in range(0, max(len(block), 1), seg):
            part = block[start:start + seg]
            use = level
            if level and part:
                # Four 8 KiB samples; mostly incompressible -> store.
                step = max(len(part) // 4, 1)
                sample = b"".join(part[i:i + 8192]
                                  for i in range(0, len(part), step))
                if len(zlib.compress(sample, 1)) > 0.9 * len(sample):
                    use = 0
            comp = zlib.compressobj(use, zlib.DEFLATED, 31)
            out.append(comp.compress(part) + comp.flush())
        return b"".join(out)

    def _submit(self, block: bytes) -> None:
        self._pending.append(self._pool.submit(self._member, block,
                                               self._level))

    def _collect(self, wait_for: int) -> bytes:
        """Finished members in order; block while more than ``wait_for``
        are pending (bounds memory to a few blocks per core)."""
        out = []
        while self._pending and (len(self._pending) > wait_for
                                 or self._pending[0].done()):
            out.append(self._pending.popleft().result())
        return b"".join(out)

    def compress(self, data: bytes) -> bytes:
        self._buf += data
        while len(self._buf) >= self.BLOCK:
            self._submit(bytes(self._buf[:self.BLOCK]))
            del self._buf[:self.BLOCK]
        return self._collect(2 * self._workers)

    def flush(self) -> bytes:
        if self._buf or not self._pending:
            self._submit(bytes(self._buf))
            self._buf.clear()
        try:
            return self._collect(0)
        finally:
            self._pool.shutdown(wait=False)

    def abort(self) -> None:
        for future in self._pending:
            future.cancel()
        self._pending.clear()
        self._pool.shutdown(wait=False)


def compressor(compressed: bool, name: str):
    """A push compressor object with ``compress(data)`` and ``flush()``."""
    if not compressed:
        return _Identity()
    family = _FAMILY.get(name)
    if family == "gzip":
        return ParallelGzip()
    if family == "bzip2":
        return bz2.BZ2Compressor(9)
    if family == "xz":
        return lzma.LZMACompressor(lzma.FORMAT_XZ)
    if family == "zstd":
        return _ProgramCompressor(["zstd", "-q", "-c"])
    raise BackupFormatError(f"unsupported compression filter {name!r}")


class _Decoder:
    """In-process decoder handling concatenated streams (gzip members...)."""

    def __init__(self, factory: Callable[[], object]) -> None:
        self._factory = factory
        self._dec = factory()
        self._started = False

    def decode(self, data: bytes) -> bytes:
        out = []
        while data:
            if self._dec.eof:
                self._dec = self._factory()
            out.append(self._dec.decompress(data))
            self._started = True
            data = self._dec.unused_data if self._dec.eof else b""
        return b"".join(out)

    def finish(self) -> None:
        if self._started and not self._dec.eof:
            raise CorruptedData("compressed stream ended too early "
                                "(truncated archive?)")


def _zlib_factory():
    return zlib.decompressobj(47)


class DecompressingReader:
    """A read-only file object that decompresses what ``source`` yields.

    ``source()`` returns the next plaintext piece (bytes) or b"" at the end.
    Errors of the codec become CorruptedData with a readable message.
    """

    def __init__(self, source: Callable[[], bytes], compressed: bool,
                 name: str) -> None:
        self._source = source
        self._buf = bytearray()
        self._eof = False
        self._proc = None
        family = _FAMILY.get(name) if compressed else None
        if compressed and family is None:
            raise BackupFormatError(f"unsupported compression filter {name!r}")
        if family == "zstd":
            self._decoder = None
            self._start_program(["zstd", "-q", "-d", "-c"])
        elif family:
            factory = {"gzip": _zlib_factory, "bzip2": bz2.BZ2Decompressor,
                       "xz": lambda: lzma.LZMADecompressor(lzma.FORMAT_AUTO)
                       }[family]
            self._decoder = _Decoder(factory)
        else:
            self._decoder = None

    def _start_program(self, argv: list[str]) -> None:
        self._proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE,
                                      stderr=subprocess.DEVNULL)
        self._feed_error: BaseException | None = None

        def feed() -> None:
            try:
                while True:
                    piece = self._source()
                    if not piece:
                        break
                    self._proc.stdin.write(piece)
            except BaseException as err:  # reported by read()
                self._feed_error = err
            finally:
                try:
                    self._proc.stdin.close()
                except OSError:
                    pass
        self._feeder = threading.Thread(target=feed, daemon=True)
        self._feeder.start()

    def _fill(self, want: int) -> None:
        while len(self._buf) < want and not self._eof:
            if self._proc is not None:
                piece = self._proc.stdout.read1(1 << 20)
                if not piece:
                    self._feeder.join()
                    self._eof = True
                    if self._feed_error is not None:
                        raise self._feed_error
                    if self._proc.wait() != 0:
                        raise CorruptedData("decompression failed")
                self._buf += piece
                continue
            piece = self._source()
            if not piece:
                self._eof = True
                if self._decoder is not None:
                    self._decoder.finish()
                break
            if self._decoder is not None:
                try:
                    piece = self._decoder.decode(piece)
                except (zlib.error, OSError, lzma.LZMAError, EOFError) as err:
                    raise CorruptedData(f"cannot decompress data: {err}") \
                        from err
            self._buf += piece

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            while not self._eof:
                self._fill(len(self._buf) + (1 << 20))
            data = bytes(self._buf)
            self._buf.clear()
            return data
        self._fill(n)
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data

    def drain(self) -> None:
        """Read and discard the rest, so trailing chunks are consumed too."""
        while not self._eof:
            self._buf.clear()
            self._fill(1 << 20)
        self._buf.clear()

    def close(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
