"""Worker lanes: idle threads end, and work submitted later still runs."""

from __future__ import annotations

import threading

from qubesmanager.mirror import pool as pool_module
from qubesmanager.mirror.pool import LOAD, USER, WorkPool


def test_idle_workers_end_and_new_work_still_runs(qtbot, monkeypatch):
    monkeypatch.setattr(pool_module, "IDLE_EXIT_S", 0.2)
    pool = WorkPool(user_threads=4, load_threads=2)
    release = threading.Event()
    results = []
    for i in range(4):            # four blocked calls: four user threads
        pool.run(lambda i=i: release.wait(5) and i, on_result=results.append)
    qtbot.waitUntil(lambda: len(pool._user.threads) == 4, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: sorted(results) == [0, 1, 2, 3], timeout=5000)
    # Idle for longer than IDLE_EXIT_S: every worker has ended.
    qtbot.waitUntil(lambda: not pool._user.threads, timeout=5000)
    qtbot.waitUntil(lambda: not [t for t in threading.enumerate()
                                 if t.name.startswith("qm-user")], timeout=5000)
    # Work after that starts a new worker and its result comes back.
    pool.run(lambda: "again", on_result=results.append, priority=LOAD)
    pool.run(lambda: "user", on_result=results.append, priority=USER)
    qtbot.waitUntil(lambda: "again" in results and "user" in results,
                    timeout=5000)
    pool.close()


def test_a_full_lane_queues_and_catches_up(qtbot):
    pool = WorkPool(user_threads=2, load_threads=1)
    release = threading.Event()
    results = []
    for i in range(5):            # two run, three wait for a free thread
        pool.run(lambda i=i: release.wait(5) and i, on_result=results.append)
    qtbot.waitUntil(lambda: pool._user.busy == 2, timeout=5000)
    assert len(pool._user.threads) == 2 and pool._user.backlog == 3
    release.set()
    qtbot.waitUntil(lambda: sorted(results) == [0, 1, 2, 3, 4], timeout=5000)
    assert pool._user.backlog == 0 and pool._user.idle == 2
    pool.close()
