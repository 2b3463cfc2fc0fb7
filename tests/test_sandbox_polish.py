"""Sandbox polish: what disposables inherit, demo realism, qube logs."""

import pytest

from qubesmanager.admin import wire
from qubesmanager.sandbox.launcher import start_sandbox
from qubesmanager.sandbox.rawclient import EventStream, call


@pytest.fixture(scope="module")
def sb(tmp_path_factory):
    """One demo sandbox for the module (time-scale 0); tests that change
    it use their own qubes or undo what they change."""
    proc = start_sandbox(tmp_path_factory.mktemp("polish") / "state",
                         demo=True, time_scale=0)
    yield proc
    proc.stop()


def getall(sb, qube):
    return wire.parse_getall(call(sb.socket, "admin.vm.property.GetAll",
                                  qube))


def features(sb, qube):
    return {name: call(sb.socket, "admin.vm.feature.Get", qube, name)
            for name in wire.parse_lines(
                call(sb.socket, "admin.vm.feature.List", qube))}


def tags(sb, qube):
    return set(wire.parse_lines(call(sb.socket, "admin.vm.tag.List", qube)))


# ------------------------------------------ item 2: disposables inherit

@pytest.fixture
def dvm_template(sb):
    """A disposable template with explicit properties, features (one of
    them preload bookkeeping), a tag and a firewall rule."""
    name = "h11-dvm"
    call(sb.socket, "admin.vm.Create.AppVM", "dom0", "fedora-42-xfce",
         f"name={name} label=purple")
    for prop, value in (("template_for_dispvms", "True"), ("vcpus", "3"),
                        ("netvm", ""), ("default_user", "alice")):
        call(sb.socket, "admin.vm.property.Set", name, prop, value)
    for feat, value in (("h11-app", "yes"), ("preload-dispvm-max", "2"),
                        ("menu-items", "firefox.desktop")):
        call(sb.socket, "admin.vm.feature.Set", name, feat, value)
    call(sb.socket, "admin.vm.tag.Set", name, "h11-tag")
    call(sb.socket, "admin.vm.firewall.Set", name, "",
         "action=accept dsthost=example.com\naction=drop\n")
    yield name
    for qube in wire.parse_vm_list(call(sb.socket, "admin.vm.List")):
        info = getall(sb, qube) if qube != "dom0" else {}
        if "template" in info and info["template"].text == name:
            call(sb.socket, "admin.vm.Remove", qube)
    call(sb.socket, "admin.vm.Remove", name)


def _check_inherited(sb, disp, template):
    props = getall(sb, disp)
    # explicit template values become explicit values of the disposable
    assert props["vcpus"] == wire.PropertyValue(False, "int", "3")
    assert props["netvm"] == wire.PropertyValue(False, "vm", "")
    assert props["default_user"].text == "alice"
    assert not props["default_user"].is_default
    # what the template left default stays default; identity is its own
    assert props["memory"].is_default
    assert props["template"].text == template
    assert props["uuid"].text != getall(sb, template)["uuid"].text
    feats = features(sb, disp)
    assert feats["h11-app"] == "yes"
    assert feats["menu-items"] == "firefox.desktop"
    assert not any(f.startswith("preload-dispvm") for f in feats)
    assert "h11-tag" in tags(sb, disp)
    rules = call(sb.socket, "admin.vm.firewall.Get", disp)
    assert rules == "action=accept dsthost=example.com\naction=drop\n"


def test_create_disposable_inherits_from_its_template(sb, dvm_template):
    disp = call(sb.socket, "admin.vm.CreateDisposable", dvm_template)
    assert disp.startswith("disp")
    _check_inherited(sb, disp, dvm_template)
    assert getall(sb, disp)["auto_cleanup"].text == "True"


def test_named_disposable_inherits_too(sb, dvm_template):
    with EventStream(sb.socket) as events:
        call(sb.socket, "admin.vm.Create.DispVM", "dom0", dvm_template,
             "name=h11-named label=green")
        seen = events.until("h11-named", "domain-create-on-disk")
    _check_inherited(sb, "h11-named", dvm_template)
    props = getall(sb, "h11-named")
    # a value given at creation wins over the template's
    assert props["label"].text == "green"
    # copied silently, before domain-add, as upstream's constructor does
    names = [e.name for e in seen if e.subject == "h11-named"]
    assert not any(n.startswith("domain-feature-set") for n in names)
    assert "domain-tag-add:h11-tag" not in names
