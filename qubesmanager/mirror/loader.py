"""Bulk reads that fill the mirror, run in worker threads.

Every read goes through ``app.qubesd_call`` and the shared wire codec, so
the same code works on our client and on the system ``qubesadmin`` (which
has no bulk loader of its own), and every call is counted in one place.
No Qt here: these functions return plain data for the mirror to apply on
the UI thread.
"""

from __future__ import annotations

import collections
import threading

from qubesmanager.admin import bulk, wire
from qubesmanager.common.labels import DEFAULT_LABELS

#: Features the mirror needs when the daemon has no bulk feature read and
#: every value costs one call (admin-api.md 10.2): the ones views show or
#: filter on.  With the bulk extension every feature is mirrored.
WATCHED_FEATURES = (
    "internal", "servicevm", "updates-available", "skip-update", "os-eol",
    "prohibit-start", "appmenus-dispvm", "preload-dispvm-max", "os",
    "menu-items", "last-updates-check", "template-name",
)


class CallCounter:
    """Thread-safe ``Counter`` of Admin API methods called through it."""

    def __init__(self) -> None:
        self.counts: collections.Counter = collections.Counter()
        self._lock = threading.Lock()

    def add(self, method: str) -> None:
        with self._lock:
            self.counts[method] += 1

    def total(self) -> int:
        with self._lock:
            return sum(self.counts.values())


def call(app, counter: CallCounter | None, dest: str, method: str,
         arg: str | None = None, payload: bytes | None = None) -> str:
    """One Admin API call; the answer decoded as UTF-8 text."""
    if counter is not None:
        counter.add(method)
    data = app.qubesd_call(dest, method, arg, payload)
    if data is None:
        return ""
    if isinstance(data, bytes):
        return data.decode("utf-8", errors="replace")
    return str(data)


def load_list(app, counter) -> dict[str, dict[str, str]]:
    """``admin.vm.List``: {name: {class, state, uuid}}, dom0 first."""
    return wire.parse_vm_list(call(app, counter, "dom0", "admin.vm.List"))


def load_properties(app, counter, name: str,
                    only=None) -> dict[str, wire.PropertyValue]:
    """All properties of one qube in one ``GetAll`` (just ``only``, a set
    of names, when given)."""
    return wire.parse_getall(
        call(app, counter, name, "admin.vm.property.GetAll"), only)


def load_properties_many(app, counter, names: list[str], only=None) -> dict:
    """GetAll for several qubes in a row (one worker, one delivery).

    A qube that vanished meanwhile maps to the exception instead of props.
    """
    result: dict = {}
    for name in names:
        try:
            result[name] = load_properties(app, counter, name, only)
        except Exception as err:  # noqa: BLE001 - reported per qube
            if type(err).__name__ in ("QubesVMNotFoundError",):
                result[name] = err
            else:
                raise
    return result


def load_property(app, counter, name: str, prop: str) -> wire.PropertyValue:
    """One property of a qube (``name``) or a global one (``name`` = '')."""
    if name:
        text = call(app, counter, name, "admin.vm.property.Get", prop)
    else:
        text = call(app, counter, "dom0", "admin.property.Get", prop)
    return wire.parse_property(text)


def load_globals(app, counter) -> dict[str, wire.PropertyValue]:
    return wire.parse_getall(call(app, counter, "dom0", "admin.property.GetAll"))


def load_labels(app, counter) -> dict[str, tuple[int, int]]:
    """{label: (index, colour)}; the eight default labels cannot change,
    so only custom ones cost their Index and Get calls."""
    known = {name: (index, colour) for index, name, colour in DEFAULT_LABELS}
    result = {}
    for name in wire.parse_lines(call(app, counter, "dom0", "admin.label.List")):
        if name in known:
            result[name] = known[name]
            continue
        index = int(call(app, counter, "dom0", "admin.label.Index", name))
        colour = int(call(app, counter, "dom0", "admin.label.Get", name), 16)
        result[name] = (index, colour)
    return result


def _caller(app, counter):
    """``call(dest, method)`` for :func:`bulk.read_extension`."""
    return lambda dest, method: call(app, counter, dest, method)


def load_all_features(app, counter, names: list[str],
                      only=None) -> dict[str, dict[str, str]]:
    """Features of every qube: one bulk call when the daemon offers it,
    else ``feature.List`` + ``Get`` of the watched ones per qube.  ``only``
    (a set of names) keeps just those, and asks for no others."""
    body = bulk.read_extension(_caller(app, counter), bulk.FEATURES_EXT)
    if body is None:
        watched = WATCHED_FEATURES if only is None else only
        return {name: _features_of(app, counter, name, watched) for name in names}
    parsed = bulk.parse_features_bulk(body)
    if only is not None:
        return {name: {k: v for k, v in parsed.get(name, {}).items() if k in only}
                for name in names}
    return {name: parsed.get(name, {}) for name in names}


def _features_of(app, counter, name: str, watched) -> dict[str, str]:
    present = wire.parse_lines(call(app, counter, name, "admin.vm.feature.List"))
    features = {}
    for feature in present:
        if feature in watched:
            features[feature] = call(app, counter, name,
                                     "admin.vm.feature.Get", feature)
    return features


def load_all_tags(app, counter, names: list[str]) -> dict[str, set[str]]:
    """Tags of every qube: one bulk call, else ``tag.List`` per qube."""
    body = bulk.read_extension(_caller(app, counter), bulk.TAGS_EXT)
    if body is None:
        return {name: set(wire.parse_lines(
            call(app, counter, name, "admin.vm.tag.List"))) for name in names}
    parsed = bulk.parse_tags_bulk(body)
    return {name: parsed.get(name, set()) for name in names}


def load_disk(app, counter, name: str):
    """Volume (size, usage) of one qube, and whether it has notes.

    Volume info has no bulk call: ``volume.List`` + one ``Info`` per volume.
    dom0 has neither volumes nor notes.  Returns ``(disk, has_notes,
    outdated)``; ``outdated`` is True when a volume says its source
    changed since the qube started (drivers that report ``is_outdated``).
    """
    disk: dict[str, tuple[int, int]] = {}
    outdated = False
    volumes = wire.parse_lines(call(app, counter, name, "admin.vm.volume.List"))
    for vol in volumes:
        info = wire.parse_key_values(
            call(app, counter, name, "admin.vm.volume.Info", vol))
        try:
            disk[vol] = (int(info.get("size") or 0), int(info.get("usage") or 0))
        except ValueError:
            disk[vol] = (0, 0)
        outdated = outdated or info.get("is_outdated") == "True"
    notes: bool | None = None
    if name != "dom0":
        try:
            notes = bool(call(app, counter, name, "admin.vm.notes.Get").strip())
        except Exception as err:  # noqa: BLE001 - notes are optional
            if type(err).__name__ in ("QubesVMNotFoundError",):
                raise
            notes = None
    return disk, notes, outdated
