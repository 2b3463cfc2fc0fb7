"""Actions that run programs inside qubes: commands, terminals, consoles,
updates.

Running a program in a qube goes through qrexec, which is not part of the
Admin API.  On a real dom0 we therefore start the standard dom0 tools as
detached processes (``qvm-run``, ``qvm-console-dispvm``,
``qubes-update-gui`` / ``qubes-vm-update``): they do the qrexec part and
the manager never waits for them.  The sandbox runs no programs; there the
action says clearly that it is simulated (and, like ``qvm-run``, still
starts a halted qube through the Admin API, so the visible effect on the
system matches).
"""

from __future__ import annotations

import shlex
import shutil

from PyQt5.QtCore import QCoreApplication, QProcess


def tr(text: str) -> str:
    return QCoreApplication.translate("manager.programs", text)


def run_command_argv(name: str, command: str) -> list[str]:
    return ["qvm-run", "--", name, command]


def terminal_argv(name: str) -> list[str]:
    # The qubes.StartApp service with the terminal the template declares.
    return ["qvm-run", "--service", "--", name, "qubes.StartApp+qubes-run-terminal"]


def console_argv(name: str) -> list[str]:
    return ["qvm-console-dispvm", name]


def update_argv(names) -> list[str]:
    targets = ",".join(names)
    if shutil.which("qubes-update-gui"):
        return ["qubes-update-gui", "--targets", targets]
    return ["qubes-vm-update", "--targets", targets]


def describe_argv(argv: list[str]) -> str:
    return " ".join(shlex.quote(a) for a in argv)


def start_detached(argv: list[str]) -> str | None:
    """Start a dom0 tool without waiting; an error text, or None if started."""
    program = shutil.which(argv[0])
    if program is None:
        return tr("{} is not installed in this domain").format(argv[0])
    result = QProcess.startDetached(program, argv[1:])
    ok = result[0] if isinstance(result, tuple) else bool(result)
    if not ok:
        return tr("{} could not be started").format(argv[0])
    return None
