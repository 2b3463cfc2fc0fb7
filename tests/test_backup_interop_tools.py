"""Issue 7, direction "we write, the real Qubes restores" — without qubesadmin.

The real restore (qubesadmin.backup.restore) reads an archive with external
programs, not with Python: GNU tar for both tar layers, the ``scrypt`` tool
(``scrypt dec -f``, passphrase bound to each member's name), the filter
program with ``-d``, and it learns a volume's size by parsing the third field
of ``tar -xvvO``'s listing line.  docs/backup-interop.md records the runs of
the real tool itself (tests/test_backup_interop_qubesadmin.py, which needs a
copy of the GPL library); this module replays, in CI, the exact steps and
acceptance rules of that code (backup-format.md 3.1, pitfalls 1-2, 7-9, 12)
on archives our sandbox writes, so a change to our writer that would break
the real restore fails here.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from qubesmanager.backupformat.qubedirs import dom0_home
from qubesmanager.restore.host import stream_call
from qubesmanager.sandbox.launcher import start_sandbox

from test_backup_support import call, random_blocks, write_profile

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("scrypt", "tar", "gzip", "bzip2")),
    reason="scrypt/tar/gzip/bzip2 needed")

PW = "tools pass ü"
#: What the real restore's size parser accepts (its own pattern, a fact).
TAR_SIZE_LINE = re.compile(r"^[^ ]+ [^ ]+/[^ ]+ *([0-9]+) .*")
#: Volume contents chosen for the awkward cases: odd sizes, a trailing
#: hole (needs the zero-length final sparse segment), empty, all zeros.
CONTENT = {
    "t-odd": random_blocks(61, 12345),
    "t-hole": random_blocks(62, 700) + bytes(300_000),
    "t-empty": b"",
    "t-zeros": bytes(65536),
    "t-mixed": bytes(8192) + random_blocks(63, 100_000) + bytes(4096)
    + random_blocks(64, 513),
}


def sh(args, cwd, env=None, stdin=None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, input=stdin, check=True,
                          capture_output=True)


def scrypt_dec(cwd: Path, src: str, passphrase: str) -> bytes:
    """As upstream: ``scrypt dec -f`` (accept any parameters)."""
    env = dict(os.environ, P=passphrase)
    return sh(["scrypt", "dec", "-f", "--passphrase", "env:P", src],
              cwd, env).stdout


@pytest.fixture(scope="module", params=[True, "bzip2", False],
                ids=["gzip", "bzip2", "uncompressed"])
def written(request, tmp_path_factory):
    """An archive written by the sandbox, with the sources it came from."""
    base = tmp_path_factory.mktemp("tools")
    sb = start_sandbox(base / "state", demo=True, time_scale=0)
    try:
        for name, data in CONTENT.items():
            call(sb, "dom0", "admin.vm.Create.AppVM", "fedora-42-xfce",
                 f"name={name} label=red".encode())
            stream_call(sb.socket, name, "admin.vm.volume.ImportWithSize",
                        "private", f"{len(data)}\n".encode(),
                        io.BytesIO(data), len(data))
        call(sb, "t-odd", "admin.vm.notes.Set", None, "a note\n".encode())
        call(sb, "t-odd", "admin.vm.firewall.Set", None, b"action=drop\n")
        home = dom0_home(sb.state_dir)
        (home / "dir").mkdir(parents=True, exist_ok=True)
        (home / "dir" / "f.txt").write_text("home file\n")
        os.symlink("dir/f.txt", home / "link")
        write_profile(sb, "tools", include=list(CONTENT) + ["dom0"],
                      destination_vm="dom0",
                      destination_path=str(base / "archive"),
                      passphrase_text=PW, compression=request.param)
        call(sb, "dom0", "admin.backup.Execute", "tools")
        qids = {name: call(sb, name, "admin.vm.property.Get", "qid")
                .decode().rsplit(" ", 1)[1] for name in CONTENT}
    finally:
        sb.stop()
    return base / "archive", qids, request.param


def test_header_pass_as_the_real_restore(written, tmp_path):
    archive, _qids, compression = written
    listed = sh(["tar", "-ixv", "--occurrence=1", "-C", str(tmp_path),
                 "-f", str(archive), "backup-header", "backup-header.hmac"],
                tmp_path).stdout.decode().splitlines()
    assert sorted(listed) == ["backup-header", "backup-header.hmac"]
    assert (tmp_path / "backup-header.hmac").stat().st_size <= 4096
    header = (tmp_path / "backup-header").read_bytes()
    assert scrypt_dec(tmp_path, "backup-header.hmac",
                      "backup-header!" + PW) == header
    lines = header.decode("ascii").splitlines()
    assert all(re.fullmatch(r"[A-Za-z0-9-]*=[A-Za-z0-9-]*", ln)
               for ln in lines)
    fields = dict(ln.split("=") for ln in lines)
    assert fields["version"] == "4" and fields["hmac-algorithm"] == "scrypt"
    assert fields["compressed"] == str(compression is not False)
    if compression is not False:
        assert fields["compression-filter"] in ("gzip", "bzip2", "xz")
    assert not fields["backup-id"].startswith("-")


def _pass3(archive: Path, tmp: Path, dirs: list[str]) -> list[str]:
    """Outer extraction of the selected directories, names in order."""
    out = sh(["tar", "-ixv", "-C", str(tmp), "-f", str(archive)] + dirs,
             tmp).stdout.decode().splitlines()
    return out


def _inner(tmp: Path, names: list[str], backup_id: str, filter_: str | None
           ) -> bytes:
    """Decrypt every chunk with its name-bound passphrase; decompress."""
    stream = b"".join(
        scrypt_dec(tmp, n, f"{backup_id}!{n[:-len('.enc')]}!{PW}")
        for n in names)
    if filter_:
        stream = sh([filter_, "-d"], tmp, stdin=stream).stdout
    return stream


def test_data_pass_as_the_real_restore(written, tmp_path):
    archive, qids, compression = written
    sh(["tar", "-ixv", "--occurrence=1", "-C", str(tmp_path), "-f",
        str(archive), "backup-header"], tmp_path)
    fields = dict(ln.split("=") for ln in
                  (tmp_path / "backup-header").read_text().splitlines())
    filter_ = fields.get("compression-filter") if compression else None
    dirs = [f"vm{qid}/" for qid in qids.values()] + ["dom0-home"]
    names = _pass3(archive, tmp_path, dirs)
    # only regular .enc files, each file's chunks consecutive from .000
    assert all(n.endswith(".enc") for n in names), names
    files: dict[str, list[str]] = {}
    for n in names:
        path, number = n[:-len(".enc")].rsplit(".", 1)
        chunks = files.setdefault(path, [])
        assert number == f"{len(chunks):03d}" and list(files)[-1] == path, n
        chunks.append(n)
    for name, data in CONTENT.items():
        img = f"vm{qids[name]}/private.img"
        inner = _inner(tmp_path, files.pop(img), fields["backup-id"], filter_)
        # the real restore: tar -xvvO <name>, size from the listing line
        res = sh(["tar", "-xvvO", img], tmp_path, stdin=inner)
        line = res.stderr.decode().splitlines()[0]
        match = TAR_SIZE_LINE.match(line)
        assert match and int(match.group(1)) == len(data), line
        assert res.stdout == data, name
    odd = f"vm{qids['t-odd']}/"
    notes = _inner(tmp_path, files.pop(odd + "notes.txt"),
                   fields["backup-id"], filter_)
    assert sh(["tar", "-xO", odd + "notes.txt"], tmp_path,
              stdin=notes).stdout == b"a note\n"
    fw = _inner(tmp_path, files.pop(odd + "firewall.xml"),
                fields["backup-id"], filter_)
    assert b'<property name="action">drop</property>' in \
        sh(["tar", "-xO", odd + "firewall.xml"], tmp_path, stdin=fw).stdout
    home = _inner(tmp_path, files.pop("dom0-home/user"), fields["backup-id"],
                  filter_)
    dest = tmp_path / "home-restore"
    dest.mkdir()
    sh(["tar", "-C", str(dest), "-x"], tmp_path, stdin=home)
    user = dest / "dom0-home" / "user"
    assert (user / "dir" / "f.txt").read_text() == "home file\n"
    assert os.readlink(user / "link") == "dir/f.txt"
    assert set(files) == set()       # nothing the real restore would skip


def test_renamed_chunk_fails_authentication(written, tmp_path):
    """The passphrase binds each chunk to its name (pitfall 7)."""
    archive, qids, _compression = written
    sh(["tar", "-ixv", "--occurrence=1", "-C", str(tmp_path), "-f",
        str(archive), "backup-header"], tmp_path)
    bid = dict(ln.split("=") for ln in
               (tmp_path / "backup-header").read_text().splitlines())[
        "backup-id"]
    names = _pass3(archive, tmp_path, [f"vm{qids['t-odd']}/"])
    first = names[0]
    other = f"vm{qids['t-hole']}/private.img.000"
    with pytest.raises(subprocess.CalledProcessError) as err:
        scrypt_dec(tmp_path, first, f"{bid}!{other}!{PW}")
    assert b"Passphrase is incorrect" in err.value.stderr
