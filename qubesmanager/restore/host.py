"""The Admin API side of a restore: facts about this system, and calls.

Works with any qubesadmin-like app (ours or the system ``qubesadmin``):
everything goes through ``app.qubesd_call`` except volume data, which is
streamed - through ``payload_stream`` with the real client (it runs the
``admin.vm.volume.ImportWithSize`` service program), or straight over the
daemon's socket with ours (the sandbox reads import payloads as a stream,
backup-format.md 3.6).
"""

from __future__ import annotations

import dataclasses
import grp
import inspect
import os
import pwd
import socket
from typing import BinaryIO

from qubesmanager.admin import exc, wire

_BUF = 1 << 20


@dataclasses.dataclass
class HostQube:
    """What the restore checks need to know about an existing qube."""

    name: str
    klass: str
    provides_network: bool = False
    template_for_dispvms: bool = False


@dataclasses.dataclass
class HostState:
    """This system, as far as a restore plan is concerned."""

    qubes: dict[str, HostQube]
    default_template: str | None
    default_dispvm: str | None
    labels: list[str]
    pools: list[str]
    user: str


def local_user() -> str:
    """The dom0 user whose home gets restored: first member of ``qubes``.

    Without such a group (not a Qubes dom0), the user running us.
    """
    try:
        members = grp.getgrnam("qubes").gr_mem
        if members:
            return members[0]
    except KeyError:
        pass
    return pwd.getpwuid(os.getuid()).pw_name


def _bool_prop(text: str) -> bool:
    return wire.parse_property(text).text == "True"


class AdminHost:
    """Calls a restore makes, on top of a qubesadmin-like ``app``."""

    def __init__(self, app, user: str | None = None) -> None:
        self.app = app
        #: dom0 user whose home a restore writes to (None: this machine's)
        self.user = user

    def call(self, dest: str, method: str, arg: str | None = None,
             payload: bytes | str | None = None) -> bytes:
        if isinstance(payload, str):
            payload = payload.encode("utf-8")
        return self.app.qubesd_call(dest, method, arg, payload)

    def text(self, dest: str, method: str, arg: str | None = None) -> str:
        return self.call(dest, method, arg).decode("utf-8")

    def state(self) -> HostState:
        """List qubes and the few properties the restore checks use."""
        qubes = {}
        for name, info in wire.parse_vm_list(
                self.text("dom0", "admin.vm.List")).items():
            qube = HostQube(name, info.get("class", ""))
            if qube.klass != "AdminVM":
                try:
                    props = wire.parse_getall(self.text(
                        name, "admin.vm.property.GetAll"))
                    qube.provides_network = props.get(
                        "provides_network", wire.PropertyValue(
                            True, "bool", "False")).text == "True"
                    qube.template_for_dispvms = props.get(
                        "template_for_dispvms", wire.PropertyValue(
                            True, "bool", "False")).text == "True"
                except exc.QubesException:
                    qube.provides_network = _bool_prop(self.text(
                        name, "admin.vm.property.Get", "provides_network"))
                    qube.template_for_dispvms = _bool_prop(self.text(
                        name, "admin.vm.property.Get", "template_for_dispvms"))
            qubes[name] = qube

        def glob(prop: str) -> str | None:
            value = wire.parse_property(self.text(
                "dom0", "admin.property.Get", prop)).text
            return value or None
        return HostState(
            qubes=qubes, default_template=glob("default_template"),
            default_dispvm=glob("default_dispvm"),
            labels=wire.parse_lines(self.text("dom0", "admin.label.List")),
            pools=wire.parse_lines(self.text("dom0", "admin.pool.List")),
            user=self.user or local_user())

    def volumes_to_import(self, qube: str) -> list[str]:
        """Volumes of a (new) qube whose content a backup restores."""
        out = []
        for vol in wire.parse_lines(self.text(qube, "admin.vm.volume.List")):
            info = wire.parse_key_values(self.text(
                qube, "admin.vm.volume.Info", vol))
            if info.get("save_on_stop") == "True":
                out.append(vol)
        return out

    def import_volume(self, qube: str, volume: str, size: int,
                      stream: BinaryIO) -> None:
        """``admin.vm.volume.ImportWithSize``: exactly ``size`` bytes."""
        head = f"{size}\n".encode("ascii")
        call = self.app.qubesd_call
        try:
            takes_stream = "payload_stream" in inspect.signature(call).parameters
        except (TypeError, ValueError):
            takes_stream = False
        if takes_stream:   # the real qubesadmin runs the service program
            call(qube, "admin.vm.volume.ImportWithSize", volume, head,
                 payload_stream=stream)
            return
        path = getattr(getattr(self.app, "transport", None), "path", None)
        if not path:
            raise exc.QubesException(
                "volume import needs a direct connection to qubesd")
        stream_call(path, qube, "admin.vm.volume.ImportWithSize", volume,
                    head, stream, size)


def stream_call(socket_path: str, dest: str, method: str, arg: str,
                head: bytes, stream: BinaryIO, size: int) -> bytes:
    """One call whose payload (``head`` + ``size`` bytes) is streamed.

    If ``stream`` fails midway the connection is closed early; the daemon
    then sees too little data and refuses the import, so nothing is kept.
    """
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(socket_path)
        sock.sendall(wire.encode_request(method, dest, arg, head))
        left = size
        try:
            while left:
                buf = stream.read(min(_BUF, left))
                if not buf:
                    break
                sock.sendall(buf)
                left -= len(buf)
            sock.shutdown(socket.SHUT_WR)
        except (BrokenPipeError, ConnectionResetError):
            pass    # the daemon refused early: its answer says why
        chunks = []
        while True:
            data = sock.recv(65536)
            if not data:
                break
            chunks.append(data)
    except OSError as err:
        raise exc.QubesDaemonCommunicationError(
            f"volume import connection failed: {err}") from None
    finally:
        sock.close()
    raw = b"".join(chunks)
    if not raw:
        raise exc.QubesDaemonAccessError("Got empty response from qubesd")
    result = wire.parse_response(raw)
    if isinstance(result, wire.RemoteError):
        raise exc.from_remote(result.class_name, result.message)
    return result
