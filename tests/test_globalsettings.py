"""Global settings window against a real sandbox (one per module).

Every field is written through the window (edit → Apply) and checked in the
daemon by a second client; changes made by that client must show up in the
window by events alone.
"""

from __future__ import annotations

import pytest
from PyQt5.QtWidgets import QDialogButtonBox

from qubesmanager.admin import QubesApp
from qubesmanager.globalsettings.window import (FEATURE_DOM0_BOOST,
                                                FEATURE_DOM0_UPDATE_CHECK,
                                                FEATURE_VM_MIN_MEM,
                                                GlobalSettingsWindow)
from qubesmanager.mirror import Mirror
from qubesmanager.widgets.qube_combo import DEFAULT, NONE

WAIT = 10_000


@pytest.fixture(scope="module")
def driver(sb):
    return QubesApp(sb.socket)


@pytest.fixture
def win(sb, qtbot):
    mirror = Mirror(QubesApp(sb.socket), disk=False)
    window = GlobalSettingsWindow(mirror)
    qtbot.addWidget(window)
    mirror.start()
    qtbot.waitUntil(lambda: mirror.is_loaded and bool(window.clockvm.value()), timeout=WAIT)
    qtbot.waitUntil(lambda: window.default_pool.isEnabled()
                    and window.default_kernel.isEnabled(), timeout=WAIT)
    window.show()
    yield window
    mirror.stop()


def field(win, key):
    return win._by_key[key]


def raw_global(driver, prop):
    """The daemon's own answer, not the window's or the mirror's."""
    return driver.qubesd_call("dom0", "admin.property.Get", prop).decode()


def apply(win, qtbot):
    assert win.buttons.button(QDialogButtonBox.Apply).isEnabled()
    win.buttons.button(QDialogButtonBox.Apply).click()
    # The events (fields back to unedited) and the call results (status)
    # may come in either order.
    qtbot.waitUntil(lambda: not win.edited()
                    and win.status_label.text() == "Settings saved.", timeout=WAIT)


def test_loaded_values_and_valid_choices(win):
    mirror = win.mirror
    assert win.clockvm.value() == "sys-net"
    assert win.default_netvm.value() == "sys-firewall"
    assert win.default_template.value() == "fedora-42-xfce"
    assert win.default_dispvm.value() == "default-dvm"
    assert win.updatevm.value() == "sys-firewall"
    assert win.default_kernel.currentData() == mirror.globals["default_kernel"].text
    assert win.default_pool_kernel.currentData() == "linux-kernel"
    assert win.default_pool_private.currentData() == DEFAULT
    assert win.default_pool_private.currentText().startswith("default (")
    assert win.check_updates_vm.isChecked()
    # Combos offer only what qubesd accepts.
    assert all(mirror.get(n).klass == "TemplateVM" for n in win.default_template.names())
    assert all(mirror.get(n).provides_network for n in win.default_netvm.names())
    assert "work" not in win.default_netvm.names()
    assert all(mirror.get(n).is_disposable_template for n in win.default_dispvm.names())
    assert "whonix-workstation-18-dvm" in win.default_dispvm.names()
    assert not win.edited()
    assert not win.buttons.button(QDialogButtonBox.Apply).isEnabled()


@pytest.mark.parametrize("prop, value, wire", [
    ("clockvm", "sys-firewall", "default=False type=vm sys-firewall"),
    ("default_template", "debian-13-xfce", "default=False type=vm debian-13-xfce"),
    ("default_netvm", "sys-net", "default=False type=vm sys-net"),
    ("default_dispvm", "whonix-workstation-18-dvm",
     "default=False type=vm whonix-workstation-18-dvm"),
    ("updatevm", "sys-net", "default=False type=vm sys-net"),
    ("clockvm", NONE, "default=False type=vm "),
])
def test_vm_fields_write_through_api(win, driver, qtbot, prop, value, wire):
    old = raw_global(driver, prop)
    getattr(win, prop).set_value(value)
    assert field(win, prop).is_edited()
    apply(win, qtbot)
    assert raw_global(driver, prop) == wire
    # put it back from the "CLI" and watch the window follow
    old_value = old.split(" ", 2)[2]
    setattr(driver, prop, old_value or None)
    qtbot.waitUntil(lambda: getattr(win, prop).value() == (old_value or NONE), timeout=WAIT)
    assert not win.edited()


def test_pool_fields_set_and_reset(win, driver, qtbot):
    combo = win.default_pool_private
    combo.setCurrentIndex(combo.findData("linux-kernel"))
    apply(win, qtbot)
    assert raw_global(driver, "default_pool_private") == "default=False type=str linux-kernel"
    combo.setCurrentIndex(combo.findData(DEFAULT))      # "default (varlibqubes)"
    apply(win, qtbot)
    assert raw_global(driver, "default_pool_private").startswith("default=True ")


def test_kernel_none_and_back(win, driver, qtbot):
    kernel = win.default_kernel.currentData()
    win.default_kernel.setCurrentIndex(win.default_kernel.findData(NONE))
    apply(win, qtbot)
    assert raw_global(driver, "default_kernel") == "default=False type=str "
    win.default_kernel.setCurrentIndex(win.default_kernel.findData(kernel))
    apply(win, qtbot)
    assert raw_global(driver, "default_kernel").endswith(" " + kernel)


def test_check_updates_and_dom0_features(win, driver, qtbot):
    win.check_updates_vm.setChecked(False)
    win.check_updates_dom0.setChecked(False)
    win.vm_min_mem.setValue(320)
    win.dom0_mem_boost.setValue(500)
    assert len(win.edited()) == 4
    apply(win, qtbot)
    assert raw_global(driver, "check_updates_vm") == "default=False type=bool False"
    features = driver.domains["dom0"].features
    assert features[FEATURE_DOM0_UPDATE_CHECK] == ""
    assert features[FEATURE_VM_MIN_MEM] == "320"
    assert features[FEATURE_DOM0_BOOST] == "500"
    # The other client turns it back on: the window follows.
    driver.check_updates_vm = True
    features[FEATURE_DOM0_UPDATE_CHECK] = "1"
    features[FEATURE_VM_MIN_MEM] = "200"
    qtbot.waitUntil(lambda: win.check_updates_vm.isChecked()
                    and win.check_updates_dom0.isChecked()
                    and win.vm_min_mem.value() == 200, timeout=WAIT)
    assert not win.edited()
    assert "qmemman.conf" in win.memory_note.text()


def test_edit_kept_when_changed_elsewhere(win, driver, qtbot):
    win.default_netvm.set_value("sys-net")
    driver.default_netvm = "sys-whonix"
    qtbot.waitUntil(lambda: "changed elsewhere" in win.status_label.text(), timeout=WAIT)
    assert "sys-whonix" in win.status_label.text()
    assert win.default_netvm.value() == "sys-net"          # the user's edit survives
    win.buttons.button(QDialogButtonBox.Reset).click()      # discard: show theirs
    assert win.default_netvm.value() == "sys-whonix"
    assert not win.edited()
    driver.default_netvm = "sys-firewall"
    qtbot.waitUntil(lambda: win.default_netvm.value() == "sys-firewall", timeout=WAIT)


def test_second_window_reflects_first(win, sb, qtbot):
    mirror2 = Mirror(QubesApp(sb.socket), disk=False)
    other = GlobalSettingsWindow(mirror2)
    qtbot.addWidget(other)
    mirror2.start()
    qtbot.waitUntil(lambda: mirror2.is_loaded and bool(other.default_template.value()),
                    timeout=WAIT)
    win.default_template.set_value("debian-13-xfce")
    apply(win, qtbot)
    qtbot.waitUntil(lambda: other.default_template.value() == "debian-13-xfce",
                    timeout=WAIT)
    win.default_template.set_value("fedora-42-xfce")
    apply(win, qtbot)
    qtbot.waitUntil(lambda: other.default_template.value() == "fedora-42-xfce",
                    timeout=WAIT)
    mirror2.stop()


def test_ok_applies_then_closes(win, driver, qtbot):
    win.dom0_mem_boost.setValue(360)
    with qtbot.waitSignal(win.finished, timeout=WAIT):
        win.buttons.button(QDialogButtonBox.Ok).click()
    assert driver.domains["dom0"].features[FEATURE_DOM0_BOOST] == "360"


def test_edit_says_how_many_qubes_follow(win):
    followers = sum(1 for r in win.mirror.qubes.values()
                    if "netvm" in r.props and r.is_default("netvm"))
    assert followers > 0
    win.default_netvm.set_value("sys-net")
    assert f"{followers} qube" in win.status_label.text()
    assert "sys-net" in win.status_label.text()
    win.discard()
    assert not win.edited()


def test_tool_entry_point_renders(sb, tmp_path):
    """qubes-global-settings --socket … --screenshot: the real start-up path."""
    import subprocess
    import sys
    out = tmp_path / "globals.png"
    proc = subprocess.run([sys.executable, "-m", "qubesmanager.globalsettings.app",
                           "--socket", sb.socket, "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.stat().st_size > 5000
