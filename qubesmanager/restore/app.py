"""``qubes-backup-restore``: the restore wizard as a tool."""

from __future__ import annotations

import sys


def build(ctx):
    from .wizard import RestoreWizard
    state_dir = ctx.sandbox.state_dir if ctx.sandbox is not None else None
    wizard = RestoreWizard(ctx.mirror, state_dir=state_dir)
    wizard.finished.connect(lambda _result: ctx.qapp.quit())
    return wizard


def main(argv=None) -> int:
    from qubesmanager.launch import run_tool
    return run_tool(argv, build, "Restore qubes from a Qubes backup archive "
                                 "(format version 4)",
                    name="qubes-backup-restore")


if __name__ == "__main__":
    sys.exit(main())
