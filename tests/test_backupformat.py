"""The v4 archive format: round trips, the scrypt tool, GNU tar, tampering."""

import io
import os
import shutil
import subprocess
import tarfile

import pytest

from qubesmanager.backupformat import header, qubesxml, scryptfile
from qubesmanager.backupformat.errors import BackupFormatError, CorruptedData, \
    TruncatedArchive, UnexpectedMember, WrongPassphrase
from qubesmanager.backupformat.reader import BackupReader
from qubesmanager.backupformat.writer import ArchiveWriter

CHUNK = 64 * 1024
SCRYPT = shutil.which("scrypt")


@pytest.fixture(scope="module")
def volume(tmp_path_factory):
    """A sparse 4 MiB image with data in the middle and a trailing hole."""
    path = tmp_path_factory.mktemp("vol") / "private.img"
    with open(path, "wb") as f:
        f.truncate(4 * 1024 * 1024)
        f.seek(100_000)
        f.write(os.urandom(70_000))
        f.seek(2 * 1024 * 1024)
        f.write(b"hello" * 1000)
    return path


def write_archive(path, volume, passphrase="secret", compressed=True,
                  flt="gzip", backup_id=None):
    hdr = header.BackupHeader(backup_id=backup_id or header.new_backup_id(),
                              compressed=compressed, compression_filter=flt)
    with open(path, "wb") as out:
        w = ArchiveWriter(out, hdr, passphrase, chunk_size=CHUNK)
        w.write_header()
        w.write_bytes("qubes.xml", b"<qubes/>")
        w.write_volume("vm3/private.img", volume)
        w.write_bytes("vm3/firewall.xml", b"<firewall/>")
        w.finish()
    return hdr


def read_all(path, passphrase="secret"):
    reader = BackupReader(lambda: open(path, "rb"), passphrase)
    xml = reader.read_metadata()
    files = {"qubes.xml": tarfile.open(fileobj=io.BytesIO(xml))
             .extractfile("qubes.xml").read()}
    for afile in reader.iter_files(lambda p: True):
        tar = tarfile.open(fileobj=afile.stream, mode="r|")
        for info in tar:
            assert info.name == afile.path
            files[info.name] = tar.extractfile(info).read()
    return reader, files


@pytest.mark.parametrize("compressed,flt", [(True, "gzip"), (False, "gzip"),
                                            (True, "bzip2"), (True, "xz")])
def test_round_trip(tmp_path, volume, compressed, flt):
    arch = tmp_path / "a"
    write_archive(arch, volume, compressed=compressed, flt=flt)
    reader, files = read_all(arch)
    assert reader.header.compressed is compressed
    assert files["qubes.xml"] == b"<qubes/>"
    assert files["vm3/firewall.xml"] == b"<firewall/>"
    assert files["vm3/private.img"] == volume.read_bytes()
    names = tarfile.open(arch).getnames()
    assert names[:3] == ["backup-header", "backup-header.hmac",
                         "qubes.xml.000.enc"]
    assert not any(n.endswith("/") for n in names)
    if not compressed:  # 4 MiB of sparse data over 64 KiB chunks
        assert "vm3/private.img.001.enc" in names


@pytest.mark.skipif(SCRYPT is None, reason="scrypt tool not installed")
def test_scrypt_tool_reads_ours_and_we_read_its(tmp_path):
    ours = tmp_path / "ours.enc"
    ours.write_bytes(scryptfile.encrypt_bytes(b"payload\n", b"pw!1"))
    env = dict(os.environ, PW="pw!1")
    out = subprocess.run([SCRYPT, "dec", "-f", "--passphrase", "env:PW",
                          str(ours)], env=env, capture_output=True, check=True)
    assert out.stdout == b"payload\n"
    plain = tmp_path / "plain"
    plain.write_bytes(os.urandom(100_000))
    theirs = tmp_path / "theirs.enc"
    subprocess.run([SCRYPT, "enc", "--logN", "10", "-r", "8", "-p", "1",
                    "--passphrase", "env:PW", str(plain), str(theirs)],
                   env=env, check=True)
    assert scryptfile.decrypt_bytes(theirs.read_bytes(), b"pw!1") \
        == plain.read_bytes()
    with pytest.raises(WrongPassphrase):
        scryptfile.decrypt_bytes(theirs.read_bytes(), b"pw!2")


@pytest.mark.skipif(SCRYPT is None, reason="scrypt tool not installed")
def test_gnu_tools_extract_volume_with_full_size(tmp_path, volume):
    """scrypt dec + gunzip + GNU tar give the full image (pitfalls 2, 7, 12)."""
    arch = tmp_path / "a"
    hdr = write_archive(arch, volume)
    out = tmp_path / "x"
    out.mkdir()
    subprocess.run(["tar", "xf", str(arch), "-C", str(out)], check=True)
    plain = b""
    for i in range(2):
        name = f"vm3/private.img.{i:03d}"
        env = dict(os.environ, PW=f"{hdr.backup_id}!{name}!secret")
        if not (out / (name + ".enc")).exists():
            break
        plain += subprocess.run(
            [SCRYPT, "dec", "-f", "--passphrase", "env:PW",
             str(out / (name + ".enc"))], env=env, check=True,
            capture_output=True).stdout
    listing = subprocess.run("gunzip | tar tvv", shell=True, input=plain,
                             capture_output=True, check=True).stdout.split()
    assert listing[2] == str(4 * 1024 * 1024).encode()
    data = subprocess.run("gunzip | tar xO vm3/private.img", shell=True,
                          input=plain, capture_output=True, check=True).stdout
    assert data == volume.read_bytes()


def test_wrong_passphrase(tmp_path, volume):
    arch = tmp_path / "a"
    write_archive(arch, volume)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        BackupReader(lambda: open(arch, "rb"), "nope").read_metadata()


def _members(path):
    with tarfile.open(path) as tar:
        return {m.name: (m.offset_data, m.size) for m in tar.getmembers()}


def test_tampered_chunk(tmp_path, volume):
    arch = tmp_path / "a"
    write_archive(arch, volume)
    offset, size = _members(arch)["vm3/private.img.000.enc"]
    data = bytearray(arch.read_bytes())
    data[offset + 200] ^= 1
    arch.write_bytes(bytes(data))
    with pytest.raises(CorruptedData, match="private.img.000.enc.*HMAC"):
        read_all(arch)


def test_chunk_from_other_backup(tmp_path, volume):
    """Same name, same passphrase, another backup id: refused."""
    one, two = tmp_path / "one", tmp_path / "two"
    # Uncompressed: chunk sizes then never differ (gzip output may).
    write_archive(one, volume, backup_id="20260101T000000-1",
                  compressed=False)
    write_archive(two, volume, backup_id="20260101T000000-2",
                  compressed=False)
    off1, size1 = _members(one)["vm3/firewall.xml.000.enc"]
    off2, size2 = _members(two)["vm3/firewall.xml.000.enc"]
    assert size1 == size2
    data = bytearray(one.read_bytes())
    data[off1:off1 + size1] = two.read_bytes()[off2:off2 + size2]
    one.write_bytes(bytes(data))
    with pytest.raises(CorruptedData, match="does not belong to this backup"):
        read_all(one)


def test_truncated_archive(tmp_path, volume):
    arch = tmp_path / "a"
    write_archive(arch, volume)
    offset, size = _members(arch)["vm3/private.img.001.enc"]
    arch.write_bytes(arch.read_bytes()[:offset + size // 2])
    with pytest.raises(TruncatedArchive):
        read_all(arch)
    # Cut exactly at a member boundary: no end-of-archive marker.
    full = tmp_path / "b"
    write_archive(full, volume)
    offset, size = _members(full)["vm3/firewall.xml.000.enc"]
    full.write_bytes(full.read_bytes()[:offset + size + (-size % 512)])
    with pytest.raises(TruncatedArchive, match="end-of-archive"):
        read_all(full)


def test_directory_member_refused(tmp_path, volume):
    arch = tmp_path / "a"
    write_archive(arch, volume)
    data = arch.read_bytes().rstrip(b"\0")
    data += b"\0" * (-len(data) % 512)
    info = tarfile.TarInfo("vm3/")
    info.type = tarfile.DIRTYPE
    arch.write_bytes(data + info.tobuf() + b"\0" * 1024)
    with pytest.raises(UnexpectedMember, match="Invalid file extension"):
        read_all(arch)


def test_header_rules():
    good = header.BackupHeader("20261127T101530-4711").to_bytes()
    assert good.startswith(b"version=4\nencrypted=True\ncompressed=True\n")
    assert header.parse_header(good).backup_id == "20261127T101530-4711"
    for bad in (good + b"version=4\n", good.replace(b"gzip", b"zstd -T0"),
                good.replace(b"version=4", b"version=3"),
                good.replace(b"backup-id=2", b"backup-id=-2"),
                good.replace(b"hmac-algorithm=scrypt\n", b"")):
        with pytest.raises(BackupFormatError):
            header.parse_header(bad)
    with pytest.raises(BackupFormatError):
        header.BackupHeader("a.b").to_bytes()
    assert header.check_passphrase("ok pass") is None
    assert header.check_passphrase("bad\npass") is not None


QUBES_XML = b"""<?xml version='1.0' encoding='utf-8'?>
<qubes version="3.0"><labels><label id="label-1" color="0xcc0000">red</label>
<label id="label-8" color="0x000000">black</label></labels>
<properties><property name="default_template">tpl</property></properties>
<domains>
<domain id="domain-0" class="AdminVM"><properties>
<property name="label">label-8</property></properties></domain>
<domain id="domain-3" class="AppVM"><properties>
<property name="name">work</property><property name="qid">3</property>
<property name="label">label-1</property><property name="template">tpl</property>
<property name="netvm"/></properties>
<features><feature name="preload-dispvm">x</feature>
<feature name="gui">1</feature></features><tags><tag name="t1"/></tags></domain>
<domain id="domain-7" class="TemplateVM"><properties>
<property name="name">tpl</property><property name="label">red</property>
</properties></domain></domains></qubes>"""


def test_qubes_xml_mark_and_parse():
    marked = qubesxml.mark_selection(QUBES_XML, {"work": ("vm3/", 1234)})
    assert b'<feature name="backup-content" />' in marked \
        or b'<feature name="backup-content"/>' in marked
    content = qubesxml.parse_backup_xml(marked)
    work = content.qubes["work"]
    assert work.in_backup and work.backup_path == "vm3/"
    assert work.backup_size == 1234 and work.label == "red"
    assert work.template == "tpl" and work.netvm == ""
    assert "preload-dispvm" not in work.features and work.features["gui"] == "1"
    assert "backup-content" not in work.features and work.tags == ["t1"]
    assert not content.qubes["tpl"].in_backup
    assert not content.qubes["dom0"].in_backup
    with pytest.raises(BackupFormatError, match="unknown label"):
        qubesxml.parse_backup_xml(QUBES_XML.replace(b"label-1</prop",
                                                    b"label-9</prop"))


def test_excessive_scrypt_parameters_refused():
    """A header asking for absurd memory is refused before deriving."""
    import hashlib
    import struct
    head = b"scrypt\0" + bytes([40]) + struct.pack(">II", 8, 1) + bytes(32)
    head += hashlib.sha256(head).digest()[:16] + bytes(32)
    with pytest.raises(BackupFormatError, match="MiB of memory"):
        scryptfile.decrypt_bytes(head + bytes(32), b"pw")
