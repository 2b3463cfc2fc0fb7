"""What the client remembers between calls, and how events change it.

Like qubesadmin's ``cache_enabled`` mode, values are kept until an event
says they changed (admin-api.md 10.3); unlike upstream we also keep
features and tags, whose events carry the whole change.

Thread safety: the GUI reads from worker threads while the events loop
invalidates.  Every structure is guarded by the app's one RLock, and calls
are made *outside* it.  Every invalidation takes the next number of a
global sequence and marks the holder ``touched`` with it.  A fetch notes
the sequence (and the connection ``epoch``) before it goes out and stores
its answer only if the holder was not touched since, so an answer that
raced with an invalidating event is dropped instead of being cached stale
forever -- also for qubes the fetch did not know about when it started.
"""

from __future__ import annotations

import threading

from qubesmanager.admin.wire import PropertyValue
from qubesmanager.common.states import STATE_AFTER_EVENT


class HolderCache:
    """Cached state of one property holder: a qube or the system (dom0 app)."""

    def __init__(self) -> None:
        #: sequence number of the last invalidation
        self.touched = 0
        #: property name -> value (only what is known)
        self.props: dict[str, PropertyValue] = {}
        #: every property name, once a List or GetAll told us
        self.prop_names: tuple[str, ...] | None = None
        self.features: dict[str, str] = {}
        self.features_complete = False
        self.tags: set[str] = set()
        self.tags_complete = False
        #: ("assigned"|"attached", devclass) -> list of assignments
        self.devices: dict[tuple[str, str], list] = {}
        self.firewall: list | None = None

    def clear(self) -> None:
        self.props.clear()
        self.prop_names = None
        self.features.clear()
        self.features_complete = False
        self.tags.clear()
        self.tags_complete = False
        self.devices.clear()
        self.firewall = None


class AppCache:
    """All cached state of one client, behind one lock."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        #: bumped by connection-established: every earlier fetch is suspect
        self.epoch = 0
        #: invalidation sequence (see module doc)
        self.seq = 0
        #: an admin.Events stream is connected and feeding us
        self.events_live = False
        #: removed qube -> seq of its removal, so that a holder made anew
        #: for the name still rejects fetches from before (see holder())
        self.deleted_at: dict[str, int] = {}
        self.system = HolderCache()
        self.qubes: dict[str, HolderCache] = {}
        #: vm.List answer: name -> {"class":…, "state":…, "uuid":…}
        self.vm_list: dict[str, dict[str, str]] | None = None
        self.vm_list_gen = 0
        #: label name -> (index, colour text) once fetched
        self.labels: dict[str, tuple[int, str]] = {}
        self.label_names: tuple[str, ...] | None = None

    def holder(self, name: str | None) -> HolderCache:
        """Cache of qube ``name`` (None or "" = the system)."""
        if not name:
            return self.system
        with self.lock:
            cache = self.qubes.get(name)
            if cache is None:
                cache = self.qubes[name] = HolderCache()
                cache.touched = self.deleted_at.pop(name, 0)
            return cache

    def stamp(self, holder: HolderCache | None = None) -> tuple[int, int]:
        """Token to pass back to :meth:`still_valid` after a fetch."""
        with self.lock:
            return self.epoch, self.seq

    def still_valid(self, holder: HolderCache, stamp: tuple[int, int]) -> bool:
        """Call with the lock held: nothing invalidated since ``stamp``."""
        return stamp[0] == self.epoch and holder.touched <= stamp[1]

    def touch(self, holder: HolderCache) -> None:
        """Mark ``holder`` changed: fetches already in flight are stale."""
        with self.lock:
            self.seq += 1
            holder.touched = self.seq

    def drop_all(self) -> None:
        """connection-established: we may have missed anything."""
        with self.lock:
            self.epoch += 1
            self.system.clear()
            for cache in self.qubes.values():
                cache.clear()
            self.vm_list = None
            self.vm_list_gen += 1
            self.labels.clear()
            self.label_names = None

    def forget(self, name: str, deleted: bool = False) -> None:
        """A qube appeared or vanished: nothing cached about it holds.

        A deleted qube's holder is dropped (disposables come and go all
        day); its removal is remembered in ``deleted_at``.
        """
        with self.lock:
            cache = self.holder(name)
            cache.clear()
            self.touch(cache)
            if deleted:
                self.deleted_at[name] = cache.touched
                del self.qubes[name]

    def drop_vm_list(self) -> None:
        with self.lock:
            self.vm_list = None
            self.vm_list_gen += 1

    def note_state(self, name: str, state: str) -> None:
        """Our own power call finished: the qube is now in ``state``.

        Only without a live events stream: with one, the events say it in
        the right order (a later event must not be overwritten by us).
        """
        with self.lock:
            if self.events_live:
                return
            if self.vm_list is not None and name in self.vm_list:
                self.vm_list[name]["state"] = state
            self.vm_list_gen += 1

    def apply_event(self, subject: str, event: str,
                    kwargs: dict[str, str]) -> None:
        """Update the cache for one event, before any handler sees it."""
        with self.lock:
            self._apply(subject, event, kwargs)

    def _apply(self, subject: str, event: str, kwargs: dict[str, str]) -> None:
        if event == "connection-established":
            self.drop_all()
            return
        if not subject:
            if event in ("domain-add", "domain-delete"):
                self.drop_vm_list()
                name = kwargs.get("vm")
                if name:
                    self.forget(name, deleted=event == "domain-delete")
                return
            if event.startswith(("property-set:", "property-reset:")):
                self._drop_prop(self.system, event.split(":", 1)[1])
            elif event.startswith(("label-add", "label-remove",
                                   "label-delete")):
                self.labels.clear()
                self.label_names = None
            return

        if event.startswith("device-removed:"):
            # the subject is the backend; any frontend may have lost it
            for other in self.qubes.values():
                self.touch(other)
                self._drop_devices(other, "attached", event.split(":", 1)[1])
            return
        # create the holder even if nothing is cached yet: a fetch in
        # flight must see that this qube was touched
        cache = self.holder(subject)
        if event.startswith(("property-set:", "property-reset:")):
            prop = event.split(":", 1)[1]
            if prop == "name":
                self.drop_vm_list()
            self._drop_prop(cache, prop)
            return
        if event in STATE_AFTER_EVENT:
            if self.vm_list is not None and subject in self.vm_list:
                self.vm_list[subject]["state"] = STATE_AFTER_EVENT[event]
            self.vm_list_gen += 1  # a List in flight has the old state
            self.touch(cache)
            cache.devices.clear()
            return
        if event.startswith("domain-feature-set:"):
            feature = kwargs.get("feature") or event.split(":", 1)[1]
            self.touch(cache)
            if "value" in kwargs and cache.features_complete:
                cache.features[feature] = kwargs["value"]
            else:
                # without the value we only know the old one is wrong
                cache.features.pop(feature, None)
                cache.features_complete = False
        elif event.startswith("domain-feature-delete:"):
            feature = kwargs.get("feature") or event.split(":", 1)[1]
            self.touch(cache)
            cache.features.pop(feature, None)
        elif event.startswith("domain-tag-add:"):
            self.touch(cache)
            cache.tags.add(kwargs.get("tag") or event.split(":", 1)[1])
        elif event.startswith("domain-tag-delete:"):
            self.touch(cache)
            cache.tags.discard(kwargs.get("tag") or event.split(":", 1)[1])
        elif event.startswith(("device-assign:", "device-unassign:",
                               "device-assignment-changed:")):
            self.touch(cache)
            self._drop_devices(cache, "assigned", event.split(":", 1)[1])
        elif event.startswith(("device-attach:", "device-detach:")):
            self.touch(cache)
            self._drop_devices(cache, "attached", event.split(":", 1)[1])
        elif event == "firewall-changed":
            self.touch(cache)
            cache.firewall = None

    def _drop_prop(self, cache: HolderCache, prop: str) -> None:
        self.touch(cache)
        cache.props.pop(prop, None)

    @staticmethod
    def _drop_devices(cache: HolderCache, kind: str, devclass: str) -> None:
        cache.devices.pop((kind, devclass), None)
