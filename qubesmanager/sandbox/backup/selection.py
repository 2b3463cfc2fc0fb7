"""Which qubes a profile backs up, what files each contributes, the
``admin.backup.Info`` table (backup-format.md 1.2, 1.3, 1.6, 2.6)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from ...backupformat.qubedirs import DOM0_USER, dom0_home
from ..errors import QubesdError
from .profiles import Profile


@dataclasses.dataclass
class BackupFile:
    """One archive file: a volume image, a small file, or dom0's home."""

    path: str            # archive path, e.g. vm3/private.img
    kind: str            # "volume", "file", "tree"
    source: Path | None  # file or directory on the sandbox
    data: bytes = b""    # for "file" read at plan time (consistent copy)


@dataclasses.dataclass
class PlannedQube:
    name: str
    klass: str
    directory: str      # vm<qid>/ or dom0-home/<user>
    files: list[BackupFile]
    size: int
    running: bool
    snapshots_disabled: bool


def _matches(qube, entry: str) -> bool:
    entry = entry.replace("$", "@")
    if entry.startswith("@tag:"):
        return entry[5:] in qube.tags
    if entry.startswith("@type:"):
        return qube.klass == entry[6:]
    return qube.name == entry


def select(system, profile: Profile) -> list:
    """Selected qubes in backup order: by name, dom0 last."""
    chosen = []
    for qube in sorted(system.qubes.values(), key=lambda q: q.name):
        if profile.include is None:
            wanted = bool(qube.value("include_in_backups"))
        else:
            wanted = any(_matches(qube, e) for e in profile.include)
        if wanted and not any(_matches(qube, e) for e in profile.exclude):
            chosen.append(qube)
    chosen.sort(key=lambda q: (q.klass == "AdminVM", q.name))
    return chosen


def _usage(path: Path) -> int:
    try:
        return os.stat(path).st_blocks * 512
    except FileNotFoundError:
        return 0


def _tree_usage(root: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        total += _usage(Path(dirpath))
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_blocks * 512
            except OSError:
                pass
    return total


def plan_qube(system, qube) -> PlannedQube:
    """Files and size of one selected qube, read on the daemon's thread."""
    if qube.klass == "AdminVM":
        home = dom0_home(system.state_dir)
        home.mkdir(parents=True, exist_ok=True)
        path = f"dom0-home/{DOM0_USER}"
        return PlannedQube("dom0", "AdminVM", path,
                           [BackupFile(path, "tree", home)],
                           _tree_usage(home), True, False)
    directory = f"vm{qube.qid}/"
    files: list[BackupFile] = []
    size = 0
    snapshots_disabled = False
    storage = system.subsystems.get("storage")
    vols = storage.qube_volumes(qube) if storage is not None else {}
    for vol in vols.values():
        if not vol.save_on_stop or getattr(vol, "is_kernel", False):
            continue
        if vol.revisions_to_keep == -1:
            snapshots_disabled = True
        image = vol.clean()
        if not image.exists():
            vol.create()
        files.append(BackupFile(f"{directory}{vol.name}.img", "volume", image))
        size += _usage(image)
    qdir = system.qube_dir(qube)
    for extra in ("firewall.xml", "notes.txt"):
        path = qdir / extra
        if path.is_file():
            data = path.read_bytes()
            files.append(BackupFile(directory + extra, "file", path, data))
            size += _usage(path)
    if not files:
        files.append(BackupFile(directory + "empty", "file", None, b""))
    return PlannedQube(qube.name, qube.klass, directory, files, size,
                       qube.is_active(), snapshots_disabled)


def human_size(size: int) -> str:
    """Upstream's size text: ``512``, ``1.0 KiB``, ``12.3 MiB``, ``2.0 GiB``."""
    if size < 1024:
        return str(size)
    for unit, limit in (("KiB", 1024 ** 2), ("MiB", 1024 ** 3)):
        if size < limit:
            return f"{size / (limit // 1024):.1f} {unit}"
    return f"{size / 1024 ** 3:.1f} GiB"


def _type_text(qube) -> str:
    if qube.klass == "AdminVM":
        return "User home"
    if qube.klass == "TemplateVM":
        return "Template VM"
    if qube.value("updateable"):
        return "VM + Sys"
    return "VM"


def info_table(system, selected: list, planned: list[PlannedQube]) -> str:
    """The summary text of ``admin.backup.Info`` (1.6)."""
    widths = (16, 12, 12)
    sep = "".join("-" * (w + 2) + "+" for w in widths) + "\n"

    def row(*cells: str) -> str:
        return "".join(f"{c:>{w + 1}} |" for c, w in zip(cells, widths))

    out = [sep, row("VM", "type", "size") + "\n", sep]
    for qube, plan in zip(selected, planned):
        line = row(qube.name, _type_text(qube), human_size(plan.size))
        if qube.klass != "AdminVM" and plan.running:
            if plan.snapshots_disabled:
                line += (" <-- The VM is running and private volume snapshots "
                         "are disabled. Backup will fail!")
            else:
                line += (" <-- The VM is running, backup will contain its "
                         "state from before its start!")
        out.append(line + "\n")
    out.append(sep)
    total = sum(p.size for p in planned)
    out.append(f"{'Total size:':>17} |{human_size(total):>28} |\n")
    out.append(sep)
    chosen = {q.name for q in selected}
    others = sorted(n for n in system.qubes if n not in chosen)
    out.append("VMs not selected for backup:\n - " + "\n - ".join(others)
               + "\n")
    return "".join(out)


def check_running(planned: list[PlannedQube]) -> None:
    """Execute refuses running qubes whose snapshots are disabled."""
    for plan in planned:
        if plan.running and plan.snapshots_disabled:
            raise QubesdError("QubesVMNotHaltedError",
                              f"Domain is not powered off: '{plan.name}'")
