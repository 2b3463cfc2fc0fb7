"""Desktop notifications for qube power events.

Events come from the mirror's raw ``event`` signal.  Messages are collected
for a short moment and merged ("5 qubes started") so a burst — a netvm
chain starting, a bulk shutdown, a benchmark — gives one bubble, not fifty.
Failures are never merged away: each keeps the daemon's reason.

Without a system tray, messages go to a small in-app toast instead of
``QSystemTrayIcon.showMessage``.
"""

from __future__ import annotations

from PyQt5.QtCore import QObject, QTimer, Qt, pyqtSignal, pyqtSlot
from PyQt5.QtWidgets import QApplication, QLabel, QSystemTrayIcon

#: Event name -> kind of notification.  Start and halt are informational;
#: failures carry the daemon's ``reason``.
EVENT_KINDS = {
    "domain-start": "started",
    "domain-shutdown": "halted",
    "domain-paused": "paused",
    "domain-start-failed": "start-failed",
    "domain-shutdown-failed": "shutdown-failed",
}

#: How long to collect events before showing one merged message.
COALESCE_MS = 400
TOAST_MS = 6000


class Toast(QLabel):
    """A frameless label in the screen corner that hides itself again."""

    def __init__(self) -> None:
        super().__init__(None, Qt.ToolTip | Qt.FramelessWindowHint)
        self.setObjectName("tray-toast")
        self.setAccessibleName(self.tr("Qube notification"))
        # Plain text: rich text (a bold title) would load a text document
        # and a second font face, 0.7 MiB more for a two-line message.
        self.setTextFormat(Qt.PlainText)
        self.setWordWrap(True)
        self.setMargin(12)
        self.setMaximumWidth(420)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ToolTipBase)
        self.setForegroundRole(self.palette().ToolTipText)
        self._timer = QTimer(self, singleShot=True, interval=TOAST_MS)
        self._timer.timeout.connect(self._expire)

    def _expire(self) -> None:
        """Hide, and give back the window and its pixels until the next
        message (the applet runs for weeks, messages come now and then)."""
        self.hide()
        self.destroy(True, True)

    def show_message(self, title: str, text: str) -> None:
        self.setText(f"{title}\n{text}")
        self.adjustSize()
        screen = QApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 16,
                      area.bottom() - self.height() - 16)
        self.show()
        self._timer.start()


class Notifier(QObject):
    """Turns power events into notifications.

    Signals:
        shown(title, text): emitted for every message actually displayed,
            whichever route (tray bubble or toast) it took.
    """

    shown = pyqtSignal(str, str)

    def __init__(self, mirror, tray_icon: QSystemTrayIcon | None,
                 parent=None) -> None:
        super().__init__(parent)
        self.mirror = mirror
        self.tray_icon = tray_icon
        self._toast: Toast | None = None
        self._pending: dict[str, list[str]] = {}
        self._flush_timer = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._flush_timer.timeout.connect(self.flush)
        mirror.raw_event.connect(self._on_event)

    @pyqtSlot(str, str, dict)
    def _on_event(self, subject: str, event: str, kwargs: dict) -> None:
        kind = EVENT_KINDS.get(event)
        if kind is None or not subject:
            return
        if kind == "start-failed":
            self.notify(self.tr("Qube failed to start"),
                        self.tr("{name}: {reason}").format(
                            name=subject, reason=kwargs.get("reason") or self.tr("no reason given")),
                        critical=True)
        elif kind == "shutdown-failed":
            self.notify(self.tr("Qube failed to shut down"),
                        self.tr("{name}: {reason}").format(
                            name=subject, reason=kwargs.get("reason") or self.tr("no reason given")),
                        critical=True)
        else:
            self._pending.setdefault(kind, []).append(subject)
            if not self._flush_timer.isActive():
                self._flush_timer.start()

    @pyqtSlot()
    def flush(self) -> None:
        """Show the collected start/halt/pause messages, merged per kind."""
        pending, self._pending = self._pending, {}
        for kind, names in pending.items():
            names = list(dict.fromkeys(names))  # keep order, drop repeats
            self.notify(*self._merged_text(kind, names))

    def _merged_text(self, kind: str, names: list[str]) -> tuple[str, str]:
        if len(names) == 1:
            title = {
                "started": self.tr("Qube started"),
                "halted": self.tr("Qube halted"),
                "paused": self.tr("Qube paused"),
            }[kind]
            return title, names[0]
        title = {
            "started": self.tr("%n qube(s) started", "", len(names)),
            "halted": self.tr("%n qube(s) halted", "", len(names)),
            "paused": self.tr("%n qube(s) paused", "", len(names)),
        }[kind]
        shown = ", ".join(names[:8])
        if len(names) > 8:
            shown += " " + self.tr("and %n more", "", len(names) - 8)
        return title, shown

    def notify(self, title: str, text: str, critical: bool = False) -> None:
        """Show one message in the tray bubble, or in the toast without a tray."""
        if self.tray_icon is not None and self.tray_icon.isVisible() \
                and QSystemTrayIcon.supportsMessages():
            icon = QSystemTrayIcon.Critical if critical else QSystemTrayIcon.Information
            self.tray_icon.showMessage(title, text, icon, 10000 if critical else 4000)
        else:
            if self._toast is None:
                self._toast = Toast()
            self._toast.show_message(title, text)
        self.shown.emit(title, text)

    @property
    def toast(self) -> Toast | None:
        return self._toast
