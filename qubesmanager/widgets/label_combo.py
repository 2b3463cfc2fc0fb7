"""A combo box of qube labels, read from the mirror (no Admin API call).

Used by the settings window, the create and clone dialogs and anyone who
lets the user pick a label.  Items are ordered by label index and show the
label's colour; ``label()`` returns the label *name* the Admin API expects.
"""

from __future__ import annotations

from PyQt5.QtCore import Qt, pyqtSlot
from PyQt5.QtGui import QColor, QIcon, QPixmap
from PyQt5.QtWidgets import QComboBox, QWidget


def _colour_icon(colour: int) -> QIcon:
    """The label's icon from the shared icon module, else a colour swatch."""
    try:
        from qubesmanager.widgets.icons import label_icon
        icon = label_icon(colour)
        if icon is not None and not icon.isNull():
            return icon
    except Exception:  # icons module not there yet or no theme: swatch
        pass
    pix = QPixmap(16, 16)
    # Label colours are the one place where hard-coded colours are right:
    # they *are* the data being shown.
    pix.fill(QColor((colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF))
    return QIcon(pix)


class LabelCombo(QComboBox):
    """Label chooser; call :meth:`setup` with the mirror before use.

    Constructible with only a parent so Qt Designer files can promote a
    plain ``QComboBox`` to it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Label"))
        self._mirror = None

    def setup(self, mirror) -> None:
        """Fill from ``mirror.labels`` (name -> (index, colour)) and follow
        it: labels are re-read when the mirror resyncs (labels send no
        events, so a label created or removed meanwhile shows up then)."""
        if self._mirror is None:
            mirror.global_changed.connect(self._on_global_changed)
        self._mirror = mirror
        current = self.label()
        self.blockSignals(True)
        self.clear()
        items = sorted(mirror.labels.items(), key=lambda kv: _index(kv[1]))
        for name, info in items:
            self.addItem(_colour_icon(_colour(info)), name, name)
        self.blockSignals(False)
        if current:
            self.set_label(current)

    @pyqtSlot(str)
    def _on_global_changed(self, what: str) -> None:
        if what == "labels" and self._mirror is not None:
            self.setup(self._mirror)

    def label(self) -> str | None:
        """The selected label name, or None when empty."""
        data = self.currentData(Qt.UserRole)
        return data if isinstance(data, str) else None

    def set_label(self, name: str | None) -> None:
        """Select ``name`` (unknown names leave the selection unchanged)."""
        idx = self.findData(name, Qt.UserRole)
        if idx >= 0:
            self.setCurrentIndex(idx)


def _index(info) -> int:
    return info[0] if isinstance(info, tuple) else getattr(info, "index", 0)


def _colour(info) -> int:
    return info[1] if isinstance(info, tuple) else getattr(info, "colour", 0)
