"""Host a view that needs the mirror loaded, for command-line tools.

``launch.run_tool`` calls ``build(ctx)`` before the mirror has loaded, so a
tool such as ``qubes-vm-settings QUBE`` shows a "loading" line first and
then embeds the real dialog; when the dialog finishes the tool exits.
"""

from __future__ import annotations

from typing import Callable

from PyQt5.QtCore import QCoreApplication, Qt, pyqtSlot
from PyQt5.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


class LoadingHost(QWidget):
    """Shows "Loading…" until ``mirror.loaded``, then ``make()``'s dialog."""

    def __init__(self, mirror, make: Callable[[], QWidget], title: str,
                 check: Callable[[], str | None] | None = None) -> None:
        super().__init__()
        self.mirror = mirror
        self._make = make
        self._check = check
        self.view: QWidget | None = None
        self.exit_code = 0
        self.setWindowTitle(title)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(QCoreApplication.translate("Settings", "Loading qubes…"))
        self.placeholder.setAccessibleName(self.placeholder.text())
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setMinimumSize(400, 120)
        self._layout.addWidget(self.placeholder)
        mirror.loaded.connect(self._on_loaded)
        if getattr(mirror, "is_loaded", False):
            self._on_loaded()

    @pyqtSlot()
    def _on_loaded(self) -> None:
        if self.view is not None:
            return
        problem = self._check() if self._check else None
        if problem:
            self.placeholder.setText(problem)
            self.exit_code = 1
            return
        view = self._make()
        view.setWindowFlags(Qt.Widget)
        view.finished.connect(self._finished)
        self.view = view
        self.placeholder.hide()
        self._layout.addWidget(view)
        self.setWindowTitle(view.windowTitle())
        view.show()
        self.adjustSize()

    @pyqtSlot(int)
    def _finished(self, result: int) -> None:
        self.view = None
        self.close()

    def closeEvent(self, event) -> None:
        # Closing the frame must go through the dialog's unsaved-edits prompt.
        if self.view is not None and self.view.isVisible():
            self.view.reject()
            if self.view is not None and self.view.isVisible():
                event.ignore()
                return
        super().closeEvent(event)
        others = [w for w in QApplication.topLevelWidgets()
                  if w is not self and w.isVisible()]
        if others:
            # A window opened from ours (settings of a renamed or new qube)
            # keeps the tool running until it is closed too.
            QApplication.instance().lastWindowClosed.connect(
                lambda: QCoreApplication.exit(self.exit_code))
        else:
            QCoreApplication.exit(self.exit_code)
