"""``qubes-template-manager``: qubes grouped by template, bulk template change."""

from __future__ import annotations

import sys


def build(ctx):
    from .window import TemplateManagerWindow
    return TemplateManagerWindow(ctx.mirror)


def main(argv=None) -> int:
    from qubesmanager.launch import run_tool
    return run_tool(argv, build, "Qubes template manager: see which qubes use "
                                 "which template and move many at once",
                    name="qubes-template-manager")


if __name__ == "__main__":
    sys.exit(main())
