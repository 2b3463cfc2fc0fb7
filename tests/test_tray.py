"""Domains tray applet against a real sandbox over a real socket.

One sandbox per module (time-scale 0); a second client (``driver``) plays
the CLI or another GUI, so every update the tray shows came back as an
event.  Tests leave the qubes they touch halted again.
"""

from __future__ import annotations

import subprocess
import sys
import types

import pytest
from PyQt5.QtCore import QPoint, Qt
from PyQt5.QtWidgets import QMessageBox

from qubesmanager.admin import QubesApp
from qubesmanager.common import states
from qubesmanager.mirror import Mirror
from qubesmanager.tray.app import mirror_options
from qubesmanager.tray.applet import DomainsTray
from qubesmanager.tray.entries import FEATURES, PROPERTIES
from qubesmanager.tray.submenu import fill_submenu

WAIT = 10_000


@pytest.fixture(scope="module")
def driver(sb):
    return QubesApp(sb.socket)


@pytest.fixture
def tray(sb, qtbot):
    mirror = Mirror(QubesApp(sb.socket), **mirror_options())
    ctx = types.SimpleNamespace(simulated=True, sandbox=sb,
                                args=types.SimpleNamespace(socket=sb.socket))
    applet = DomainsTray(mirror, ctx)
    mirror.start()
    qtbot.waitUntil(lambda: mirror.is_loaded and "work" in applet.mirror.qubes,
                    timeout=WAIT)
    yield applet
    applet.menu.hide()
    mirror.stop()


def state(tray, name):
    rec = tray.mirror.get(name)
    return rec.state if rec else None


def ensure_running(tray, driver, qtbot, name):
    if state(tray, name) != states.RUNNING:
        driver.domains[name].start()
    qtbot.waitUntil(lambda: state(tray, name) == states.RUNNING, timeout=WAIT)


def ensure_halted(tray, driver, qtbot, name):
    if state(tray, name) == states.PAUSED:
        driver.domains[name].kill()
    elif state(tray, name) != states.HALTED:
        driver.domains[name].shutdown(force=True)
    qtbot.waitUntil(lambda: state(tray, name) in (states.HALTED, None), timeout=WAIT)


def submenu_texts(tray, name):
    rec = tray.mirror.get(name)
    fill_submenu(tray.entries[name].submenu, rec, tray.actions)
    return [a.text() for a in tray.entries[name].submenu.actions() if not a.isSeparator()]


def test_menu_shows_only_active_qubes_and_dom0_first(tray, driver, qtbot):
    ensure_halted(tray, driver, qtbot, "work")
    assert "work" not in tray.entries
    ensure_running(tray, driver, qtbot, "work")
    qtbot.waitUntil(lambda: "work" in tray.entries, timeout=WAIT)
    halted = [n for n, r in tray.mirror.qubes.items() if r.state == states.HALTED]
    assert halted and not set(halted) & set(tray.entries)
    actions = tray.menu.actions()
    texts = [a.text() for a in actions]
    assert texts[1].startswith("dom0")            # header, then dom0
    assert tray.entries["work"].action in actions
    assert not tray._empty.isVisible()
    ensure_halted(tray, driver, qtbot, "work")
    assert "work" not in tray.entries


def test_entries_sorted_and_internal_grouped(tray, driver, qtbot):
    for name in ("work", "personal", "vault"):
        ensure_running(tray, driver, qtbot, name)
    driver.domains["vault"].features["internal"] = "1"
    qtbot.waitUntil(lambda: tray._internal.get("vault") is True, timeout=WAIT)
    actions = tray.menu.actions()
    pos = {name: actions.index(tray.entries[name].action)
           for name in ("work", "personal", "vault")}
    section = actions.index(tray._internal_section)
    assert pos["personal"] < pos["work"] < section < pos["vault"]
    assert tray._internal_section.isVisible()
    assert submenu_texts(tray, "vault")[0] == "Internal qube"
    del driver.domains["vault"].features["internal"]
    qtbot.waitUntil(lambda: tray._internal.get("vault") is False, timeout=WAIT)
    actions = tray.menu.actions()
    assert actions.index(tray.entries["vault"].action) < actions.index(tray._internal_section)
    for name in ("work", "personal", "vault"):
        ensure_halted(tray, driver, qtbot, name)


def test_disposable_marked(tray, driver, qtbot):
    ensure_running(tray, driver, qtbot, "sys-firewall")   # a DispVM in the demo
    assert "[disposable]" in tray.entries["sys-firewall"].action.text()
    texts = submenu_texts(tray, "sys-firewall")
    assert "Shut down" in texts
    ensure_halted(tray, driver, qtbot, "sys-firewall")


def test_running_submenu_and_stats(tray, driver, qtbot):
    ensure_running(tray, driver, qtbot, "work")
    texts = submenu_texts(tray, "work")
    for expected in ("Open terminal", "Open file manager", "Settings…", "Logs…",
                     "Pause", "Shut down", "Restart", "Kill…"):
        assert expected in texts
    # Stats arrive every stats_interval; the entry then shows memory + CPU.
    qtbot.waitUntil(lambda: bool(tray.mirror.get("work").stats), timeout=WAIT)
    tray.sync()
    text = tray.entries["work"].action.text()
    assert "\t" in text and "iB" in text.split("\t")[1] and "%" in text
    assert "dom0\t" in tray._dom0_action.text()
    count, used = tray.running_summary()
    tip = tray.update_tooltip()
    assert count >= 1 and used > 0
    assert f"{count} running" in tip and "Memory in use" in tip
    assert " of 16.0 GiB" in tip                    # the sandbox host's RAM


def test_pause_unpause_all_and_paused_look(tray, driver, qtbot):
    ensure_running(tray, driver, qtbot, "work")
    with qtbot.waitSignal(tray.notifier.shown, timeout=WAIT,
                          check_params_cb=lambda t, x: t == "Qube paused" and x == "work"):
        tray.actions.pause("work")
    qtbot.waitUntil(lambda: state(tray, "work") == states.PAUSED, timeout=WAIT)
    tray.sync()
    action = tray.entries["work"].action
    assert "paused" in action.text() and action.font().italic()
    assert tray._unpause_all.isVisible()
    texts = submenu_texts(tray, "work")
    assert "Unpause" in texts and "Pause" not in texts and "Open terminal" not in texts
    tray._unpause_all.trigger()
    qtbot.waitUntil(lambda: state(tray, "work") == states.RUNNING, timeout=WAIT)
    tray.sync()
    assert not tray.entries["work"].action.font().italic()
    assert not tray._unpause_all.isVisible()
    ensure_halted(tray, driver, qtbot, "work")


def test_start_and_halt_from_second_client_notify(tray, driver, qtbot):
    # Its net qubes may start with it (one merged "3 qubes started").
    ensure_halted(tray, driver, qtbot, "personal")
    with qtbot.waitSignal(tray.notifier.shown, timeout=WAIT,
                          check_params_cb=lambda t, x: "started" in t and "personal" in x):
        driver.domains["personal"].start()
    assert "personal" in tray.entries
    # Without a system tray (offscreen) messages go to the in-app toast.
    assert tray.notifier.toast is not None and "personal" in tray.notifier.toast.text()
    with qtbot.waitSignal(tray.notifier.shown, timeout=WAIT,
                          check_params_cb=lambda t, x: "halted" in t and "personal" in x):
        tray.actions.shutdown("personal")
    assert "personal" not in tray.entries


def test_start_failure_notifies_with_daemon_reason(tray, driver, qtbot):
    ensure_halted(tray, driver, qtbot, "untrusted")
    vm = driver.domains["untrusted"]
    old = vm.memory
    # More initial memory than the host has: the daemon refuses to start.
    vm.memory = 10_000_000
    try:
        with qtbot.waitSignal(tray.notifier.shown, timeout=WAIT,
                              check_params_cb=lambda t, x: t == "Qube failed to start"
                              and x.startswith("untrusted: ") and "memory" in x.lower()):
            tray.actions.start("untrusted")

        def error_boxes():
            return [w for w in tray.actions._windows
                    if isinstance(w, QMessageBox) and w.isVisible()
                    and "untrusted" in w.windowTitle()]
        qtbot.waitUntil(lambda: bool(error_boxes()), timeout=WAIT)
        box = error_boxes()[0]
        assert "memory" in box.informativeText().lower()   # the daemon's message
        box.close()
    finally:
        vm.memory = old
    assert "untrusted" not in tray.entries


def test_kill_asks_first(tray, driver, qtbot):
    ensure_running(tray, driver, qtbot, "work")
    box = tray.actions.kill("work")
    assert box.isVisible() and "work" in box.text()
    box.button(QMessageBox.Cancel).click()
    qtbot.wait(50)
    assert state(tray, "work") == states.RUNNING
    box = tray.actions.kill("work")
    box.button(QMessageBox.Yes).click()
    qtbot.waitUntil(lambda: state(tray, "work") == states.HALTED, timeout=WAIT)
    assert "work" not in tray.entries


def test_restart_starts_again_after_halt(tray, driver, qtbot):
    ensure_running(tray, driver, qtbot, "work")
    seen = []
    tray.mirror.state_changed.connect(lambda n, s: seen.append(s) if n == "work" else None)
    tray.actions.restart("work")
    qtbot.waitUntil(lambda: states.HALTED in seen and state(tray, "work") == states.RUNNING,
                    timeout=WAIT)
    assert "work" in tray.entries
    ensure_halted(tray, driver, qtbot, "work")


def test_terminal_on_sandbox_says_simulated(tray, driver, qtbot):
    ensure_running(tray, driver, qtbot, "work")
    with qtbot.waitSignal(tray.notifier.shown, timeout=WAIT) as blocker:
        tray.actions.open_terminal("work")
    title, text = blocker.args
    assert title == "Simulated system" and "work" in text and "qubes-run-terminal" in text
    with qtbot.waitSignal(tray.notifier.shown, timeout=WAIT) as blocker:
        tray.actions.open_file_manager("work")
    assert "file manager" in blocker.args[1]
    ensure_halted(tray, driver, qtbot, "work")


def test_logs_open_in_process_and_tools_as_processes(tray, qtbot):
    tray.actions.logs("work")
    assert "LogDialog" in {type(w).__name__ for w in tray.actions._windows}
    for window in list(tray.actions._windows):
        window.close()
    tools = tray.actions.tools
    args = tools.args("settings", "work")
    assert "qubesmanager.settings.app" in args[1]
    assert args[args.index("--socket") + 1] == tray.ctx.sandbox.socket
    assert args[-1] == "work"


def test_tray_tools_really_start_and_run_once(tray, qtbot, monkeypatch, tmp_path):
    """Settings, global settings and the template manager each start as a
    process on the tray's daemon (here with --screenshot added so they end
    by themselves); a second click while one runs only notifies."""
    tools = tray.actions.tools
    real_args = tools.args
    shots = {}

    def args_with_screenshot(tool, *extra):
        shots[tool] = tmp_path / f"{tool}.png"
        return real_args(tool, *extra) + ["--screenshot", str(shots[tool])]
    monkeypatch.setattr(tools, "args", args_with_screenshot)

    tray.actions.settings("work")
    texts = {a.text(): a for a in tray._dom0_menu.actions()}
    texts["Global settings…"].trigger()
    texts["Template manager…"].trigger()
    assert set(tools.running) == {("settings", "work"), ("global-settings",),
                                  ("template-manager",)}
    with qtbot.waitSignal(tray.notifier.shown, timeout=WAIT) as blocker:
        tray.actions.settings("work")          # still starting: not twice
    assert "already open" in blocker.args[1]
    assert len(tools.running) == 3
    qtbot.waitUntil(lambda: not tools.running, timeout=120_000)
    for tool, path in shots.items():
        assert path.stat().st_size > 1000, tool


def test_tray_mirror_keeps_only_what_the_menu_reads(tray, driver, qtbot):
    record = tray.mirror.get("work")
    assert set(record.props) <= PROPERTIES
    assert record.value("label") and record.value("template")
    assert set(record.features) <= FEATURES and record.tags == set()
    assert tray.mirror.get("sys-net").feature_on("servicevm")
    assert "admin.vm.tag.GetAllQubes" not in tray.mirror.calls.counts
    calls = tray.mirror.calls.total()
    ensure_running(tray, driver, qtbot, "work")
    ensure_halted(tray, driver, qtbot, "work")
    qtbot.wait(300)
    # A start and a shutdown change xid, start_time, … but none of those
    # is kept, so nothing is re-read.
    assert tray.mirror.calls.total() == calls


def test_open_manager_uses_same_daemon(tray):
    args = tray.actions.tools.args("manager")
    assert "--socket" in args and args[args.index("--socket") + 1] == tray.ctx.sandbox.socket
    assert "qubesmanager.manager.app" in args[1]


def test_menu_popup_and_screenshot(tray, driver, qtbot, sb, tmp_path):
    ensure_running(tray, driver, qtbot, "work")
    with qtbot.waitSignal(tray.menu_synced, timeout=WAIT):
        tray.popup(QPoint(0, 0))
    qtbot.waitUntil(tray.menu.isVisible, timeout=WAIT)
    # A submenu opened (as by hovering) gets its contents and accessible name.
    submenu = tray.entries["work"].submenu
    submenu.popup(QPoint(10, 10))
    qtbot.waitUntil(submenu.isVisible, timeout=WAIT)
    assert submenu.accessibleName() == "Actions for work"
    assert "Open terminal" in [a.text() for a in submenu.actions()]
    submenu.hide()
    tray.menu.hide()
    # Once closed, the menu gives its window back; it opens again as before.
    qtbot.waitUntil(lambda: not tray.menu.testAttribute(Qt.WA_WState_Created),
                    timeout=WAIT)
    with qtbot.waitSignal(tray.menu_synced, timeout=WAIT):
        tray.popup(QPoint(0, 0))
    qtbot.waitUntil(tray.menu.isVisible, timeout=WAIT)
    tray.menu.hide()
    out = tmp_path / "tray.png"
    proc = subprocess.run([sys.executable, "-m", "qubesmanager.tray.app",
                           "--socket", sb.socket, "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 1000
    ensure_halted(tray, driver, qtbot, "work")


def test_fallback_window_without_tray(tray, qtbot):
    window = tray.show()
    if tray.tray is None:
        assert window is not None and window.isVisible()
        window.close()


def test_shutdown_refused_notifies_and_offers_force(tray, driver, qtbot):
    ensure_running(tray, driver, qtbot, "work")         # starts sys-firewall, sys-net
    qtbot.waitUntil(lambda: state(tray, "sys-net") == states.RUNNING, timeout=WAIT)
    with qtbot.waitSignal(tray.notifier.shown, timeout=WAIT,
                          check_params_cb=lambda t, x: t == "Qube failed to shut down"
                          and "sys-firewall" in x):
        tray.actions.shutdown("sys-net")

    def offer():
        return [w for w in tray.actions._windows if isinstance(w, QMessageBox)
                and w.isVisible() and w.windowTitle() == "Shutdown failed"]
    qtbot.waitUntil(lambda: bool(offer()), timeout=WAIT)
    box = offer()[0]
    assert "connected" in box.informativeText()          # the daemon's reason
    force = [b for b in box.buttons() if b.text() == "Force shutdown"][0]
    force.click()
    qtbot.waitUntil(lambda: state(tray, "sys-net") == states.HALTED, timeout=WAIT)
    assert "sys-net" not in tray.entries
    for name in ("work", "sys-firewall"):
        ensure_halted(tray, driver, qtbot, name)


def test_open_manager_command_line_really_opens_it(tray, tmp_path):
    """The exact command the menu entry runs, plus --screenshot so it ends."""
    out = tmp_path / "manager.png"
    proc = subprocess.run([sys.executable, *tray.actions.tools.args("manager"),
                           "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.stat().st_size > 1000


def test_entry_tooltip_follows_netvm_change(tray, driver, qtbot):
    ensure_running(tray, driver, qtbot, "work")
    tray.sync()
    tip = tray.entries["work"].action.toolTip()
    assert "Template: fedora-42-xfce" in tip and "Net qube: sys-firewall" in tip
    driver.domains["work"].netvm = None
    qtbot.waitUntil(lambda: tray.mirror.get("work").value("netvm") is None, timeout=WAIT)
    tray.sync()
    assert "Net qube: none" in tray.entries["work"].action.toolTip()
    del driver.domains["work"].netvm
    qtbot.waitUntil(lambda: tray.mirror.get("work").value("netvm") == "sys-firewall",
                    timeout=WAIT)
    ensure_halted(tray, driver, qtbot, "work")


def test_daemon_restart_is_survived(tray, driver, qtbot, sb):
    """Runs last: the daemon goes away and comes back (qubes halted)."""
    ensure_running(tray, driver, qtbot, "work")
    with qtbot.waitSignal(tray.notifier.shown, timeout=WAIT,
                          check_params_cb=lambda t, _x: "unreachable" in t):
        sb.kill()
    sb.restart()
    qtbot.waitUntil(lambda: state(tray, "work") == states.HALTED, timeout=20_000)
    assert "work" not in tray.entries
    ensure_running(tray, driver, qtbot, "work")
    qtbot.waitUntil(lambda: "work" in tray.entries, timeout=WAIT)
    ensure_halted(tray, driver, qtbot, "work")


def test_long_menu_scrolls_in_one_column(tray):
    from PyQt5.QtWidgets import QStyle
    assert tray.menu.style().styleHint(QStyle.SH_Menu_Scrollable, None, tray.menu)


def test_expired_toast_gives_back_its_window(tray, qtbot):
    tray.notifier.notify("Qube started", "work")
    toast = tray.notifier.toast
    if toast is None:            # a real tray shows its own bubble
        return
    qtbot.waitUntil(toast.isVisible, timeout=WAIT)
    toast._expire()
    assert not toast.isVisible()
    assert not toast.testAttribute(Qt.WA_WState_Created)
    tray.notifier.notify("Qube halted", "work")       # and shows again
    qtbot.waitUntil(toast.isVisible, timeout=WAIT)
    assert toast.text().splitlines() == ["Qube halted", "work"]
    assert toast.textFormat() == Qt.PlainText      # a name is never markup
    toast._expire()
