"""Event streams (``admin.Events``, ``admin.vm.Stats``) read in a thread.

The client's asyncio ``EventsDispatcher`` (ours, or the system qubesadmin
one) runs in its own thread and event loop, so reading and decoding a
burst of events never competes with painting, and the mirror works the
same whether or not the UI runs a qasync loop.  Each event is handed to
the UI thread through :meth:`WorkPool.post`.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Callable

log = logging.getLogger(__name__)


def _dispatcher_class():
    """Our dispatcher when present, else the system qubesadmin one."""
    try:
        from qubesmanager.admin.events import EventsDispatcher
        return EventsDispatcher
    except ImportError:
        from qubesadmin.events import EventsDispatcher  # type: ignore
        return EventsDispatcher


def _subject_name(subject) -> str:
    """qubesadmin hands qube objects, ours may hand names; None = system."""
    if subject is None:
        return ""
    return str(getattr(subject, "name", subject) or "")


class EventThread:
    """Listen to one event stream until :meth:`stop`; reconnects by itself.

    ``on_event(subject, name, kwargs)``, ``on_lost()`` and
    ``on_established()`` are called on the UI thread via ``post``.

    With ``latest_only`` (the ``vm-stats`` stream) only the newest event
    per (subject, name) waits for the UI thread: a busy UI then skips
    stale rounds instead of queueing them, so the backlog, and the memory
    it holds, stays bounded by the number of qubes.
    """

    def __init__(self, app, post: Callable, on_event: Callable,
                 api_method: str = "admin.Events",
                 on_lost: Callable | None = None,
                 latest_only: bool = False) -> None:
        self.app = app
        self.api_method = api_method
        self._post = post
        self._on_event = on_event
        self._on_lost = on_lost
        self._latest_only = latest_only
        self._pending: dict[tuple[str, str], dict] = {}
        self._pending_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._main, name=f"qm-{self.api_method}", daemon=True)
        self._thread.start()

    def _main(self) -> None:
        try:
            asyncio.run(self._listen())
        except Exception:  # noqa: BLE001 - the UI learns via on_lost
            if not self._stopping:
                log.exception("%s listener ended", self.api_method)
                if self._on_lost is not None:
                    self._post(self._on_lost)

    def _make_dispatcher(self):
        cls = _dispatcher_class()
        try:
            dispatcher = cls(self.app, api_method=self.api_method,
                             enable_cache=True)
        except TypeError:
            dispatcher = cls(self.app, api_method=self.api_method)
        # Our dispatcher calls these hooks; qubesadmin ignores them and we
        # learn about a reconnect from the next connection-established.
        if self._on_lost is not None:
            on_lost = self._on_lost
            dispatcher.on_connection_lost = lambda *a: self._post(on_lost)
        return dispatcher

    async def _listen(self) -> None:
        self._loop = asyncio.get_running_loop()
        dispatcher = self._make_dispatcher()

        def handler(subject, event, **kwargs):
            name = _subject_name(subject)
            kw = {k: _kw_text(v) for k, v in kwargs.items()}
            if self._latest_only:
                with self._pending_lock:
                    first = not self._pending
                    self._pending[(name, event)] = kw
                if first:
                    self._post(self._deliver_pending)
            else:
                self._post(lambda: self._on_event(name, event, kw))

        dispatcher.add_handler("*", handler)
        self._task = asyncio.ensure_future(
            dispatcher.listen_for_events(reconnect=True))
        try:
            await self._task
        except asyncio.CancelledError:
            pass

    def _deliver_pending(self) -> None:
        """UI thread: hand over the newest event of each (subject, name)."""
        with self._pending_lock:
            pending, self._pending = self._pending, {}
        for (name, event), kw in pending.items():
            self._on_event(name, event, kw)

    def stop(self) -> None:
        self._stopping = True
        loop, task = self._loop, self._task
        if loop is not None and task is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=2)


def _kw_text(value) -> str:
    """Keyword values as text (qubesadmin may hand objects for devices)."""
    if value is None:
        return "None"
    if isinstance(value, str):
        return value
    return str(getattr(value, "name", value))
