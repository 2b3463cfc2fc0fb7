"""Power actions, create, clone, remove and disposables through our client."""

import pytest

from qubesmanager.admin import exc

from test_client_fixtures import pick

#: fixtures msb (module sandbox), app, loop_thread
pytest_plugins = ("test_client_fixtures",)


def test_power_cycle(app):
    vm = pick(app, "AppVM", running=False)
    assert vm.get_power_state() == "Halted" and vm.is_halted()
    vm.start()
    assert vm.get_power_state() == "Running" and vm.is_running()
    assert vm.get_mem() > 0
    vm.pause()
    assert vm.get_power_state() == "Paused" and vm.is_paused()
    with pytest.raises(exc.QubesVMNotRunningError):
        vm.pause()
    vm.unpause()
    with pytest.raises(exc.QubesVMNotPausedError):
        vm.unpause()
    vm.shutdown(wait=True)
    assert vm.get_power_state() == "Halted"
    with pytest.raises(exc.QubesVMNotStartedError):
        vm.shutdown()
    vm.start()
    vm.kill()
    assert vm.is_halted()
    with pytest.raises(exc.QubesVMNotStartedError):
        vm.kill()


def test_dom0_refuses_power_actions(app):
    dom0 = app.domains["dom0"]
    with pytest.raises(exc.QubesVMError):
        dom0.kill()
    with pytest.raises(exc.QubesVMNotHaltedError):
        dom0.start()


def test_shutdown_netvm_in_use_needs_force(app):
    for vm in app.domains:
        if vm.klass == "AdminVM" or vm.get_power_state() != "Running":
            continue
        if getattr(vm, "provides_network", False) and any(
                getattr(c, "netvm", None) == vm
                and c.get_power_state() == "Running" for c in app.domains):
            with pytest.raises(exc.QubesVMInUseError):
                vm.shutdown()
            vm.shutdown(force=True, wait=True)
            assert vm.get_power_state() == "Halted"
            vm.start()
            assert vm.get_power_state() == "Running"
            return
    pytest.skip("no running netvm with running clients in the demo")


def test_create_and_remove(app):
    template = pick(app, "TemplateVM")
    vm = app.add_new_vm("AppVM", "h3-new", "green", template=template)
    assert vm.name == "h3-new" and vm.klass == "AppVM"
    assert vm.label == "green" and vm.template == template
    assert "created-by-dom0" in vm.tags
    with pytest.raises(exc.QubesException, match="already exists"):
        app.add_new_vm("AppVM", "h3-new", "green", template=template)
    del app.domains["h3-new"]
    assert "h3-new" not in app.domains
    with pytest.raises(exc.QubesVMNotFoundError):
        app.domains["h3-new"]
    # a qube in a chosen pool
    pool = list(app.pools)[0]
    vm = app.add_new_vm("StandaloneVM", "h3-standalone", "red", pool=pool)
    assert vm.volumes["private"].pool == pool
    vm.remove()
    assert "h3-standalone" not in app.domains


def test_create_errors(app):
    with pytest.raises(exc.QubesValueError):
        app.add_new_vm("AppVM", "0bad", "red")
    with pytest.raises(exc.ProtocolError, match="without key: label"):
        app.add_new_vm("AppVM", "h3-nolabel", "no-such-label")


def test_remove_in_use_and_running(app):
    template = pick(app, "AppVM").template
    with pytest.raises(exc.QubesVMInUseError):
        del app.domains[template.name]
    running = pick(app, "AppVM", running=True)
    with pytest.raises(exc.QubesVMNotHaltedError):
        del app.domains[running.name]
    with pytest.raises(exc.QubesVMInUseError):
        del app.domains["dom0"]


def test_clone_copies_what_qvm_clone_copies(app):
    src = pick(app, "AppVM", running=False)
    src.features["h3-clone-feature"] = "kept"
    src.features["preload-dispvm-in-progress-x"] = ""  # not copied
    src.tags.add("h3-clone-tag")
    src.memory = 777
    src.set_notes("notes of the source")
    src.volumes["private"].resize(src.volumes["private"].size + 1024 ** 2)
    try:
        clone = app.clone_vm(src, "h3-clone")
        assert clone.klass == src.klass and clone.template == src.template
        assert clone.label == src.label
        assert clone.memory == 777 and not clone.property_is_default("memory")
        assert clone.features["h3-clone-feature"] == "kept"
        assert "preload-dispvm-in-progress-x" not in clone.features
        assert "h3-clone-tag" in clone.tags
        assert clone.get_notes() == "notes of the source"
        assert clone.firewall.rules == src.firewall.rules
        assert clone.volumes["private"].size == src.volumes["private"].size
        del app.domains["h3-clone"]
    finally:
        del src.features["h3-clone-feature"]
        del src.features["preload-dispvm-in-progress-x"]
        src.tags.discard("h3-clone-tag")
        del src.memory


def test_clone_failure_removes_the_clone(app):
    src = pick(app, "AppVM", running=False)
    with pytest.raises(exc.QubesException):
        # a pool that does not exist makes creation fail: nothing left over
        app.clone_vm(src, "h3-badclone", pool="no-such-pool")
    assert "h3-badclone" not in app.domains


def test_create_disposable(app):
    dvm_template = None
    for vm in app.domains:
        if getattr(vm, "template_for_dispvms", False):
            dvm_template = vm
            break
    if dvm_template is None:
        pytest.skip("no disposable template in the demo")
    disp = app.create_disposable(dvm_template)
    assert disp.klass == "DispVM" and disp.name.startswith("disp")
    assert disp.template == dvm_template and disp.auto_cleanup is True
    assert disp.get_power_state() == "Halted"
    del app.domains[disp.name]
    app_vm = pick(app, "AppVM", template_for_dispvms=False)
    with pytest.raises(exc.QubesException, match="template_for_dispvms"):
        app_vm.create_disposable()


def test_suspend_resume(app):
    vm = pick(app, "AppVM", running=False)
    vm.start()
    try:
        vm.suspend()
        assert vm.get_power_state() in ("Suspended", "Paused")
        assert vm.is_paused()
        vm.resume()
        assert vm.get_power_state() == "Running"
    finally:
        vm.kill()


def test_notes_round_trip(app):
    vm = pick(app, "AppVM")
    vm.set_notes("Zażółć gęślą jaźń\nline two")
    assert vm.get_notes() == "Zażółć gęślą jaźń\nline two"
    with pytest.raises(exc.ProtocolError):
        app.domains["dom0"].set_notes("x")


def test_cached_state_follows_own_actions_without_events(app):
    """load_all() without an events stream: our own actions still show."""
    app.load_all()
    vm = pick(app, "AppVM", running=False)
    app.call_counts.clear()
    vm.start()
    assert vm.get_power_state() == "Running"
    vm.pause()
    assert vm.get_power_state() == "Paused"
    vm.kill()
    assert vm.get_power_state() == "Halted"
    assert "admin.vm.CurrentState" not in app.call_counts


def test_oversized_request_refused_readably(app):
    vm = pick(app, "AppVM")
    app.call_counts.clear()
    with pytest.raises(exc.QubesValueError, match="too large"):
        vm.set_notes("x" * 70000)
    assert sum(app.call_counts.values()) == 0
