"""A combo box of qubes, read from the mirror and kept current by its signals.

Shared by every view that lets the user pick a qube (settings, create,
clone, boot-from-device, global settings, templates).  Which qubes appear is
decided by a predicate over :class:`QubeRecord`, so no Admin API call is
made to fill it (upstream reads a feature of every qube per combo).

Values: a qube name, :data:`NONE` for "(none)", or :data:`DEFAULT` for
"default (X)".  ``DEFAULT`` can never clash with a qube name because names
start with a letter.
"""

from __future__ import annotations

from typing import Callable, Iterable

from PyQt5.QtCore import Qt, pyqtSlot
from PyQt5.QtWidgets import QComboBox, QWidget

#: Marker value for the "default (X)" entry.
DEFAULT = ":default"
#: Marker value for the "(none)" entry (the Admin API's empty value).
NONE = ""

Predicate = Callable[[object], bool]

#: ``qube_changed`` kinds that can change which qubes pass a filter.
_MEMBERSHIP = frozenset(("*", "provides_network", "template_for_dispvms",
                         "klass", "template", "label", "tags"))


class QubeCombo(QComboBox):
    """Qube chooser; call :meth:`setup` with the mirror before use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mirror = None
        self._predicate: Predicate | None = None
        self._exclude: set[str] = set()
        self._allow_none = False
        self._default: str | None | bool = False   # False: no default entry
        self._extra: str | None = None              # current value that fails the filter

    def setup(self, mirror, predicate: Predicate | None = None, *,
              allow_none: bool = False, default: str | None | bool = False,
              exclude: Iterable[str] = ()) -> None:
        """Configure and fill.

        ``default``: False for no "default" entry; otherwise the name the
        default currently resolves to (None shows "default (none)").
        """
        first = self._mirror is None
        self._mirror = mirror
        self._extra = None  # a new filter: forget values forced under the old one
        self._predicate = predicate
        self._allow_none = allow_none
        self._default = default
        self._exclude = set(exclude)
        if first:
            # Real Qt connections to slots: broken when the combo dies.
            mirror.qube_added.connect(self._on_qubes_changed)
            mirror.qube_removed.connect(self._on_qubes_changed)
            mirror.qube_changed.connect(self._on_qube_changed)
        self.refill()

    def set_default(self, default: str | None | bool) -> None:
        """Change what "default (X)" resolves to (e.g. after a global change)."""
        self._default = default
        self.refill()

    def refill(self) -> None:
        """Rebuild the items, keeping the selected value."""
        if self._mirror is None:
            return
        current = self.value() if self.count() else None
        had_items = self.count() > 0
        self.blockSignals(True)
        self.clear()
        if self._default is not False:
            shown = self._default if self._default else self.tr("none")
            self.addItem(self.tr("default (%s)") % shown, DEFAULT)
        if self._allow_none:
            self.addItem(self.tr("(none)"), NONE)
        for name, rec in self._mirror.qubes.items():
            if name in self._exclude:
                continue
            if self._predicate is None or self._predicate(rec) or name == self._extra:
                self.addItem(name, name)
        self.blockSignals(False)
        if had_items and current is not None:
            idx = self.findData(current, Qt.UserRole)
            if idx >= 0:
                self.blockSignals(True)
                self.setCurrentIndex(idx)
                self.blockSignals(False)

    def value(self) -> str | None:
        """Selected qube name, :data:`NONE` or :data:`DEFAULT`; None if empty."""
        data = self.currentData(Qt.UserRole)
        return data if isinstance(data, str) else None

    def set_value(self, value: str | None, emit: bool = True) -> None:
        """Select ``value``; a qube that fails the filter is added so the
        current setting is never silently shown as something else."""
        if value is None:
            value = NONE
        idx = self.findData(value, Qt.UserRole)
        if idx < 0 and value not in (NONE, DEFAULT) and self._mirror is not None \
                and value in self._mirror.qubes:
            self._extra = value
            self.refill()
            idx = self.findData(value, Qt.UserRole)
        if idx < 0:
            return
        if not emit:
            self.blockSignals(True)
        self.setCurrentIndex(idx)
        if not emit:
            self.blockSignals(False)

    def names(self) -> list[str]:
        """Qube names currently offered (markers left out)."""
        return [self.itemData(i) for i in range(self.count())
                if self.itemData(i) not in (NONE, DEFAULT)]

    @pyqtSlot(str)
    def _on_qubes_changed(self, _name: str) -> None:
        self.refill()

    @pyqtSlot(str, str)
    def _on_qube_changed(self, _name: str, what: str) -> None:
        # Only properties that a filter may look at change membership;
        # "*" is a whole record (re)loaded (a new qube's first GetAll, a
        # resync), whose class, properties and features are all new.
        if what in _MEMBERSHIP or what.startswith("feature:"):
            self.refill()
