"""``qubes-vm-settings QUBE [--tab basic|advanced|…]``."""

from __future__ import annotations

import sys

from PyQt5.QtCore import QCoreApplication

from qubesmanager.settings.window import TABS


def _arguments(parser) -> None:
    parser.add_argument("qube", metavar="QUBE", help="the qube to configure")
    parser.add_argument("--tab", choices=list(TABS), default="basic",
                        help="page to open")


def _build(ctx):
    from qubesmanager.settings.host import LoadingHost
    from qubesmanager.settings.window import SettingsWindow
    name = ctx.args.qube

    def check():
        if ctx.mirror.get(name) is None:
            return QCoreApplication.translate("Settings", "No qube named %s.") % name
        return None

    return LoadingHost(ctx.mirror,
                       lambda: SettingsWindow(ctx.mirror, name, ctx.args.tab),
                       QCoreApplication.translate("Settings", "Settings: %s") % name,
                       check)


def main(argv=None) -> int:
    from qubesmanager.launch import run_tool
    return run_tool(argv, _build, "Change the settings of a qube.", _arguments,
                    name="qubes-vm-settings")


if __name__ == "__main__":
    sys.exit(main())
