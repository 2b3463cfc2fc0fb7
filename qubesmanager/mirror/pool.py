"""The one door for background work: bounded worker threads whose results
and errors come back on the UI thread.

Two lanes, so a user's click never waits behind the initial load or the
disk-usage pass:

* ``USER``: actions the user asked for (start, set label, …).  Long calls
  (``admin.vm.Start`` returns only when the qube is up) each hold a thread,
  so this lane is wider.
* ``LOAD`` and ``BACKGROUND``: the mirror's own reads; a priority queue in
  front of a few threads, so property loads go ahead of disk usage.
"""

from __future__ import annotations

import collections
import itertools
import logging
import queue
import sys
import threading
import time
from typing import Callable

from PyQt5 import sip
from PyQt5.QtCore import QObject, Qt, pyqtSignal, pyqtSlot

log = logging.getLogger(__name__)

USER = 0
LOAD = 1
BACKGROUND = 2

_STOP = object()

#: A worker idle this long ends (a new one starts in microseconds): after
#: 30 qubes were shut down at once, 30 threads would otherwise stay
#: resident for the life of the process.
IDLE_EXIT_S = 10.0


class _Deliverer(QObject):
    """Lives on the UI thread and runs callbacks handed over from workers.

    Callbacks queue up in order; one queued signal wakes the UI thread,
    which runs them for at most :data:`BUDGET` seconds before yielding to
    the event loop (painting, timers) and continuing at the next turn.  A
    burst of hundreds of events (50 qubes starting) therefore never
    freezes the window for longer than about one budget.
    """

    wake = pyqtSignal()

    #: Seconds of callbacks per event-loop turn.
    BUDGET = 0.02

    def __init__(self) -> None:
        super().__init__()
        self._queue: collections.deque = collections.deque()
        self._lock = threading.Lock()
        self._scheduled = False
        self.wake.connect(self._drain, Qt.QueuedConnection)

    def post(self, thunk: Callable[[], None]) -> None:
        """Queue ``thunk`` for the UI thread (any thread may call this)."""
        self._queue.append(thunk)
        with self._lock:
            if self._scheduled:
                return
            self._scheduled = True
        self.wake.emit()

    @pyqtSlot()
    def _drain(self) -> None:
        deadline = time.perf_counter() + self.BUDGET
        while True:
            try:
                thunk = self._queue.popleft()
            except IndexError:
                with self._lock:
                    if not self._queue:
                        self._scheduled = False
                        return
                continue
            try:
                thunk()
            except Exception:  # noqa: BLE001 - a broken callback must not kill the loop
                log.exception("callback of a background call failed")
                sys.excepthook(*sys.exc_info())
            if time.perf_counter() > deadline and self._queue:
                # Yield to painting and timers; continue at the next turn.
                self.wake.emit()
                return


def _alive(fn) -> bool:
    """False when ``fn`` is a bound method of a deleted Qt object (a closed
    dialog); its result is then dropped instead of crashing."""
    owner = getattr(fn, "__self__", None)
    if isinstance(owner, QObject):
        try:
            return not sip.isdeleted(owner)
        except TypeError:
            return True
    return True


class _Lane:
    """A priority queue served by up to ``size`` daemon threads.

    Threads are started on demand and end after :data:`IDLE_EXIT_S` idle.
    Accounting, all under ``_lock``: ``idle`` counts finished threads that
    no queued job has claimed yet; ``backlog`` counts jobs queued while
    every thread was busy at the maximum.  ``submit`` claims an idle thread,
    else starts one, else adds to the backlog, so a job never waits behind
    a long call (a qube's start) while the lane still has room.
    """

    def __init__(self, name: str, size: int) -> None:
        self.name = name
        self.size = size
        self.queue: queue.PriorityQueue = queue.PriorityQueue()
        self.threads: list[threading.Thread] = []
        self.busy = 0
        self.idle = 0
        self.backlog = 0
        self._lock = threading.Lock()

    def submit(self, priority: int, seq: int, job) -> None:
        with self._lock:
            if self.idle > 0:
                self.idle -= 1
            elif len(self.threads) < self.size:
                thread = threading.Thread(
                    target=self._work, name=f"{self.name}-{len(self.threads)}",
                    daemon=True)
                self.threads.append(thread)
                thread.start()
            else:
                self.backlog += 1
        self.queue.put((priority, seq, job))

    def _work(self) -> None:
        while True:
            try:
                _prio, _seq, job = self.queue.get(timeout=IDLE_EXIT_S)
            except queue.Empty:
                with self._lock:
                    # Leave only while no queued job counts on this thread.
                    if self.idle > 0 and self.queue.empty():
                        self.idle -= 1
                        self.threads.remove(threading.current_thread())
                        return
                continue
            if job is _STOP:
                return
            with self._lock:
                self.busy += 1
            try:
                job()
            finally:
                with self._lock:
                    self.busy -= 1
                    if self.backlog > 0:
                        self.backlog -= 1     # goes on with a queued job
                    else:
                        self.idle += 1

    def stop(self) -> None:
        with self._lock:
            count = len(self.threads)
        for _ in range(count):
            self.queue.put((-1, -1, _STOP))


class WorkPool:
    """Run callables off the UI thread and report back on it."""

    def __init__(self, user_threads: int = 48, load_threads: int = 8) -> None:
        self._deliverer = _Deliverer()
        self._seq = itertools.count()
        self._user = _Lane("qm-user", user_threads)
        self._load = _Lane("qm-load", load_threads)
        self.closed = False

    def run(self, fn: Callable, *args, on_result=None, on_error=None,
            priority: int = USER, **kwargs) -> None:
        """Run ``fn(*args, **kwargs)`` in a worker; callbacks on the UI thread.

        Without ``on_error`` a failure is logged (background reads) — views
        pass ``on_error`` (usually :func:`widgets.errors.show_error`).
        """
        deliver = self._deliverer

        def job() -> None:
            try:
                result = fn(*args, **kwargs)
            except BaseException as err:  # noqa: BLE001 - handed to the UI thread
                # ``err`` is unbound when the except block ends: keep a copy
                # for the callback that runs later on the UI thread.
                error = err
                if on_error is not None:
                    deliver.post(lambda: _alive(on_error) and on_error(error))
                else:
                    log.warning("background call %s failed: %s",
                                getattr(fn, "__name__", fn), err)
                return
            if on_result is not None and not self.closed:
                deliver.post(lambda: _alive(on_result) and on_result(result))

        lane = self._user if priority == USER else self._load
        lane.submit(priority, next(self._seq), job)

    def post(self, thunk: Callable[[], None]) -> None:
        """Run ``thunk`` on the UI thread (callable from any thread)."""
        self._deliverer.post(thunk)

    def pending(self) -> int:
        """Queued plus running jobs (for tests and benchmarks)."""
        return (self._user.queue.qsize() + self._load.queue.qsize()
                + self._user.busy + self._load.busy)

    def close(self) -> None:
        self.closed = True
        self._user.stop()
        self._load.stop()
