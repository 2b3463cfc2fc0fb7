"""Storage pools: where volume files live and how revisions are named.

Pools keep their dom0 configuration (``dir_path=/var/lib/qubes`` …) so that
``admin.pool.Info`` answers what a real dom0 would, while the files really
live inside the sandbox's state dir: ``/var/lib/qubes`` maps to the state
dir itself, other absolute paths to ``<state-dir>/host-root/…``, and the
simulated LVM thin pool to ``<state-dir>/lvm/<vg>/<thin-pool>/``.

Drivers simulated (admin-api.md 7.4): ``file`` (no revisions),
``file-reflink`` (revisions ``<vid>.img.<n>@<time>Z``, integer ids),
``lvm_thin`` (revisions ``vm-<vm>-<vol>-<unix>-back``) and
``linux-kernel`` (read-only kernel directories).
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from pathlib import Path

from ..errors import QubesdError

VAR_LIB_QUBES = "/var/lib/qubes"

#: ``admin.pool.ListDrivers``: the drivers this sandbox can run, with
#: their constructor parameters in upstream order.
DRIVERS: dict[str, tuple[str, ...]] = {
    "file": ("revisions_to_keep", "dir_path", "ephemeral_volatile"),
    "file-reflink": ("revisions_to_keep", "dir_path", "setup_check",
                     "ephemeral_volatile"),
    "linux-kernel": ("dir_path",),
    "lvm_thin": ("revisions_to_keep", "volume_group", "thin_pool",
                 "ephemeral_volatile"),
}

#: Parameters each driver cannot do without.
REQUIRED: dict[str, tuple[str, ...]] = {
    "file": ("dir_path",),
    "file-reflink": ("dir_path",),
    "linux-kernel": ("dir_path",),
    "lvm_thin": ("volume_group", "thin_pool"),
}

#: Simulated capacity of an LVM thin pool (there is no real device).
LVM_POOL_SIZE = 476 * 1024 ** 3


def map_path(state_dir: Path, dom0_path: str) -> Path:
    """Where a dom0 path lives inside the state dir."""
    # Anchored at "/", so ".." can never climb out of the state dir.
    norm = os.path.normpath("/" + dom0_path.lstrip("/"))
    if norm == VAR_LIB_QUBES or norm.startswith(VAR_LIB_QUBES + "/"):
        return state_dir / os.path.relpath(norm, VAR_LIB_QUBES)
    return state_dir / "host-root" / norm.lstrip("/")


_SAFE_PART = re.compile(r"[A-Za-z0-9_+-][A-Za-z0-9_.+-]*")


def safe_rel(vid: str) -> str:
    """``vid`` as a path below a pool's directory, never outside it.

    Volume ids come from qubes.xml; one that would climb out of the pool
    (``..``, absolute, odd characters) is mapped to a quarantine name so a
    damaged or hostile file can neither read nor delete other files.
    """
    parts = vid.split("/")
    if vid and all(_SAFE_PART.fullmatch(part) for part in parts):
        return vid
    return "invalid-vid/" + hashlib.sha256(vid.encode()).hexdigest()[:32]


def _bool_text(text: str) -> str:
    return "True" if str(text).strip().lower() in (
        "1", "yes", "true", "on") else "False"


class Pool:
    """Base: configuration, Info text, paths of a volume's files."""

    driver = ""
    supports_revisions = False

    def __init__(self, state_dir: Path, config: dict[str, str]) -> None:
        self.state_dir = Path(state_dir)
        self.config = dict(config)
        self.config["driver"] = self.driver
        self.name = self.config["name"]

    # ------------------------------------------------------------ config

    @property
    def revisions_to_keep(self) -> int:
        try:
            return int(self.config.get("revisions_to_keep", "1"))
        except ValueError:
            return 1

    @property
    def ephemeral_volatile(self) -> bool:
        return _bool_text(self.config.get("ephemeral_volatile", "")) == "True"

    def set_option(self, key: str, value: str) -> None:
        """``admin.pool.Set.<key>`` after the method layer's parsing."""
        if key not in DRIVERS[self.driver]:
            raise QubesdError("QubesValueError",
                              f"Pool {self.name} has no option {key}")
        self.config[key] = value

    def xml_attrs(self) -> dict[str, str]:
        """Attributes of this pool's ``<pool>`` element in qubes.xml."""
        return dict(self.config)

    # ------------------------------------------------------------- files

    def host_dir(self) -> Path:
        return map_path(self.state_dir, self.config.get("dir_path",
                                                        VAR_LIB_QUBES))

    def vid_for(self, qube: str, klass: str, volume: str) -> str:
        sub = "vm-templates" if klass == "TemplateVM" else "appvms"
        return f"{sub}/{qube}/{volume}"

    def clean_path(self, vid: str) -> Path:
        """The committed image of a volume."""
        return self.host_dir() / f"{safe_rel(vid)}.img"

    def dirty_path(self, vid: str) -> Path:
        """The image a running qube writes to."""
        return self.host_dir() / f"{safe_rel(vid)}-dirty.img"

    def dom0_path(self, vid: str) -> str:
        """``path`` as ``volume.Info`` reports it."""
        return f"{self.config.get('dir_path', VAR_LIB_QUBES)}/{vid}.img"

    def revisions(self, vid: str) -> list[tuple[str, Path]]:
        """(revision id, file) pairs, oldest first."""
        return []

    def new_revision(self, vid: str) -> tuple[str, Path]:  # pragma: no cover
        raise QubesdError("StoragePoolException",
                          f"Pool {self.name} keeps no revisions")

    def all_files(self, vid: str) -> list[Path]:
        """Every file belonging to a volume (for removal)."""
        return [self.clean_path(vid), self.dirty_path(vid)] + [
            path for _, path in self.revisions(vid)]

    # ------------------------------------------------------------- usage

    def capacity(self) -> tuple[int, int] | None:
        """(size, usage) in bytes of the storage under the pool."""
        directory = self.host_dir()
        directory.mkdir(parents=True, exist_ok=True)
        st = os.statvfs(directory)
        total = st.f_blocks * st.f_frsize
        return total, total - st.f_bfree * st.f_frsize

    def info(self) -> str:
        """``admin.pool.Info``: config sorted by key, then size and usage."""
        lines = [f"{k}={v}" for k, v in sorted(self.config.items())]
        cap = self.capacity()
        if cap is not None:
            lines += [f"size={cap[0]}", f"usage={cap[1]}"]
        return "".join(line + "\n" for line in lines)

    def usage_details(self) -> str:
        """``admin.pool.UsageDetails``: sorted ``key=<int>`` lines."""
        cap = self.capacity()
        if cap is None:
            return ""
        return f"data_size={cap[0]}\ndata_usage={cap[1]}\n"


class FilePool(Pool):
    """``file``: plain image files; the driver keeps no revisions."""

    driver = "file"


class ReflinkPool(Pool):
    """``file-reflink``: like file, plus revisions kept on shutdown."""

    driver = "file-reflink"
    supports_revisions = True

    def revisions(self, vid: str) -> list[tuple[str, Path]]:
        clean = self.clean_path(vid)
        pattern = re.compile(re.escape(clean.name) + r"\.([0-9]+)@[^/]+Z")
        found = []
        try:
            names = os.listdir(clean.parent)
        except FileNotFoundError:
            return []
        for name in names:
            match = pattern.fullmatch(name)
            if match:
                found.append((int(match.group(1)), clean.parent / name))
        return [(str(rev), path) for rev, path in sorted(found)]

    def new_revision(self, vid: str) -> tuple[str, Path]:
        existing = [int(rev) for rev, _ in self.revisions(vid)]
        rev = max(existing, default=0) + 1
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
        clean = self.clean_path(vid)
        return str(rev), clean.with_name(f"{clean.name}.{rev}@{stamp}Z")


class LvmThinPool(Pool):
    """``lvm_thin`` simulated by sparse files named like the LVs."""

    driver = "lvm_thin"
    supports_revisions = True

    def host_dir(self) -> Path:
        return (self.state_dir / "lvm"
                / safe_rel(self.config["volume_group"]).replace("/", "_")
                / safe_rel(self.config["thin_pool"]).replace("/", "_"))

    def vid_for(self, qube: str, klass: str, volume: str) -> str:
        return f"{self.config['volume_group']}/vm-{qube}-{volume}"

    def clean_path(self, vid: str) -> Path:
        return self.host_dir() / _lv(vid)

    def dirty_path(self, vid: str) -> Path:
        return self.host_dir() / (_lv(vid) + "-snap")

    def dom0_path(self, vid: str) -> str:
        return f"/dev/{vid}"

    def revisions(self, vid: str) -> list[tuple[str, Path]]:
        lv = _lv(vid)
        pattern = re.compile(re.escape(lv) + r"-([0-9]+-back)")
        try:
            names = os.listdir(self.host_dir())
        except FileNotFoundError:
            return []
        found = sorted((int(m.group(1)[:-5]), m.group(1))
                       for m in map(pattern.fullmatch, names) if m)
        return [(rev, self.host_dir() / f"{lv}-{rev}") for _, rev in found]

    def new_revision(self, vid: str) -> tuple[str, Path]:
        last = max((int(rev[:-5]) for rev, _ in self.revisions(vid)),
                   default=0)
        rev = f"{max(int(time.time()), last + 1)}-back"
        return rev, self.host_dir() / f"{_lv(vid)}-{rev}"

    def capacity(self) -> tuple[int, int]:
        used = 0
        directory = self.host_dir()
        if directory.is_dir():
            for entry in os.scandir(directory):
                used += entry.stat().st_blocks * 512
        return LVM_POOL_SIZE, used

    def usage_details(self) -> str:
        size, used = self.capacity()
        meta_size = size // 1000
        meta_used = min(meta_size, used // 1000 + 4 * 1024 ** 2)
        return (f"data_size={size}\ndata_usage={used}\n"
                f"metadata_size={meta_size}\nmetadata_usage={meta_used}\n")


def _lv(vid: str) -> str:
    """The logical volume name of an LVM vid (``vg/name``), made safe."""
    return safe_rel(vid.rpartition("/")[2]).replace("/", "_")


class KernelPool(Pool):
    """``linux-kernel``: one read-only volume per installed kernel."""

    driver = "linux-kernel"

    def clean_path(self, vid: str) -> Path:
        return self.host_dir() / safe_rel(vid) / "modules.img"

    def dirty_path(self, vid: str) -> Path:
        return self.clean_path(vid)

    def dom0_path(self, vid: str) -> str:
        return f"{self.config.get('dir_path')}/{vid}/modules.img"

    def all_files(self, vid: str) -> list[Path]:
        return []   # kernels are shared, never removed with a qube

    def capacity(self) -> None:
        return None

    def kernels(self) -> list[str]:
        """Installed kernel versions (directories with a vmlinuz)."""
        try:
            return sorted(entry.name for entry in os.scandir(self.host_dir())
                          if (Path(entry.path) / "vmlinuz").exists())
        except FileNotFoundError:
            return []


POOL_CLASSES = {cls.driver: cls for cls in (FilePool, ReflinkPool,
                                            LvmThinPool, KernelPool)}


def make_pool(state_dir: Path, config: dict[str, str]) -> Pool:
    """A pool object from its qubes.xml attributes (or Add payload)."""
    driver = config.get("driver", "")
    cls = POOL_CLASSES.get(driver)
    if cls is None:
        raise QubesdError("QubesException",
                          f"Storage driver {driver} is not available "
                          "in the sandbox")
    return cls(state_dir, config)


#: Kernels installed in a new sandbox (newest is the default).
DEMO_KERNELS = ("6.12.59-1.fc41", "6.6.116-1.fc41")


def install_kernel(pool: KernelPool, version: str) -> None:
    """Create a kernel directory like dom0's (small sparse files)."""
    directory = pool.host_dir() / version
    directory.mkdir(parents=True, exist_ok=True)
    from . import sparse
    for name, size in (("vmlinuz", 15 * 1024 ** 2),
                       ("initramfs", 40 * 1024 ** 2),
                       ("modules.img", 420 * 1024 ** 2)):
        path = directory / name
        if not path.exists():
            sparse.create(path, size)
            sparse.write_pattern(path, 8, seed=len(version) + size)
    (directory / "default-kernelopts-common.txt").write_text(
        "swiotlb=2048\n")
