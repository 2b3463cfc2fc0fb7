"""Qubes, typed properties, labels and global properties through our client."""

import pytest

from qubesmanager.admin import DEFAULT, QubesApp, connect, exc
from qubesmanager.admin.labels import Label

from test_client_fixtures import pick

#: fixtures msb (module sandbox), app, loop_thread
pytest_plugins = ("test_client_fixtures",)


def test_connect_uses_our_client_for_a_socket(msb):
    client = connect(msb.socket)
    assert isinstance(client, QubesApp)
    assert "dom0" in client.domains


def test_connect_honours_qubesd_socket_env(msb, monkeypatch):
    monkeypatch.setenv("QUBESD_SOCKET", msb.socket)
    client = connect()
    assert isinstance(client, QubesApp)
    assert client.transport.path == msb.socket
    assert client.domains["dom0"].klass == "AdminVM"


def test_domains_mapping(app):
    names = app.domains.keys()
    assert names[0] == "dom0"
    assert len(app.domains) == len(names) > 3
    assert [vm.name for vm in app.domains] == names
    assert "dom0" in app.domains and "no-such-qube" not in app.domains
    vm = app.domains[names[1]]
    assert vm is app.domains[names[1]]          # one object per name
    assert vm == names[1] and str(vm) == names[1]
    assert vm in app.domains
    with pytest.raises(KeyError):
        app.domains["no-such-qube"]
    with pytest.raises(exc.QubesVMNotFoundError, match="No such domain"):
        app.domains["no-such-qube"]
    assert app.domains.get("no-such-qube") is None
    uuid = app.domains.info(names[1])["uuid"]
    assert app.domains[f"uuid:{uuid}"] is vm


def test_typed_properties(app):
    vm = pick(app, "AppVM")
    assert isinstance(vm.memory, int) and vm.memory > 0
    assert isinstance(vm.debug, bool)
    assert isinstance(vm.name, str)
    assert isinstance(vm.label, Label)
    assert vm.label.color.startswith("0x") and len(vm.label.color) == 8
    assert 1 <= vm.label.index
    assert vm.label.icon == f"appvm-{vm.label.name}"
    template = vm.template
    assert template.klass == "TemplateVM"
    assert template is app.domains[template.name]
    assert vm.klass == "AppVM" and vm.property_get_raw("klass").text == "AppVM"
    # unset int -> AttributeError, no such property -> AttributeError
    with pytest.raises(AttributeError):
        vm.backup_timestamp  # noqa: B018
    assert getattr(vm, "backup_timestamp", None) is None
    with pytest.raises(exc.QubesNoSuchPropertyError):
        vm.no_such_property  # noqa: B018
    assert not hasattr(template, "template")


def test_netvm_none_and_default(app):
    tpl = pick(app, "TemplateVM")
    assert tpl.netvm is None
    vm = pick(app, "AppVM")
    assert vm.property_is_default("memory") in (True, False)
    old = vm.netvm
    vm.netvm = None
    try:
        assert vm.netvm is None
        assert vm.property_is_default("netvm") is False
        assert vm.property_get_raw("netvm").text == ""
    finally:
        del vm.netvm
    assert vm.property_is_default("netvm") is True
    assert vm.netvm == app.default_netvm or vm.netvm == old


def test_set_reset_and_default(app):
    vm = pick(app, "AppVM")
    vm.memory = 512
    assert vm.memory == 512 and not vm.property_is_default("memory")
    default = vm.property_get_default("memory")
    assert isinstance(default, int)
    vm.memory = DEFAULT
    assert vm.memory == default and vm.property_is_default("memory")
    vm.debug = True
    assert vm.debug is True
    vm.debug = False
    assert vm.debug is False
    del vm.debug
    # a label by object and by name
    old = vm.label
    vm.label = app.labels["purple"]
    assert vm.label == "purple"
    vm.label = old.name
    assert vm.label == old
    # a template has no default: AttributeError
    with pytest.raises(AttributeError):
        vm.property_get_default("template")


def test_set_errors_are_mapped(app):
    vm = pick(app, "AppVM")
    with pytest.raises(exc.QubesValueError, match="as int"):
        vm.memory = "lots"
    with pytest.raises(exc.QubesPropertyValueError):
        vm.memory = -5
    with pytest.raises(exc.QubesLabelNotFoundError):
        vm.label = "no-such-label"
    with pytest.raises(exc.QubesPropertyValueError):
        vm.netvm = "no-such-qube"
    with pytest.raises(exc.QubesNoSuchPropertyError):
        vm.no_such_property = 1
    with pytest.raises(exc.QubesPropertyValueError, match="cannot be set"):
        vm.icon = "x"


def test_property_help_and_list(app):
    vm = pick(app, "AppVM")
    names = vm.property_list()
    assert "netvm" in names and "label" in names and "template" in names
    assert isinstance(vm.property_help("netvm"), str)
    with pytest.raises(exc.QubesNoSuchPropertyError):
        vm.property_help("no_such_property")


def test_global_properties(app):
    assert "default_netvm" in app.property_list()
    tpl = app.default_template
    assert tpl is None or tpl.klass == "TemplateVM"
    assert isinstance(app.stats_interval, int)
    assert isinstance(app.check_updates_vm, bool)
    old = app.stats_interval
    app.stats_interval = 7
    try:
        assert app.stats_interval == 7
        assert not app.property_is_default("stats_interval")
    finally:
        del app.stats_interval
    assert app.stats_interval == old
    with pytest.raises(exc.QubesPropertyValueError):
        app.maxmem = 5


def test_labels(app):
    assert app.labels.keys()[:8] == ["red", "orange", "yellow", "green",
                                     "gray", "blue", "purple", "black"]
    red = app.labels["red"]
    assert red.color == "0xcc0000" and red.index == 1 and red.rgb == 0xCC0000
    assert "red" in app.labels and "nope" not in app.labels
    assert app.get_label("1") == red and app.get_label("label-8") == "black"
    with pytest.raises(exc.QubesLabelNotFoundError):
        app.labels["nope"]


def test_property_access_error_for_vanished_qube(app):
    ghost = app.domains.get_blind("ghost-qube")
    with pytest.raises(exc.QubesPropertyAccessError):
        ghost.memory  # noqa: B018
    assert getattr(ghost, "memory", None) is None


def test_call_counts_per_method(app):
    vm = pick(app, "AppVM")
    app.call_counts.clear()
    vm.memory  # noqa: B018
    vm.memory  # noqa: B018
    assert app.call_counts["admin.vm.property.Get"] == 2
    app.cache_enabled = True
    app.call_counts.clear()
    vm.memory  # noqa: B018
    vm.debug  # noqa: B018
    vm.label  # noqa: B018
    assert app.call_counts == {"admin.vm.property.GetAll": 1}


def test_custom_label_create_remove(app):
    label = app.labels.create("h3label", "0x123456")
    assert "h3label" in app.labels
    assert label.color == "0x123456" and label.index > 8
    app.labels.remove("h3label")
    assert "h3label" not in app.labels
    with pytest.raises(exc.ProtocolError):
        app.labels.remove("red")


def test_connect_prefers_the_system_library(tmp_path, monkeypatch):
    """Selection only: a stand-in ``qubesadmin`` module on sys.path plays
    the installed system library (no Admin API involved)."""
    (tmp_path / "qubesadmin.py").write_text(
        "class Qubes:\n    marker = 'system'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("QUBESD_SOCKET", raising=False)
    monkeypatch.delitem(__import__("sys").modules, "qubesadmin",
                        raising=False)
    assert connect().marker == "system"
    assert isinstance(connect(prefer_system=False), QubesApp)
    assert isinstance(connect("/some/socket"), QubesApp)


def test_client_imports_no_qt():
    """admin/ is below the Qt layers (docs/DESIGN.md): importing every
    module of it must not pull in PyQt5."""
    import subprocess
    import sys
    code = ("import sys, pkgutil, importlib, qubesmanager.admin as a\n"
            "for m in pkgutil.iter_modules(a.__path__):\n"
            "    importlib.import_module('qubesmanager.admin.' + m.name)\n"
            "print('PyQt5' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "False"
