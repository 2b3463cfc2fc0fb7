"""A minimal raw Admin API client (no caching, no typing): for tests, the
walkthrough example and debugging a daemon by hand.  GUI code uses
:mod:`qubesmanager.admin` instead."""

from __future__ import annotations

import os
import socket
from typing import Iterator, Optional

from ..admin import wire


def accepts_connections(path: str) -> bool:
    """Whether a daemon listens on the Unix socket ``path`` (the launcher
    waits for it; a new daemon refuses to take a live one's socket)."""
    if not os.path.exists(path):
        return False
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(path)
        return True
    except OSError:
        return False
    finally:
        probe.close()


def call_raw(path: str, method: str, dest: str = "dom0", arg: str = "",
             payload: bytes | str = b"", source: str = "dom0",
             timeout: Optional[float] = 30.0) -> bytes:
    """Send one request and return every byte of the reply (to EOF)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        sock.connect(path)
        sock.sendall(wire.encode_request(method, dest, arg, payload, source))
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            data = sock.recv(65536)
            if not data:
                return b"".join(chunks)
            chunks.append(data)


def call(path: str, method: str, dest: str = "dom0", arg: str = "",
         payload: bytes | str = b"", source: str = "dom0") -> str:
    """Like :func:`call_raw` but decoded; an exception frame raises
    :class:`RemoteError`, an empty response raises ``ConnectionError``."""
    data = call_raw(path, method, dest, arg, payload, source)
    if not data:
        raise ConnectionError(f"empty response to {method}")
    result = wire.parse_response(data)
    if isinstance(result, wire.RemoteError):
        raise RemoteError(result.class_name, result.message)
    return result.decode("utf-8")


class RemoteError(Exception):
    def __init__(self, class_name: str, message: str) -> None:
        super().__init__(f"{class_name}: {message}")
        self.class_name = class_name
        self.message = message


class EventStream:
    """An open ``admin.Events`` (or ``admin.vm.Stats``) connection."""

    def __init__(self, path: str, method: str = "admin.Events",
                 dest: str = "dom0", timeout: float = 10.0) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(path)
        self.sock.sendall(wire.encode_request(method, dest))
        self.sock.shutdown(socket.SHUT_WR)
        self.parser = wire.EventParser()
        self.raw = b""
        self._pending: list[wire.Event] = []

    def events(self) -> Iterator[wire.Event]:
        """Yield events as they arrive (blocks; socket timeout applies)."""
        while True:
            while self._pending:
                yield self._pending.pop(0)
            data = self.sock.recv(65536)
            if not data:
                return
            self.raw += data
            self._pending.extend(self.parser.feed(data))

    def until(self, subject: str, name: str) -> list[wire.Event]:
        """Collect events up to and including the first matching one."""
        seen = []
        for event in self.events():
            seen.append(event)
            if event.subject == subject and event.name == name:
                return seen
        raise EOFError(f"stream ended before {subject} {name}")

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> "EventStream":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
