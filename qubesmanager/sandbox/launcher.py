"""Start a sandbox daemon in a child process and wait until it listens.

Used by the tests (a fresh sandbox per test on a temporary socket and state
dir), by ``qubes-qube-manager --sandbox`` and by the benchmarks, so the way
a sandbox is spawned and awaited is written once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .rawclient import accepts_connections


class SandboxProcess:
    """A running sandbox child process; ``socket`` is the path it serves."""

    def __init__(self, state_dir: Path, socket_path: Path,
                 args: list[str]) -> None:
        self.state_dir = Path(state_dir)
        self.socket = str(socket_path)
        self._args = args
        self.proc: subprocess.Popen | None = None
        self.log_path = self.state_dir.parent / (self.state_dir.name + ".log")

    def start(self, timeout: float = 20.0) -> "SandboxProcess":
        """Spawn the daemon and return once its socket accepts connections."""
        if os.path.exists(self.socket):
            os.unlink(self.socket)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "qubesmanager.sandbox",
             "--socket", self.socket, "--state-dir", str(self.state_dir),
             *self._args],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"sandbox exited with {self.proc.returncode}: "
                    + self.log_path.read_text(errors="replace")[-2000:])
            if accepts_connections(self.socket):
                return self
            time.sleep(0.02)
        self.stop()
        raise TimeoutError("sandbox did not start listening in time")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 10.0) -> None:
        """Stop the daemon (SIGTERM by default; SIGKILL to simulate a crash)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def kill(self) -> None:
        """kill -9: the daemon gets no chance to clean up."""
        self.stop(signal.SIGKILL)

    def restart(self) -> "SandboxProcess":
        """Stop and start again on the same state dir and socket."""
        self.stop()
        # Reuse the state: never rebuild the demo over an existing system.
        self._args = [a for a in self._args if a != "--demo"]
        return self.start()

    def __enter__(self) -> "SandboxProcess":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_sandbox(state_dir: str | os.PathLike | None = None, *,
                  demo: bool = True, qubes: int = 0, time_scale: float = 1.0,
                  latency_ms: float = 0.0, socket_path: str | None = None,
                  extra_args: list[str] | None = None) -> SandboxProcess:
    """Start a sandbox (a demo system unless ``demo=False``) and return it.

    Without ``state_dir`` a temporary directory is used.  ``--demo`` is only
    passed when the state dir holds no system yet, so reusing a directory
    shows the same system again.
    """
    if state_dir is None:
        state_dir = tempfile.mkdtemp(prefix="qubes-sandbox-")
    # absolute, so that clients reading files there (qube logs) find them
    # whatever their working directory
    state_dir = Path(state_dir).resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    if socket_path is None:
        # AF_UNIX paths are limited to ~107 bytes: keep the socket short.
        sockdir = tempfile.mkdtemp(prefix="qsb-")
        socket_path = os.path.join(sockdir, "qubesd.sock")
    args = ["--time-scale", str(time_scale)]
    if latency_ms:
        args += ["--latency-ms", str(latency_ms)]
    if demo and not (state_dir / "qubes.xml").exists():
        args.append("--demo")
    if qubes:
        args += ["--qubes", str(qubes)]
    args += extra_args or []
    return SandboxProcess(state_dir, Path(socket_path), args).start()
