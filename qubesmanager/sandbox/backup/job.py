"""One running ``admin.backup.Execute``: writes the archive in a thread.

The daemon's loop thread plans (reads the model), then this job streams
the archive to its destination without touching the model, posting
``backup-progress`` events back to the loop.  The archive is written to a
temporary name and renamed only when complete, so a cancelled or failed
backup leaves nothing behind (upstream leaves a partial file; a partial
archive is useless and can mislead a later restore).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path
from typing import Callable

from ...backupformat import header as fmt_header
from ...backupformat.compress import writer_filter
from ...backupformat.errors import BackupFormatError, Cancelled
from ...backupformat.writer import ArchiveWriter
from ..errors import QubesdError, QubesException, safe
from .selection import PlannedQube

#: Progress is evaluated after this many bytes (upstream: 400 KiB).
PROGRESS_STEP = 400 * 1024

WRITE_FAILED = ("ERROR: Failed to write the backup, out of disk space? "
                "Check console output or ~/.xsession-errors for details.")


class Destination:
    """Where the archive bytes go: a file (renamed at the end) or a command."""

    def __init__(self, path: Path | None = None, command: str | None = None,
                 cwd: Path | None = None, qube: str = "dom0") -> None:
        self.final = path
        self.command = command
        self.cwd = cwd
        self.qube = qube
        self._fh = None
        self._proc: subprocess.Popen | None = None
        self._tmp: Path | None = None

    def open(self) -> "Destination":
        if self.command is not None:
            self._proc = subprocess.Popen(
                ["/bin/sh", "-c", self.command], cwd=self.cwd,
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE)
            self._fh = self._proc.stdin
        else:
            self._tmp = self.final.with_name(
                f".{self.final.name}.partial-{os.getpid()}")
            self._fh = open(self._tmp, "wb")
        return self

    def write(self, data: bytes) -> None:
        self._fh.write(data)

    def commit(self) -> None:
        if self._proc is not None:
            self._fh.close()
            err = self._proc.stderr.read().decode("utf-8", "replace")
            if self._proc.wait() != 0:
                raise QubesException(
                    f"Writing backup to VM {self.qube} failed: "
                    f"{safe(err.strip())}")
            return
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self._tmp, self.final)

    def abort(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait()
            return
        if self._fh is not None:
            self._fh.close()
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except FileNotFoundError:
                pass


class BackupJob:
    """Writes one archive; ``run()`` blocks (call it in an executor)."""

    def __init__(self, profile_name: str, planned: list[PlannedQube],
                 qubes_xml: bytes, passphrase: str, compression,
                 destination: Destination,
                 post_progress: Callable[[float], None],
                 min_interval: float = 1.0, tmpdir: str | None = None,
                 kdf: tuple[int, int, int] | None = None) -> None:
        self.profile = profile_name
        self.planned = planned
        self.qubes_xml = qubes_xml
        self.passphrase = passphrase
        self.compressed, self.filter = writer_filter(compression)
        self.destination = destination
        self._post = post_progress
        self._interval = min_interval
        self._tmpdir = tmpdir
        self._kdf = kdf
        self._cancel = threading.Event()
        self.total = sum(p.size for p in planned)
        self._done = 0          # sizes of finished qubes
        self._current = 0       # compressed bytes of the running qube
        self._since_eval = 0
        self._last_emit = time.monotonic()
        self.written = 0

    def cancel(self) -> None:
        self._cancel.set()

    def _check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("Backup cancelled")

    def _on_bytes(self, n: int) -> None:
        self._current += n
        self._since_eval += n
        if self._since_eval >= PROGRESS_STEP:
            self._since_eval = 0
            self._evaluate()

    def _evaluate(self) -> None:
        """Emit only if the interval passed; never at 0 or for size 0."""
        if not self.total:
            return
        now = time.monotonic()
        if now - self._last_emit < self._interval:
            return
        self._last_emit = now
        self._post(100.0 * (self._done + self._current) / self.total)

    def run(self) -> None:
        """Write the archive; QubesdError on failure or cancel."""
        hdr = fmt_header.BackupHeader(
            backup_id=fmt_header.new_backup_id(), compressed=self.compressed,
            compression_filter=self.filter)
        kdf = {} if self._kdf is None else dict(
            zip(("logn", "r", "p"), self._kdf))
        try:
            self.destination.open()
        except OSError as err:
            raise QubesException(WRITE_FAILED) from err
        try:
            writer = ArchiveWriter(self.destination, hdr, self.passphrase,
                                   tmpdir=self._tmpdir, check=self._check,
                                   on_progress=self._on_bytes, **kdf)
            writer.write_header()
            writer.write_bytes("qubes.xml", self.qubes_xml)
            for plan in self.planned:
                self._current = 0
                for item in plan.files:
                    self._check()
                    if item.kind == "volume":
                        writer.write_volume(item.path, item.source)
                    elif item.kind == "tree":
                        writer.write_tree(item.path, item.source)
                    else:
                        writer.write_bytes(item.path, item.data)
                self._done += plan.size
                self._current = 0
                self._evaluate()
            writer.finish()
            self.written = writer.written
            self.destination.commit()
        except Cancelled:
            self.destination.abort()
            raise QubesdError("BackupCancelledError", "Backup cancelled") \
                from None
        except QubesdError:
            self.destination.abort()
            raise
        except (OSError, BackupFormatError) as err:
            self.destination.abort()
            if isinstance(err, BrokenPipeError) and \
                    self.destination.command is not None:
                raise QubesException(
                    f"Writing backup to VM {self.destination.qube} failed: "
                    "the receiving command exited early") from None
            raise QubesException(WRITE_FAILED) from err
        except BaseException:
            self.destination.abort()
            raise
