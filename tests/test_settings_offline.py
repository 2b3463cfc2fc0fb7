"""The settings window while qubesd goes away and comes back."""

from __future__ import annotations

from test_settings_support import own

from qubesmanager.admin import connect
from qubesmanager.sandbox.launcher import start_sandbox


def test_edits_survive_a_daemon_restart(qtbot, tmp_path):
    from qubesmanager.mirror import Mirror
    from qubesmanager.settings.window import SettingsWindow
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    mirror = Mirror(connect(sb.socket))
    mirror.start()
    try:
        qtbot.waitUntil(lambda: mirror.is_loaded, timeout=15000)
        win = own(qtbot, SettingsWindow(mirror, "personal"))
        win.confirm_discard = lambda: True
        win.show()
        win.tab("basic").debug.set_value(True)
        assert win.apply_button.isEnabled()
        sb.stop()
        qtbot.waitUntil(lambda: not win.ok_button.isEnabled(), timeout=15000)
        assert "not reachable" in win.busy_label.text()
        assert win.tab("basic").debug_check.isChecked()          # the edit is kept
        sb.restart()
        qtbot.waitUntil(lambda: win.apply_button.isEnabled(), timeout=30000)
        with qtbot.waitSignal(win.saved, timeout=15000) as blocker:
            win.apply_button.click()
        assert blocker.args[0] == 0
        other = connect(sb.socket)
        other.cache_enabled = False
        assert other.domains["personal"].debug is True
    finally:
        mirror.stop()
        sb.stop()
