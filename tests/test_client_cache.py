"""Bulk loading, the call budget, and the cache kept fresh by events."""

import pytest

from qubesmanager.admin import EventsDispatcher, QubesApp
from qubesmanager.admin.cache import AppCache
from qubesmanager.sandbox.launcher import start_sandbox

from test_client_fixtures import pick, wait_for

#: fixtures msb (module sandbox), app, loop_thread
pytest_plugins = ("test_client_fixtures",)


def _read_everything(app):
    for vm in app.domains:
        for prop in vm.property_list():
            getattr(vm, prop, None)
        dict(vm.features.items())
        set(vm.tags)
        vm.get_power_state()
        if vm.label is not None:
            vm.label.color  # noqa: B018
    for prop in app.property_list():
        getattr(app, prop, None)


def test_load_all_budget_and_free_reads(app):
    result = app.load_all()
    n = len(app.domains)
    assert result["qubes"] == n
    assert result["calls"] <= 2 * n + 10, app.call_counts
    assert app.call_counts["admin.vm.property.GetAll"] == n
    assert app.call_counts["admin.vm.List"] == 1
    assert app.bulk_extensions == {"admin.vm.feature.GetAllQubes": True,
                                   "admin.vm.tag.GetAllQubes": True}
    app.call_counts.clear()
    _read_everything(app)
    assert sum(app.call_counts.values()) == 0, app.call_counts


def test_load_all_matches_single_reads(app, msb):
    app.load_all()
    plain = QubesApp(msb.socket)
    for vm in app.domains:
        other = plain.domains[vm.name]
        assert dict(vm.features.items()) == dict(other.features.items())
        assert set(vm.tags) == set(other.tags)
        for prop in ("label", "netvm", "memory", "klass"):
            assert (getattr(vm, prop, None) == getattr(other, prop, None))


def test_upstream_only_fallback(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0,
                       extra_args=["--upstream-only"])
    try:
        client = QubesApp(sb.socket)
        client.load_all()
        assert client.bulk_extensions == {
            "admin.vm.feature.GetAllQubes": False,
            "admin.vm.tag.GetAllQubes": False}
        n = len(client.domains)
        assert client.call_counts["admin.vm.tag.List"] == n
        assert client.call_counts["admin.vm.feature.List"] == n
        # the answer is remembered: a second load does not ask again
        client.call_counts.clear()
        client.load_all()
        assert client.call_counts["admin.vm.feature.GetAllQubes"] == 0
        client.call_counts.clear()
        _read_everything(client)
        assert sum(client.call_counts.values()) == 0, client.call_counts
    finally:
        sb.stop()


def test_second_client_change_seen_with_one_get(app, msb, loop_thread):
    app.load_all()
    dispatcher = EventsDispatcher(app)
    seen = []
    dispatcher.add_handler("property-set:*",
                           lambda subject, event, **kw: seen.append(
                               (str(subject), event)))
    dispatcher.add_handler("domain-feature-*",
                           lambda subject, event, **kw: seen.append(
                               (str(subject), event)))
    dispatcher.add_handler("domain-tag-*",
                           lambda subject, event, **kw: seen.append(
                               (str(subject), event)))
    loop_thread.submit(dispatcher.listen_for_events())
    wait_for(lambda: dispatcher.connected)
    app.load_all()  # after connection-established dropped the caches
    vm = pick(app, "AppVM")
    other = QubesApp(msb.socket).domains[vm.name]
    old = vm.memory

    other.memory = old + 100
    wait_for(lambda: (vm.name, "property-set:memory") in seen)
    app.call_counts.clear()
    assert vm.memory == old + 100
    assert vm.memory == old + 100
    assert app.call_counts == {"admin.vm.property.Get": 1}

    # features and tags: the event carries the change, no call at all
    other.features["h3-seen"] = "v1"
    other.tags.add("h3-seen")
    wait_for(lambda: (vm.name, "domain-tag-add:h3-seen") in seen)
    app.call_counts.clear()
    assert vm.features["h3-seen"] == "v1"
    assert "h3-seen" in vm.tags
    del other.features["h3-seen"]
    other.tags.remove("h3-seen")
    wait_for(lambda: (vm.name, "domain-tag-delete:h3-seen") in seen)
    assert "h3-seen" not in vm.features
    assert "h3-seen" not in vm.tags
    assert sum(app.call_counts.values()) == 0

    # power state follows events
    target = pick(app, "AppVM", running=False)
    QubesApp(msb.socket).domains[target.name].start()
    wait_for(lambda: target.get_power_state() == "Running")
    QubesApp(msb.socket).domains[target.name].kill()
    wait_for(lambda: target.get_power_state() == "Halted")

    # a global default change invalidates what depends on it
    del other.memory
    loop_thread.call(dispatcher.stop)


def test_stale_fetch_is_not_stored():
    """An answer that raced with an event must not be cached."""
    cache = AppCache()
    holder = cache.holder("work")
    stamp = cache.stamp(holder)
    cache.apply_event("work", "property-set:memory", {"name": "memory"})
    assert not cache.still_valid(holder, stamp)
    # a qube unknown when the fetch started is covered as well
    stamp = cache.stamp()
    cache.apply_event("new", "domain-feature-set:x", {"feature": "x",
                                                      "value": "1"})
    assert not cache.still_valid(cache.holder("new"), stamp)
    assert cache.still_valid(cache.holder("untouched"), stamp)
    # a removed qube's holder is dropped, but a fetch from before its
    # removal stays stale for a qube re-created under the same name
    stamp = cache.stamp()
    cache.holder("disp1")
    cache.apply_event("", "domain-delete", {"vm": "disp1"})
    assert "disp1" not in cache.qubes
    assert not cache.still_valid(cache.holder("disp1"), stamp)
    assert cache.still_valid(cache.holder("disp1"), cache.stamp())
    cache.apply_event("", "connection-established", {})
    assert not cache.still_valid(cache.holder("untouched"), stamp)


def test_concurrent_readers_while_events_invalidate(app, msb, loop_thread):
    """Worker threads read while the events loop invalidates: no errors,
    and the final values agree with the daemon."""
    from concurrent.futures import ThreadPoolExecutor
    dispatcher = EventsDispatcher(app)
    loop_thread.submit(dispatcher.listen_for_events())
    wait_for(lambda: dispatcher.connected)
    app.load_all()
    vm = pick(app, "AppVM")
    writer = QubesApp(msb.socket).domains[vm.name]

    def reader(_):
        return [vm.memory for _ in range(20)]

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(reader, i) for i in range(8)]
        for value in range(600, 620):
            writer.memory = value
        for future in futures:
            assert all(isinstance(v, int) for v in future.result())
    wait_for(lambda: vm.memory == 619)
    del writer.memory
    loop_thread.call(dispatcher.stop)


def test_events_invalidate_derived_firewall_and_devices(app, msb,
                                                        loop_thread):
    dispatcher = EventsDispatcher(app)
    events = []
    dispatcher.add_handler("*", lambda s, e, **kw: events.append((str(s), e)))
    loop_thread.submit(dispatcher.listen_for_events())
    wait_for(lambda: dispatcher.connected)
    app.load_all()
    other = QubesApp(msb.socket)

    # a global default reaches every qube that uses it (property-reset)
    follower = next((vm for vm in app.domains if vm.klass == "AppVM"
                     and vm.property_is_default("netvm")), None)
    assert follower is not None
    old_default = app.default_netvm
    candidates = [vm for vm in app.domains
                  if getattr(vm, "provides_network", False)
                  and vm != old_default]
    if candidates:
        other.default_netvm = candidates[0].name
        wait_for(lambda: (follower.name, "property-reset:netvm") in events)
        assert follower.netvm == candidates[0]
        assert app.default_netvm == candidates[0]
        other.default_netvm = old_default
        wait_for(lambda: app.default_netvm == old_default)

    # firewall rules cached, dropped on firewall-changed
    vm = pick(app, "AppVM")
    rules = vm.firewall.rules
    app.call_counts.clear()
    assert vm.firewall.rules == rules
    assert sum(app.call_counts.values()) == 0
    other.domains[vm.name].firewall.save_rules(rules + [
        __import__("qubesmanager.admin.firewall", fromlist=["Rule"]).Rule(
            action="drop")])
    wait_for(lambda: (vm.name, "firewall-changed") in events)
    assert len(vm.firewall.rules) == len(rules) + 1
    other.domains[vm.name].firewall.save_rules(rules)
    wait_for(lambda: events.count((vm.name, "firewall-changed")) == 2)

    # device assignments cached, dropped on device-assign/unassign
    from qubesmanager.admin.devices import DeviceAssignment
    col = vm.devices["block"]
    assert col.get_assigned_devices() == []
    app.call_counts.clear()
    col.get_assigned_devices()
    assert sum(app.call_counts.values()) == 0
    assignment = DeviceAssignment("sys-usb", "sdz9", "block", "*",
                                  "auto-attach", app=other)
    try:
        other.domains[vm.name].devices["block"].assign(assignment)
    except Exception as err:  # noqa: BLE001 - the sandbox may refuse ports
        pytest.skip(f"cannot assign a block port here: {err}")
    wait_for(lambda: (vm.name, "device-assign:block") in events)
    assert [str(a) for a in col.get_assigned_devices()] == ["sys-usb:sdz9:*"]
    other.domains[vm.name].devices["block"].unassign(assignment)
    wait_for(lambda: (vm.name, "device-unassign:block") in events)
    assert col.get_assigned_devices() == []
    loop_thread.call(dispatcher.stop)


class _InFlight:
    """Wraps the real socket transport to count requests in flight (the
    requests still go to the sandbox)."""

    def __init__(self, inner):
        import threading
        self.inner = inner
        self.now = 0
        self.peak = 0
        self._lock = threading.Lock()

    def request(self, *args):
        with self._lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        try:
            return self.inner.request(*args)
        finally:
            with self._lock:
                self.now -= 1

    async def open_stream(self, *args):
        return await self.inner.open_stream(*args)


def test_bulk_budget_and_concurrency_with_many_qubes(tmp_path):
    from qubesmanager.admin.transport import SocketTransport
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0,
                       qubes=200, latency_ms=2)
    try:
        transport = _InFlight(SocketTransport(sb.socket))
        client = QubesApp(transport=transport)
        result = client.load_all()
        n = result["qubes"]
        assert n >= 200
        assert result["calls"] <= 2 * n + 10
        assert transport.peak > 1               # several requests in flight
        assert transport.peak <= client.bulk_workers
        client.call_counts.clear()
        _read_everything(client)
        assert sum(client.call_counts.values()) == 0
    finally:
        sb.stop()


def test_client_benchmark_prints_its_figures(capsys):
    from qubesmanager.bench.client import main
    assert main(["--qubes", "20", "--latency-ms", "1"]) == 0
    out = capsys.readouterr().out
    assert "admin.vm.property.GetAll" in out
    assert "with 0 calls" in out              # reads after the load
    assert "peak RSS" in out and "MiB" in out
