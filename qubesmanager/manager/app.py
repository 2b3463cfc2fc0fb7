"""``qubes-qube-manager``: entry point of the Qube Manager window."""

from __future__ import annotations

import sys

from PyQt5.QtCore import QCoreApplication


def build(ctx):
    """Create the main window for :func:`launch.run_tool`."""
    from qubesmanager.manager.window import ManagerWindow
    return ManagerWindow(ctx)


def main(argv=None) -> int:
    from qubesmanager.launch import run_tool
    return run_tool(
        argv, build,
        QCoreApplication.translate(
            "manager", "Qube Manager: see and manage every qube"),
        name="qubes-qube-manager")


if __name__ == "__main__":
    sys.exit(main())
