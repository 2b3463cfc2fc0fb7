"""Issue 7, direction "real Qubes writes, we restore" (docs/backup-interop.md).

The archive is built the way a real dom0's backup pipeline builds it
(backup-format.md 2.2-2.12 and section 6), only with the standard tools it
runs: each outer member is its own ``tar --posix`` archive and the pieces
are concatenated; inner tars by GNU tar — pax GNU-sparse-1.0 for one image
(what upstream's own tar writer emits for block devices), the old GNU sparse
format for another, a plain member for small files, the dom0 home tree with
a symlink; the ``xz`` filter (a non-default one upstream accepts); chunks cut
with ``split``; every container by the ``scrypt`` tool with parameters *it*
chooses per file from a time budget, as upstream lets it.  The backup's
qubes.xml is the real Qubes 4.3 qubes.xml from shared/samples, marked as
upstream marks it.  A second test puts real dom0 key-derivation parameters
(logN 21: 2 GiB, beyond ``hashlib.scrypt``) on the qubes.xml chunk.

Unlike test_restore_upstream_archive.py (minimal qubes.xml, gzip, fixed
small scrypt parameters) this one checks every restored item against its
source: volumes byte for byte, properties, features, tags, firewall, notes,
dom0 home files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from qubesmanager.admin import wire
from qubesmanager.restore.engine import RestoreEngine
from qubesmanager.restore.host import AdminHost
from qubesmanager.restore.plan import RestoreOptions
from qubesmanager.restore.sources import open_source
from qubesmanager.sandbox.launcher import start_sandbox

from test_backup_support import app_for, call, random_blocks, volume_file

TOOLS = ("scrypt", "tar", "xz", "split")
SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" \
    / "qubes-4.3-default"
pytestmark = [
    pytest.mark.skipif(not all(shutil.which(t) for t in TOOLS),
                       reason="scrypt/tar/xz/split needed"),
    pytest.mark.skipif(not (SAMPLE / "qubes.xml").is_file(),
                       reason="shared/samples/qubes-4.3-default missing"),
]

PW = "real dom0 pass"
BID = "20261127T114500-3141"
#: qube -> (qid, files of its archive directory besides the images)
SELECTED = {"work": 9, "debian-standalone": 17}


def sh(cmd: str, cwd: Path, env: dict | None = None) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, shell=True, env=env,
                   stdout=subprocess.DEVNULL)


class UpstreamLikeWriter:
    """Assembles the archive member by member in ``work``."""

    def __init__(self, work: Path, scrypt_opts: str = "-t 0.05") -> None:
        self.work = work
        self.scrypt_opts = scrypt_opts
        self.members: list[str] = []

    def encrypt(self, src: str, dst: str, passphrase: str,
                opts: str | None = None) -> None:
        env = dict(os.environ, PW=passphrase)
        sh(f"scrypt enc {opts or self.scrypt_opts} --passphrase env:PW "
           f"'{src}' '{dst}'", self.work, env)

    def header(self, opts: str | None = None) -> None:
        (self.work / "backup-header").write_text(
            "version=4\nencrypted=True\ncompressed=True\n"
            f"compression-filter=xz\nhmac-algorithm=scrypt\nbackup-id={BID}\n")
        self.encrypt("backup-header", "backup-header.hmac",
                     "backup-header!" + PW, opts)
        self.members += ["backup-header", "backup-header.hmac"]

    def file(self, path: str, inner_tar: str, chunk: int = 32768,
             opts: str | None = None) -> list[str]:
        """``inner_tar | xz | split``, each piece a scrypt container."""
        sh(f"{inner_tar} | xz > stream.xz", self.work)
        sh(f"split -b {chunk} -d -a 3 stream.xz part.", self.work)
        names = []
        for part in sorted(self.work.glob("part.*")):
            name = f"{path}.{part.name.split('.')[1]}"
            (self.work / name).parent.mkdir(parents=True, exist_ok=True)
            self.encrypt(part.name, name + ".enc", f"{BID}!{name}!{PW}", opts)
            part.unlink()
            names.append(name + ".enc")
        (self.work / "stream.xz").unlink()
        self.members += names
        return names

    def finish(self) -> Path:
        for i, name in enumerate(self.members):
            sh(f"tar --posix -c -f piece{i:03d}.tar '{name}'", self.work)
        sh("cat piece*.tar > qubes-backup && rm piece*.tar", self.work)
        return self.work / "qubes-backup"


def marked_qubes_xml(sizes: dict[str, int]) -> str:
    """The sample qubes.xml with upstream's backup marks (2.12)."""
    tree = ET.parse(SAMPLE / "qubes.xml")
    for dom in tree.findall("./domains/domain"):
        props = {p.get("name"): p for p in dom.findall("./properties/property")}
        name = props["name"].text if "name" in props else "dom0"
        feats = dom.find("features")
        if feats is None:
            feats = ET.SubElement(dom, "features")
        content = ET.SubElement(feats, "feature", name="backup-content")
        if name in SELECTED or name == "dom0":
            content.text = "1"
            path = ("dom0-home/user" if name == "dom0"
                    else f"vm{SELECTED[name]}/")
            ET.SubElement(feats, "feature", name="backup-path").text = path
            ET.SubElement(feats, "feature", name="backup-size").text = \
                str(sizes.get(name, 0))
    return ET.tostring(tree.getroot(), encoding="unicode")


def make_sources(src: Path) -> dict[str, bytes]:
    """Volume images (sparse, one ending in a hole) and a dom0 home."""
    images = {
        "vm9/private.img": (3 << 20, {8192: random_blocks(31, 90_000),
                                      1 << 20: random_blocks(32, 20_000)}),
        "vm17/root.img": (5 << 20, {0: random_blocks(33, 150_000),
                                    (5 << 20) - 4096: random_blocks(34, 4096)}),
        "vm17/private.img": (1 << 20, {4096: random_blocks(35, 10_000)}),
    }
    data = {}
    for path, (size, chunks) in images.items():
        image = src / path.replace("/", "-")
        with open(image, "wb") as fh:
            fh.truncate(size)
            for offset, blob in chunks.items():
                fh.seek(offset)
                fh.write(blob)
        data[path] = image.read_bytes()
    home = src / "user"
    (home / "docs").mkdir(parents=True)
    (home / ".bashrc").write_text("# from a real dom0\n")
    (home / "docs" / "plan.txt").write_text("restore me\n")
    os.symlink("docs/plan.txt", home / "plan-link")
    return data


def build(work: Path, *, big_kdf: bool = False) -> tuple[Path, dict]:
    src = work / "src"
    src.mkdir()
    data = make_sources(src)
    (src / "qubes.xml").write_text(marked_qubes_xml(
        {"work": 200_000, "debian-standalone": 300_000, "dom0": 4096}))
    for name in ("firewall.xml", "notes.txt"):
        shutil.copy(SAMPLE / "appvms" / "work" / name, src / name)
    w = UpstreamLikeWriter(work)
    real = "--logN 21 -r 8 -p 1" if big_kdf else None
    w.header()
    w.file("qubes.xml", "tar -c -C src qubes.xml", opts=real)
    if big_kdf:        # the metadata is what this variant is about
        return w.finish(), data

    def xform(name, path):
        return f"--transform 's|^{name}$|{path}|'"
    # upstream's own writer: pax + GNU sparse 1.0, several chunks
    assert len(w.file("vm9/private.img",
                      "tar -c --posix --sparse -C src "
                      f"{xform('vm9-private.img', 'vm9/private.img')} "
                      "vm9-private.img")) > 1
    w.file("vm9/firewall.xml",
           f"tar -c -C src {xform('firewall.xml', 'vm9/firewall.xml')} "
           "firewall.xml")
    w.file("vm9/notes.txt",
           f"tar -c -C src {xform('notes.txt', 'vm9/notes.txt')} notes.txt")
    # GNU tar's default format with --sparse: old GNU sparse headers
    w.file("vm17/root.img",
           "tar -c --sparse -C src "
           f"{xform('vm17-root.img', 'vm17/root.img')} vm17-root.img")
    w.file("vm17/private.img",
           "tar -c --posix --sparse -C src "
           f"{xform('vm17-private.img', 'vm17/private.img')} "
           "vm17-private.img")
    w.file("dom0-home/user",
           "tar -c -C src --transform 's|^user|dom0-home/user|' user")
    return w.finish(), data


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dom0like"))


@pytest.fixture(scope="module")
def host(tmp_path_factory):
    sb = start_sandbox(tmp_path_factory.mktemp("interop-host") / "state",
                       demo=True, time_scale=0)
    yield sb
    sb.stop()


def engine(sb, path: Path, **kw) -> RestoreEngine:
    return RestoreEngine(AdminHost(app_for(sb)),
                         open_source("dom0", str(path), None), PW, **kw)


def sample_domain(name: str) -> ET.Element:
    for dom in ET.parse(SAMPLE / "qubes.xml").findall("./domains/domain"):
        for prop in dom.findall("./properties/property"):
            if prop.get("name") == "name" and prop.text == name:
                return dom
    raise KeyError(name)


def test_verify_only(host, archive):
    path, _data = archive
    eng = engine(host, path)
    content = eng.load()
    assert sorted(q.name for q in content.in_backup()) == \
        ["debian-standalone", "dom0", "work"]
    opts = RestoreOptions(verify_only=True)
    result = eng.run(eng.plan(opts), opts)
    assert result.errors == []
    assert sorted(result.verified) == ["debian-standalone", "dom0", "work"]


def test_restore_every_item(host, archive, tmp_path):
    path, data = archive
    eng = engine(host, path, home=str(tmp_path))
    opts = RestoreOptions(ignore_username_mismatch=True)
    entries = eng.plan(opts)
    targets = {e.qube.name: e.target for e in entries}
    assert targets["work"] == "work1"       # the demo host has a "work"
    result = eng.run(entries, opts)
    assert result.errors == []
    qubes = [r for r in result.restored if not r.startswith("dom0 home")]
    assert sorted(qubes) == ["debian-standalone", "work1"]
    for path_in_archive, expected in data.items():
        qube = "work1" if path_in_archive.startswith("vm9/") else \
            "debian-standalone"
        volume = path_in_archive.split("/")[1][:-len(".img")]
        image = volume_file(host, qube, volume)
        assert image.stat().st_size == len(expected), path_in_archive
        assert image.read_bytes() == expected, path_in_archive
    # metadata, item by item against the sample qubes.xml
    for name, target in (("work", "work1"),
                         ("debian-standalone", "debian-standalone")):
        dom = sample_domain(name)
        props = {p.get("name"): p.text
                 for p in dom.findall("./properties/property")}
        for prop in ("label", "memory", "maxmem", "template"):
            if prop in props:
                got = wire.parse_property(call(
                    host, target, "admin.vm.property.Get", prop).decode())
                assert got.text == props[prop] and not got.is_default, prop
        for feat in dom.findall("./features/feature"):
            assert call(host, target, "admin.vm.feature.Get",
                        feat.get("name")).decode() == (feat.text or "")
        tags = set(call(host, target, "admin.vm.tag.List").decode().split())
        assert {t.get("name") for t in dom.findall("./tags/tag")} <= tags
    rules = call(host, "work1", "admin.vm.firewall.Get").decode()
    fw = ET.parse(SAMPLE / "appvms" / "work" / "firewall.xml")
    assert len(rules.splitlines()) == len(fw.findall("./rules/rule"))
    assert call(host, "work1", "admin.vm.notes.Get") == \
        (SAMPLE / "appvms" / "work" / "notes.txt").read_bytes()
    home = result.home_dir
    assert home is not None and home.parent == tmp_path
    user = home / "dom0-home" / "user"
    assert (user / ".bashrc").read_text() == "# from a real dom0\n"
    assert (user / "docs" / "plan.txt").read_text() == "restore me\n"
    assert os.readlink(user / "plan-link") == "docs/plan.txt"


def test_real_dom0_kdf_parameters(host, tmp_path):
    """logN 21, r 8 (2 GiB per derivation) as the scrypt tool picks on a
    real dom0: our reader must derive it (cryptography, not hashlib)."""
    path, _data = build(tmp_path, big_kdf=True)
    info = subprocess.run(["scrypt", "info", str(tmp_path / "qubes.xml.000.enc")],
                          capture_output=True, text=True)
    assert "N = 2097152" in info.stdout + info.stderr
    content = engine(host, path).load()
    assert sorted(q.name for q in content.in_backup()) == \
        ["debian-standalone", "dom0", "work"]
