"""The read side shared by ``app.domains``, ``app.labels`` and ``app.pools``.

Each is a mapping of names to client objects; only how the names are
listed and how an object is made differ, so the mapping methods built from
those two are written once here.
"""

from __future__ import annotations


class NamedMapping:
    """Subclasses give ``keys()``, ``__getitem__`` (a KeyError for an
    unknown name) and ``_object(name)`` (the object, without checking)."""

    def keys(self) -> list[str]:
        raise NotImplementedError

    def _object(self, name: str):
        raise NotImplementedError

    def get(self, name, default=None):
        try:
            return self[name]
        except KeyError:
            return default

    def __len__(self) -> int:
        return len(self.keys())

    def values(self) -> list:
        return [self._object(name) for name in self.keys()]

    def items(self) -> list[tuple[str, object]]:
        return [(name, self._object(name)) for name in self.keys()]
