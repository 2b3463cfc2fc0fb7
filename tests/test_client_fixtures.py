"""Shared fixtures and helpers of the client tests (imported by them).

One sandbox per test module keeps the client suite fast; tests that change
the system use their own qubes or undo what they change.
"""

import asyncio
import threading

import pytest

from qubesmanager.admin import QubesApp
from qubesmanager.sandbox.launcher import start_sandbox


@pytest.fixture(scope="module")
def msb(tmp_path_factory):
    """A demo sandbox shared by one test module (time-scale 0)."""
    sb = start_sandbox(tmp_path_factory.mktemp("client") / "state",
                       demo=True, time_scale=0)
    yield sb
    sb.stop()


@pytest.fixture
def app(msb):
    """A fresh client (cache off, nothing remembered) on the module sandbox."""
    return QubesApp(msb.socket)


def pick(app, klass, *, running=None, **props):
    """First qube of class ``klass`` (and power/property conditions)."""
    for vm in app.domains:
        if vm.klass != klass:
            continue
        if running is not None and (vm.get_power_state() == "Running") != running:
            continue
        if all(getattr(vm, k, None) == v for k, v in props.items()):
            return vm
    pytest.skip(f"demo system has no {klass} with {props}")


class LoopThread:
    """An asyncio loop in a thread, for dispatchers next to blocking calls."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever,
                                       daemon=True)
        self.thread.start()

    def submit(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def call(self, fn, *args):
        """Run a plain function on the loop thread and wait for it."""
        async def run():
            return fn(*args)
        return self.submit(run()).result(10)

    def close(self) -> None:
        """Cancel what still runs (a failed test's dispatcher), then stop."""
        async def cancel_all():
            me = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not me]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        try:
            self.submit(cancel_all()).result(10)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(5)
            self.loop.close()


@pytest.fixture
def loop_thread():
    lt = LoopThread()
    yield lt
    lt.close()


def wait_for(predicate, timeout=10.0):
    """Poll a condition set by another thread (events), without sleeping
    the whole timeout; fails the test if it never holds."""
    done = threading.Event()
    deadline = timeout
    step = 0.01
    while deadline > 0:
        if predicate():
            return
        done.wait(step)
        deadline -= step
    raise AssertionError("condition not reached in time")
