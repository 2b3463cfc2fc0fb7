"""Features, tags, labels, create/remove and disposables over a socket."""

import pytest

from qubesmanager.admin import wire
from sandbox_helpers import error_of
from qubesmanager.sandbox.rawclient import EventStream, call


def names(sb):
    return set(wire.parse_vm_list(call(sb.socket, "admin.vm.List")))


# -- features -------------------------------------------------------------------

def test_feature_roundtrip_and_events(sb):
    with EventStream(sb.socket, dest="work") as stream:
        events = stream.events()
        next(events)
        call(sb.socket, "admin.vm.feature.Set", "work", "gui", "1")
        call(sb.socket, "admin.vm.feature.Set", "work", "gui", "")
        call(sb.socket, "admin.vm.feature.Remove", "work", "gui")
        got = [next(events) for _ in range(6)]
    assert [(e.name, e.kwargs) for e in got] == [
        ("domain-feature-pre-set:gui", {"feature": "gui", "value": "1"}),
        ("domain-feature-set:gui", {"feature": "gui", "value": "1"}),
        ("domain-feature-pre-set:gui", {"feature": "gui", "value": "",
                                        "oldvalue": "1"}),
        ("domain-feature-set:gui", {"feature": "gui", "value": "",
                                    "oldvalue": "1"}),
        ("domain-feature-pre-delete:gui", {"feature": "gui"}),
        ("domain-feature-delete:gui", {"feature": "gui"}),
    ]
    assert stream.raw.count(b"value\0\0oldvalue\x001\0\0") == 2
    assert error_of(sb, "admin.vm.feature.Remove", "work", "gui") == (
        "QubesFeatureNotFoundError", "Feature not set for domain work: gui")


def test_feature_checks_along_chains(sb):
    assert call(sb.socket, "admin.vm.feature.CheckWithTemplate", "work",
                "os") == "Linux"
    call(sb.socket, "admin.vm.feature.Set", "sys-firewall", "netfeat", "y")
    assert call(sb.socket, "admin.vm.feature.CheckWithNetvm", "work",
                "netfeat") == "y"
    call(sb.socket, "admin.vm.feature.Set", "dom0", "adminfeat", "z")
    assert call(sb.socket, "admin.vm.feature.CheckWithAdminVM", "work",
                "adminfeat") == "z"
    assert call(sb.socket, "admin.vm.feature.CheckWithTemplateAndAdminVM",
                "work", "adminfeat") == "z"
    assert error_of(sb, "admin.vm.feature.CheckWithTemplate", "work",
                    "nope")[0] == "QubesFeatureNotFoundError"


def test_feature_validation(sb):
    assert error_of(sb, "admin.vm.feature.Set", "work", "bad*name", "1") == (
        "ProtocolError", "feature name contains illegal characters")
    assert error_of(sb, "admin.vm.feature.Set", "work", "f", "é".encode()) \
        == ("ProtocolError", "Feature value contains non-ASCII characters")
    assert error_of(sb, "admin.vm.feature.Set", "work", "f", "a\tb") == (
        "ProtocolError", "f value contains illegal characters")
    assert error_of(sb, "admin.vm.feature.Set", "work", "preload-dispvm",
                    "1")[0] == "PermissionDenied"


def test_servicevm_feature_changes_icon(sb):
    with EventStream(sb.socket, dest="personal") as stream:
        next(stream.events())
        call(sb.socket, "admin.vm.feature.Set", "personal", "servicevm", "1")
        stream.until("personal", "property-reset:icon")
    assert call(sb.socket, "admin.vm.property.Get", "personal", "icon") == \
        "default=True type=str servicevm-yellow"
    call(sb.socket, "admin.vm.feature.Remove", "personal", "servicevm")


# -- tags -------------------------------------------------------------------------

def test_tags(sb):
    call(sb.socket, "admin.vm.tag.Set", "vault", "zzz")
    call(sb.socket, "admin.vm.tag.Set", "vault", "zzz")   # no-op
    tags = wire.parse_lines(call(sb.socket, "admin.vm.tag.List", "vault"))
    assert tags == sorted(tags) and "zzz" in tags
    assert call(sb.socket, "admin.vm.tag.Get", "vault", "zzz") == "1"
    call(sb.socket, "admin.vm.tag.Remove", "vault", "zzz")
    assert call(sb.socket, "admin.vm.tag.Get", "vault", "zzz") == "0"
    assert error_of(sb, "admin.vm.tag.Remove", "vault", "zzz") == (
        "QubesTagNotFoundError", "Tag not set for domain vault: zzz")
    assert error_of(sb, "admin.vm.tag.Set", "vault", "a.b")[0] == \
        "QubesInvalidTagError"
    # created-by-* only from dom0
    assert error_of(sb, "admin.vm.tag.Set", "vault", "created-by-x",
                    source="work")[0] == "PermissionDenied"


def test_bulk_extensions(sb):
    body = call(sb.socket, "admin.vm.tag.GetAllQubes")
    assert "work backup-daily" in body.splitlines()
    call(sb.socket, "admin.vm.feature.Set", "untrusted", "multi", "a b")
    feats = call(sb.socket, "admin.vm.feature.GetAllQubes")
    assert "untrusted multi a b" in feats.splitlines()
    assert error_of(sb, "admin.vm.tag.GetAllQubes", "work")[0] == \
        "ProtocolError"


# -- labels -------------------------------------------------------------------------

def test_labels(sb):
    assert wire.parse_lines(call(sb.socket, "admin.label.List")) == [
        "red", "orange", "yellow", "green", "gray", "blue", "purple",
        "black"]
    assert call(sb.socket, "admin.label.Get", "dom0", "red") == "0xcc0000"
    assert call(sb.socket, "admin.label.Index", "dom0", "black") == "8"
    assert call(sb.socket, "admin.label.Get", "dom0", "6") == "0x3465a4"
    assert error_of(sb, "admin.label.Get", "dom0", "pink") == (
        "QubesLabelNotFoundError", "Label does not exist: pink")
    call(sb.socket, "admin.label.Create", "dom0", "pink", "0xff88cc")
    assert call(sb.socket, "admin.label.Index", "dom0", "pink") == "9"
    assert error_of(sb, "admin.label.Create", "dom0", "pink",
                    "0xff88cc")[0] == "QubesLabelInUseError"
    assert error_of(sb, "admin.label.Create", "dom0", "bad",
                    "ff88cc")[0] == "QubesInvalidLabelValueError"
    assert error_of(sb, "admin.label.Remove", "dom0", "red") == (
        "ProtocolError", "Can only remove custom labels")
    call(sb.socket, "admin.label.Remove", "dom0", "pink")
    assert "pink" not in call(sb.socket, "admin.label.List")


# -- create -------------------------------------------------------------------------

def test_create_events_and_properties(sb):
    with EventStream(sb.socket) as stream:
        next(stream.events())
        call(sb.socket, "admin.vm.Create.AppVM", "dom0", "fedora-42-xfce",
             "name=made label=green")
        seen = stream.until("made", "domain-create-on-disk")
    assert [(e.subject, e.name) for e in seen[-3:]] == [
        ("", "domain-add"), ("made", "domain-tag-add:created-by-dom0"),
        ("made", "domain-create-on-disk")]
    assert seen[-3].kwargs == {"vm": "made"}
    assert "created-by-dom0" in call(sb.socket, "admin.vm.tag.List", "made")
    assert call(sb.socket, "admin.vm.property.Get", "made", "template") == \
        "default=False type=vm fedora-42-xfce"
    # default template when no argument
    call(sb.socket, "admin.vm.Create.AppVM", "dom0", "",
         "name=made2 label=red")
    assert call(sb.socket, "admin.vm.property.Get", "made2", "template") == \
        "default=False type=vm fedora-42-xfce"
    call(sb.socket, "admin.vm.Create.StandaloneVM", "dom0", "",
         "name=alone label=purple")
    call(sb.socket, "admin.vm.Create.TemplateVM", "dom0", "",
         "name=tpl2 label=black")
    assert {"made", "made2", "alone", "tpl2"} <= names(sb)


@pytest.mark.parametrize("method,arg,payload,expected", [
    ("admin.vm.Create.AppVM", "", "name=x label=red label=blue",
     ("ProtocolError", "Options must be unique")),
    ("admin.vm.Create.AppVM", "", "name=x label=red pool=p",
     ("ProtocolError", "Pool option specified but 'allow_pool' is False")),
    ("admin.vm.Create.AppVM", "", "name=x label=red colour=1",
     ("ProtocolError", "Options does not match: name, label, pool, pool:")),
    ("admin.vm.CreateInPool.AppVM", "", "name=x label=red pool:swap=p",
     ("ProtocolError",
      "Volume must be one of: root, private, volatile, kernel")),
    ("admin.vm.CreateInPool.AppVM", "",
     "name=x label=red pool=p pool:root=p",
     ("ProtocolError",
      "Conflicting options specified: 'pool=', 'pool:volume='")),
    ("admin.vm.Create.AppVM", "", "name=x",
     ("ProtocolError", "Creation requested without key: label")),
    ("admin.vm.Create.AppVM", "", "label=red",
     ("ProtocolError", "Creation requested without key: name")),
    ("admin.vm.Create.AppVM", "", "name=x label=pink",
     ("ProtocolError", "Creation requested without key: label")),
    ("admin.vm.Create.AppVM", "", "name=1x label=red",
     ("QubesValueError",
      "VM name cannot start with hyphen, underscore, dot or numbers")),
    ("admin.vm.Create.AppVM", "", "name=work label=red",
     ("QubesVMAlreadyExistsError", "Qube already exists: work")),
    ("admin.vm.Create.TemplateVM", "fedora-42-xfce", "name=x label=red",
     ("ProtocolError", "TemplateVM cannot be based on template")),
    ("admin.vm.Create.AppVM", "ghost", "name=x label=red",
     ("QubesVMNotFoundError", "No such domain: 'ghost'")),
    ("admin.vm.CreateInPool.AppVM", "", "name=x label=red pool=nopool",
     ("QubesException", "Unknown storage pool nopool")),
])
def test_create_errors(sb, method, arg, payload, expected):
    assert error_of(sb, method, "dom0", arg, payload) == expected
    assert "x" not in names(sb)


def test_create_wrong_template_class_and_unknown_class(sb):
    cls, msg = error_of(sb, "admin.vm.Create.AppVM", "dom0", "work",
                        "name=x label=red")
    assert cls == "QubesPropertyValueError" and "wrong VM class" in msg
    assert error_of(sb, "admin.vm.Create.Bogus", "dom0", "",
                    "name=x label=red") == (
        "ProtocolError", "no such method: 'admin.vm.Create.Bogus'")


def test_create_in_pool(sb):
    call(sb.socket, "admin.vm.CreateInPool.AppVM", "dom0", "",
         "name=pooled label=red pool=varlibqubes")
    assert "pooled" in names(sb)


# -- disposables ----------------------------------------------------------------

def test_create_disposable(sb):
    name = call(sb.socket, "admin.vm.CreateDisposable", "default-dvm")
    assert name.startswith("disp") and name[4:].isdigit()
    info = wire.parse_vm_list(call(sb.socket, "admin.vm.List", name))[name]
    assert info["class"] == "DispVM" and info["state"] == "Halted"
    assert call(sb.socket, "admin.vm.property.Get", name, "auto_cleanup") \
        == "default=False type=bool True"
    tags = call(sb.socket, "admin.vm.tag.List", name)
    assert "disp-created-by-dom0" in tags and "created-by-dom0" in tags
    # dest dom0: the caller's default_dispvm; payload uuid
    out = call(sb.socket, "admin.vm.CreateDisposable", "dom0", "", "uuid")
    assert out.startswith("uuid:")
    assert error_of(sb, "admin.vm.CreateDisposable", "work")[1] == (
        "Refusing to create disposable out of app qube which has "
        "template_for_dispvms=False")
    assert error_of(sb, "admin.vm.CreateDisposable", "default-dvm",
                    "bogus")[0] == "PermissionDenied"


def test_disposable_removed_after_shutdown(sb):
    name = call(sb.socket, "admin.vm.CreateDisposable", "default-dvm")
    with EventStream(sb.socket) as stream:
        next(stream.events())
        call(sb.socket, "admin.vm.Start", name)
        call(sb.socket, "admin.vm.Shutdown", name, "wait")
        seen = stream.until("", "domain-delete")
    assert ("", "domain-pre-delete") in [(e.subject, e.name) for e in seen]
    assert seen[-1].kwargs == {"vm": name}
    assert name not in names(sb)


# -- remove -------------------------------------------------------------------------

def test_remove_checks(sb):
    assert error_of(sb, "admin.vm.Remove", "dom0") == (
        "QubesVMInUseError", "'dom0' cannot be removed")
    assert error_of(sb, "admin.vm.Remove", "fedora-42-xfce") == (
        "QubesVMInUseError",
        "Domain is in use: 'fedora-42-xfce';  see 'journalctl -u qubesd -e' "
        "in dom0 for details")
    # referenced by a global property only
    assert error_of(sb, "admin.vm.Remove", "default-mgmt-dvm")[0] == \
        "QubesVMInUseError"
    call(sb.socket, "admin.vm.Create.AppVM", "dom0", "", "name=gone "
         "label=red")
    call(sb.socket, "admin.vm.property.Set", "gone", "installed_by_rpm",
         "True")
    assert error_of(sb, "admin.vm.Remove", "gone") == (
        "QubesVMInUseError", "VM installed by package manager: gone")
    call(sb.socket, "admin.vm.property.Reset", "gone", "installed_by_rpm")
    call(sb.socket, "admin.vm.Start", "gone")
    assert error_of(sb, "admin.vm.Remove", "gone")[0] == \
        "QubesVMNotHaltedError"
    call(sb.socket, "admin.vm.Kill", "gone")
    with EventStream(sb.socket) as stream:
        next(stream.events())
        call(sb.socket, "admin.vm.Remove", "gone")
        seen = stream.until("", "domain-delete")
    seen_names = [e.name for e in seen]
    assert "domain-pre-delete" in seen_names
    assert seen_names[-1] == "domain-delete"
    assert "gone" not in names(sb)


def test_preloaded_disposable_is_handed_out(sb):
    assert call(sb.socket, "admin.vm.CreateDisposable", "default-dvm",
                "preload") == ""
    preloaded = [n for n, i in wire.parse_vm_list(
        call(sb.socket, "admin.vm.List")).items()
        if n.startswith("disp") and i["state"] == "Running"]
    assert len(preloaded) == 1
    name = preloaded[0]
    assert call(sb.socket, "admin.vm.property.Get", name, "is_preload") == \
        "default=True type=bool True"
    assert call(sb.socket, "admin.vm.CreateDisposable", "default-dvm") == \
        name
    assert call(sb.socket, "admin.vm.property.Get", name, "is_preload") == \
        "default=True type=bool False"
    call(sb.socket, "admin.vm.Kill", name)
    assert name not in names(sb)
