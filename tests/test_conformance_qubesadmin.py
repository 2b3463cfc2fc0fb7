"""The real qubesadmin library and its qvm-* tools against the sandbox.

Runs only when ``QUBESADMIN_PATH`` names a directory holding a copy of the
upstream ``qubesadmin`` package (QubesOS/qubes-core-admin-client; GPL, so it
is never part of this repository).  CI does not have it: every test here is
skipped there.  docs/conformance.md says how the copy was made and what the
full manual run covered; these are the checks a developer can repeat.

Each tool runs in its own process, the way a user runs it: the runner puts
the library on ``sys.path``, points ``qubesadmin.config.QUBESD_SOCKET`` at
the sandbox and uses ``QubesLocal`` (admin-api.md 1.1; on a non-Qubes host
``qubesadmin.Qubes`` would otherwise be the qrexec client).
"""

import grp
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import textwrap

import pytest

from qubesmanager.sandbox.launcher import start_sandbox

LIBRARY = os.environ.get("QUBESADMIN_PATH", "")

pytestmark = pytest.mark.skipif(
    not (LIBRARY and os.path.isdir(os.path.join(LIBRARY, "qubesadmin"))),
    reason="QUBESADMIN_PATH does not point to a copy of qubesadmin")

# argv: LIBRARY SOCKET TOOL ARGS...  (TOOL as qvm-ls or qvm_ls)
RUNNER = textwrap.dedent("""
    import importlib, sys
    sys.path.insert(0, sys.argv[1])
    import qubesadmin, qubesadmin.app, qubesadmin.config
    qubesadmin.config.QUBESD_SOCKET = sys.argv[2]
    qubesadmin.Qubes = qubesadmin.app.QubesLocal
    tool, args = sys.argv[3], sys.argv[4:]
    sys.argv = [tool] + args
    module = importlib.import_module(
        'qubesadmin.tools.' + tool.replace('-', '_'))
    sys.exit(module.main(args) or 0)
""")

EVENTS = textwrap.dedent("""
    import asyncio, sys, threading
    sys.path.insert(0, sys.argv[1])
    import qubesadmin.app, qubesadmin.config, qubesadmin.events
    qubesadmin.config.QUBESD_SOCKET = sys.argv[2]
    app = qubesadmin.app.QubesLocal()
    dispatcher = qubesadmin.events.EventsDispatcher(app)
    def handler(subject, event, **kwargs):
        print(subject, event, flush=True)
        if event == 'domain-shutdown' and str(subject) == 'vault':
            dispatcher.stop()
    def work():
        vm = app.domains['vault']
        vm.start()
        vm.shutdown()
    dispatcher.add_handler('*', handler)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.call_later(0.2, lambda: threading.Thread(target=work).start())
    loop.run_until_complete(
        asyncio.wait_for(dispatcher.listen_for_events(), 30))
""")


@pytest.fixture(scope="module")
def sb(tmp_path_factory):
    """One demo sandbox for the module (tests undo what they change)."""
    box = start_sandbox(tmp_path_factory.mktemp("qubesadmin") / "state",
                        demo=True, time_scale=0)
    yield box
    box.stop()


@pytest.fixture(scope="module")
def tool(sb):
    """Run a real tool; returns (returncode, stdout, stderr)."""
    # qvm-clone runs the local program qvm-appmenus (10.5), as root through
    # runuser as a desktop user: the stub must be reachable by that user.
    bindir = pathlib.Path(tempfile.mkdtemp(prefix="h9-appmenus-"))
    bindir.chmod(0o755)
    stub = bindir / "qvm-appmenus"
    stub.write_text("#!/bin/sh\nexit 0\n")
    stub.chmod(0o755)
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ['PATH']}")

    def run(name, *args, timeout=60):
        proc = subprocess.run(
            [sys.executable, "-c", RUNNER, LIBRARY, str(sb.socket), name,
             *args], capture_output=True, text=True, env=env,
            timeout=timeout, stdin=subprocess.DEVNULL)
        return proc.returncode, proc.stdout, proc.stderr
    yield run
    shutil.rmtree(bindir, ignore_errors=True)


def _rows(text):
    return [line.split("|") for line in text.splitlines() if line]


def test_qvm_ls_raw_data(tool):
    rc, out, _ = tool("qvm-ls", "--raw-data", "--fields",
                      "name,class,state,label,netvm")
    assert rc == 0
    rows = {row[0]: row[1:] for row in _rows(out)}
    assert rows["dom0"][:2] == ["AdminVM", "Running"]
    assert rows["work"] == ["AppVM", "Halted", "blue", "sys-firewall"]
    assert rows["vault"][3] == "-"


def test_qvm_ls_disk_columns(tool):
    rc, out, _ = tool("qvm-ls", "--raw-data", "--fields",
                      "name,priv-max,root-max", "work")
    assert rc == 0
    name, priv_max, root_max = _rows(out)[0]
    assert name == "work" and int(priv_max) > 0 and int(root_max) > 0


def test_qvm_prefs_get_set_reset(tool):
    assert tool("qvm-prefs", "work", "label")[1].strip() == "blue"
    assert tool("qvm-prefs", "work", "memory", "512")[0] == 0
    assert tool("qvm-prefs", "work", "memory")[1].strip() == "512"
    assert tool("qvm-prefs", "--default", "work", "memory")[0] == 0
    rc, out, _ = tool("qvm-prefs", "work")
    listing = {line.split()[0]: line.split()[1:] for line in out.splitlines()}
    assert rc == 0 and listing["memory"][0] == "D"
    assert listing["label"] == ["-", "blue"]
    rc, _, err = tool("qvm-prefs", "work", "memory", "lots")
    assert rc != 0 and "int" in err


def test_qubes_prefs(tool):
    rc, out, _ = tool("qubes-prefs", "default_template")
    assert (rc, out.strip()) == (0, "fedora-42-xfce")
    rc, _, err = tool("qubes-prefs", "default_template", "no-such-qube")
    assert rc != 0 and err


def test_qvm_features_and_tags(tool):
    assert tool("qvm-features", "work", "h9-feature", "on")[0] == 0
    assert tool("qvm-features", "work", "h9-feature")[1].strip() == "on"
    assert tool("qvm-features", "--unset", "work", "h9-feature")[0] == 0
    assert tool("qvm-features", "work", "h9-feature")[0] == 1
    assert tool("qvm-tags", "work", "add", "h9tag")[0] == 0
    assert "h9tag" in tool("qvm-tags", "work", "list")[1].split()
    assert tool("qvm-tags", "work", "del", "h9tag")[0] == 0
    assert tool("qvm-tags", "work", "list", "h9tag")[0] == 1


def test_power_tools(tool):
    assert tool("qvm-start", "vault")[0] == 0
    assert tool("qvm-check", "--running", "vault")[0] == 0
    assert tool("qvm-pause", "vault")[0] == 0
    assert tool("qvm-check", "--paused", "vault")[0] == 0
    assert tool("qvm-unpause", "vault")[0] == 0
    assert tool("qvm-shutdown", "--wait", "vault")[0] == 0
    assert tool("qvm-check", "--running", "vault")[0] == 1
    assert tool("qvm-kill", "vault")[0] == 0        # halted: not an error


def test_create_clone_remove(tool):
    assert tool("qvm-create", "-l", "green", "-t", "debian-13-xfce",
                "h9-new")[0] == 0
    assert tool("qvm-prefs", "h9-new", "template")[1].strip() == \
        "debian-13-xfce"
    clone_args = ["h9-new", "h9-copy"]
    if os.getuid() == 0 and not _qubes_group_has_member():
        # as root the library looks up a desktop user first (10.5)
        clone_args.insert(0, "--ignore-errors")
    rc, _, err = tool("qvm-clone", *clone_args)
    assert rc == 0, err
    assert tool("qvm-prefs", "h9-copy", "label")[1].strip() == "green"
    assert tool("qvm-remove", "-f", "h9-copy", "h9-new")[0] == 0
    assert tool("qvm-check", "h9-new")[0] == 1


def test_clone_named_disposable(tool):
    """Regression (docs/conformance.md): the write-once dispid must be
    skipped through the client's AttributeError, not abort the clone."""
    args = ["sys-usb", "h9-usb-copy"]
    if os.getuid() == 0 and not _qubes_group_has_member():
        args.insert(0, "--ignore-errors")
    rc, _, err = tool("qvm-clone", *args)
    assert rc == 0, err
    try:
        assert tool("qvm-prefs", "h9-usb-copy", "provides_network")[1] \
            .strip() == "True"
    finally:
        assert tool("qvm-remove", "-f", "h9-usb-copy")[0] == 0


def test_start_without_memory_names_the_qube(tool):
    """Regression (docs/conformance.md): the netvm chain starts, then the
    qube itself does not fit."""
    assert tool("qvm-prefs", "work", "memory", "12000")[0] == 0
    try:
        rc, _, err = tool("qvm-start", "work")
        assert rc == 1 and "'work'" in err
        assert tool("qvm-check", "--running", "sys-net")[0] == 0
    finally:
        tool("qvm-prefs", "--default", "work", "memory")
        tool("qvm-kill", "sys-firewall", "sys-net")


def _qubes_group_has_member():
    try:
        return bool(grp.getgrnam("qubes").gr_mem)
    except KeyError:
        return False


def test_remove_in_use_is_refused_with_dependents(tool):
    rc, _, err = tool("qvm-remove", "-f", "fedora-42-xfce")
    assert rc != 0
    assert "template for work" in err and "default_template" in err


def test_qvm_volume(tool):
    rc, out, _ = tool("qvm-volume", "info", "work:private", "size")
    assert rc == 0
    size = int(out)
    bigger = str(size + 1024 ** 3)
    assert tool("qvm-volume", "extend", "work:private", bigger)[0] == 0
    assert tool("qvm-volume", "info", "work:private", "size")[1].strip() \
        == bigger
    rc, _, err = tool("qvm-volume", "extend", "work:private", str(size))
    assert rc != 0 and "shrinking" in err


def test_qvm_firewall(tool):
    assert tool("qvm-firewall", "personal", "add", "accept",
                "dsthost=qubes-os.org", "proto=tcp", "dstports=443")[0] == 0
    rc, out, _ = tool("qvm-firewall", "--raw", "personal")
    assert rc == 0
    assert "action=accept proto=tcp dsthost=qubes-os.org dstports=443-443" \
        in out.splitlines()
    assert tool("qvm-firewall", "personal", "del", "--rule-no",
                str(len(out.splitlines()) - 1))[0] == 0


def test_qvm_pool(tool):
    rc, out, _ = tool("qvm-pool")
    assert rc == 0 and "varlibqubes" in out


def test_qvm_device_lists(tool):
    rc, out, _ = tool("qvm-device", "pci", "list")
    assert rc == 0
    assert any(line.startswith("dom0:") and "sys-net" in line
               for line in out.splitlines())
    assert tool("qvm-start", "sys-usb")[0] == 0
    try:
        rc, out, _ = tool("qvm-device", "usb", "list")
        assert rc == 0 and "sys-usb:" in out
    finally:
        tool("qvm-shutdown", "--wait", "sys-usb")


def test_events_dispatcher(sb):
    proc = subprocess.run([sys.executable, "-c", EVENTS, LIBRARY,
                           str(sb.socket)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "None connection-established"
    assert "vault domain-start" in lines
    assert lines.index("vault domain-pre-start") < \
        lines.index("vault domain-start") < lines.index("vault domain-shutdown")
