"""``admin.pool.*`` over a real sandbox socket (admin-api.md 7.4), and
qubes created in a non-default pool."""

from __future__ import annotations

import os
import re

from test_sandbox_storage_util import (EventRecorder, err, module_sandbox,
                                       ok, raw)

__all__ = ["module_sandbox"]


def kv(body):
    return [tuple(line.split("=", 1)) for line in body.splitlines()]


def test_pool_list_and_kernel_info_byte_exact(module_sandbox):
    sock = module_sandbox.socket
    assert raw(sock, "admin.pool.List") == b"0\0varlibqubes\nlinux-kernel\n"
    assert raw(sock, "admin.pool.Info", "dom0", "linux-kernel") == (
        b"0\0dir_path=/var/lib/qubes/vm-kernels\ndriver=linux-kernel\n"
        b"name=linux-kernel\n")
    assert raw(sock, "admin.pool.UsageDetails", "dom0", "linux-kernel") \
        == b"0\0"


def test_file_pool_info_sorted_then_size_usage(module_sandbox):
    items = kv(ok(module_sandbox.socket, "admin.pool.Info", "dom0",
                  "varlibqubes"))
    keys = [k for k, _ in items]
    assert keys == ["dir_path", "driver", "ephemeral_volatile", "name",
                    "revisions_to_keep", "size", "usage"]
    values = dict(items)
    assert values["dir_path"] == "/var/lib/qubes"
    assert values["driver"] == "file-reflink"
    assert 0 < int(values["usage"]) <= int(values["size"])
    details = kv(ok(module_sandbox.socket, "admin.pool.UsageDetails", "dom0",
                    "varlibqubes"))
    assert [k for k, _ in details] == ["data_size", "data_usage"]
    assert all(v.isdigit() for _, v in details)


def test_list_drivers(module_sandbox):
    assert ok(module_sandbox.socket, "admin.pool.ListDrivers") == (
        "file revisions_to_keep dir_path ephemeral_volatile\n"
        "file-reflink revisions_to_keep dir_path setup_check "
        "ephemeral_volatile\n"
        "linux-kernel dir_path\n"
        "lvm_thin revisions_to_keep volume_group thin_pool "
        "ephemeral_volatile\n")


def test_unknown_pool_and_wrong_dest(module_sandbox):
    sock = module_sandbox.socket
    frame = err(sock, "admin.pool.Info", "dom0", "nosuch")
    assert (frame.class_name, frame.message) == ("PermissionDenied",
                                                 "Argument not in 'pools'")
    frame = err(sock, "admin.pool.List", "work")
    assert frame.message == "expected destination to be AdminVM"


def test_pool_volume_list(module_sandbox):
    vids = ok(module_sandbox.socket, "admin.pool.volume.List", "dom0",
              "varlibqubes").splitlines()
    assert "appvms/work/private" in vids and "vm-templates/fedora-42-xfce/root" \
        in vids
    assert vids == sorted(vids)
    kernels = ok(module_sandbox.socket, "admin.pool.volume.List", "dom0",
                 "linux-kernel").splitlines()
    assert kernels == ["6.12.59-1.fc41", "6.6.116-1.fc41"]   # installed


def test_pool_set_options(module_sandbox):
    sock = module_sandbox.socket
    ok(sock, "admin.pool.Set.revisions_to_keep", "dom0", "varlibqubes", "2")
    assert ("revisions_to_keep", "2") in kv(
        ok(sock, "admin.pool.Info", "dom0", "varlibqubes"))
    frame = err(sock, "admin.pool.Set.revisions_to_keep", "dom0",
                "varlibqubes", "-5")
    assert (frame.class_name, frame.message) == (
        "ProtocolError", "Invalid value for revisions_to_keep")
    ok(sock, "admin.pool.Set.ephemeral_volatile", "dom0", "varlibqubes",
       "True")
    ok(sock, "admin.vm.Create.AppVM", "dom0", "fedora-42-xfce",
       "name=eph label=red")
    assert "ephemeral=True\n" in ok(sock, "admin.vm.volume.Info", "eph",
                                    "volatile")
    ok(sock, "admin.pool.Set.ephemeral_volatile", "dom0", "varlibqubes",
       "False")
    ok(sock, "admin.pool.Set.revisions_to_keep", "dom0", "varlibqubes", "1")


def test_add_lvm_pool_create_in_it_and_remove(module_sandbox):
    sock = module_sandbox.socket
    rec = EventRecorder(sock)
    try:
        assert raw(sock, "admin.pool.Add", "dom0", "lvm_thin",
                   "name=tank\nvolume_group=qubes_dom0\n"
                   "thin_pool=vm-pool\nrevisions_to_keep=2\n") == b"0\0"
        assert rec.wait_for("pool-add").kwargs == {"pool": "tank"}
        info = dict(kv(ok(sock, "admin.pool.Info", "dom0", "tank")))
        assert info["driver"] == "lvm_thin" and info["thin_pool"] == "vm-pool"
        assert [k for k, _ in kv(ok(sock, "admin.pool.UsageDetails", "dom0",
                                    "tank"))] == [
            "data_size", "data_usage", "metadata_size", "metadata_usage"]
        ok(sock, "admin.vm.CreateInPool.AppVM", "dom0", "fedora-42-xfce",
           "name=in-lvm label=blue pool:private=tank")
        private = dict(kv(ok(sock, "admin.vm.volume.Info", "in-lvm",
                             "private")))
        assert (private["pool"], private["vid"], private["path"],
                private["revisions_to_keep"]) == (
            "tank", "qubes_dom0/vm-in-lvm-private",
            "/dev/qubes_dom0/vm-in-lvm-private", "2")
        lv = module_sandbox.state_dir / "lvm/qubes_dom0/vm-pool/vm-in-lvm-private"
        assert os.stat(lv).st_size == 2 * 1024 ** 3
        root = dict(kv(ok(sock, "admin.vm.volume.Info", "in-lvm", "root")))
        assert root["pool"] == "varlibqubes"
        ok(sock, "admin.vm.property.Set", "in-lvm", "netvm", "")
        ok(sock, "admin.vm.Start", "in-lvm")
        ok(sock, "admin.vm.Shutdown", "in-lvm", "wait")
        snaps = ok(sock, "admin.vm.volume.ListSnapshots", "in-lvm",
                   "private").split()
        assert len(snaps) == 1 and re.fullmatch(r"[0-9]+-back", snaps[0])
        frame = err(sock, "admin.pool.Remove", "dom0", "tank")
        assert frame.class_name == "QubesPoolInUseError"
        ok(sock, "admin.vm.Remove", "in-lvm")
        assert not lv.exists()
        assert raw(sock, "admin.pool.Remove", "dom0", "tank") == b"0\0"
        rec.wait_for("pool-pre-delete")
        assert rec.wait_for("pool-delete").kwargs == {"pool": "tank"}
        assert "tank" not in ok(sock, "admin.pool.List")
    finally:
        rec.close()


def test_add_errors(module_sandbox):
    sock = module_sandbox.socket
    cases = [
        ("zfs", "name=z\n", "PermissionDenied",
         "Argument not in 'available drivers'"),
        ("file", "name=x\ndir_path=/srv/x\nbogus=1\n", "ProtocolError",
         "Unexpected driver options found"),
        ("file", "name=x\n", "QubesException",
         "missing required driver options: dir_path"),
        ("file", "name=x\nname=y\ndir_path=/a\n", "ProtocolError",
         "Options must be unique"),
        ("file", "name=varlibqubes\ndir_path=/srv/x\n",
         "QubesPoolInUseError", None),
        ("file", "name=bad/name\ndir_path=/srv/x\n", "ProtocolError", None),
        ("file", "name=rel\ndir_path=srv/x\n", "QubesValueError", None),
        ("lvm_thin", "name=up\nvolume_group=..\nthin_pool=p\n",
         "QubesValueError", None),
    ]
    for driver, payload, cls, message in cases:
        frame = err(sock, "admin.pool.Add", "dom0", driver, payload)
        assert frame.class_name == cls, (driver, payload, frame)
        if message is not None:
            assert frame.message == message
    assert ok(sock, "admin.pool.List") == "varlibqubes\nlinux-kernel\n"


def test_create_in_unknown_pool_is_refused(module_sandbox):
    sock = module_sandbox.socket
    frame = err(sock, "admin.vm.CreateInPool.AppVM", "dom0", "fedora-42-xfce",
                "name=nopool label=red pool=nosuch")
    assert frame.class_name == "QubesException"
    assert "nosuch" in frame.message
    assert "nopool" not in ok(sock, "admin.vm.List")


def test_file_pool_outside_var_lib_qubes(module_sandbox):
    sock = module_sandbox.socket
    ok(sock, "admin.pool.Add", "dom0", "file-reflink",
       "name=extra\ndir_path=/mnt/extra\n")
    ok(sock, "admin.vm.CreateInPool.StandaloneVM", "dom0", "",
       "name=solo label=purple pool=extra")
    root = dict(kv(ok(sock, "admin.vm.volume.Info", "solo", "root")))
    assert (root["pool"], root["path"], root["save_on_stop"]) == (
        "extra", "/mnt/extra/appvms/solo/root.img", "True")
    assert (module_sandbox.state_dir
            / "host-root/mnt/extra/appvms/solo/root.img").exists()
