"""Devices over a real sandbox socket (admin-api.md section 9): classes,
Available/Assigned/Attached formats, attach/assign flows, events, denied
interfaces, PCI rules, persistence, and the sample's assignments."""

from __future__ import annotations

import shutil

import pytest

from qubesmanager.sandbox.devices_model import (parse_properties, parse_qarg,
                                                quote, serialize)
from qubesmanager.sandbox.launcher import start_sandbox

from test_sandbox_storage_util import (EventRecorder, err, module_sandbox,
                                       ok, raw)

__all__ = ["module_sandbox"]

SAMPLE = "/work/shared/samples/qubes-4.3-default"
STICK = "sys-usb+2-3+0951+1666+E0D55EA5741B+u080650"
STICK_ID = "0951:1666:E0D55EA5741B:u080650"
MOUSE = "sys-usb+2-1+_"


def lines(body):
    return [line for line in body.split("\n") if line]


def props_of(line):
    return parse_properties(line.split(" ", 1)[1])


# ------------------------------------------------------------ pure helpers

def test_serialisation_escapes_quotes_and_round_trips():
    items = [("name", "King's \"best\" stick"), ("_opt", "a b")]
    text = serialize(items)
    assert text == "name='King\\'s \"best\" stick' _opt='a b'"
    assert parse_properties(text) == dict(items)
    assert quote("it's") == "'it\\'s'"


@pytest.mark.parametrize("text", ["name='x", "name=x", "name='x'y='z'",
                                  "a='1' a='2'", "bad key='x'"])
def test_malformed_properties_are_refused(text):
    from qubesmanager.sandbox.errors import QubesdError
    with pytest.raises(QubesdError):
        parse_properties(text)


def test_spec_example_lines():
    """admin-api.md 9.3/9.4 serialiser examples, from our model types."""
    from qubesmanager.sandbox.devices_model import Assignment, Device
    stick = Device("usb", "sys-usb", "2-1", "0951:1666:ABC123:u080650",
                   vendor="Kingston", product="DataTraveler",
                   manufacturer="King's", name="Flash", serial="ABC123",
                   interfaces="u080650")
    spec = ("2-1:0951:1666:ABC123:u080650 device_id='0951:1666:ABC123:"
            "u080650' port_id='2-1' devclass='usb' backend_domain='sys-usb' "
            "vendor='Kingston' name='Flash' product='DataTraveler' "
            "manufacturer='King\\'s' serial='ABC123' attachment='work' "
            "interfaces='u080650'")
    ours = stick.line("work")
    # same key and same items (the upstream server emits some in hash order)
    assert ours.split(" ", 1)[0] == spec.split(" ", 1)[0]
    assert props_of(ours) == props_of(spec)
    part = Device("block", "sys-usb", "sda1", "sda:1", name="part",
                  interfaces="b******", parent_port_id="sda",
                  parent_devclass="block", extra=(("mode", "w"),))
    assert part.line(None) == (
        "sda1:sda:1 device_id='sda:1' port_id='sda1' devclass='block' "
        "backend_domain='sys-usb' name='part' interfaces='b******' "
        "parent_port_id='sda' parent_devclass='block' _mode='w'")
    assignment = Assignment("usb", "sys-usb", "2-1",
                            "0951:1666:ABC123:u080650", "work", "auto-attach",
                            {"read-only": "yes"})
    assert assignment.line() == (
        "sys-usb+2-1:0951:1666:ABC123:u080650 device_id='0951:1666:ABC123:"
        "u080650' port_id='2-1' devclass='usb' backend_domain='sys-usb' "
        "mode='auto-attach' frontend_domain='work' _read-only='yes'")


def test_qarg_refuses_unsafe_characters():
    from qubesmanager.sandbox.errors import QubesdError
    for arg in ("sys-usb+2-1+x'y", "sys-usb+2 1+_", "sys-usb+2-1", "+a+b"):
        with pytest.raises(QubesdError):
            parse_qarg(arg)


def test_qarg_forms():
    assert parse_qarg("sys-usb+2-1+0951+1666+ABC123+u080650") == (
        "sys-usb", "2-1", "0951:1666:ABC123:u080650")
    assert parse_qarg("sys-usb+2-1+_") == ("sys-usb", "2-1", "*")
    assert parse_qarg("sys-usb+_+0951+1666++u080650") == (
        "sys-usb", "*", "0951:1666::u080650")
    assert parse_qarg("dom0+00_14.0+0000+0000++_______") == (
        "dom0", "00_14.0", "0000:0000::?******")


# ------------------------------------------------------------ listing

def test_device_classes(module_sandbox):
    assert raw(module_sandbox.socket, "admin.deviceclass.List") == \
        b"0\0block\nmic\npci\nusb\n"


def test_pci_available_on_dom0_only(module_sandbox):
    sock = module_sandbox.socket
    body = ok(sock, "admin.vm.device.pci.Available", "dom0")
    keys = [line.split(" ", 1)[0] for line in lines(body)]
    assert keys == sorted(keys) and len(keys) == 6
    assert raw(sock, "admin.vm.device.pci.Available", "dom0", "00_14.3") == (
        b"0\x0000_14.3:8086:a0f0::p028000 device_id='8086:a0f0::p028000' "
        b"port_id='00_14.3' devclass='pci' backend_domain='dom0' "
        b"vendor='Intel Corporation' product='Wi-Fi 6 AX201' "
        b"interfaces='p028000'\n")
    assert ok(sock, "admin.vm.device.mic.Available", "dom0").startswith(
        "mic:dom0:mic::m000000 ")
    for cls in ("pci", "usb", "block", "mic"):
        for qube in ("work", "sys-net"):
            for kind in ("Available", "Assigned", "Attached"):
                assert raw(sock, f"admin.vm.device.{cls}.{kind}", qube) \
                    .startswith(b"0\0")
    assert ok(sock, "admin.vm.device.pci.Available", "work") == ""
    frame = err(sock, "admin.vm.device.nosuch.Available", "dom0")
    assert frame.message == "no such method: 'admin.vm.device.nosuch.Available'"


def test_demo_pci_assignments(module_sandbox):
    body = ok(module_sandbox.socket, "admin.vm.device.pci.Assigned",
              "sys-usb")
    assert lines(body)[0] == (
        "dom0+00_0d.0:8086:9a13::p0c0330 device_id='8086:9a13::p0c0330' "
        "port_id='00_0d.0' devclass='pci' backend_domain='dom0' "
        "mode='required' frontend_domain='sys-usb' _no-strict-reset='True'")
    assert ok(module_sandbox.socket, "admin.vm.device.pci.Assigned",
              "sys-net", "dom0+00_1f.6").count("\n") == 1


# ----------------------------------------------------------- usb flows

def test_usb_attach_detach_flow(module_sandbox):
    sock = module_sandbox.socket
    assert ok(sock, "admin.vm.device.usb.Available", "sys-usb") == ""
    frame = err(sock, "admin.vm.device.usb.Attach", "vault", STICK)
    assert (frame.class_name, frame.message) == (
        "QubesVMNotRunningError",
        "VM not running, cannot attach device, do you mean `assign`?")
    rec = EventRecorder(sock)
    try:
        ok(sock, "admin.vm.Start", "sys-usb")
        rec.wait_for("device-list-change:usb", "sys-usb")
        added = [e.kwargs["device"] for e in rec.events
                 if e.name == "device-added:usb"]
        assert added == ["sys-usb:2-1:046d:c52b::u03**01u03**02",
                         "sys-usb:2-2:04f2:b6dd::u0e0100u0e0200",
                         f"sys-usb:2-3:{STICK_ID}"]
        usb = lines(ok(sock, "admin.vm.device.usb.Available", "sys-usb"))
        assert [line.split(":")[0] for line in usb] == ["2-1", "2-2", "2-3"]
        blocks = ok(sock, "admin.vm.device.block.Available", "sys-usb")
        assert "sda1:" + STICK_ID + ":1 " in blocks
        sda1 = props_of(lines(blocks)[1])
        assert (sda1["parent_port_id"], sda1["parent_devclass"],
                sda1["_mode"]) == ("sda", "block", "w")

        ok(sock, "admin.vm.Start", "vault")
        rec.clear()
        assert raw(sock, "admin.vm.device.usb.Attach", "vault", STICK) \
            == b"0\0"
        event = rec.wait_for("device-attach:usb", "vault")
        assert event.kwargs == {"device": f"sys-usb:2-3:{STICK_ID}",
                                "options": "{}"}
        assert ok(sock, "admin.vm.device.usb.Attached", "vault") == (
            f"sys-usb+2-3:{STICK_ID} device_id='{STICK_ID}' port_id='2-3' "
            "devclass='usb' backend_domain='sys-usb' mode='manual' "
            "frontend_domain='vault'\n")
        avail = ok(sock, "admin.vm.device.usb.Available", "sys-usb", "2-3")
        assert props_of(lines(avail)[0])["attachment"] == "vault"
        # the stick's block devices are now inside vault, not sys-usb
        assert rec.wait_for("device-removed:block", "sys-usb").kwargs == {
            "port": "sys-usb:sda"}
        assert ok(sock, "admin.vm.device.block.Available", "sys-usb") == ""
        frame = err(sock, "admin.vm.device.usb.Attach", "work", STICK)
        assert frame.class_name in ("DeviceAlreadyAttached",
                                    "QubesVMNotRunningError")
        frame = err(sock, "admin.vm.device.usb.Attach", "vault", STICK)
        assert frame.class_name == "DeviceAlreadyAttached"

        rec.clear()
        ok(sock, "admin.vm.device.usb.Detach", "vault", STICK)
        assert rec.wait_for("device-detach:usb", "vault").kwargs == {
            "port": "sys-usb:2-3"}
        assert ok(sock, "admin.vm.device.usb.Attached", "vault") == ""
        frame = err(sock, "admin.vm.device.usb.Detach", "vault", STICK)
        assert frame.class_name == "DeviceNotAssigned"
        assert "sda" in ok(sock, "admin.vm.device.block.Available", "sys-usb")
        # unknown port, mismatching payload
        frame = err(sock, "admin.vm.device.usb.Attach", "vault",
                    "sys-usb+9-9+_")
        assert frame.class_name == "ProtocolError"
        frame = err(sock, "admin.vm.device.usb.Attach", "vault", STICK,
                    "port_id='2-1'")
        assert frame.class_name == "ProtocolError"
        frame = err(sock, "admin.vm.device.usb.Attach", "sys-usb", MOUSE)
        assert frame.message == "Cannot attach a device to its own backend"
        # the any-device form attaches whatever is on the port
        ok(sock, "admin.vm.device.usb.Attach", "vault", MOUSE)
        assert "port_id='2-1'" in ok(sock, "admin.vm.device.usb.Attached",
                                     "vault")
        # stopping the backend takes its devices away from the frontend
        rec.clear()
        ok(sock, "admin.vm.Shutdown", "sys-usb", "force+wait")
        rec.wait_for("device-detach:usb", "vault")
        assert rec.wait_for("device-removed:usb", "sys-usb").kwargs[
            "port"].startswith("sys-usb:2-")
        assert ok(sock, "admin.vm.device.usb.Attached", "vault") == ""
        assert ok(sock, "admin.vm.device.usb.Available", "sys-usb") == ""
        ok(sock, "admin.vm.Shutdown", "vault", "force+wait")
    finally:
        rec.close()


def test_assignment_flow_and_auto_attach(module_sandbox):
    sock = module_sandbox.socket
    rec = EventRecorder(sock)
    try:
        payload = "mode='auto-attach' _read-only='yes'"
        assert raw(sock, "admin.vm.device.usb.Assign", "untrusted", STICK,
                   payload) == b"0\0"
        assert rec.wait_for("device-assign:usb", "untrusted").kwargs == {
            "device": f"sys-usb:2-3:{STICK_ID}",
            "options": "{'read-only': 'yes'}"}
        assert ok(sock, "admin.vm.device.usb.Assigned", "untrusted") == (
            f"sys-usb+2-3:{STICK_ID} device_id='{STICK_ID}' port_id='2-3' "
            "devclass='usb' backend_domain='sys-usb' mode='auto-attach' "
            "frontend_domain='untrusted' _read-only='yes'\n")
        frame = err(sock, "admin.vm.device.usb.Assign", "untrusted", STICK,
                    payload)
        assert frame.class_name == "DeviceAlreadyAssigned"
        # a payload naming another frontend (a clone copying its source's
        # assignment) still assigns to the call's destination
        ok(sock, "admin.vm.device.usb.Assign", "vault", STICK,
           "mode='ask-to-attach' frontend_domain='untrusted'")
        assert "frontend_domain='vault'" in ok(
            sock, "admin.vm.device.usb.Assigned", "vault")
        ok(sock, "admin.vm.device.usb.Unassign", "vault", STICK)
        frame = err(sock, "admin.vm.device.usb.Assign", "work", STICK,
                    "mode='manual'")
        assert frame.class_name == "ProtocolError"
        # start the frontend, then the backend: auto-attach happens
        ok(sock, "admin.vm.Start", "untrusted")
        assert ok(sock, "admin.vm.device.usb.Attached", "untrusted") == ""
        ok(sock, "admin.vm.Start", "sys-usb")
        attached = lines(ok(sock, "admin.vm.device.usb.Attached",
                            "untrusted"))
        assert len(attached) == 1
        assert props_of(attached[0])["mode"] == "auto-attach"
        assert props_of(attached[0])["_read-only"] == "yes"
        # the demo's camera assignment of personal attaches when it starts
        ok(sock, "admin.vm.Start", "personal")
        assert "port_id='2-2'" in ok(sock, "admin.vm.device.usb.Attached",
                                     "personal")
        # mode changes
        for bad in ("manual", "sometimes"):
            frame = err(sock, "admin.vm.device.usb.Set.assignment",
                        "untrusted", STICK, bad)
            assert (frame.class_name, frame.message) == (
                "QubesUnrecognizedDeviceAssignmentMode",
                "Invalid assignment mode")
        ok(sock, "admin.vm.device.usb.Set.assignment", "untrusted", STICK,
           "ask-to-attach")
        rec.wait_for("device-assignment-changed:usb", "untrusted")
        assert "mode='ask-to-attach'" in ok(
            sock, "admin.vm.device.usb.Assigned", "untrusted")
        frame = err(sock, "admin.vm.device.usb.Set.assignment", "work",
                    STICK, "required")
        assert frame.class_name == "QubesValueError"
        # a backend with assignments to others cannot be removed
        ok(sock, "admin.vm.Shutdown", "personal", "force+wait")
        ok(sock, "admin.vm.Shutdown", "untrusted", "force+wait")
        ok(sock, "admin.vm.Shutdown", "sys-usb", "force+wait")
        frame = err(sock, "admin.vm.Remove", "sys-usb")
        assert frame.class_name == "QubesVMInUseError"
        assert frame.message == ("VM has devices assigned to other VMs: "
                                 "personal, untrusted")
        ok(sock, "admin.vm.device.usb.Unassign", "untrusted", STICK)
        assert rec.wait_for("device-unassign:usb", "untrusted").kwargs == {
            "device": f"sys-usb:2-3:{STICK_ID}"}
        assert ok(sock, "admin.vm.device.usb.Assigned", "untrusted") == ""
        frame = err(sock, "admin.vm.device.usb.Unassign", "untrusted", STICK)
        assert frame.class_name == "DeviceNotAssigned"
    finally:
        rec.close()


# ------------------------------------------------------------------ pci

def test_pci_rules(module_sandbox):
    sock = module_sandbox.socket
    ok(sock, "admin.vm.Create.AppVM", "dom0", "fedora-42-xfce",
       "name=pci-user label=red")
    ok(sock, "admin.vm.property.Set", "pci-user", "netvm", "")
    assert ok(sock, "admin.vm.property.Get", "pci-user", "virt_mode") == \
        "default=True type=str pvh"
    audio = "dom0+00_1f.3+8086+a0c8++p040380"
    frame = err(sock, "admin.vm.device.pci.Assign", "pci-user", audio,
                "mode='auto-attach'")
    assert frame.class_name == "QubesValueError"
    rec = EventRecorder(sock)
    try:
        ok(sock, "admin.vm.device.pci.Assign", "pci-user", audio,
           "mode='required'")
        rec.wait_for("property-reset:virt_mode", "pci-user")
    finally:
        rec.close()
    assert ok(sock, "admin.vm.property.Get", "pci-user", "virt_mode") == \
        "default=True type=str hvm"
    assert ok(sock, "admin.vm.property.Get", "pci-user", "maxmem") == \
        "default=True type=int 0"
    frame = err(sock, "admin.vm.property.Set", "pci-user", "virt_mode", "pvh")
    assert frame.class_name == "QubesPropertyValueError"
    ok(sock, "admin.vm.Start", "pci-user")
    assert "attachment='pci-user'" in ok(
        sock, "admin.vm.device.pci.Available", "dom0", "00_1f.3")
    frame = err(sock, "admin.vm.device.pci.Detach", "pci-user", audio)
    assert frame.class_name == "QubesVMNotHaltedError"
    ok(sock, "admin.vm.Kill", "pci-user")
    assert "attachment" not in ok(sock, "admin.vm.device.pci.Available",
                                  "dom0", "00_1f.3")
    # two qubes requiring the same device cannot run at once
    ok(sock, "admin.vm.Create.AppVM", "dom0", "fedora-42-xfce",
       "name=pci-two label=red")
    ok(sock, "admin.vm.property.Set", "pci-two", "netvm", "")
    ok(sock, "admin.vm.device.pci.Assign", "pci-two", audio,
       "mode='required'")
    ok(sock, "admin.vm.Start", "pci-user")
    frame = err(sock, "admin.vm.Start", "pci-two")
    assert "Required device" in frame.message
    assert "state=Halted" in ok(sock, "admin.vm.List", "pci-two")
    assert ok(sock, "admin.vm.volume.Info", "pci-two", "root").count(
        "usage=0\n") == 1
    ok(sock, "admin.vm.Kill", "pci-user")
    # explicit pvh blocks a PCI assignment
    ok(sock, "admin.vm.device.pci.Unassign", "pci-two", audio)
    ok(sock, "admin.vm.property.Set", "pci-two", "virt_mode", "pvh")
    frame = err(sock, "admin.vm.device.pci.Assign", "pci-two", audio,
                "mode='required'")
    assert frame.message == "Can't attach PCI device to VM in pvh mode"


# -------------------------------------------------------------- denied

def test_denied_interfaces(module_sandbox):
    sock = module_sandbox.socket
    assert raw(sock, "admin.vm.device.denied.List", "anon-whonix") == b"0\0"
    ok(sock, "admin.vm.device.denied.Add", "anon-whonix", "",
       "u03****b******")
    assert raw(sock, "admin.vm.device.denied.List", "anon-whonix") == \
        b"0\0b******\nu03****"
    assert ok(sock, "admin.vm.property.Get", "anon-whonix",
              "devices_denied") == "default=False type=str b******u03****"
    frame = err(sock, "admin.vm.device.denied.Add", "anon-whonix", "",
                "m******m******")
    assert frame.class_name == "ProtocolError"
    frame = err(sock, "admin.vm.device.denied.Add", "anon-whonix", "",
                "u0301")
    assert frame.class_name == "QubesValueError"
    ok(sock, "admin.vm.Start", "sys-usb")
    ok(sock, "admin.vm.Start", "anon-whonix")
    frame = err(sock, "admin.vm.device.usb.Attach", "anon-whonix", MOUSE)
    assert frame.class_name == "PermissionDenied"
    assert ok(sock, "admin.vm.device.usb.Attached", "anon-whonix") == ""
    ok(sock, "admin.vm.device.denied.Remove", "anon-whonix", "", "b******")
    assert ok(sock, "admin.vm.device.denied.List", "anon-whonix") == \
        "u03****"
    ok(sock, "admin.vm.device.denied.Remove", "anon-whonix", "", "all")
    assert ok(sock, "admin.vm.device.denied.List", "anon-whonix") == ""
    ok(sock, "admin.vm.device.usb.Attach", "anon-whonix", MOUSE)
    ok(sock, "admin.vm.Shutdown", "anon-whonix", "force+wait")
    ok(sock, "admin.vm.Shutdown", "sys-whonix", "force+wait")
    ok(sock, "admin.vm.Shutdown", "sys-usb", "force+wait")


# -------------------------------------------------------- persistence

def test_assignments_persist_and_sample_loads(tmp_path):
    state = tmp_path / "state"
    shutil.copytree(SAMPLE, state)
    sb = start_sandbox(state, demo=False, time_scale=0)
    try:
        sock = sb.socket
        body = ok(sock, "admin.vm.device.pci.Assigned", "sys-usb")
        assert lines(body) == [
            "dom0+00_0d.0:8086:9a13::p0c0330 device_id='8086:9a13::p0c0330' "
            "port_id='00_0d.0' devclass='pci' backend_domain='dom0' "
            "mode='required' frontend_domain='sys-usb' "
            "_no-strict-reset='True'",
            "dom0+00_14.0:8086:a0ed::p0c0330 device_id='8086:a0ed::p0c0330' "
            "port_id='00_14.0' devclass='pci' backend_domain='dom0' "
            "mode='required' frontend_domain='sys-usb' "
            "_no-strict-reset='True'"]
        assert len(lines(ok(sock, "admin.vm.device.pci.Assigned",
                            "sys-net"))) == 2
        ok(sock, "admin.vm.device.usb.Assign", "work", STICK,
           "mode='ask-to-attach' _read-only='yes'")
        sb.restart()
        assert "mode='ask-to-attach'" in ok(
            sb.socket, "admin.vm.device.usb.Assigned", "work")
        assert ok(sb.socket, "admin.vm.device.pci.Assigned", "sys-usb") == \
            body
        xml = (state / "qubes.xml").read_text()
        assert ('<device backend-domain="sys-usb" id="2-3" '
                'mode="ask-to-attach" identity="' + STICK_ID + '">') in xml
        assert '<option name="read-only">yes</option>' in xml
    finally:
        sb.stop()
