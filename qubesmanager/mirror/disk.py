"""Disk usage and notes, loaded lazily after the properties.

Volume info has no bulk call (one ``volume.List`` plus one ``Info`` per
volume), so this pass runs in the background at the lowest priority, a few
qubes at a time, visible rows first, and never on a timer: a qube is
re-read only when an event says its volumes changed (shutdown, start,
resize, revert, import).  Its calls are counted apart from the rest
(``mirror.disk_calls``) so benchmarks can report them separately.
"""

from __future__ import annotations

import logging
import time

from qubesmanager.mirror import loader
from qubesmanager.mirror.pool import BACKGROUND

log = logging.getLogger(__name__)

#: Qubes whose volumes are read at the same time.
IN_FLIGHT = 6


class DiskLoader:
    """Work list of qubes whose disk usage/notes must be (re)read."""

    def __init__(self, mirror) -> None:
        self.mirror = mirror
        self._pending: dict[str, None] = {}   # ordered set
        self._running: set[str] = set()
        self._again: set[str] = set()
        #: Seconds the first full pass took (benchmarks), None until done.
        self.first_pass_seconds: float | None = None
        self._pass_started: float | None = None

    def queue_all(self) -> None:
        """Queue every qube not read yet (after a (re)load)."""
        if self._pass_started is None:
            self._pass_started = time.monotonic()
        for name, rec in self.mirror.qubes.items():
            if rec.disk is None and name not in self._running:
                self._pending.setdefault(name)
        self._pump()

    def prioritize(self, names) -> None:
        """Move these qubes to the front of the queue."""
        front = [n for n in names if n in self._pending]
        if not front:
            return
        rest = [n for n in self._pending if n not in set(front)]
        self._pending = dict.fromkeys(front + rest)
        self._pump()

    def refresh(self, name: str) -> None:
        """An event says this qube's volumes changed: read it again, soon."""
        if name in self._running:
            self._again.add(name)
            return
        self._pending.pop(name, None)
        self._pending = {name: None, **self._pending}
        self._pump()

    @property
    def idle(self) -> bool:
        return not self._pending and not self._running

    def _pump(self) -> None:
        mirror = self.mirror
        while self._pending and len(self._running) < IN_FLIGHT:
            name = next(iter(self._pending))
            del self._pending[name]
            if name not in mirror.qubes:
                continue
            self._running.add(name)
            mirror.pool.run(
                loader.load_disk, mirror.app, mirror.disk_calls, name,
                priority=BACKGROUND,
                on_result=lambda res, n=name: self._done(n, res),
                on_error=lambda err, n=name: self._failed(n, err))

    def _done(self, name: str, result) -> None:
        self._running.discard(name)
        disk, notes, outdated = result
        rec = self.mirror.qubes.get(name)
        if rec is not None:
            if outdated and rec.is_running and not rec.outdated:
                rec.outdated = True
                self.mirror.qube_changed.emit(name, "outdated")
            if rec.disk != disk:
                rec.disk = disk
                self.mirror.qube_changed.emit(name, "disk")
            if notes is not None and rec.has_notes != notes:
                rec.has_notes = notes
                self.mirror.qube_changed.emit(name, "notes")
        self._next(name)

    def _failed(self, name: str, err: BaseException) -> None:
        self._running.discard(name)
        log.info("disk usage of %s not available: %s", name, err)
        rec = self.mirror.qubes.get(name)
        if rec is not None and rec.disk is None:
            rec.disk = {}
        self._next(name)

    def _next(self, name: str) -> None:
        if name in self._again:
            self._again.discard(name)
            self._pending = {name: None, **self._pending}
        if self.idle and self._pass_started is not None \
                and self.first_pass_seconds is None:
            self.first_pass_seconds = time.monotonic() - self._pass_started
            self.mirror.disk_pass_done()
        self._pump()
