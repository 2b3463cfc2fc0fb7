"""Issue 7 with the REAL restore code: our sandbox writes, upstream restores.

Runs only when ``QUBESADMIN_PATH`` names a directory holding a copy of the
upstream ``qubesadmin`` package *including* ``qubesadmin/backup/`` and
``tools/qvm_backup_restore.py`` (GPL: never part of this repository; CI
skips every test here).  docs/backup-interop.md says how the copy was made.

One sandbox writes an archive with ``admin.backup.Execute``; the real
``qvm-backup-restore`` (each run its own process, as a user runs it)
verifies and restores it into a fresh sandbox, streaming volumes through
the service program the sandbox installs in ``<state-dir>/qrexec-services``
(backup-format.md 3.6; the runner points
``qubesadmin.config.QREXEC_SERVICES_DIR`` there — we run as root, so the
library calls it without ``sudo``).  Then everything is compared.

``QUBES_TARWRITER`` (optional) names upstream's ``qubes/tarwriter.py``
(qubes-core-admin, the server's sparse tar writer); with it, the reverse
direction is checked too: an image archived by that real writer is
restored by our engine.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qubesmanager.admin import wire
from qubesmanager.restore.host import stream_call
from qubesmanager.sandbox.launcher import start_sandbox

from test_backup_support import call, qube_names, random_blocks, \
    volume_file, write_profile

LIBRARY = os.environ.get("QUBESADMIN_PATH", "")
HAS_RESTORE = bool(LIBRARY) and os.path.isfile(
    os.path.join(LIBRARY, "qubesadmin", "tools", "qvm_backup_restore.py"))

pytestmark = pytest.mark.skipif(
    not HAS_RESTORE,
    reason="QUBESADMIN_PATH does not point to a qubesadmin copy with "
           "backup restore")

PW = "interop passphrase"

# argv: LIBRARY SOCKET SERVICES_DIR ARGS...
RUNNER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    import qubesadmin, qubesadmin.app, qubesadmin.config
    qubesadmin.config.QUBESD_SOCKET = sys.argv[2]
    qubesadmin.config.QREXEC_SERVICES_DIR = sys.argv[3]
    qubesadmin.Qubes = qubesadmin.app.QubesLocal
    import qubesadmin.tools.qvm_backup_restore as tool
    sys.argv = ['qvm-backup-restore'] + sys.argv[4:]
    sys.exit(tool.main(sys.argv[1:]) or 0)
""")

#: Properties that differ by design between source and restored qube.
VOLATILE = {"qid", "uuid", "ip", "ip6", "visible_ip", "visible_ip6",
            "visible_gateway", "visible_gateway6", "visible_netmask",
            "backup_timestamp", "dispid", "start_time", "xid", "stubdom_xid"}

#: qube -> volumes holding data
VOLUMES = {"h10-tpl": ("root", "private"), "h10-app": ("private",),
           "h10-standalone": ("root", "private"),
           "h10-dvmtpl": ("private",), "h10-child": ("private",)}


def restore_tool(sb, *args, timeout=300):
    return subprocess.run(
        [sys.executable, "-c", RUNNER, LIBRARY, sb.socket,
         str(Path(sb.state_dir) / "qrexec-services"), *args],
        capture_output=True, text=True, timeout=timeout)


def put_volume(sb, qube, volume, data: bytes) -> None:
    """Give a halted qube small volume content (the size becomes len(data)),
    so the real restore, which streams apparent sizes, stays fast."""
    stream_call(sb.socket, qube, "admin.vm.volume.ImportWithSize", volume,
                f"{len(data)}\n".encode(), io.BytesIO(data), len(data))


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """Sandbox A with a varied set of qubes, and the archive it wrote."""
    base = tmp_path_factory.mktemp("interop-src")
    sb = start_sandbox(base / "state", demo=True, time_scale=0)
    try:
        create = [("TemplateVM", None, "h10-tpl", "black"),
                  ("AppVM", "fedora-42-xfce", "h10-app", "blue"),
                  ("StandaloneVM", None, "h10-standalone", "green"),
                  ("AppVM", "fedora-42-xfce", "h10-dvmtpl", "red"),
                  ("AppVM", "h10-tpl", "h10-child", "orange"),
                  ("DispVM", "h10-dvmtpl", "h10-disp", "red")]
        for cls, template, name, label in create:
            if cls == "DispVM":
                call(sb, "h10-dvmtpl", "admin.vm.property.Set",
                     "template_for_dispvms", b"True")
            call(sb, "dom0", f"admin.vm.Create.{cls}", template,
                 f"name={name} label={label}".encode())
        sets = [("h10-app", "memory", b"612"), ("h10-app", "netvm", b"sys-net"),
                ("h10-app", "default_dispvm", b"h10-dvmtpl"),
                ("h10-standalone", "vcpus", b"3"),
                ("h10-standalone", "kernelopts", b"nopat quiet"),
                ("h10-child", "netvm", b""),
                ("h10-tpl", "include_in_backups", b"False")]
        for qube, prop, value in sets:
            call(sb, qube, "admin.vm.property.Set", prop, value)
        call(sb, "h10-app", "admin.vm.feature.Set", "service.crond", b"1")
        call(sb, "h10-app", "admin.vm.feature.Set", "gui-emulated", b"")
        call(sb, "h10-app", "admin.vm.tag.Set", "interop-tag")
        call(sb, "h10-app", "admin.vm.firewall.Set", None,
             b"action=accept proto=tcp dsthost=10.1.2.3 dstports=443-443\n"
             b"action=accept specialtarget=dns\n"
             b"action=accept proto=icmp icmptype=8 comment=ping\n"
             b"action=drop\n")
        call(sb, "h10-app", "admin.vm.notes.Set", None,
             "notes ünïcode\nline 2\n".encode())
        seed = 40
        for qube, volumes in VOLUMES.items():
            for volume in volumes:
                seed += 1
                put_volume(sb, qube, volume,
                           bytes(8192) + random_blocks(seed, 70_000 + seed)
                           + bytes(200_000 + 512 * seed))
        write_profile(sb, "interop",
                      include=["@tag:no-such-tag", "h10-tpl", "h10-app",
                               "h10-standalone", "h10-dvmtpl", "h10-child",
                               "h10-disp", "dom0"],
                      destination_vm="dom0",
                      destination_path=str(base / "archive"),
                      passphrase_text=PW, compression=True)
        call(sb, "dom0", "admin.backup.Execute", "interop")
        (base / "pass").write_text(PW + "\n")
        yield sb, base / "archive", base / "pass"
    finally:
        sb.stop()


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    sb = start_sandbox(tmp_path_factory.mktemp("interop-dst") / "state",
                       demo=True, time_scale=0)
    yield sb
    sb.stop()


def lines(sb, qube, method):
    return set(call(sb, qube, method).decode().splitlines())


def props(sb, qube):
    return {line for line in lines(sb, qube, "admin.vm.property.GetAll")
            if line.split(" ", 1)[0] not in VOLATILE}


def test_wrong_passphrase_is_refused(source, target, tmp_path):
    _sb, archive, _pass = source
    (tmp_path / "bad").write_text("not it\n")
    result = restore_tool(target, "-p", str(tmp_path / "bad"), str(archive))
    assert result.returncode != 0
    assert "Corrupted backup header" in result.stderr + result.stdout


def test_verify_only_with_real_tool(source, target):
    _sb, archive, pass_file = source
    before = qube_names(target)
    result = restore_tool(target, "--verify-only", "-p", str(pass_file),
                          str(archive))
    assert result.returncode == 0, result.stderr
    for name in VOLUMES:
        assert f" {name} |" in result.stdout
    assert "-> Done." in result.stderr
    assert "ERROR" not in result.stderr and "Error" not in result.stderr
    assert qube_names(target) == before          # nothing created


def test_full_restore_with_real_tool(source, target):
    src, archive, pass_file = source
    result = restore_tool(target, "-p", str(pass_file), "--skip-dom0-home",
                          str(archive))
    assert result.returncode == 0, result.stderr
    # upstream logs per-item failures and goes on: there must be none
    for word in ("Error", "ERROR", "Failed", "Traceback"):
        assert word not in result.stderr, result.stderr
    restored = qube_names(target)
    assert set(VOLUMES) | {"h10-disp"} <= restored
    for qube, volumes in VOLUMES.items():
        for volume in volumes:
            mine = volume_file(src, qube, volume)
            theirs = volume_file(target, qube, volume)
            assert theirs.stat().st_size == mine.stat().st_size
            assert theirs.read_bytes() == mine.read_bytes(), (qube, volume)
    for qube in list(VOLUMES) + ["h10-disp"]:
        assert props(target, qube) == props(src, qube), qube
        assert lines(target, qube, "admin.vm.feature.List") == \
            lines(src, qube, "admin.vm.feature.List"), qube
        for feature in lines(src, qube, "admin.vm.feature.List"):
            assert call(target, qube, "admin.vm.feature.Get", feature) == \
                call(src, qube, "admin.vm.feature.Get", feature)
        assert lines(target, qube, "admin.vm.tag.List") == \
            lines(src, qube, "admin.vm.tag.List"), qube
    assert call(target, "h10-app", "admin.vm.firewall.Get") == \
        call(src, "h10-app", "admin.vm.firewall.Get")
    restore_py = Path(LIBRARY, "qubesadmin", "backup", "restore.py")
    if "notes.txt" in restore_py.read_text():     # newer library versions
        assert call(target, "h10-app", "admin.vm.notes.Get") == \
            call(src, "h10-app", "admin.vm.notes.Get")


TARWRITER = os.environ.get("QUBES_TARWRITER", "")


@pytest.mark.skipif(not (TARWRITER and os.path.isfile(TARWRITER)),
                    reason="QUBES_TARWRITER does not name upstream's "
                           "qubes/tarwriter.py")
def test_image_from_real_tar_writer_restores_with_ours(target, tmp_path):
    """Upstream's server writes block-device volumes with its own sparse
    tar writer; an archive holding such a member restores with our engine."""
    import test_backup_interop_upstream as like
    from qubesmanager.restore.engine import RestoreEngine
    from qubesmanager.restore.host import AdminHost
    from qubesmanager.restore.plan import RestoreOptions
    from qubesmanager.restore.sources import open_source
    from test_backup_support import app_for
    if not like.SAMPLE.is_dir() or not shutil.which("scrypt"):
        pytest.skip("sample qubes.xml or scrypt missing")
    work = tmp_path
    (work / "src").mkdir()
    image = work / "src" / "disk"
    with open(image, "wb") as fh:       # ends in a hole: the zero-length
        fh.truncate(6 << 20)            # final segment matters
        fh.seek(3 << 20)
        fh.write(random_blocks(77, 123_456))
    (work / "src" / "qubes.xml").write_text(
        like.marked_qubes_xml({"work": 123_456}))
    writer = like.UpstreamLikeWriter(work)
    writer.header()
    writer.file("qubes.xml", "tar -c -C src qubes.xml")
    names = writer.file(
        "vm9/private.img",
        f"{sys.executable} {TARWRITER} --override-name vm9/private.img "
        "src/disk")
    assert names[0] == "vm9/private.img.000.enc"
    archive = writer.finish()
    eng = RestoreEngine(AdminHost(app_for(target)),
                        open_source("dom0", str(archive), None), like.PW,
                        home=str(tmp_path))
    opts = RestoreOptions(exclude=frozenset({"debian-standalone"}),
                          dom0_home=False)
    entries = [e for e in eng.plan(opts) if e.qube.name == "work"]
    result = eng.run(entries, opts)
    assert result.errors == []
    (restored,) = result.restored
    data = volume_file(target, restored).read_bytes()
    assert data == image.read_bytes()
    assert wire.parse_property(call(target, restored, "admin.vm.property.Get",
                                    "label").decode()).text == "blue"


BACKUP_TOOL = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    import qubesadmin, qubesadmin.app, qubesadmin.config
    qubesadmin.config.QUBESD_SOCKET = sys.argv[2]
    qubesadmin.Qubes = qubesadmin.app.QubesLocal
    import qubesadmin.tools.qvm_backup as tool
    # the sandbox keeps /etc/qubes/backup under its state dir
    tool.backup_profile_dir = sys.argv[3]
    sys.argv = ['qvm-backup'] + sys.argv[4:]
    sys.exit(tool.main(sys.argv[1:]) or 0)
""")


@pytest.mark.skipif(not os.path.isfile(os.path.join(
    LIBRARY, "qubesadmin", "tools", "qvm_backup.py")),
    reason="no qvm_backup.py in the qubesadmin copy")
def test_real_qvm_backup_then_real_restore(tmp_path):
    """The whole real client loop on sandboxes: qvm-backup writes its
    profile, reads the Info table, runs Execute while printing
    backup-progress; qvm-backup-restore restores the result."""
    src = start_sandbox(tmp_path / "a", demo=True, time_scale=0)
    dst = start_sandbox(tmp_path / "b", demo=True, time_scale=0)
    try:
        data = random_blocks(91, 300_000) + bytes(4096)
        put_volume(src, "vault", "private", data)
        profiles = Path(src.state_dir) / "etc" / "qubes" / "backup"
        profiles.mkdir(parents=True, exist_ok=True)
        (tmp_path / "pass").write_text(PW + "\n")
        (tmp_path / "out").mkdir()
        run = subprocess.run(
            [sys.executable, "-c", BACKUP_TOOL, LIBRARY, src.socket,
             str(profiles), "-y", "-p", str(tmp_path / "pass"), "-Z", "bzip2",
             "-x", "work", str(tmp_path / "out"), "vault", "work"],
            capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        assert "\n            vault |           VM |" in run.stdout
        assert " - work\n" in run.stdout                # excluded
        assert list(profiles.iterdir()) == []           # profile removed
        (archive,) = (tmp_path / "out").iterdir()
        result = restore_tool(dst, "-p", str(tmp_path / "pass"),
                              "--rename-conflicting", str(archive))
        assert result.returncode == 0, result.stderr
        assert "Error" not in result.stderr
        # renamed "vault1" by older library versions, "vault-1" by newer
        (renamed,) = [n for n in qube_names(dst)
                      if n.startswith("vault") and n != "vault"]
        assert volume_file(dst, renamed).read_bytes() == data
        assert not [n for n in qube_names(dst)
                    if n.startswith("work") and n != "work"]
    finally:
        src.stop()
        dst.stop()


def test_same_archive_same_result_as_ours(source, tmp_path):
    """Side by side: the real restore into one fresh sandbox, our engine
    into another; every qube must come out the same (names included)."""
    from qubesmanager.restore.engine import RestoreEngine
    from qubesmanager.restore.host import AdminHost
    from qubesmanager.restore.plan import RestoreOptions
    from qubesmanager.restore.sources import open_source
    from test_backup_support import app_for
    _src, archive, pass_file = source
    real = start_sandbox(tmp_path / "real", demo=True, time_scale=0)
    ours = start_sandbox(tmp_path / "ours", demo=True, time_scale=0)
    try:
        # a conflict, so both must rename the same way
        for sb in (real, ours):
            call(sb, "dom0", "admin.vm.Create.AppVM", "fedora-42-xfce",
                 b"name=h10-app label=red")
        result = restore_tool(real, "-p", str(pass_file), "--skip-dom0-home",
                              "--rename-conflicting", str(archive))
        assert result.returncode == 0, result.stderr
        eng = RestoreEngine(AdminHost(app_for(ours)),
                            open_source("dom0", str(archive), None), PW,
                            home=str(tmp_path))
        opts = RestoreOptions(dom0_home=False)
        outcome = eng.run(eng.plan(opts), opts)
        assert outcome.errors == []
        names = qube_names(real)
        assert names == qube_names(ours)
        assert "h10-app1" in names
        restored = sorted(n for n in names
                          if n.startswith("h10-") and n != "h10-app")
        for qube in restored:
            assert props(real, qube) == props(ours, qube), qube
            for method in ("admin.vm.feature.List", "admin.vm.tag.List",
                           "admin.vm.firewall.Get", "admin.vm.volume.List"):
                assert lines(real, qube, method) == lines(ours, qube, method)
            for volume in VOLUMES.get(qube.rstrip("1"), ()):
                assert volume_file(real, qube, volume).read_bytes() == \
                    volume_file(ours, qube, volume).read_bytes()
    finally:
        real.stop()
        ours.stop()
