"""The read side shared by ``app.domains``, ``app.labels`` and ``app.pools``.

Each is a mapping of names to client objects; only how the names are
listed and how an object is made differ, so the mapping methods built from
those two are written once here, with the name-based identity of the
objects (labels, pools).
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


class NamedItem:
    """An object known by its name: ``str()`` is the name, and it equals
    another of its class with that name, or the name itself."""

    name: str

    def __str__(self) -> str:
        return self.name

    def __eq__(self, other: object) -> bool:
        if isinstance(other, type(self)):
            return self.name == other.name
        if isinstance(other, str):
            return self.name == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.name)
