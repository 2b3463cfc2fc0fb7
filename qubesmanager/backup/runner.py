"""Runs ``admin.backup.Execute`` off the UI thread and reports progress.

Progress comes from ``backup-progress`` events (via the mirror's event
signal), filtered by profile name and clamped to 0..100, because the
daemon's value counts compressed bytes against disk usage and may
overshoot or stall (backup-format.md 1.5).  Completion is only ever the
return of Execute.
"""

from __future__ import annotations

import time

from PyQt5.QtCore import QObject, pyqtSignal, pyqtSlot


class BackupRun(QObject):
    """One Execute of one profile; emits progress and a final result."""

    #: percent (0..100), seconds elapsed
    progress = pyqtSignal(float, float)
    #: ok, error message ("" when ok), error class name
    finished = pyqtSignal(bool, str, str)

    def __init__(self, mirror, profile: str, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._mirror = mirror
        self.profile = profile
        self.percent = 0.0
        self.started = 0.0
        self.running = False
        self.cancel_requested = False
        mirror.raw_event.connect(self._on_event)

    def start(self) -> None:
        self.running = True
        self.started = time.monotonic()
        self._mirror.run(self._mirror.app.qubesd_call, "dom0",
                         "admin.backup.Execute", self.profile,
                         on_result=self._done, on_error=self._failed)

    def cancel(self) -> None:
        """Ask the daemon to stop; the result arrives through finished."""
        if not self.running:
            return
        self.cancel_requested = True
        self._mirror.run(self._mirror.app.qubesd_call, "dom0",
                         "admin.backup.Cancel", self.profile,
                         on_error=self._cancel_failed)

    @pyqtSlot(str, str, dict)
    def _on_event(self, subject: str, event: str, kwargs: dict) -> None:
        if event != "backup-progress" or subject or not self.running:
            return
        if kwargs.get("backup_profile") != self.profile:
            return
        try:
            value = float(kwargs.get("progress", "0"))
        except ValueError:
            return
        self.percent = max(self.percent, min(100.0, max(0.0, value)))
        self.progress.emit(self.percent, time.monotonic() - self.started)

    def _done(self, _result) -> None:
        self.running = False
        self.finished.emit(True, "", "")

    def _failed(self, err: BaseException) -> None:
        self.running = False
        self.finished.emit(False, str(err) or type(err).__name__,
                           getattr(err, "remote_class", type(err).__name__))

    def _cancel_failed(self, err: BaseException) -> None:
        # "Backup operation not running": it finished meanwhile.
        self.cancel_requested = False
