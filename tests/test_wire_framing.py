"""Byte-exact framing of admin-api.md Appendix A, on a raw socket to the
sandbox, and the client codec reading the same bytes."""

import socket

import pytest

from qubesmanager.admin import exc, wire
from qubesmanager.admin.transport import SocketTransport, decode_response

from test_client_fixtures import pick

#: fixtures msb (module sandbox), app, loop_thread
pytest_plugins = ("test_client_fixtures",)


def raw_call(path, data: bytes, half_close=True) -> bytes:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(20)
    sock.connect(path)
    try:
        sock.sendall(data)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        sock.close()


def test_request_encoding_always_writes_plus():
    assert wire.encode_request("admin.vm.List", "dom0") == \
        b"admin.vm.List+ dom0 name dom0\0"
    assert wire.encode_request("admin.vm.property.Set", "work", "memory",
                               b"500") == \
        b"admin.vm.property.Set+memory dom0 name work\x00500"


def test_vm_list_bytes(msb):
    data = raw_call(msb.socket, b"admin.vm.List+ dom0 name dom0\0")
    assert data.startswith(
        b"0\0dom0 class=AdminVM state=Running "
        b"uuid=00000000-0000-0000-0000-000000000000\n")
    assert data.endswith(b"\n")
    for line in data[2:].decode().splitlines():
        name, cls, state, uuid = line.split(" ")
        assert cls.startswith("class=") and state.startswith("state=")
        assert uuid.startswith("uuid=") and len(uuid) == len("uuid=") + 36


def test_set_ok_and_value_error_bytes(msb, app):
    vm = pick(app, "AppVM")
    head = f"admin.vm.property.Set+memory dom0 name {vm.name}\0".encode()
    assert raw_call(msb.socket, head + b"500") == b"0\0"
    assert raw_call(msb.socket, head + b"lots") == (
        b"2\0QubesValueError\0\0Failed to parse property value as int\0")
    # reset so other tests see the demo value
    assert raw_call(msb.socket, f"admin.vm.property.Reset+memory dom0 name "
                    f"{vm.name}\0".encode()) == b"0\0"


def test_unknown_qube_bytes(msb):
    assert raw_call(msb.socket,
                    b"admin.vm.property.Get+label dom0 name nosuch\0") == (
        b"2\0QubesVMNotFoundError\0\0No such domain: 'nosuch'\0")


def test_create_and_feature_not_found_bytes(msb, app):
    template = pick(app, "TemplateVM")
    data = raw_call(msb.socket, (
        f"admin.vm.Create.AppVM+{template.name} dom0 name dom0\0"
        "name=rawnew label=red").encode())
    assert data == b"0\0"
    assert raw_call(msb.socket,
                    b"admin.vm.feature.Get+gui dom0 name rawnew\0") == (
        b"2\0QubesFeatureNotFoundError\0\0"
        b"Feature not set for domain rawnew: gui\0")
    assert raw_call(msb.socket, b"admin.vm.Remove+ dom0 name rawnew\0") == b"0\0"


def test_protocol_error_frame_or_empty(msb):
    data = raw_call(msb.socket, b"admin.vm.List+x dom0 name dom0\0")
    # main sends the frame, R4.3 nothing; the sandbox follows main
    assert data in (b"2\0ProtocolError\0\0unexpected argument\0", b"")
    with pytest.raises((exc.ProtocolError, exc.QubesDaemonAccessError)):
        decode_response(data)


def test_shutdown_force_wait_bytes(msb, app):
    vm = pick(app, "AppVM", running=False)
    assert raw_call(msb.socket, f"admin.vm.Start+ dom0 name {vm.name}\0"
                    .encode()) == b"0\0"
    assert raw_call(msb.socket, f"admin.vm.Shutdown+force+wait dom0 name "
                    f"{vm.name}\0".encode()) == b"0\0"
    assert app.domains[vm.name].get_power_state() == "Halted"


def test_events_first_frame_is_27_bytes(msb):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(10)
    sock.connect(msb.socket)
    try:
        sock.sendall(b"admin.Events+ dom0 name dom0\0")
        sock.shutdown(socket.SHUT_WR)
        data = b""
        while len(data) < 27:
            data += sock.recv(27 - len(data))
        assert data == b"1\0\0connection-established\0\0"
        assert len(data) == 27
    finally:
        sock.close()


def test_malformed_requests_get_no_response(msb):
    assert raw_call(msb.socket, b"admin.vm.List+ dom0 name dom0") == b""
    assert raw_call(msb.socket, b"admin.vm.List+ dom0\0") == b""
    big = b"admin.vm.notes.Set+ dom0 name dom0\0" + b"x" * 70000
    assert raw_call(msb.socket, big) == b""


def test_transport_gives_the_same_bytes(msb):
    transport = SocketTransport(msb.socket)
    assert transport.request("nosuch", "admin.vm.property.Get", "label") == (
        b"2\0QubesVMNotFoundError\0\0No such domain: 'nosuch'\0")
    with pytest.raises(exc.QubesVMNotFoundError) as info:
        decode_response(transport.request("nosuch", "admin.vm.property.Get",
                                          "label"))
    assert str(info.value) == "No such domain: 'nosuch'"
    assert isinstance(info.value, KeyError)


def test_decode_response_codec():
    assert decode_response(b"0\0") == b""
    assert decode_response(b"0\0a\0b") == b"a\0b"
    with pytest.raises(exc.QubesDaemonAccessError, match="empty response"):
        decode_response(b"")
    with pytest.raises(exc.QubesDaemonCommunicationError):
        decode_response(b"7\0what")
    # message used verbatim, even with %
    with pytest.raises(exc.QubesValueError, match="50%"):
        decode_response(b"2\0QubesValueError\0\0bad 50% value\0")
    # unknown name ending in Error -> builtin; otherwise QubesException
    with pytest.raises(LookupError):
        decode_response(b"2\0LookupError\0\0x\0")
    err = pytest.raises(exc.QubesException, decode_response,
                        b"2\0QubesVMAlreadyExistsError\0\0Qube already exists: a\0")
    assert type(err.value) is exc.QubesException
    assert str(err.value) == "Qube already exists: a"


def test_event_parser_empty_value_is_not_terminator():
    parser = wire.EventParser()
    frames = (b"1\0\0connection-established\0\0"
              b"1\0work\0domain-feature-set:gui\0feature\0gui\0value\0\0"
              b"oldvalue\0001\0\0")
    events = []
    for i in range(len(frames)):  # byte by byte: incremental decoding
        events += list(parser.feed(frames[i:i + 1]))
    assert [(e.subject, e.name) for e in events] == [
        ("", "connection-established"), ("work", "domain-feature-set:gui")]
    assert events[1].kwargs == {"feature": "gui", "value": "", "oldvalue": "1"}


def test_event_parser_many_events_in_one_read_and_a_split_tail():
    parser = wire.EventParser()
    one = lambda n: (b"1\0q%d\0vm-stats\0memory_kb\0%d\0cpu_usage\0%d\0\0"  # noqa: E731
                     % (n, 1000 + n, n % 100))
    chunk = b"".join(one(n) for n in range(200)) + one(200)[:7]
    events = list(parser.feed(chunk))
    assert [e.subject for e in events] == [f"q{n}" for n in range(200)]
    assert events[199].kwargs == {"memory_kb": "1199", "cpu_usage": "99"}
    rest = list(parser.feed(one(200)[7:]))
    assert [(e.subject, e.kwargs["memory_kb"]) for e in rest] == [("q200", "1200")]
    # Names repeat in every event: one shared copy, not one per event.
    assert events[0].name is events[150].name is rest[0].name
    key0 = next(iter(events[0].kwargs))
    assert key0 is next(iter(rest[0].kwargs))
    assert list(parser.feed(b"")) == []
