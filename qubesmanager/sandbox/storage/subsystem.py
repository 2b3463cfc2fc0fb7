"""The storage subsystem: pools and every qube's volumes.

Plugs into the sandbox core through :mod:`..plugins`: reads and writes
``<pools>`` and each qube's ``<volume-config>`` in qubes.xml, creates the
volume files when a qube is created, prepares and commits them on start
and stop (revisions), and deletes them with the qube.  The Admin API
methods in ``methods/volumes.py`` and ``methods/pools.py`` use the lookups
here.
"""

from __future__ import annotations

import secrets
import shutil
import string
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Optional
from xml.etree import ElementTree as ET

from .. import plugins
from ..errors import QubesdError, safe
from .pools import (DEMO_KERNELS, KernelPool, Pool, install_kernel,
                    make_pool)
from .volume import Volume

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Qube

GiB = 1024 ** 3
VOLUME_NAMES = ("root", "private", "volatile", "kernel")

#: Pools of a new system: like a fresh 4.3 install on Btrfs.
DEFAULT_POOLS = (
    {"name": "varlibqubes", "dir_path": "/var/lib/qubes",
     "driver": "file-reflink", "revisions_to_keep": "1",
     "ephemeral_volatile": "False"},
    {"name": "linux-kernel", "dir_path": "/var/lib/qubes/vm-kernels",
     "driver": "linux-kernel"},
)

_TOKEN_CHARS = string.ascii_letters + string.digits


def _flag(text: Optional[str]) -> bool:
    return (text or "").strip().lower() in ("1", "true", "yes", "on")


def _int(text: Optional[str], default: int = 0) -> int:
    try:
        return int(text or "")
    except ValueError:
        return default


@plugins.register
class Storage(plugins.Subsystem):
    """Pools, volumes, revisions and clone tokens of the whole system."""

    name = "storage"
    qube_xml_tags = ("volume-config",)
    system_xml_tags = ("pools",)

    def __init__(self, system) -> None:
        super().__init__(system)
        self.pools: dict[str, Pool] = {}
        #: qube name -> volume name -> Volume (in volume-config order)
        self.volumes: dict[str, dict[str, Volume]] = {}
        #: vid -> how many times its committed image changed (is_outdated)
        self.commits: dict[str, int] = {}
        #: CloneFrom tokens -> (qube name, volume name); single use
        self.tokens: dict[str, tuple[str, str]] = {}
        self._runs = 0

    # ------------------------------------------------------------ pools

    def add_pool(self, config: dict[str, str]) -> Pool:
        pool = make_pool(self.system.state_dir, config)
        self.pools[pool.name] = pool
        if isinstance(pool, KernelPool) and not pool.kernels():
            for version in DEMO_KERNELS:
                install_kernel(pool, version)
        return pool

    def pool(self, name: str) -> Pool:
        try:
            return self.pools[name]
        except KeyError:
            raise QubesdError("QubesException",
                              f"Unknown storage pool {safe(name)}") from None

    def pool_names(self) -> list[str]:
        return list(self.pools)

    def kernel_versions(self) -> set[str]:
        found: set[str] = set()
        for pool in self.pools.values():
            if isinstance(pool, KernelPool):
                found.update(pool.kernels())
        return found

    def pool_in_use(self, name: str) -> list[str]:
        """Qubes with a volume in pool ``name``."""
        return sorted(q for q, vols in self.volumes.items()
                      if any(v.pool.name == name for v in vols.values()))

    # ------------------------------------------------------------ lookups

    def qube_volumes(self, qube: "Qube") -> dict[str, Volume]:
        vols = self.volumes.get(qube.name, {})
        kernel = vols.get("kernel")
        if kernel is not None and kernel.is_kernel:
            # The kernel volume follows the qube's `kernel` property.
            try:
                kernel.vid = qube.value("kernel") or ""
            except KeyError:
                pass
        return vols

    def volume(self, qube: "Qube", name: str) -> Volume:
        """A volume, or PermissionDenied as upstream's argument check."""
        vol = self.qube_volumes(qube).get(name)
        if vol is None:
            raise QubesdError("PermissionDenied",
                              f"Argument not in '{qube.name} volumes'")
        return vol

    def _source_volume(self, qube: "Qube", name: str) -> Optional[Volume]:
        """The volume a snap_on_start volume is taken from, if known."""
        tpl = qube.template
        if tpl is None:
            return None
        tpl_vols = self.qube_volumes(tpl)
        if qube.klass == "DispVM" and name == "root":
            root = tpl_vols.get("root")
            if root is not None and root.snap_on_start:
                return self._source_volume(tpl, "root")
            return root
        if name in ("root", "private"):
            return tpl_vols.get(name)
        return None

    def source_of(self, qube: "Qube", vol: Volume) -> str:
        """Source vid of a snap_on_start volume (empty otherwise)."""
        if not vol.snap_on_start:
            return ""
        src = self._source_volume(qube, vol.name)
        return src.vid if src is not None else vol.source

    def _source_file(self, qube: "Qube", vol: Volume) -> Optional[Path]:
        src = self._source_volume(qube, vol.name)
        return src.clean() if src is not None else None

    def is_outdated(self, qube: "Qube", vol: Volume) -> bool:
        """True when the source was committed since this qube started."""
        if not (vol.running and vol.snap_on_start):
            return False
        return self.commits.get(self.source_of(qube, vol), 0) != vol.source_gen

    def info(self, qube: "Qube", name: str) -> str:
        vol = self.volume(qube, name)
        return vol.info(self.source_of(qube, vol), self.is_outdated(qube, vol))

    def data_file(self, qube: "Qube", vol: Volume) -> Optional[Path]:
        """The committed data a clone of this volume copies."""
        if vol.persistent:
            return vol.clean()
        if vol.snap_on_start:
            return self._source_file(qube, vol)
        return None

    def committed(self, vol: Volume) -> None:
        """The committed image of ``vol`` changed (clients may be outdated)."""
        self.commits[vol.vid] = self.commits.get(vol.vid, 0) + 1

    def vids_in(self, pool_name: str) -> list[str]:
        return sorted(v.vid for vols in self.volumes.values()
                      for v in vols.values()
                      if v.pool.name == pool_name and v.vid)

    def new_token(self, qube: "Qube", name: str) -> str:
        token = "".join(secrets.choice(_TOKEN_CHARS) for _ in range(32))
        self.tokens[token] = (qube.name, name)
        return token

    # ------------------------------------------------------ system state

    def load(self, root: Optional[ET.Element]) -> None:
        pools_el = root.find("pools") if root is not None else None
        if pools_el is None:
            for config in DEFAULT_POOLS:
                self.add_pool(dict(config))
            return
        for node in pools_el.iterfind("pool"):
            try:
                self.add_pool(dict(node.attrib))
            except QubesdError:
                # A driver we cannot simulate: keep its config visible so
                # the pool still lists, but it holds no files here.
                pool = Pool(self.system.state_dir, dict(node.attrib))
                pool.driver = node.get("driver", "")
                pool.config["driver"] = pool.driver
                self.pools[pool.name] = pool

    def save(self, root: ET.Element) -> None:
        pools_el = ET.SubElement(root, "pools")
        for pool in self.pools.values():
            ET.SubElement(pools_el, "pool", pool.xml_attrs())

    def load_qube(self, qube: "Qube", element: Optional[ET.Element]) -> None:
        if element is None:
            return
        config = element.find("volume-config")
        if config is None:
            return
        vols: dict[str, Volume] = {}
        for node in config.iterfind("volume"):
            name = node.get("name", "")
            if not name:
                continue
            pool = self.pools.get(node.get("pool", ""))
            if pool is None:
                # A pool missing from <pools>: keep the volume (it is saved
                # back unchanged) on a stand-in that is not listed.
                pool = Pool(self.system.state_dir,
                            {"name": node.get("pool", "") or "unknown"})
            vol = Volume(
                name=name, pool=pool, vid=node.get("vid", ""),
                size=_int(node.get("size")), rw=_flag(node.get("rw")),
                save_on_stop=_flag(node.get("save_on_stop")),
                snap_on_start=_flag(node.get("snap_on_start")),
                revisions_to_keep=_int(node.get("revisions_to_keep")),
                ephemeral=_flag(node.get("ephemeral")),
                source=node.get("source", ""))
            vol.discard_runtime_files()
            vols[name] = vol
        self.volumes[qube.name] = vols

    def save_qube(self, qube: "Qube", element: ET.Element) -> None:
        vols = self.qube_volumes(qube)
        if not vols:
            return
        config = ET.SubElement(element, "volume-config")
        for vol in vols.values():
            ET.SubElement(config, "volume",
                          vol.xml_attrs(self.source_of(qube, vol)))

    # -------------------------------------------------------- life cycle

    def _pool_for(self, volume: str, pools: dict[str, str]) -> Pool:
        name = pools.get(volume) or pools.get("*") or \
            self.system.global_value(f"default_pool_{volume}")
        return self.pool(name or "")

    def on_create(self, qube: "Qube", pools: dict[str, str]) -> None:
        if qube.klass in ("AdminVM", "RemoteVM"):
            return   # no local storage
        for name in pools:
            if name != "*":
                if name not in VOLUME_NAMES:
                    raise QubesdError(
                        "ProtocolError",
                        "Volume must be one of: root, private, volatile, "
                        "kernel")
            self.pool(pools[name])
        plan = self._layout(qube)
        # A disposable keeps its template's pools, rw and ephemeral flags
        # (volatile included), as upstream does.
        inherit = {}
        if qube.klass == "DispVM" and qube.template is not None:
            inherit = self.qube_volumes(qube.template)
        vols: dict[str, Volume] = {}
        for name, (size, save, snap, source) in plan.items():
            base = inherit.get(name)
            if base is not None and name not in pools and "*" not in pools:
                pool = base.pool
            else:
                pool = self._pool_for(name, pools)
            if name == "kernel":
                if not isinstance(pool, KernelPool):
                    # Kernels only exist in a linux-kernel pool; without
                    # one the qube boots the kernel from its own disk.
                    pool = next((p for p in self.pools.values()
                                 if isinstance(p, KernelPool)), None)
                    if pool is None or name in pools:
                        continue
                vols[name] = Volume("kernel", pool, qube.value("kernel") or "",
                                    rw=False)
                continue
            if isinstance(pool, KernelPool):
                raise QubesdError("QubesException",
                                  f"Pool {pool.name} cannot hold {name} "
                                  "volumes")
            keep = pool.revisions_to_keep if save and not snap else 0
            ephemeral = name == "volatile" and pool.ephemeral_volatile
            vol = Volume(name, pool, pool.vid_for(qube.name, qube.klass, name),
                         size=size, save_on_stop=save, snap_on_start=snap,
                         revisions_to_keep=keep, source=source,
                         ephemeral=ephemeral or bool(base and base.ephemeral),
                         rw=base.rw if base is not None else True)
            try:
                vol.create()
            except OSError as err:
                raise QubesdError("QubesException",
                                  f"Cannot create volume {name}: "
                                  f"{safe(err.strerror or err)}") from None
            vols[name] = vol
        self.volumes[qube.name] = vols

    def _layout(self, qube: "Qube") -> dict[str, tuple[int, bool, bool, str]]:
        """name -> (size, save_on_stop, snap_on_start, source) per 7.1."""
        tpl = qube.template
        tpl_vols = self.qube_volumes(tpl) if tpl is not None else {}

        def src(name: str, default: int) -> tuple[int, str]:
            vol = tpl_vols.get(name)
            if vol is None:
                return default, ""
            if qube.klass == "DispVM" and name == "root" and vol.snap_on_start:
                return vol.size, self.source_of(tpl, vol)
            return vol.size, vol.vid

        if qube.klass == "AppVM":
            root_size, root_src = src("root", 10 * GiB)
            return {"root": (root_size, False, True, root_src),
                    "private": (2 * GiB, True, False, ""),
                    "volatile": (10 * GiB, False, False, ""),
                    "kernel": (0, False, False, "")}
        if qube.klass == "DispVM":
            root_size, root_src = src("root", 10 * GiB)
            priv_size, priv_src = src("private", 2 * GiB)
            return {"root": (root_size, False, True, root_src),
                    "private": (priv_size, False, True, priv_src),
                    "volatile": (12 * GiB, False, False, ""),
                    "kernel": (0, False, False, "")}
        return {"root": (10 * GiB, True, False, ""),
                "private": (2 * GiB, True, False, ""),
                "volatile": (10 * GiB, False, False, ""),
                "kernel": (0, False, False, "")}

    def on_remove(self, qube: "Qube") -> None:
        for vol in self.volumes.pop(qube.name, {}).values():
            for path in vol.files():
                path.unlink(missing_ok=True)
        self.tokens = {t: src for t, src in self.tokens.items()
                       if src[0] != qube.name}
        if qube.klass != "AdminVM":
            # The qube's directory also holds firewall.xml and notes.txt.
            shutil.rmtree(self.system.qube_dir(qube), ignore_errors=True)

    def on_start(self, qube: "Qube") -> None:
        self._runs += 1
        seed = zlib.crc32(qube.name.encode()) + self._runs
        for vol in self.qube_volumes(qube).values():
            source = self.source_of(qube, vol)
            vol.start(self._source_file(qube, vol),
                      self.commits.get(source, 0), seed)

    def abort_start(self, qube: "Qube") -> None:
        """A later start step failed: throw the run's working files away
        (no commit, so no revision is rotated out by a start that never
        happened)."""
        for vol in self.qube_volumes(qube).values():
            if vol.running:
                vol.discard_runtime_files()

    def on_stop(self, qube: "Qube") -> None:
        for vol in self.qube_volumes(qube).values():
            if vol.stop():
                self.committed(vol)

    def populate_demo(self, names=None) -> None:
        """Give demo qubes some written data so usage differs per qube
        (``names``: only those qubes, e.g. the ones ``--qubes N`` added)."""
        from . import sparse
        for name, vols in self.volumes.items():
            if names is not None and name not in names:
                continue
            seed = zlib.crc32(name.encode())
            for vol in vols.values():
                if vol.persistent and vol.clean().exists():
                    blocks = 16 + seed % 240 if vol.name == "private" else 128
                    sparse.write_pattern(vol.clean(), blocks, seed)
