#!/usr/bin/env python3
"""Sandbox walkthrough: list qubes, start one, print its events, shut it
down — with raw Admin API calls over the sandbox's socket.

    python examples/sandbox_walkthrough.py            # starts its own sandbox
    python examples/sandbox_walkthrough.py --socket /tmp/qubesd.sock [--qube work]

Without ``--socket`` a temporary demo sandbox is started (time scale 0.3,
so the Transient and Halting states are short but visible) and stopped at
the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(__file__), os.pardir))

from qubesmanager.admin import wire  # noqa: E402
from qubesmanager.sandbox.launcher import start_sandbox  # noqa: E402
from qubesmanager.sandbox.rawclient import EventStream, call  # noqa: E402


def print_events(stream: EventStream, qube: str, done: threading.Event):
    """Print the qube's events until it has shut down."""
    for event in stream.events():
        if event.subject != qube:
            continue
        extra = " ".join(f"{k}={v}" for k, v in event.kwargs.items())
        print(f"  event  {event.name} {extra}")
        if event.name == "domain-shutdown":
            done.set()
            return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--socket", help="socket of a running sandbox")
    parser.add_argument("--qube", default="work", help="qube to start")
    args = parser.parse_args()
    sandbox = None
    path = args.socket
    if path is None:
        sandbox = start_sandbox(demo=True, time_scale=0.3)
        path = sandbox.socket
        print(f"started a demo sandbox on {path}")
    try:
        print("qubes:")
        for name, info in wire.parse_vm_list(
                call(path, "admin.vm.List")).items():
            label = wire.parse_property(call(
                path, "admin.vm.property.Get", name, "label")).text
            print(f"  {name:28} {info['class']:13} {info['state']:9} {label}")

        stream = EventStream(path, dest=args.qube, timeout=60)
        events = stream.events()
        assert next(events).name == "connection-established"
        done = threading.Event()
        printer = threading.Thread(target=print_events,
                                   args=(stream, args.qube, done))
        printer.start()

        print(f"starting {args.qube} (its netvm chain comes up first)")
        call(path, "admin.vm.Start", args.qube)
        print("  state:", call(path, "admin.vm.CurrentState", args.qube))
        print(f"shutting {args.qube} down")
        call(path, "admin.vm.Shutdown", args.qube, "wait")
        done.wait(30)
        stream.close()
        printer.join(5)
        print("  state:", call(path, "admin.vm.CurrentState", args.qube))
    finally:
        if sandbox is not None:
            sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
