"""Qube logs like dom0 keeps them in ``/var/log/qubes``, here under
``<state-dir>/log/qubes/``: ``guest-<qube>.log`` (console),
``qrexec.<qube>.log`` (qrexec daemon) and ``guid.<qube>.log`` (GUI daemon,
for qubes whose ``guivm`` is set), appended on start and stop so the log
viewer has something true to show.  Like dom0's, they outlive the qube."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from .model import Qube

log = logging.getLogger("qubesmanager.sandbox.logs")


def log_dir(system) -> Path:
    """Where the logs of ``system``'s qubes are written."""
    return system.state_dir / "log" / "qubes"


def log_path(qube: Qube, kind: str) -> Path:
    """``kind`` is ``guest-``, ``qrexec.`` or ``guid.`` (dom0's names)."""
    return log_dir(qube.system) / f"{kind}{qube.name}.log"


def _append(qube: Qube, kind: str, lines: list[str]) -> None:
    directory = log_dir(qube.system)
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open(log_path(qube, kind), "a", encoding="utf-8") as fh:
            fh.writelines(f"[{stamp}] {line}\n" for line in lines)
    except OSError as err:  # logs are best effort, never fail a start
        log.warning("cannot write log of %s: %s", qube.name, err)


def boot(qube: Qube) -> None:
    kernel = qube.value("kernel") or "(qube's own kernel)"
    _append(qube, "guest-", [
        f"Xen domain {qube.xid} created ({qube.value('virt_mode')}, "
        f"{qube.value('vcpus')} vCPUs, {qube.value('memory')} MiB)",
        f"Linux version {kernel} booting",
        "systemd: Reached target basic.target",
        f"qubes-qrexec-agent: starting for {qube.name}",
    ])


def _has_gui(qube: Qube) -> bool:
    return bool(qube.value("guivm"))


def qrexec_up(qube: Qube) -> None:
    _append(qube, "guest-", ["systemd: Startup finished",
                             "qubes-gui-agent: connected"])
    _append(qube, "qrexec.", [f"domain {qube.name} (xid {qube.xid}) "
                              f"connected to qrexec-daemon"])
    if _has_gui(qube):
        _append(qube, "guid.", [
            f"qubes-guid for {qube.name} (xid {qube.xid}), GUI domain "
            f"{qube.value('guivm')}",
            "connected to the GUI agent, protocol 1.7"])


def start_failed(qube: Qube, reason: str) -> None:
    """A start that got as far as creating the domain, then failed."""
    _append(qube, "guest-", [f"start failed: {reason}",
                             "domain destroyed"])


def shutting_down(qube: Qube) -> None:
    _append(qube, "guest-", ["systemd: Stopping session of user",
                             "systemd: Reached target shutdown.target"])


def halted(qube: Qube) -> None:
    _append(qube, "guest-", ["reboot: Power down"])
    _append(qube, "qrexec.", [f"domain {qube.name} disconnected"])
    if _has_gui(qube):
        _append(qube, "guid.", ["domain dead, GUI daemon exiting"])
