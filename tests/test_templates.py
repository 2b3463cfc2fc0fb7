"""Template manager against a real sandbox (one per module, time-scale 0).

A second client (``driver``) stands for the CLI: it starts and stops
qubes and changes things behind the window's back; the window must follow
by events.  Each test puts back what it changed.
"""

from __future__ import annotations

import pytest
from PyQt5.QtWidgets import QApplication, QMessageBox

from qubesmanager.admin import QubesApp
from qubesmanager.common import states
from qubesmanager.mirror import Mirror
from qubesmanager.templates.window import (COL_PENDING, COL_STATUS, COL_USERS,
                                           TemplateManagerWindow)

WAIT = 10_000
OLD = "fedora-42-xfce"
NEW = "debian-13-xfce"


@pytest.fixture(scope="module")
def driver(sb):
    return QubesApp(sb.socket)


@pytest.fixture
def win(sb, qtbot):
    mirror = Mirror(QubesApp(sb.socket))
    window = TemplateManagerWindow(mirror)
    qtbot.addWidget(window)
    mirror.start()
    qtbot.waitUntil(lambda: mirror.is_loaded and OLD in window._templates, timeout=WAIT)
    window.show()
    yield window
    mirror.stop()


def template_of(win, name):
    return win.mirror.get(name).template


def parent_of(win, name):
    item = win._users.get(name)
    return item.parent().data(0, 0x0100) if item is not None else None


def select(win, *names):
    win.tree.clearSelection()
    for name in names:
        win._item(name).setSelected(True)


def choose(win, template):
    win.target_combo.set_value(template)


def test_tree_groups_qubes_by_template(win):
    assert set(win._templates) == {n for n, r in win.mirror.qubes.items()
                                   if r.klass == "TemplateVM"}
    fedora = win._templates[OLD]
    users = {fedora.child(i).text(0) for i in range(fedora.childCount())}
    assert {"work", "personal", "default-dvm"} <= users
    assert "sys-firewall" not in win._users          # a DispVM: template fixed
    assert fedora.text(COL_USERS) == str(len(users))
    assert "(default)" in fedora.text(0)              # global default_template
    assert "updates available" in win._templates[NEW].text(COL_STATUS)
    assert win._templates[NEW].text(COL_USERS) == "0"


def test_status_follows_feature_events(win, driver, qtbot):
    driver.domains[OLD].features["os-eol"] = "2020-01-01"
    qtbot.waitUntil(lambda: "end of life" in win._templates[OLD].text(COL_STATUS),
                    timeout=WAIT)
    del driver.domains[OLD].features["os-eol"]
    qtbot.waitUntil(lambda: "end of life" not in win._templates[OLD].text(COL_STATUS),
                    timeout=WAIT)


def test_disk_size_arrives_in_background(win, qtbot):
    qtbot.waitUntil(lambda: win.mirror.get(OLD).disk is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: "B" in win._templates[OLD].text(4), timeout=WAIT)


def test_template_row_selects_all_its_qubes(win):
    select(win, "whonix-workstation-18")
    assert set(win.selected_names()) == {"anon-whonix", "whonix-workstation-18-dvm"}
    win.tree.setCurrentItem(win._users["anon-whonix"])
    assert win.current_template() == "whonix-workstation-18"


def test_batch_change_of_halted_qubes_and_undo(win, qtbot):
    select(win, "work", "personal")
    choose(win, NEW)
    assert win.change_button.isEnabled()
    assert win.change_selected() is None               # nothing running: no question
    qtbot.waitUntil(lambda: template_of(win, "work") == NEW
                    and template_of(win, "personal") == NEW, timeout=WAIT)
    qtbot.waitUntil(lambda: parent_of(win, "work") == NEW, timeout=WAIT)
    assert win._templates[NEW].text(COL_USERS) == "2"
    qtbot.waitUntil(lambda: "2 of 2 changed" in win.status_label.text(), timeout=WAIT)
    assert win.undo_button.isEnabled()
    win.undo_button.click()
    qtbot.waitUntil(lambda: template_of(win, "work") == OLD
                    and template_of(win, "personal") == OLD, timeout=WAIT)
    qtbot.waitUntil(lambda: parent_of(win, "personal") == OLD, timeout=WAIT)
    assert not win.undo_button.isEnabled()


def test_running_qube_change_is_pending_until_halt(win, driver, qtbot):
    driver.domains["vault"].start()
    qtbot.waitUntil(lambda: win.mirror.get("vault").state == states.RUNNING, timeout=WAIT)
    select(win, "vault", "untrusted")
    choose(win, NEW)
    box = win.change_selected()
    assert isinstance(box, QMessageBox) and "vault" in box.informativeText()
    wait = [b for b in box.buttons() if "halted" in b.text()][0]
    wait.click()
    qtbot.waitUntil(lambda: template_of(win, "untrusted") == NEW, timeout=WAIT)
    assert template_of(win, "vault") == OLD
    assert win.batch.pending == {"vault": NEW}
    assert NEW in win._users["vault"].text(COL_PENDING)
    assert "1 pending" in win._templates[OLD].text(COL_PENDING)
    driver.domains["vault"].shutdown()                 # the CLI stops it
    qtbot.waitUntil(lambda: template_of(win, "vault") == NEW, timeout=WAIT)
    assert not win.batch.pending
    qtbot.waitUntil(lambda: win._users.get("vault") is not None
                    and win._users["vault"].text(COL_PENDING) == "", timeout=WAIT)
    win.undo()
    qtbot.waitUntil(lambda: template_of(win, "vault") == OLD
                    and template_of(win, "untrusted") == OLD, timeout=WAIT)


def test_shut_down_and_change(win, driver, qtbot):
    driver.domains["personal"].start()
    qtbot.waitUntil(lambda: win.mirror.get("personal").state == states.RUNNING,
                    timeout=WAIT)
    select(win, "personal")
    choose(win, NEW)
    box = win.change_selected()
    shut = [b for b in box.buttons() if "Shut down" in b.text()][0]
    shut.click()
    qtbot.waitUntil(lambda: template_of(win, "personal") == NEW, timeout=WAIT)
    assert win.mirror.get("personal").state == states.HALTED
    win.undo()
    qtbot.waitUntil(lambda: template_of(win, "personal") == OLD, timeout=WAIT)


def test_pending_change_can_be_cancelled(win, driver, qtbot):
    driver.domains["work"].start()
    qtbot.waitUntil(lambda: win.mirror.get("work").state == states.RUNNING, timeout=WAIT)
    select(win, "work")
    choose(win, NEW)
    box = win.change_selected()
    [b for b in box.buttons() if "halted" in b.text()][0].click()
    assert "work" in win.batch.pending
    select(win, "work")
    assert win.cancel_pending_button.isEnabled()
    win.cancel_pending_button.click()
    assert not win.batch.pending
    driver.domains["work"].kill()
    qtbot.waitUntil(lambda: win.mirror.get("work").state == states.HALTED, timeout=WAIT)
    qtbot.wait(100)
    assert template_of(win, "work") == OLD


def test_refused_change_shows_daemon_message(win, driver, qtbot):
    driver.domains["work"].start()
    qtbot.waitUntil(lambda: win.mirror.get("work").state == states.RUNNING, timeout=WAIT)
    win.batch._apply("work", NEW)     # bypasses the pending rule on purpose

    def error_box():
        return [w for w in win.findChildren(QMessageBox) if w.isVisible()
                and "failed" in w.windowTitle()]
    qtbot.waitUntil(lambda: bool(error_box()), timeout=WAIT)
    assert "running" in error_box()[0].informativeText().lower()
    error_box()[0].close()
    driver.domains["work"].kill()
    qtbot.waitUntil(lambda: win.mirror.get("work").state == states.HALTED, timeout=WAIT)


def test_remove_refused_while_used_and_offered_when_unused(win, qtbot):
    win.tree.setCurrentItem(win._templates[OLD])
    box = win.remove_template()
    assert box is not None and box.objectName() == "templates-in-use"
    details = box.detailedText()
    assert "work (template)" in details and "default_template" in details
    box.close()
    win.tree.setCurrentItem(win._templates[NEW])
    assert win.remove_template() is None               # unused: the remove dialog
    from qubesmanager.dialogs.remove import RemoveQubesDialog
    dialogs = [d for d in win.findChildren(RemoveQubesDialog) if d.isVisible()]
    assert dialogs
    for d in dialogs:
        d.close()
    assert NEW in win.mirror.qubes                     # nothing removed unasked


def test_set_default_and_second_client_change(win, driver, qtbot):
    win.tree.setCurrentItem(win._templates[NEW])
    win.default_button.click()
    qtbot.waitUntil(lambda: "(default)" in win._templates[NEW].text(0), timeout=WAIT)
    assert "(default)" not in win._templates[OLD].text(0)
    driver.default_template = OLD                        # back, from the CLI
    qtbot.waitUntil(lambda: "(default)" in win._templates[OLD].text(0), timeout=WAIT)
    # A template change made elsewhere moves the row.
    driver.domains["untrusted"].template = NEW
    qtbot.waitUntil(lambda: parent_of(win, "untrusted") == NEW, timeout=WAIT)
    driver.domains["untrusted"].template = OLD
    qtbot.waitUntil(lambda: parent_of(win, "untrusted") == OLD, timeout=WAIT)


def test_clone_opens_clone_dialog(win):
    win.tree.setCurrentItem(win._templates[OLD])
    win.clone_template()
    from qubesmanager.dialogs.clone import CloneQubeDialog
    dialogs = [d for d in win.findChildren(CloneQubeDialog) if d.isVisible()]
    assert dialogs
    for d in dialogs:
        d.close()


def test_close_with_pending_changes_asks(win, driver, qtbot):
    from PyQt5.QtCore import QTimer
    driver.domains["work"].start()
    qtbot.waitUntil(lambda: win.mirror.get("work").state == states.RUNNING, timeout=WAIT)
    select(win, "work")
    choose(win, NEW)
    box = win.change_selected()
    [b for b in box.buttons() if "halted" in b.text()][0].click()
    assert win.batch.pending == {"work": NEW}

    def answer(button):
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible() and "Pending" in w.windowTitle():
                w.button(button).click()

    QTimer.singleShot(100, lambda: answer(QMessageBox.Cancel))
    assert not win.close()                       # refused: the change stays
    assert win.batch.pending == {"work": NEW}
    QTimer.singleShot(100, lambda: answer(QMessageBox.Discard))
    assert win.close()
    assert not win.batch.pending
    driver.domains["work"].kill()
    qtbot.waitUntil(lambda: win.mirror.get("work").state == states.HALTED, timeout=WAIT)
    qtbot.wait(100)
    assert template_of(win, "work") == OLD


def test_filter_hides_rows_and_limits_template_selection(win):
    win.filter_edit.setText("whonix")
    assert not win._templates["whonix-gateway-18"].isHidden()
    assert win._templates[OLD].isHidden()
    win.filter_edit.setText("work")
    assert not win._templates[OLD].isHidden() and not win._users["work"].isHidden()
    assert win._users["personal"].isHidden()
    select(win, OLD)
    assert win.selected_names() == ["work"]
    win.filter_edit.clear()
    assert not win._users["personal"].isHidden()
    assert "personal" in win.selected_names()


def test_tool_entry_point_renders(sb, tmp_path):
    """qubes-template-manager --socket … --screenshot: the real start-up path."""
    import subprocess
    import sys
    out = tmp_path / "templates.png"
    proc = subprocess.run([sys.executable, "-m", "qubesmanager.templates.app",
                           "--socket", sb.socket, "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.stat().st_size > 5000
