"""``qubes-backup``: the backup wizard as a tool."""

from __future__ import annotations

import sys


def add_arguments(parser) -> None:
    parser.add_argument("qubes", nargs="*", help="qubes to pre-select")


def build(ctx):
    from .wizard import BackupWizard
    state_dir = ctx.sandbox.state_dir if ctx.sandbox is not None else None
    wizard = BackupWizard(ctx.mirror, ctx.args.qubes, state_dir=state_dir)
    wizard.finished.connect(lambda _result: ctx.qapp.quit())
    return wizard


def main(argv=None) -> int:
    from qubesmanager.launch import run_tool
    return run_tool(argv, build, "Back up qubes into an encrypted Qubes "
                                 "backup archive (format version 4)",
                    add_arguments, name="qubes-backup")


if __name__ == "__main__":
    sys.exit(main())
