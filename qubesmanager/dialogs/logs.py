"""Log viewer: the qube's log files, last N lines, refresh and follow.

Logs are local files in dom0 (``/var/log/qubes``; the sandbox keeps them
in ``<state-dir>/log/qubes``), not an Admin API call.  Files are read in a
worker thread, from the end, so a huge log never freezes the window;
following reacts to file-change notifications instead of polling.
"""

from __future__ import annotations

import os
from pathlib import Path

import humanize
from PyQt5.QtCore import QFileSystemWatcher, Qt, QTimer
from PyQt5.QtGui import QGuiApplication, QTextCursor
from PyQt5.QtWidgets import QDialog, QDialogButtonBox

from qubesmanager.dialogs.common import tr
from qubesmanager.settings import uiload

DOM0_LOG_DIR = "/var/log/qubes"
_BLOCK = 64 * 1024


def default_log_dir(mirror=None, parent=None) -> Path:
    """Where qube logs are: ``mirror.log_dir`` or $QUBESMANAGER_LOG_DIR if
    set; the sandbox's ``<state-dir>/log/qubes`` when a parent window holds
    the launch context of a sandbox session; else dom0's ``/var/log/qubes``."""
    given = getattr(mirror, "log_dir", None) or os.environ.get("QUBESMANAGER_LOG_DIR")
    widget = parent
    while not given and widget is not None:
        sandbox = getattr(getattr(widget, "ctx", None), "sandbox", None)
        if sandbox is not None:
            given = Path(sandbox.state_dir) / "log" / "qubes"
        widget = widget.parent() if callable(getattr(widget, "parent", None)) else None
    return Path(given or DOM0_LOG_DIR)


def log_files(log_dir: Path, qube: str) -> list[Path]:
    """The qube's logs: ``guest-Q.log``, ``qrexec.Q.log``, ``guid.Q.log``…
    and their rotated copies, newest first per kind."""
    if not log_dir.is_dir():
        return []
    out = []
    for path in log_dir.iterdir():
        base = path.name.split(".log")[0]
        if path.is_file() and ".log" in path.name and (
                base.endswith(f"-{qube}") or base.endswith(f".{qube}") or base == qube):
            out.append(path)
    return sorted(out, key=lambda p: (p.name.split(".log")[0], p.name))


def tail(path: Path, lines: int) -> tuple[str, int, bool]:
    """Worker: the last ``lines`` lines, the file size, and whether the
    text was cut (the file has more lines)."""
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        pos = size
        data = b""
        while pos > 0 and data.count(b"\n") <= lines:
            step = min(_BLOCK, pos)
            pos -= step
            f.seek(pos)
            data = f.read(step) + data
    parts = data.split(b"\n")
    if data.endswith(b"\n"):
        parts.pop()
    cut = pos > 0 or len(parts) > lines
    text = b"\n".join(parts[-lines:]).decode("utf-8", "replace")
    return text, size, cut


class LogDialog(QDialog):
    """Non-modal log viewer for one qube."""

    def __init__(self, mirror, qube_name: str, parent=None, log_dir=None):
        super().__init__(parent)
        uiload.load("dialog_logs", self)
        self.setAttribute(Qt.WA_DeleteOnClose, True)  # closed dialogs let go
        self.mirror = mirror
        self.qube_name = qube_name
        self.log_dir = Path(log_dir) if log_dir else default_log_dir(mirror, parent)
        self.setWindowTitle(tr("Logs: %s") % qube_name)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._pending = False
        self._again = False
        self.loads = 0  # finished reads (tests wait on it)
        self.button_box.rejected.connect(self.reject)
        self.button_box.button(QDialogButtonBox.Close).clicked.connect(self.reject)
        self.file_combo.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.lines_spin.editingFinished.connect(self.refresh)
        self.follow_check.toggled.connect(self._follow_toggled)
        self.copy_button.clicked.connect(self.copy)
        self.fill_files()

    def fill_files(self) -> None:
        files = log_files(self.log_dir, self.qube_name)
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for path in files:
            self.file_combo.addItem(path.name, str(path))
        self.file_combo.blockSignals(False)
        if not files:
            self.status_label.setText(tr("No logs of %s in %s.") % (self.qube_name, self.log_dir))
            self.log_view.setPlainText("")
            return
        self.refresh()

    def path(self) -> Path | None:
        data = self.file_combo.currentData()
        return Path(data) if data else None

    def refresh(self, *_args) -> None:
        path = self.path()
        if path is None:
            return
        if self._pending:
            self._again = True
            return
        self._pending = True
        self.status_label.setText(tr("Reading…"))
        self.mirror.run(tail, path, self.lines_spin.value(),
                        on_result=lambda r, p=path: self._shown(p, r),
                        on_error=self._failed)

    def _shown(self, path: Path, result) -> None:
        self._pending = False
        text, size, cut = result
        if path != self.path():
            self.refresh()
            return
        at_end = self.log_view.verticalScrollBar().value() >= \
            self.log_view.verticalScrollBar().maximum() - 2
        self.log_view.setPlainText(text)
        if at_end or self.follow_check.isChecked():
            self.log_view.moveCursor(QTextCursor.End)
        self.size_label.setText(humanize.naturalsize(size, binary=True))
        self.window_path = str(path)
        self.status_label.setText(
            tr("Showing the last %d lines.") % self.lines_spin.value() if cut else "")
        self.loads += 1
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, err) -> None:
        self._pending = False
        self.status_label.setText(tr("Cannot read the log: %s") % err)

    def _follow_toggled(self, on: bool) -> None:
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)
        if on and self.path() is not None:
            self._watcher.addPath(str(self.path()))
            self.refresh()

    def _file_changed(self, path: str) -> None:
        if self.follow_check.isChecked() and path == str(self.path()):
            # Log rotation replaces the file: watch the new one.
            if path not in self._watcher.files() and os.path.exists(path):
                self._watcher.addPath(path)
            QTimer.singleShot(100, self.refresh)  # coalesce bursts of writes

    def copy(self) -> None:
        cursor = self.log_view.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n") if cursor.hasSelection() \
            else self.log_view.toPlainText()
        QGuiApplication.clipboard().setText(text)
