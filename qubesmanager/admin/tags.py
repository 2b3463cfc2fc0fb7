"""``vm.tags``: a set-like view of a qube's tags (admin-api.md "Tags").

Cached like features when ``app.cache_enabled``: tag events name the tag,
so another client's change is applied without a call.
"""

from __future__ import annotations

from qubesmanager.admin import exc, wire


class Tags:
    """Tags of one qube; ``in``, iterate, ``add``, ``discard``, ``remove``."""

    def __init__(self, vm) -> None:
        self.vm = vm

    @property
    def _app(self):
        return self.vm.app

    def _call(self, method: str, arg: str | None = None) -> bytes:
        return self._app.qubesd_call(self.vm.name, "admin.vm.tag." + method,
                                     arg)

    def _all(self) -> set[str]:
        app = self._app
        cache = app._cache.holder(self.vm.name)
        if app.cache_enabled:
            with app._cache.lock:
                if cache.tags_complete:
                    return set(cache.tags)
        stamp = app._cache.stamp(cache)
        tags = set(wire.parse_lines(self._call("List").decode()))
        if app.cache_enabled:
            store_tags(app, self.vm.name, tags, stamp)
        return tags

    def __contains__(self, tag: str) -> bool:
        app = self._app
        if app.cache_enabled:
            cache = app._cache.holder(self.vm.name)
            with app._cache.lock:
                if cache.tags_complete:
                    return tag in cache.tags
        return self._call("Get", tag).decode() == "1"

    def __iter__(self):
        return iter(sorted(self._all()))

    def __len__(self) -> int:
        return len(self._all())

    def __eq__(self, other) -> bool:
        if isinstance(other, Tags):
            return self._all() == other._all()
        if isinstance(other, (set, frozenset)):
            return self._all() == other
        return NotImplemented

    def add(self, tag: str) -> None:
        self._call("Set", tag)
        self._remember(tag, True)

    def update(self, tags) -> None:
        for tag in tags:
            self.add(tag)

    def remove(self, tag: str) -> None:
        """Remove; QubesTagNotFoundError (a KeyError) when absent."""
        try:
            self._call("Remove", tag)
        except exc.QubesTagNotFoundError:
            self._remember(tag, False)
            raise
        self._remember(tag, False)

    def discard(self, tag: str) -> None:
        try:
            self.remove(tag)
        except exc.QubesTagNotFoundError:
            pass

    def _remember(self, tag: str, present: bool) -> None:
        cache = self._app._cache.holder(self.vm.name)
        with self._app._cache.lock:
            self._app._cache.touch(cache)
            if present:
                cache.tags.add(tag)
            else:
                cache.tags.discard(tag)

    def __repr__(self) -> str:
        return f"<Tags of {self.vm.name}: {sorted(self._all())}>"


def store_tags(app, qube: str, tags: set[str], stamp) -> bool:
    """Record a qube's complete tag set unless invalidated meanwhile."""
    cache = app._cache.holder(qube)
    with app._cache.lock:
        if not app._cache.still_valid(cache, stamp):
            return False
        cache.tags = set(tags)
        cache.tags_complete = True
        return True
