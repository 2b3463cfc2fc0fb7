"""Writes that send no event (notes Set, volume Resize/Revert) made by the
settings window still reach the mirror's disk and notes columns at once."""

from __future__ import annotations

from test_settings_support import fresh_qube, open_settings, save

#: the module-scoped ``env`` fixture (sandbox + loaded mirror)
pytest_plugins = ("test_settings_support",)


def _disk_reads(env, name: str) -> int:
    return env.mirror.disk_calls.counts["admin.vm.volume.List"]


def test_notes_saved_in_settings_show_at_once(env, qtbot):
    name = fresh_qube(env, qtbot)
    qtbot.waitUntil(lambda: env.mirror.get(name).has_notes is False,
                    timeout=10000)
    win = open_settings(env, qtbot, name, "notes")
    page = win.tab("notes")
    page.notes_edit.setPlainText("bank statements only")
    with qtbot.waitSignal(env.mirror.qube_changed, timeout=10000,
                          check_params_cb=lambda n, w: (n, w) == (name, "notes")):
        assert save(qtbot, win) == 0
    assert env.mirror.get(name).has_notes is True


def test_volume_resize_and_revert_refresh_disk(env, qtbot):
    name = fresh_qube(env, qtbot)
    qtbot.waitUntil(lambda: env.mirror.get(name).disk is not None
                    and env.mirror.disk.idle, timeout=10000)
    size = env.mirror.get(name).disk["private"][0]
    # Resize through the Basic tab's private storage field.
    win = open_settings(env, qtbot, name, "basic")
    page = win.tab("basic")
    qtbot.waitUntil(page.private_size_spin.isEnabled, timeout=10000)
    mib = size // 2**20 + 1024
    page.private_size_spin.setValue(mib)
    assert save(qtbot, win) == 0
    qtbot.waitUntil(lambda: env.mirror.get(name).disk["private"][0]
                    == mib * 2**20, timeout=10000)
    win.close()
    # Revert: a shutdown keeps one revision of the private volume.
    env.other.domains[name].start()
    env.other.qubesd_call(name, "admin.vm.Shutdown", "force+wait")
    qtbot.waitUntil(lambda: env.mirror.get(name).is_halted
                    and env.mirror.disk.idle, timeout=10000)
    win = open_settings(env, qtbot, name, "advanced")
    adv = win.tab("advanced")
    qtbot.waitUntil(lambda: adv.snapshots_list.count() > 0, timeout=10000)
    adv.snapshots_list.setCurrentRow(0)
    adv.confirm_revert = lambda volume, rev: True
    before = _disk_reads(env, name)
    adv.revert_button.click()
    qtbot.waitUntil(lambda: _disk_reads(env, name) > before
                    and env.mirror.disk.idle, timeout=10000)
