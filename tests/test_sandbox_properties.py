"""Properties over a real socket: Get ≡ GetAll, honest defaults, events of
Set/Reset, derived-default invalidation and upstream's validation."""

import pytest

from qubesmanager.admin import wire
from sandbox_helpers import error_of
from qubesmanager.sandbox.rawclient import EventStream, call, call_raw


def get(sb, qube, prop):
    return wire.parse_property(call(sb.socket, "admin.vm.property.Get",
                                    qube, prop))


def test_getall_matches_get_for_every_qube(sb):
    names = wire.parse_vm_list(call(sb.socket, "admin.vm.List"))
    for name in names:
        listed = wire.parse_lines(call(sb.socket, "admin.vm.property.List",
                                       name))
        all_ = wire.parse_getall(call(sb.socket, "admin.vm.property.GetAll",
                                      name))
        assert list(all_) == listed
        for prop in listed:
            assert all_[prop] == get(sb, name, prop), (name, prop)


def test_list_order_and_class_specific_properties(sb):
    app = wire.parse_lines(call(sb.socket, "admin.vm.property.List", "work"))
    assert app[-8:] == ["audiovm", "bootmode", "default_dispvm", "guivm",
                        "kernelopts", "management_dispvm", "netvm",
                        "template"]
    assert app.index("xid") < app.index("audiovm")
    assert app[-1] == "template" and "template_for_dispvms" in app
    tpl = wire.parse_lines(call(sb.socket, "admin.vm.property.List",
                                "fedora-42-xfce"))
    assert "template" not in tpl and "appvm_default_bootmode" in tpl
    disp = wire.parse_lines(call(sb.socket, "admin.vm.property.List",
                                 "sys-firewall"))
    assert {"auto_cleanup", "dispid", "is_preload"} <= set(disp)
    assert "template_for_dispvms" not in disp
    dom0 = wire.parse_lines(call(sb.socket, "admin.vm.property.List", "dom0"))
    assert dom0 == ["devices_denied", "icon", "include_in_backups",
                    "keyboard_layout", "klass", "label", "maxmem", "name",
                    "qid", "updateable", "uuid", "default_dispvm"]


def test_defaults_are_reported_honestly(sb):
    assert get(sb, "work", "netvm") == wire.PropertyValue(
        True, "vm", "sys-firewall")
    assert get(sb, "vault", "netvm") == wire.PropertyValue(False, "vm", "")
    assert get(sb, "fedora-42-xfce", "netvm") == wire.PropertyValue(
        True, "vm", "")
    assert get(sb, "work", "icon").text == "appvm-blue"
    assert get(sb, "default-dvm", "icon").text == "templatevm-red"
    assert get(sb, "sys-net", "icon").text == "servicevm-red"
    assert get(sb, "work", "ip").text.startswith("10.137.0.")
    assert get(sb, "vault", "ip").text == ""
    assert get(sb, "work", "visible_netmask").text == "255.255.255.255"
    assert get(sb, "work", "dns").text == "10.139.1.1 10.139.1.2"
    assert get(sb, "sys-net", "maxmem") == wire.PropertyValue(
        False, "int", "0")
    assert call(sb.socket, "admin.property.Get", "dom0",
                "default_pool_root") == "default=True type=str varlibqubes"
    assert call(sb.socket, "admin.property.GetDefault", "dom0",
                "stats_interval") == "type=int 3"


def test_template_default_follows_template(sb):
    call(sb.socket, "admin.vm.property.Set", "debian-13-xfce", "vcpus", "3")
    call(sb.socket, "admin.vm.Create.AppVM", "dom0", "debian-13-xfce",
         "name=deb-app label=green")
    assert get(sb, "deb-app", "vcpus") == wire.PropertyValue(True, "int", "3")
    with EventStream(sb.socket) as stream:
        events = stream.events()
        next(events)
        call(sb.socket, "admin.vm.property.Set", "debian-13-xfce", "vcpus",
             "4")
        seen = stream.until("deb-app", "property-reset:vcpus")
    assert ("debian-13-xfce", "property-set:vcpus") in \
        [(e.subject, e.name) for e in seen]
    assert get(sb, "deb-app", "vcpus").text == "4"


def test_set_and_reset_event_sequences(sb):
    with EventStream(sb.socket, dest="personal") as stream:
        events = stream.events()
        next(events)
        call(sb.socket, "admin.vm.property.Set", "personal", "debug", "True")
        first = [next(events) for _ in range(2)]
        call(sb.socket, "admin.vm.property.Reset", "personal", "debug")
        second = [next(events) for _ in range(4)]
    assert [e.name for e in first] == ["property-pre-set:debug",
                                       "property-set:debug"]
    assert first[1].kwargs == {"name": "debug", "newvalue": "True",
                               "oldvalue": "False"}
    assert [e.name for e in second] == [
        "property-pre-reset:debug", "property-pre-del:debug",
        "property-reset:debug", "property-del:debug"]
    assert get(sb, "personal", "debug") == wire.PropertyValue(
        True, "bool", "False")


def test_label_change_invalidates_icon(sb):
    with EventStream(sb.socket, dest="untrusted") as stream:
        events = stream.events()
        next(events)
        call(sb.socket, "admin.vm.property.Set", "untrusted", "label",
             "label-3")          # index form accepted
        seen = stream.until("untrusted", "property-reset:icon")
    assert seen[1].name == "property-set:label"
    assert get(sb, "untrusted", "label").text == "yellow"
    assert get(sb, "untrusted", "icon").text == "appvm-yellow"


def test_global_default_netvm_invalidates_qubes(sb):
    with EventStream(sb.socket) as stream:
        events = stream.events()
        next(events)
        call(sb.socket, "admin.property.Set", "dom0", "default_netvm",
             "sys-net")
        seen = stream.until("", "property-set:default_netvm")
        more = stream.until("personal", "property-reset:netvm")
    assert seen[-1].subject == ""
    assert any(e.name == "property-reset:netvm" for e in more)
    assert get(sb, "personal", "netvm").text == "sys-net"
    call(sb.socket, "admin.property.Set", "dom0", "default_netvm",
         "sys-firewall")
    assert get(sb, "personal", "netvm").text == "sys-firewall"


@pytest.mark.parametrize("qube,prop,value,cls,message", [
    ("work", "memory", "0", "QubesPropertyValueError",
     "memory must be positive"),
    ("work", "maxmem", "-1", "QubesPropertyValueError",
     "maxmem must be positive or zero"),
    ("work", "debug", "maybe", "QubesValueError",
     "Invalid literal for boolean property: 'maybe'"),
    ("work", "label", "pink", "QubesLabelNotFoundError",
     "Label does not exist: pink"),
    ("work", "netvm", "ghost", "QubesPropertyValueError",
     "Can't set netvm to non-existing qube ghost"),
    ("work", "netvm", "-x", "QubesValueError",
     "VM name cannot start with hyphen, underscore, dot or numbers"),
    ("work", "netvm", "vault", "QubesValueError",
     "The vault qube does not provide network"),
    ("sys-net", "netvm", "sys-firewall", "QubesValueError",
     "Loops in network are unsupported"),
    ("work", "template", "work", "QubesPropertyValueError", None),
    ("work", "default_dispvm", "work", "QubesPropertyValueError", None),
    ("work", "virt_mode", "xen", "QubesPropertyValueError",
     "Invalid virtualization mode, supported values: hvm, pv, pvh"),
    ("work", "kernel", "9.9.9", "QubesPropertyValueError",
     "Kernel '9.9.9' not installed"),
    ("work", "xid", "5", "QubesPropertyValueError",
     "property 'xid' on AppVM instance cannot be set"),
    ("work", "nonexist", "1", "QubesNoSuchPropertyError",
     "Invalid property 'nonexist' of work"),
    ("dom0", "qid", "3", "QubesPropertyValueError",
     "property 'qid' on AdminVM instance cannot be set"),
])
def test_set_validation(sb, qube, prop, value, cls, message):
    got_cls, got_msg = error_of(sb, "admin.vm.property.Set", qube, prop,
                                value)
    assert got_cls == cls
    if message is not None:
        assert got_msg == message


def test_write_once_set_gives_empty_response(sb):
    """Upstream drops the connection (plain AttributeError); qvm-clone
    relies on the client's AttributeError to skip ``dispid``."""
    assert call_raw(sb.socket, "admin.vm.property.Set", "work", "name",
                    "renamed") == b""
    assert call_raw(sb.socket, "admin.vm.property.Set", "work", "qid",
                    "99") == b""
    assert call(sb.socket, "admin.vm.property.Get", "work", "qid") != \
        "default=False type=int 99"
    assert "work" in call(sb.socket, "admin.vm.List")


def test_non_ascii_value_refused(sb):
    assert error_of(sb, "admin.vm.property.Set", "work", "default_user",
                    "ü".encode()) == ("QubesValueError",
                                      "Non-ASCII bytes in property value")


def test_global_validation(sb):
    cls, msg = error_of(sb, "admin.property.Set", "dom0", "default_template",
                        "work")
    assert cls == "QubesPropertyValueError" and "wrong VM class" in msg
    cls, _ = error_of(sb, "admin.property.Set", "dom0", "default_pool",
                      "nopool")
    assert cls == "QubesPropertyValueError"
    assert error_of(sb, "admin.property.Set", "dom0", "maxmem", "1")[0] == \
        "QubesPropertyValueError"
    assert error_of(sb, "admin.property.Get", "dom0", "nope")[0] == \
        "QubesNoSuchPropertyError"


def test_reset_template_refused_and_help(sb):
    cls, msg = error_of(sb, "admin.vm.property.Reset", "work", "template")
    assert cls == "QubesValueError" and "Cannot unset template" in msg
    assert call(sb.socket, "admin.vm.property.Help", "work", "netvm")
    # reset of a computed read-only property is a no-op
    assert call(sb.socket, "admin.vm.property.Reset", "work", "xid") == ""


def test_provides_network_refused_while_clients_run(sb):
    call(sb.socket, "admin.vm.Start", "personal")
    try:
        cls, msg = error_of(sb, "admin.vm.property.Set", "sys-firewall",
                            "provides_network", "False")
        assert cls == "QubesValueError" and "still used" in msg
        cls, _ = error_of(sb, "admin.vm.property.Set", "personal",
                          "template", "debian-13-xfce")
        assert cls == "QubesVMNotHaltedError"
    finally:
        call(sb.socket, "admin.vm.Kill", "personal")


def test_newline_value_escaped_in_getall(sb):
    call(sb.socket, "admin.vm.property.Set", "personal", "kernelopts",
         "a\\b\nc")
    body = call(sb.socket, "admin.vm.property.GetAll", "personal")
    line = [ln for ln in body.split("\n") if ln.startswith("kernelopts ")][0]
    assert line == "kernelopts default=False type=str a\\\\b\\nc"
    assert wire.parse_getall(body)["kernelopts"].text == "a\\b\nc"
