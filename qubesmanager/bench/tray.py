"""``python -m qubesmanager.bench tray``: memory and menu speed of the tray.

Starts a sandbox with many qubes (time-scale 0), runs the real tray applet
(mirror + menu + notifications) in this process, starts ``--running``
qubes, then measures:

* the time to open the menu with that many running qubes (``aboutToShow``
  refresh + layout + show, until the menu is visible), cold and warm;
* RSS after load, then after ``--cycles`` start/stop cycles of other qubes
  driven from a second client (every cycle is a full start and a full
  shutdown event sequence through the mirror and the menu).

It prints figures and asserts nothing.  RSS is read from /proc/self/status;
the first figure is a bare QApplication, so the share of PyQt5/Qt itself is
visible.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gc
import os
import sys
import time
import types


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _wait(qapp, predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        qapp.processEvents()
        if predicate():
            return True
        time.sleep(0.002)
    return predicate()


def _parallel(fn, names, workers: int = 8) -> list[BaseException]:
    errors = []
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for fut in [pool.submit(fn, n) for n in names]:
            try:
                fut.result()
            except Exception as err:  # noqa: BLE001 - counted and printed
                errors.append(err)
    return errors


def drive(argv) -> int:
    """The second client, run as a child process so its memory and threads
    are not counted in the tray's RSS: ``start NAMES`` or ``cycle N NAMES``."""
    from qubesmanager.admin import QubesApp
    socket, what, *rest = argv
    app = QubesApp(socket)
    failures = 0
    if what == "start":
        failures = len(_parallel(lambda n: app.domains[n].start(), rest))
    elif what == "cycle":
        cycles, names = int(rest[0]), rest[1:]
        done = 0
        while done < cycles:
            batch = names[:cycles - done]
            failures += len(_parallel(lambda n: app.domains[n].start(), batch))
            failures += len(_parallel(lambda n: app.domains[n].shutdown(), batch))
            done += len(batch)
    print(failures)
    return 0


def _run_driver(qapp, socket: str, *args: str) -> int:
    """Run the driver child while this process keeps handling events."""
    import subprocess
    proc = subprocess.Popen([sys.executable, "-m", "qubesmanager.bench.tray",
                             "--drive", socket, *args],
                            stdout=subprocess.PIPE, text=True)
    while proc.poll() is None:
        qapp.processEvents()
        time.sleep(0.005)
    out = proc.stdout.read().strip()
    return int(out) if out.isdigit() else -1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qubesmanager.bench tray")
    parser.add_argument("--running", type=int, default=200,
                        help="qubes running while the menu is opened (200)")
    parser.add_argument("--cycles", type=int, default=1000,
                        help="start/stop cycles for the RSS check (1000)")
    parser.add_argument("--spare", type=int, default=10,
                        help="extra qubes the cycles start and stop (10)")
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--drive"]:
        return drive(argv[1:])
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Same process set-up as qubes-domains-tray (no TLS library loaded).
    from qubesmanager.tray.app import limit_malloc_arenas, skip_tls
    skip_tls()
    limit_malloc_arenas()  # as the applet's main() does
    from PyQt5.QtCore import QPoint
    from PyQt5.QtWidgets import QApplication
    qapp = QApplication.instance() or QApplication([])
    rss_qt = rss_mib()

    from qubesmanager.admin import QubesApp
    from qubesmanager.common import states
    from qubesmanager.mirror import Mirror
    from qubesmanager.sandbox.launcher import start_sandbox
    from qubesmanager.tray.applet import DomainsTray

    # --qubes adds varied qubes (templates, standalones, disposable templates
    # too): ask for a third more so enough plain AppVMs exist to start.
    extra = (args.running + args.spare) * 4 // 3 + 20
    print(f"starting sandbox with {extra} extra qubes (time-scale 0)…", flush=True)
    # A host big enough for every qube: the figure is about the tray, not
    # about the sandbox refusing starts for lack of memory.
    sandbox = start_sandbox(demo=True, qubes=extra, time_scale=0,
                            extra_args=["--host-memory", str(1024 * 1024)])
    try:
        client = QubesApp(sandbox.socket)
        mirror = Mirror(client, disk=False)
        ctx = types.SimpleNamespace(simulated=True, sandbox=sandbox,
                                    args=types.SimpleNamespace(socket=sandbox.socket))
        tray = DomainsTray(mirror, ctx)
        t0 = time.perf_counter()
        mirror.start()
        if not _wait(qapp, lambda: mirror.is_loaded, 120):
            print("mirror did not load", file=sys.stderr)
            return 1
        print(f"mirror loaded: {len(mirror.qubes)} qubes in "
              f"{time.perf_counter() - t0:.2f} s")
        rss_loaded = rss_mib()

        halted = [n for n, r in mirror.qubes.items()
                  if r.klass in ("AppVM", "StandaloneVM") and r.state == states.HALTED
                  and not r.internal and not r.is_disposable_template]
        to_run = halted[:args.running]
        spare = halted[args.running:args.running + args.spare]
        t0 = time.perf_counter()
        refused = _run_driver(qapp, sandbox.socket, "start", *to_run)
        _wait(qapp, lambda: all(mirror.qubes[n].state == states.RUNNING
                                for n in to_run if n in mirror.qubes), 60)
        print(f"started {len(to_run)} qubes in {time.perf_counter() - t0:.2f} s "
              f"({refused} refused); menu entries: {len(tray.entries)}")

        def open_menu() -> float:
            start = time.perf_counter()
            tray.popup(QPoint(0, 0))
            _wait(qapp, tray.menu.isVisible, 10)
            qapp.processEvents()
            elapsed = time.perf_counter() - start
            tray.menu.hide()
            qapp.processEvents()
            return elapsed * 1000

        rss_entries = rss_mib()
        t1 = time.perf_counter()
        tray.sync()
        sync_ms = (time.perf_counter() - t1) * 1000
        cold = open_menu()
        warm = min(open_menu() for _ in range(5))
        print(f"menu open with {len(tray.entries)} running qubes: cold "
              f"{cold:.1f} ms (refresh of stale entries {sync_ms:.1f} ms), "
              f"warm {warm:.1f} ms; RSS before first open {rss_entries:.1f} MiB, "
              f"after {rss_mib():.1f} MiB")

        gc.collect()
        rss_before = rss_mib()
        if not spare:
            print("no spare qubes to cycle (raise --spare)")
        t0 = time.perf_counter()
        done = args.cycles if spare else 0
        failures = _run_driver(qapp, sandbox.socket, "cycle", str(done), *spare) \
            if spare else 0
        _wait(qapp, lambda: all(mirror.qubes[n].state == states.HALTED
                                for n in spare if n in mirror.qubes), 60)
        _wait(qapp, lambda: False, 0.5)
        tray.notifier.flush()
        gc.collect()
        rss_after = rss_mib()
        elapsed = time.perf_counter() - t0
        again = open_menu()
        print(f"{done} start/stop cycles in {elapsed:.1f} s "
              f"({failures} calls refused); menu open afterwards {again:.1f} ms")
        print(f"RSS: bare QApplication (Python + PyQt5/Qt) {rss_qt:.1f} MiB; after load "
              f"{rss_loaded:.1f} MiB; with {len(tray.entries)} running "
              f"{rss_before:.1f} MiB; after cycles {rss_after:.1f} MiB "
              f"(delta {rss_after - rss_before:+.1f} MiB)")
        print(f"admin calls by the tray's client: {sum(client.call_counts.values())} "
              f"({dict(client.call_counts.most_common(5))})")
        mirror.stop()
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
