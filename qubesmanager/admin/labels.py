"""Labels (admin-api.md 2.2 "Labels", 6.6) as qubesadmin presents them.

A Label has ``.name``, ``.color`` (``0xrrggbb`` text, as ``admin.label.Get``
answers), ``.index`` and ``.icon``.  Colour and index are fetched together
(``admin.label.Get`` and ``admin.label.Index`` sent at once) the first time
either is read, and kept (they cannot change; a removed label disappears
with its ``label.List`` entry).  Nothing is assumed about the eight
default labels: the daemon's answer is the truth.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from qubesmanager.admin import exc, wire
from qubesmanager.admin.mapping import NamedItem, NamedMapping


class Label(NamedItem):
    """One label; equal to another Label (or its name) of the same name."""

    _is_label = True

    def __init__(self, app, name: str) -> None:
        self.app = app
        self.name = name

    def _info(self) -> tuple[int, str]:
        cache = self.app._cache
        with cache.lock:
            known = cache.labels.get(self.name)
        if known is not None:
            return known
        # the two calls go out together: one round trip, not two
        with ThreadPoolExecutor(max_workers=1,
                                thread_name_prefix="qubes-label") as pool:
            return self.fetch(pool)

    def fetch(self, pool) -> tuple[int, str]:
        """Ask for colour and index, ``Index`` on ``pool`` (an executor)
        while ``Get`` runs here; keep and return (index, colour)."""
        f_index = pool.submit(self.app.qubesd_call, "dom0",
                              "admin.label.Index", self.name)
        try:
            colour = self.app.qubesd_call("dom0", "admin.label.Get",
                                          self.name).decode()
            index = int(f_index.result().decode())
        except exc.QubesDaemonAccessError:
            raise exc.QubesPropertyAccessError("label") from None
        self.store(index, colour)
        return index, colour

    def store(self, index: int, colour: str) -> None:
        """Keep what ``admin.label.Index`` / ``Get`` answered."""
        with self.app._cache.lock:
            self.app._cache.labels[self.name] = (index, colour)

    @property
    def color(self) -> str:
        return self._info()[1]

    @property
    def index(self) -> int:
        return self._info()[0]

    @property
    def icon(self) -> str:
        return f"appvm-{self.name}"

    @property
    def rgb(self) -> int:
        """Colour as an integer, for painting."""
        return int(self.color, 16)

    def __repr__(self) -> str:
        return f"<Label {self.name}>"


class LabelsCollection(NamedMapping):
    """``app.labels``: mapping label name -> Label, in index order."""

    def __init__(self, app) -> None:
        self.app = app

    def _names(self) -> tuple[str, ...]:
        cache = self.app._cache
        with cache.lock:
            if cache.label_names is not None:
                return cache.label_names
        names = tuple(wire.parse_lines(
            self.app.qubesd_call("dom0", "admin.label.List").decode()))
        with cache.lock:
            cache.label_names = names
        return names

    def _has(self, name: str) -> bool:
        """Membership; an unknown name re-reads the list once (labels have
        no events, another client may have created one)."""
        if name in self._names():
            return True
        self.refresh_cache(force=True)
        return name in self._names()

    def refresh_cache(self, force: bool = False) -> None:
        if force:
            with self.app._cache.lock:
                self.app._cache.label_names = None
        self._names()

    def clear_cache(self) -> None:
        with self.app._cache.lock:
            self.app._cache.label_names = None
            self.app._cache.labels.clear()

    def __getitem__(self, name) -> Label:
        if isinstance(name, Label):
            name = name.name
        if not self._has(name):
            raise exc.QubesLabelNotFoundError(f"Label does not exist: {name}")
        return Label(self.app, name)

    def get_blind(self, name: str) -> Label:
        return Label(self.app, name)

    _object = get_blind

    def __contains__(self, name) -> bool:
        if isinstance(name, Label):
            name = name.name
        return self._has(name)

    def __iter__(self):
        return iter(self._names())

    def keys(self):
        return list(self._names())

    def create(self, name: str, color: str) -> Label:
        """New custom label; ``color`` as ``0xrrggbb``."""
        self.app.qubesd_call("dom0", "admin.label.Create", name, color)
        self.clear_cache()
        return Label(self.app, name)

    def remove(self, name) -> None:
        """Remove a custom label (index > 8, unused)."""
        name = getattr(name, "name", name)
        self.app.qubesd_call("dom0", "admin.label.Remove", name)
        self.clear_cache()

    __delitem__ = remove
