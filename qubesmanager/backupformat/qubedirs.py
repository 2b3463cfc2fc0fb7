"""Simulated file systems of qubes on the sandbox.

The sandbox has no real qubes, so a qube's file system is the directory
``<state-dir>/qubes-dirs/<qube>/``: the sandbox's backup writes archives
"into a qube" there, our restore reads them from there, and dom0's home
(what a backup of dom0 contains) is ``qubes-dirs/dom0/home/<user>``.
Shared by writer and reader so both agree on the layout.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The simulated dom0 user (a real dom0: first member of group ``qubes``).
DOM0_USER = "user"


class OutsideQube(ValueError):
    """A path that would leave the qube's directory."""


def qube_root(state_dir: str | os.PathLike, qube: str) -> Path:
    """The directory standing for ``qube``'s file system."""
    return Path(state_dir) / "qubes-dirs" / qube


def resolve_in_qube(state_dir: str | os.PathLike, qube: str,
                    path: str) -> Path:
    """Host path of ``path`` inside ``qube``; refuses ``..``/symlink escapes."""
    root = qube_root(state_dir, qube)
    root.mkdir(parents=True, exist_ok=True)
    root = root.resolve()
    full = (root / path.lstrip("/")).resolve()
    if full != root and root not in full.parents:
        raise OutsideQube(f"the path {path!r} leaves the qube's file system")
    return full


def dom0_home(state_dir: str | os.PathLike) -> Path:
    """The simulated dom0 user's home directory."""
    return qube_root(state_dir, "dom0") / "home" / DOM0_USER


def sandbox_state_dir(socket_path: str | None) -> Path | None:
    """State dir of the local sandbox serving ``socket_path``, if any.

    The tools only get a socket (``--socket``, or the manager's embedded
    sandbox); the process listening on it was started with
    ``--socket PATH --state-dir DIR``, so its command line says where the
    simulated dom0 files (backup profiles, qubes' directories) are.
    Returns None for a real qubesd.
    """
    if not socket_path:
        return None
    want = os.path.realpath(socket_path)
    try:
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return None
    for pid in pids:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                argv = fh.read().decode("utf-8", "replace").split("\0")
        except OSError:
            continue
        if "qubesmanager.sandbox" not in argv or "--state-dir" not in argv:
            continue
        state = argv[argv.index("--state-dir") + 1]
        sock = argv[argv.index("--socket") + 1] if "--socket" in argv \
            else os.path.join(state, "qubesd.sock")
        cwd = f"/proc/{pid}/cwd"
        try:
            base = os.readlink(cwd)
        except OSError:
            base = "/"
        if os.path.realpath(os.path.join(base, sock)) == want:
            return Path(os.path.join(base, state)).resolve()
    return None
