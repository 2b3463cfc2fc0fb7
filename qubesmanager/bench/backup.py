"""``python -m qubesmanager.bench backup --qubes 20 --volume-mib 200``.

Backs up N qubes whose private volumes hold ``--volume-mib`` MiB of data
(half incompressible, half text-like) with the sandbox's
``admin.backup.Execute``, then restores the archive into a fresh sandbox
with our engine, and prints MB/s for both plus what key derivation cost.

Key derivation: the v4 format gives every chunk its own scrypt container
whose passphrase contains the backup id and the chunk's name, with a
random salt, so a derived key can never be reused for another chunk - one
derivation per 100 MiB chunk is fixed by the format.  What is not fixed
are the parameters: upstream lets the scrypt tool pick ~logN 20-22 (1-4
GiB, ~3.8 s per chunk); our writer uses logN 14 (16 MiB), which the real
reader accepts.  Figures only, no assertions.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

import yaml

from qubesmanager.admin import wire
from qubesmanager.admin.app import QubesApp
from qubesmanager.backupformat import scryptfile
from qubesmanager.restore.engine import RestoreEngine
from qubesmanager.restore.host import AdminHost
from qubesmanager.restore.plan import RestoreOptions
from qubesmanager.restore.sources import open_source
from qubesmanager.sandbox.launcher import start_sandbox

MiB = 1024 * 1024


def _fill(path: Path, mib: int, seed: int) -> None:
    """Guest data: alternating MiB of random and of repeated text."""
    text = (f"qube {seed} log line: everything is fine\n" * 30000).encode()
    with open(path, "r+b") as fh:
        for i in range(mib):
            fh.write(os.urandom(MiB) if i % 2 == 0 else text[:MiB])


def _volume_file(app, state_dir: Path, qube: str) -> Path:
    info = wire.parse_key_values(app.qubesd_call(
        qube, "admin.vm.volume.Info", "private").decode())
    return state_dir / (info["vid"] + ".img")


def _kdf_cost(logn: int, r: int, p: int, rounds: int = 3) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        scryptfile.derive_keys(b"bench", os.urandom(32), logn, r, p)
    return (time.perf_counter() - start) / rounds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qubesmanager.bench backup")
    parser.add_argument("--qubes", type=int, default=20)
    parser.add_argument("--volume-mib", type=int, default=200)
    parser.add_argument("--compression", default="gzip",
                        help="gzip, bzip2, xz, zstd or none")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary directory")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="qm-bench-backup-"))
    src = dst = None
    try:
        src = start_sandbox(work / "src", demo=True, time_scale=0)
        app = QubesApp(src.socket)
        names = [f"bench-{i:02d}" for i in range(args.qubes)]
        for i, name in enumerate(names):
            app.qubesd_call("dom0", "admin.vm.Create.AppVM", None,
                            f"name={name} label=blue".encode())
            _fill(_volume_file(app, src.state_dir, name), args.volume_mib, i)
        data = args.qubes * args.volume_mib * MiB
        archive = work / "bench.bak"
        profiles = src.state_dir / "etc" / "qubes" / "backup"
        profiles.mkdir(parents=True, exist_ok=True)
        compression = False if args.compression == "none" \
            else args.compression
        (profiles / "bench.conf").write_text(yaml.safe_dump({
            "include": names, "destination_vm": "dom0",
            "destination_path": str(archive), "passphrase_text": "bench",
            "compression": compression}))
        print(f"data: {args.qubes} qubes x {args.volume_mib} MiB = "
              f"{data / MiB:.0f} MiB, compression {args.compression}")

        start = time.perf_counter()
        app.qubesd_call("dom0", "admin.backup.Execute", "bench")
        backup_s = time.perf_counter() - start
        size = archive.stat().st_size
        print(f"backup:  {backup_s:7.2f} s  {data / MiB / backup_s:7.1f} MB/s"
              f"  (archive {size / MiB:.0f} MiB)")

        dst = start_sandbox(work / "dst", demo=True, time_scale=0)
        scryptfile.KDF_STATS.reset()
        engine = RestoreEngine(AdminHost(QubesApp(dst.socket)),
                               open_source("dom0", str(archive), None),
                               "bench")
        opts = RestoreOptions(dom0_home=False)
        start = time.perf_counter()
        result = engine.run(engine.plan(opts), opts)
        restore_s = time.perf_counter() - start
        print(f"restore: {restore_s:7.2f} s  {data / MiB / restore_s:7.1f} "
              f"MB/s  ({len(result.restored)} qubes, "
              f"{len(result.errors)} errors)")

        kdf = scryptfile.KDF_STATS
        params = ", ".join(f"logN {ln} r {r} p {p}: {n}"
                           for (ln, r, p), n in kdf.params.items())
        print(f"key derivation in restore: {kdf.count} containers "
              f"({params}), {kdf.seconds:.2f} s = "
              f"{100 * kdf.seconds / restore_s:.1f} % of the restore")
        per_chunk = _kdf_cost(14, 8, 1)
        print(f"per container at logN 14 r 8 p 1: {per_chunk * 1000:.0f} ms "
              "(one per 100 MiB chunk, fixed by the format)")
        upstream = _kdf_cost(20, 8, 1, rounds=1)
        print(f"per container at logN 20 r 8 p 1 (upstream's lowest "
              f"choice): {upstream:.2f} s")
    finally:
        for sb in (src, dst):
            if sb is not None:
                sb.stop()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0
