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


# ---------------------------------------------- item 5: labels in the load

def _label_calls(app):
    counts = app.call_counts.snapshot()
    return counts.get("admin.label.Get", 0) + counts.get("admin.label.Index", 0)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """dom0 and six qubes, each qube with a label of its own: the worst
    case for label reads (7 qubes, 7 labels in use)."""
    from qubesmanager.admin import QubesApp
    from qubesmanager.sandbox.launcher import start_sandbox
    proc = start_sandbox(tmp_path_factory.mktemp("tiny") / "state",
                         demo=False, time_scale=0)
    admin = QubesApp(proc.socket)
    yield proc, admin
    proc.stop()


def test_load_of_dom0_alone_stays_in_budget(tiny):
    from qubesmanager.admin import QubesApp
    proc, _ = tiny
    app = QubesApp(proc.socket)
    if len(app.domains) != 1:
        pytest.skip("qubes were added by an earlier test")
    app.call_counts.clear()
    result = app.load_all()
    assert result["qubes"] == 1
    # vm.List, global GetAll, label.List, 2 extensions, dom0's GetAll and
    # the colour and index of its label
    assert result["calls"] == 8 <= 2 * 1 + 10
    app.call_counts.clear()
    assert app.domains["dom0"].label.color == "0x000000"
    assert app.call_counts.total_calls() == 0


def test_many_labels_in_use_stay_in_budget(tiny):
    from qubesmanager.admin import QubesApp
    proc, admin = tiny
    labels = ("red", "orange", "yellow", "green", "gray", "blue")
    for label in labels:
        if f"t-{label}" not in admin.domains:
            admin.add_new_vm("StandaloneVM", f"t-{label}", label)
    app = QubesApp(proc.socket)
    result = app.load_all()
    n = result["qubes"]
    assert n == 7
    assert result["calls"] <= 2 * n + 10          # was N + 5 + 2 * 8 = 28
    prefetched = _label_calls(app) // 2
    assert prefetched == (n + 5) // 2              # as many as the budget
    # every label is right, and those left out cost their two calls once
    app.call_counts.clear()
    truth = {name: call(proc.socket, "admin.label.Get", "dom0", name)
             for name in ("black",) + labels}
    for vm in app.domains:
        assert vm.label.color == truth[vm.label.name]
        assert vm.label.index == int(call(proc.socket, "admin.label.Index",
                                          "dom0", vm.label.name))
    assert _label_calls(app) == 2 * (7 - prefetched)
    app.call_counts.clear()
    assert [vm.label.color for vm in app.domains]
    assert app.call_counts.total_calls() == 0


def test_label_colour_and_index_are_asked_together(tmp_path):
    from qubesmanager.admin import QubesApp
    from qubesmanager.admin.transport import SocketTransport
    from qubesmanager.sandbox.launcher import start_sandbox
    from test_client_cache import _InFlight
    proc = start_sandbox(tmp_path / "state", demo=False, time_scale=0,
                         latency_ms=50)
    try:
        transport = _InFlight(SocketTransport(proc.socket))
        app = QubesApp(transport=transport)
        label = app.labels["purple"]
        transport.peak = 0
        assert label.index == 7 and label.color.startswith("0x")
        assert transport.peak == 2
    finally:
        proc.stop()


# --------------------------- item 1 (duplicates): shared mapping/identity

def test_named_collections_share_one_mapping_behaviour(app):
    for coll, known in ((app.labels, "red"), (app.pools, "varlibqubes"),
                        (app.domains, "work")):
        assert coll.get("no-such-thing") is None
        assert coll.get(known) == known          # named objects equal names
        assert len(coll) == len(coll.keys())
        assert [name for name, _ in coll.items()] == list(coll.keys())
        assert [str(obj) for obj in coll.values()] == list(coll.keys())
    red = app.labels["red"]
    assert red == app.labels.get_blind("red") and red != "blue"
    assert hash(red) == hash(app.labels.get_blind("red"))
    assert {app.pools["varlibqubes"]} == {app.pools.get("varlibqubes")}
    assert app.labels["red"] != app.pools["varlibqubes"]


def test_device_format_agrees_with_the_real_qubesadmin():
    """Our one serialiser against upstream's own, in a subprocess (so the
    real library never shadows ours in this process); needs
    QUBESADMIN_PATH, as the conformance tests do."""
    import json
    import os
    import subprocess
    import sys
    path = os.environ.get("QUBESADMIN_PATH", "")
    if not os.path.isfile(os.path.join(path, "qubesadmin",
                                       "device_protocol.py")):
        pytest.skip("QUBESADMIN_PATH does not point to a copy of qubesadmin")
    items = [("device_id", "0951:1666::u080650"), ("name", "King's \\ stick"),
             ("_opt", "a b' c"), ("serial", "")]
    ours = devicewire.serialize(items)
    script = (
        "import json, sys\n"
        "from qubesadmin.device_protocol import DeviceSerializer as S\n"
        "items = json.loads(sys.argv[1])\n"
        "packed = b' '.join(S.pack_property(k, v) for k, v in items)\n"
        "props, opts = S.unpack_properties(sys.argv[2].encode())\n"
        "print(json.dumps([packed.decode(), props, opts]))\n")
    out = subprocess.run(
        [sys.executable, "-c", script, json.dumps(items), ours],
        env=dict(os.environ, PYTHONPATH=path), capture_output=True,
        text=True, check=True).stdout
    theirs, props, opts = json.loads(out)
    assert ours == theirs
    parsed = devicewire.parse_properties(ours)
    assert props == {k: v for k, v in parsed.items() if not k.startswith("_")}
    assert opts == devicewire.split_options(parsed)
