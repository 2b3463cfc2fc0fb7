"""Reading an archive laid out the way a real dom0 writes it.

Built only with the tools upstream's server pipeline uses (backup-format.md
2.2, 2.7-2.10, verification record section 6): every outer member is its
own ``tar --posix`` archive and the pieces are concatenated; inner tars by
GNU tar (old GNU sparse format for the image, with ``--transform``);
the ``gzip`` program; 64 KiB chunks cut with ``split``; every container
made by the ``scrypt`` tool.  Our engine must restore it.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from qubesmanager.restore.engine import RestoreEngine
from qubesmanager.restore.host import AdminHost
from qubesmanager.restore.plan import RestoreOptions
from qubesmanager.restore.sources import open_source

from test_backup_support import app_for, call, random_blocks, volume_file

TOOLS = [shutil.which(t) for t in ("scrypt", "tar", "gzip", "split")]
pytestmark = pytest.mark.skipif(not all(TOOLS),
                                reason="scrypt/tar/gzip/split needed")

PW = "upstream pass"
BID = "20261127T101530-4711"
QUBES_XML = """<?xml version='1.0' encoding='utf-8'?>
<qubes version="3.0">
  <labels>
    <label id="label-1" color="0xcc0000">red</label>
    <label id="label-5" color="0x3874d8">blue</label>
    <label id="label-8" color="0x000000">black</label>
  </labels>
  <properties>
    <property name="default_template">fedora-42-xfce</property>
  </properties>
  <domains>
    <domain id="domain-0" class="AdminVM">
      <properties><property name="label">label-8</property></properties>
      <features><feature name="backup-content"/></features>
    </domain>
    <domain id="domain-3" class="AppVM">
      <properties>
        <property name="qid">3</property>
        <property name="name">from-dom0</property>
        <property name="uuid">2b1cdd4c-8b9b-4c1e-9a49-000000000003</property>
        <property name="label">label-5</property>
        <property name="template">fedora-42-xfce</property>
        <property name="memory">512</property>
      </properties>
      <features>
        <feature name="backup-content">1</feature>
        <feature name="backup-path">vm3/</feature>
        <feature name="backup-size">1234</feature>
        <feature name="service.crond">1</feature>
      </features>
      <tags><tag name="upstream-tag"/></tags>
    </domain>
  </domains>
</qubes>
"""
FIREWALL = """<firewall version="2"><rules>
<rule><properties><property name="action">accept</property>
<property name="proto">tcp</property><property name="dstports">22</property>
</properties></rule>
<rule><properties><property name="action">drop</property></properties></rule>
</rules></firewall>
"""


def run(cmd, cwd, env=None):
    subprocess.run(cmd, cwd=cwd, check=True, env=env, shell=True,
                   stdout=subprocess.DEVNULL)


def scrypt_enc(directory: Path, src: str, dst: str, passphrase: str) -> None:
    env = dict(os.environ, PW=passphrase)
    run(f"scrypt enc --logN 10 -r 8 -p 1 --passphrase env:PW '{src}' "
        f"'{dst}'", directory, env)


def inner_file(work: Path, path: str, inner_tar_cmd: str, chunk: int = 65536
               ) -> list[str]:
    """Inner tar | gzip | split | scrypt; returns the outer member names."""
    run(f"{inner_tar_cmd} | gzip > stream.gz", work)
    run(f"split -b {chunk} -d -a 3 stream.gz part.", work)
    names = []
    for part in sorted(work.glob("part.*")):
        index = part.name.split(".")[1]
        name = f"{path}.{index}"
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        scrypt_enc(work, part.name, name + ".enc", f"{BID}!{name}!{PW}")
        part.unlink()
        names.append(name + ".enc")
    (work / "stream.gz").unlink()
    return names


@pytest.fixture(scope="module")
def upstream_archive(tmp_path_factory):
    work = tmp_path_factory.mktemp("upstream")
    src = work / "src"
    src.mkdir()
    (src / "qubes.xml").write_text(QUBES_XML)
    (src / "firewall.xml").write_text(FIREWALL)
    image = src / "private.img"
    with open(image, "wb") as fh:          # 4 MiB, data, ends in a hole
        fh.truncate(4 << 20)
        fh.seek(123 * 4096)
        fh.write(random_blocks(21, 150_000))
    (src / "home" / "user").mkdir(parents=True)
    (src / "home" / "user" / ".bashrc").write_text("# upstream\n")
    (work / "backup-header").write_text(
        "version=4\nencrypted=True\ncompressed=True\ncompression-filter=gzip"
        f"\nhmac-algorithm=scrypt\nbackup-id={BID}\n")
    scrypt_enc(work, "backup-header", "backup-header.hmac",
               "backup-header!" + PW)
    members = ["backup-header", "backup-header.hmac"]
    members += inner_file(work, "qubes.xml", "tar -c -C src qubes.xml")
    members += inner_file(
        work, "vm3/private.img",
        "tar -c --sparse -C src --transform 's|^private.img|vm3/private.img|'"
        " private.img")
    members += inner_file(
        work, "vm3/firewall.xml",
        "tar -c -C src --transform 's|^firewall.xml|vm3/firewall.xml|' "
        "firewall.xml")
    assert "vm3/private.img.001.enc" in members   # really several chunks
    archive = work / "upstream.bak"
    for i, name in enumerate(members):
        run(f"tar --posix -c -f piece{i:03d}.tar '{name}'", work)
    run("cat piece*.tar > upstream.bak", work)
    return archive, image


def test_restore_archive_written_like_upstream(sandbox, upstream_archive,
                                               tmp_path):
    archive, image = upstream_archive
    eng = RestoreEngine(AdminHost(app_for(sandbox)),
                        open_source("dom0", str(archive), None), PW,
                        home=str(tmp_path))
    content = eng.load()
    assert [q.name for q in content.in_backup()] == ["from-dom0"]
    opts = RestoreOptions()
    entries = eng.plan(opts)
    result = eng.run(entries, opts)
    assert result.errors == [] and result.restored == ["from-dom0"]
    assert call(sandbox, "from-dom0", "admin.vm.property.Get",
                "memory").endswith(b" 512")
    assert call(sandbox, "from-dom0", "admin.vm.property.Get",
                "label").endswith(b" blue")
    assert call(sandbox, "from-dom0", "admin.vm.feature.Get",
                "service.crond") == b"1"
    rules = call(sandbox, "from-dom0", "admin.vm.firewall.Get").decode()
    assert rules.splitlines()[0].startswith("action=accept")
    assert "dstports=22-22" in rules and rules.splitlines()[-1] == \
        "action=drop"
    restored = volume_file(sandbox, "from-dom0")
    assert restored.stat().st_size == image.stat().st_size
    assert restored.read_bytes() == image.read_bytes()


def test_verify_only_upstream_archive(sandbox, upstream_archive):
    archive, _image = upstream_archive
    eng = RestoreEngine(AdminHost(app_for(sandbox)),
                        open_source("dom0", str(archive), None), PW)
    opts = RestoreOptions(verify_only=True)
    result = eng.run(eng.plan(opts), opts)
    assert result.verified == ["from-dom0"]
