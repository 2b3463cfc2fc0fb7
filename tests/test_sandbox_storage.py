"""Volumes over a real sandbox socket: Info format, sparse files, resize,
revisions on shutdown, revert, flags, clear, clone (admin-api.md 7.1-7.3).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from qubesmanager.sandbox.launcher import start_sandbox

from test_sandbox_storage_util import (EventRecorder, err, module_sandbox,
                                       ok, raw)

__all__ = ["module_sandbox"]

SAMPLE = "/work/shared/samples/qubes-4.3-default"
GiB = 1024 ** 3
INFO_KEYS = ["pool", "vid", "size", "usage", "rw", "source", "path",
             "save_on_stop", "snap_on_start", "revisions_to_keep",
             "ephemeral", "is_outdated"]


def content(path):
    """Digest of a sparse file's non-zero 4 KiB blocks (holes skipped),
    so comparing two 2 GiB images costs only their data."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        fd = fh.fileno()
        length = os.fstat(fd).st_size
        pos = 0
        while pos < length:
            try:
                start = os.lseek(fd, pos, os.SEEK_DATA)
            except OSError:
                break
            end = os.lseek(fd, start, os.SEEK_HOLE)
            for off in range(start, end, 4096):
                block = os.pread(fd, min(4096, end - off), off)
                if block.strip(b"\0"):
                    digest.update(off.to_bytes(8, "little") + block)
            pos = end
    digest.update(length.to_bytes(8, "little"))
    return digest.hexdigest()


def info(sock, qube, vol):
    body = ok(sock, "admin.vm.volume.Info", qube, vol)
    assert body.endswith("\n")
    return dict(line.split("=", 1) for line in body.splitlines())


def create(sock, name, template="fedora-42-xfce", label="green"):
    ok(sock, "admin.vm.Create.AppVM", "dom0", template,
       f"name={name} label={label}")


def start(sock, name):
    ok(sock, "admin.vm.Start", name)


def stop(sock, name):
    ok(sock, "admin.vm.Shutdown", name, "force+wait")


# ------------------------------------------------------------------ layout

def test_volume_list_per_class(module_sandbox):
    sock = module_sandbox.socket
    assert raw(sock, "admin.vm.volume.List", "work") == \
        b"0\0root\nprivate\nvolatile\nkernel\n"
    assert raw(sock, "admin.vm.volume.List", "fedora-42-xfce") == \
        b"0\0root\nprivate\nvolatile\nkernel\n"
    assert raw(sock, "admin.vm.volume.List", "dom0") == b"0\0"
    frame = err(sock, "admin.vm.volume.Info", "dom0", "root")
    assert (frame.class_name, frame.message) == (
        "PermissionDenied", "Argument not in 'dom0 volumes'")


def test_info_key_order_and_class_config(module_sandbox):
    sock = module_sandbox.socket
    body = ok(sock, "admin.vm.volume.Info", "work", "root")
    assert [line.split("=")[0] for line in body.splitlines()] == INFO_KEYS
    root = info(sock, "work", "root")
    assert root == {
        "pool": "varlibqubes", "vid": "appvms/work/root",
        "size": root["size"], "usage": "0", "rw": "True",
        "source": "vm-templates/fedora-42-xfce/root",
        "path": "/var/lib/qubes/appvms/work/root.img",
        "save_on_stop": "False", "snap_on_start": "True",
        "revisions_to_keep": "0", "ephemeral": "False",
        "is_outdated": "False"}
    assert root["size"] == info(sock, "fedora-42-xfce", "root")["size"]
    private = info(sock, "work", "private")
    assert (private["size"], private["save_on_stop"], private["source"],
            private["revisions_to_keep"]) == (str(2 * GiB), "True", "", "1")
    volatile = info(sock, "work", "volatile")
    assert (volatile["size"], volatile["save_on_stop"],
            volatile["snap_on_start"]) == (str(10 * GiB), "False", "False")
    kernel = info(sock, "work", "kernel")
    assert kernel["pool"] == "linux-kernel" and kernel["rw"] == "False"
    assert kernel["path"] == (f"/var/lib/qubes/vm-kernels/{kernel['vid']}"
                              "/modules.img")
    assert "is_outdated" not in kernel
    tpl_root = info(sock, "fedora-42-xfce", "root")
    assert (tpl_root["vid"], tpl_root["save_on_stop"],
            tpl_root["snap_on_start"]) == (
        "vm-templates/fedora-42-xfce/root", "True", "False")


def test_disposable_volumes_come_from_its_template(module_sandbox):
    sock = module_sandbox.socket
    root = info(module_sandbox.socket, "sys-firewall", "root")
    private = info(sock, "sys-firewall", "private")
    assert root["source"] == "vm-templates/fedora-42-xfce/root"
    assert private["source"] == "appvms/default-dvm/private"
    assert private["snap_on_start"] == "True"
    assert info(sock, "sys-firewall", "volatile")["size"] == str(12 * GiB)


def test_disposable_keeps_its_templates_volume_settings(module_sandbox):
    sock = module_sandbox.socket
    ok(sock, "admin.pool.Add", "dom0", "file-reflink",
       "name=dvm-pool\ndir_path=/var/lib/qubes-dvm\n")
    ok(sock, "admin.vm.CreateInPool.AppVM", "dom0", "fedora-42-xfce",
       "name=dvm2 label=red pool=dvm-pool")
    ok(sock, "admin.vm.property.Set", "dvm2", "template_for_dispvms", "True")
    ok(sock, "admin.vm.volume.Set.ephemeral", "dvm2", "volatile", "True")
    name = ok(sock, "admin.vm.CreateDisposable", "dvm2")
    for vol in ("private", "volatile"):
        assert info(sock, name, vol)["pool"] == "dvm-pool"
    assert info(sock, name, "volatile")["ephemeral"] == "True"
    assert info(sock, name, "private")["source"] == "appvms/dvm2/private"
    ok(sock, "admin.vm.Remove", name)


def test_files_are_sparse(module_sandbox):
    state = module_sandbox.state_dir
    path = state / "appvms/work/private.img"
    st = os.stat(path)
    assert st.st_size == 2 * GiB
    assert 0 < st.st_blocks * 512 < 4 * 1024 * 1024
    assert info(module_sandbox.socket, "work", "private")["usage"] == \
        str(st.st_blocks * 512)
    total = sum(os.stat(os.path.join(d, f)).st_blocks * 512
                for d, _, files in os.walk(state) for f in files)
    assert total < 64 * 1024 * 1024      # a whole demo system on disk
    # and usage differs between qubes (demo data is varied)
    usages = {info(module_sandbox.socket, q, "private")["usage"]
              for q in ("work", "personal", "vault", "untrusted")}
    assert len(usages) > 1


# ------------------------------------------------------------------ resize

def test_resize_grows_and_refuses_shrink(module_sandbox):
    sock = module_sandbox.socket
    create(sock, "resize-me")
    new = 3 * GiB
    assert raw(sock, "admin.vm.volume.Resize", "resize-me", "private",
               f"{new}\n") == b"0\0"             # a trailing LF is fine
    assert info(sock, "resize-me", "private")["size"] == str(new)
    path = module_sandbox.state_dir / "appvms/resize-me/private.img"
    assert os.stat(path).st_size == new
    assert os.stat(path).st_blocks * 512 < 1024 * 1024
    frame = err(sock, "admin.vm.volume.Resize", "resize-me", "private",
                str(GiB))
    assert frame.class_name == "StoragePoolException"
    assert "shrinking of private is disabled" in frame.message
    for payload, message in (("12a", "Volume size contains non ASCII digits"),
                             ("0123", "Volume size contains spurious "
                                      "leading zeros"),
                             ("9" * 20, "Volume size is bigger than 19 "
                                        "decimal digits")):
        frame = err(sock, "admin.vm.volume.Resize", "resize-me", "private",
                    payload)
        assert (frame.class_name, frame.message) == ("ProtocolError",
                                                     message)
    # bigger than any filesystem allows: refused, nothing changes
    frame = err(sock, "admin.vm.volume.Resize", "resize-me", "private",
                str(2 ** 62))
    assert frame.class_name == "StoragePoolException"
    frame = err(sock, "admin.vm.volume.Resize", "resize-me", "kernel",
                str(10 * GiB))
    assert frame.class_name == "StoragePoolException"
    assert info(sock, "resize-me", "private")["size"] == str(new)


# --------------------------------------------------------------- revisions

def test_running_usage_and_revisions_on_shutdown(module_sandbox):
    sock = module_sandbox.socket
    create(sock, "revs")
    ok(sock, "admin.vm.property.Set", "revs", "netvm", "")
    assert ok(sock, "admin.vm.volume.ListSnapshots", "revs", "private") == ""
    start(sock, "revs")
    assert int(info(sock, "revs", "root")["usage"]) > 0
    assert int(info(sock, "revs", "volatile")["usage"]) > 0
    stop(sock, "revs")
    assert info(sock, "revs", "root")["usage"] == "0"
    assert info(sock, "revs", "volatile")["usage"] == "0"
    assert raw(sock, "admin.vm.volume.ListSnapshots", "revs", "private") \
        == b"0\x001\n"
    # revisions_to_keep=1: the next shutdown rotates the oldest out
    start(sock, "revs")
    stop(sock, "revs")
    assert ok(sock, "admin.vm.volume.ListSnapshots", "revs", "private") \
        == "2\n"
    ok(sock, "admin.vm.volume.Set.revisions_to_keep", "revs", "private", "3")
    for _ in range(3):
        start(sock, "revs")
        stop(sock, "revs")
    assert ok(sock, "admin.vm.volume.ListSnapshots", "revs", "private") \
        == "3\n4\n5\n"
    # lowering the count prunes the oldest right away
    ok(sock, "admin.vm.volume.Set.revisions_to_keep", "revs", "private", "2")
    assert ok(sock, "admin.vm.volume.ListSnapshots", "revs", "private") \
        == "4\n5\n"
    # the volatile and root volumes keep nothing
    assert ok(sock, "admin.vm.volume.ListSnapshots", "revs", "root") == ""


def test_revert_restores_the_revision(module_sandbox):
    sock = module_sandbox.socket
    create(sock, "rev2")
    ok(sock, "admin.vm.property.Set", "rev2", "netvm", "")
    ok(sock, "admin.vm.volume.Set.revisions_to_keep", "rev2", "private", "2")
    private = module_sandbox.state_dir / "appvms/rev2/private.img"
    for _ in range(2):
        start(sock, "rev2")
        stop(sock, "rev2")
    revs = ok(sock, "admin.vm.volume.ListSnapshots", "rev2",
              "private").split()
    assert len(revs) == 2
    before = content(private)
    start(sock, "rev2")
    frame = err(sock, "admin.vm.volume.Revert", "rev2", "private", revs[0])
    assert frame.class_name == "QubesVMNotHaltedError"
    stop(sock, "rev2")
    assert content(private) != before       # the run wrote something
    revs = ok(sock, "admin.vm.volume.ListSnapshots", "rev2",
              "private").split()
    assert raw(sock, "admin.vm.volume.Revert", "rev2", "private",
               revs[0]) == b"0\0"
    rev_file = next(p for p in private.parent.iterdir()
                    if p.name.startswith(f"private.img.{revs[0]}@"))
    assert content(private) == content(rev_file)
    assert os.stat(private).st_blocks <= os.stat(rev_file).st_blocks + 8
    frame = err(sock, "admin.vm.volume.Revert", "rev2", "private", "999")
    assert frame.class_name == "QubesValueError"
    frame = err(sock, "admin.vm.volume.Revert", "rev2", "private", "a b/c")
    assert frame.class_name == "ProtocolError"
    assert frame.message.startswith("Revision name must be in safe set")


def test_is_outdated_after_template_commit(module_sandbox):
    sock = module_sandbox.socket
    ok(sock, "admin.vm.Create.TemplateVM", "dom0", "",
       "name=tpl-out label=black")
    create(sock, "child-out", template="tpl-out")
    ok(sock, "admin.vm.property.Set", "child-out", "netvm", "")
    start(sock, "child-out")
    assert info(sock, "child-out", "root")["is_outdated"] == "False"
    start(sock, "tpl-out")
    stop(sock, "tpl-out")
    assert info(sock, "child-out", "root")["is_outdated"] == "True"
    stop(sock, "child-out")
    assert info(sock, "child-out", "root")["is_outdated"] == "False"


# ------------------------------------------------------------------- flags

def test_set_flags_validation(module_sandbox):
    sock = module_sandbox.socket
    create(sock, "flags")
    ok(sock, "admin.vm.property.Set", "flags", "netvm", "")
    for payload in ("-2", "x"):
        frame = err(sock, "admin.vm.volume.Set.revisions_to_keep", "flags",
                    "private", payload)
        assert frame.class_name in ("QubesValueError", "ProtocolError")
    frame = err(sock, "admin.vm.volume.Set.rw", "flags", "private", "maybe")
    assert (frame.class_name, frame.message) == (
        "ProtocolError", "Payload is not boolean ASCII")
    ok(sock, "admin.vm.volume.Set.rw", "flags", "volatile", "False")
    assert info(sock, "flags", "volatile")["rw"] == "False"
    ok(sock, "admin.vm.volume.Set.rw", "flags", "volatile", "True")
    frame = err(sock, "admin.vm.volume.Set.ephemeral", "flags", "private",
                "True")
    assert frame.class_name == "QubesValueError"
    ok(sock, "admin.vm.volume.Set.ephemeral", "flags", "volatile", "True")
    assert info(sock, "flags", "volatile")["ephemeral"] == "True"
    start(sock, "flags")
    for method, payload in (("Set.rw", "False"),
                            ("Set.revisions_to_keep", "-1")):
        frame = err(sock, f"admin.vm.volume.{method}", "flags", "private",
                    payload)
        assert frame.class_name == "QubesVMNotHaltedError"
    ok(sock, "admin.vm.volume.Set.revisions_to_keep", "flags", "private", "2")
    stop(sock, "flags")
    ok(sock, "admin.vm.volume.Set.revisions_to_keep", "flags", "private",
       "-1")
    assert info(sock, "flags", "private")["revisions_to_keep"] == "-1"


def test_clear_empties_with_events(module_sandbox):
    sock = module_sandbox.socket
    rec = EventRecorder(sock)
    try:
        assert int(info(sock, "untrusted", "private")["usage"]) > 0
        ok(sock, "admin.vm.volume.Clear", "untrusted", "private")
        begin = rec.wait_for("domain-volume-import-begin", "untrusted")
        end = rec.wait_for("domain-volume-import-end", "untrusted")
        assert begin.kwargs == {"volume": "private", "size": str(2 * GiB)}
        assert end.kwargs == {"volume": "private", "success": "True"}
    finally:
        rec.close()
    assert info(sock, "untrusted", "private")["usage"] == "0"
    assert info(sock, "untrusted", "private")["size"] == str(2 * GiB)


# ------------------------------------------------------------------- clone

def test_clone_from_to_copies_data_once(module_sandbox):
    sock = module_sandbox.socket
    create(sock, "clone-dst")
    token = ok(sock, "admin.vm.volume.CloneFrom", "vault", "private")
    assert re.fullmatch(r"[A-Za-z0-9]{32}", token)
    assert raw(sock, "admin.vm.volume.CloneTo", "clone-dst", "private",
               token) == b"0\0"
    state = module_sandbox.state_dir
    assert content(state / "appvms/clone-dst/private.img") == \
        content(state / "appvms/vault/private.img")
    # same data blocks (the filesystem may add an extent-tree block)
    assert abs(int(info(sock, "clone-dst", "private")["usage"])
               - int(info(sock, "vault", "private")["usage"])) <= 65536
    frame = err(sock, "admin.vm.volume.CloneTo", "clone-dst", "private",
                token)
    assert frame.class_name == "QubesVolumeCopyTokenNotFoundError"
    # a running destination is refused, and the token is spent anyway
    token = ok(sock, "admin.vm.volume.CloneFrom", "vault", "private")
    ok(sock, "admin.vm.property.Set", "clone-dst", "netvm", "")
    start(sock, "clone-dst")
    frame = err(sock, "admin.vm.volume.CloneTo", "clone-dst", "private",
                token)
    assert frame.class_name == "QubesVMNotHaltedError"
    stop(sock, "clone-dst")
    frame = err(sock, "admin.vm.volume.CloneTo", "clone-dst", "private",
                token)
    assert frame.class_name == "QubesVolumeCopyTokenNotFoundError"


# ---------------------------------------------------------- create/remove

def test_kernel_volume_follows_kernel_property(module_sandbox):
    sock = module_sandbox.socket
    create(sock, "kern")
    ok(sock, "admin.vm.property.Set", "kern", "kernel", "6.6.116-1.fc41")
    assert info(sock, "kern", "kernel")["vid"] == "6.6.116-1.fc41"
    frame = err(sock, "admin.vm.property.Set", "kern", "kernel", "9.9.9")
    assert frame.class_name == "QubesPropertyValueError"


def test_remove_deletes_files(module_sandbox):
    sock = module_sandbox.socket
    create(sock, "doomed")
    ok(sock, "admin.vm.property.Set", "doomed", "netvm", "")
    start(sock, "doomed")
    stop(sock, "doomed")
    qdir = module_sandbox.state_dir / "appvms/doomed"
    assert len(list(qdir.iterdir())) == 2        # image + one revision
    ok(sock, "admin.vm.Remove", "doomed")
    assert not qdir.exists()


def test_state_survives_restart(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    try:
        sock = sb.socket
        ok(sock, "admin.vm.volume.Resize", "work", "private", str(5 * GiB))
        ok(sock, "admin.vm.volume.Set.revisions_to_keep", "work", "private",
           "4")
        start(sock, "work")
        stop(sock, "work")
        start(sock, "vault")          # running at restart: comes back halted
        snaps = ok(sock, "admin.vm.volume.ListSnapshots", "work", "private")
        sb.restart()
        sock = sb.socket
        private = info(sock, "work", "private")
        assert (private["size"], private["revisions_to_keep"]) == (
            str(5 * GiB), "4")
        assert ok(sock, "admin.vm.volume.ListSnapshots", "work",
                  "private") == snaps != ""
        assert info(sock, "vault", "root")["usage"] == "0"
        assert not (sb.state_dir / "appvms/vault/private-dirty.img").exists()
        root = ET.parse(sb.state_dir / "qubes.xml").getroot()
        vol = root.find(".//domain/properties/property[.='work']/../.."
                        "/volume-config/volume[@name='private']")
        assert vol.get("size") == str(5 * GiB)
    finally:
        sb.stop()


def test_sample_volumes_served_like_the_real_file_driver(tmp_path):
    state = tmp_path / "state"
    shutil.copytree(SAMPLE, state)
    sb = start_sandbox(state, demo=False, time_scale=0)
    try:
        # admin-api.md 7.2 real example, with the sample's names and size
        assert raw(sb.socket, "admin.vm.volume.Info", "work", "root") == (
            b"0\0pool=varlibqubes\nvid=appvms/work/root\nsize=21474836480\n"
            b"usage=0\nrw=True\nsource=vm-templates/fedora-42-xfce/root\n"
            b"path=/var/lib/qubes/vm-templates/fedora-42-xfce/root.img\n"
            b"save_on_stop=False\nsnap_on_start=True\nrevisions_to_keep=0\n"
            b"ephemeral=False\nis_outdated=False\n")
        usb_private = info(sb.socket, "sys-usb", "private")
        assert (usb_private["source"], usb_private["path"]) == (
            "appvms/default-dvm/private",
            "/var/lib/qubes/appvms/default-dvm/private.img")
        # admin-api.md 7.4 file-pool example, up to the host's figures
        assert ok(sb.socket, "admin.pool.Info", "dom0", "varlibqubes") \
            .startswith("dir_path=/var/lib/qubes\ndriver=file\n"
                        "ephemeral_volatile=False\nname=varlibqubes\n"
                        "revisions_to_keep=1\nsize=")
        # the plain file driver keeps no revisions
        start(sb.socket, "vault")
        stop(sb.socket, "vault")
        assert ok(sb.socket, "admin.vm.volume.ListSnapshots", "vault",
                  "private") == ""
    finally:
        sb.stop()


@pytest.mark.parametrize("count", [300])
def test_many_qubes_cost_little_disk(tmp_path, count):
    sb = start_sandbox(tmp_path / "state", demo=True, qubes=count,
                       time_scale=0)
    try:
        files = used = 0
        for d, _, names in os.walk(sb.state_dir):
            for name in names:
                files += 1
                used += os.stat(os.path.join(d, name)).st_blocks * 512
        print(f"\n{count} extra qubes: {files} files, "
              f"{used / 2**20:.1f} MiB allocated")
        assert used < 200 * 1024 * 1024
    finally:
        sb.stop()


# ------------------------------------------------------- file-level units

def test_sparse_copy_keeps_holes(tmp_path):
    from qubesmanager.sandbox.storage import sparse
    src = tmp_path / "src.img"
    sparse.create(src, 4 * GiB)
    sparse.write_pattern(src, 5, seed=7)
    sparse.copy(src, tmp_path / "dst.img")
    dst = tmp_path / "dst.img"
    assert os.stat(dst).st_size == 4 * GiB
    assert sparse.usage(dst) <= sparse.usage(src) + 65536
    assert content(dst) == content(src)
    assert not (tmp_path / ("dst.img" + sparse.TMP_SUFFIX)).exists()


def test_commit_interrupted_between_renames_is_finished(tmp_path):
    from qubesmanager.sandbox.storage.pools import ReflinkPool
    from qubesmanager.sandbox.storage.volume import Volume
    pool = ReflinkPool(tmp_path, {"name": "p", "dir_path": "/var/lib/qubes",
                                  "revisions_to_keep": "1"})
    vol = Volume("private", pool, "appvms/x/private", size=GiB,
                 save_on_stop=True, revisions_to_keep=1)
    vol.create()
    vol.start(None, 0, seed=3)
    written = content(vol.dirty())
    # kill -9 after the old image became a revision, before the new one
    # took its place: the next load must not lose the run's data
    _rev, path = pool.new_revision(vol.vid)
    os.replace(vol.clean(), path)
    vol.discard_runtime_files()
    assert content(vol.clean()) == written
    assert not vol.dirty().exists()
    assert [rev for rev, _ in vol.revisions()] == ["1"]


def _storage_elements(path):
    """Per qube: its volume-config and device assignments, order-free."""
    root = ET.parse(path).getroot()
    out = {}
    for dom in root.iter("domain"):
        name = dom.find("properties/property[@name='name']")
        config = dom.find("volume-config")
        vols = sorted(tuple(sorted(v.attrib.items()))
                      for v in (config if config is not None else ()))
        devs = sorted((group.get("class"), tuple(sorted(dev.attrib.items())),
                       tuple((o.get("name"), o.text) for o in dev))
                      for group in dom.findall("devices") for dev in group)
        out[name.text if name is not None else "dom0"] = (vols, devs)
    pools = sorted(tuple(sorted(p.attrib.items()))
                   for p in root.iterfind("pools/pool"))
    return out, pools


def test_sample_storage_and_devices_survive_a_save(tmp_path):
    state = tmp_path / "state"
    shutil.copytree(SAMPLE, state)
    sb = start_sandbox(state, demo=False, time_scale=0)
    try:
        ok(sb.socket, "admin.vm.tag.Set", "work", "resaved")  # forces a save
    finally:
        sb.stop()
    assert "resaved" in (state / "qubes.xml").read_text()
    assert _storage_elements(state / "qubes.xml") == \
        _storage_elements(f"{SAMPLE}/qubes.xml")


def test_hostile_vids_stay_inside_the_pool(tmp_path):
    from qubesmanager.sandbox.storage.pools import (LvmThinPool, ReflinkPool,
                                                    safe_rel)
    assert safe_rel("appvms/work/private") == "appvms/work/private"
    for vid in ("../../etc/passwd", "/etc/shadow", "appvms/../x", "a//b", ""):
        assert safe_rel(vid).startswith("invalid-vid/")
    pool = ReflinkPool(tmp_path, {"name": "p", "dir_path": "/var/lib/qubes"})
    lvm = LvmThinPool(tmp_path, {"name": "l", "volume_group": "vg",
                                 "thin_pool": "tp"})
    from qubesmanager.sandbox.storage.pools import map_path
    for dom0 in ("../../..", "/var/lib/qubes/../../..", "x/../../../y"):
        assert map_path(tmp_path, dom0).resolve().is_relative_to(
            tmp_path.resolve())
    bad_lvm = LvmThinPool(tmp_path, {"name": "b", "volume_group": "..",
                                     "thin_pool": ".."})
    assert bad_lvm.host_dir().resolve().is_relative_to(tmp_path.resolve())
    for p, vid in ((pool, "../../../etc/passwd"), (lvm, "vg/../../x")):
        for path in (p.clean_path(vid), p.dirty_path(vid)):
            assert path.resolve().is_relative_to(tmp_path.resolve())
