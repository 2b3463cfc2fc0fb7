"""qubes-backup wizard driven with pytest-qt against a real sandbox."""

import tarfile

import pytest
import yaml
from PyQt5.QtCore import Qt
from PyQt5.QtWidgets import QWizard

from qubesmanager.admin.app import QubesApp
from qubesmanager.backup import profile as prof
from qubesmanager.backup.wizard import BackupWizard
from qubesmanager.mirror import Mirror
from qubesmanager.sandbox.launcher import start_sandbox

from test_backup_support import fill_volume, prop, random_blocks

PW = "wizard pass 1"


@pytest.fixture(scope="module")
def sb(tmp_path_factory):
    sandbox = start_sandbox(tmp_path_factory.mktemp("bwiz") / "state",
                            demo=True, time_scale=0)
    yield sandbox
    sandbox.stop()


@pytest.fixture
def mirror(qtbot, sb):
    m = Mirror(QubesApp(sb.socket))
    m.start()
    qtbot.waitUntil(lambda: m.is_loaded, timeout=30000)
    yield m
    m.stop()


def make_wizard(qtbot, mirror, sb, selected):
    wiz = BackupWizard(mirror, selected, state_dir=sb.state_dir)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def fill_destination(qtbot, wiz, path, passphrase=PW, confirm=None):
    page = wiz.dest_page
    page.qube.setCurrentIndex(page.qube.findData("dom0"))
    page.path.setText(str(path))
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClicks(page.confirm, confirm if confirm is not None
                    else passphrase)


def go_to_run(qtbot, wiz):
    wiz.next()                                   # -> summary
    qtbot.waitUntil(wiz.summary_page.isComplete, timeout=15000)
    wiz.next()                                   # -> run


def test_select_page_sizes_and_passphrase_rules(qtbot, mirror, sb, tmp_path):
    wiz = make_wizard(qtbot, mirror, sb, ["work", "personal"])
    page = wiz.select_page
    assert set(page.selected()) == {"work", "personal"}
    qtbot.waitUntil(lambda: "…" not in page._items["work"].text(2),
                    timeout=15000)
    assert "KiB" in page._items["work"].text(2) or \
        "MiB" in page._items["work"].text(2)
    assert "2 qube" in page.total.text()
    page._items["personal"].setCheckState(0, Qt.Unchecked)
    assert page.selected() == ["work"] and "1 qube" in page.total.text()
    wiz.next()
    dest = wiz.dest_page
    fill_destination(qtbot, wiz, tmp_path, "abc", "abd")
    assert not dest.isComplete()
    assert "match" in dest.problem.text()
    dest.confirm.clear()
    dest.passphrase.clear()
    qtbot.keyClicks(dest.passphrase, "a\tb")
    dest.confirm.setText("a\tb")
    assert not dest.isComplete()
    assert dest.free.text().startswith("Free space")


def test_backup_runs_and_reports_success(qtbot, mirror, sb, tmp_path):
    fill_volume(sb, "work", {0: random_blocks(5, 100_000)})
    wiz = make_wizard(qtbot, mirror, sb, ["work"])
    wiz.next()
    fill_destination(qtbot, wiz, tmp_path)
    assert wiz.dest_page.isComplete()
    wiz.next()
    qtbot.waitUntil(wiz.summary_page.isComplete, timeout=15000)
    assert "work |" in wiz.summary_page.table.toPlainText()
    run_profile = wiz.profile_dir / f"{prof.RUN_PROFILE}.conf"
    assert "passphrase_text" not in run_profile.read_text()
    wiz.next()
    page = wiz.run_page
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=30000)
    assert page.outcome is True
    assert "successfully" in page.status.text()
    (archive,) = tmp_path.iterdir()
    assert tarfile.open(archive).getnames()[0] == "backup-header"
    assert not run_profile.exists()         # the passphrase file is gone
    saved = yaml.safe_load((wiz.profile_dir /
                            f"{prof.DEFAULT_PROFILE}.conf").read_text())
    assert saved["include"] == ["work"] and "passphrase_text" not in saved
    qtbot.waitUntil(lambda: bool(mirror.get("work").value("backup_timestamp")),
                    timeout=10000)
    assert prop(sb, "work", "backup_timestamp").text


def test_failure_is_never_success(qtbot, mirror, sb, tmp_path):
    wiz = make_wizard(qtbot, mirror, sb, ["personal"])
    wiz.next()
    fill_destination(qtbot, wiz, tmp_path / "missing" / "dir" / "x.bak")
    go_to_run(qtbot, wiz)
    page = wiz.run_page
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=30000)
    assert page.outcome is False
    assert "FAILED" in page.status.text()
    assert "does not exists" in page.status.text()
    assert "finished successfully" not in page.status.text()


def test_cancel_keeps_nothing(qtbot, mirror, sb, tmp_path):
    fill_volume(sb, "untrusted", {0: random_blocks(8, 40 << 20)})
    wiz = make_wizard(qtbot, mirror, sb, ["untrusted"])
    wiz.next()
    fill_destination(qtbot, wiz, tmp_path)
    wiz.dest_page.compress.setChecked(True)
    go_to_run(qtbot, wiz)
    page = wiz.run_page
    qtbot.waitUntil(lambda: page.bar.value() > 0, timeout=30000)
    assert "Current qube: untrusted" in page.detail.text()
    wiz.button(QWizard.CancelButton).click()      # first click cancels the run
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=30000)
    assert page.outcome is False and "cancelled" in page.status.text()
    assert wiz.isVisible()
    assert list(tmp_path.iterdir()) == []


def test_finds_sandbox_files_without_being_told(qtbot, mirror, sb):
    """Opened by the manager (no state_dir): the sandbox is found from the
    socket, so profiles go to its simulated /etc/qubes/backup."""
    wiz = BackupWizard(mirror, ["work"])
    qtbot.addWidget(wiz)
    assert wiz.state_dir == sb.state_dir.resolve()
    assert wiz.profile_dir == sb.state_dir.resolve() / "etc" / "qubes" / \
        "backup"


def test_destination_qube_is_started_first(qtbot, mirror, sb):
    """Upstream's Execute needs a running destination; the wizard starts it."""
    target = sb.state_dir / "qubes-dirs" / "vault" / "bk"
    target.mkdir(parents=True)
    assert mirror.get("vault").state == "Halted"
    wiz = make_wizard(qtbot, mirror, sb, ["personal"])
    wiz.next()
    page = wiz.dest_page
    page.qube.setCurrentIndex(page.qube.findData("vault"))
    page.path.setText("/bk")
    qtbot.keyClicks(page.passphrase, PW)
    qtbot.keyClicks(page.confirm, PW)
    assert "cannot be checked" not in page.free.text()   # simulated qube dir
    wiz.next()
    qtbot.waitUntil(wiz.summary_page.isComplete, timeout=15000)
    assert "will be started" in wiz.summary_page.warning.text()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.run_page.outcome is not None, timeout=30000)
    assert wiz.run_page.outcome is True, wiz.run_page.status.text()
    (archive,) = target.iterdir()
    assert archive.name.startswith("qubes-backup-")
