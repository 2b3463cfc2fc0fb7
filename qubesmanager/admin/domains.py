"""``app.domains``: the qubes of the system as a mapping name -> qube object.

Filled by one ``admin.vm.List`` (names, classes, power states) and kept
until a ``domain-add``/``domain-delete`` event or connection-established
(admin-api.md 10.2-10.3).  Each name keeps one qube object for the life of
the client, so views can compare and hash them.
"""

from __future__ import annotations

from qubesmanager.admin import exc, wire
from qubesmanager.admin.mapping import NamedMapping


class VMCollection(NamedMapping):
    """Iterate, ``in``, ``[name]``, ``del [name]`` (removes the qube)."""

    def __init__(self, app) -> None:
        self.app = app
        self._objects: dict[str, object] = {}

    # -- the list -----------------------------------------------------------

    def _fetch(self) -> dict[str, dict[str, str]]:
        cache = self.app._cache
        with cache.lock:
            gen = (cache.epoch, cache.vm_list_gen)
        info = wire.parse_vm_list(
            self.app.qubesd_call("dom0", "admin.vm.List").decode())
        with cache.lock:
            if gen == (cache.epoch, cache.vm_list_gen):
                cache.vm_list = info
        return info

    def _info(self) -> dict[str, dict[str, str]]:
        cache = self.app._cache
        with cache.lock:
            if cache.vm_list is not None:
                return cache.vm_list
        return self._fetch()

    def refresh_cache(self, force: bool = False) -> None:
        """Re-read the list (always when ``force``)."""
        if force:
            self.app._cache.drop_vm_list()
        self._info()

    def clear_cache(self) -> None:
        self.app._cache.drop_vm_list()

    def info(self, name: str) -> dict[str, str] | None:
        """List columns (class, state, uuid) of a qube, no call if listed."""
        with self.app._cache.lock:
            listed = self.app._cache.vm_list
            if listed is not None and name in listed:
                return dict(listed[name])
        return self._info().get(name)

    def _known_state(self, name: str) -> str | None:
        """Cached power state (None if the list is not cached)."""
        with self.app._cache.lock:
            listed = self.app._cache.vm_list
            if listed is not None and name in listed:
                return listed[name].get("state")
        return None

    # -- mapping ------------------------------------------------------------

    def get_blind(self, name: str):
        """The object for ``name`` without checking that it exists."""
        from qubesmanager.admin.vm import QubeVM
        with self.app._cache.lock:
            obj = self._objects.get(name)
            if obj is None:
                obj = self._objects[name] = QubeVM(self.app, name)
            return obj

    def __getitem__(self, name):
        name = getattr(name, "name", name)
        if name.startswith("uuid:"):
            return self._by_uuid(name[len("uuid:"):])
        if name not in self._info():
            # the list may predate a creation whose event is still in flight
            if name not in self._fetch():
                raise exc.QubesVMNotFoundError(f"No such domain: '{name}'")
        return self.get_blind(name)

    def _by_uuid(self, uuid: str):
        for name, info in self._info().items():
            if info.get("uuid") == uuid:
                return self.get_blind(name)
        raise exc.QubesVMNotFoundError(f"No such domain: 'uuid:{uuid}'")

    def _object(self, name: str):
        return self.get_blind(name)

    def __contains__(self, name) -> bool:
        return getattr(name, "name", name) in self._info()

    def __iter__(self):
        return iter([self.get_blind(name) for name in self._info()])

    def keys(self) -> list[str]:
        return list(self._info())

    def values(self) -> list:
        return list(self)

    def items(self) -> list:
        return [(vm.name, vm) for vm in self]

    def __delitem__(self, name) -> None:
        """Remove the qube (``admin.vm.Remove``); it must be halted."""
        name = getattr(name, "name", name)
        self.app.qubesd_call(name, "admin.vm.Remove")
        self.forget(name)

    def forget(self, name: str) -> None:
        """Drop everything cached about a qube that no longer exists."""
        cache = self.app._cache
        with cache.lock:
            cache.drop_vm_list()
            cache.forget(name, deleted=True)
            self._objects.pop(name, None)

    def drop_object(self, name: str) -> None:
        """Forget the object of a removed qube (after its handlers ran)."""
        with self.app._cache.lock:
            self._objects.pop(name, None)

    def __repr__(self) -> str:
        return f"<VMCollection of {len(self)} qubes>"
