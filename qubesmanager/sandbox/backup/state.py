"""The backup subsystem plug-in: running jobs, imports, service programs.

Registered with :mod:`..plugins` so every System has
``system.subsystems["backup"]``.  At load it installs the volume-import
service program (backup-format.md 3.6) into
``<state-dir>/qrexec-services/`` with this daemon's socket baked in, so
the real ``qubesadmin`` restore can stream volumes to us
(``qubesadmin.config.QREXEC_SERVICES_DIR`` pointed there).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from .. import plugins
from ..errors import QubesException
from .importer import install_services

log = logging.getLogger("qubesmanager.sandbox.backup")

SERVICES_DIR = "qrexec-services"


def services_dir(state_dir) -> Path:
    return Path(state_dir) / SERVICES_DIR


def daemon_socket(state_dir) -> str:
    """The socket this daemon serves, from its command line (``--socket``)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--socket")
    args, _rest = parser.parse_known_args(sys.argv[1:])
    if args.socket:
        return os.path.abspath(args.socket)
    return str(Path(state_dir).resolve() / "qubesd.sock")


@plugins.register
class BackupSubsystem(plugins.Subsystem):
    """Per-system backup state (no qubes.xml content of its own)."""

    name = "backup"

    def __init__(self, system) -> None:
        super().__init__(system)
        #: profile name -> running BackupJob
        self.running: dict = {}
        #: (qube, volume) pairs being imported right now
        self.importing: set[tuple[str, str]] = set()

    def _install(self) -> None:
        try:
            install_services(services_dir(self.system.state_dir),
                             daemon_socket(self.system.state_dir),
                             sys.executable)
        except OSError as err:  # the daemon still works without it
            log.warning("cannot install volume import service: %s", err)

    def load(self, root) -> None:
        self._install()

    def populate_demo(self) -> None:
        self._install()

    def on_start(self, qube) -> None:
        if any(name == qube.name for name, _vol in self.importing):
            raise QubesException(
                f"Cannot start {qube.name}: a volume import is running")
