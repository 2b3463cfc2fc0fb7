"""``python -m qubesmanager.bench settings [--sizes 10,100,1000]``.

Admin API calls (and wall time) to open the VM settings window with the
mirror already loaded, at several system sizes; then the calls each
further tab costs when first shown.  Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _pump(qapp, cond, timeout=120.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step did not finish")
        qapp.processEvents()
        time.sleep(0.001)


def _total(client) -> int:
    return sum(client.call_counts.values())


def measure(qapp, extra: int, latency_ms: float) -> dict:
    from qubesmanager.admin import connect
    from qubesmanager.mirror import Mirror
    from qubesmanager.sandbox.launcher import start_sandbox
    from qubesmanager.settings.window import SettingsWindow

    state = tempfile.mkdtemp(prefix="bench-settings-")
    sb = start_sandbox(state, demo=True, qubes=extra, time_scale=0, latency_ms=latency_ms)
    try:
        client = connect(sb.socket)
        mirror = Mirror(client, stats=False, disk=False)
        mirror.start()
        _pump(qapp, lambda: mirror.is_loaded)
        qapp.processEvents()
        name = "work" if "work" in mirror.qubes else next(
            n for n, r in mirror.qubes.items() if r.klass == "AppVM")
        before = _total(client)
        t0 = time.perf_counter()
        win = SettingsWindow(mirror, name)
        win.show()
        built = time.perf_counter() - t0
        basic = win.tab("basic")
        _pump(qapp, lambda: basic.private_size.loaded)
        ready = time.perf_counter() - t0
        result = {"qubes": len(mirror.qubes), "open_calls": _total(client) - before,
                  "build_ms": built * 1000, "ready_ms": ready * 1000, "tabs": {}}
        waits = {"firewall": lambda p: p.rules_field.loaded,
                 "devices": lambda p: p.devices.loaded,
                 "notes": lambda p: p.notes.loaded,
                 "applications": lambda p: p.apps.loaded,
                 "advanced": lambda p: p.revisions_status_label.text() != p.tr(
                     "Reading revisions…") and p.kernel_combo.count() > 2}
        for key in ("advanced", "firewall", "devices", "applications", "services", "notes"):
            page = win.tab(key)
            mark = _total(client)
            win.show_tab(key)
            wait = waits.get(key)
            if wait is not None:
                _pump(qapp, lambda: wait(page))
            qapp.processEvents()
            result["tabs"][key] = _total(client) - mark
        win.confirm_discard = lambda: True
        win.close()
        mirror.stop()
        return result
    finally:
        sb.stop()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qubesmanager.bench settings")
    parser.add_argument("--sizes", default="10,100,1000",
                        help="extra qubes added to the demo system, comma-separated")
    parser.add_argument("--latency-ms", type=float, default=0.0,
                        help="simulated per-call latency of the sandbox")
    args = parser.parse_args(argv)
    from PyQt5.QtWidgets import QApplication
    qapp = QApplication.instance() or QApplication([])
    print("VM settings window: Admin API calls to open (mirror already loaded)")
    print(f"{'qubes':>6} {'open calls':>10} {'build ms':>9} {'ready ms':>9}  calls per further tab")
    for size in (int(s) for s in args.sizes.split(",") if s):
        r = measure(qapp, size, args.latency_ms)
        tabs = " ".join(f"{k}={v}" for k, v in r["tabs"].items())
        print(f"{r['qubes']:>6} {r['open_calls']:>10} {r['build_ms']:>9.1f} "
              f"{r['ready_ms']:>9.1f}  {tabs}")
    return 0
