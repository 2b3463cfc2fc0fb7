"""``qubes-global-settings``: system-wide Qubes settings."""

from __future__ import annotations

import sys


def build(ctx):
    from .window import GlobalSettingsWindow
    window = GlobalSettingsWindow(ctx.mirror)
    # A dialog closed with OK/Cancel ends the tool.
    window.finished.connect(lambda _result: ctx.qapp.quit())
    return window


def main(argv=None) -> int:
    from qubesmanager.launch import run_tool
    return run_tool(argv, build, "Qubes global settings: default qubes, "
                                 "kernel, pools, memory balancing and updates",
                    name="qubes-global-settings")


if __name__ == "__main__":
    sys.exit(main())
