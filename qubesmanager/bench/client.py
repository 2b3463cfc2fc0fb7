"""``python -m qubesmanager.bench client --qubes N [--latency-ms MS]
[--upstream-only]``: how much loading a whole system costs our client.

Starts a sandbox with N extra qubes, runs ``app.load_all()`` (every
qube's properties, features and tags) and prints the calls by method, the
seconds it took, and the process's peak RSS; then reads everything again
from the cache to show that costs no call.  Figures only, no assertions.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import time

from qubesmanager.admin import QubesApp
from qubesmanager.sandbox.launcher import start_sandbox


def _read_everything(app) -> int:
    """What a qube list shows: properties, features, tags of every qube."""
    seen = 0
    for vm in app.domains:
        for prop in vm.property_list():
            try:
                getattr(vm, prop)
            except AttributeError:
                pass
            seen += 1
        seen += len(vm.features.items()) + len(list(vm.tags))
        vm.get_power_state()
    return seen


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qubesmanager.bench client")
    parser.add_argument("--qubes", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--upstream-only", action="store_true",
                        help="sandbox without the bulk feature/tag extensions")
    parser.add_argument("--workers", type=int, default=12,
                        help="requests in flight while loading")
    args = parser.parse_args(argv)

    extra = ["--upstream-only"] if args.upstream_only else []
    started = time.monotonic()
    sandbox = start_sandbox(demo=True, qubes=args.qubes,
                            latency_ms=args.latency_ms, time_scale=0,
                            extra_args=extra)
    print(f"sandbox with {args.qubes} extra qubes up in "
          f"{time.monotonic() - started:.1f} s "
          f"(latency {args.latency_ms:g} ms"
          f"{', upstream-only' if args.upstream_only else ''})")
    try:
        app = QubesApp(sandbox.socket, bulk_workers=args.workers)
        result = app.load_all()
        counts = app.call_counts.snapshot()
        print(f"loaded {result['qubes']} qubes in {result['seconds']:.2f} s "
              f"with {sum(counts.values())} calls "
              f"({args.workers} in flight):")
        for method, count in sorted(counts.items(), key=lambda i: -i[1]):
            print(f"  {count:7d}  {method}")
        before = app.call_counts.total_calls()
        t0 = time.monotonic()
        values = _read_everything(app)
        print(f"read {values} values again from the cache in "
              f"{time.monotonic() - t0:.2f} s with "
              f"{app.call_counts.total_calls() - before} calls")
        rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of this process: {rss_mib:.1f} MiB")
    finally:
        sandbox.stop()
        shutil.rmtree(sandbox.state_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
