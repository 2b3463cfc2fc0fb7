"""Sandbox polish: what disposables inherit, demo realism, qube logs."""

import pytest

from qubesmanager.admin import wire
from qubesmanager.sandbox.launcher import start_sandbox
from qubesmanager.sandbox.rawclient import EventStream, call


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


# ------------------------------------------------ item 3: demo realism

SAMPLE = "/work/shared/samples/qubes-4.3-default/qubes.xml"


def _sample_qubes():
    """name -> (features, tags) of the real 4.3 install's qubes.xml."""
    import xml.etree.ElementTree as ET
    result = {}
    for dom in ET.parse(SAMPLE).getroot().iter("domain"):
        name = dom.findtext("properties/property[@name='name']") or "dom0"
        result[name] = ({f.get("name"): f.text or ""
                         for f in dom.iter("feature")},
                        {t.get("name") for t in dom.iter("tag")})
    return result


#: Changes the sample's owner made after installing (not in the demo).
USER_CHANGES = {"work": ({"service.crond"}, {"audit"}),
                "personal": ({"gui-allow-fullscreen"}, set())}


def test_demo_features_and_tags_match_a_real_install(sb):
    sample = _sample_qubes()
    for name, (feats, tagset) in USER_CHANGES.items():
        for feat in feats:
            del sample[name][0][feat]
        sample[name][1].difference_update(tagset)
    listed = wire.parse_vm_list(call(sb.socket, "admin.vm.List"))
    compared = 0
    for name in listed:
        if name not in sample:
            continue
        feats = features(sb, name)
        if name == "debian-13-xfce":
            # the demo's one deliberate addition: an update waiting
            assert feats.pop("updates-available") == "1"
        assert feats == sample[name][0], name
        assert tags(sb, name) == sample[name][1], name
        compared += 1
    assert compared == 17     # every demo qube: the sample adds a standalone


def test_firewall_support_comes_from_the_template_chain(sb):
    for template in ("fedora-42-xfce", "debian-13-xfce", "whonix-gateway-18"):
        assert features(sb, template)["qubes-firewall"] == "1"
    # as on a real system only templates carry it; sys-firewall finds it
    assert "qubes-firewall" not in features(sb, "sys-firewall")
    assert call(sb.socket, "admin.vm.feature.CheckWithTemplate",
                "sys-firewall", "qubes-firewall") == "1"
    for qube in ("sys-net", "sys-firewall", "sys-usb", "sys-whonix"):
        assert features(sb, qube)["servicevm"] == "1"
    # (disposables keep the dispvm icon; admin-api.md 6.2 "icon")
    assert getall(sb, "sys-net")["icon"].text == "servicevm-red"
    internal = [q for q in wire.parse_vm_list(call(sb.socket, "admin.vm.List"))
                if "internal" in features(sb, q)]
    assert internal == ["default-mgmt-dvm"]
    fedora = features(sb, "fedora-42-xfce")
    assert fedora["os-eol"] == "2026-05-13"
    assert fedora["template-name"] == "fedora-42-xfce"
    assert "firefox" in fedora["default-menu-items"]


def test_extra_qubes_fill_every_column(tmp_path):
    proc = start_sandbox(tmp_path / "state", demo=True, qubes=60,
                         time_scale=0)
    try:
        extra = [q for q, info in wire.parse_vm_list(
            call(proc.socket, "admin.vm.List")).items()
            if q.startswith("q0")]
        assert len(extra) == 60
        with_notes = backed_up = used = persistent = 0
        for name in extra:
            feats = features(proc, name)
            props = getall(proc, name)
            assert feats, name
            if props["klass"].text in ("TemplateVM", "StandaloneVM"):
                assert feats["os-distribution"] and feats["template-name"]
            elif props["provides_network"].text == "True":
                assert feats["servicevm"] == "1"
            else:
                assert feats["menu-items"].endswith(".desktop")
            if call(proc.socket, "admin.vm.notes.Get", name):
                with_notes += 1
            if not props["backup_timestamp"].is_default:
                backed_up += 1
            info = wire.parse_key_values(call(
                proc.socket, "admin.vm.volume.Info", name, "private"))
            # a disposable's private volume is a throw-away snapshot
            if props["klass"].text != "DispVM":
                persistent += 1
                used += int(info["usage"]) > 0
        assert with_notes >= 2 and backed_up >= 10
        assert used == persistent > 40
        assert any(tags(proc, name) - {"audiovm-dom0", "guivm-dom0",
                                        "created-by-dom0"}
                   for name in extra)
    finally:
        proc.stop()


# ------------------------------------------------ item 4: qube logs

def _log(proc, kind, qube):
    path = proc.state_dir / "log" / "qubes" / f"{kind}{qube}.log"
    return path.read_text(encoding="utf-8") if path.exists() else None


def test_logs_are_written_on_start_and_stop(tmp_path, monkeypatch):
    # a relative state dir: clients must still find the files
    monkeypatch.chdir(tmp_path)
    proc = start_sandbox("rel-state", demo=True, time_scale=0)
    try:
        assert proc.state_dir.is_absolute()
        monkeypatch.chdir("/")
        call(proc.socket, "admin.vm.Start", "work")
        guest = _log(proc, "guest-", "work")
        assert "Xen domain" in guest and "Startup finished" in guest
        assert "connected to qrexec-daemon" in _log(proc, "qrexec.", "work")
        assert "GUI domain dom0" in _log(proc, "guid.", "work")
        # its net qubes were started first, and logged too
        assert "Startup finished" in _log(proc, "guest-", "sys-firewall")
        call(proc.socket, "admin.vm.Shutdown", "work", "wait")
        assert "Power down" in _log(proc, "guest-", "work")
        assert "disconnected" in _log(proc, "qrexec.", "work")
        assert "domain dead" in _log(proc, "guid.", "work")
        # a qube without GUI domain has no GUI daemon log
        call(proc.socket, "admin.vm.property.Set", "vault", "guivm", "")
        call(proc.socket, "admin.vm.Start", "vault")
        call(proc.socket, "admin.vm.Kill", "vault")
        assert "Power down" in _log(proc, "guest-", "vault")
        assert _log(proc, "guid.", "vault") is None
    finally:
        proc.stop()


def test_failed_start_says_why_in_the_guest_log(sb):
    stick = "sys-usb+sda+0951+1666+E0D55EA5741B+u080650+0"
    payload = ("device_id='0951:1666:E0D55EA5741B:u080650:0' port_id='sda' "
               "devclass='block' backend_domain='sys-usb' mode='required'")
    call(sb.socket, "admin.vm.device.block.Assign", "untrusted", stick,
         payload)
    try:
        with pytest.raises(Exception, match="Required device"):
            call(sb.socket, "admin.vm.Start", "untrusted")
        text = _log(sb, "guest-", "untrusted")
        assert "start failed: Required device not available" in text
    finally:
        call(sb.socket, "admin.vm.device.block.Unassign", "untrusted",
             stick)
