"""Manager actions, single and bulk, against a real sandbox: enablement
from the selection, power actions with their confirmations, property
changes for many qubes, simulated programs and the other windows."""

from __future__ import annotations

import pytest
from PyQt5.QtWidgets import QApplication, QDialog

from qubesmanager.common import states
from qubesmanager.manager.operations import VIEWS
from qubesmanager.manager.window import ManagerWindow

from test_manager_fixtures import call, make_context, started_mirror, top_level


@pytest.fixture(scope="module")
def mirror(qapp, sb):
    m = started_mirror(sb.socket, stats=False)
    yield m
    m.stop()


@pytest.fixture
def window(qtbot, qsettings, sb, mirror):
    win = ManagerWindow(make_context(sb, mirror))
    qtbot.addWidget(win)
    win.show()
    win.set_show_internal(True)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()
    win.close()


def enabled(win, key: str) -> bool:
    return win.actions_by_key[key].isEnabled()


def answer(qtbot, name: str, key: str) -> None:
    """Click button ``key`` of the visible dialog named ``name``."""
    qtbot.waitUntil(lambda: top_level(name) is not None, timeout=5000)
    box = top_level(name)
    for button in box.buttons():
        if button.accessibleName() == key:
            button.click()
            return
    raise AssertionError(f"no button {key} in {name}")


def state(mirror, name):
    return mirror.get(name).state


def ensure_halted(qtbot, other, mirror, names) -> None:
    """Tests share one system: put these qubes back to Halted."""
    for name in names:
        if not mirror.get(name).is_halted:
            try:
                call(other, name, "admin.vm.Kill")
            except Exception:  # noqa: BLE001 - halted meanwhile
                pass
    qtbot.waitUntil(lambda: all(mirror.get(n).is_halted for n in names))


def test_enablement_follows_selection_and_state(qtbot, window, mirror, other):
    window.select([])
    assert not enabled(window, "start") and enabled(window, "create")
    window.select(["work"])
    assert enabled(window, "start") and enabled(window, "settings")
    assert enabled(window, "remove") and enabled(window, "clone")
    assert not enabled(window, "shutdown") and not enabled(window, "pause")
    assert enabled(window, "template") and enabled(window, "netvm")
    window.select(["dom0"])
    for key in ("start", "shutdown", "kill", "remove", "settings", "clone",
                "label"):
        assert not enabled(window, key), key
    assert enabled(window, "update") and enabled(window, "logs")
    window.select(["work", "fedora-42-xfce"])
    assert not enabled(window, "template")      # different kinds
    assert not enabled(window, "clone")         # single only
    assert enabled(window, "start")
    window.select(["work"])
    call(other, "work", "admin.vm.Start")
    qtbot.waitUntil(lambda: enabled(window, "shutdown"))
    assert not enabled(window, "start") and not enabled(window, "remove")
    assert not enabled(window, "template")      # running
    call(other, "work", "admin.vm.Kill")
    qtbot.waitUntil(lambda: enabled(window, "start"))
    call(other, "vault", "admin.vm.feature.Set", "prohibit-start", "offline only")
    window.select(["vault"])
    qtbot.waitUntil(lambda: not enabled(window, "start"))
    call(other, "vault", "admin.vm.feature.Remove", "prohibit-start")
    qtbot.waitUntil(lambda: enabled(window, "start"))


def test_start_pause_resume_single(qtbot, window, mirror):
    window.select(["untrusted"])
    window.actions_by_key["start"].trigger()
    qtbot.waitUntil(lambda: state(mirror, "untrusted") == states.RUNNING)
    qtbot.waitUntil(lambda: enabled(window, "pause"))
    window.actions_by_key["pause"].trigger()
    qtbot.waitUntil(lambda: state(mirror, "untrusted") == states.PAUSED)
    qtbot.waitUntil(lambda: enabled(window, "unpause"))
    window.actions_by_key["unpause"].trigger()
    qtbot.waitUntil(lambda: state(mirror, "untrusted") == states.RUNNING)


def test_bulk_start_uses_one_progress_dialog(qtbot, window, mirror):
    names = ["work", "personal", "vault"]
    window.select(names)
    window.actions_by_key["start"].trigger()
    dialog = top_level("bulk-progress")
    assert dialog is not None
    assert dialog.tree.topLevelItemCount() == 3
    qtbot.waitUntil(lambda: all(state(mirror, n) == states.RUNNING
                                for n in names))
    qtbot.waitUntil(lambda: dialog.done_all)
    assert dialog.failures() == {}


def test_shutdown_confirms(qtbot, window, mirror, other):
    if mirror.get("vault").is_halted:
        call(other, "vault", "admin.vm.Start")
        qtbot.waitUntil(lambda: state(mirror, "vault") == states.RUNNING)
    window.select(["vault"])
    window.actions_by_key["shutdown"].trigger()
    answer(qtbot, "confirm-shutdown", "yes")
    qtbot.waitUntil(lambda: state(mirror, "vault") == states.HALTED)


def test_shutdown_with_running_dependents(qtbot, window, mirror):
    qtbot.waitUntil(lambda: state(mirror, "sys-firewall") == states.RUNNING)
    window.select(["sys-firewall"])
    window.actions_by_key["shutdown"].trigger()
    box = None
    qtbot.waitUntil(lambda: top_level("confirm-shutdown-dependents") is not None)
    box = top_level("confirm-shutdown-dependents")
    assert "work" in box.informativeText()
    answer(qtbot, "confirm-shutdown-dependents", "all")
    qtbot.waitUntil(lambda: state(mirror, "sys-firewall") == states.HALTED,
                    timeout=10000)
    for name in ("work", "personal", "untrusted"):
        qtbot.waitUntil(lambda n=name: state(mirror, n) == states.HALTED)


def test_shutdown_refused_offers_kill(qtbot, window, mirror, other):
    call(other, "untrusted", "admin.vm.Start")
    qtbot.waitUntil(lambda: state(mirror, "sys-firewall") == states.RUNNING)
    # Shut down only the net qube, not what depends on it: the daemon
    # refuses; the window offers to kill or force.
    window.ops._run_shutdown(["sys-firewall"], set())
    qtbot.waitUntil(lambda: top_level("shutdown-stuck") is not None)
    assert "sys-firewall" in top_level("shutdown-stuck").text()
    answer(qtbot, "shutdown-stuck", "force")
    qtbot.waitUntil(lambda: state(mirror, "sys-firewall") == states.HALTED)
    call(other, "untrusted", "admin.vm.Kill")
    qtbot.waitUntil(lambda: state(mirror, "untrusted") == states.HALTED)


def test_restart_and_kill(qtbot, window, mirror, other):
    call(other, "personal", "admin.vm.Start")
    qtbot.waitUntil(lambda: state(mirror, "personal") == states.RUNNING)
    seen = []
    mirror.state_changed.connect(lambda n, s: n == "personal" and seen.append(s))
    window.select(["personal"])
    window.actions_by_key["restart"].trigger()
    answer(qtbot, "confirm-restart", "yes")
    qtbot.waitUntil(lambda: states.HALTED in seen
                    and state(mirror, "personal") == states.RUNNING)
    qtbot.waitUntil(lambda: not window.ops.restarting)
    qtbot.waitUntil(lambda: enabled(window, "kill"))
    window.actions_by_key["kill"].trigger()
    answer(qtbot, "confirm-kill", "cancel")
    qtbot.wait(50)
    assert state(mirror, "personal") == states.RUNNING
    window.actions_by_key["kill"].trigger()
    answer(qtbot, "confirm-kill", "kill")
    qtbot.waitUntil(lambda: state(mirror, "personal") == states.HALTED)


def test_restart_survives_window_close(qtbot, window, mirror, other):
    call(other, "untrusted", "admin.vm.Start")
    qtbot.waitUntil(lambda: state(mirror, "untrusted") == states.RUNNING)
    window.ops._run_restart(["untrusted"])
    window.close()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not window.ops.restarting)
    err = top_level("error-dialog")
    assert err is None, (err.informativeText(), err.detailedText())
    qtbot.waitUntil(lambda: state(mirror, "untrusted") == states.RUNNING)
    call(other, "untrusted", "admin.vm.Kill")


def choose(qtbot, name: str, combo_setter) -> None:
    qtbot.waitUntil(lambda: top_level(name) is not None)
    dialog = top_level(name)
    combo_setter(dialog.combo)
    dialog.accept()


def test_bulk_label_netvm_template_backups(qtbot, window, mirror, other):
    names = ["work", "vault"]
    ensure_halted(qtbot, other, mirror, names)
    window.select(names)
    window.actions_by_key["label"].trigger()
    choose(qtbot, "label-chooser", lambda c: c.set_label("orange"))
    qtbot.waitUntil(lambda: all(mirror.get(n).label == "orange" for n in names))

    window.actions_by_key["netvm"].trigger()
    choose(qtbot, "netvm-chooser", lambda c: c.set_value("sys-net"))
    qtbot.waitUntil(lambda: all(mirror.get(n).netvm == "sys-net" for n in names))
    window.actions_by_key["netvm"].trigger()
    from qubesmanager.widgets.qube_combo import DEFAULT
    choose(qtbot, "netvm-chooser", lambda c: c.set_value(DEFAULT))
    qtbot.waitUntil(lambda: all(mirror.get(n).is_default("netvm")
                                for n in names))

    window.actions_by_key["template"].trigger()
    choose(qtbot, "template-chooser", lambda c: c.set_value("debian-13-xfce"))
    qtbot.waitUntil(lambda: all(mirror.get(n).template == "debian-13-xfce"
                                for n in names))

    assert all(mirror.get(n).value("include_in_backups") for n in names)
    window.actions_by_key["backups"].trigger()
    qtbot.waitUntil(lambda: not any(mirror.get(n).value("include_in_backups")
                                    for n in names))


def test_backup_checkbox_writes_through_api(qtbot, window, mirror):
    from PyQt5.QtCore import Qt
    from qubesmanager.manager.columns import COLUMN_INDEX
    row = window.model.row_of("personal")
    index = window.model.index(row, COLUMN_INDEX["backups"])
    value = mirror.get("personal").value("include_in_backups")
    window.model.setData(index, Qt.Unchecked if value else Qt.Checked,
                         Qt.CheckStateRole)
    qtbot.waitUntil(lambda: mirror.get("personal").value("include_in_backups")
                    is (not value))


def test_error_shows_daemon_message(qtbot, window, mirror, other):
    ensure_halted(qtbot, other, mirror, ["vault"])
    window.ops.pause(["vault"])     # the daemon refuses: not running
    qtbot.waitUntil(lambda: top_level("error-dialog") is not None)
    box = top_level("error-dialog")
    assert "not running" in box.informativeText()
    assert "QubesVMNotRunningError" in box.detailedText()
    box.close()


def test_programs_are_simulated(qtbot, window, mirror, other):
    ensure_halted(qtbot, other, mirror, ["vault"])
    window.select(["vault"])
    window.actions_by_key["terminal"].trigger()
    qtbot.waitUntil(lambda: top_level("simulated") is not None)
    box = top_level("simulated")
    assert "qvm-run" in box.informativeText()
    box.close()
    # qvm-run would start the qube: that part is real.
    qtbot.waitUntil(lambda: state(mirror, "vault") == states.RUNNING)
    window.actions_by_key["run"].trigger()
    qtbot.waitUntil(lambda: top_level("run-command") is not None)
    dialog = top_level("run-command")
    dialog.edit.setText("xterm")
    dialog.accept()
    qtbot.waitUntil(lambda: top_level("simulated") is not None)
    assert "xterm" in top_level("simulated").informativeText()
    top_level("simulated").close()
    window.select(["fedora-42-xfce"])
    window.actions_by_key["update"].trigger()
    qtbot.waitUntil(lambda: top_level("simulated") is not None)
    assert "fedora-42-xfce" in top_level("simulated").informativeText()
    top_level("simulated").close()


@pytest.mark.parametrize("key,select", [
    ("settings", ["work"]), ("firewall", ["work"]), ("create", []),
    ("clone", ["work"]), ("remove", ["work"]), ("logs", ["work"]),
    ("template_manager", []), ("global_settings", []),
    ("backup", []), ("backup_selected", ["work"]), ("restore", []),
])
def test_views_open(qtbot, window, mirror, other, key, select):
    ensure_halted(qtbot, other, mirror, ["work"])
    window.select(select)
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert enabled(window, key)
    window.actions_by_key[key].trigger()
    qtbot.waitUntil(lambda: any(
        w.isVisible() and id(w) not in before
        for w in QApplication.topLevelWidgets()), timeout=5000)
    new = [w for w in QApplication.topLevelWidgets()
           if w.isVisible() and id(w) not in before]
    # The other part's window itself — never an error or "not available".
    assert all(w.accessibleName() not in ("error-dialog", "bug-dialog",
                                          "not-available") for w in new)
    view_key = {"firewall": "settings",
                "backup_selected": "backup"}.get(key, key)
    expected = VIEWS[view_key][1]
    assert expected in {type(w).__name__ for w in new}
    for w in new:
        if isinstance(w, QDialog):
            w.reject()
        else:
            w.close()


def test_about(qtbot, window):
    window.actions_by_key["about"].trigger()
    qtbot.waitUntil(lambda: top_level("about") is not None)
    assert "qubes" in top_level("about").informativeText()
    top_level("about").close()


def test_anon_qube_to_clearnet_warns(qtbot, window, mirror, other):
    ensure_halted(qtbot, other, mirror, ["anon-whonix"])
    window.select(["anon-whonix"])
    window.actions_by_key["netvm"].trigger()
    choose(qtbot, "netvm-chooser", lambda c: c.set_value("sys-firewall"))
    answer(qtbot, "confirm-anon-netvm", "cancel")
    qtbot.wait(100)
    assert mirror.get("anon-whonix").netvm == "sys-whonix"
    window.actions_by_key["netvm"].trigger()
    choose(qtbot, "netvm-chooser", lambda c: c.set_value("sys-firewall"))
    answer(qtbot, "confirm-anon-netvm", "connect")
    qtbot.waitUntil(lambda: mirror.get("anon-whonix").netvm == "sys-firewall")
    call(other, "anon-whonix", "admin.vm.property.Set", "netvm", "sys-whonix")
