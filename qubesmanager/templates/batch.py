"""Changing the template of many qubes at once, with pending changes and undo.

qubesd refuses to change the template of a running qube.  A running qube's
change is therefore *pending*: kept here and applied when the mirror reports
the qube halted (``state_changed`` → Halted; no polling).  The user may also
ask to shut the running ones down first, which reaches the same path.

The last batch is remembered as ``(qube, old template, new template)``;
undo sets each qube that still uses the new template back to the old one,
through the same halted-now / pending-until-halted rules.
"""

from __future__ import annotations

import dataclasses

from PyQt5.QtCore import QObject, pyqtSignal, pyqtSlot

from qubesmanager.common import states


@dataclasses.dataclass
class Change:
    """One qube's move from ``old`` to ``new`` template."""

    name: str
    old: str
    new: str


class BatchChanger(QObject):
    """Applies template changes; owns the pending list and the undo record.

    Signals:
        pending_changed(name): a qube's pending change was added or dropped.
        applied(name, template): the daemon accepted a change.
        failed(name, template, exc): the daemon refused one (message inside).
    """

    pending_changed = pyqtSignal(str)
    applied = pyqtSignal(str, str)
    failed = pyqtSignal(str, str, object)

    def __init__(self, mirror, parent=None) -> None:
        super().__init__(parent)
        self.mirror = mirror
        #: qube -> template to set when it halts
        self.pending: dict[str, str] = {}
        #: the last batch the user ran (what undo reverses)
        self.last_batch: list[Change] = []
        self._in_flight: set[str] = set()
        mirror.state_changed.connect(self._on_state_changed)
        mirror.qube_removed.connect(self._on_removed)

    # -- planning -------------------------------------------------------------

    def plan(self, names, new: str) -> list[Change]:
        """The changes a batch would make (qubes already on ``new`` skipped)."""
        changes = []
        for name in names:
            rec = self.mirror.get(name)
            if rec is None or not rec.template or rec.template == new:
                continue
            changes.append(Change(name, rec.template, new))
        return changes

    def running(self, changes) -> list[str]:
        """Qubes of a plan that are not halted (their change must wait)."""
        return [c.name for c in changes if not self._halted(c.name)]

    def _halted(self, name: str) -> bool:
        rec = self.mirror.get(name)
        return rec is not None and rec.state == states.HALTED

    # -- running a batch ---------------------------------------------------------

    def run(self, changes: list[Change], shutdown_running: bool = False,
            remember: bool = True) -> None:
        """Apply ``changes``: halted qubes now, running ones when they halt.

        With ``shutdown_running`` the running qubes are asked to shut down
        (their change then applies from the halt event).
        """
        if remember:
            self.last_batch = list(changes)
        for change in changes:
            if self._halted(change.name):
                self.pending.pop(change.name, None)
                self._apply(change.name, change.new)
            else:
                self.pending[change.name] = change.new
                self.pending_changed.emit(change.name)
                if shutdown_running:
                    self._shutdown(change.name)

    def undo(self) -> list[Change]:
        """Reverse the last batch; returns the reversing changes it started.

        Pending changes of that batch are simply dropped; qubes changed since
        by someone else (no longer on the batch's new template) are left alone.
        """
        batch, self.last_batch = self.last_batch, []
        reverse = []
        for change in batch:
            if self.pending.get(change.name) == change.new:
                del self.pending[change.name]
                self.pending_changed.emit(change.name)
                continue
            rec = self.mirror.get(change.name)
            if rec is not None and rec.template == change.new:
                reverse.append(Change(change.name, change.new, change.old))
        self.run(reverse, remember=False)
        return reverse

    def cancel(self, name: str) -> None:
        """Forget a pending change."""
        if self.pending.pop(name, None) is not None:
            self.pending_changed.emit(name)

    # -- talking to the daemon -------------------------------------------------------

    def _apply(self, name: str, template: str) -> None:
        app = self.mirror.app
        self._in_flight.add(name)

        def work():
            setattr(app.domains[name], "template", template)

        self.mirror.run(work, on_result=lambda _r: self._done(name, template, None),
                        on_error=lambda exc: self._done(name, template, exc))

    def _done(self, name: str, template: str, exc) -> None:
        self._in_flight.discard(name)
        if exc is None:
            self.applied.emit(name, template)
        else:
            self.failed.emit(name, template, exc)

    def _shutdown(self, name: str) -> None:
        app = self.mirror.app
        self.mirror.run(lambda: app.domains[name].shutdown(),
                        on_error=lambda exc: self.failed.emit(name, "", exc))

    @pyqtSlot(str, str)
    def _on_state_changed(self, name: str, state: str) -> None:
        if state == states.HALTED and name in self.pending:
            template = self.pending.pop(name)
            self.pending_changed.emit(name)
            self._apply(name, template)

    @pyqtSlot(str)
    def _on_removed(self, name: str) -> None:
        self.cancel(name)
