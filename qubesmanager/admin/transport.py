"""How request bytes reach qubesd: a local Unix socket or qrexec-client-vm.

Both transports produce exactly the response bytes qubesd wrote (admin-api.md
1.2-1.5); :func:`decode_response` turns them into a payload or raises the
exception the upstream client would.  Each call uses its own connection, so
calls from several threads run concurrently without sharing state.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess

from qubesmanager.admin import exc, wire

#: Where qubesd listens in dom0.
DEFAULT_SOCKET = "/var/run/qubesd.sock"

#: Upstream's message for a connection closed without a single byte.
EMPTY_RESPONSE = ("Got empty response from qubesd. See journalctl in dom0 "
                  "for details.")


def check_header(dest: str, method: str, arg: str) -> None:
    """Refuse header fields that would change the request's meaning.

    qubesd splits the header at spaces, so a space in an argument (a
    feature or tag name typed by the user) would shift the destination
    field: never send one.  Also ASCII only, no NUL, no ``+`` in method.
    """
    for what, value in (("destination", dest), ("method", method),
                        ("argument", arg)):
        if not value.isascii() or any(c.isspace() or c == "\0"
                                      or not c.isprintable() for c in value):
            raise exc.ProtocolError(
                f"Invalid characters in {what}: {value!r}")
    if "+" in method or not method:
        raise exc.ProtocolError(f"Invalid method name: {method!r}")


def decode_response(data: bytes) -> bytes:
    """Payload of a complete non-stream response, or raise its exception.

    An empty response (R4.3 protocol errors, server bugs) becomes
    QubesDaemonAccessError; an unknown header QubesDaemonCommunicationError;
    an exception frame the mapped class with the daemon's message verbatim.
    """
    if not data:
        raise exc.QubesDaemonAccessError(EMPTY_RESPONSE)
    try:
        result = wire.parse_response(data)
    except wire.FramingError as err:
        raise exc.QubesDaemonCommunicationError(
            f"Invalid response from qubesd: {err}") from None
    if isinstance(result, wire.RemoteError):
        raise exc.from_remote(result.class_name, result.message)
    return result


class EventStream:
    """An open event-stream connection: ``await read()`` until b'' (EOF)."""

    def __init__(self, reader: asyncio.StreamReader, closer) -> None:
        self._reader = reader
        self._closer = closer

    async def read(self, size: int = 65536) -> bytes:
        return await self._reader.read(size)

    async def close(self) -> None:
        await self._closer()


class SocketTransport:
    """Talks to qubesd (or the sandbox) over its Unix socket, as dom0 does."""

    kind = "socket"

    def __init__(self, path: str | None = None) -> None:
        self.path = path or os.environ.get("QUBESD_SOCKET") or DEFAULT_SOCKET

    def __repr__(self) -> str:
        return f"SocketTransport({self.path!r})"

    def request(self, dest: str, method: str, arg: str = "",
                payload: bytes = b"") -> bytes:
        """Send one request and return the raw response bytes (to EOF)."""
        check_header(dest, method, arg)
        data = wire.encode_request(method, dest, arg, payload)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                sock.connect(self.path)
            except OSError as err:
                raise exc.QubesDaemonCommunicationError(
                    f"Failed to connect to qubesd service at {self.path}: "
                    f"{err.strerror or err}") from None
            try:
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)
                chunks = []
                while True:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
            except OSError as err:
                # qubesd drops oversized or malformed requests: treat a reset
                # like the empty response it amounts to.
                if isinstance(err, (ConnectionResetError, BrokenPipeError)):
                    return b""
                raise exc.QubesDaemonCommunicationError(
                    f"Connection to qubesd failed: {err}") from None
            return b"".join(chunks)
        finally:
            sock.close()

    async def open_stream(self, dest: str, method: str) -> EventStream:
        """Open an event stream (admin.Events, admin.vm.Stats)."""
        check_header(dest, method, "")
        try:
            reader, writer = await asyncio.open_unix_connection(self.path)
        except OSError as err:
            raise exc.QubesDaemonCommunicationError(
                f"Failed to connect to qubesd service at {self.path}: "
                f"{err.strerror or err}") from None
        writer.write(wire.encode_request(method, dest))
        await writer.drain()
        writer.write_eof()

        async def closer() -> None:
            writer.close()
            try:
                await writer.wait_closed()
            except OSError:
                pass
        return EventStream(reader, closer)


class QrexecTransport:
    """Calls qubesd from a management qube through ``qrexec-client-vm``.

    The qrexec daemon in dom0 writes the request header for us; stdout
    carries the same response bytes as the socket.
    """

    kind = "qrexec"
    program = "qrexec-client-vm"

    def __repr__(self) -> str:
        return "QrexecTransport()"

    @staticmethod
    def _service(method: str, arg: str) -> str:
        return f"{method}+{arg}" if arg else method

    def request(self, dest: str, method: str, arg: str = "",
                payload: bytes = b"") -> bytes:
        check_header(dest, method, arg)
        try:
            proc = subprocess.run(
                [self.program, dest, self._service(method, arg)],
                input=payload, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                check=False)
        except OSError as err:
            raise exc.QubesDaemonCommunicationError(
                f"Cannot run {self.program}: {err}") from None
        if proc.returncode != 0:
            raise exc.QubesDaemonAccessError(
                "Service call error: "
                + proc.stderr.decode("utf-8", "replace").strip())
        return proc.stdout

    async def open_stream(self, dest: str, method: str) -> EventStream:
        check_header(dest, method, "")
        try:
            proc = await asyncio.create_subprocess_exec(
                self.program, dest, method, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as err:
            raise exc.QubesDaemonCommunicationError(
                f"Cannot run {self.program}: {err}") from None

        async def closer() -> None:
            if proc.returncode is None:
                proc.terminate()
                await proc.wait()
        return EventStream(proc.stdout, closer)


def choose_transport(socket_path: str | None = None):
    """The transport for this machine.

    An explicit path or ``QUBESD_SOCKET`` wins; in dom0 (qubesd socket or
    /etc/qubes-release present) the default socket; in a management qube
    (``qrexec-client-vm`` on PATH) qrexec; otherwise the default socket,
    whose absence is then reported on the first call.
    """
    if socket_path or os.environ.get("QUBESD_SOCKET"):
        return SocketTransport(socket_path)
    if os.path.exists(DEFAULT_SOCKET) or os.path.exists("/etc/qubes-release"):
        return SocketTransport(DEFAULT_SOCKET)
    import shutil  # here: the tray applet otherwise never needs it (0.5 MiB)
    if shutil.which(QrexecTransport.program):
        return QrexecTransport()
    return SocketTransport(DEFAULT_SOCKET)
