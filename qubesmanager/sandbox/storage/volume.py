"""One volume of one qube: configuration, Info text, file life cycle.

A volume's data is a real sparse file of its pool (see :mod:`.pools`):

* ``save_on_stop`` (private, a template's root): the committed image is
  kept; while the qube runs it writes to a dirty copy (reflink or
  hole-preserving copy), committed at shutdown, where the old image
  becomes a revision if the pool keeps revisions (at most
  ``revisions_to_keep``).  ``revisions_to_keep=-1`` writes in place.
* ``snap_on_start`` (an AppVM's root): a copy of the source image made at
  start and thrown away at shutdown; usage is 0 while halted.
* neither (volatile): an empty image created at start, deleted at stop.
* the kernel volume points at a kernel directory of the linux-kernel pool.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Optional

from . import sparse
from .pools import KernelPool, Pool

#: Info keys in upstream order (admin-api.md 7.2).
INFO_KEYS = ("pool", "vid", "size", "usage", "rw", "source", "path",
             "save_on_stop", "snap_on_start", "revisions_to_keep",
             "ephemeral", "is_outdated")

#: Blocks a simulated guest writes per run (a few KiB: logs, caches).
GUEST_WRITE_BLOCKS = {"private": 3, "root": 2, "volatile": 4}


def _b(value: bool) -> str:
    return "True" if value else "False"


@dataclasses.dataclass
class Volume:
    """Configuration (as in qubes.xml) plus runtime state of a volume."""

    name: str
    pool: Pool
    vid: str
    size: int = 0
    rw: bool = True
    save_on_stop: bool = False
    snap_on_start: bool = False
    revisions_to_keep: int = 0
    ephemeral: bool = False
    #: source vid as stored (qubes with a template recompute it)
    source: str = ""
    #: runtime: started, and the source's commit count at start
    running: bool = False
    source_gen: int = 0

    @property
    def is_kernel(self) -> bool:
        return isinstance(self.pool, KernelPool)

    @property
    def persistent(self) -> bool:
        """Keeps a committed image between runs."""
        return self.save_on_stop and not self.snap_on_start

    # ------------------------------------------------------------- paths

    def clean(self) -> Path:
        return self.pool.clean_path(self.vid)

    def dirty(self) -> Path:
        return self.pool.dirty_path(self.vid)

    def live_path(self) -> Optional[Path]:
        """The file holding the data the qube sees now (None: no data)."""
        if self.is_kernel:
            return self.clean() if self.vid else None
        if self.running:
            if self.persistent and self.revisions_to_keep == -1:
                return self.clean()
            if self.persistent or self.snap_on_start:
                return self.dirty()
            return self.clean()
        return self.clean() if self.persistent else None

    def usage(self) -> int:
        path = self.live_path()
        return sparse.usage(path) if path is not None else 0

    def current_size(self) -> int:
        if self.is_kernel:
            return sparse.size(self.clean()) if self.vid else 0
        return self.size

    # -------------------------------------------------------------- info

    def info(self, source: str, outdated: bool) -> str:
        """``admin.vm.volume.Info`` body."""
        values = {
            "pool": self.pool.name,
            "vid": self.vid,
            "size": str(self.current_size()),
            "usage": str(self.usage()),
            "rw": _b(self.rw),
            "source": source,
            "path": self._path_text(source),
            "save_on_stop": _b(self.save_on_stop),
            "snap_on_start": _b(self.snap_on_start),
            "revisions_to_keep": str(self.revisions_to_keep),
            "ephemeral": _b(self.ephemeral),
        }
        if not self.is_kernel:
            values["is_outdated"] = _b(outdated)
        return "".join(f"{key}={values[key]}\n" for key in INFO_KEYS
                       if key in values)

    def _path_text(self, source: str) -> str:
        if not self.vid:
            return ""
        # The plain file driver runs a snapshot on top of the source
        # image, so it reports the source's path (upstream does so too).
        if self.snap_on_start and source and self.pool.driver == "file":
            return self.pool.dom0_path(source)
        return self.pool.dom0_path(self.vid)

    # --------------------------------------------------------- life cycle

    def create(self) -> None:
        """Make the committed image of a persistent volume (all hole)."""
        if self.persistent and not self.clean().exists():
            sparse.create(self.clean(), self.size)

    def start(self, source_file: Optional[Path], source_gen: int,
              seed: int) -> None:
        """Prepare the image the qube will run on."""
        if self.is_kernel or self.running:
            self.running = True
            return
        if self.snap_on_start:
            if source_file is not None and source_file.exists():
                sparse.copy(source_file, self.dirty())
            else:
                sparse.create(self.dirty(), self.size)
            self.source_gen = source_gen
            target = self.dirty()
        elif self.persistent:
            self.create()
            if self.revisions_to_keep == -1:
                target = self.clean()
            else:
                sparse.copy(self.clean(), self.dirty())
                target = self.dirty()
        else:
            sparse.create(self.clean(), self.size)
            target = self.clean()
        if sparse.size(target) < self.size:
            sparse.resize(target, self.size)
        if self.rw:
            sparse.write_pattern(target, GUEST_WRITE_BLOCKS.get(self.name, 1),
                                 seed)
        self.running = True

    def stop(self) -> bool:
        """Commit or discard what the run wrote; True if data changed."""
        if not self.running:
            return False
        self.running = False
        if self.is_kernel:
            return False
        if self.snap_on_start:
            sparse.remove(self.dirty())
            return False
        if not self.persistent:
            sparse.remove(self.clean())
            return False
        dirty = self.dirty()
        if self.revisions_to_keep == -1 or not dirty.exists():
            return True
        if (self.pool.supports_revisions and self.revisions_to_keep > 0
                and self.clean().exists()):
            _rev, path = self.pool.new_revision(self.vid)
            os.replace(self.clean(), path)
        os.replace(dirty, self.clean())
        self.prune()
        return True

    def discard_runtime_files(self) -> None:
        """Drop working files without committing them (a start that
        failed, or stale files after a daemon restart)."""
        self.running = False
        if self.is_kernel:
            return
        for path in (self.clean(), self.dirty()):
            sparse.remove(path.with_name(path.name + sparse.TMP_SUFFIX))
        if self.persistent:
            if not self.clean().exists() and self.dirty().exists():
                # Killed between the two renames of a commit: finish it.
                os.replace(self.dirty(), self.clean())
            sparse.remove(self.dirty())
        elif self.snap_on_start:
            sparse.remove(self.dirty())
        else:
            sparse.remove(self.clean())

    def revisions(self) -> list[tuple[str, Path]]:
        if self.is_kernel:
            return []
        return self.pool.revisions(self.vid)

    def prune(self) -> None:
        """Drop the oldest revisions beyond ``revisions_to_keep``."""
        revs = self.revisions()
        keep = max(self.revisions_to_keep, 0)
        for _rev, path in revs[:max(len(revs) - keep, 0)]:
            sparse.remove(path)

    def revert(self, revision: str) -> bool:
        """Make a revision the committed image; False if it is unknown."""
        for rev, path in self.revisions():
            if rev == revision:
                sparse.copy(path, self.clean())
                return True
        return False

    def resize(self, new_size: int) -> None:
        """Grow the image(s); the caller has checked the new size.

        The configured size changes only once every image has grown, so a
        refused resize (file too large) leaves the volume as it was.
        """
        for path in (self.clean(), self.dirty()):
            if path.exists() and sparse.size(path) < new_size:
                sparse.resize(path, new_size)
        self.size = new_size

    def clear(self) -> None:
        """Empty the committed image (an import of nothing)."""
        sparse.create(self.clean(), self.size)

    def import_from(self, data: Optional[Path], size: int) -> None:
        """Replace the committed image with a copy of ``data``."""
        self.size = max(self.size, size)
        if data is not None and data.exists():
            sparse.copy(data, self.clean())
        else:
            sparse.create(self.clean(), self.size)
        if sparse.size(self.clean()) < self.size:
            sparse.resize(self.clean(), self.size)

    def files(self) -> list[Path]:
        return [] if self.is_kernel else self.pool.all_files(self.vid)

    # ------------------------------------------------------------ qubes.xml

    def xml_attrs(self, source: str) -> dict[str, str]:
        attrs = {"name": self.name, "pool": self.pool.name, "vid": self.vid,
                 "revisions_to_keep": str(self.revisions_to_keep),
                 "rw": _b(self.rw), "save_on_stop": _b(self.save_on_stop),
                 "snap_on_start": _b(self.snap_on_start)}
        if not self.is_kernel:
            attrs["size"] = str(self.size)
        if source:
            attrs["source"] = source
        if self.ephemeral:
            attrs["ephemeral"] = "True"
        return attrs
