"""The mirror against a real sandbox: bulk load, events from a second
client, call budgets, disk pass, reconnect."""

from __future__ import annotations

import threading

import pytest

from qubesmanager.admin import connect
from qubesmanager.common import states
from qubesmanager.mirror.dependencies import (dependents,
                                              running_dependents_recursive)
from qubesmanager.sandbox.launcher import start_sandbox

from test_manager_fixtures import call, started_mirror


@pytest.fixture(scope="module")
def mirror(qapp, sb):
    m = started_mirror(sb.socket)
    yield m
    m.stop()


def test_initial_load_with_bulk_calls(mirror, other):
    names = [line.split(" ")[0] for line in
             call(other, "dom0", "admin.vm.List").splitlines()]
    assert list(mirror.qubes)[0] == "dom0"
    assert set(mirror.qubes) == set(names)
    n = len(names)
    counts = mirror.calls.counts
    assert counts["admin.vm.property.GetAll"] == n
    assert counts["admin.vm.List"] == 1
    # Every column but disk usage from at most N + 10 calls.
    assert mirror.calls.total() <= n + 10
    assert "admin.vm.volume.Info" not in counts
    work = mirror.get("work")
    assert work.loaded and work.klass == "AppVM"
    assert work.label == "blue"
    assert work.template == "fedora-42-xfce"
    assert work.netvm == "sys-firewall" and work.is_default("netvm")
    assert "backup-daily" in work.tags
    assert mirror.get("default-mgmt-dvm").internal
    assert mirror.get("sys-net").feature("servicevm") == "1"
    assert mirror.labels["blue"].colour == 0x3465A4
    assert mirror.global_value("default_netvm") == "sys-firewall"


def test_label_change_from_other_client_costs_one_call(qtbot, mirror, other):
    before = mirror.calls.total()
    with qtbot.waitSignal(mirror.qube_changed,
                          check_params_cb=lambda n, w: (n, w) == ("personal", "label"),
                          timeout=5000):
        call(other, "personal", "admin.vm.property.Set", "label", "green")
    qtbot.waitUntil(lambda: mirror.get("personal").label == "green")
    qtbot.wait(100)  # let any further (unwanted) calls happen
    assert mirror.calls.total() - before == 1


def test_feature_and_tag_events_cost_no_call(qtbot, mirror, other):
    before = mirror.calls.total()
    call(other, "work", "admin.vm.feature.Set", "qubesmanager-test", "hello world")
    call(other, "work", "admin.vm.tag.Set", "audit")
    qtbot.waitUntil(lambda: "audit" in mirror.get("work").tags)
    qtbot.waitUntil(lambda: mirror.get("work").feature("qubesmanager-test")
                    == "hello world")
    call(other, "work", "admin.vm.feature.Remove", "qubesmanager-test")
    call(other, "work", "admin.vm.tag.Remove", "audit")
    qtbot.waitUntil(lambda: "audit" not in mirror.get("work").tags
                    and "qubesmanager-test" not in mirror.get("work").features)
    assert mirror.calls.total() == before


def test_power_states_follow_events(qtbot, mirror, other):
    states_seen = []
    mirror.state_changed.connect(
        lambda n, s: n == "untrusted" and states_seen.append(s))
    call(other, "untrusted", "admin.vm.Start")
    qtbot.waitUntil(lambda: mirror.get("untrusted").state == states.RUNNING)
    assert states.TRANSIENT in states_seen
    # The net qube chain was started first, and the mirror saw it.
    qtbot.waitUntil(lambda: mirror.get("sys-firewall").state == states.RUNNING)
    call(other, "untrusted", "admin.vm.Pause")
    qtbot.waitUntil(lambda: mirror.get("untrusted").state == states.PAUSED)
    call(other, "untrusted", "admin.vm.Unpause")
    qtbot.waitUntil(lambda: mirror.get("untrusted").state == states.RUNNING)
    assert running_dependents_recursive(mirror, "sys-net")[-1] == "sys-firewall"
    assert "untrusted" in running_dependents_recursive(mirror, "sys-net")
    call(other, "untrusted", "admin.vm.Shutdown", "wait")
    qtbot.waitUntil(lambda: mirror.get("untrusted").state == states.HALTED)
    assert states.HALTING in states_seen
    assert "admin.vm.CurrentState" not in mirror.calls.counts


def test_qube_added_and_removed(qtbot, mirror, other):
    before = mirror.calls.counts.copy()
    with qtbot.waitSignal(mirror.qube_added, timeout=5000) as added:
        call(other, "dom0", "admin.vm.Create.AppVM", "fedora-42-xfce",
             "name=mirror-new label=purple")
    assert added.args == ["mirror-new"]
    qtbot.waitUntil(lambda: mirror.get("mirror-new").loaded)
    rec = mirror.get("mirror-new")
    assert rec.klass == "AppVM" and rec.label == "purple"
    assert rec.state == states.HALTED
    qtbot.waitUntil(lambda: "created-by-dom0" in rec.tags)
    assert (mirror.calls.counts["admin.vm.property.GetAll"]
            - before["admin.vm.property.GetAll"]) == 1
    assert mirror.calls.counts["admin.vm.List"] == before["admin.vm.List"]
    with qtbot.waitSignal(mirror.qube_removed, timeout=5000):
        call(other, "mirror-new", "admin.vm.Remove")
    assert mirror.get("mirror-new") is None


def test_global_property_change(qtbot, mirror, other):
    with qtbot.waitSignal(mirror.global_changed,
                          check_params_cb=lambda p: p == "default_dispvm",
                          timeout=5000):
        call(other, "dom0", "admin.property.Set", "default_dispvm",
             "whonix-workstation-18-dvm")
    assert mirror.global_value("default_dispvm") == "whonix-workstation-18-dvm"
    call(other, "dom0", "admin.property.Set", "default_dispvm", "default-dvm")
    qtbot.waitUntil(lambda: mirror.global_value("default_dispvm") == "default-dvm")


def test_disk_usage_is_lazy_and_counted_apart(qtbot, mirror):
    qtbot.waitUntil(lambda: mirror.disk.first_pass_seconds is not None,
                    timeout=20000)
    work = mirror.get("work")
    assert set(work.disk) >= {"root", "private", "volatile"}
    assert work.disk_usage is not None and work.disk_usage >= 0
    assert work.has_notes is False
    assert mirror.disk_calls.counts["admin.vm.volume.Info"] > 0
    assert "admin.vm.volume.Info" not in mirror.calls.counts


def test_notes_refresh_on_request(qtbot, mirror, other):
    call(other, "vault", "admin.vm.notes.Set", None, "passwords live here")
    mirror.refresh_extras("vault")
    qtbot.waitUntil(lambda: mirror.get("vault").has_notes is True)


def test_disk_refreshed_by_shutdown_event(qtbot, mirror, other):
    qtbot.waitUntil(lambda: mirror.disk.idle, timeout=20000)
    before = mirror.disk_calls.counts["admin.vm.volume.List"]
    call(other, "personal", "admin.vm.Start")
    call(other, "personal", "admin.vm.Shutdown", "wait")
    qtbot.waitUntil(lambda: mirror.disk_calls.counts["admin.vm.volume.List"]
                    > before, timeout=5000)


def test_dependents_from_mirror(mirror):
    deps = dependents(mirror, "sys-firewall")
    assert ("", "default_netvm") in deps
    assert ("sys-whonix", "netvm") in deps
    # Qubes following the default are covered by the global entry.
    assert ("work", "netvm") not in deps


def test_run_delivers_on_ui_thread(qtbot, mirror):
    results = []
    main = threading.current_thread()

    def work():
        results.append(("worker", threading.current_thread() is main))
        return 42

    mirror.run(work, on_result=lambda r: results.append(
        ("result", r, threading.current_thread() is main)))
    qtbot.waitUntil(lambda: len(results) == 2)
    assert results == [("worker", False), ("result", 42, True)]


def test_run_reports_daemon_error(qtbot, mirror):
    errors = []
    mirror.run(lambda: mirror.app.qubesd_call("dom0", "admin.vm.Kill"),
               on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert type(errors[0]).__name__ == "QubesVMError"
    assert "Dom0" in str(errors[0])


def test_call_awaitable_on_the_launch_loop(qapp, qtbot, mirror):
    """``mirror.call`` on the qasync loop ``launch.py`` makes; the loop is
    closed and unset afterwards, and Qt waits of later tests still work
    (the test after this one and the module's remaining ones)."""
    import asyncio

    import qasync

    async def both():
        doubled = await mirror.call(lambda x: x * 2, 21)
        with pytest.raises(Exception) as info:
            await mirror.call(mirror.app.qubesd_call, "dom0", "admin.vm.Kill")
        return doubled, info.value

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        with loop:  # as launch.py: closed on leaving
            doubled, err = loop.run_until_complete(
                asyncio.wait_for(both(), 10))
    finally:
        asyncio.set_event_loop(None)
    assert doubled == 42
    assert type(err).__name__ == "QubesVMError"
    assert loop.is_closed()
    # A plain Qt wait right after: no leftover loop swallows the events.
    results = []
    mirror.run(lambda: 7, on_result=results.append)
    qtbot.waitUntil(lambda: results == [7], timeout=5000)


def test_reconnect_resyncs(qtbot, qapp, tmp_path):
    sandbox = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    try:
        mirror = started_mirror(sandbox.socket, stats=False)
        seen = []
        mirror.connection_changed.connect(seen.append)
        sandbox.restart()
        qtbot.waitUntil(lambda: seen[-2:] == [False, True], timeout=15000)
        # Events flow again on the new stream.
        other = connect(sandbox.socket)
        call(other, "work", "admin.vm.property.Set", "label", "orange")
        qtbot.waitUntil(lambda: mirror.get("work").label == "orange",
                        timeout=5000)
        assert mirror.calls.counts["admin.vm.List"] >= 2  # full resync
        mirror.stop()
    finally:
        sandbox.stop()


def test_upstream_only_fallback(qtbot, qapp, tmp_path):
    sandbox = start_sandbox(tmp_path / "state", demo=True, time_scale=0,
                            extra_args=["--upstream-only"])
    try:
        mirror = started_mirror(sandbox.socket, stats=False, disk=False)
        assert mirror.get("default-mgmt-dvm").internal
        assert mirror.get("sys-net").feature_on("servicevm")
        assert "backup-daily" in mirror.get("work").tags
        assert mirror.calls.counts["admin.vm.feature.List"] == len(mirror.qubes)
        assert mirror.calls.counts["admin.vm.tag.List"] == len(mirror.qubes)
        mirror.stop()
        # The one decision the mirror and the client's load_all share.
        from qubesmanager.admin import bulk, exc
        client = connect(sandbox.socket)
        text = lambda dest, method: call(client, dest, method)  # noqa: E731
        assert bulk.read_extension(text, bulk.FEATURES_EXT) is None
        assert bulk.read_extension(text, bulk.TAGS_EXT) is None
        with pytest.raises(exc.QubesVMNotFoundError):  # a real error: raised
            bulk.read_extension(lambda d, m: call(client, "no-such-qube",
                                                  "admin.vm.List"),
                                bulk.TAGS_EXT)
    finally:
        sandbox.stop()


def test_restricted_mirror_asks_only_for_what_it_keeps(qtbot, qapp, tmp_path):
    """props/features/tags options (the tray's): on a daemon without bulk
    reads, no tag.List at all and feature.Get only for kept features."""
    sandbox = start_sandbox(tmp_path / "state", demo=True, time_scale=0,
                            extra_args=["--upstream-only"])
    try:
        full = started_mirror(sandbox.socket, stats=False, disk=False)
        full_gets = full.calls.counts["admin.vm.feature.Get"]
        full.stop()
        mirror = started_mirror(sandbox.socket, stats=False, disk=False,
                                props=frozenset({"label"}),
                                features=frozenset({"internal"}), tags=False)
        assert mirror.get("default-mgmt-dvm").internal
        assert not mirror.get("sys-net").feature_on("servicevm")  # not kept
        assert mirror.get("work").tags == set()
        assert set(mirror.get("work").props) == {"label"}
        assert mirror.get("work").klass == "AppVM"
        assert mirror.calls.counts["admin.vm.tag.List"] == 0
        internal = sum(1 for r in mirror.qubes.values() if r.internal)
        assert mirror.calls.counts["admin.vm.feature.Get"] == internal < full_gets
        mirror.stop()
    finally:
        sandbox.stop()


def test_stats_for_running_qubes(qtbot, mirror):
    qtbot.waitUntil(lambda: "memory_kb" in mirror.get("dom0").stats,
                    timeout=10000)
    assert mirror.get("dom0").stats["memory_kb"] > 0
    assert mirror.get("vault").stats == {}



def test_qt_events_reach_the_mirror(qtbot, mirror, other):
    """The raw-event signal no longer shadows ``QObject.event()``: a child
    object and a posted event are delivered without error, and raw events
    still arrive on ``raw_event``."""
    from PyQt5.QtCore import QCoreApplication, QEvent, QObject

    child = QObject(mirror)  # sends QEvent.ChildAdded to the mirror
    assert child.parent() is mirror
    QCoreApplication.postEvent(mirror, QEvent(QEvent.User))
    QCoreApplication.sendPostedEvents(mirror, 0)
    assert isinstance(mirror.event(QEvent(QEvent.User)), bool)  # a method
    child.deleteLater()
    with qtbot.waitSignal(mirror.raw_event, timeout=5000,
                          check_params_cb=lambda s, e, k:
                          (s, e) == ("work", "domain-tag-add:raw-event")):
        call(other, "work", "admin.vm.tag.Set", "raw-event")
