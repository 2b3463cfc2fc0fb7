"""Qube logs like dom0 keeps them: ``<state-dir>/log/qubes/guest-<qube>.log``
(console) and ``qrexec.<qube>.log``, appended on start and stop so the
log viewer has something true to show."""

from __future__ import annotations

import logging
import time

from .model import Qube

log = logging.getLogger("qubesmanager.sandbox.logs")


def _append(qube: Qube, kind: str, lines: list[str]) -> None:
    directory = qube.system.state_dir / "log" / "qubes"
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open(directory / f"{kind}{qube.name}.log", "a",
                  encoding="utf-8") as fh:
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


def qrexec_up(qube: Qube) -> None:
    _append(qube, "guest-", ["systemd: Startup finished",
                             "qubes-gui-agent: connected"])
    _append(qube, "qrexec.", [f"domain {qube.name} (xid {qube.xid}) "
                              f"connected to qrexec-daemon"])


def shutting_down(qube: Qube) -> None:
    _append(qube, "guest-", ["systemd: Stopping session of user",
                             "systemd: Reached target shutdown.target"])


def halted(qube: Qube) -> None:
    _append(qube, "guest-", ["reboot: Power down"])
    _append(qube, "qrexec.", [f"domain {qube.name} disconnected"])
