"""Backup profiles: YAML files ``<state-dir>/etc/qubes/backup/<name>.conf``.

The same keys and errors as qubesd (backup-format.md 1.2, 1.8).  Clients
write these files directly (``qvm-backup``, our wizard), so the directory
is part of the sandbox's visible "dom0 file system".
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import yaml

from ..errors import ProtocolError, QubesdError, QubesException

PROFILE_DIR = Path("etc") / "qubes" / "backup"


def profile_dir(state_dir: str | os.PathLike) -> Path:
    return Path(state_dir) / PROFILE_DIR


@dataclasses.dataclass
class Profile:
    name: str
    include: list[str] | None
    exclude: list[str]
    destination_vm: str
    destination_path: str
    compression: Any = True
    passphrase_text: str | None = None
    passphrase_vm: str | None = None


def check_name(name: str) -> None:
    if "/" in name:
        raise ProtocolError(
            "Backup profile ID must not contain forward slash character")


def load_profile(state_dir: str | os.PathLike, name: str,
                 with_passphrase: bool) -> Profile:
    """Read and validate a profile (Info ignores the passphrase keys)."""
    check_name(name)
    path = profile_dir(state_dir) / f"{name}.conf"
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except FileNotFoundError:
        raise QubesdError("QubesBackupProfileNotFoundError",
                          f"Backup profile does not exist: {name}") from None
    except (OSError, yaml.YAMLError) as err:
        raise QubesException(f"Invalid backup profile - {err}") from None
    if not isinstance(data, dict):
        raise QubesException("Invalid backup profile - not a mapping")
    for key in ("destination_vm", "destination_path", "include"):
        if key not in data:
            raise QubesException(f"Invalid backup profile - missing '{key}'")
    include = data["include"]
    if include is not None and not isinstance(include, list):
        include = [include]
    exclude = data.get("exclude") or []
    if not isinstance(exclude, list):
        exclude = [exclude]
    profile = Profile(
        name=name,
        include=None if include is None else [str(x) for x in include],
        exclude=[str(x) for x in exclude],
        destination_vm=str(data["destination_vm"]),
        destination_path=str(data["destination_path"]),
        compression=data.get("compression", True))
    if with_passphrase:
        if "passphrase_text" in data:
            profile.passphrase_text = str(data["passphrase_text"])
        elif "passphrase_vm" in data:
            profile.passphrase_vm = str(data["passphrase_vm"])
        else:
            raise QubesException(
                "Invalid backup profile - you need to specify "
                "passphrase_text or passphrase_vm")
    return profile
