"""Read and verify a version-4 archive (backup-format.md 3.1).

Nothing decrypted is used before its container's final HMAC passed: each
chunk is decrypted into a spool and only then handed on.  Every chunk's
passphrase binds it to this backup's id and its own name, so a renamed,
reordered or foreign chunk fails authentication.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO, Callable, Iterator

from . import scryptfile
from .compress import DecompressingReader
from .errors import BackupFormatError, CorruptedData, TruncatedArchive, \
    UnexpectedMember, WrongPassphrase
from .header import HEADER_NAME, HMAC_NAME, MAX_HEADER_SIZE, BackupHeader, \
    chunk_passphrase, header_passphrase, parse_header
from .tarblocks import OuterMember, OuterReader

#: Largest qubes.xml container accepted (the inner file is a few MiB at most).
MAX_QUBES_XML = 64 * 1024 * 1024

_CHUNK = re.compile(r"(?P<path>.+)\.(?P<index>\d{3,})\.enc\Z")
_SPOOL_MEMORY = 8 * 1024 * 1024


def split_chunk_name(name: str) -> tuple[str, int]:
    """``vm3/private.img.001.enc`` -> (``vm3/private.img``, 1)."""
    match = _CHUNK.match(name)
    if not match:
        raise UnexpectedMember(f"Invalid file extension found in archive: {name}")
    return match["path"], int(match["index"])


@dataclasses.dataclass
class ReadStats:
    """What a pass cost: bytes of .enc members and key derivations."""

    enc_bytes: int = 0
    containers: int = 0
    kdf_seconds: float = 0.0


class BackupReader:
    """An archive that can be opened again for each pass.

    ``opener()`` returns a fresh binary stream of the whole archive.
    """

    def __init__(self, opener: Callable[[], BinaryIO], passphrase: str,
                 tmpdir: str | None = None) -> None:
        self._opener = opener
        self._passphrase = passphrase
        self._tmpdir = tmpdir
        self.header: BackupHeader | None = None
        self.stats = ReadStats()

    # ---------------------------------------------------------------- pass 1

    def read_metadata(self) -> bytes:
        """Verify and parse the header, return the decrypted qubes.xml tar.

        Returns the decompressed inner tar bytes of ``qubes.xml.000``
        (callers extract member ``qubes.xml``).  Raises WrongPassphrase
        when the header does not authenticate.
        """
        found: dict[str, bytes] = {}
        with self._opener() as raw:
            outer = OuterReader(raw)
            while True:
                member = outer.next()
                if member is None:
                    break
                if member.name in (HEADER_NAME, HMAC_NAME):
                    found[member.name] = outer.read_all(MAX_HEADER_SIZE)
                    if len(found) == 2:
                        self._verify_header(found)
                elif member.name == "qubes.xml.000.enc":
                    if self.header is None:
                        raise UnexpectedMember(
                            "qubes.xml comes before the backup header")
                    plain = self._decrypt_member(outer, member)
                    return self._decompress_all(plain)
        if HEADER_NAME not in found:
            raise BackupFormatError(
                "this is not a Qubes backup version 4 (no backup-header)")
        if self.header is None:
            raise TruncatedArchive("the backup header's HMAC is missing")
        raise TruncatedArchive("the archive holds no qubes.xml")

    def _verify_header(self, found: dict[str, bytes]) -> None:
        try:
            plain = scryptfile.decrypt_bytes(
                found[HMAC_NAME], header_passphrase(self._passphrase))
        except WrongPassphrase:
            raise WrongPassphrase(
                "Wrong passphrase: the backup header could not be "
                "authenticated.") from None
        except BackupFormatError as err:
            raise CorruptedData(f"corrupted backup header: {err}") from None
        if plain != found[HEADER_NAME]:
            raise CorruptedData(
                "corrupted backup header: it differs from its authenticated "
                "copy")
        self.header = parse_header(found[HEADER_NAME])

    def _decompress_all(self, plain: bytes) -> bytes:
        pieces = [plain]
        reader = DecompressingReader(lambda: pieces.pop() if pieces else b"",
                                     self.header.compressed,
                                     self.header.compression_filter)
        data = reader.read(-1)
        if len(data) > MAX_QUBES_XML:
            raise UnexpectedMember("qubes.xml is unexpectedly large")
        return data

    # --------------------------------------------------------------- chunks

    def _decrypt_member(self, outer: OuterReader, member: OuterMember,
                        check: Callable[[], None] | None = None) -> bytes | BinaryIO:
        """Authenticated plaintext of one chunk (bytes if small, else a spool)."""
        name = member.name[:-len(".enc")]
        spool = tempfile.SpooledTemporaryFile(_SPOOL_MEMORY, dir=self._tmpdir)
        import time
        start = time.perf_counter()
        try:
            scryptfile.decrypt_stream(
                outer, member.size, spool.write,
                chunk_passphrase(self.header.backup_id, name, self._passphrase),
                check=check)
        except WrongPassphrase:
            spool.close()
            raise CorruptedData(
                f"{member.name} does not belong to this backup (authentication "
                "failed): the archive was tampered with or assembled from "
                "different backups.") from None
        except CorruptedData as err:
            spool.close()
            raise CorruptedData(f"{member.name}: {err}; the archive was "
                                "modified or damaged.") from None
        except BaseException:
            spool.close()
            raise
        self.stats.containers += 1
        self.stats.kdf_seconds += time.perf_counter() - start
        self.stats.enc_bytes += member.size
        if spool.tell() <= _SPOOL_MEMORY:
            spool.seek(0)
            data = spool.read()
            spool.close()
            return data
        spool.seek(0)
        return spool

    # --------------------------------------------------------------- pass 2

    def iter_files(self, wanted: Callable[[str], bool],
                   check: Callable[[], None] | None = None,
                   on_bytes: Callable[[int], None] | None = None
                   ) -> Iterator["ArchiveFile"]:
        """Yield every archive file whose path ``wanted`` accepts, in order.

        Each yielded file's ``stream`` reads its decompressed inner tar; the
        caller may stop reading early, the rest is still pulled and
        verified before the next file.  Members of unwanted files are
        skipped without decryption.  At the end the archive must be
        complete (end-of-archive seen), else TruncatedArchive.
        """
        if self.header is None:
            self.read_metadata()
        check = check or (lambda: None)
        report = on_bytes or (lambda n: None)
        prefetch = ThreadPoolExecutor(1, thread_name_prefix="chunk-prefetch")
        try:
            yield from self._walk(wanted, check, report, prefetch)
        finally:
            prefetch.shutdown(wait=True)

    def _walk(self, wanted, check, report, prefetch) -> Iterator["ArchiveFile"]:
        with self._opener() as raw:
            outer = OuterReader(raw)
            member = outer.next()
            while member is not None:
                check()
                name = member.name
                if name in (HEADER_NAME, HMAC_NAME) \
                        or name.startswith("qubes.xml."):
                    member = outer.next()
                    continue
                path, index = split_chunk_name(name)
                if not wanted(path):
                    report(member.size)
                    member = outer.next()
                    continue
                if index != 0:
                    raise UnexpectedMember(
                        f"Unexpected file in archive: {name} (its preceding "
                        "chunks are missing)")
                state = _ChunkChain(self, outer, path, member, check, report,
                                    prefetch)
                afile = ArchiveFile(path, DecompressingReader(
                    state.next_piece, self.header.compressed,
                    self.header.compression_filter))
                try:
                    yield afile
                    afile.stream.drain()
                finally:
                    afile.stream.close()
                    state.close()
                member = state.following
            if not outer.complete:
                raise TruncatedArchive(
                    "the archive is truncated (it ends without the "
                    "end-of-archive marker)")


@dataclasses.dataclass
class ArchiveFile:
    """One archive file: its path and its decompressed inner tar stream."""

    path: str
    stream: DecompressingReader


class _ChunkChain:
    """Pulls the consecutive chunks of one file from the outer reader.

    While the consumer decompresses and uses chunk N, chunk N+1 is read and
    authenticated in a helper thread (``prefetch``), so decryption overlaps
    the rest of the pipeline.  Only one thread touches the outer reader at
    a time: the helper while a fetch is pending, the caller otherwise.
    """

    def __init__(self, reader: BackupReader, outer: OuterReader, path: str,
                 first: OuterMember, check, report, prefetch=None) -> None:
        self._reader = reader
        self._outer = outer
        self._path = path
        self._pending: OuterMember | None = first
        self._index = 0
        self._current: bytes | BinaryIO | None = None
        self._check = check
        self._report = report
        self._pool = prefetch
        self._future = None
        self.following: OuterMember | None = None
        self._done = False

    def _fetch(self):
        """("chunk", plaintext) for the next chunk, or ("end", next member)."""
        if self._pending is None:
            nxt = self._outer.next()
            if nxt is None or not nxt.name.endswith(".enc"):
                return "end", nxt
            path, index = split_chunk_name(nxt.name)
            if path != self._path:
                return "end", nxt
            if index != self._index + 1:
                raise UnexpectedMember(
                    f"Unexpected file in archive: {nxt.name} (expected "
                    f"{self._path}.{self._index + 1:03d}.enc)")
            self._index = index
            member = nxt
        else:
            member, self._pending = self._pending, None
        self._check()
        data = self._reader._decrypt_member(self._outer, member, self._check)
        self._report(member.size)
        return "chunk", data

    def next_piece(self) -> bytes:
        while True:
            if self._current is not None:
                if isinstance(self._current, bytes):
                    data, self._current = self._current, None
                    if data:
                        return data
                    continue
                data = self._current.read(1 << 20)
                if data:
                    return data
                self._current.close()
                self._current = None
            if self._done:
                return b""
            if self._future is not None:
                future, self._future = self._future, None
                kind, value = future.result()
            else:
                kind, value = self._fetch()
            if kind == "end":
                self._finish(value)
                continue
            self._current = value
            if self._pool is not None:
                self._future = self._pool.submit(self._fetch)

    def _finish(self, following: OuterMember | None) -> None:
        self.following = following
        self._pending = None
        self._done = True

    def close(self) -> None:
        if self._future is not None:
            # Let the helper finish with the outer reader; drop its chunk.
            try:
                kind, value = self._future.result()
                if kind == "chunk" and not isinstance(value, bytes):
                    value.close()
            except BaseException:  # noqa: BLE001 - already failing
                pass
            self._future = None
        if self._current is not None and not isinstance(self._current, bytes):
            self._current.close()
        self._current = None
        if not self._done:
            # The consumer stopped early (error): leave no half state.
            self._done = True
