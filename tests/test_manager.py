"""Qube Manager window: columns, filters, sorting, persisted view state and
live updates caused by another client — against a real sandbox."""

from __future__ import annotations

import time

import pytest
from PyQt5.QtCore import Qt

from qubesmanager.manager import columns as cols
from qubesmanager.manager import viewstate
from qubesmanager.manager.model import RECORD_ROLE
from qubesmanager.manager.window import ManagerWindow
from qubesmanager.sandbox.launcher import start_sandbox

from test_manager_fixtures import call, make_context, started_mirror

COL = cols.COLUMN_INDEX


@pytest.fixture(scope="module")
def mirror(qapp, sb):
    m = started_mirror(sb.socket)
    yield m
    m.stop()


@pytest.fixture
def window(qtbot, qsettings, sb, mirror):
    win = ManagerWindow(make_context(sb, mirror))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def cell(win, name: str, column: str, role=Qt.DisplayRole):
    row = win.model.row_of(name)
    return win.model.index(row, COL[column]).data(role)


def shown_names(win) -> list[str]:
    return [win.proxy.index(r, 0).data(RECORD_ROLE).name
            for r in range(win.proxy.rowCount())]


def test_every_column_shows_mirror_data(qtbot, window, mirror, other):
    qtbot.waitUntil(lambda: mirror.disk.first_pass_seconds is not None,
                    timeout=20000)
    qtbot.waitUntil(lambda: "memory_kb" in mirror.get("dom0").stats,
                    timeout=10000)
    assert window.model.columnCount() == len(cols.COLUMNS)
    # state
    assert not cell(window, "work", "state", Qt.DecorationRole).isNull()
    assert cell(window, "work", "state", Qt.ToolTipRole).startswith("Halted")
    assert cell(window, "dom0", "state", Qt.ToolTipRole).startswith("Running")
    assert "Updates available" in cell(window, "debian-13-xfce", "state",
                                       Qt.ToolTipRole)
    # label, name, type, template
    assert cell(window, "work", "label", Qt.ToolTipRole) == "blue"
    assert not cell(window, "work", "label", Qt.DecorationRole).isNull()
    assert cell(window, "work", "name") == "work"
    assert cell(window, "work", "type") == "App qube"
    assert cell(window, "fedora-42-xfce", "type") == "Template"
    assert cell(window, "default-dvm", "type") == "Disposable template"
    assert not cell(window, "work", "type", Qt.DecorationRole).isNull()
    assert cell(window, "work", "template") == "fedora-42-xfce"
    # net qube: default, explicit, none
    assert cell(window, "work", "netvm") == "default (sys-firewall)"
    assert cell(window, "sys-whonix", "netvm") == "sys-firewall"
    assert cell(window, "vault", "netvm") == "(none)"
    # disk usage, internal, IP
    assert cell(window, "work", "disk").endswith("B")
    assert "private" in cell(window, "work", "disk", Qt.ToolTipRole)
    assert cell(window, "default-mgmt-dvm", "internal") == "Yes"
    assert cell(window, "work", "internal") == ""
    assert cell(window, "work", "ip").startswith("10.137.")
    assert cell(window, "vault", "ip") == "n/a"
    # backups, last backup, default dispvm, disposable template, virt mode
    assert cell(window, "work", "backups", Qt.CheckStateRole) == Qt.Checked
    assert cell(window, "work", "last_backup") == "never"
    assert cell(window, "work", "default_dispvm") == "default (default-dvm)"
    assert cell(window, "default-dvm", "dispvm_template") == "Yes"
    assert cell(window, "work", "dispvm_template") == ""
    assert cell(window, "sys-net", "virt_mode") == "hvm"
    # live CPU and memory, tags, notes
    assert cell(window, "dom0", "memory").endswith("B")
    assert cell(window, "dom0", "cpu").endswith("%")
    assert cell(window, "work", "memory") == ""
    assert "backup-daily" in cell(window, "work", "tags").split(", ")
    assert "created-by-dom0" not in cell(window, "work", "tags")
    assert "created-by-dom0" in cell(window, "work", "tags", Qt.ToolTipRole)
    assert cell(window, "work", "notes", Qt.DecorationRole) is None


def test_last_backup_and_notes_follow_changes(qtbot, window, mirror, other):
    stamp = int(time.time()) - 2 * 3600
    call(other, "personal", "admin.vm.property.Set", "backup_timestamp", str(stamp))
    qtbot.waitUntil(lambda: cell(window, "personal", "last_backup") == "2 hours ago")
    assert cell(window, "personal", "last_backup", Qt.ToolTipRole)[:4].isdigit()
    call(other, "untrusted", "admin.vm.notes.Set", None, "do not trust")
    mirror.refresh_extras("untrusted")
    qtbot.waitUntil(lambda: cell(window, "untrusted", "notes",
                                 Qt.DecorationRole) is not None)


def test_dom0_first_whatever_the_sort(qtbot, window):
    for column in ("name", "state", "disk", "template"):
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            window.table.sortByColumn(COL[column], order)
            assert shown_names(window)[0] == "dom0"
    window.table.sortByColumn(COL["name"], Qt.DescendingOrder)
    names = shown_names(window)[1:]
    assert names == sorted(names, key=str.lower, reverse=True)


def test_search_matches_name_tag_class_template(qtbot, window):
    qtbot.keyClicks(window.search, "whonix")
    assert set(shown_names(window)) == {
        "anon-whonix", "sys-whonix", "whonix-gateway-18",
        "whonix-workstation-18", "whonix-workstation-18-dvm"}
    window.search.clear()
    window.search.setText("backup-daily")
    assert set(shown_names(window)) == {"work", "vault"}
    window.search.setText("template")
    assert set(shown_names(window)) >= {"fedora-42-xfce", "debian-13-xfce"}
    window.search.setText("debian")
    assert shown_names(window) == ["debian-13-xfce"]
    window.search.setText("fedora app")   # words combine
    assert "work" in shown_names(window)
    assert "fedora-42-xfce" not in shown_names(window)
    qtbot.keyClick(window, Qt.Key_Escape)
    assert window.search.text() == ""


def test_quick_filters(qtbot, window, mirror):
    all_shown = set(shown_names(window))
    assert "default-mgmt-dvm" not in all_shown      # internal: hidden
    window.set_quick_filter("templates", True)
    assert set(shown_names(window)) == {
        "fedora-42-xfce", "debian-13-xfce", "whonix-gateway-18",
        "whonix-workstation-18"}
    window.set_quick_filter("network", True)         # same group: adds up
    assert "sys-net" in shown_names(window)
    window.set_quick_filter("templates", False)
    window.set_quick_filter("network", False)
    window.set_quick_filter("halted", True)
    assert "dom0" not in shown_names(window) and "work" in shown_names(window)
    window.set_quick_filter("halted", False)
    window.set_quick_filter("running", True)
    assert "dom0" in shown_names(window) and "work" not in shown_names(window)
    window.set_quick_filter("running", False)
    window.set_quick_filter("standalone", True)
    assert shown_names(window) == []
    window.set_quick_filter("standalone", False)
    window.set_quick_filter("disposables", True)
    assert set(shown_names(window)) >= {"sys-firewall", "default-dvm"}
    window.set_quick_filter("disposables", False)
    window.set_quick_filter("mine", True)
    mine = set(shown_names(window))
    assert {"work", "personal", "untrusted", "vault", "anon-whonix"} <= mine
    assert not mine & {"dom0", "sys-net", "sys-firewall", "default-dvm",
                       "fedora-42-xfce"}
    window.set_quick_filter("mine", False)
    window.set_show_internal(True)
    assert "default-mgmt-dvm" in shown_names(window)
    assert window.show_internal_action.isChecked()


def test_view_state_persists(qtbot, qsettings, sb, mirror):
    ctx = make_context(sb, mirror)
    first = ManagerWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    header = first.table.horizontalHeader()
    header.moveSection(header.visualIndex(COL["template"]), 1)
    header.resizeSection(COL["netvm"], 222)
    first.set_column_visible(COL["virt_mode"], True)
    first.set_column_visible(COL["tags"], False)
    first.table.sortByColumn(COL["disk"], Qt.DescendingOrder)
    first.set_quick_filter("templates", True)
    first.set_show_internal(True)
    first.resize(1111, 555)
    first.close()

    second = ManagerWindow(ctx)
    qtbot.addWidget(second)
    header = second.table.horizontalHeader()
    assert header.visualIndex(COL["template"]) == 1
    assert header.sectionSize(COL["netvm"]) == 222
    assert not header.isSectionHidden(COL["virt_mode"])
    assert header.isSectionHidden(COL["tags"])
    assert header.sortIndicatorSection() == COL["disk"]
    assert header.sortIndicatorOrder() == Qt.DescendingOrder
    assert second.quick_buttons["templates"].isChecked()
    assert second.proxy.show_internal
    assert (second.width(), second.height()) == (1111, 555)
    second.close()


def test_column_chooser(qtbot, window):
    menu = window._fill_columns_menu(window.columns_menu)
    by_name = {a.objectName(): a for a in menu.actions()}
    assert not by_name["column-name"].isEnabled()
    by_name["column-internal"].setChecked(True)
    assert not window.table.horizontalHeader().isSectionHidden(COL["internal"])
    by_name["column-ip"].setChecked(False)
    assert window.table.horizontalHeader().isSectionHidden(COL["ip"])


def test_label_change_from_other_client_repaints_one_row(qtbot, window, mirror,
                                                        other):
    qtbot.waitUntil(lambda: mirror.disk.idle, timeout=20000)
    qtbot.wait(50)
    changes = []
    window.model.dataChanged.connect(
        lambda tl, br, *_: changes.append((tl.row(), br.row(), tl.column(),
                                           br.column())))
    calls_before = mirror.calls.total()
    call(other, "vault", "admin.vm.property.Set", "label", "purple")
    qtbot.waitUntil(lambda: cell(window, "vault", "label", Qt.ToolTipRole)
                    == "purple")
    qtbot.wait(100)
    assert mirror.calls.total() - calls_before == 1
    stats_only = {COL["cpu"], COL["memory"]}
    rows = {row for top, bottom, left, right in changes
            for row in range(top, bottom + 1)
            if not set(range(left, right + 1)) <= stats_only}
    assert rows == {window.model.row_of("vault")}


def test_live_state_and_new_qube(qtbot, window, mirror, other):
    call(other, "dom0", "admin.vm.Create.AppVM", "fedora-42-xfce",
         "name=live-new label=orange")
    qtbot.waitUntil(lambda: "live-new" in shown_names(window))
    qtbot.waitUntil(lambda: cell(window, "live-new", "template")
                    == "fedora-42-xfce")
    call(other, "live-new", "admin.vm.Start")
    qtbot.waitUntil(lambda: cell(window, "live-new", "state", Qt.ToolTipRole)
                    .startswith("Running"))
    call(other, "live-new", "admin.vm.Kill")
    qtbot.waitUntil(lambda: cell(window, "live-new", "state", Qt.ToolTipRole)
                    .startswith("Halted"))
    call(other, "live-new", "admin.vm.Remove")
    qtbot.waitUntil(lambda: "live-new" not in shown_names(window))


def test_connection_banner(qtbot, qsettings, tmp_path, qapp):
    sandbox = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    try:
        mirror = started_mirror(sandbox.socket, stats=False, disk=False)
        win = ManagerWindow(make_context(sandbox, mirror))
        qtbot.addWidget(win)
        win.show()
        assert not win.banner.isVisible()
        win.select(["work"])
        assert win.actions_by_key["start"].isEnabled()
        sandbox.stop()
        qtbot.waitUntil(win.banner.isVisible, timeout=10000)
        assert not win.actions_by_key["start"].isEnabled()
        assert not win.actions_by_key["create"].isEnabled()
        sandbox.start()
        qtbot.waitUntil(lambda: not win.banner.isVisible(), timeout=15000)
        assert mirror.is_loaded and "work" in mirror.qubes
        qtbot.waitUntil(lambda: win.actions_by_key["start"].isEnabled())
        win.close()
        mirror.stop()
    finally:
        sandbox.stop()


def test_outdated_marks_follow_template(qtbot, window, mirror, other):
    call(other, "untrusted", "admin.vm.Start")
    call(other, "fedora-42-xfce", "admin.vm.Start")
    qtbot.waitUntil(lambda: "template is running" in cell(
        window, "untrusted", "state", Qt.ToolTipRole))
    call(other, "fedora-42-xfce", "admin.vm.Shutdown", "wait")
    qtbot.waitUntil(lambda: "restart the qube" in cell(
        window, "untrusted", "state", Qt.ToolTipRole))
    assert mirror.get("untrusted").outdated
    call(other, "untrusted", "admin.vm.Kill")
    qtbot.waitUntil(lambda: not mirror.get("untrusted").outdated)
    assert cell(window, "untrusted", "state", Qt.ToolTipRole) == "Halted"


@pytest.mark.parametrize("run", [1, 2])
def test_qsettings_fixture_isolates(qsettings, run):
    """The manager's settings live in the test's own directory and start
    empty each time (the second run would see the first one's value)."""
    s = viewstate.settings()
    assert s.fileName().startswith(str(qsettings))
    assert s.allKeys() == []
    s.setValue("view/test-run", run)
    s.sync()
    assert (qsettings / "qubes-os").is_dir()
