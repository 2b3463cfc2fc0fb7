"""``python -m qubesmanager.bench <name> [options]``: run one benchmark.

Each benchmark is a module ``qubesmanager.bench.<name>`` with ``main(argv)``
that prints its figures (Admin API calls, seconds, MiB); none asserts.
"""

import importlib
import sys

BENCHMARKS = ("client", "manager", "tray", "backup", "settings")


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in BENCHMARKS:
        print(f"usage: python -m qubesmanager.bench {{{','.join(BENCHMARKS)}}} [options]",
              file=sys.stderr)
        return 2
    module = importlib.import_module(f"qubesmanager.bench.{argv[0]}")
    return module.main(argv[1:]) or 0


if __name__ == "__main__":
    sys.exit(main())
