"""One progress dialog for an action over many qubes, run concurrently.

Instead of one dialog per qube: every qube gets a row with its status, the
calls run at the same time through ``mirror.run`` (off the UI thread),
Cancel stops the ones not started yet, and the end shows a summary with
each failure's daemon message.
"""

from __future__ import annotations

import threading
from typing import Callable

from PyQt5.QtCore import Qt, pyqtSignal, pyqtSlot
from PyQt5.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel,
                             QProgressBar, QTreeWidget, QTreeWidgetItem,
                             QVBoxLayout, QWidget)

from qubesmanager.widgets.errors import describe


#: Parentless dialogs (the tray has no window to parent them to) live here
#: until they are done and closed: nothing else may hold a reference.
_LIVE: set = set()


class Cancelled(Exception):
    """The user cancelled before this qube's call started."""


class BulkProgressDialog(QDialog):
    """Run ``action(name)`` for each qube concurrently and show progress.

    ``action`` runs in a worker thread and may block (``vm.start()``).
    ``all_done`` carries ``{name: None or exception}`` once every call has
    ended.  With ``auto_close`` the dialog closes itself when everything
    succeeded; failures keep it open with a summary.
    """

    all_done = pyqtSignal(dict)

    def __init__(self, mirror, title: str, names, action: Callable[[str], object],
                 parent: QWidget | None = None, *, auto_close: bool = True,
                 verb: str | None = None) -> None:
        super().__init__(parent)
        self.mirror = mirror
        self.names = list(names)
        self.action = action
        self.auto_close = auto_close
        self.results: dict[str, BaseException | None] = {}
        self.done_all = False
        self._cancel = threading.Event()
        self._items: dict[str, QTreeWidgetItem] = {}
        self.setWindowTitle(title)
        self.setAccessibleName("bulk-progress")
        # Not deleted on close: closing the window must not drop results
        # still on their way (callers wait for ``all_done``).
        self.finished.connect(self._maybe_delete)
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        self.heading = QLabel(verb or title, self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, len(self.names))
        self.bar.setAccessibleName("bulk-progress-bar")
        layout.addWidget(self.bar)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName("bulk-progress-list")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Qube"), self.tr("Status")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        for name in self.names:
            item = QTreeWidgetItem([name, self.tr("Waiting")])
            self.tree.addTopLevelItem(item)
            self._items[name] = item
        layout.addWidget(self.tree)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("bulk-progress-summary")
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.buttons.rejected.connect(self._on_cancel)
        layout.addWidget(self.buttons)

    def start(self) -> "BulkProgressDialog":
        """Show the dialog and launch every call; returns at once."""
        if self.parent() is None:
            _LIVE.add(self)
        self.show()
        for name in self.names:
            self._items[name].setText(1, self.tr("Working…"))
            self.mirror.run(self._guarded, name,
                            on_result=lambda _r, n=name: self._finished(n, None),
                            on_error=lambda err, n=name: self._finished(n, err))
        if not self.names:
            self._all_finished()
        return self

    def _guarded(self, name: str):
        """Worker side: skip the call when the user cancelled meanwhile."""
        if self._cancel.is_set():
            raise Cancelled()
        return self.action(name)

    def _finished(self, name: str, err: BaseException | None) -> None:
        self.results[name] = err
        item = self._items[name]
        if err is None:
            item.setText(1, self.tr("Done"))
        elif isinstance(err, Cancelled):
            item.setText(1, self.tr("Cancelled"))
        else:
            message, details = describe(err)
            item.setText(1, self.tr("Failed: {}").format(message))
            item.setToolTip(1, details)
        self.bar.setValue(len(self.results))
        if len(self.results) == len(self.names):
            self._all_finished()

    def failures(self) -> dict[str, BaseException]:
        return {n: e for n, e in self.results.items()
                if e is not None and not isinstance(e, Cancelled)}

    def _all_finished(self) -> None:
        failed = self.failures()
        cancelled = sum(isinstance(e, Cancelled) for e in self.results.values())
        ok = len(self.results) - len(failed) - cancelled
        parts = [self.tr("%n succeeded", "", ok)]
        if failed:
            parts.append(self.tr("%n failed", "", len(failed)))
        if cancelled:
            parts.append(self.tr("%n cancelled", "", cancelled))
        text = ", ".join(parts) + "."
        if failed:
            text += "\n" + "\n".join(f"{name}: {describe(err)[0]}"
                                    for name, err in failed.items())
        self.summary.setText(text)
        self.buttons.setStandardButtons(QDialogButtonBox.Close)
        self.done_all = True
        self.all_done.emit(dict(self.results))
        if self.auto_close and not failed and not cancelled:
            self.accept()
        elif not self.isVisible():
            self._release()

    @pyqtSlot()
    def _maybe_delete(self) -> None:
        if self.done_all:
            self._release()

    def _release(self) -> None:
        _LIVE.discard(self)
        self.deleteLater()

    @pyqtSlot()
    def _on_cancel(self) -> None:
        if len(self.results) == len(self.names):
            self.accept()
            return
        self._cancel.set()
        self.heading.setText(self.tr("Cancelling: calls already sent will "
                                     "finish, the others are skipped."))
