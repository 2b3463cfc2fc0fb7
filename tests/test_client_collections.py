"""Features, tags, volumes, pools, firewall and devices through our client."""

import pytest

from qubesmanager.admin import exc
from qubesmanager.admin.devices import (DeviceAssignment, parse_properties,
                                        qarg, serialize_properties)
from qubesmanager.admin.firewall import Rule

from test_client_fixtures import pick

#: fixtures msb (module sandbox), app, loop_thread
pytest_plugins = ("test_client_fixtures",)


def test_features_mapping(app):
    vm = pick(app, "AppVM")
    vm.features["h3-test"] = "yes"
    vm.features["h3-flag"] = True
    vm.features["h3-off"] = False
    assert vm.features["h3-test"] == "yes"
    assert vm.features["h3-flag"] == "1"
    assert vm.features["h3-off"] == ""
    assert "h3-test" in vm.features and "h3-none" not in vm.features
    assert {"h3-test", "h3-flag", "h3-off"} <= set(vm.features.keys())
    assert dict(vm.features.items())["h3-test"] == "yes"
    assert vm.features.get("h3-none", "dflt") == "dflt"
    with pytest.raises(KeyError):
        vm.features["h3-none"]
    with pytest.raises(exc.QubesFeatureNotFoundError,
                       match=f"Feature not set for domain {vm.name}: h3-none"):
        vm.features["h3-none"]
    for name in ("h3-test", "h3-flag", "h3-off"):
        del vm.features[name]
    assert "h3-test" not in vm.features
    with pytest.raises(exc.QubesFeatureNotFoundError):
        del vm.features["h3-test"]
    with pytest.raises(exc.ProtocolError, match="illegal characters"):
        vm.features["bad!"] = "x"
    # a space would shift qubesd's header fields: refused before sending
    app.call_counts.clear()
    with pytest.raises(exc.ProtocolError, match="Invalid characters"):
        vm.features["x dom0 name dom0"] = "x"
    assert sum(app.call_counts.values()) == 0


def test_check_with_template(app):
    vm = pick(app, "AppVM")
    template = vm.template
    template.features["h3-inherited"] = "from-template"
    try:
        assert vm.features.check_with_template("h3-inherited") == \
            "from-template"
        assert vm.features.get("h3-inherited") is None
        assert vm.features.check_with_template("h3-nowhere", "d") == "d"
        # the same answers from the cache, without a call
        app.load_all()
        app.call_counts.clear()
        assert vm.features.check_with_template("h3-inherited") == \
            "from-template"
        assert vm.features.check_with_template("h3-nowhere", "d") == "d"
        assert sum(app.call_counts.values()) == 0
    finally:
        del template.features["h3-inherited"]


def test_tags_set_like(app):
    vm = pick(app, "AppVM")
    vm.tags.add("h3-tag")
    assert "h3-tag" in vm.tags and "h3-other" not in vm.tags
    assert "h3-tag" in list(vm.tags)
    vm.tags.update(["h3-a", "h3-b"])
    assert {"h3-a", "h3-b", "h3-tag"} <= set(vm.tags)
    vm.tags.discard("h3-a")
    vm.tags.discard("h3-never")          # no error
    vm.tags.remove("h3-b")
    with pytest.raises(KeyError):
        vm.tags.remove("h3-b")
    vm.tags.remove("h3-tag")
    assert not {"h3-a", "h3-b", "h3-tag"} & set(vm.tags)


def test_volumes(app):
    vm = pick(app, "AppVM", running=False)
    assert set(vm.volumes) >= {"root", "private", "volatile"}
    private = vm.volumes["private"]
    info = private.info()
    assert isinstance(info["size"], int) and info["size"] > 0
    assert info["save_on_stop"] is True and info["rw"] is True
    assert private.size == info["size"]
    assert isinstance(private.usage, int)
    assert private.pool == info["pool"]
    assert vm.volumes["root"].snap_on_start is True
    private.resize(info["size"] + 1024 ** 3)
    assert private.size == info["size"] + 1024 ** 3
    with pytest.raises(exc.QubesValueError):
        private.resize(1024)
    assert isinstance(private.revisions, list)
    with pytest.raises(KeyError):
        vm.volumes["nope"]
    assert app.domains["dom0"].volumes.keys() == []


def test_volume_revert_to_snapshot(app):
    vm = pick(app, "AppVM", running=False)
    private = vm.volumes["private"]
    revisions = private.revisions
    if not revisions:
        # a start/stop cycle makes one where the pool keeps revisions
        vm.start()
        vm.shutdown(wait=True)
        revisions = private.revisions
    if not revisions:
        pytest.skip("pool keeps no revisions")
    private.revert(revisions[-1])


def test_pools(app):
    names = list(app.pools)
    assert names
    pool = app.pools[names[0]]
    assert pool.driver
    assert pool.config["name"] == names[0]
    assert isinstance(pool.usage_details, dict)
    assert names[0] in app.pools and "nope" not in app.pools
    drivers = app.pools.drivers()
    assert "file" in drivers or "lvm_thin" in drivers
    with pytest.raises(KeyError):
        app.pools["nope"]


def test_firewall_rules_round_trip(app):
    vm = pick(app, "AppVM")
    old = vm.firewall.rules
    rules = [Rule("action=accept dsthost=1.2.3.4 proto=tcp dstports=80 "
                  "comment=Hello world"),
             Rule(action="accept", specialtarget="dns"),
             Rule("action=drop proto=icmp icmptype=8"),
             Rule(action="drop")]
    vm.firewall.save_rules(rules)
    try:
        got = vm.firewall.rules
        assert got == rules
        assert got[0].dst4 == "1.2.3.4/32" and got[0].dstports == "80-80"
        assert got[0].comment == "Hello world"
        assert vm.firewall.policy == "drop"
        vm.firewall.rules = []            # "drop everything"
        assert [r.rule for r in vm.firewall.rules] == ["action=drop"]
    finally:
        vm.firewall.save_rules(old)
    assert vm.firewall.rules == old


def test_device_property_codec():
    text = ("device_id='0951:1666:ABC123:u080650' port_id='2-1' "
            "manufacturer='King\\'s'  name='a b'")
    props = parse_properties(text)
    assert props == {"device_id": "0951:1666:ABC123:u080650",
                     "port_id": "2-1", "manufacturer": "King's",
                     "name": "a b"}
    assert parse_properties(serialize_properties(props)) == props
    assert qarg("sys-usb", "2-1", "0951:1666:ABC123:u080650") == \
        "sys-usb+2-1+0951+1666+ABC123+u080650"
    assert qarg("sys-usb", "2-1") == "sys-usb+2-1+_"
    assert qarg("dom0", "00_14.0", "8086:a0ed::?******") == \
        "dom0+00_14.0+8086+a0ed++_______"


def _first_device(app, devclass):
    if "sys-usb" in app.domains and app.domains["sys-usb"].is_halted():
        app.domains["sys-usb"].start()      # USB devices need their backend
    for vm in app.domains:
        if vm.get_power_state() != "Running":
            continue
        devices = vm.devices[devclass].get_exposed_devices()
        if devices:
            return devices[0]
    pytest.skip(f"no exposed {devclass} device in the demo")


def test_devices_assign_attach(app):
    assert "usb" in app.device_classes() or "block" in app.device_classes()
    devclass = "usb" if "usb" in app.device_classes() else "block"
    device = _first_device(app, devclass)
    assert device.devclass == devclass and device.port_id
    assert device.backend_domain.name == device.backend_name
    assert device.description
    front = pick(app, "AppVM", running=False)
    col = front.devices[devclass]
    col.assign(DeviceAssignment.from_device(device, "auto-attach"))
    try:
        assigned = col.get_assigned_devices()
        assert device in assigned
        assert [a for a in assigned if a == device][0].mode == "auto-attach"
        with pytest.raises(exc.DeviceAlreadyAssigned):
            col.assign(DeviceAssignment.from_device(device, "auto-attach"))
    finally:
        col.unassign(device)
    assert device not in col.get_assigned_devices()
    with pytest.raises(exc.DeviceNotAssigned):
        col.unassign(device)
    with pytest.raises(exc.QubesVMNotRunningError):
        col.attach(device)
    front.start()
    try:
        col.attach(device)
        assert device in col.get_attached_devices()
        col.detach(device)
        assert device not in col.get_attached_devices()
    finally:
        front.kill()


def test_feature_checks_along_chains(app):
    vm = pick(app, "AppVM")
    dom0 = app.domains["dom0"]
    dom0.features["h3-admin"] = "from-dom0"
    try:
        assert vm.features.check_with_adminvm("h3-admin") == "from-dom0"
        assert vm.features.check_with_template_and_adminvm("h3-admin") == \
            "from-dom0"
        assert vm.features.check_with_netvm("h3-admin", "none") == "none"
        assert vm.features.check_with_template("h3-admin") is None
    finally:
        del dom0.features["h3-admin"]


def test_volume_settings_and_clone(app):
    src = pick(app, "AppVM", running=False)
    private = src.volumes["private"]
    old = private.revisions_to_keep
    private.revisions_to_keep = 3
    assert private.revisions_to_keep == 3
    private.revisions_to_keep = old
    template = src.template
    dst = app.add_new_vm("AppVM", "h3-voldst", "red", template=template)
    try:
        private.resize(private.size + 2 * 1024 ** 2)
        dst.volumes["private"].clone(private)
        assert dst.volumes["private"].size == private.size
    finally:
        del app.domains["h3-voldst"]


def test_pool_add_set_remove(app, tmp_path):
    pool = app.pools.add("h3pool", "file", dir_path=str(tmp_path / "pool"),
                         revisions_to_keep=1)
    try:
        assert "h3pool" in app.pools
        assert pool.driver == "file" and pool.revisions_to_keep == 1
        pool.revisions_to_keep = 2
        assert pool.revisions_to_keep == 2
        assert pool.volumes == []
    finally:
        app.pools.remove("h3pool")
    assert "h3pool" not in app.pools
    in_use = app.domains[pick(app, "AppVM").name].volumes["private"].pool
    with pytest.raises(exc.QubesPoolInUseError):
        app.pools.remove(in_use)


def test_denied_device_interfaces(app):
    vm = pick(app, "AppVM")
    vm.devices.deny("u080650", "b******")
    try:
        assert set(vm.devices.get_denied()) == {"u080650", "b******"}
        assert vm.devices_denied == "b******u080650"
    finally:
        vm.devices.allow()
    assert vm.devices.get_denied() == []


def test_assignment_modes_and_tag_assignment(app):
    vm = pick(app, "AppVM", running=False)
    col = vm.devices["block"]
    assignment = DeviceAssignment("sys-usb", "sdy1", "block", "*",
                                  "auto-attach", app=app)
    col.assign(assignment)
    try:
        assert col.get_assigned_devices(required_only=True) == []
        col.update_assignment(assignment, "required")
        required = col.get_assigned_devices(required_only=True)
        assert [str(a) for a in required] == ["sys-usb:sdy1:*"]
        assert required[0].required and required[0].attach_automatically
        with pytest.raises(exc.QubesValueError):
            col.update_assignment(assignment, "manual")
    finally:
        col.unassign(assignment)
    with pytest.raises(exc.QubesValueError):
        col.assign(DeviceAssignment("sys-usb", "sdy1", "block"))  # manual
    with pytest.raises(exc.QubesValueError):
        vm.devices["usb"].assign(DeviceAssignment(
            "sys-usb", "2-9", "usb", mode="required"))

    # vm.tags = {...} adds and removes to match
    before = set(vm.tags)
    vm.tags = before | {"h3-x", "h3-y"}
    assert set(vm.tags) == before | {"h3-x", "h3-y"}
    vm.tags = before
    assert set(vm.tags) == before
