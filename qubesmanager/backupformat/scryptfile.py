"""The file format of the ``scrypt enc`` tool (backup-format.md 2.10).

Every ``.enc`` member and ``backup-header.hmac`` is such a container:
a 96-byte header (magic, parameters, salt, checksum, header HMAC), the
AES-256-CTR ciphertext, and an HMAC-SHA-256 over everything before it.

The key derivation is what costs: one scrypt run per container, with the
parameters stored in that container.  The format gives every chunk its own
passphrase (backup id + member name) and its own salt, so a derived key can
never be reused across chunks; the writer keeps the cost low by choosing
small parameters (logN 14: ~40 ms), the reader pays what the archive says.
Keys are derived with ``cryptography``'s Scrypt, which unlike
``hashlib.scrypt`` can derive the 1-4 GiB keys of real dom0 archives.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import threading
import time
from typing import BinaryIO, Callable

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import BackupFormatError, CorruptedData, TruncatedArchive, \
    WrongPassphrase

MAGIC = b"scrypt\0"
HEADER_SIZE = 96
TRAILER_SIZE = 32
#: Bytes a container adds to its plaintext.
OVERHEAD = HEADER_SIZE + TRAILER_SIZE

#: Writer default: 16 MiB of memory, tens of milliseconds per container.
DEFAULT_LOGN, DEFAULT_R, DEFAULT_P = 14, 8, 1

def _memory_limit() -> int:
    """Largest scrypt memory (128*N*r*p) the reader accepts: 8 GiB, but
    never more than 3/4 of this machine's RAM.  Real dom0 archives use up
    to logN 22 with r 8 (4 GiB); a hostile header must not make us swap."""
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        ram = 8 * 1024 ** 3
    return min(8 * 1024 ** 3, ram * 3 // 4)


MAX_KDF_MEMORY = _memory_limit()

_BUF = 1024 * 1024


class KdfCounter:
    """Key derivations done by this process and their time (benchmarks)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.count = 0
        self.seconds = 0.0
        self.params: dict[tuple[int, int, int], int] = {}

    def add(self, seconds: float, params: tuple[int, int, int]) -> None:
        with self._lock:
            self.count += 1
            self.seconds += seconds
            self.params[params] = self.params.get(params, 0) + 1

    def reset(self) -> None:
        with self._lock:
            self.count, self.seconds, self.params = 0, 0.0, {}


KDF_STATS = KdfCounter()


def derive_keys(passphrase: bytes, salt: bytes, logn: int, r: int,
                p: int) -> tuple[bytes, bytes]:
    """(K_enc, K_mac) from the passphrase - the expensive step."""
    start = time.perf_counter()
    key = Scrypt(salt=salt, length=64, n=1 << logn, r=r, p=p).derive(passphrase)
    KDF_STATS.add(time.perf_counter() - start, (logn, r, p))
    return key[:32], key[32:]


def _header(salt: bytes, logn: int, r: int, p: int, k_mac: bytes) -> bytes:
    head = MAGIC + bytes([logn]) + struct.pack(">II", r, p) + salt
    head += hashlib.sha256(head).digest()[:16]
    return head + hmac.new(k_mac, head, hashlib.sha256).digest()


def _ctr(k_enc: bytes):
    return Cipher(algorithms.AES(k_enc), modes.CTR(b"\0" * 16)).encryptor()


def encrypt_stream(src: BinaryIO, length: int, write: Callable[[bytes], object],
                   passphrase: bytes, logn: int = DEFAULT_LOGN,
                   r: int = DEFAULT_R, p: int = DEFAULT_P,
                   check: Callable[[], None] | None = None) -> int:
    """Encrypt exactly ``length`` bytes of ``src`` into ``write``.

    Returns the container size (``length + OVERHEAD``).  ``check`` is called
    between buffers so a cancel can stop a long chunk.
    """
    salt = os.urandom(32)
    k_enc, k_mac = derive_keys(passphrase, salt, logn, r, p)
    head = _header(salt, logn, r, p, k_mac)
    mac = hmac.new(k_mac, head, hashlib.sha256)
    write(head)
    enc = _ctr(k_enc)
    left = length
    while left:
        if check is not None:
            check()
        buf = src.read(min(_BUF, left))
        if not buf:
            raise TruncatedArchive("source ended before the announced length")
        left -= len(buf)
        out = enc.update(buf)
        mac.update(out)
        write(out)
    write(mac.digest())
    return length + OVERHEAD


def encrypt_bytes(data: bytes, passphrase: bytes, logn: int = DEFAULT_LOGN,
                  r: int = DEFAULT_R, p: int = DEFAULT_P) -> bytes:
    """Container of a small plaintext (header .hmac, tests)."""
    import io
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), len(data), out.write, passphrase,
                   logn, r, p)
    return out.getvalue()


def parse_header(head: bytes) -> tuple[int, int, int, bytes]:
    """Check magic, version and checksum; return (logN, r, p, salt)."""
    if len(head) < HEADER_SIZE:
        raise TruncatedArchive("encrypted member shorter than its header")
    if head[:7] != MAGIC:
        raise CorruptedData("not a valid scrypt file (bad magic or version)")
    if hashlib.sha256(head[:48]).digest()[:16] != head[48:64]:
        raise CorruptedData("not a valid scrypt file (header checksum)")
    logn = head[7]
    r, p = struct.unpack(">II", head[8:16])
    if not 1 <= logn <= 63 or r < 1 or p < 1 or r * p >= 1 << 30:
        raise CorruptedData("invalid scrypt parameters")
    if 128 * (1 << logn) * r * p > MAX_KDF_MEMORY:
        raise BackupFormatError(
            f"scrypt parameters need {128 * (1 << logn) * r * p >> 20} MiB "
            f"of memory; this computer allows {MAX_KDF_MEMORY >> 20} MiB")
    return logn, r, p, head[16:48]


def decrypt_stream(src: BinaryIO, size: int, write: Callable[[bytes], object],
                   passphrase: bytes,
                   check: Callable[[], None] | None = None) -> int:
    """Decrypt a container of ``size`` bytes from ``src`` into ``write``.

    The plaintext goes to ``write`` as it is decrypted, but is only
    authentic once this returns: callers write into a spool and use it
    after success (raises WrongPassphrase / CorruptedData /
    TruncatedArchive otherwise).  Returns the plaintext length.
    """
    if size < OVERHEAD:
        raise TruncatedArchive("encrypted member too short")
    head = _read_exact(src, HEADER_SIZE)
    logn, r, p, salt = parse_header(head)
    k_enc, k_mac = derive_keys(passphrase, salt, logn, r, p)
    mac = hmac.new(k_mac, head[:64], hashlib.sha256)
    if not hmac.compare_digest(mac.digest(), head[64:96]):
        raise WrongPassphrase("passphrase is incorrect")
    mac.update(head[64:96])
    dec = _ctr(k_enc)
    left = size - OVERHEAD
    while left:
        if check is not None:
            check()
        buf = src.read(min(_BUF, left))
        if not buf:
            raise TruncatedArchive("encrypted member is truncated")
        left -= len(buf)
        mac.update(buf)
        write(dec.update(buf))
    trailer = _read_exact(src, TRAILER_SIZE)
    if not hmac.compare_digest(mac.digest(), trailer):
        raise CorruptedData("data is corrupted (HMAC mismatch)")
    return size - OVERHEAD


def decrypt_bytes(blob: bytes, passphrase: bytes) -> bytes:
    """Plaintext of a small, complete container."""
    import io
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(blob), len(blob), out.write, passphrase)
    return out.getvalue()


def _read_exact(src: BinaryIO, n: int) -> bytes:
    data = b""
    while len(data) < n:
        buf = src.read(n - len(data))
        if not buf:
            raise TruncatedArchive("encrypted member is truncated")
        data += buf
    return data
