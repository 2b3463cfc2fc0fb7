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
