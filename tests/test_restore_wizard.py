"""qubes-backup-restore wizard driven with pytest-qt against real sandboxes."""

import tarfile

import pytest
from PyQt5.QtCore import Qt
from PyQt5.QtWidgets import QWizard

from qubesmanager.admin.app import QubesApp
from qubesmanager.mirror import Mirror
from qubesmanager.restore.wizard import RestoreWizard
from qubesmanager.sandbox.launcher import start_sandbox

from test_backup_support import call, fill_volume, qube_names, \
    random_blocks, volume_file, write_profile

PW = "restore wizard"


@pytest.fixture(scope="module")
def sb(tmp_path_factory):
    """Source and target at once: backups of its own qubes restore renamed."""
    sandbox = start_sandbox(tmp_path_factory.mktemp("rwiz") / "state",
                            demo=True, time_scale=0)
    yield sandbox
    sandbox.stop()


@pytest.fixture(scope="module")
def archive(sb):
    fill_volume(sb, "personal", {4096: b"wizard data" * 100})
    home = sb.state_dir / "qubes-dirs" / "dom0" / "home" / "user"
    home.mkdir(parents=True, exist_ok=True)
    (home / "notes.md").write_text("hello\n")
    qdir = sb.state_dir / "qubes-dirs" / "vault" / "backups"
    qdir.mkdir(parents=True)
    call(sb, "vault", "admin.vm.Start")
    write_profile(sb, "rw", include=["personal", "vault", "dom0"],
                  destination_vm="vault", destination_path="/backups",
                  passphrase_text=PW)
    call(sb, "dom0", "admin.backup.Execute", "rw")
    (path,) = qdir.iterdir()
    return "/backups/" + path.name


@pytest.fixture
def mirror(qtbot, sb):
    m = Mirror(QubesApp(sb.socket), disk=False)
    m.start()
    qtbot.waitUntil(lambda: m.is_loaded, timeout=30000)
    yield m
    m.stop()


def open_wizard(qtbot, mirror, sb, path, passphrase=PW):
    wiz = RestoreWizard(mirror, state_dir=sb.state_dir)
    qtbot.addWidget(wiz)
    wiz.show()
    page = wiz.location_page
    page.qube.setCurrentIndex(page.qube.findData("vault"))
    page.path.setText(path)
    qtbot.keyClicks(page.passphrase, passphrase)
    wiz.next()
    return wiz


def rows(wiz):
    tree = wiz.options_page.tree
    return {tree.topLevelItem(i).data(0, Qt.UserRole): tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())}


def test_wrong_passphrase_stays_on_first_page(qtbot, mirror, sb, archive):
    wiz = open_wizard(qtbot, mirror, sb, archive, "not it")
    page = wiz.location_page
    qtbot.waitUntil(lambda: "Cannot use" in page.status.text(), timeout=15000)
    assert "Wrong passphrase" in page.status.text()
    assert wiz.currentPage() is page


def test_table_follows_options(qtbot, mirror, sb, archive):
    wiz = open_wizard(qtbot, mirror, sb, archive)
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.options_page,
                    timeout=15000)
    table = rows(wiz)
    assert set(table) == {"personal", "vault", "dom0"}
    assert "as personal1" in table["personal"].text(4)
    wiz.options_page.rename.setChecked(False)
    assert "already exists" in rows(wiz)["personal"].text(4)
    wiz.options_page.verify_only.setChecked(True)
    assert "verified" in rows(wiz)["personal"].text(4)
    rows(wiz)["vault"].setCheckState(0, Qt.Unchecked)
    qtbot.waitUntil(lambda: "not selected" in rows(wiz)["vault"].text(4))
    assert wiz.options_page.options().exclude == {"vault"}


def test_restore_with_rename_progress_and_log(qtbot, mirror, sb, archive):
    before = qube_names(sb)
    wiz = open_wizard(qtbot, mirror, sb, archive)
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.options_page,
                    timeout=15000)
    rows(wiz)["vault"].setCheckState(0, Qt.Unchecked)
    wiz.options_page.skip_home.setChecked(True)
    qtbot.waitUntil(lambda: "not selected" in rows(wiz)["vault"].text(4))
    wiz.next()
    page = wiz.run_page
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=60000)
    assert page.outcome is True, page.status.text() + page.log.toPlainText()
    assert "successfully" in page.status.text()
    assert "Created personal1" in page.log.toPlainText()
    assert qube_names(sb) == before | {"personal1"}
    assigned = call(sb, "personal1", "admin.vm.device.usb.Assigned")
    original = call(sb, "personal", "admin.vm.device.usb.Assigned")
    assert original and assigned.split(b" ", 1)[0] == original.split(
        b" ", 1)[0]                          # same port and device identity
    assert b"mode='auto-attach'" in assigned
    with open(volume_file(sb, "personal1"), "rb") as fh:
        fh.seek(4096)
        assert fh.read(1100) == b"wizard data" * 100
    call(sb, "personal1", "admin.vm.Remove")


def test_cancel_rolls_back(qtbot, mirror, sb, tmp_path):
    """A restore cancelled mid-way leaves no qube behind."""
    fill_volume(sb, "untrusted", {0: random_blocks(4, 16 << 20)})
    write_profile(sb, "big", include=["untrusted"], destination_vm="dom0",
                  destination_path=str(tmp_path / "big.bak"),
                  passphrase_text=PW, compression=False)
    call(sb, "dom0", "admin.backup.Execute", "big")
    before = qube_names(sb)
    wiz = RestoreWizard(mirror, state_dir=sb.state_dir)
    qtbot.addWidget(wiz)
    wiz.show()
    loc = wiz.location_page
    loc.qube.setCurrentIndex(loc.qube.findData("dom0"))
    loc.path.setText(str(tmp_path / "big.bak"))
    qtbot.keyClicks(loc.passphrase, PW)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.options_page,
                    timeout=15000)
    page = wiz.run_page
    cancel = wiz.button(QWizard.CancelButton)

    def press_cancel_once_created(_level, text):
        if text.startswith("Created "):
            cancel.click()               # the user reacts to the log line
    page.bridge.log.connect(press_cancel_once_created)
    wiz.next()
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=60000)
    assert page.outcome is False
    assert "cancelled" in page.status.text()
    assert qube_names(sb) == before


@pytest.fixture
def german(qapp):
    """The German catalogue, as a German desktop session would load it."""
    from qubesmanager import i18n
    assert i18n.install_translators(qapp, ["de_DE", "de"])
    yield
    i18n.remove_translators(qapp)


def test_errors_are_shown_in_german(qtbot, mirror, sb, archive, german,
                                    tmp_path):
    """Engine and reader errors reach the page translated, not in English."""
    wiz = open_wizard(qtbot, mirror, sb, archive, "not it")
    page = wiz.location_page
    qtbot.waitUntil(lambda: "nicht verwendbar" in page.status.text(),
                    timeout=15000)
    assert page.status.text().startswith(
        "Diese Sicherung ist nicht verwendbar: Falsche Passphrase, oder das "
        "Archiv wurde verändert. (Wrong passphrase")   # reader detail: English
    missing = tmp_path / "nope.bak"
    page.qube.setCurrentIndex(page.qube.findData("dom0"))
    page.path.setText(str(missing))
    wiz.next()
    qtbot.waitUntil(lambda: "Datei" in page.status.text(), timeout=15000)
    assert page.status.text().startswith(
        "Diese Sicherung ist nicht verwendbar: Die Sicherung kann nicht "
        f"geöffnet werden (Datei {missing}): ")
    assert wiz.currentPage() is page


def _cut_in_private_volume(src, dest):
    with tarfile.open(src) as tar:   # the last volume chunk, cut in half
        member = [m for m in tar.getmembers() if "private.img" in m.name][-1]
    dest.write_bytes(src.read_bytes()[:member.offset_data + member.size // 2])


def test_failed_restore_is_reported_in_german(qtbot, mirror, sb, archive,
                                              german):
    """A truncated archive: the log and the failure read in German."""
    qdir = sb.state_dir / "qubes-dirs" / "vault"
    _cut_in_private_volume(qdir / archive.lstrip("/"),
                           qdir / "backups" / "cut.bak")
    before = qube_names(sb)
    wiz = open_wizard(qtbot, mirror, sb, "/backups/cut.bak")
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.options_page,
                    timeout=15000)
    wiz.options_page.skip_home.setChecked(True)
    assert "wird wiederhergestellt" in rows(wiz)["personal"].text(4)
    wiz.next()
    page = wiz.run_page
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=60000)
    assert page.outcome is False
    status = page.status.text()
    assert status.startswith("Die Wiederherstellung ist FEHLGESCHLAGEN: ")
    assert status.endswith(
        "Alles bisher Wiederhergestellte wurde wieder entfernt."), status
    log = page.log.toPlainText()
    assert "personal1 erstellt (umbenannt von personal)" in log, log
    assert "personal1 entfernt" in log
    assert "Created" not in log and "Removed" not in log
    assert qube_names(sb) == before
