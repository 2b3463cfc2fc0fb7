"""The sandbox's admin.backup.* methods and volume import, over the socket."""

import io
import tarfile
import threading
import time

import pytest

from qubesmanager.admin import exc, wire
from qubesmanager.backupformat.reader import BackupReader
from qubesmanager.sandbox.launcher import start_sandbox
from qubesmanager.restore.host import stream_call

from test_backup_support import EventRecorder, call, fill_volume, prop, \
    random_blocks, volume_file, write_profile

PW = "correct horse"


@pytest.fixture(scope="module")
def sb(tmp_path_factory):
    sandbox = start_sandbox(tmp_path_factory.mktemp("bsb") / "state",
                            demo=True, time_scale=0)
    yield sandbox
    sandbox.stop()


def test_info_table(sb, tmp_path):
    write_profile(sb, "info", include=["work", "personal"],
                  destination_vm="dom0", destination_path=str(tmp_path))
    text = call(sb, "dom0", "admin.backup.Info", "info").decode()
    lines = text.split("\n")
    assert lines[0] == "------------------+--------------+--------------+"
    assert lines[1] == "               VM |         type |         size |"
    assert lines[3].startswith("         personal |           VM |")
    assert lines[4].startswith("             work |           VM |")
    assert lines[6].startswith("      Total size: |")
    assert "VMs not selected for backup:\n - anon-whonix\n - " in text
    assert "\n - dom0\n" in text
    assert " - work\n" not in text


def test_info_default_set_includes_dom0_home_last(sb, tmp_path):
    write_profile(sb, "all", include=None, exclude=["vault"],
                  destination_vm="dom0", destination_path=str(tmp_path))
    text = call(sb, "dom0", "admin.backup.Info", "all").decode()
    rows = [line for line in text.split("\n") if line.endswith("|")
            and "VM |" not in line and "Total" not in line]
    assert rows[-1].startswith("             dom0 |    User home |")
    assert "VMs not selected for backup:\n - " in text and " - vault" in text


def test_profile_errors(sb, tmp_path):
    with pytest.raises(exc.ProtocolError, match="forward slash"):
        call(sb, "dom0", "admin.backup.Info", "a/b")
    with pytest.raises(exc.QubesException,
                       match="Backup profile does not exist: nope"):
        call(sb, "dom0", "admin.backup.Info", "nope")
    write_profile(sb, "bad", include=None, destination_vm="dom0")
    with pytest.raises(exc.QubesException, match="missing 'destination_path'"):
        call(sb, "dom0", "admin.backup.Info", "bad")
    write_profile(sb, "bad", include=None, destination_vm="ghost",
                  destination_path="/tmp")
    with pytest.raises(exc.QubesException, match="Invalid destination_vm"):
        call(sb, "dom0", "admin.backup.Info", "bad")
    write_profile(sb, "bad", include=["work"], destination_vm="dom0",
                  destination_path=str(tmp_path))
    with pytest.raises(exc.QubesException, match="passphrase_text or"):
        call(sb, "dom0", "admin.backup.Execute", "bad")
    write_profile(sb, "bad", include=["work"], destination_vm="dom0",
                  destination_path=str(tmp_path / "no" / "such" / "file"),
                  passphrase_text=PW)
    with pytest.raises(exc.QubesException, match="does not exists"):
        call(sb, "dom0", "admin.backup.Execute", "bad")
    with pytest.raises(exc.QubesException, match="not running"):
        call(sb, "dom0", "admin.backup.Cancel", "bad")


def test_execute_writes_v4_archive(sb, tmp_path):
    data = random_blocks(1, 300_000)
    fill_volume(sb, "work", {1 << 20: data})
    write_profile(sb, "local", include=["work", "@tag:no-such-tag"],
                  destination_vm="dom0", destination_path=str(tmp_path),
                  passphrase_text=PW, compression=False)
    assert prop(sb, "work", "backup_timestamp").text == ""
    before = time.time()
    call(sb, "dom0", "admin.backup.Execute", "local")
    archives = list(tmp_path.iterdir())
    assert len(archives) == 1 and archives[0].name.startswith("qubes-")
    stamp = int(prop(sb, "work", "backup_timestamp").text)
    assert stamp >= int(before) - 1
    reader = BackupReader(lambda: open(archives[0], "rb"), PW)
    inner = reader.read_metadata()
    assert reader.header.compressed is False
    xml = tarfile.open(fileobj=io.BytesIO(inner)).extractfile(
        "qubes.xml").read()
    assert b'name="backup-content">1<' in xml
    image = volume_file(sb, "work")
    with open(image, "rb") as fh:
        prefix = fh.read(2 << 20)
    assert prefix[1 << 20:(1 << 20) + len(data)] == data
    seen = {}
    for afile in reader.iter_files(lambda p: True):
        tar = tarfile.open(fileobj=afile.stream, mode="r|")
        for info in tar:
            # Only the start: 2 GiB of holes would cost seconds to expand.
            seen[info.name] = (info.size, tar.extractfile(info).read(2 << 20))
    (path,) = [p for p in seen if p.endswith("private.img")]
    assert seen[path] == (image.stat().st_size, prefix)


def test_destination_qube_directory_and_command(sb):
    write_profile(sb, "toqube", include=["personal"], destination_vm="vault",
                  destination_path="/home/user/backups", passphrase_text=PW)
    with pytest.raises(exc.QubesVMNotRunningError):
        call(sb, "dom0", "admin.backup.Execute", "toqube")
    call(sb, "vault", "admin.vm.Start")
    target = sb.state_dir / "qubes-dirs" / "vault" / "home" / "user" / "backups"
    target.mkdir(parents=True)
    call(sb, "dom0", "admin.backup.Execute", "toqube")
    (archive,) = target.iterdir()
    assert archive.name.startswith("qubes-backup-")
    assert tarfile.open(archive).getnames()[0] == "backup-header"
    # Not a directory: the line is a command receiving the archive.
    write_profile(sb, "toqube", include=["personal"], destination_vm="vault",
                  destination_path="cat > piped.bin", passphrase_text=PW)
    call(sb, "dom0", "admin.backup.Execute", "toqube")
    piped = sb.state_dir / "qubes-dirs" / "vault" / "piped.bin"
    assert tarfile.open(piped).getnames()[0] == "backup-header"
    write_profile(sb, "toqube", include=["personal"], destination_vm="vault",
                  destination_path="exit 3", passphrase_text=PW)
    with pytest.raises(exc.QubesException,
                       match="Writing backup to VM vault failed"):
        call(sb, "dom0", "admin.backup.Execute", "toqube")


def test_progress_cancel_and_already_running(sb, tmp_path):
    """A long backup reports progress, refuses a second run, cancels
    cleanly: no archive left, no backup_timestamp."""
    fill_volume(sb, "untrusted", {0: random_blocks(7, 40 << 20)})
    write_profile(sb, "long", include=["untrusted"], destination_vm="dom0",
                  destination_path=str(tmp_path / "long.bak"),
                  passphrase_text=PW, compression="bzip2")
    events = EventRecorder(sb)
    result = {}

    def run():
        try:
            call(sb, "dom0", "admin.backup.Execute", "long")
            result["ok"] = True
        except Exception as err:  # noqa: BLE001 - checked below
            result["err"] = err
    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 30
    while not events.named("backup-progress") and time.monotonic() < deadline:
        time.sleep(0.02)
    progress = events.named("backup-progress")
    assert progress, "no backup-progress event"
    with pytest.raises(exc.BackupAlreadyRunningError):
        call(sb, "dom0", "admin.backup.Execute", "long")
    call(sb, "dom0", "admin.backup.Cancel", "long")
    worker.join(30)
    events.close()
    assert isinstance(result.get("err"), exc.BackupCancelledError)
    assert str(result["err"]) == "Backup cancelled"
    assert list(tmp_path.iterdir()) == []
    assert prop(sb, "untrusted", "backup_timestamp").text == ""
    first = progress[0]
    assert first.subject == ""
    assert list(first.kwargs) == ["backup_profile", "progress"]
    assert first.kwargs["backup_profile"] == "long"
    assert 0 < float(first.kwargs["progress"]) < 100


def _import(sb, qube, size, data, method="admin.vm.volume.ImportWithSize"):
    head = f"{size}\n".encode() if method.endswith("WithSize") else b""
    return stream_call(sb.socket, qube, method, "private", head,
                       io.BytesIO(data), len(data))


def test_volume_import_streams_and_checks_size(sb):
    data = bytes(200_000) + random_blocks(3, 100_000) + bytes(300_000)
    events = EventRecorder(sb)
    _import(sb, "work", len(data), data)
    image = volume_file(sb, "work")
    assert image.read_bytes() == data
    assert image.stat().st_blocks * 512 < 250_000   # zeros stayed holes
    info = wire.parse_key_values(
        call(sb, "work", "admin.vm.volume.Info", "private").decode())
    assert info["size"] == str(len(data))
    deadline = time.monotonic() + 5
    while not events.named("domain-volume-import-end") \
            and time.monotonic() < deadline:
        time.sleep(0.01)
    events.close()
    begin = events.named("domain-volume-import-begin")[0]
    assert begin.subject == "work" and begin.kwargs["size"] == str(len(data))
    assert events.named("domain-volume-import-end")[0].kwargs["success"] \
        == "True"
    with pytest.raises(exc.QubesException, match="not enough data"):
        _import(sb, "work", 1000, b"x" * 10)
    with pytest.raises(exc.QubesException, match="too much data"):
        _import(sb, "work", 5, b"x" * 10)
    assert image.read_bytes() == data       # failed imports changed nothing
    # Plain Import: exactly the current size.
    _import(sb, "work", None, b"\1" * len(data), "admin.vm.volume.Import")
    assert image.read_bytes() == b"\1" * len(data)


def test_import_refused_while_running(sb):
    call(sb, "sys-net", "admin.vm.Start")
    with pytest.raises(exc.QubesVMNotHaltedError):
        _import(sb, "sys-net", 4, b"abcd")


def test_service_program_streams_like_qrexec(sb):
    """The executable the real client runs (backup-format.md 3.6)."""
    import os
    import subprocess
    script = sb.state_dir / "qrexec-services" / \
        "admin.vm.volume.ImportWithSize"
    assert os.access(script, os.X_OK)
    data = random_blocks(9, 70_000)
    out = subprocess.run(
        [str(script), "private"], input=b"%d\n" % len(data) + data,
        env=dict(os.environ, QREXEC_REMOTE_DOMAIN="dom0",
                 QREXEC_REQUESTED_TARGET="personal"),
        capture_output=True, check=True).stdout
    assert out == b"0\0"
    with open(volume_file(sb, "personal"), "rb") as fh:
        assert fh.read(len(data)) == data


def test_passphrase_from_a_qube(sb, tmp_path):
    """passphrase_vm: the (simulated) qubes.BackupPassphrase service."""
    write_profile(sb, "pvm", include=["personal"], destination_vm="dom0",
                  destination_path=str(tmp_path / "p.bak"),
                  passphrase_vm="ghost")
    with pytest.raises(exc.QubesException, match="invalid passphrase_vm"):
        call(sb, "dom0", "admin.backup.Execute", "pvm")
    write_profile(sb, "pvm", include=["personal"], destination_vm="dom0",
                  destination_path=str(tmp_path / "p.bak"),
                  passphrase_vm="vault")
    state = call(sb, "vault", "admin.vm.CurrentState").decode()
    if "power_state=Running" not in state:
        call(sb, "vault", "admin.vm.Start")
    with pytest.raises(exc.QubesException, match="Failed to retrieve"):
        call(sb, "dom0", "admin.backup.Execute", "pvm")
    service = sb.state_dir / "qubes-dirs" / "vault" / \
        "qubes.BackupPassphrase+pvm"
    service.parent.mkdir(parents=True, exist_ok=True)
    service.write_text("  from the vault \n")
    call(sb, "dom0", "admin.backup.Execute", "pvm")
    reader = BackupReader(lambda: open(tmp_path / "p.bak", "rb"),
                          "from the vault")
    reader.read_metadata()
    assert reader.header.backup_id
