"""``qubes-manager-sandbox`` / ``python -m qubesmanager.sandbox``.

Runs the simulated qubesd on a Unix socket until SIGTERM/SIGINT::

    python -m qubesmanager.sandbox --socket /tmp/qubesd.sock \\
        --state-dir ~/.local/share/qubes-sandbox --demo
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Optional

from . import demo, faults, methods
from .model import System
from .server import Server
from .xmlstore import FILENAME, Persister, load, remove_stale_temp_files

log = logging.getLogger("qubesmanager.sandbox")

LOCK_NAME = ".sandbox.lock"


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="qubes-manager-sandbox",
        description="Simulated qubesd speaking the Qubes Admin API on a "
                    "Unix socket, with a persistent system in a state dir.")
    parser.add_argument("--socket", metavar="PATH",
                        help="socket to listen on (default: "
                             "STATE_DIR/qubesd.sock)")
    parser.add_argument("--state-dir", metavar="DIR", required=True,
                        help="directory laid out like /var/lib/qubes")
    parser.add_argument("--demo", action="store_true",
                        help="build a fresh Qubes 4.3-like system if the "
                             "state dir holds none")
    parser.add_argument("--qubes", metavar="N", type=int, default=0,
                        help="add N varied qubes to a new system (scale "
                             "tests)")
    parser.add_argument("--time-scale", metavar="F", type=float, default=1.0,
                        help="multiply simulated durations (0 = instant)")
    parser.add_argument("--latency-ms", metavar="MS", type=float, default=0.0,
                        help="delay every reply (emulate qrexec)")
    parser.add_argument("--upstream-only", action="store_true",
                        help="serve only upstream methods (no bulk-read "
                             "extensions)")
    parser.add_argument("--host-memory", metavar="MIB", type=int,
                        default=16384, help="simulated host RAM (MiB)")
    parser.add_argument("--host-cpus", metavar="N", type=int, default=4,
                        help="simulated host CPU count")
    parser.add_argument("--event-queue", metavar="N", type=int,
                        default=20000,
                        help="frames an event client may lag behind before "
                             "it is dropped")
    parser.add_argument("--fault", metavar="METHOD[@QUBE]=ACTION",
                        action="append", default=[],
                        help="inject a fault: ACTION is empty, deny, "
                             "error:CLASS:MESSAGE or delay:MS (repeatable)")
    parser.add_argument("--debug", action="store_true",
                        help="log every request")
    args = parser.parse_args(argv)
    if args.time_scale < 0 or args.latency_ms < 0 or args.qubes < 0:
        parser.error("--time-scale, --latency-ms and --qubes must be >= 0")
    try:
        args.faults = [faults.parse(spec) for spec in args.fault]
    except ValueError as err:
        parser.error(str(err))
    return args


def take_lock(state_dir: Path):
    """Hold an exclusive lock on the state dir for the daemon's lifetime."""
    fh = open(state_dir / LOCK_NAME, "a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        owner = fh.read().strip() or "another process"
        fh.close()
        raise SystemExit(
            f"qubes-manager-sandbox: state dir {state_dir} is already in "
            f"use by a running sandbox (pid {owner}); stop it first or "
            f"use another --state-dir")
    fh.seek(0)
    fh.truncate()
    fh.write(f"{os.getpid()}\n")
    fh.flush()
    return fh


def build_system(args: argparse.Namespace) -> System:
    state_dir = Path(args.state_dir).resolve()
    system = System(state_dir, time_scale=args.time_scale,
                    host_memory=args.host_memory, host_cpus=args.host_cpus,
                    upstream_only=args.upstream_only)
    system.event_queue_limit = max(1, args.event_queue)
    path = state_dir / FILENAME
    if path.exists():
        # An existing system is shown as it is: --demo and --qubes only
        # shape a new one, so restarting with the same flags is harmless.
        if args.demo or args.qubes:
            log.warning("%s exists: loading it, --demo/--qubes ignored",
                        path)
        load(system, path)
        return system
    if args.demo:
        demo.build(system)
    else:
        demo.build_minimal(system)
    if args.qubes:
        demo.add_qubes(system, args.qubes)
    return system


async def serve(args: argparse.Namespace, system: System,
                persister: Persister) -> None:
    socket_path = args.socket or str(Path(args.state_dir) / "qubesd.sock")
    server = Server(system, persister, socket_path, args.latency_ms,
                    args.faults)
    await server.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"listening on {socket_path}", flush=True)
    await stop.wait()
    log.info("stopping")
    await server.stop()
    if persister.dirty:
        await persister.flush()


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    state_dir = Path(args.state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)
    lock = take_lock(state_dir)
    try:
        remove_stale_temp_files(state_dir)
        methods.load_all()
        system = build_system(args)
        persister = Persister(system)
        persister.save_now()
        asyncio.run(serve(args, system, persister))
    finally:
        lock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
