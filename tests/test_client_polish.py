"""Client polish: one device wire format shared with the sandbox, and the
cost of the bulk load (labels included)."""

import pytest

from qubesmanager.admin import devicewire, exc
from qubesmanager.admin.devices import (DeviceAssignment, parse_properties,
                                        qarg, serialize_properties)
from qubesmanager.sandbox import devices_model
from qubesmanager.sandbox.rawclient import call

#: fixtures msb (module sandbox), app
pytest_plugins = ("test_client_fixtures",)

STICK_ID = "0951:1666:E0D55EA5741B:u080650"


# ------------------------------------------------ item 1: one device format

def test_backslash_is_not_an_escape():
    """Upstream escapes only ``'``; a backslash travels as it is (the
    client used to double it on the way out and drop it on the way in)."""
    text = serialize_properties({"_path": "C:\\dir's", "name": "a\\b"})
    assert text == "_path='C:\\dir\\'s' name='a\\b'"
    assert parse_properties("name='a\\b' x='\\''") == {"name": "a\\b",
                                                         "x": "'"}
    # the sandbox reads exactly what the client writes, and back
    assert devices_model.parse_properties(text) == parse_properties(text)
    assert devices_model.serialize([("_path", "C:\\dir's")]) == \
        "_path='C:\\dir\\'s'"


def test_qarg_round_trips_through_the_sandbox_parser():
    cases = [("sys-usb", "2-1", STICK_ID), ("sys-usb", "2-1", "*"),
             ("sys-usb", "*", STICK_ID), ("dom0", "00_14.0",
                                          "8086:a0ed::?******")]
    for backend, port, device in cases:
        arg = qarg(backend, port, device)
        assert devices_model.parse_qarg(arg) == (backend, port, device)
    assert qarg("sys-usb", "*", STICK_ID) == \
        "sys-usb+_+0951+1666+E0D55EA5741B+u080650"


def test_malformed_daemon_text_is_a_communication_error():
    with pytest.raises(exc.QubesDaemonCommunicationError):
        parse_properties("name='x")
    with pytest.raises(devicewire.DeviceWireError):
        devicewire.parse_qarg("sys-usb+2-1")


def test_option_with_backslash_and_quote_round_trips(app, msb):
    work = app.domains["work"]
    usb = work.devices["usb"]
    dev = DeviceAssignment("sys-usb", "2-3", "usb", STICK_ID,
                           mode="auto-attach",
                           options={"note": "C:\\stick's"}, app=app)
    usb.assign(dev)
    try:
        # stored and listed with a single backslash, as upstream would
        text = call(msb.socket, "admin.vm.device.usb.Assigned", "work")
        assert "_note='C:\\stick\\'s'" in text
        (got,) = [a for a in usb.get_assigned_devices() if a == dev]
        assert got.options == {"note": "C:\\stick's"}
        assert got.mode == "auto-attach"
        assert str(got) == f"sys-usb:2-3:{STICK_ID}"
    finally:
        usb.unassign(dev)
    assert dev not in usb.get_assigned_devices()
