"""EventsDispatcher and StatsDispatcher against a real event stream."""

import asyncio

import pytest

from qubesmanager.admin import EventsDispatcher, QubesApp, StatsDispatcher
from qubesmanager.admin.vm import QubeVM

from test_client_fixtures import pick, wait_for

#: fixtures msb (module sandbox), app, loop_thread
pytest_plugins = ("test_client_fixtures",)


@pytest.fixture
def sandbox_app(sandbox):
    return QubesApp(sandbox.socket)


def test_patterns_subjects_and_removal(sandbox, sandbox_app, loop_thread):
    app = sandbox_app
    dispatcher = EventsDispatcher(app)
    assert app.cache_enabled
    got = []

    def on_any_domain(subject, event, **kwargs):
        got.append(("domain", subject, event, kwargs))

    def on_prop(subject, event, **kwargs):
        got.append(("prop", subject, event, kwargs))

    dispatcher.add_handler("domain-*", on_any_domain)
    dispatcher.add_handler("property-set:label", on_prop)
    dispatcher.add_handler("*", lambda *a, **k: got.append(("all",) + a))
    loop_thread.submit(dispatcher.listen_for_events())
    wait_for(lambda: dispatcher.connected)
    assert ("all", None, "connection-established") in got

    other = QubesApp(sandbox.socket)
    template = pick(other, "TemplateVM")
    other.add_new_vm("AppVM", "h3-ev", "red", template=template)
    wait_for(lambda: any(g[0] == "domain" and g[2] == "domain-add"
                         for g in got))
    add = [g for g in got if g[0] == "domain" and g[2] == "domain-add"][0]
    assert add[1] is None                       # system event
    assert isinstance(add[3]["vm"], QubeVM) and add[3]["vm"] == "h3-ev"

    other.domains["h3-ev"].label = "blue"
    wait_for(lambda: any(g[0] == "prop" for g in got))
    prop = [g for g in got if g[0] == "prop"][0]
    assert prop[1] is app.domains["h3-ev"]
    assert prop[3]["name"] == "label" and prop[3]["newvalue"] == "blue"
    # the handler can read the new value: the cache was dropped first
    assert app.domains["h3-ev"].label == "blue"

    dispatcher.remove_handler("domain-*", on_any_domain)
    before = len([g for g in got if g[0] == "domain"])
    del other.domains["h3-ev"]
    wait_for(lambda: ("all", None, "domain-delete") in got)
    assert len([g for g in got if g[0] == "domain"]) == before
    assert "h3-ev" not in app.domains
    loop_thread.call(dispatcher.stop)


@pytest.mark.parametrize("how,reload", [("stop", True), ("kill", False)])
def test_reconnect_after_restart_resyncs(sandbox, sandbox_app, loop_thread,
                                         how, reload):
    app = sandbox_app
    # long enough that the change below happens while we are away
    dispatcher = EventsDispatcher(app, reconnect_delay=1.5,
                                  reload_on_reconnect=reload)
    hooks = []
    dispatcher.on_connection_lost = lambda: hooks.append("lost")
    dispatcher.on_connection_established = lambda: hooks.append("up")
    loop_thread.submit(dispatcher.listen_for_events())
    wait_for(lambda: hooks == ["up"])
    app.load_all()
    vm = pick(app, "AppVM")
    old = vm.memory

    # change the system while we are not listening: only a restart tells
    getattr(sandbox, how)()             # clean stop, or a crash (SIGKILL)
    wait_for(lambda: "lost" in hooks)
    assert not dispatcher.connected
    sandbox.restart()                   # same state, without --demo
    QubesApp(sandbox.socket).domains[vm.name].memory = old + 1
    wait_for(lambda: hooks.count("up") == 2, timeout=20)
    assert dispatcher.connections == 2
    app.call_counts.clear()
    assert vm.memory == old + 1
    if reload:
        # reloaded before the hook ran: warm again, reads cost nothing
        assert sum(app.call_counts.values()) == 0
    else:
        # caches were dropped: the value is read again
        assert app.call_counts["admin.vm.property.GetAll"] == 1
    loop_thread.call(dispatcher.stop)


def test_listen_without_reconnect_ends(sandbox, sandbox_app):
    dispatcher = EventsDispatcher(sandbox_app)
    done = []

    async def scenario():
        task = asyncio.ensure_future(
            dispatcher.listen_for_events(reconnect=False))
        while not dispatcher.connected:
            await asyncio.sleep(0.01)
        await asyncio.get_running_loop().run_in_executor(None, sandbox.stop)
        await asyncio.wait_for(task, 10)
        done.append(True)

    asyncio.run(scenario())
    assert done and not dispatcher.connected


def test_stats_dispatcher(sandbox, sandbox_app, loop_thread):
    app = sandbox_app
    app.stats_interval = 1
    stats = StatsDispatcher(app)
    seen = []
    stats.add_handler("vm-stats", lambda subject, event, **kw: seen.append(
        (subject, kw)))
    assert not app.cache_enabled            # stats do not feed the cache
    loop_thread.submit(stats.listen_for_events())
    wait_for(lambda: "dom0" in stats.latest, timeout=15)
    figures = stats.latest["dom0"]
    assert isinstance(figures["memory_kb"], int)
    assert isinstance(figures["cpu_usage"], int)
    assert seen and isinstance(seen[0][0], QubeVM)
    loop_thread.call(stats.stop)


def test_load_before_listening_is_reloaded(sandbox, sandbox_app, loop_thread):
    """load_all() then subscribe: events between the two could be lost,
    so the first connection-established reloads instead of leaving a cold
    cache."""
    app = sandbox_app
    app.load_all()
    dispatcher = EventsDispatcher(app)
    hooks = []
    dispatcher.on_connection_established = lambda: hooks.append("up")
    loop_thread.submit(dispatcher.listen_for_events())
    wait_for(lambda: hooks == ["up"])
    app.call_counts.clear()
    for vm in app.domains:
        vm.label  # noqa: B018
        vm.features.get("x")
        "x" in vm.tags  # noqa: B015
    assert sum(app.call_counts.values()) == 0
    loop_thread.call(dispatcher.stop)


def test_load_while_subscribing_ends_warm(sandbox, loop_thread):
    """Whatever the order of connection-established and the bulk load,
    once both are done the cache is complete and current."""
    import threading
    for _ in range(3):
        app = QubesApp(sandbox.socket)
        dispatcher = EventsDispatcher(app)
        hooks = []
        dispatcher.on_connection_established = lambda: hooks.append("up")
        loader = threading.Thread(target=app.load_all)
        loader.start()
        loop_thread.submit(dispatcher.listen_for_events())
        loader.join(30)
        wait_for(lambda: hooks == ["up"])
        wait_for(lambda: not getattr(app, "_bulk_running", 0))
        app.call_counts.clear()
        for vm in app.domains:
            vm.label  # noqa: B018
            dict(vm.features.items())
        assert sum(app.call_counts.values()) == 0
        loop_thread.call(dispatcher.stop)


def test_stream_for_one_qube(sandbox, sandbox_app, loop_thread):
    app = sandbox_app
    vm = pick(app, "AppVM")
    other_vm = next(q for q in app.domains
                    if q.klass == "AppVM" and q != vm)
    dispatcher = EventsDispatcher(app)
    seen = []
    dispatcher.add_handler("property-set:*",
                           lambda s, e, **kw: seen.append(str(s)))
    loop_thread.submit(dispatcher.listen_for_events(vm=vm))
    wait_for(lambda: dispatcher.connected)
    writer = QubesApp(sandbox.socket)
    writer.domains[other_vm.name].debug = True
    writer.domains[vm.name].debug = True
    wait_for(lambda: vm.name in seen)
    assert other_vm.name not in seen
    loop_thread.call(dispatcher.stop)
