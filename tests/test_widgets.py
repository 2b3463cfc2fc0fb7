"""Shared widgets against a real sandbox: error dialogs outlive their
caller's references, qube and label combos follow the mirror."""

from __future__ import annotations

import gc

import pytest
from PyQt5.QtWidgets import QApplication

from qubesmanager.widgets import errors
from qubesmanager.widgets.label_combo import LabelCombo
from qubesmanager.widgets.qube_combo import QubeCombo

from test_manager_fixtures import call, started_mirror


@pytest.fixture(scope="module")
def mirror(qapp, sb):
    m = started_mirror(sb.socket, stats=False, disk=False)
    yield m
    m.stop()


def _error_dialogs():
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.accessibleName() == "error-dialog"]


def test_parentless_error_dialog_stays_until_closed(qtbot):
    before = len(_error_dialogs())
    errors.show_error(None, "Failed", RuntimeError("daemon said no"))
    gc.collect()
    qtbot.wait(10)
    shown = _error_dialogs()
    assert len(shown) == before + 1
    box = shown[-1]
    assert box.informativeText() == "daemon said no"
    box.accept()
    qtbot.waitUntil(lambda: box not in errors._orphans)
    assert len(_error_dialogs()) == before


def test_qube_combo_refills_when_a_record_is_loaded(qtbot, mirror, other):
    """A new qube is added before its properties are known; only the
    later whole-record change ("*") lets a class filter accept it."""
    combo = QubeCombo()
    qtbot.addWidget(combo)
    combo.setup(mirror, lambda rec: rec.klass == "AppVM")
    assert "work" in combo.names() and "fedora-42-xfce" not in combo.names()
    call(other, "dom0", "admin.vm.Create.AppVM", None,
         "name=combo-new label=red")
    try:
        qtbot.waitUntil(lambda: mirror.get("combo-new") is not None
                        and mirror.get("combo-new").loaded, timeout=5000)
        qtbot.waitUntil(lambda: "combo-new" in combo.names(), timeout=5000)
    finally:
        call(other, "combo-new", "admin.vm.Remove")
    qtbot.waitUntil(lambda: "combo-new" not in combo.names(), timeout=5000)


def test_label_combo_follows_a_resync(qtbot, mirror, other):
    """Labels send no events: a label created elsewhere shows up once the
    mirror re-reads the labels (what a reconnect does)."""
    combo = LabelCombo()
    qtbot.addWidget(combo)
    combo.setup(mirror)
    combo.set_label("green")
    names = [combo.itemData(i) for i in range(combo.count())]
    assert "violet" not in names and "green" in names
    call(other, "dom0", "admin.label.Create", "violet", "0x8000ff")
    try:
        mirror._load_all()  # the resync a new connection-established starts
        qtbot.waitUntil(lambda: combo.findData("violet") >= 0, timeout=5000)
    finally:
        call(other, "dom0", "admin.label.Remove", "violet")
    assert combo.label() == "green"  # the selection survived the refill


def test_subscription_connects_and_lets_go(qtbot, mirror, other):
    from qubesmanager.mirror.subscribe import subscribe

    seen = []
    sub = subscribe(mirror, qube_changed=lambda n, w: seen.append((n, w)))
    call(other, "work", "admin.vm.tag.Set", "subscribed")
    qtbot.waitUntil(lambda: ("work", "tags") in seen, timeout=5000)
    sub.close()
    sub.close()  # twice is harmless
    seen.clear()
    call(other, "work", "admin.vm.tag.Remove", "subscribed")
    qtbot.waitUntil(lambda: "subscribed" not in mirror.get("work").tags,
                    timeout=5000)
    assert seen == []
    with pytest.raises(AttributeError):
        subscribe(mirror, no_such_signal=print)


def test_parentless_bulk_progress_lives_until_done(qtbot, mirror):
    from qubesmanager.widgets import progress

    got = []
    dialog = progress.BulkProgressDialog(mirror, "Double", ["a", "b"],
                                         lambda n: n * 2, auto_close=False)
    dialog.all_done.connect(got.append)
    dialog.start()
    del dialog
    gc.collect()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [{"a": None, "b": None}]
    shown = [w for w in QApplication.topLevelWidgets()
             if w.isVisible() and w.accessibleName() == "bulk-progress"]
    assert len(shown) == 1 and "2 succeeded" in shown[0].summary.text()
    shown[0].accept()
    qtbot.waitUntil(lambda: not progress._LIVE, timeout=5000)
