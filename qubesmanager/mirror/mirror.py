"""The Qt-side mirror of the whole system (docs/DESIGN.md "Mirror").

Subscribes to ``admin.Events`` first, loads everything with bulk calls
once the stream says it is subscribed (``connection-established``), then
keeps every record current from events alone:

* power events set the state (no call);
* feature and tag events carry their values (no call);
* ``property-set:P`` / ``property-reset:P`` cost one ``property.Get`` —
  several invalidations of one qube in the same burst are merged into one
  ``GetAll`` (a label change also resets ``icon``: still one call);
* ``domain-add`` costs one ``GetAll``; ``domain-delete`` none.

A new ``connection-established`` after a loss means events may have been
missed: everything is reloaded and compared (added/removed/changed).
"""

from __future__ import annotations

import asyncio
import gc
import logging

from PyQt5.QtCore import QObject, pyqtSignal

from qubesmanager.common import states
from qubesmanager.mirror import loader
from qubesmanager.mirror.disk import DiskLoader
from qubesmanager.mirror.events import EventThread
from qubesmanager.mirror.pool import LOAD, USER, WorkPool
from qubesmanager.mirror.record import LabelInfo, QubeRecord, typed
from qubesmanager.mirror.rereads import PropertyRereads

log = logging.getLogger(__name__)

#: GetAll requests per worker job during the initial load.
CHUNK = 16

#: Extra power-state transitions the client cache does not track (10.3).
_STATE_EVENTS = dict(states.STATE_AFTER_EVENT)
_STATE_EVENTS.update({
    "domain-pre-shutdown": states.HALTING,
    "domain-resumed": states.RUNNING,
})

#: Events after which a qube's volume usage may differ.
_DISK_EVENTS = ("domain-shutdown", "domain-start", "domain-volume-import-end")


class Mirror(QObject):
    """One copy of the Qubes system per process; see the module docstring."""

    loaded = pyqtSignal()
    qube_added = pyqtSignal(str)
    qube_removed = pyqtSignal(str)
    #: ``what``: a property name, ``feature:<f>``, ``tags``, ``disk``,
    #: ``notes``, or ``*`` when the whole record was (re)loaded.
    qube_changed = pyqtSignal(str, str)
    state_changed = pyqtSignal(str, str)
    stats_changed = pyqtSignal(str)
    global_changed = pyqtSignal(str)
    connection_changed = pyqtSignal(bool)
    #: Every raw event (subject, name, kwargs), e.g. for notifications.
    #: Not called ``event``: that would shadow ``QObject.event()`` and break
    #: delivery of any Qt event (child added, posted events) to the mirror.
    raw_event = pyqtSignal(str, str, dict)
    #: The first background disk-usage pass finished (screenshots, bench).
    disk_loaded = pyqtSignal()

    def __init__(self, app, parent: QObject | None = None, *,
                 stats: bool = True, disk: bool = True,
                 props: frozenset[str] | None = None,
                 features: frozenset[str] | None = None, tags: bool = True,
                 load_threads: int = 8) -> None:
        super().__init__(parent)
        self.app = app
        #: Properties kept in the records; None keeps all.  A view that
        #: shows a handful (the tray) keeps only those: records stay small
        #: and changes of other properties cost no re-read.
        self.keep_props = props
        #: Likewise for features (None: all the daemon reports in bulk, or
        #: loader.WATCHED_FEATURES without the bulk read), and whether tags
        #: are kept at all.
        self.keep_features = features
        self.keep_tags = tags
        #: What the loader parses of a GetAll: the kept properties, plus
        #: ``klass`` (the record's class) and ``xid`` (see _load_one).
        self.parse_only = (None if props is None
                           else frozenset(props) | {"klass", "xid"})
        self.qubes: dict[str, QubeRecord] = {}
        self.globals: dict = {}
        self.labels: dict[str, LabelInfo] = {}
        self.is_loaded = False
        self.connected = False
        #: Where qube logs are kept, when not dom0's /var/log/qubes (the
        #: sandbox keeps them in its state dir); set by launch.py.
        self.log_dir = None
        #: Calls made by the mirror for properties/lists/events, and
        #: separately for disk usage and notes (the lazy pass).
        self.calls = loader.CallCounter()
        self.disk_calls = loader.CallCounter()
        # load_threads: parallel reads of the initial load; a view nobody
        # waits for at start (the tray) gets by with few.
        self.pool = WorkPool(load_threads=load_threads)
        self.disk = DiskLoader(self) if disk else None
        self._want_stats = stats
        self._events: EventThread | None = None
        self._stats: EventThread | None = None
        self._generation = 0
        self._loading_parts = 0
        self._seq = 0
        self._touched: dict[tuple[str, str], int] = {}
        self._early_states: dict[str, str] = {}
        self.rereads = PropertyRereads(self)
        self._established_once = False
        self._closed = False

    # ------------------------------------------------------------------
    # public API

    def start(self) -> None:
        """Subscribe to events; the load starts once the stream is live."""
        self._events = EventThread(self.app, self.pool.post, self._on_event,
                                   on_lost=self._on_connection_lost)
        self._events.start()

    def get(self, name: str) -> QubeRecord | None:
        return self.qubes.get(name)

    def run(self, fn, *args, on_result=None, on_error=None, **kwargs) -> None:
        """Run ``fn`` in a worker thread (user priority); callbacks on the
        UI thread.  The door for every write a view makes."""
        self.pool.run(fn, *args, on_result=on_result, on_error=on_error,
                      priority=USER, **kwargs)

    async def call(self, fn, *args, **kwargs):
        """Awaitable :meth:`run` for coroutines on the qasync loop that
        ``launch.py`` runs (results arrive on the UI thread, which is the
        loop's thread, so the future is completed there)."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()

        def done(result):
            if not future.done():
                future.set_result(result)

        def failed(err):
            if not future.done():
                future.set_exception(err)

        self.run(fn, *args, on_result=done, on_error=failed, **kwargs)
        return await future

    def global_value(self, prop: str):
        """Typed value of a global property (None when unknown/empty)."""
        pv = self.globals.get(prop)
        return None if pv is None else typed(pv)

    def label_colour(self, label: str | None) -> int | None:
        info = self.labels.get(label or "")
        return None if info is None else info.colour

    def want_disk(self, names) -> None:
        """Ask for disk usage of these qubes next (visible rows first)."""
        if self.disk is not None:
            self.disk.prioritize(names)

    def refresh_extras(self, name: str) -> None:
        """Re-read disk usage and notes of one qube (after a notes edit or
        a volume resize made by this process)."""
        if self.disk is not None:
            self.disk.refresh(name)

    def disk_pass_done(self) -> None:
        self.disk_loaded.emit()

    def stop(self) -> None:
        """Stop listening and drop pending work (window closing, tests)."""
        self._closed = True
        self._generation += 1
        for thread in (self._events, self._stats):
            if thread is not None:
                thread.stop()
        self.pool.close()

    # ------------------------------------------------------------------
    # loading

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _touch(self, name: str, key: str) -> None:
        self._touched[(name, key)] = self._next_seq()

    def _fresh(self, name: str, key: str, issued: int) -> bool:
        """Whether a result requested at ``issued`` may overwrite ``key``:
        not if an event changed it after the request left."""
        return self._touched.get((name, key), 0) <= issued

    def _load_all(self) -> None:
        self._generation += 1
        gen = self._generation
        issued = self._next_seq()
        # list (+its GetAlls), globals, labels, features, tags
        self._loading_parts = 1 + 3 + (1 if self.keep_tags else 0)
        self.pool.run(loader.load_list, self.app, self.calls, priority=LOAD,
                      on_result=lambda res: self._got_list(gen, issued, res),
                      on_error=lambda err: self._load_failed(gen, err))
        self.pool.run(loader.load_globals, self.app, self.calls, priority=LOAD,
                      on_result=lambda res: self._got_globals(gen, res),
                      on_error=lambda err: self._load_failed(gen, err))
        self.pool.run(loader.load_labels, self.app, self.calls, priority=LOAD,
                      on_result=lambda res: self._got_labels(gen, res),
                      on_error=lambda err: self._load_failed(gen, err))

    def _part_done(self, gen: int) -> None:
        if gen != self._generation:
            return
        self._loading_parts -= 1
        if self._loading_parts == 0:
            first = not self.is_loaded
            self.is_loaded = True
            if first:
                # The loaded system lives as long as the process: keep the
                # cyclic GC from walking it again and again (its full
                # passes over 1,000 records showed as UI stalls).
                gc.freeze()
                self.loaded.emit()
            if self.disk is not None:
                self.disk.queue_all()
            if self._want_stats and self._stats is None:
                self._stats = EventThread(self.app, self.pool.post,
                                          self._on_stats,
                                          api_method="admin.vm.Stats",
                                          latest_only=True)
                self._stats.start()

    def _load_failed(self, gen: int, err: BaseException) -> None:
        if gen != self._generation:
            return
        log.warning("loading failed: %s", err)
        # The events thread reconnects and a new connection-established
        # triggers another full load.
        self._set_connected(False)

    def _got_list(self, gen: int, issued: int, listing: dict) -> None:
        if gen != self._generation:
            return
        names = list(listing)
        old = set(self.qubes)
        for name in old - set(names):
            self._remove(name)
        records = {}
        for name in names:
            info = listing[name]
            rec = self.qubes.get(name) or QubeRecord(name)
            rec.klass = info.get("class", rec.klass)
            rec.uuid = info.get("uuid", rec.uuid)
            if self._fresh(name, "state", issued):
                rec.state = info.get("state", rec.state)
            elif name in self._early_states:
                rec.state = self._early_states[name]
            records[name] = rec
        # Keep dom0 first, then the daemon's (name) order; records created
        # by events meanwhile stay too.
        for name, rec in self.qubes.items():
            records.setdefault(name, rec)
        self.qubes = records
        for name in names:
            if name not in old:
                self.qube_added.emit(name)
            else:
                self.state_changed.emit(name, self.qubes[name].state)
        # Properties: several GetAll in flight; features and tags in bulk.
        chunks = [names[i:i + CHUNK] for i in range(0, len(names), CHUNK)]
        self._loading_parts += len(chunks)
        for chunk in chunks:
            self.pool.run(loader.load_properties_many, self.app, self.calls,
                          chunk, self.parse_only, priority=LOAD,
                          on_result=lambda res: self._got_props(gen, issued, res),
                          on_error=lambda err: self._load_failed(gen, err))
        self.pool.run(loader.load_all_features, self.app, self.calls, names,
                      self.keep_features, priority=LOAD,
                      on_result=lambda res: self._got_features(gen, issued, res),
                      on_error=lambda err: self._load_failed(gen, err))
        if self.keep_tags:
            self.pool.run(loader.load_all_tags, self.app, self.calls, names,
                          priority=LOAD,
                          on_result=lambda res: self._got_tags(gen, issued, res),
                          on_error=lambda err: self._load_failed(gen, err))
        self._part_done(gen)

    def _got_props(self, gen: int, issued: int, result: dict) -> None:
        if gen != self._generation:
            return
        for name, props in result.items():
            rec = self.qubes.get(name)
            if rec is None or isinstance(props, BaseException):
                continue
            self._apply_props(rec, props, issued)
            rec.loaded = True
            self.qube_changed.emit(name, "*")
        self._part_done(gen)

    def wants(self, prop: str) -> bool:
        """Whether the records keep ``prop`` (see ``keep_props``)."""
        return self.keep_props is None or prop in self.keep_props

    def wants_feature(self, feature: str) -> bool:
        """Whether the records keep ``feature`` (see ``keep_features``)."""
        return self.keep_features is None or feature in self.keep_features

    def _apply_props(self, rec: QubeRecord, props: dict, issued: int) -> None:
        for prop, value in props.items():
            if self._fresh(rec.name, prop, issued) and self.wants(prop):
                rec.props[prop] = value
        klass = props.get("klass")
        if klass is not None and klass.text:
            rec.klass = klass.text

    def _got_features(self, gen: int, issued: int, result: dict) -> None:
        if gen != self._generation:
            return
        for name, features in result.items():
            rec = self.qubes.get(name)
            if rec is None:
                continue
            merged = dict(features)
            for key in set(rec.features) | set(features):
                if not self._fresh(name, "feature:" + key, issued):
                    if key in rec.features:
                        merged[key] = rec.features[key]
                    else:
                        merged.pop(key, None)
            if merged != rec.features:
                rec.features = merged
                self.qube_changed.emit(name, "feature:*")
        self._part_done(gen)

    def _got_tags(self, gen: int, issued: int, result: dict) -> None:
        if gen != self._generation:
            return
        for name, tags in result.items():
            rec = self.qubes.get(name)
            if rec is None:
                continue
            if not self._fresh(name, "tags", issued):
                continue
            if tags != rec.tags:
                rec.tags = set(tags)
                self.qube_changed.emit(name, "tags")
        self._part_done(gen)

    def _got_globals(self, gen: int, result: dict) -> None:
        if gen != self._generation:
            return
        changed = [k for k, v in result.items() if self.globals.get(k) != v]
        self.globals = dict(result)
        for prop in changed:
            self.global_changed.emit(prop)
        self._part_done(gen)

    def _got_labels(self, gen: int, result: dict) -> None:
        if gen != self._generation:
            return
        self.labels = {name: LabelInfo(*value) for name, value in result.items()}
        self.global_changed.emit("labels")
        self._part_done(gen)

    # ------------------------------------------------------------------
    # connection

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self.connection_changed.emit(connected)

    def _on_connection_lost(self) -> None:
        if not self._closed:
            self._set_connected(False)

    # ------------------------------------------------------------------
    # events

    def _on_event(self, subject: str, event: str, kwargs: dict) -> None:
        if self._closed:
            return
        if event == "connection-established":
            self._set_connected(True)
            # The first one starts the load; later ones mean we may have
            # missed events: reload everything.
            self._established_once = True
            self._load_all()
            self.raw_event.emit(subject, event, kwargs)
            return
        if subject:
            self._qube_event(subject, event, kwargs)
        else:
            self._system_event(event, kwargs)
        self.raw_event.emit(subject, event, kwargs)

    def _system_event(self, event: str, kwargs: dict) -> None:
        if event == "domain-add":
            name = kwargs.get("vm", "")
            if name and name not in self.qubes:
                self.qubes[name] = QubeRecord(name, state=states.HALTED)
                self.qube_added.emit(name)
                self._load_one(name)
        elif event == "domain-delete":
            self._remove(kwargs.get("vm", ""))
        elif event.startswith(("property-set:", "property-reset:")):
            prop = event.partition(":")[2]
            gen = self._generation
            self.pool.run(loader.load_property, self.app, self.calls, "", prop,
                          priority=LOAD,
                          on_result=lambda pv: self._got_global(gen, prop, pv))

    def _got_global(self, gen: int, prop: str, value) -> None:
        if gen != self._generation:
            return
        self.globals[prop] = value
        self.global_changed.emit(prop)

    def _load_one(self, name: str) -> None:
        """A qube appeared (domain-add): one GetAll fills it."""
        gen = self._generation
        issued = self._next_seq()

        def done(props) -> None:
            rec = self.qubes.get(name)
            if gen != self._generation or rec is None:
                return
            self._apply_props(rec, props, issued)
            # A qube can appear running (a preloaded disposable): its
            # hypervisor id tells, without a CurrentState call.  Read from
            # the answer: the records may not keep ``xid``.
            xid = typed(props["xid"]) if "xid" in props else None
            if (self._fresh(name, "state", issued) and xid is not None
                    and xid >= 0 and rec.state == states.HALTED):
                rec.state = states.RUNNING
                self.state_changed.emit(name, rec.state)
            rec.loaded = True
            self.qube_changed.emit(name, "*")
            if self.disk is not None:
                self.disk.refresh(name)

        self.pool.run(loader.load_properties, self.app, self.calls, name,
                      self.parse_only, priority=LOAD, on_result=done)

    def _remove(self, name: str) -> None:
        if name in self.qubes:
            del self.qubes[name]
            self.rereads.forget(name)
            self.qube_removed.emit(name)

    def _qube_event(self, name: str, event: str, kwargs: dict) -> None:
        rec = self.qubes.get(name)
        if rec is None:
            if event in _STATE_EVENTS:
                # Before the list arrived: remember it so the (older)
                # listing does not overwrite it.
                self._touch(name, "state")
                self._early_states[name] = _STATE_EVENTS[event]
            return
        if event in _STATE_EVENTS:
            self._set_state(rec, _STATE_EVENTS[event])
        elif event == "domain-shutdown-failed" and rec.state == states.HALTING:
            self._set_state(rec, rec.previous_state or states.RUNNING)
        elif event == "domain-stopped" and rec.state != states.HALTED:
            self._set_state(rec, states.DYING)
        elif event.startswith(("property-set:", "property-reset:")):
            prop = event.partition(":")[2]
            if prop != "name" and self.wants(prop):
                self._touch(name, prop)
                self.rereads.invalidate(name, prop)
        elif event.startswith(("domain-feature-set:", "domain-feature-delete:",
                               "domain-tag-add:", "domain-tag-delete:")) \
                and not self._keeps(event, kwargs):
            pass
        elif event.startswith("domain-feature-set:"):
            feature = kwargs.get("feature") or event.partition(":")[2]
            self._touch(name, "feature:" + feature)
            rec.features[feature] = kwargs.get("value", "")
            self.qube_changed.emit(name, "feature:" + feature)
        elif event.startswith("domain-feature-delete:"):
            feature = kwargs.get("feature") or event.partition(":")[2]
            self._touch(name, "feature:" + feature)
            rec.features.pop(feature, None)
            self.qube_changed.emit(name, "feature:" + feature)
        elif event.startswith("domain-tag-add:"):
            self._touch(name, "tags")
            rec.tags.add(kwargs.get("tag") or event.partition(":")[2])
            self.qube_changed.emit(name, "tags")
        elif event.startswith("domain-tag-delete:"):
            self._touch(name, "tags")
            rec.tags.discard(kwargs.get("tag") or event.partition(":")[2])
            self.qube_changed.emit(name, "tags")
        elif event == "firewall-changed":
            self.qube_changed.emit(name, "firewall")
        if event in ("domain-shutdown", "domain-start"):
            self._update_outdated(rec, event)
        if self.disk is not None and (
                event in _DISK_EVENTS or event.startswith("domain-volume-")
                or "volume" in event and "pre-" not in event):
            self.disk.refresh(name)

    def _keeps(self, event: str, kwargs: dict) -> bool:
        """Whether a feature or tag event concerns what the records keep."""
        if event.startswith("domain-tag-"):
            return self.keep_tags
        return self.wants_feature(kwargs.get("feature") or event.partition(":")[2])

    def _update_outdated(self, rec: QubeRecord, event: str) -> None:
        """A (re)started or halted qube is current again; a template that
        shuts down saved changes its running qubes do not have yet."""
        if rec.outdated:
            rec.outdated = False
            self.qube_changed.emit(rec.name, "outdated")
        if event == "domain-shutdown" and rec.klass == "TemplateVM":
            for child in self.qubes.values():
                if child.is_running and child.template == rec.name \
                        and not child.outdated:
                    child.outdated = True
                    self.qube_changed.emit(child.name, "outdated")

    def _set_state(self, rec: QubeRecord, state: str) -> None:
        self._touch(rec.name, "state")
        if rec.state == state:
            return
        if state in (states.HALTING, states.DYING):
            if rec.state in (states.HALTED,):
                return
            if rec.state not in (states.HALTING, states.DYING):
                rec.previous_state = rec.state
        rec.state = state
        if state == states.HALTED and rec.stats:
            rec.stats = {}
            self.stats_changed.emit(rec.name)
        self.state_changed.emit(rec.name, state)

    # ------------------------------------------------------------------
    # stats

    def _on_stats(self, subject: str, event: str, kwargs: dict) -> None:
        if event != "vm-stats" or self._closed:
            return
        rec = self.qubes.get(subject)
        if rec is None:
            return
        stats = {}
        for key, value in kwargs.items():
            try:
                stats[key] = float(value) if "." in value else int(value)
            except ValueError:
                stats[key] = value
        rec.stats = stats
        self.stats_changed.emit(subject)
