"""Settings window, Basic tab and OK/Apply/Cancel semantics, against a
real sandbox: every field read and written, failure, conflict, cancel."""

from __future__ import annotations

from test_settings_support import exists, fresh_qube, open_settings, own, prop, save

#: the module-scoped ``env`` fixture (sandbox + loaded mirror)
pytest_plugins = ("test_settings_support",)

from qubesmanager.settings.common import MIB
from qubesmanager.widgets.qube_combo import DEFAULT, NONE


def test_open_costs_few_admin_api_calls(env, qtbot):
    """Opening reads the mirror; only the Basic tab's two volume reads go out."""
    name = fresh_qube(env, qtbot)
    if getattr(env.mirror, "disk", None) is not None:
        qtbot.waitUntil(lambda: env.mirror.get(name).disk is not None, timeout=15000)
    # the mirror's own background reads must not be counted as ours
    qtbot.waitUntil(lambda: env.mirror.pool.pending() == 0, timeout=15000)
    before = dict(env.app.call_counts)
    win = open_settings(env, qtbot, name)
    diff = {k: v - before.get(k, 0) for k, v in env.app.call_counts.items()
            if v != before.get(k, 0)}
    calls = sum(diff.values())
    print(f"Admin API calls to open the settings window: {calls} {diff}")
    assert calls <= 10
    assert set(diff) <= {"admin.vm.volume.Info"}   # everything else came from the mirror
    assert win.windowTitle().endswith(name)


def test_basic_reads_match_daemon(env, qtbot):
    win = open_settings(env, qtbot, "work")
    page = win.tab("basic")
    assert page.name_edit.text() == "work"
    assert page.label_combo.label() == "blue"
    assert page.template_combo.value() == "fedora-42-xfce"
    # netvm left at its default: shown as "default (sys-firewall)"
    assert page.netvm_combo.value() == DEFAULT
    assert "sys-firewall" in page.netvm_combo.currentText()
    assert page.include_in_backups_check.isChecked() == prop(env, "work", "include_in_backups")
    assert page.class_label.text() == "AppVM"
    assert page.ip_label.text() == str(prop(env, "work", "ip"))
    assert "dom0" in page.created_by_label.text()
    # only qubes providing network are offered as net qube
    assert set(page.netvm_combo.names()) <= {n for n, r in env.mirror.qubes.items()
                                             if r.provides_network}
    assert "sys-net" in page.netvm_combo.names()
    # only templates as template
    assert all(env.mirror.get(n).klass == "TemplateVM" for n in page.template_combo.names())
    size = int(env.other.qubesd_call("work", "admin.vm.volume.Info", "private")
               .decode().split("size=")[1].split("\n")[0])
    assert page.private_size_spin.value() == size // MIB
    assert page.private_size_spin.minimum() == size // MIB  # grow only
    assert "GiB" in page.private_usage_label.text() or "MiB" in page.private_usage_label.text()
    assert not win.apply_button.isEnabled()  # nothing touched yet


def test_basic_writes_only_touched_fields(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name)
    page = win.tab("basic")
    page.label.set_value("purple")
    page.netvm.set_value(NONE)
    page.autostart.set_value(True)
    page.debug.set_value(True)
    page.backups.set_value(False)
    assert win.apply_button.isEnabled()
    assert win.tabs.tabText(0).endswith("*") and not win.tabs.tabText(1).endswith("*")
    changed = {c.field.key for p in win._pages() for c in p.changes()}
    assert changed == {"label", "netvm", "autostart", "debug", "include_in_backups"}
    calls_before = dict(env.app.call_counts)
    assert save(qtbot, win) == 0
    sets = sum(v for k, v in env.app.call_counts.items() if k.endswith("property.Set")) - \
        sum(v for k, v in calls_before.items() if k.endswith("property.Set"))
    assert sets == 5  # one write per touched field, nothing else
    assert str(prop(env, name, "label")) == "purple"
    assert prop(env, name, "netvm") is None
    assert prop(env, name, "autostart") is True
    assert prop(env, name, "debug") is True
    assert prop(env, name, "include_in_backups") is False
    assert not win.touched() and not win.tabs.tabText(0).endswith("*")
    assert win.isVisible()  # Apply keeps the window


def test_template_and_default_netvm(env, qtbot):
    name = fresh_qube(env, qtbot, netvm="sys-net")
    win = open_settings(env, qtbot, name)
    page = win.tab("basic")
    assert page.netvm_combo.value() == "sys-net"
    page.netvm.set_value(DEFAULT)
    page.template.set_value("debian-13-xfce")
    assert save(qtbot, win, close=True) == 0
    assert not win.isVisible()  # OK closes after a clean save
    assert env.other.domains[name].property_is_default("netvm")
    assert str(prop(env, name, "template")) == "debian-13-xfce"


def test_private_storage_grows(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name)
    page = win.tab("basic")
    old = page.private_size_spin.value()
    page.private_size_spin.setValue(old + 1024)
    assert page.private_size.touched
    assert save(qtbot, win) == 0
    info = env.other.qubesd_call(name, "admin.vm.volume.Info", "private").decode()
    assert f"size={(old + 1024) * MIB}" in info


def test_failed_write_keeps_window_open_with_daemon_message(env, qtbot):
    """netvm set to a qube that provides no network: qubesd refuses."""
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name)
    page = win.tab("basic")
    page.netvm_combo.set_value("vault")  # not offered by the filter; forced here
    page.netvm._on_edit()
    page.label.set_value("orange")       # a good change in the same round
    assert page.netvm.touched
    assert save(qtbot, win, close=True) == 1
    assert win.isVisible()                # not closed by OK
    assert page.netvm.error               # field marked with the daemon's text
    assert "network" in page.netvm.error.lower() or "provides" in page.netvm.error.lower()
    assert page.netvm.error in page.message_label.text()
    assert win.error_box is not None and page.netvm.error in win.error_box.informativeText()
    assert page.netvm.touched             # the user's edit is still there
    assert not page.label.touched         # the good one was committed
    assert str(prop(env, name, "label")) == "orange"
    assert prop(env, name, "netvm") != "vault"


def test_conflict_untouched_follow_touched_kept_and_flagged(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name)
    page = win.tab("basic")
    page.label.set_value("yellow")           # user's edit
    vm = env.other.domains[name]
    vm.label = "blue"                        # another program, same field
    vm.autostart = True                      # and an untouched one
    qtbot.waitUntil(lambda: page.autostart_check.isChecked(), timeout=10000)
    qtbot.waitUntil(lambda: page.label.conflict is not None, timeout=10000)
    assert page.label_combo.label() == "yellow"      # kept
    assert page.label.conflict == "blue"             # flagged
    assert "blue" in page.message_label.text()
    assert not page.autostart.touched
    assert save(qtbot, win) == 0                     # user's value wins on save
    assert str(prop(env, name, "label")) == "yellow"
    assert page.label.conflict is None


def test_cancel_with_edits_asks(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name)
    asked = []
    win.confirm_discard = lambda: asked.append(1) or False
    win.tab("basic").debug.set_value(True)
    win.cancel_button.click()
    assert asked and win.isVisible()          # refused: still open, edit kept
    assert win.tab("basic").debug_check.isChecked()
    win.confirm_discard = lambda: asked.append(2) or True
    win.cancel_button.click()
    assert asked[-1] == 2 and not win.isVisible()
    assert prop(env, name, "debug") is False  # nothing written


def test_cancel_without_edits_does_not_ask(env, qtbot):
    win = open_settings(env, qtbot, "personal")
    win.confirm_discard = lambda: (_ for _ in ()).throw(AssertionError("asked"))
    win.cancel_button.click()
    assert not win.isVisible()


def test_reverting_an_edit_untouches(env, qtbot):
    win = open_settings(env, qtbot, "personal")
    page = win.tab("basic")
    page.label.set_value("red")
    assert win.apply_button.isEnabled()
    page.label.set_value("yellow")  # back to the stored value
    assert not page.label.touched and not win.apply_button.isEnabled()


def test_rename_clones_repoints_and_removes(env, qtbot):
    tpl = "fedora-42-xfce"
    src = fresh_qube(env, qtbot, template=tpl, template_for_dispvms=True)
    user = fresh_qube(env, qtbot, default_dispvm=src)
    env.other.management_dispvm = src                       # a global reference too
    qtbot.waitUntil(lambda: env.mirror.global_value("management_dispvm") == src,
                    timeout=10000)
    win = open_settings(env, qtbot, src)
    win.tab("basic").rename_button.click()
    dlg = win.rename_dialog
    dlg.name_edit.setText("bad name!")
    assert not dlg.button_box.button(dlg.button_box.Ok).isEnabled()
    assert dlg.name_error_label.text()
    new = src + "-new"
    dlg.name_edit.setText(new)
    assert dlg.button_box.button(dlg.button_box.Ok).isEnabled()
    with qtbot.waitSignal(win.renamed, timeout=30000):
        dlg.accept()
    assert exists(env, new)
    assert not exists(env, src)
    qtbot.waitUntil(lambda: "Removing the original" in win.rename_progress.labelText(),
                    timeout=5000)                    # steps were reported
    from PyQt5.QtWidgets import QApplication
    from qubesmanager.settings.window import SettingsWindow
    qtbot.waitUntil(lambda: any(isinstance(w, SettingsWindow) and w.qube_name == new
                                and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=10000)                  # reopened on the new name
    for w in QApplication.topLevelWidgets():
        if isinstance(w, SettingsWindow) and w.qube_name == new:
            w.close()
    assert str(prop(env, user, "default_dispvm")) == new
    assert str(env.other.management_dispvm) == new
    env.other.management_dispvm = "default-mgmt-dvm"


def test_loading_host_embeds_window_or_explains(env, qtbot):
    from qubesmanager.settings.host import LoadingHost
    from qubesmanager.settings.window import SettingsWindow
    bad = LoadingHost(env.mirror, lambda: None, "x", lambda: "No qube named nope.")
    own(qtbot, bad)
    assert bad.placeholder.text() == "No qube named nope." and bad.view is None
    host = LoadingHost(env.mirror, lambda: SettingsWindow(env.mirror, "vault"), "x")
    own(qtbot, host)
    host.show()
    assert isinstance(host.view, SettingsWindow) and host.windowTitle() == "Settings: vault"
    asked = []
    host.view.confirm_discard = lambda: asked.append(1) or False
    host.view.tab("basic").debug.set_value(True)
    host.close()                      # the frame's close goes through the prompt
    assert asked and host.isVisible()


def test_enter_does_not_save(env, qtbot):
    from PyQt5.QtCore import Qt
    win = open_settings(env, qtbot, "untrusted")
    win.tab("basic").autostart.set_value(True)
    qtbot.keyClick(win, Qt.Key_Return)
    assert win.isVisible() and win.touched()


def test_netvm_warnings(env, qtbot):
    win = open_settings(env, qtbot, "anon-whonix")
    page = win.tab("basic")
    assert not page.netvm_warning_label.text()          # sys-whonix is a gateway
    page.netvm.set_value("sys-firewall")
    assert "Whonix" in page.netvm_warning_label.text()
    tpl = open_settings(env, qtbot, "debian-13-xfce")
    tpage = tpl.tab("basic")
    assert not tpage.netvm_warning_label.text()
    tpage.netvm.set_value("sys-net")
    assert "update proxy" in tpage.netvm_warning_label.text()


def test_dispvm_and_dom0_windows(env, qtbot):
    win = open_settings(env, qtbot, "sys-firewall")
    page = win.tab("basic")
    assert page.template_combo.value() == "default-dvm"
    assert all(env.mirror.get(n).value("template_for_dispvms")
               for n in page.template_combo.names())
    dom0 = open_settings(env, qtbot, "dom0")
    assert set(dom0.tabs_by_key) == {"basic", "advanced", "services"}
    assert not dom0.tab("basic").rename_button.isEnabled()
    assert not dom0.tab("basic").disk_group.isVisibleTo(dom0)


def test_qube_removed_while_open(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name)
    win.tab("basic").debug.set_value(True)
    del env.other.domains[name]
    qtbot.waitUntil(lambda: "removed" in win.busy_label.text(), timeout=10000)
    assert not win.ok_button.isEnabled() and not win.apply_button.isEnabled()
    win.confirm_discard = lambda: (_ for _ in ()).throw(AssertionError("asked"))
    win.cancel_button.click()                            # nothing left to lose
    assert not win.isVisible()


def test_default_netvm_follows_global_change(env, qtbot):
    win = open_settings(env, qtbot, "work")
    page = win.tab("basic")
    assert "sys-firewall" in page.netvm_combo.currentText()
    env.other.default_netvm = "sys-net"
    try:
        qtbot.waitUntil(lambda: "sys-net" in page.netvm_combo.currentText(), timeout=10000)
        assert page.netvm_combo.value() == DEFAULT and not page.netvm.touched
    finally:
        env.other.default_netvm = "sys-firewall"


def test_delete_and_clone_from_settings(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name)
    page = win.tab("basic")
    page.clone_button.click()
    assert win.clone_dialog.name_edit.text() == f"{name}-clone-1"
    win.clone_dialog.reject()
    page.delete_button.click()
    dlg = win.delete_dialog
    dlg.confirm_edit.setText(name)
    with qtbot.waitSignal(dlg.removed, timeout=20000):
        dlg.ok_button.click()
    assert not exists(env, name)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=10000)


def test_edit_during_save_is_not_lost(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name)
    page = win.tab("basic")
    page.label.set_value("purple")
    with qtbot.waitSignal(win.saved, timeout=15000):
        win.apply_button.click()
        page.label.set_value("gray")          # typed while the write runs
    assert str(prop(env, name, "label")) == "purple"
    assert page.label.touched and page.label_combo.label() == "gray"
    assert win.apply_button.isEnabled()
