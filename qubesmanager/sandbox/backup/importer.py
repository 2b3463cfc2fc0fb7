"""``admin.vm.volume.Import`` / ``ImportWithSize`` as a streamed payload.

qubesd never reads a volume through its normal 64 KiB request path; the
real client streams it through a service program (backup-format.md 3.6).
Our server hands these two methods the rest of the connection instead of
a buffered payload, and this module copies exactly the announced number of
bytes into a new sparse file (zero blocks become holes), which replaces
the volume's committed image only when the import succeeded.
"""

from __future__ import annotations

import asyncio
import os
import socket

from ..errors import QubesException, QubesdError

BLOCK = 4096
SPAN = 64 * 1024
_READ = 1 << 20
MAX_SIZE_LINE = 32


class ImportFailed(Exception):
    """The data did not match the announced size."""


async def _read_size_line(reader: asyncio.StreamReader, buf: bytes
                          ) -> tuple[int, bytes]:
    while b"\n" not in buf:
        if len(buf) > MAX_SIZE_LINE:
            raise QubesdError("ProtocolError", "invalid size line")
        more = await reader.read(MAX_SIZE_LINE)
        if not more:
            raise QubesdError("ProtocolError", "missing size line")
        buf += more
    line, _, rest = buf.partition(b"\n")
    try:
        size = int(line.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise QubesdError("ProtocolError", "invalid size line") from None
    if size < 0:
        raise QubesdError("ProtocolError", "invalid size line")
    return size, rest


_ZEROS = bytes(_READ)


def _write_sparse(fd: int, offset: int, data: bytes) -> None:
    """Write ``data`` at ``offset``, leaving all-zero blocks as holes.

    Zero runs are found per 64 KiB (then per 4 KiB inside mixed pieces) and
    consecutive data is written with one call, so random data costs a few
    syscalls per MiB rather than one per block.
    """
    if len(data) <= _READ and data == _ZEROS[:len(data)]:
        return                        # the common case: a whole hole
    run_start = None
    pos = 0
    end = len(data)
    zero_block = _ZEROS[:BLOCK]
    while pos < end:
        span = data[pos:pos + SPAN]
        if span == _ZEROS[:len(span)]:
            piece, zero = span, True
        elif zero_block not in span:     # no zero block inside: all data
            piece, zero = span, False
        else:                            # mixed: look block by block
            piece = data[pos:pos + BLOCK]
            zero = piece == _ZEROS[:len(piece)]
        if zero and run_start is not None:
            os.pwrite(fd, data[run_start:pos], offset + run_start)
            run_start = None
        elif not zero and run_start is None:
            run_start = pos
        pos += len(piece)
    if run_start is not None:
        os.pwrite(fd, data[run_start:end], offset + run_start)


async def copy_exact(reader: asyncio.StreamReader, first: bytes, path,
                     size: int) -> None:
    """Copy exactly ``size`` bytes into a new file at ``path``."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        copied = 0
        pending = first
        while copied < size:
            if not pending:
                pending = await reader.read(_READ)
                if not pending:
                    raise ImportFailed(f"not enough data (copied {copied} "
                                       f"bytes, expected {size} bytes)")
            take = pending[:size - copied]
            pending = pending[len(take):]
            _write_sparse(fd, copied, take)
            copied += len(take)
        if pending or await reader.read(1):
            raise ImportFailed(f"too much data (expected {size} bytes)")
        os.ftruncate(fd, size)
    finally:
        os.close(fd)


def _copy_blocking(sock: socket.socket, first: bytes, path, size: int) -> None:
    """Like :func:`copy_exact`, on a blocking socket (worker thread)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    buf = bytearray(_READ)
    view = memoryview(buf)
    try:
        take = first[:size]
        _write_sparse(fd, 0, take)
        copied = len(take)
        extra = len(first) > size
        while copied < size and not extra:
            want = min(_READ, size - copied)
            got = sock.recv_into(view, want, socket.MSG_WAITALL)
            if got <= 0:
                raise ImportFailed(f"not enough data (copied {copied} "
                                   f"bytes, expected {size} bytes)")
            _write_sparse(fd, copied, bytes(view[:got]))
            copied += got
        if extra or sock.recv(1):
            raise ImportFailed(f"too much data (expected {size} bytes)")
        os.ftruncate(fd, size)
    finally:
        os.close(fd)


async def _copy(reader, first: bytes, path, size: int) -> None:
    """Copy the payload: in a thread straight from the socket when the
    connection allows it (asyncio's 64 KiB reads cost ~4 s per GiB), else
    through the stream reader."""
    transport = getattr(reader, "_transport", None)
    raw = transport.get_extra_info("socket") if transport else None
    buffered = getattr(reader, "_buffer", None)
    if raw is None or buffered is None:
        await copy_exact(reader, first, path, size)
        return
    transport.pause_reading()
    first = first + bytes(buffered)
    buffered.clear()
    sock = socket.socket(fileno=os.dup(raw.fileno()))
    try:
        sock.setblocking(True)
        await asyncio.get_running_loop().run_in_executor(
            None, _copy_blocking, sock, first, path, size)
    finally:
        sock.close()


async def import_volume(call, with_size: bool) -> None:
    """The whole method: checks, events, copy, swap in, or clean up."""
    system = call.system
    qube = call.dest
    storage = system.subsystems.get("storage")
    if storage is None:
        raise QubesException("storage is not available")
    vol = storage.volume(qube, call.arg)
    if vol.is_kernel or not vol.save_on_stop:
        raise QubesException(f"Volume {call.arg} of {qube.name} cannot be "
                             "imported (not persistent)")
    if qube.is_active():
        raise QubesdError("QubesVMNotHaltedError",
                          f"Domain is not powered off: '{qube.name}'")
    reader = getattr(call, "reader", None)
    first = call.payload
    if with_size:
        if reader is None:
            size, first = await _read_size_line(_Empty(), first)
        else:
            size, first = await _read_size_line(reader, first)
    else:
        size = vol.size
    importing = system.subsystems["backup"].importing
    if (qube.name, vol.name) in importing:
        raise QubesException("Data import failed: import already running")
    importing.add((qube.name, vol.name))
    system.fire(qube, "domain-volume-import-begin", volume=vol.name,
                size=size)
    image = vol.clean()
    image.parent.mkdir(parents=True, exist_ok=True)
    tmp = image.with_name(image.name + ".import-tmp")
    try:
        await _copy(reader or _Empty(), first, tmp, size)
    except (ImportFailed, OSError) as err:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        system.fire(qube, "domain-volume-import-end", volume=vol.name,
                    success=False)
        raise QubesException(f"Data import failed: {err}") from None
    finally:
        importing.discard((qube.name, vol.name))
    os.replace(tmp, image)
    vol.size = size
    storage.committed(vol)
    system.changed(qube)
    system.fire(qube, "domain-volume-import-end", volume=vol.name,
                success=True)


class _Empty:
    """A reader with nothing more (the payload arrived in full)."""

    async def read(self, n: int = -1) -> bytes:
        return b""


SERVICE_SCRIPT = '''#!{python}
"""qrexec service {name} of a Qubes Manager sandbox (backup-format.md 3.6).

Generated by the sandbox: streams stdin to the sandbox's socket as
{name}+<volume> for $QREXEC_REQUESTED_TARGET and prints the reply.
"""
import os
import socket
import sys

SOCKET = {socket!r}

def main():
    method = os.path.basename(sys.argv[0])
    volume = sys.argv[1] if len(sys.argv) > 1 else ""
    target = os.environ.get("QREXEC_REQUESTED_TARGET", "")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(SOCKET)
    sock.sendall(f"{{method}}+{{volume}} dom0 name {{target}}".encode("ascii")
                 + b"\\0")
    stdin = sys.stdin.buffer
    while True:
        data = stdin.read1(1 << 20)
        if not data:
            break
        sock.sendall(data)
    sock.shutdown(socket.SHUT_WR)
    out = sys.stdout.buffer
    while True:
        data = sock.recv(1 << 16)
        if not data:
            break
        out.write(data)
    out.flush()

main()
'''


def install_services(directory, socket_path: str, python: str) -> None:
    """Write the service program under both method names."""
    os.makedirs(directory, exist_ok=True)
    for name in ("admin.vm.volume.Import", "admin.vm.volume.ImportWithSize"):
        path = os.path.join(directory, name)
        text = SERVICE_SCRIPT.format(python=python, name=name,
                                     socket=str(socket_path))
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o755)
        os.replace(tmp, path)
