"""Create / clone / remove / boot-from-device / log dialogs against a real
sandbox."""

from __future__ import annotations

from pathlib import Path

from PyQt5.QtCore import Qt

from test_settings_support import exists, fresh_qube, own

#: the module-scoped ``env`` fixture (sandbox + loaded mirror)
pytest_plugins = ("test_settings_support",)

from qubesmanager.dialogs.bootdevice import BootDeviceDialog
from qubesmanager.dialogs.clone import CloneQubeDialog
from qubesmanager.dialogs.create import CreateQubeDialog
from qubesmanager.dialogs.logs import LogDialog, log_files, tail
from qubesmanager.dialogs.remove import RemoveQubesDialog, removal_order
from qubesmanager.widgets.qube_combo import NONE


def _finished(qtbot, dlg):
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)


# -- create ------------------------------------------------------------------------

def test_create_validates_name_live(env, qtbot):
    dlg = CreateQubeDialog(env.mirror)
    own(qtbot, dlg)
    assert not dlg.ok_button.isEnabled()            # empty name
    dlg.name_edit.setText("work")
    assert "already exists" in dlg.name_error_label.text()
    assert not dlg.ok_button.isEnabled()
    dlg.name_edit.setText("9lives")
    assert "cannot start" in dlg.name_error_label.text()
    dlg.name_edit.setText("ok-name")
    assert dlg.name_error_label.text() == "" and dlg.ok_button.isEnabled()
    # templates offered per class
    assert dlg.template_combo.value() == "fedora-42-xfce"   # the global default
    dlg.klass_combo.setCurrentIndex(dlg.klass_combo.findData("DispVM"))
    assert all(env.mirror.get(n).value("template_for_dispvms")
               for n in dlg.template_combo.names())
    dlg.klass_combo.setCurrentIndex(dlg.klass_combo.findData("StandaloneVM"))
    assert dlg.template_combo.value() == NONE


def test_create_app_qube(env, qtbot):
    dlg = CreateQubeDialog(env.mirror)
    own(qtbot, dlg)
    dlg.show()
    dlg.name_edit.setText("created-app")
    dlg.label_combo.set_label("purple")
    dlg.template_combo.set_value("debian-13-xfce")
    dlg.netvm_combo.set_value(NONE)
    dlg.provides_network_check.setChecked(True)
    with qtbot.waitSignal(dlg.created, timeout=20000):
        dlg.ok_button.click()
    assert exists(env, "created-app")
    vm = env.other.domains["created-app"]
    assert (str(vm.label), str(vm.template), vm.netvm, vm.provides_network) == \
        ("purple", "debian-13-xfce", None, True)
    assert vm.klass == "AppVM"


def test_create_standalone_from_template_and_failure(env, qtbot):
    dlg = CreateQubeDialog(env.mirror)
    own(qtbot, dlg)
    dlg.show()
    dlg.klass_combo.setCurrentIndex(dlg.klass_combo.findData("StandaloneVM"))
    dlg.template_combo.set_value("fedora-42-xfce")
    dlg.name_edit.setText("created-standalone")
    with qtbot.waitSignal(dlg.created, timeout=30000):
        dlg.ok_button.click()
    assert env.other.domains["created-standalone"].klass == "StandaloneVM"
    # a daemon refusal is shown and the dialog stays open
    dlg2 = CreateQubeDialog(env.mirror)
    own(qtbot, dlg2)
    dlg2.show()
    dlg2.name_edit.setText("created-bad-netvm")
    dlg2.netvm_combo.set_value("vault")   # provides no network: refused
    dlg2.ok_button.click()
    qtbot.waitUntil(lambda: "Could not" in dlg2.status_label.text(), timeout=20000)
    assert dlg2.isVisible() and "was created" in dlg2.error_box.informativeText()
    qtbot.waitUntil(lambda: "already exists" in dlg2.name_error_label.text(),
                    timeout=10000)                     # no second try on the name


# -- clone -------------------------------------------------------------------------------

def test_clone(env, qtbot):
    src = fresh_qube(env, qtbot, label="orange")
    env.other.domains[src].features["service.cups"] = "1"
    dlg = CloneQubeDialog(env.mirror, src)
    own(qtbot, dlg)
    dlg.show()
    assert dlg.name_edit.text() == f"{src}-clone-1"
    assert dlg.label_combo.label() == "orange"
    dlg.name_edit.setText(src)
    assert not dlg.ok_button.isEnabled()
    dlg.name_edit.setText(f"{src}-copy")
    dlg.label_combo.set_label("gray")
    with qtbot.waitSignal(dlg.cloned, timeout=30000):
        dlg.ok_button.click()
    vm = env.other.domains[f"{src}-copy"]
    assert str(vm.label) == "gray"
    assert vm.features.get("service.cups") == "1"


# -- remove -------------------------------------------------------------------------------

def test_remove_lists_dependents_and_blocks(env, qtbot):
    dlg = RemoveQubesDialog(env.mirror, ["sys-net"])
    own(qtbot, dlg)
    texts = [dlg.dependents_list.item(i).text() for i in range(dlg.dependents_list.count())]
    assert any("sys-firewall" in t for t in texts)
    assert any("global" in t and "clockvm" in t for t in texts)
    dlg.confirm_edit.setText("sys-net")
    assert not dlg.ok_button.isEnabled()


def test_remove_with_typed_confirmation(env, qtbot):
    tpl = fresh_qube(env, qtbot, klass="TemplateVM", label="black")
    app = fresh_qube(env, qtbot, template=tpl)
    dlg = RemoveQubesDialog(env.mirror, [tpl, app])
    own(qtbot, dlg)
    dlg.show()
    assert removal_order(env.mirror, [tpl, app]) == [app, tpl]   # dependent first
    assert dlg.dependents_list.count() == 0                      # both go together
    dlg.confirm_edit.setText("3")
    assert not dlg.ok_button.isEnabled()
    dlg.confirm_edit.setText("2")
    assert dlg.ok_button.isEnabled()
    with qtbot.waitSignal(dlg.removed, timeout=20000) as blocker:
        dlg.ok_button.click()
    assert blocker.args[0] == {app: None, tpl: None}
    assert not exists(env, tpl) and not exists(env, app)


def test_remove_updates_live_and_reports_daemon_refusal(env, qtbot):
    name = fresh_qube(env, qtbot, template_for_dispvms=True)
    dlg = RemoveQubesDialog(env.mirror, [name])
    own(qtbot, dlg)
    dlg.show()
    dlg.confirm_edit.setText(name)
    assert dlg.ok_button.isEnabled()
    # another client makes it a dependency: the dialog notices and blocks
    env.other.domains["personal"].default_dispvm = name
    qtbot.waitUntil(lambda: dlg.dependents_list.count() == 1, timeout=10000)
    assert not dlg.ok_button.isEnabled()
    env.other.domains["personal"].default_dispvm = None
    qtbot.waitUntil(lambda: dlg.ok_button.isEnabled(), timeout=10000)
    # the mirror lags behind the daemon (simulated by not listening): the
    # daemon's refusal is shown and the dialog stays open
    env.mirror.qube_changed.disconnect(dlg._on_change)
    env.other.domains["untrusted"].default_dispvm = name
    with qtbot.waitSignal(dlg.removed, timeout=20000) as blocker:
        dlg.ok_button.click()
    assert blocker.args[0][name] is not None
    assert "in use" in dlg.status_label.text()
    assert "in use" in dlg.error_box.informativeText()   # readable error dialog
    assert dlg.isVisible() and exists(env, name)
    env.other.domains["untrusted"].default_dispvm = None


# -- boot from device ----------------------------------------------------------------------

def test_boot_from_block_device(env, qtbot):
    env.other.domains["sys-usb"].start()
    qtbot.waitUntil(lambda: env.mirror.get("sys-usb").is_running, timeout=20000)
    name = fresh_qube(env, qtbot, klass="StandaloneVM", virt_mode="hvm")
    dlg = BootDeviceDialog(env.mirror, name)
    own(qtbot, dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.device_combo.count() > 0, timeout=10000)
    assert "sys-usb:sda" in dlg.device_combo.itemText(0)
    assert not dlg.warning_label.isVisibleTo(dlg)        # halted HVM: no warning
    pvh = BootDeviceDialog(env.mirror, "work")
    own(qtbot, pvh)
    assert "HVM" in pvh.warning_label.text()
    assert dlg.ok_button.isEnabled()
    # an ISO path the qube does not expose: explained, not startable
    dlg.file_radio.setChecked(True)
    dlg.file_qube_combo.set_value("sys-usb")
    dlg.file_path_edit.setText("/home/user/none.iso")
    assert not dlg.ok_button.isEnabled() and "losetup" in dlg.status_label.text()
    dlg.device_radio.setChecked(True)
    dlg.ok_button.click()
    _finished(qtbot, dlg)
    qtbot.waitUntil(lambda: env.mirror.get(name).is_running, timeout=20000)
    # the temporary cdrom assignment is gone again
    assert env.other.qubesd_call(name, "admin.vm.device.block.Assigned") == b""


# -- logs ------------------------------------------------------------------------------------------

def test_tail_reads_last_lines(tmp_path):
    log = tmp_path / "guest-x.log"
    log.write_text("".join(f"line {i}\n" for i in range(100000)))
    text, size, cut = tail(log, 5)
    assert text.splitlines() == [f"line {i}" for i in range(99995, 100000)]
    assert cut and size == log.stat().st_size
    text, _size, cut = tail(log, 200000)
    assert not cut and text.count("\n") == 99999


def test_log_dialog_shows_and_follows(env, qtbot, tmp_path):
    logdir = tmp_path / "log"
    logdir.mkdir()
    (logdir / "guest-work.log").write_text("boot 1\nboot 2\n")
    (logdir / "qrexec.work.log").write_text("qrexec\n")
    (logdir / "guest-workshop.log").write_text("other qube\n")
    assert [p.name for p in log_files(Path(logdir), "work")] == ["guest-work.log",
                                                                 "qrexec.work.log"]
    dlg = LogDialog(env.mirror, "work", log_dir=logdir)
    own(qtbot, dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.loads >= 1, timeout=10000)
    assert dlg.log_view.toPlainText() == "boot 1\nboot 2"
    assert "B" in dlg.size_label.text()     # humanized size
    dlg.follow_check.setChecked(True)
    with open(logdir / "guest-work.log", "a") as f:
        f.write("boot 3\n")
    qtbot.waitUntil(lambda: "boot 3" in dlg.log_view.toPlainText(), timeout=10000)
    dlg.file_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dlg.log_view.toPlainText() == "qrexec", timeout=10000)


def test_log_dialog_sandbox_logs(env, qtbot):
    """Opened from a window of a sandbox session, the sandbox's logs are used."""
    from types import SimpleNamespace
    from PyQt5.QtWidgets import QWidget
    env.other.domains["untrusted"].start()
    qtbot.waitUntil(lambda: env.mirror.get("untrusted").is_running, timeout=20000)
    main = QWidget()
    own(qtbot, main)
    main.ctx = SimpleNamespace(sandbox=env.sandbox)
    dlg = LogDialog(env.mirror, "untrusted", main)
    assert dlg.log_dir == Path(env.sandbox.state_dir) / "log" / "qubes"
    if dlg.file_combo.count() == 0:
        assert "No logs" in dlg.status_label.text()
        return
    qtbot.waitUntil(lambda: dlg.loads >= 1, timeout=10000)
    assert dlg.log_view.toPlainText()


def test_create_named_disposable_and_open_settings(env, qtbot):
    from PyQt5.QtWidgets import QApplication
    from qubesmanager.settings.window import SettingsWindow
    dlg = own(qtbot, CreateQubeDialog(env.mirror))
    dlg.show()
    dlg.klass_combo.setCurrentIndex(dlg.klass_combo.findData("DispVM"))
    assert dlg.template_combo.value() == "default-dvm"
    dlg.name_edit.setText("created-disp")
    dlg.open_settings_check.setChecked(True)
    with qtbot.waitSignal(dlg.created, timeout=20000):
        dlg.ok_button.click()
    vm = env.other.domains["created-disp"]
    assert vm.klass == "DispVM" and str(vm.template) == "default-dvm"

    def settings_window():
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, SettingsWindow) and w.qube_name == "created-disp"
                and w.isVisible()]
    qtbot.waitUntil(lambda: bool(settings_window()), timeout=10000)
    win = settings_window()[0]
    win.confirm_discard = lambda: True
    win.close()


def test_clone_failure_is_shown(env, qtbot):
    src = fresh_qube(env, qtbot)
    dlg = own(qtbot, CloneQubeDialog(env.mirror, src))
    dlg.show()
    dlg.name_edit.setText(f"{src}-x")
    env.other.add_new_vm("AppVM", f"{src}-x", "red")   # taken meanwhile by another client
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: "Could not clone" in dlg.status_label.text(), timeout=20000)
    assert dlg.isVisible() and dlg.error_box is not None


def test_create_empty_standalone_for_installing(env, qtbot):
    from qubesmanager.dialogs.bootdevice import BootDeviceDialog
    dlg = own(qtbot, CreateQubeDialog(env.mirror))
    dlg.show()
    assert not dlg.install_check.isVisibleTo(dlg)            # app qube: not offered
    dlg.klass_combo.setCurrentIndex(dlg.klass_combo.findData("StandaloneVM"))
    assert dlg.install_check.isVisibleTo(dlg)
    dlg.template_combo.set_value("fedora-42-xfce")
    assert not dlg.install_check.isVisibleTo(dlg)            # a copy has an OS already
    dlg.template_combo.set_value(NONE)
    dlg.install_check.setChecked(True)
    dlg.name_edit.setText("created-installer")
    with qtbot.waitSignal(dlg.created, timeout=20000):
        dlg.ok_button.click()
    vm = env.other.domains["created-installer"]
    assert vm.klass == "StandaloneVM" and vm.virt_mode == "hvm" and vm.kernel in ("", None)
    boot = dlg.boot_dialog
    assert isinstance(boot, BootDeviceDialog) and boot.qube_name == "created-installer"
    boot.setAttribute(Qt.WA_DeleteOnClose, False)
    qtbot.addWidget(boot)
