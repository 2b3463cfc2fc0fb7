"""Helpers shared by the backup/restore tests (no tests here).

Everything goes over the sandbox's real socket; the only direct file
access is writing "guest data" into a halted qube's volume image, which
is what a qube would have written on a real system.
"""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import yaml

from qubesmanager.admin import wire
from qubesmanager.admin.app import QubesApp


def app_for(sb) -> QubesApp:
    return QubesApp(sb.socket)


def call(sb, dest, method, arg=None, payload=None) -> bytes:
    return app_for(sb).qubesd_call(dest, method, arg, payload)


def write_profile(sb, name: str, **keys) -> Path:
    """A profile file, as qvm-backup and our wizard write them."""
    directory = Path(sb.state_dir) / "etc" / "qubes" / "backup"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.conf"
    path.write_text(yaml.safe_dump(keys), encoding="utf-8")
    return path


def volume_file(sb, qube: str, volume: str = "private") -> Path:
    """The sparse image of a halted qube's persistent volume."""
    info = wire.parse_key_values(
        call(sb, qube, "admin.vm.volume.Info", volume).decode())
    return Path(sb.state_dir) / (info["vid"] + ".img")


def fill_volume(sb, qube: str, data: dict[int, bytes],
                volume: str = "private") -> Path:
    """Write guest data at offsets of a halted qube's volume."""
    path = volume_file(sb, qube, volume)
    with open(path, "r+b") as fh:
        for offset, chunk in data.items():
            fh.seek(offset)
            fh.write(chunk)
    return path


def prop(sb, qube: str, name: str) -> wire.PropertyValue:
    return wire.parse_property(
        call(sb, qube, "admin.vm.property.Get", name).decode())


def qube_names(sb) -> set[str]:
    return set(wire.parse_vm_list(call(sb, "dom0", "admin.vm.List").decode()))


class EventRecorder:
    """Collects events from admin.Events in a background thread."""

    def __init__(self, sb) -> None:
        self.events: list[wire.Event] = []
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.connect(sb.socket)
        self._sock.sendall(wire.encode_request("admin.Events", "dom0"))
        self._sock.shutdown(socket.SHUT_WR)
        self._parser = wire.EventParser()
        self.connected = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self.connected.wait(10)

    def _run(self) -> None:
        while True:
            try:
                data = self._sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            for event in self._parser.feed(data):
                if event.name == "connection-established":
                    self.connected.set()
                self.events.append(event)

    def named(self, name: str) -> list[wire.Event]:
        return [e for e in list(self.events) if e.name == name]

    def close(self) -> None:
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()
        self._thread.join(5)


def random_blocks(seed: int, size: int) -> bytes:
    """Deterministic incompressible bytes."""
    import hashlib
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.shake_256(f"{seed}-{counter}".encode()).digest(65536)
        counter += 1
    return bytes(out[:size])


def urandom(size: int) -> bytes:
    return os.urandom(size)
