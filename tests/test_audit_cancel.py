"""Long operations can be cancelled: clone, create, rename, delete (audit H12).

A sandbox of its own whose volume copies answer 1.5 s late and removals
0.8 s late (``--fault …=delay:MS``), so Cancel is pressed while the work
runs, as a user would.  What must hold: the dialog says it is cancelling,
nothing is left behind in the daemon (checked by a second client), and the
original qube is untouched.
"""

from __future__ import annotations

import pytest
from PyQt5.QtCore import Qt
from PyQt5.QtWidgets import QPushButton

from qubesmanager.admin import connect, wire
from qubesmanager.mirror import Mirror
from qubesmanager.sandbox.launcher import start_sandbox

WAIT = 20_000


@pytest.fixture(scope="module")
def slow_sb(tmp_path_factory):
    box = start_sandbox(tmp_path_factory.mktemp("slowclone") / "state", demo=True,
                        time_scale=0,
                        extra_args=["--fault", "admin.vm.volume.CloneTo=delay:1500",
                                    "--fault", "admin.vm.Remove=delay:800"])
    yield box
    box.stop()


@pytest.fixture
def mirror(slow_sb, qtbot):
    m = Mirror(connect(slow_sb.socket), disk=False)
    m.start()
    qtbot.waitUntil(lambda: m.is_loaded, timeout=WAIT)
    yield m
    m.stop()


def names(sb) -> set[str]:
    """Qubes the daemon knows now (a fresh admin.vm.List, no cache)."""
    raw = connect(sb.socket).qubesd_call("dom0", "admin.vm.List").decode()
    return set(wire.parse_vm_list(raw))


def _calls(mirror, method):
    return mirror.app.call_counts.get(method, 0)


def test_clone_cancel_removes_the_copy(mirror, slow_sb, qtbot):
    from qubesmanager.dialogs.clone import CloneQubeDialog
    dlg = CloneQubeDialog(mirror, "work")
    dlg.setAttribute(Qt.WA_DeleteOnClose, False)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name_edit.setText("work-cancelled")
    before = _calls(mirror, "admin.vm.volume.CloneTo")
    dlg.ok_button.click()
    assert dlg.busy_bar.isVisible()                 # a busy indicator while copying
    qtbot.waitUntil(lambda: _calls(mirror, "admin.vm.volume.CloneTo") > before,
                    timeout=WAIT)                   # the copy is under way
    qtbot.keyClick(dlg, Qt.Key_Escape)              # Esc = Cancel while busy
    assert dlg.isVisible(), "closed while the copy still runs"
    assert "Cancelling" in dlg.status_label.text()
    assert not dlg.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=WAIT)
    assert dlg.result() == dlg.Rejected
    assert "work-cancelled" not in names(slow_sb)
    assert "work" in names(slow_sb)


def test_clone_without_cancel_still_works(mirror, slow_sb, qtbot):
    from qubesmanager.dialogs.clone import CloneQubeDialog
    dlg = CloneQubeDialog(mirror, "personal")
    dlg.setAttribute(Qt.WA_DeleteOnClose, False)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name_edit.setText("personal-copy")
    with qtbot.waitSignal(dlg.cloned, timeout=WAIT):
        dlg.ok_button.click()
    assert "personal-copy" in names(slow_sb)
    del connect(slow_sb.socket).domains["personal-copy"]


def test_rename_cancel_keeps_the_original(mirror, slow_sb, qtbot):
    from qubesmanager.settings.window import SettingsWindow
    win = SettingsWindow(mirror, "vault")
    win.setAttribute(Qt.WA_DeleteOnClose, False)
    win.confirm_discard = lambda: True
    qtbot.addWidget(win)
    win.show()
    win.tab("basic").rename_button.click()
    dlg = win.rename_dialog
    dlg.name_edit.setText("vault-renamed")
    before = _calls(mirror, "admin.vm.volume.CloneTo")
    dlg.accept()
    progress = win.rename_progress
    assert progress.isVisible()
    qtbot.waitUntil(lambda: _calls(mirror, "admin.vm.volume.CloneTo") > before,
                    timeout=WAIT)
    button = progress.findChild(QPushButton)
    assert button.isEnabled()
    button.click()                                  # the dialog's Cancel button
    assert progress.isVisible()                     # still says what happens
    assert "Cancelling" in progress.labelText()
    assert not button.isEnabled()
    qtbot.keyClick(progress, Qt.Key_Escape)         # a second try changes nothing
    assert progress.isVisible() and "Cancelling" in progress.labelText()
    qtbot.waitUntil(lambda: not progress.isVisible(), timeout=WAIT)
    assert "cancelled" in win.busy_label.text()
    assert win.isVisible()                          # settings of vault stay open
    assert "vault" in names(slow_sb)
    assert "vault-renamed" not in names(slow_sb)


def test_create_standalone_cancel_removes_it(mirror, slow_sb, qtbot):
    """A standalone based on a template copies its disks: cancellable too."""
    from qubesmanager.dialogs.create import CreateQubeDialog
    dlg = CreateQubeDialog(mirror)
    dlg.setAttribute(Qt.WA_DeleteOnClose, False)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.klass_combo.setCurrentIndex(dlg.klass_combo.findData("StandaloneVM"))
    dlg.template_combo.set_value("fedora-42-xfce")
    dlg.name_edit.setText("standalone-cancelled")
    before = _calls(mirror, "admin.vm.volume.CloneTo")
    dlg.ok_button.click()
    assert dlg.busy_bar.isVisible()
    qtbot.waitUntil(lambda: _calls(mirror, "admin.vm.volume.CloneTo") > before,
                    timeout=WAIT)
    dlg.cancel_button.click()
    assert dlg.isVisible() and "Cancelling" in dlg.status_label.text()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=WAIT)
    assert "standalone-cancelled" not in names(slow_sb)


def test_delete_cancel_stops_after_the_current_qube(mirror, slow_sb, qtbot):
    from qubesmanager.dialogs.remove import RemoveQubesDialog
    other = connect(slow_sb.socket)
    victims = ["del-a", "del-b", "del-c"]
    for name in victims:
        other.add_new_vm("AppVM", name, "red", template="fedora-42-xfce")
    qtbot.waitUntil(lambda: all(mirror.get(n) is not None for n in victims),
                    timeout=WAIT)
    dlg = RemoveQubesDialog(mirror, victims)
    dlg.setAttribute(Qt.WA_DeleteOnClose, False)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.confirm_edit.setText("3")
    before = _calls(mirror, "admin.vm.Remove")
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: _calls(mirror, "admin.vm.Remove") > before, timeout=WAIT)
    with qtbot.waitSignal(dlg.removed, timeout=WAIT) as blocker:
        qtbot.keyClick(dlg, Qt.Key_Escape)
        assert dlg.isVisible() and "Stopping" in dlg.status_label.text()
    results = blocker.args[0]
    deleted = [n for n in victims if results[n] is None]
    kept = [n for n in victims if results[n] is not None]
    assert len(deleted) == 1 and len(kept) == 2     # the one under way finished
    assert set(kept) <= names(slow_sb) and not set(deleted) & names(slow_sb)
    assert dlg.isVisible() and "cancelled" in dlg.status_label.text()
    for name in kept:
        del other.domains[name]
