"""Re-reading properties after ``property-set`` / ``property-reset`` events.

An event from another client costs at most one call: the qube's changed
properties are collected for one event-loop turn and fetched with one
``property.Get`` (one property) or one ``GetAll`` (several, e.g. a label
change also resets ``icon``; a start resets ``xid``, ``stubdom_xid`` and
``start_time``).  While a read for a qube is on its way, later
invalidations wait and are fetched after it, so a value changed after the
request left is never lost nor overwritten by an older answer.
"""

from __future__ import annotations

import logging

from PyQt5.QtCore import QTimer

from qubesmanager.mirror import loader
from qubesmanager.mirror.pool import LOAD

log = logging.getLogger(__name__)


class PropertyRereads:
    """Pending and in-flight property reads of one :class:`Mirror`."""

    def __init__(self, mirror) -> None:
        self.mirror = mirror
        self._pending: dict[str, set[str]] = {}
        self._inflight: dict[str, set[str]] = {}
        self._scheduled = False

    def invalidate(self, name: str, prop: str) -> None:
        """``prop`` of qube ``name`` changed: read it at the next turn."""
        self._pending.setdefault(name, set()).add(prop)
        self._schedule()

    def forget(self, name: str) -> None:
        """The qube is gone: nothing to read any more."""
        self._pending.pop(name, None)

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._flush)

    def _flush(self) -> None:
        self._scheduled = False
        m = self.mirror
        pending, self._pending = self._pending, {}
        for name, props in pending.items():
            if name in self._inflight:
                # Ask again once the read on its way is back.
                self._pending.setdefault(name, set()).update(props)
                continue
            self._inflight[name] = props
            issued = m._next_seq()
            gen = m._generation
            if len(props) == 1:
                (prop,) = props
                m.pool.run(
                    loader.load_property, m.app, m.calls, name, prop,
                    priority=LOAD,
                    on_result=lambda pv, n=name, p=prop, i=issued, g=gen:
                        self._got(g, n, {p: pv}, i),
                    on_error=lambda err, n=name: self._failed(n, err))
            else:
                m.pool.run(
                    loader.load_properties, m.app, m.calls, name,
                    m.parse_only, priority=LOAD,
                    on_result=lambda res, n=name, ps=props, i=issued, g=gen:
                        self._got(g, n, res, i, ps),
                    on_error=lambda err, n=name: self._failed(n, err))

    def _done(self, name: str) -> None:
        self._inflight.pop(name, None)
        if self._pending.get(name):
            self._schedule()

    def _failed(self, name: str, err: BaseException) -> None:
        log.info("re-reading properties of %s failed: %s", name, err)
        self._done(name)

    def _got(self, gen: int, name: str, values: dict, issued: int,
             asked: set[str] | None = None) -> None:
        self._done(name)
        m = self.mirror
        rec = m.qubes.get(name)
        if gen != m._generation or rec is None:
            return
        changed = []
        for prop, value in values.items():
            if not m._fresh(name, prop, issued) or not m.wants(prop):
                continue
            if rec.props.get(prop) != value:
                rec.props[prop] = value
                changed.append(prop)
        if asked:
            # A property reset to "no value" may vanish from GetAll.
            for prop in asked - set(values):
                if prop in rec.props and m._fresh(name, prop, issued):
                    del rec.props[prop]
                    changed.append(prop)
        for prop in changed:
            m.qube_changed.emit(name, prop)
