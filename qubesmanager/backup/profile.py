"""Backup profiles as the backup tool writes them (backup-format.md 1.2).

Like ``qvm-backup`` and upstream's manager, the client writes the YAML
profile file itself and then calls ``admin.backup.Info``/``Execute`` with
its name.  Two files: the saved default settings (never the passphrase)
and the one-run profile (with the passphrase, mode 0600, deleted after the
run).  No Qt.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import yaml

from qubesmanager.backupformat.qubedirs import resolve_in_qube

#: Saved settings of this tool (no passphrase is ever stored in it).
DEFAULT_PROFILE = "qubes-manager-backup"
#: The profile actually executed, removed after the run.
RUN_PROFILE = "qubes-manager-backup-tmp"
SYSTEM_PROFILE_DIR = Path("/etc/qubes/backup")


def profile_dir(state_dir: str | os.PathLike | None) -> Path:
    """Where profiles live: /etc/qubes/backup, or the sandbox's copy."""
    if state_dir is None:
        return SYSTEM_PROFILE_DIR
    return Path(state_dir) / "etc" / "qubes" / "backup"


@dataclasses.dataclass
class BackupSettings:
    include: list[str]
    destination_vm: str = "dom0"
    destination_path: str = ""
    compression: bool = True


def write_profile(directory: Path, name: str, settings: BackupSettings,
                  passphrase: str | None = None) -> Path:
    """Write a profile atomically; private (0600) if it holds a passphrase."""
    directory.mkdir(parents=True, exist_ok=True)
    data = {"include": list(settings.include),
            "destination_vm": settings.destination_vm,
            "destination_path": settings.destination_path,
            "compression": bool(settings.compression)}
    if passphrase is not None:
        data["passphrase_text"] = passphrase
    path = directory / f"{name}.conf"
    tmp = directory / f".{name}.conf.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, default_flow_style=False)
    os.replace(tmp, path)
    return path


def read_settings(directory: Path, name: str = DEFAULT_PROFILE
                  ) -> BackupSettings | None:
    """Saved settings, or None when there are none (or unreadable)."""
    try:
        with open(directory / f"{name}.conf", encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError):
        return None
    if not isinstance(data, dict):
        return None
    include = data.get("include") or []
    return BackupSettings(
        include=[str(x) for x in include] if isinstance(include, list) else [],
        destination_vm=str(data.get("destination_vm") or "dom0"),
        destination_path=str(data.get("destination_path") or ""),
        compression=bool(data.get("compression", True)))


def remove_profile(directory: Path, name: str) -> None:
    try:
        os.unlink(directory / f"{name}.conf")
    except FileNotFoundError:
        pass


def free_space(qube: str, path: str,
               state_dir: str | os.PathLike | None) -> int | None:
    """Free bytes where the archive will go, or None when we cannot know
    (a real qube's file system is not visible from dom0)."""
    if qube == "dom0":
        target = Path(os.path.expanduser(path or "/"))
    elif state_dir is not None:
        try:
            target = resolve_in_qube(state_dir, qube, path or "/")
        except ValueError:
            return None
    else:
        return None
    while not target.exists() and target != target.parent:
        target = target.parent
    try:
        return shutil.disk_usage(target).free
    except OSError:
        return None
