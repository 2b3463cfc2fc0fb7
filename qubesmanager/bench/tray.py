"""``python -m qubesmanager.bench tray``: memory and menu speed of the tray.

Starts a sandbox with many qubes in a child process (time-scale 0, so
``vm-stats`` rounds come every 0.1 s instead of every 3 s), then runs the
applet exactly as
``qubes-domains-tray --socket …`` starts: the same process set-up (no TLS
library, capped malloc arenas), ``launch.run_tool`` with Qt's event loop,
translations and icons, and the tray's own ``build``.  The benchmark only
adds a coroutine, stepped by Qt timers on that loop, which

* waits for the load, then starts ``--running`` qubes from a second client
  (a child process, so its memory is not counted here);
* opens the menu cold and warm and times it until it is visible;
* reads RSS, then drives ``--cycles`` start/stop cycles of other qubes in
  four rounds (every cycle a full start and shutdown event sequence through
  the mirror and the menu) and reads RSS after each round.

It prints figures and asserts nothing.  RSS is read from /proc/self/status.
It runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise; for the X11
figure: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24"
python -m qubesmanager.bench tray`` (Xvfb has no system tray, so the
applet shows its fallback window there).
Nothing here imports asyncio before the applet's own set-up ran (it would
load the TLS library the applet keeps out).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gc
import os
import subprocess
import sys
import time


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


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
    are not counted in the tray's RSS: ``start NAMES``, ``cycle N NAMES``
    or ``halted N`` (print up to N halted AppVM names, one per line)."""
    socket, what, *rest = argv
    if what == "serve":
        return _serve(int(rest[0]))
    from qubesmanager.admin import QubesApp
    app = QubesApp(socket)
    if what == "halted":
        names = [vm.name for vm in app.domains
                 if vm.klass == "AppVM" and vm.get_power_state() == "Halted"
                 and not vm.features.get("internal")
                 and not vm.template_for_dispvms]
        print("\n".join(names[:int(rest[0])]))
        return 0
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


def _serve(extra: int) -> int:
    """Run the sandbox for the benchmark: print its socket, serve until
    stdin closes.  A child of its own, so the sandbox launcher's imports
    (tempfile, pathlib, …) are not counted in the applet's RSS."""
    from qubesmanager.sandbox.launcher import start_sandbox
    # A host big enough for every qube: the figure is about the tray, not
    # about the sandbox refusing starts for lack of memory.
    sandbox = start_sandbox(demo=True, qubes=extra, time_scale=0,
                            extra_args=["--host-memory", str(1024 * 1024)])
    try:
        print(sandbox.socket, flush=True)
        sys.stdin.read()
    finally:
        sandbox.stop()
    return 0


class _Sleep:
    """``await _Sleep(s)``: pause the benchmark's coroutine for ``s`` seconds
    while Qt's event loop runs (the applet runs Qt's loop, not asyncio's)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __await__(self):
        yield self.seconds


def _run_on_qt(coro, on_done) -> None:
    """Step ``coro`` from QTimers: each ``_Sleep`` becomes a single-shot
    timer; ``on_done(error or None)`` at the end."""
    from PyQt5.QtCore import QTimer

    def step() -> None:
        try:
            delay = coro.send(None)
        except StopIteration:
            on_done(None)
            return
        except Exception as err:  # noqa: BLE001 - reported by main()
            on_done(err)
            return
        QTimer.singleShot(max(0, int(delay * 1000)), step)
    QTimer.singleShot(0, step)


async def _driver(socket: str, *args: str) -> str:
    """Run the driver child while the event loop keeps running."""
    proc = subprocess.Popen([sys.executable, "-m", "qubesmanager.bench.tray",
                             "--drive", socket, *args],
                            stdout=subprocess.PIPE, text=True)
    while proc.poll() is None:
        await _Sleep(0.01)
    return proc.stdout.read().strip()


async def _until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await _Sleep(0.01)
    return predicate()


async def _measure(ctx, args, report: dict) -> None:
    from PyQt5.QtCore import QPoint
    from PyQt5.QtWidgets import QApplication

    from qubesmanager.common import states
    mirror, socket = ctx.mirror, ctx.args.socket
    qapp = QApplication.instance()
    t0 = time.perf_counter()
    if not await _until(lambda: mirror.is_loaded, 120):
        raise RuntimeError("mirror did not load")
    tray = ctx.tray
    print(f"mirror loaded: {len(mirror.qubes)} qubes in "
          f"{time.perf_counter() - t0:.2f} s after the loop started")
    report["loaded"] = rss_mib()

    halted = (await _driver(socket, "halted",
                            str(args.running + args.spare))).split()
    to_run, spare = halted[:args.running], halted[args.running:]
    t0 = time.perf_counter()
    refused = await _driver(socket, "start", *to_run)
    await _until(lambda: all(mirror.qubes[n].state == states.RUNNING
                             for n in to_run if n in mirror.qubes), 60)
    print(f"started {len(to_run)} qubes in {time.perf_counter() - t0:.2f} s "
          f"({refused} refused); menu entries: {len(tray.entries)}")
    await _Sleep(1.0)          # a few stats rounds

    async def open_menu() -> float:
        start = time.perf_counter()
        tray.popup(QPoint(0, 0))
        while not tray.menu.isVisible():
            qapp.processEvents()
        qapp.processEvents()
        elapsed = time.perf_counter() - start
        tray.menu.hide()
        await _Sleep(0.05)
        return elapsed * 1000

    report["entries_closed"] = rss_mib()
    cold = await open_menu()
    warm = min([await open_menu() for _ in range(5)])
    print(f"menu open with {len(tray.entries)} running qubes: cold {cold:.1f} ms, "
          f"warm {warm:.1f} ms")
    await _Sleep(0.5)
    gc.collect()
    report["running"] = rss_mib()
    report["rounds"] = []
    per_round = args.cycles // 4
    t0 = time.perf_counter()
    failures = 0
    for _ in range(4 if spare and per_round else 0):
        out = await _driver(socket, "cycle", str(per_round), *spare)
        failures += int(out) if out.isdigit() else 0
        await _until(lambda: all(mirror.qubes[n].state == states.HALTED
                                 for n in spare if n in mirror.qubes), 60)
        await _Sleep(0.5)
        tray.notifier.flush()
        gc.collect()
        report["rounds"].append(rss_mib())
    elapsed = time.perf_counter() - t0
    again = await open_menu()
    print(f"{per_round * len(report['rounds'])} start/stop cycles of "
          f"{len(spare)} qubes in {elapsed:.1f} s ({failures} calls refused); "
          f"menu open afterwards {again:.1f} ms")
    counts = mirror.calls.counts
    print(f"admin calls by the tray's mirror: {sum(counts.values())} "
          f"({dict(counts.most_common(5))})")


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
    # The same process set-up as qubes-domains-tray's main(), first.
    from qubesmanager.tray import app as tray_app
    tray_app.skip_tls()
    tray_app.limit_malloc_arenas()
    from qubesmanager.launch import run_tool

    # --qubes adds varied qubes (templates, standalones, disposable templates
    # too): ask for a third more so enough plain AppVMs exist to start.
    extra = (args.running + args.spare) * 4 // 3 + 20
    print(f"starting sandbox with {extra} extra qubes (time-scale 0)…", flush=True)
    server = subprocess.Popen([sys.executable, "-m", "qubesmanager.bench.tray",
                               "--drive", "-", "serve", str(extra)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    socket = server.stdout.readline().strip()
    if not socket:
        print("the sandbox did not start", file=sys.stderr)
        return 1
    report: dict = {"start": rss_mib()}
    errors: list[BaseException] = []

    def build(ctx):
        widget = tray_app.build(ctx)
        report["built"] = rss_mib()

        def done(error) -> None:
            if error is not None:
                errors.append(error)
            ctx.qapp.exit(0)
        _run_on_qt(_measure(ctx, args, report), done)
        return widget

    try:
        run_tool(["qubes-domains-tray", "--socket", socket], build,
                 "tray benchmark", name="qubes-domains-tray",
                 mirror_options=tray_app.mirror_options(), asyncio_loop=False)
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    if errors:
        print(f"benchmark failed: {errors[0]!r}", file=sys.stderr)
        return 1
    rounds = report["rounds"]
    print(f"RSS: before the QApplication {report['start']:.1f} MiB; applet built "
          f"{report['built']:.1f} MiB; loaded {report['loaded']:.1f} MiB; "
          f"{args.running} running, menu never opened "
          f"{report['entries_closed']:.1f} MiB; after opening the menu "
          f"{report['running']:.1f} MiB")
    if rounds:
        steps = ", ".join(f"{r:.1f}" for r in rounds)
        print(f"RSS after each quarter of the cycles: {steps} MiB "
              f"(delta over the cycles {rounds[-1] - report['running']:+.1f} MiB, "
              f"over the last three quarters {rounds[-1] - rounds[0]:+.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
