"""Restore engine against real sandboxes: round trip, options, refusals.

One source sandbox writes the archives (module scope); restores go into
fresh target sandboxes.  Every refusal must leave the target exactly as
it was (no qube created, no home directory).
"""

import io
import shutil
import tarfile

import pytest

from qubesmanager.admin import wire
from qubesmanager.backupformat.errors import WrongPassphrase
from qubesmanager.restore.engine import RestoreEngine, RestoreFailed
from qubesmanager.restore.host import AdminHost
from qubesmanager.restore.plan import Problem, RestoreOptions
from qubesmanager.restore.sources import SourceError, open_source
from qubesmanager.sandbox.launcher import start_sandbox

from test_backup_support import app_for, call, fill_volume, prop, \
    qube_names, random_blocks, volume_file, write_profile

PW = "restore me"
DATA = random_blocks(11, 300_000)
FIREWALL = ("action=accept dsthost=example.com proto=tcp dstports=443\n"
            "action=drop\n")


@pytest.fixture(scope="module")
def src(tmp_path_factory):
    sb = start_sandbox(tmp_path_factory.mktemp("rsrc") / "state", demo=True,
                       time_scale=0)
    call(sb, "dom0", "admin.vm.Create.TemplateVM", None,
         "name=tpl-x label=black")
    call(sb, "dom0", "admin.vm.Create.AppVM", "tpl-x",
         "name=app-x label=green")
    call(sb, "work", "admin.vm.property.Set", "memory", b"600")
    call(sb, "work", "admin.vm.property.Set", "vcpus", b"3")
    call(sb, "work", "admin.vm.property.Set", "netvm", b"sys-firewall")
    call(sb, "work", "admin.vm.feature.Set", "my-feature", b"hello")
    call(sb, "work", "admin.vm.tag.Set", "my-tag")
    call(sb, "work", "admin.vm.firewall.Set", None, FIREWALL.encode())
    call(sb, "work", "admin.vm.notes.Set", None, "my notes ✓".encode())
    fill_volume(sb, "work", {1 << 20: DATA, 5 << 20: b"tail"})
    home = sb.state_dir / "qubes-dirs" / "dom0" / "home" / "user"
    (home / ".config").mkdir(parents=True)
    (home / ".bashrc").write_text("alias ll='ls -l'\n")
    (home / ".config" / "x.conf").write_text("x=1\n")
    (home / "link").symlink_to(".bashrc")
    yield sb
    sb.stop()


@pytest.fixture(scope="module")
def archive(src, tmp_path_factory):
    out = tmp_path_factory.mktemp("arch") / "full.bak"
    write_profile(src, "full", include=["work", "app-x", "dom0"],
                  destination_vm="dom0", destination_path=str(out),
                  passphrase_text=PW, compression=True)
    call(src, "dom0", "admin.backup.Execute", "full")
    return out


@pytest.fixture(scope="module")
def other_archive(src, tmp_path_factory):
    """A second backup of the same qubes (same names, another backup id)."""
    out = tmp_path_factory.mktemp("arch2") / "other.bak"
    write_profile(src, "other", include=["work", "app-x", "dom0"],
                  destination_vm="dom0", destination_path=str(out),
                  passphrase_text=PW, compression=True)
    call(src, "dom0", "admin.backup.Execute", "other")
    return out


@pytest.fixture(scope="module")
def dst(tmp_path_factory):
    """A target shared by the refusal tests (they must leave it unchanged)."""
    sb = start_sandbox(tmp_path_factory.mktemp("rdst") / "state", demo=True,
                       time_scale=0)
    yield sb
    sb.stop()


def engine(sb, path, passphrase=PW, home=None, log=None):
    return RestoreEngine(AdminHost(app_for(sb)),
                         open_source("dom0", str(path), None), passphrase,
                         home=str(home) if home else None,
                         log=log or (lambda level, text: None))


def test_round_trip_into_fresh_sandbox(src, archive, tmp_path):
    target = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    try:
        call(target, "work", "admin.vm.Remove")
        eng = engine(target, archive, home=tmp_path)
        content = eng.load()
        assert {q.name for q in content.in_backup()} == {"work", "app-x",
                                                           "dom0"}
        opts = RestoreOptions(ignore_missing=True,
                              ignore_username_mismatch=True)
        entries = {e.name: e for e in eng.plan(opts)}
        assert entries["work"].good and entries["work"].target == "work"
        assert entries["app-x"].template_changed     # tpl-x is not here
        result = eng.run(list(entries.values()), opts)
        assert result.errors == []
        assert {"work", "app-x"} <= set(result.restored)
        for name in ("memory", "vcpus", "netvm", "label"):
            assert prop(target, "work", name).text == prop(src, "work",
                                                           name).text
        assert prop(target, "app-x", "template").text == "fedora-42-xfce"
        assert call(target, "work", "admin.vm.feature.Get",
                    "my-feature") == b"hello"
        assert b"my-tag\n" in call(target, "work", "admin.vm.tag.List")
        assert call(target, "work", "admin.vm.firewall.Get") == call(
            src, "work", "admin.vm.firewall.Get")
        assert call(target, "work", "admin.vm.notes.Get").decode() \
            == "my notes ✓"
        restored = volume_file(target, "work")
        original = volume_file(src, "work")
        assert restored.stat().st_size == original.stat().st_size
        with open(restored, "rb") as a, open(original, "rb") as b:
            assert a.read(6 << 20) == b.read(6 << 20)
        home = result.home_dir
        assert home.parent == tmp_path
        user = home / "dom0-home" / "user"
        assert (user / ".bashrc").read_text() == "alias ll='ls -l'\n"
        assert (user / ".config" / "x.conf").read_text() == "x=1\n"
        assert (user / "link").is_symlink()
    finally:
        target.stop()


def test_plan_conflicts_missing_and_exclude(dst, archive):
    eng = engine(dst, archive)
    entries = {e.name: e for e in eng.plan(RestoreOptions())}
    assert entries["work"].target == "work1"            # renamed
    assert entries["app-x"].problems == [Problem.MISSING_TEMPLATE]
    # The archive's home belongs to "user"; we run as someone else.
    assert entries["dom0"].problems in ([], [Problem.USERNAME_MISMATCH])
    entries = {e.name: e for e in eng.plan(RestoreOptions(
        rename_conflicting=False, exclude=frozenset({"app-x"}),
        dom0_home=False))}
    assert entries["work"].problems == [Problem.ALREADY_EXISTS]
    assert entries["app-x"].problems == [Problem.EXCLUDED]
    assert entries["dom0"].problems == [Problem.EXCLUDED]


def test_verify_only_creates_nothing(dst, archive, tmp_path):
    before = qube_names(dst)
    eng = engine(dst, archive, home=tmp_path)
    opts = RestoreOptions(verify_only=True)
    entries = eng.plan(opts)
    assert all(e.good for e in entries)     # host state does not matter
    result = eng.run(entries, opts)
    assert set(result.verified) == {"work", "app-x", "dom0"}
    assert qube_names(dst) == before and list(tmp_path.iterdir()) == []


def test_rename_and_pool(dst, archive, tmp_path):
    eng = engine(dst, archive, home=tmp_path)
    opts = RestoreOptions(pool="varlibqubes", dom0_home=False)
    result = eng.run(eng.plan(opts), opts)
    assert result.restored == ["work1"] and result.errors == []
    info = wire.parse_key_values(
        call(dst, "work1", "admin.vm.volume.Info", "private").decode())
    assert info["pool"] == "varlibqubes"
    with open(volume_file(dst, "work1"), "rb") as fh:
        fh.seek(1 << 20)
        assert fh.read(len(DATA)) == DATA
    call(dst, "work1", "admin.vm.Remove")


def _refused(dst, path, tmp_path, match, passphrase=PW):
    before = qube_names(dst)
    eng = engine(dst, path, passphrase, home=tmp_path)
    with pytest.raises((RestoreFailed, WrongPassphrase), match=match):
        opts = RestoreOptions(ignore_missing=True,
                              ignore_username_mismatch=True)
        eng.run(eng.plan(opts), opts)
    assert qube_names(dst) == before, "qubes were left behind"
    assert list(tmp_path.iterdir()) == [], "home files were left behind"


def _members(path):
    with tarfile.open(path) as tar:
        return {m.name: (m.offset_data, m.size) for m in tar.getmembers()}


def _private_member(path):
    return next(n for n in _members(path) if n.endswith("private.img.000.enc")
                and _members(path)[n][1] > 10_000)


def test_wrong_passphrase_refused(dst, archive, tmp_path):
    _refused(dst, archive, tmp_path, "Wrong passphrase", passphrase="nope")


def test_truncated_archive_refused(dst, archive, tmp_path):
    cut = tmp_path.parent / (tmp_path.name + "-cut.bak")
    name = _private_member(archive)
    offset, size = _members(archive)[name]
    cut.write_bytes(archive.read_bytes()[:offset + size // 2])
    _refused(dst, cut, tmp_path, "truncated")


def test_tampered_chunk_refused(dst, archive, tmp_path):
    bad = tmp_path.parent / (tmp_path.name + "-bad.bak")
    data = bytearray(archive.read_bytes())
    offset, size = _members(archive)[_private_member(archive)]
    data[offset + size // 2] ^= 0x40
    bad.write_bytes(bytes(data))
    _refused(dst, bad, tmp_path, "modified or damaged")


def test_chunk_from_other_backup_refused(dst, archive, other_archive,
                                         tmp_path):
    """The other backup's chunk for the same file, put in its place."""
    mixed = tmp_path.parent / (tmp_path.name + "-mixed.bak")
    with tarfile.open(other_archive) as theirs:
        name = _private_member(other_archive)
        foreign = theirs.extractfile(name).read()
    with tarfile.open(archive) as ours, tarfile.open(mixed, "w") as out:
        for member in ours.getmembers():
            data = ours.extractfile(member).read()
            if member.name == name:
                data, member.size = foreign, len(foreign)
            out.addfile(member, io.BytesIO(data))
    _refused(dst, mixed, tmp_path, "does not belong to this backup")


def test_cancel_rolls_back(dst, archive, tmp_path):
    before = qube_names(dst)
    logs = []
    eng = engine(dst, archive, home=tmp_path,
                 log=lambda level, text: logs.append(text))
    opts = RestoreOptions(ignore_missing=True, ignore_username_mismatch=True)
    entries = eng.plan(opts)
    original = eng.host.import_volume

    def cancel_during_import(*args, **kwargs):
        eng.cancel()          # the user presses Cancel mid-restore
        return original(*args, **kwargs)
    eng.host.import_volume = cancel_during_import
    with pytest.raises(RestoreFailed, match="cancelled"):
        eng.run(entries, opts)
    assert any(t.startswith("Created ") for t in logs)   # it had begun
    assert qube_names(dst) == before
    assert list(tmp_path.iterdir()) == []


def test_archive_in_qube_directory(dst, archive):
    qdir = dst.state_dir / "qubes-dirs" / "vault" / "backups"
    qdir.mkdir(parents=True)
    shutil.copy(archive, qdir / "b.bak")
    source = open_source("vault", "/backups/b.bak", dst.state_dir)
    assert source.size() == archive.stat().st_size
    with pytest.raises(SourceError, match="leaves"):
        open_source("vault", "../../../etc/passwd", dst.state_dir)
    with pytest.raises(SourceError):
        open_source("vault", "/backups/b.bak", None)


def test_missing_label_falls_back_to_red(src, dst, tmp_path):
    """A custom label of the source system does not exist here."""
    call(src, "dom0", "admin.label.Create", "violet", b"0x8f00ff")
    call(src, "dom0", "admin.vm.Create.AppVM", None,
         "name=labelled label=violet")
    out = tmp_path / "label.bak"
    write_profile(src, "label", include=["labelled"], destination_vm="dom0",
                  destination_path=str(out), passphrase_text=PW)
    call(src, "dom0", "admin.backup.Execute", "label")
    eng = engine(dst, out)
    (entry,) = eng.plan(RestoreOptions())
    assert entry.good and entry.label == "red" and entry.label_changed
    result = eng.run([entry], RestoreOptions())
    assert result.restored == ["labelled"] and result.errors == []
    assert prop(dst, "labelled", "label").text == "red"
    call(dst, "labelled", "admin.vm.Remove")
