"""Sandbox wire protocol over a real socket: framing, byte-exact replies
(admin-api.md Appendix A), generic checks (2.1) and bad input."""

import socket
import threading

import pytest

from qubesmanager.admin import wire
from qubesmanager.sandbox.launcher import start_sandbox
from qubesmanager.sandbox.rawclient import EventStream, call, call_raw


def raw_send(path, data, half_close=True):
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(10)
        sock.connect(path)
        sock.sendall(data)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        out = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return out
            out += chunk


# -- Appendix A ---------------------------------------------------------------

def test_vm_list_bytes(sb):
    out = raw_send(sb.socket, b"admin.vm.List+ dom0 name dom0\0")
    assert out.startswith(b"0\0dom0 class=AdminVM state=Running "
                          b"uuid=00000000-0000-0000-0000-000000000000\n")
    lines = out[2:].decode().splitlines()
    names = [line.split()[0] for line in lines]
    assert names[0] == "dom0" and names[1:] == sorted(names[1:])
    assert "work" in names and out.endswith(b"\n")


def test_property_set_and_errors_bytes(sb):
    assert raw_send(sb.socket, b"admin.vm.property.Set+memory dom0 name "
                    b"work\x00500") == b"0\0"
    assert raw_send(sb.socket, b"admin.vm.property.Set+memory dom0 name "
                    b"work\x00lots") == \
        b"2\0QubesValueError\0\0Failed to parse property value as int\0"
    assert raw_send(sb.socket, b"admin.vm.property.Get+label dom0 name "
                    b"nosuch\0") == \
        b"2\0QubesVMNotFoundError\0\0No such domain: 'nosuch'\0"
    assert raw_send(sb.socket, b"admin.vm.feature.Get+gui dom0 name work\0") \
        == (b"2\0QubesFeatureNotFoundError\0\0Feature not set for domain "
            b"work: gui\0")
    assert raw_send(sb.socket, b"admin.vm.List+x dom0 name dom0\0") == \
        b"2\0ProtocolError\0\0unexpected argument\0"


def test_property_get_examples(sb):
    assert call(sb.socket, "admin.vm.property.Get", "work", "label") == \
        "default=False type=label blue"
    assert call(sb.socket, "admin.vm.property.Get", "work",
                "backup_timestamp") == "default=True type=int "
    assert call(sb.socket, "admin.vm.property.Get", "work", "xid") == \
        "default=True type=int -1"
    assert call(sb.socket, "admin.vm.property.GetDefault", "work",
                "template") == ""
    assert call(sb.socket, "admin.vm.property.GetDefault", "work",
                "memory") == "type=int 400"


def test_create_bytes(sb):
    out = raw_send(sb.socket, b"admin.vm.Create.AppVM+fedora-42-xfce dom0 "
                   b"name dom0\0name=new label=red")
    assert out == b"0\0"
    assert "new" in call(sb.socket, "admin.vm.List")


def test_events_first_frame_is_27_bytes(sb):
    with EventStream(sb.socket) as stream:
        data = b""
        while len(data) < 27:
            data += stream.sock.recv(27 - len(data))
    assert data == b"1\0\0connection-established\0\0"
    assert len(data) == 27


# -- generic checks (2.1) ---------------------------------------------------

@pytest.mark.parametrize("method,dest,arg,payload,message", [
    ("admin.vm.nosuch", "dom0", "", b"", "no such method: 'admin.vm.nosuch'"),
    ("admin.vm.notes.Set", "work", "", b"", "expected payload"),
    ("admin.vm.List", "dom0", "", b"x", "unexpected payload"),
    ("admin.vm.property.Get", "work", "", b"", "expected an argument"),
    ("admin.vm.List", "dom0", "a", b"", "unexpected argument"),
    ("admin.label.List", "work", "", b"",
     "expected destination to be AdminVM"),
    ("admin.vm.firewall.Get", "dom0", "", b"",
     "expected destination to not be AdminVM"),
    # payload checked before argument, argument before destination
    ("admin.label.List", "work", "x", b"y", "unexpected payload"),
    ("admin.label.List", "work", "x", b"", "unexpected argument"),
])
def test_generic_protocol_errors(sb, method, dest, arg, payload, message):
    out = call_raw(sb.socket, method, dest, arg, payload)
    assert out == wire.encode_exception("ProtocolError", message)


def test_destination_resolution(sb):
    assert call_raw(sb.socket, "admin.vm.List", "uuid:zz") == \
        b"2\0QubesVMInvalidUUIDError\0\0VM UUID is not valid: 'zz'\0"
    assert call_raw(sb.socket, "admin.vm.List", "-bad") == \
        wire.encode_exception(
            "QubesValueError",
            "VM name cannot start with hyphen, underscore, dot or numbers")
    work_uuid = call(sb.socket, "admin.vm.property.Get", "work",
                     "uuid").split(" ", 2)[2]
    out = call(sb.socket, "admin.vm.List", f"uuid:{work_uuid}")
    assert out.startswith("work class=AppVM")
    # unknown method is reported after the qube lookup
    assert call_raw(sb.socket, "admin.vm.nosuch", "ghost").startswith(
        b"2\0QubesVMNotFoundError\0")
    # "keyword adminvm" means dom0
    out = raw_send(sb.socket, b"admin.vm.List+ dom0 keyword adminvm\0")
    assert out.startswith(b"0\0dom0 class=AdminVM")


def test_no_arg_plus_means_empty_arg(sb):
    out = raw_send(sb.socket, b"admin.vmclass.List dom0 name dom0\0")
    assert out == b"0\0AppVM\nTemplateVM\nStandaloneVM\nAdminVM\nDispVM\n"


# -- bad input never crashes it --------------------------------------------

@pytest.mark.parametrize("data", [
    b"admin.vm.List+ dom0 name dom0",              # no NUL
    b"admin.vm.List+ dom0 name\0",                 # three fields
    b"admin.vm.List+ dom0 bogus dom0\0",           # bad dest type
    b"\xff\xfe dom0 name dom0\0",                  # not ASCII
    b"",                                           # nothing at all
])
def test_malformed_requests_dropped(sb, data):
    assert raw_send(sb.socket, data) == b""
    assert call(sb.socket, "admin.vm.List").startswith("dom0 ")


def test_oversized_request_dropped(sb):
    big = b"admin.vm.notes.Set+ dom0 name work\0" + b"x" * 70000
    try:
        out = raw_send(sb.socket, big)
    except (BrokenPipeError, ConnectionResetError):
        out = b""
    assert out == b""
    assert call(sb.socket, "admin.vm.List").startswith("dom0 ")


def test_request_at_the_cap_is_served(sb):
    header = b"admin.vm.property.Set+default_user dom0 name personal\0"
    data = header + b"u" * (wire.MAX_REQUEST - len(header))
    out = raw_send(sb.socket, data)
    assert out.startswith(b"0\0") or out.startswith(b"2\0")


def test_half_sent_and_vanished_clients(sb):
    # a client that never finishes its request holds only its connection
    hanging = socket.socket(socket.AF_UNIX)
    hanging.connect(sb.socket)
    hanging.sendall(b"admin.vm.property.Get+name dom0 na")
    # a client that goes away mid-request
    gone = socket.socket(socket.AF_UNIX)
    gone.connect(sb.socket)
    gone.sendall(b"admin.vm.List+ dom0")
    gone.close()
    # a client that asks then disappears before the answer
    quitter = socket.socket(socket.AF_UNIX)
    quitter.connect(sb.socket)
    quitter.sendall(b"admin.vm.List+ dom0 name dom0\0")
    quitter.shutdown(socket.SHUT_WR)
    quitter.close()
    try:
        assert call(sb.socket, "admin.vm.property.Get", "work",
                    "name") == "default=False type=str work"
    finally:
        hanging.close()


def test_empty_response_for_internal_errors_keeps_daemon_up(sb):
    # a str property with a non-printable value is refused cleanly
    out = call_raw(sb.socket, "admin.vm.property.Set", "work",
                   "default_user", b"a\rb")
    assert out.startswith(b"2\0QubesPropertyValueError\0") or \
        out.startswith(b"2\0QubesValueError\0")
    assert call(sb.socket, "admin.vm.List").startswith("dom0 ")


def test_many_clients_at_once(sb):
    errors = []

    def worker():
        try:
            for _ in range(10):
                text = call(sb.socket, "admin.vm.property.GetAll", "work")
                assert "label default=False type=label" in text
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors


def test_slow_event_client_does_not_stall_others(sb):
    # one stream client that never reads, one that reads
    lazy = EventStream(sb.socket)
    with EventStream(sb.socket) as reader:
        events = reader.events()
        assert next(events).name == "connection-established"
        for i in range(300):
            call(sb.socket, "admin.vm.feature.Set", "personal", f"f{i}",
                 "x" * 200)
        seen = 0
        for event in events:
            if event.name.startswith("domain-feature-set:"):
                seen += 1
                if seen == 300:
                    break
        assert seen == 300
    lazy.close()
    assert call(sb.socket, "admin.vm.List").startswith("dom0 ")


def test_events_for_one_qube_only(sb):
    with EventStream(sb.socket, dest="untrusted") as stream:
        events = stream.events()
        assert next(events).subject == ""
        call(sb.socket, "admin.vm.tag.Set", "personal", "other")
        call(sb.socket, "admin.vm.tag.Set", "untrusted", "mine")
        event = next(events)
    assert (event.subject, event.name) == ("untrusted", "domain-tag-add:mine")


def test_random_requests_never_break_the_daemon(tmp_path):
    """Seeded fuzzing over every registered method with odd qubes,
    arguments and payloads: every answer is a well-formed frame (or the
    deliberate empty response), the daemon stays up and its state reloads."""
    import random

    from qubesmanager.sandbox import methods, registry
    methods.load_all()
    names = [n for n in registry.registered_names()
             if n not in ("admin.Events", "admin.vm.Stats")
             and "Import" not in n and "backup.Execute" not in n]
    proc = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    rng = random.Random(20261127)
    qubes = ["dom0", "work", "sys-net", "sys-firewall", "default-dvm",
             "fedora-42-xfce", "vault", "ghost", "uuid:nope"]
    args = ["", "netvm", "label", "memory", "force", "wait", "force+wait",
            "pci", "usb", "root", "private", "red", "gui", "varlibqubes",
            "dom0+00_14.0", "a%b", "template", "default_netvm", "preload"]
    payloads = [b"", b"1", b"True", b"name=fz label=red", b"\xff\xfe", b"-5",
                b"sys-net", b"0xff00ff", b"action=accept\n", b"a" * 300,
                b"\n\n", b"uuid", b"name=fz label=red pool=varlibqubes"]
    try:
        for _ in range(800):
            method = rng.choice(names).replace("{cls}", rng.choice(
                ["pci", "usb", "AppVM", "DispVM", "bogus", "TemplateVM"]))
            out = call_raw(proc.socket, method, rng.choice(qubes),
                           rng.choice(args), rng.choice(payloads), timeout=10)
            assert out == b"" or out.startswith(b"0\0") or (
                out.startswith(b"2\0") and out.endswith(b"\0")
                and out.count(b"\0") == 4), (method, out[:80])
        assert call(proc.socket, "admin.vm.List").startswith("dom0 ")
        proc.restart()
        assert call(proc.socket, "admin.vm.List").startswith("dom0 ")
    finally:
        proc.stop()
