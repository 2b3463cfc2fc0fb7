"""Conformance regressions found by running the real qubesadmin tools
against the sandbox (docs/conformance.md).

Each test pins an answer the real qubesd gives (admin-api.md) and the
sandbox once got wrong.  They use our client or raw wire bytes, never the
qubesadmin library (CI does not have it).
"""

import pytest

from qubesmanager.admin import app as admin_app
from qubesmanager.admin import exc
from qubesmanager.sandbox import rawclient
from qubesmanager.sandbox.launcher import start_sandbox


@pytest.fixture(scope="module")
def sb(tmp_path_factory):
    """One demo sandbox for the module; tests leave it as they found it."""
    box = start_sandbox(tmp_path_factory.mktemp("conformance") / "state",
                        demo=True, time_scale=0)
    yield box
    box.stop()


@pytest.fixture
def app(sb):
    return admin_app.QubesApp(str(sb.socket))


def _power(sb, name):
    line = [row for row in rawclient.call(sb.socket, "admin.vm.List",
                                          name).splitlines()
            if row.startswith(name + " ")][0]
    return dict(kv.split("=", 1) for kv in line.split(" ")[1:])["state"]


def test_memory_error_names_the_qube_whose_memory_does_not_fit(sb, app):
    """Upstream starts the netvm chain first and asks for the qube's own
    memory only afterwards: the chain comes up and the error names the
    qube itself (QubesMemoryError "Not enough memory to start domain
    'work'"), not one of its netvms."""
    work = app.domains["work"]
    work.memory = 12000          # host 16384 - dom0 4096 = 12288 MiB
    try:
        with pytest.raises(exc.QubesMemoryError) as info:
            work.start()
        assert "'work'" in str(info.value)
        assert _power(sb, "sys-net") == "Running"
        assert _power(sb, "sys-firewall") == "Running"
        assert _power(sb, "work") == "Halted"
    finally:
        del work.memory
        for name in ("sys-firewall", "sys-net"):
            if _power(sb, name) != "Halted":
                rawclient.call(sb.socket, "admin.vm.Kill", name)


@pytest.mark.parametrize("prop, value", [("dispid", b"77"),
                                         ("name", b"renamed"),
                                         ("qid", b"99")])
def test_write_once_set_gets_the_upstream_empty_response(sb, prop, value):
    """Upstream's write-once check raises a plain AttributeError, so qubesd
    drops the connection.  The real client turns that into
    QubesPropertyAccessError, an AttributeError, and ``qvm-clone`` relies on
    it to skip ``dispid`` while copying a named disposable: an exception
    frame here made the real qvm-clone of sys-usb fail and remove the
    clone."""
    dest = "sys-usb"                     # a named disposable: dispid stored
    before = rawclient.call(sb.socket, "admin.vm.property.Get", dest, prop)
    assert rawclient.call_raw(sb.socket, "admin.vm.property.Set", dest, prop,
                              value) == b""
    assert rawclient.call(sb.socket, "admin.vm.property.Get", dest,
                          prop) == before


def test_clone_of_a_named_disposable_keeps_going(sb, app):
    """The qvm-clone call pattern (admin-api.md 10.5) on sys-usb: every
    non-default property is copied and a refused one is skipped."""
    src = app.domains["sys-usb"]
    clone = app.add_new_vm("DispVM", "h9-usb-copy", "red",
                           template="default-dvm")
    try:
        for prop in src.property_list():
            if prop in ("name", "qid", "template", "label", "uuid",
                        "installed_by_rpm") or src.property_is_default(prop):
                continue
            try:
                setattr(clone, prop, getattr(src, prop))
            except AttributeError:
                assert prop == "dispid"
        assert clone.provides_network is True
        assert clone.dispid != src.dispid
    finally:
        del app.domains["h9-usb-copy"]
