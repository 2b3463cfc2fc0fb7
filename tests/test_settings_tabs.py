"""Settings window tabs other than Basic, against a real sandbox."""

from __future__ import annotations

import time

from test_settings_support import fresh_qube, open_settings, own, save

#: the module-scoped ``env`` fixture (sandbox + loaded mirror)
pytest_plugins = ("test_settings_support",)

from qubesmanager.settings.firewall import FirewallModel, parse_line
from qubesmanager.settings.fwrule import FirewallRuleDialog, parse_address, parse_ports
from qubesmanager.widgets.qube_combo import DEFAULT, NONE

import pytest
from PyQt5.QtCore import Qt


# -- advanced -------------------------------------------------------------------

def test_advanced_reads(env, qtbot):
    win = open_settings(env, qtbot, "sys-net", "advanced")
    page = win.tab("advanced")
    assert page.memory_spin.value() == 300
    assert not page.balancing_check.isChecked()       # maxmem=0: not balanced
    assert not page.maxmem_spin.isEnabled()
    assert page.virt_mode.value() == "hvm"
    assert page.provides_network_check.isChecked()
    # sys-net serves others: turning it off is locked, with the users listed
    assert not page.provides_network_check.isEnabled()
    assert "sys-firewall" in page.provides_network_check.toolTip()
    assert page.kernel.value() == DEFAULT
    qtbot.waitUntil(lambda: page.kernel_combo.findData("6.12.59-1.fc41") >= 0, timeout=10000)


def test_advanced_writes(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name, "advanced")
    page = win.tab("advanced")
    qtbot.waitUntil(lambda: page.kernel_combo.count() > 2, timeout=10000)
    page.memory_spin.setValue(600)
    page.balancing_check.setChecked(True)
    page.maxmem_spin.setValue(3000)
    page.vcpus_spin.setValue(3)
    page.kernel.set_value(NONE)
    page.kernelopts_edit.setText("nopat quiet")
    page.kernelopts._on_edit()
    page.virt_mode.set_value("hvm")
    page.default_dispvm.set_value(NONE)
    page.dispvm_template.set_value(True)
    page.provides_network.set_value(True)
    assert page.virt_warning_label.text()
    assert save(qtbot, win) == 0
    vm = env.other.domains[name]
    assert (vm.memory, vm.maxmem, vm.vcpus) == (600, 3000, 3)
    assert vm.kernel in ("", None)
    assert vm.kernelopts == "nopat quiet"
    assert vm.virt_mode == "hvm"
    assert vm.default_dispvm is None
    assert vm.template_for_dispvms is True
    assert vm.features.get("appmenus-dispvm") == "1"
    assert vm.provides_network is True
    # balancing off: maxmem 0, the old limit remembered for next time
    page.balancing_check.setChecked(False)
    assert save(qtbot, win) == 0
    assert env.other.domains[name].maxmem == 0
    assert env.other.domains[name].features.get("qubesmanager.maxmem_value") == "3000"


def test_advanced_check_refuses_max_below_initial(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name, "advanced")
    page = win.tab("advanced")
    page.memory_spin.setValue(2000)
    page.balancing_check.setChecked(True)
    page.maxmem_spin.setValue(1000)
    before = env.app.call_counts.get("admin.vm.property.Set", 0)
    assert win.save(close=True) is False
    assert win.isVisible()
    assert win.tabs.currentWidget() is page
    assert page.maxmem.error and page.maxmem.error in page.message_label.text()
    assert env.app.call_counts.get("admin.vm.property.Set", 0) == before


def test_volume_revisions_list_and_revert(env, qtbot):
    name = fresh_qube(env, qtbot)
    env.other.domains[name].start()
    env.other.qubesd_call(name, "admin.vm.Shutdown", "force+wait")
    revs = env.other.qubesd_call(name, "admin.vm.volume.ListSnapshots", "private").split()
    assert revs  # a shutdown keeps one revision of the private volume
    qtbot.waitUntil(lambda: env.mirror.get(name).is_halted, timeout=10000)
    win = open_settings(env, qtbot, name, "advanced")
    page = win.tab("advanced")
    qtbot.waitUntil(lambda: page.snapshots_list.count() == len(revs), timeout=10000)
    page.snapshots_list.setCurrentRow(0)
    assert page.revert_button.isEnabled()
    asked = []
    page.confirm_revert = lambda volume, rev: asked.append((volume, rev)) or True
    before = env.app.call_counts.get("admin.vm.volume.Revert", 0)
    page.revert_button.click()
    qtbot.waitUntil(lambda: page.revisions_status_label.text().startswith("Reverted"),
                    timeout=10000)
    assert asked and asked[0][0] == "private"
    assert env.app.call_counts.get("admin.vm.volume.Revert", 0) == before + 1


def test_memory_warning_follows_edits(env, qtbot):
    name = fresh_qube(env, qtbot)
    env.other.domains[name].features["os"] = "Linux"
    qtbot.waitUntil(lambda: env.mirror.get(name).feature("os") == "Linux", timeout=10000)
    win = open_settings(env, qtbot, name, "advanced")
    page = win.tab("advanced")
    page.balancing_check.setChecked(True)
    page.memory_spin.setValue(100)
    page.maxmem_spin.setValue(5000)
    assert page.memory_warning_label.text()
    page.maxmem_spin.setValue(900)
    assert not page.memory_warning_label.text()


# -- firewall -------------------------------------------------------------------

def test_firewall_model_round_trip():
    rules = [parse_line(x) for x in ("action=accept dsthost=example.com proto=tcp dstports=443",
                                     "action=accept specialtarget=dns",
                                     "action=accept proto=icmp", "action=drop")]
    model = FirewallModel.from_rules(rules)
    assert model.limit and model.dns and model.icmp and len(model.rules) == 1
    assert model.to_rules() == rules
    assert not FirewallModel.from_rules([{"action": "accept"}]).limit
    temp = [{"action": "accept", "expire": "4102444800"}] + rules
    model = FirewallModel.from_rules(temp)
    assert model.temp_expire == 4102444800 and len(model.rules) == 1
    assert model.to_rules() == temp
    # a drop rule in the middle: DNS stays a row, order kept
    mixed = [parse_line(x) for x in ("action=drop dst4=10.0.0.0/8",
                                     "action=accept specialtarget=dns", "action=drop")]
    assert FirewallModel.from_rules(mixed).to_rules() == mixed


def test_rule_validation(qtbot):
    assert parse_address("10.1.2.3") == ("dst4", "10.1.2.3/32")
    assert parse_address("2001:db8::/32") == ("dst6", "2001:db8::/32")
    assert parse_address("Example.com") == ("dsthost", "example.com")
    assert parse_address("") is None
    with pytest.raises(ValueError):
        parse_address("bad host!")
    assert parse_ports("80", "tcp") == "80"
    assert parse_ports("8000-8080", "tcp") == "8000-8080"
    assert parse_ports("https", "tcp") == "443"
    with pytest.raises(ValueError):
        parse_ports("90-80", "tcp")
    with pytest.raises(ValueError):
        parse_ports("no-such-service-x", "tcp")
    dlg = FirewallRuleDialog()
    own(qtbot, dlg)
    dlg.address_edit.setText("not valid!")
    dlg.accept()
    assert dlg.result_options is None and dlg.error_label.text()
    dlg.address_edit.setText("192.168.0.0/16")
    dlg.proto_combo.setCurrentIndex(dlg.proto_combo.findData("udp"))
    dlg.port_edit.setText("53")
    dlg.comment_edit.setText("local dns")
    dlg.accept()
    assert dlg.result_options == {"action": "accept", "proto": "udp",
                                  "dst4": "192.168.0.0/16", "dstports": "53",
                                  "comment": "local dns"}


def test_firewall_limit_and_save(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name, "firewall")
    page = win.tab("firewall")
    assert page.allow_all_radio.isChecked()
    assert not page.add_button.isEnabled()
    page.limit_radio.setChecked(True)
    page.rule_dialog = lambda options: {"action": "accept", "dsthost": "qubes-os.org",
                                        "proto": "tcp", "dstports": "443"}
    page.add_button.click()
    page.rule_dialog = lambda options: {"action": "accept", "dst4": "10.0.0.0/8",
                                        "expire": str(int(time.time()) + 3600)}
    page.add_button.click()
    page.icmp_check.setChecked(False)
    assert page.rules_table.rowCount() == 2
    assert page.rules_table.item(1, 4).text() != "never"   # humanized expiry
    assert save(qtbot, win) == 0
    rules = [str(r.rule) for r in env.other.domains[name].firewall.rules]
    assert rules[0].startswith("action=accept") and "qubes-os.org" in rules[0]
    assert "dst4=10.0.0.0/8" in rules[1]
    assert "action=accept specialtarget=dns" in rules
    assert not any("proto=icmp" in r for r in rules)
    assert rules[-1] == "action=drop"
    # another client switches back to allow-all: the untouched tab follows
    env.other.domains[name].firewall.save_rules([type(env.other.domains[name].firewall
                                                      .rules[0])("action=accept")])
    qtbot.waitUntil(lambda: page.allow_all_radio.isChecked(), timeout=10000)


def test_firewall_warns_when_netvm_does_not_enforce(env, qtbot):
    name = fresh_qube(env, qtbot, netvm="sys-net")
    win = open_settings(env, qtbot, name, "firewall")
    page = win.tab("firewall")
    from qubesmanager.settings.common import feature_with_template
    enforced = feature_with_template(env.mirror, "sys-net", "qubes-firewall")
    assert page.netvm_warning_label.isVisibleTo(page) == (not enforced)
    # advertised by the net qube's template: enforced, no warning
    env.other.domains["fedora-42-xfce"].features["qubes-firewall"] = "1"
    qtbot.waitUntil(lambda: not page.netvm_warning_label.isVisibleTo(page), timeout=10000)
    del env.other.domains["fedora-42-xfce"].features["qubes-firewall"]
    env.other.domains[name].netvm = None
    qtbot.waitUntil(lambda: "no net qube" in page.netvm_warning_label.text(), timeout=10000)


# -- devices --------------------------------------------------------------------

def test_devices_assign_with_options_and_unassign(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name, "devices")
    page = win.tab("devices")
    assert page.available_list.count() > 0
    assert page.assigned_list.count() == 0
    page.filter_edit.setText("wi-fi intel")                  # every word must match
    shown = [page.available_list.item(i).text() for i in range(page.available_list.count())
             if not page.available_list.item(i).isHidden()]
    assert shown and all("Wi-Fi" in t for t in shown)
    page.filter_edit.clear()
    item = page.available_list.item(0)
    port = item.data(0x100)
    page.available_list.setCurrentItem(item)
    item.setSelected(True)
    page.add_button.click()
    assert page.assigned_list.count() == 1
    page.assigned_list.setCurrentRow(0)
    page.no_strict_reset_check.setChecked(True)
    assert save(qtbot, win) == 0
    assigned = env.other.qubesd_call(name, "admin.vm.device.pci.Assigned").decode()
    assert f"port_id='{port}'" in assigned
    assert "_no-strict-reset='True'" in assigned and "mode='required'" in assigned
    page.assigned_list.item(0).setSelected(True)
    page.remove_button.click()
    assert save(qtbot, win) == 0
    assert env.other.qubesd_call(name, "admin.vm.device.pci.Assigned") == b""


# -- services, notes, applications ------------------------------------------------

def test_services_add_toggle_remove(env, qtbot):
    name = fresh_qube(env, qtbot)
    env.other.domains[name].features["service.cups"] = "1"
    qtbot.waitUntil(lambda: "service.cups" in env.mirror.get(name).features, timeout=10000)
    win = open_settings(env, qtbot, name, "services")
    page = win.tab("services")
    assert page.services_list.count() == 1
    assert page.service_combo.findText("crond") >= 0      # supported by the template
    page.service_combo.setEditText("crond")
    page.add_button.click()
    page.service_combo.setEditText("bad name!")
    page.add_button.click()
    assert "letters" in page.message_label.text()
    cups = page.services_list.findItems("cups", Qt.MatchExactly)[0]
    cups.setCheckState(Qt.Unchecked)                      # cups off (explicitly)
    assert save(qtbot, win) == 0
    feats = env.other.domains[name].features
    assert feats.get("service.crond") == "1"
    assert feats.get("service.cups") == ""
    page.services_list.setCurrentItem(page.services_list.findItems("cups", Qt.MatchExactly)[0])
    page.remove_button.click()
    assert save(qtbot, win) == 0
    assert "service.cups" not in list(env.other.domains[name].features)


def test_notes_read_write_and_limit(env, qtbot):
    name = fresh_qube(env, qtbot)
    env.other.qubesd_call(name, "admin.vm.notes.Set", None, "first line\n".encode())
    win = open_settings(env, qtbot, name, "notes")
    page = win.tab("notes")
    assert page.notes_edit.toPlainText() == "first line\n"
    page.notes_edit.setPlainText("Bank: ünïcode ok\n")
    assert save(qtbot, win) == 0
    assert env.other.qubesd_call(name, "admin.vm.notes.Get").decode() == "Bank: ünïcode ok\n"
    page.notes_edit.setPlainText("")                       # clearing works too
    assert save(qtbot, win) == 0
    assert env.other.qubesd_call(name, "admin.vm.notes.Get").strip() == b""
    page.notes_edit.setPlainText(("x" * 99 + "\n") * 2600)  # 260000 bytes
    assert win.save() is False and page.notes.error


def test_applications_selection(env, qtbot):
    name = fresh_qube(env, qtbot)
    menu = "org.gnome.Terminal.desktop firefox.desktop"
    env.other.domains["fedora-42-xfce"].features["default-menu-items"] = menu
    # (the demo template already has a menu, as a real one does)
    qtbot.waitUntil(lambda: env.mirror.get("fedora-42-xfce").feature(
        "default-menu-items") == menu, timeout=10000)
    win = open_settings(env, qtbot, name, "applications")
    page = win.tab("applications")
    assert page.available_list.count() == 2
    page.available_list.item(0).setSelected(True)
    page.add_button.click()
    assert page.selected_list.count() == 1
    assert save(qtbot, win) == 0
    assert env.other.domains[name].features.get("menu-items") == "firefox.desktop"


def test_system_storage_resize_on_template(env, qtbot):
    name = fresh_qube(env, qtbot, klass="TemplateVM", label="black")
    win = open_settings(env, qtbot, name)
    page = win.tab("basic")
    assert page.root_size_spin.isEnabled()           # a template owns its root volume
    old = page.root_size_spin.value()
    page.root_size_spin.setValue(old + 512)
    assert save(qtbot, win) == 0
    info = env.other.qubesd_call(name, "admin.vm.volume.Info", "root").decode()
    assert f"size={(old + 512) * 1024 * 1024}" in info
    app = open_settings(env, qtbot, "work")
    assert not app.tab("basic").root_size_spin.isEnabled()   # snapshot of the template's


def test_firewall_conflict_keeps_user_rules(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name, "firewall")
    page = win.tab("firewall")
    page.limit_radio.setChecked(True)                 # user's edit, unsaved
    rule_cls = type(env.other.domains[name].firewall.rules[0])
    env.other.domains[name].firewall.save_rules([rule_cls("action=accept dsthost=example.com"),
                                                 rule_cls("action=drop")])
    qtbot.waitUntil(lambda: page.rules_field.conflict is not None, timeout=10000)
    assert page.limit_radio.isChecked() and page.rules_table.rowCount() == 0
    assert "example.com" in page.message_label.text()     # flagged with the new rules
    assert save(qtbot, win) == 0                      # the user's list wins
    rules = [str(r.rule) for r in env.other.domains[name].firewall.rules]
    assert not any("example.com" in r for r in rules)


def test_window_size_is_remembered(env, qtbot, qsettings):
    win = open_settings(env, qtbot, "personal")
    win.resize(951, 1001)
    win.cancel_button.click()
    again = open_settings(env, qtbot, "personal")
    assert (again.width(), again.height()) == (951, 1001)


def test_every_control_has_an_accessible_name(env, qtbot):
    """Screen readers (and UI tests) find each control by name."""
    from PyQt5.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox,
                                 QComboBox, QLineEdit, QPlainTextEdit)
    from qubesmanager.dialogs.bootdevice import BootDeviceDialog
    from qubesmanager.dialogs.clone import CloneQubeDialog
    from qubesmanager.dialogs.create import CreateQubeDialog
    from qubesmanager.dialogs.logs import LogDialog
    from qubesmanager.dialogs.remove import RemoveQubesDialog
    from qubesmanager.settings.fwrule import FirewallRuleDialog
    windows = [open_settings(env, qtbot, "work"), own(qtbot, CreateQubeDialog(env.mirror)),
               own(qtbot, CloneQubeDialog(env.mirror, "work")),
               own(qtbot, RemoveQubesDialog(env.mirror, ["work"])),
               own(qtbot, BootDeviceDialog(env.mirror, "work")),
               own(qtbot, LogDialog(env.mirror, "work")), own(qtbot, FirewallRuleDialog())]
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
             QPlainTextEdit)
    missing = []
    for win in windows:
        for w in win.findChildren(kinds):
            if not w.objectName() or w.objectName().startswith("qt_"):
                continue  # Qt's own parts (combo popups, table headers, editors)
            if w.parent().metaObject().className() in ("QDialogButtonBox",) and w.text():
                continue
            name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
            if not name.strip():
                missing.append(f"{type(win).__name__}.{w.objectName()}")
    assert not missing, missing


def test_firewall_temporary_full_access(env, qtbot):
    name = fresh_qube(env, qtbot)
    win = open_settings(env, qtbot, name, "firewall")
    page = win.tab("firewall")
    page.limit_radio.setChecked(True)
    assert page.temp_check.isEnabled() and not page.temp_spin.isEnabled()
    page.temp_spin.setValue(30)
    page.temp_check.setChecked(True)
    start = time.time()
    assert save(qtbot, win) == 0
    first = str(env.other.domains[name].firewall.rules[0].rule)
    expire = int(first.split("expire=")[1].split()[0])
    assert first.startswith("action=accept") and "dst" not in first
    assert abs(expire - (start + 1800)) < 60
    again = open_settings(env, qtbot, name, "firewall").tab("firewall")
    assert again.temp_check.isChecked() and 29 <= again.temp_spin.value() <= 30
