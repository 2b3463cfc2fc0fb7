"""Shared fixtures for the settings and dialog tests (no tests here).

One sandbox and one loaded mirror per test module keep the suite fast;
every test that writes works on a qube of its own (``fresh_qube``) so
tests stay independent.  A second client (``other``) plays "another
program" and checks what really reached the daemon.
"""

from __future__ import annotations

import itertools
import time

import pytest

from qubesmanager.admin import connect
from qubesmanager.sandbox.launcher import start_sandbox

_counter = itertools.count(1)


class Env:
    def __init__(self, sandbox, mirror, other):
        self.sandbox, self.mirror, self.other = sandbox, mirror, other

    @property
    def app(self):
        return self.mirror.app


def pump(qapp, cond, timeout=15.0):
    """Process events until ``cond()`` (module-scoped fixtures have no qtbot)."""
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        qapp.processEvents()
        time.sleep(0.005)


@pytest.fixture(scope="module")
def env(qapp, tmp_path_factory):
    from qubesmanager.mirror import Mirror
    sb = start_sandbox(tmp_path_factory.mktemp("state"), demo=True, time_scale=0)
    client = connect(sb.socket)
    mirror = Mirror(client)
    mirror.start()
    try:
        pump(qapp, lambda: mirror.is_loaded)
        other = connect(sb.socket)
        other.cache_enabled = False
        yield Env(sb, mirror, other)
    finally:
        mirror.stop()
        sb.stop()


def fresh_qube(env, qtbot, klass="AppVM", template=None, label="green", **props):
    """Create a qube through the other client and wait for the mirror."""
    name = f"t{next(_counter)}-{klass.lower()}"
    vm = env.other.add_new_vm(klass, name, label, template=template)
    for prop, value in props.items():
        setattr(vm, prop, value)
    qtbot.waitUntil(lambda: env.mirror.get(name) is not None
                    and env.mirror.get(name).loaded
                    and all(str(env.mirror.get(name).value(p)) == str(v)
                            for p, v in props.items()), timeout=10000)
    return name


def own(qtbot, widget):
    """Hand the widget's lifetime to qtbot: our windows delete themselves
    on close, which would leave qtbot closing a deleted object."""
    from PyQt5.QtCore import Qt
    widget.setAttribute(Qt.WA_DeleteOnClose, False)
    qtbot.addWidget(widget)
    return widget


def open_settings(env, qtbot, name, tab="basic"):
    """Open the window and wait until the shown tab's background read ended."""
    from qubesmanager.settings.window import SettingsWindow
    win = own(qtbot, SettingsWindow(env.mirror, name, tab))
    win.confirm_discard = lambda: True  # tests that care replace it again
    win.show()
    wait_tab(qtbot, win, tab)
    return win


def wait_tab(qtbot, win, key):
    win.show_tab(key)
    page = win.tab(key)
    if key == "basic" and not page.record.is_admin:
        qtbot.waitUntil(lambda: page.private_size.loaded, timeout=10000)
    elif key == "firewall":
        qtbot.waitUntil(lambda: page.rules_field.loaded, timeout=10000)
    elif key == "devices":
        qtbot.waitUntil(lambda: page.devices.loaded, timeout=10000)
    elif key == "notes":
        qtbot.waitUntil(lambda: page.notes.loaded, timeout=10000)
    elif key == "applications":
        qtbot.waitUntil(lambda: page.apps.loaded, timeout=10000)
    return page


def save(qtbot, win, close=False):
    """Press Apply (or OK) and wait for the save round; returns failures."""
    with qtbot.waitSignal(win.saved, timeout=15000) as blocker:
        (win.ok_button if close else win.apply_button).click()
    return blocker.args[0]


def prop(env, name, p):
    """A property as the daemon reports it now (other client, no cache)."""
    return getattr(env.other.domains[name], p)


def exists(env, name) -> bool:
    """Whether the daemon knows ``name`` now (fresh ``admin.vm.List``)."""
    from qubesmanager.admin import wire
    raw = env.other.qubesd_call("dom0", "admin.vm.List").decode()
    return name in wire.parse_vm_list(raw)
