"""Event streams: ``EventsDispatcher`` (admin.Events) and ``StatsDispatcher``
(admin.vm.Stats), asyncio, qubesadmin-compatible.

Handlers are registered for shell-style patterns (``property-set:*``) and
called as ``handler(subject, event, **kwargs)`` where ``subject`` is the
qube object (None for system events) and, for ``domain-add`` /
``domain-delete``, ``kwargs['vm']`` is the qube object too; other values
are the strings the daemon sent.  The cache is updated before any handler
runs (admin-api.md 10.3), so a handler that reads the changed property
gets the new value (one Get).

After the daemon goes away the dispatcher calls ``on_connection_lost()``,
retries every ``reconnect_delay`` seconds, and on the new stream's
``connection-established`` drops every cache (anything may have changed
meanwhile) and calls ``on_connection_established()`` -- the place to
reload (e.g. ``app.load_all()`` in a worker thread).
"""

from __future__ import annotations

import asyncio
import fnmatch
import inspect
import logging

from qubesmanager.admin import exc, wire

log = logging.getLogger("qubesmanager.admin.events")


class EventsDispatcher:
    """Read one event stream and dispatch its events to handlers."""

    def __init__(self, app, api_method: str = "admin.Events",
                 enable_cache: bool = True,
                 reconnect_delay: float = 1.0,
                 reload_on_reconnect: bool = True) -> None:
        self.app = app
        self.api_method = api_method
        self.reconnect_delay = reconnect_delay
        #: after a reconnection, re-run app.load_all() (in a worker thread)
        #: if it had been used, so the cache is warm again before
        #: on_connection_established runs
        self.reload_on_reconnect = reload_on_reconnect
        self.handlers: dict[str, set] = {}
        #: optional hooks, plain callables or coroutine functions
        self.on_connection_lost = None
        self.on_connection_established = None
        #: True between connection-established and the end of that stream
        self.connected = False
        self.connections = 0
        self._stream = None
        self._loop = None
        self._stopping = False
        self._failures = 0
        if enable_cache and self._feeds_cache:
            app.cache_enabled = True

    @property
    def _feeds_cache(self) -> bool:
        return self.api_method == "admin.Events"

    # -- handlers -------------------------------------------------------------

    def add_handler(self, event: str, handler) -> None:
        """Call ``handler(subject, event, **kwargs)`` for matching events."""
        self.handlers.setdefault(event, set()).add(handler)

    def remove_handler(self, event: str, handler) -> None:
        handlers = self.handlers.get(event)
        if handlers is not None:
            handlers.discard(handler)
            if not handlers:
                del self.handlers[event]

    # -- the stream -------------------------------------------------------------

    async def listen_for_events(self, vm=None, reconnect: bool = True) -> None:
        """Dispatch events until stopped (or the stream ends, without
        ``reconnect``).  ``vm`` limits the stream to one qube."""
        self._stopping = False
        self._loop = asyncio.get_running_loop()
        dest = str(vm) if vm is not None else "dom0"
        while not self._stopping:
            try:
                await self._listen_once(dest)
            except asyncio.CancelledError:
                self._lost()
                raise
            except (OSError, exc.QubesException, wire.FramingError) as err:
                # say it once per outage, not once per retry
                self._failures += 1
                (log.warning if self._failures == 1 else log.debug)(
                    "%s stream: %s", self.api_method, err)
                if not reconnect:
                    self._lost()
                    raise
            self._lost()
            if not reconnect or self._stopping:
                break
            await asyncio.sleep(self.reconnect_delay)

    async def _listen_once(self, dest: str) -> None:
        stream = await self.app.transport.open_stream(dest, self.api_method)
        self._stream = stream
        self.app.call_counts.add(self.api_method)
        parser = wire.EventParser()
        try:
            while not self._stopping:
                data = await stream.read()
                if not data:
                    break
                for event in parser.feed(data):
                    self.handle(event.subject, event.name, **event.kwargs)
                if parser.error is not None:
                    raise exc.from_remote(parser.error.class_name,
                                          parser.error.message)
        finally:
            self._stream = None
            await stream.close()

    def stop(self) -> None:
        """Stop listening (the current stream is closed); any thread."""
        self._stopping = True
        stream, loop = self._stream, self._loop
        if stream is None or loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            asyncio.ensure_future(stream.close())
        else:
            loop.call_soon_threadsafe(
                lambda: asyncio.ensure_future(stream.close()))

    def _lost(self) -> None:
        if self.connected:
            self.connected = False
            if self._feeds_cache:
                self.app._cache.events_live = False
            self._hook(self.on_connection_lost)

    @staticmethod
    def _hook(hook) -> None:
        if hook is None:
            return
        try:
            result = hook()
            if inspect.isawaitable(result):
                asyncio.ensure_future(result)
        except Exception:  # a hook must not kill the stream
            log.exception("connection hook failed")

    # -- one event ------------------------------------------------------------

    def handle(self, subject: str, event: str, **kwargs) -> None:
        """Update the cache, then run every matching handler."""
        if self._feeds_cache:
            self.app._cache.apply_event(subject, event, kwargs)
        if event == "connection-established":
            self.connected = True
            self.connections += 1
            self._failures = 0
            if self._feeds_cache:
                self.app._cache.events_live = True
        if subject:
            subject_obj = self.app.domains.get_blind(subject)
        else:
            subject_obj = None
            if event in ("domain-add", "domain-pre-delete",
                         "domain-delete") and kwargs.get("vm"):
                kwargs["vm"] = self.app.domains.get_blind(kwargs["vm"])
        for pattern, handlers in list(self.handlers.items()):
            if not fnmatch.fnmatchcase(event, pattern):
                continue
            for handler in list(handlers):
                try:
                    handler(subject_obj, event, **kwargs)
                except Exception:  # one bad handler must not stop the rest
                    log.exception("handler for %s failed", event)
        if event == "domain-delete" and not subject and kwargs.get("vm"):
            self.app.domains.drop_object(str(kwargs["vm"]))
        if event == "connection-established":
            if self._should_reload():
                asyncio.ensure_future(self._reload_then_hook())
            else:
                self._hook(self.on_connection_established)

    def _should_reload(self) -> bool:
        """The caches were just dropped: reload them if a bulk load had
        filled them and none is running now (a running one starts over
        by itself when it sees the new epoch)."""
        if not (self.reload_on_reconnect and self._feeds_cache
                and getattr(self.app, "_bulk_loaded", False)):
            return False
        with self.app._cache.lock:
            return not getattr(self.app, "_bulk_running", 0)

    async def _reload_then_hook(self) -> None:
        """Resync after a restart: reload off the loop, then tell."""
        try:
            await asyncio.get_running_loop().run_in_executor(
                None, self.app.load_all)
        except Exception as err:  # the stream goes on; reads load lazily
            log.warning("reloading after reconnection failed: %s", err)
        self._hook(self.on_connection_established)


def _number(text: str):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


class StatsDispatcher(EventsDispatcher):
    """``admin.vm.Stats``: ``vm-stats`` events every ``stats_interval`` s.

    ``latest[name]`` keeps each qube's last figures as numbers (memory_kb,
    cpu_usage, …); a ``domain-shutdown`` is not on this stream, so
    consumers drop halted qubes themselves.
    """

    def __init__(self, app, reconnect_delay: float = 1.0) -> None:
        super().__init__(app, "admin.vm.Stats", enable_cache=False,
                         reconnect_delay=reconnect_delay)
        self.latest: dict[str, dict[str, object]] = {}

    def handle(self, subject: str, event: str, **kwargs) -> None:
        if event == "vm-stats" and subject:
            self.latest[subject] = {k: _number(v) for k, v in kwargs.items()}
        elif event == "connection-established":
            self.latest.clear()
        super().handle(subject, event, **kwargs)
