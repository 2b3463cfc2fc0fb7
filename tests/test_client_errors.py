"""Every exception class the daemon sends arrives as the qubesadmin class,
and the transports report connection problems readably."""

import os
import stat
import sys
import textwrap

import pytest

from qubesmanager.admin import QubesApp, exc
from qubesmanager.admin.transport import QrexecTransport

from test_client_fixtures import pick

#: fixtures msb (module sandbox), app, loop_thread
pytest_plugins = ("test_client_fixtures",)

#: wire name -> the class the client must raise (admin-api.md 5.1)
MAPPING = {
    "QubesException": exc.QubesException,
    "QubesVMNotFoundError": exc.QubesVMNotFoundError,
    "QubesVMInvalidUUIDError": exc.QubesVMInvalidUUIDError,
    "QubesVMError": exc.QubesVMError,
    "QubesVMInUseError": exc.QubesVMInUseError,
    "QubesVMNotStartedError": exc.QubesVMNotStartedError,
    "QubesVMNotRunningError": exc.QubesVMNotRunningError,
    "QubesVMNotPausedError": exc.QubesVMNotPausedError,
    "QubesVMNotSuspendedError": exc.QubesVMNotSuspendedError,
    "QubesVMNotHaltedError": exc.QubesVMNotHaltedError,
    "QubesVMShutdownTimeoutError": exc.QubesVMShutdownTimeoutError,
    "QubesNoTemplateError": exc.QubesNoTemplateError,
    "QubesMemoryError": exc.QubesMemoryError,
    "QubesPoolInUseError": exc.QubesPoolInUseError,
    "QubesValueError": exc.QubesValueError,
    "QubesPropertyValueError": exc.QubesPropertyValueError,
    "QubesNoSuchPropertyError": exc.QubesNoSuchPropertyError,
    "QubesNotImplementedError": exc.QubesNotImplementedError,
    "QubesFeatureNotFoundError": exc.QubesFeatureNotFoundError,
    "QubesTagNotFoundError": exc.QubesTagNotFoundError,
    "QubesLabelNotFoundError": exc.QubesLabelNotFoundError,
    "BackupCancelledError": exc.BackupCancelledError,
    "BackupAlreadyRunningError": exc.BackupAlreadyRunningError,
    "StoragePoolException": exc.StoragePoolException,
    "DeviceNotAssigned": exc.DeviceNotAssigned,
    "DeviceAlreadyAttached": exc.DeviceAlreadyAttached,
    "DeviceAlreadyAssigned": exc.DeviceAlreadyAssigned,
    "UnrecognizedDevice": exc.UnrecognizedDevice,
    "UnexpectedDeviceProperty": exc.UnexpectedDeviceProperty,
    "ProtocolError": exc.ProtocolError,
    "PermissionDenied": exc.PermissionDenied,
}
#: server classes the client does not know -> plain QubesException
UNKNOWN = ("QubesVMAlreadyExistsError", "QubesVMCancelledPauseError",
           "QubesLabelInUseError", "QubesBackupProfileNotFoundError",
           "QubesVolumeCopyInUseError", "DeviceNotFound",
           "QubesInvalidTagError", "QubesInvalidLabelError")


@pytest.mark.parametrize("name", sorted(MAPPING))
def test_every_class_maps(name):
    err = exc.from_remote(name, "msg 100%")
    assert type(err) is MAPPING[name]
    assert str(err) == "msg 100%"


@pytest.mark.parametrize("name", UNKNOWN)
def test_unknown_classes_become_qubes_exception(name):
    err = exc.from_remote(name, "text")
    assert type(err) is exc.QubesException and str(err) == "text"


def test_hierarchy_as_qubesadmin():
    assert issubclass(exc.QubesVMNotFoundError, KeyError)
    assert issubclass(exc.QubesFeatureNotFoundError, KeyError)
    assert issubclass(exc.QubesNoSuchPropertyError, AttributeError)
    assert issubclass(exc.QubesPropertyAccessError, AttributeError)
    assert issubclass(exc.QubesPropertyAccessError, exc.QubesDaemonAccessError)
    assert issubclass(exc.QubesVMNotRunningError, exc.QubesVMNotStartedError)
    assert issubclass(exc.ProtocolError, AssertionError)
    assert not issubclass(exc.ProtocolError, exc.QubesException)
    assert not issubclass(exc.PermissionDenied, exc.QubesException)
    assert exc.QubesDaemonNoResponseError is exc.QubesDaemonAccessError


def test_daemon_errors_arrive_mapped(app):
    """Real frames from the sandbox, one per reachable class."""
    vm = pick(app, "AppVM", running=False)
    cases = [
        (lambda: app.domains.get_blind("nosuch").start(),
         exc.QubesVMNotFoundError),
        (lambda: app.qubesd_call("uuid:zzz", "admin.vm.List"),
         exc.QubesVMInvalidUUIDError),
        (lambda: vm.shutdown(), exc.QubesVMNotStartedError),
        (lambda: vm.pause(), exc.QubesVMNotRunningError),
        (lambda: vm.unpause(), exc.QubesVMNotPausedError),
        (lambda: app.qubesd_call(vm.name, "admin.vm.property.Get", "nope"),
         exc.QubesNoSuchPropertyError),
        (lambda: app.qubesd_call(vm.name, "admin.vm.property.Set", "memory",
                                 b"x"), exc.QubesValueError),
        (lambda: app.qubesd_call(vm.name, "admin.vm.feature.Get", "nope"),
         exc.QubesFeatureNotFoundError),
        (lambda: app.qubesd_call(vm.name, "admin.vm.tag.Remove", "nope"),
         exc.QubesTagNotFoundError),
        (lambda: app.qubesd_call("dom0", "admin.label.Get", "nope"),
         exc.QubesLabelNotFoundError),
        (lambda: app.qubesd_call("dom0", "admin.no.Such"), exc.ProtocolError),
        (lambda: app.qubesd_call(vm.name, "admin.vm.volume.Info", "nope"),
         exc.PermissionDenied),
        (lambda: app.domains.__delitem__("dom0"), exc.QubesVMInUseError),
    ]
    for call, expected in cases:
        with pytest.raises(expected) as info:
            call()
        assert type(info.value) is expected, (expected, info.value)
        assert str(info.value)


def test_unreachable_daemon_is_readable(tmp_path):
    client = QubesApp(str(tmp_path / "nothing.sock"))
    with pytest.raises(exc.QubesDaemonCommunicationError,
                       match="Failed to connect"):
        client.domains.keys()


def _qrexec_shim(tmp_path, socket_path):
    """A stand-in ``qrexec-client-vm`` that forwards to the sandbox socket
    the way dom0's qrexec daemon does (it writes the header itself)."""
    script = tmp_path / "qrexec-client-vm"
    script.write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import socket, sys
        dest, service = sys.argv[1], sys.argv[2]
        if "+" not in service:
            service += "+"
        if dest == "refuse":
            sys.stderr.write("Request refused")
            sys.exit(126)
        s = socket.socket(socket.AF_UNIX)
        s.connect({str(socket_path)!r})
        s.sendall(f"{{service}} mgmt-qube name {{dest}}".encode() + b"\\0"
                  + sys.stdin.buffer.read())
        s.shutdown(socket.SHUT_WR)
        while True:
            data = s.recv(65536)
            if not data:
                break
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        """))
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_qrexec_transport(tmp_path, msb, monkeypatch):
    """From a management qube calls go through qrexec-client-vm; the
    bytes and therefore the results are the same."""
    shim = _qrexec_shim(tmp_path, msb.socket)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    transport = QrexecTransport()
    client = QubesApp(transport=transport)
    local = QubesApp(msb.socket)
    if "mgmt-qube" not in local.domains:
        # the daemon checks the source; use a real qube name as caller
        caller = pick(local, "AppVM").name
        shim.write_text(shim.read_text().replace("mgmt-qube", caller))
    assert client.domains.keys() == local.domains.keys()
    vm = pick(local, "AppVM")
    assert client.domains[vm.name].memory == vm.memory
    with pytest.raises(exc.QubesVMNotFoundError):
        client.qubesd_call("nosuch", "admin.vm.property.Get", "label")
    with pytest.raises(exc.QubesDaemonAccessError, match="Request refused"):
        client.qubesd_call("refuse", "admin.vm.List")

    # the event stream comes through qrexec-client-vm's stdout as well
    import asyncio
    from qubesmanager.admin import EventsDispatcher
    dispatcher = EventsDispatcher(client)
    seen = []
    dispatcher.add_handler("*", lambda s, e, **kw: seen.append(e))

    async def scenario():
        task = asyncio.ensure_future(
            dispatcher.listen_for_events(reconnect=False))
        while not dispatcher.connected:
            await asyncio.sleep(0.01)
        dispatcher.stop()
        await asyncio.wait_for(task, 10)

    asyncio.run(scenario())
    assert seen[0] == "connection-established"
