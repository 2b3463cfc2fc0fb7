"""Raw-socket helpers for the sandbox plug-in tests (storage, firewall,
devices, notes): byte-exact calls and an event recorder.

Kept beside the tests that use them; the module itself only checks that
the helpers talk to a real sandbox.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from qubesmanager.admin import wire
from qubesmanager.sandbox.launcher import start_sandbox


def raw(sock_path: str, method: str, dest: str = "dom0", arg: str = "",
        payload: bytes | str = b"") -> bytes:
    """Send one request and return the whole response, bytes as sent."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(30)
    try:
        sock.connect(sock_path)
        sock.sendall(wire.encode_request(method, dest, arg, payload))
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            data = sock.recv(65536)
            if not data:
                break
            chunks.append(data)
    finally:
        sock.close()
    return b"".join(chunks)


def ok(sock_path: str, method: str, dest: str = "dom0", arg: str = "",
       payload: bytes | str = b"") -> str:
    """Call and return the success payload as text; fail on an error."""
    data = raw(sock_path, method, dest, arg, payload)
    result = wire.parse_response(data)
    assert not isinstance(result, wire.RemoteError), (method, dest, arg,
                                                      result)
    return result.decode("utf-8")


def err(sock_path: str, method: str, dest: str = "dom0", arg: str = "",
        payload: bytes | str = b"") -> wire.RemoteError:
    """Call and return the exception frame; fail on success."""
    data = raw(sock_path, method, dest, arg, payload)
    result = wire.parse_response(data)
    assert isinstance(result, wire.RemoteError), (method, dest, arg, result)
    return result


class EventRecorder:
    """Reads ``admin.Events`` in a thread; ``wait_for`` an event."""

    def __init__(self, sock_path: str) -> None:
        self.events: list[wire.Event] = []
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.connect(sock_path)
        self._sock.sendall(wire.encode_request("admin.Events"))
        self._sock.shutdown(socket.SHUT_WR)
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self.wait_for("connection-established")

    def _run(self) -> None:
        parser = wire.EventParser()
        while True:
            try:
                data = self._sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            with self._cond:
                self.events.extend(parser.feed(data))
                self._cond.notify_all()

    def wait_for(self, name: str, subject: str | None = None,
                 timeout: float = 10.0) -> wire.Event:
        """The first recorded event with that name (and subject)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for event in self.events:
                    if event.name == name and (subject is None
                                               or event.subject == subject):
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"no event {name} ({subject}); got "
                        f"{[e.name for e in self.events]}")
                self._cond.wait(left)

    def names(self, subject: str | None = None) -> list[str]:
        with self._cond:
            return [e.name for e in self.events
                    if subject is None or e.subject == subject]

    def clear(self) -> None:
        with self._cond:
            self.events.clear()

    def close(self) -> None:
        self._sock.close()


@pytest.fixture(scope="module")
def module_sandbox(tmp_path_factory):
    """One demo sandbox shared by a test module (time-scale 0)."""
    sb = start_sandbox(tmp_path_factory.mktemp("sb") / "state", demo=True,
                       time_scale=0)
    yield sb
    sb.stop()


def test_helpers_talk_to_a_real_sandbox(module_sandbox):
    assert raw(module_sandbox.socket, "admin.pool.List").startswith(b"0\0")
    frame = err(module_sandbox.socket, "admin.vm.volume.Info", "work",
                "nosuch")
    assert frame.class_name == "PermissionDenied"
    assert frame.message == "Argument not in 'work volumes'"
    rec = EventRecorder(module_sandbox.socket)
    try:
        assert rec.names()[0] == "connection-established"
    finally:
        rec.close()
