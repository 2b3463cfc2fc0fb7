"""One object per global setting: how it is read from the mirror, shown in
its widget, told apart as "edited", and written back through the Admin API.

A field's ``loaded`` value is what the daemon last reported; the field is
edited when the widget shows something else.  ``load()`` never overwrites an
edit, so a change made elsewhere (another window, the CLI) does not silently
discard what the user typed; the window reports the conflict instead.
``write()`` runs in a worker thread (``mirror.run``) and touches only the
admin client.
"""

from __future__ import annotations

from PyQt5.QtCore import QCoreApplication, QObject, pyqtSignal
from PyQt5.QtWidgets import QCheckBox, QComboBox, QSpinBox

from qubesmanager.widgets.qube_combo import DEFAULT, NONE, QubeCombo

#: Sentinel: the setting is not known yet (mirror still loading).
UNKNOWN = object()


def _tr(text: str) -> str:
    return QCoreApplication.translate("GlobalSettingsWindow", text)


class Field(QObject):
    """Base: subclasses implement ``_from_mirror``, ``_show``, ``shown``, ``write``."""

    #: The widget now shows a value different from the daemon's (or the same again).
    edited_changed = pyqtSignal(bool)

    #: Mirror signal keys this field follows: a global property name, or
    #: ``"dom0:feature:<f>"`` for a dom0 feature.
    key = ""
    title = ""

    def __init__(self, widget, title: str) -> None:
        super().__init__(widget)
        self.widget = widget
        self.title = title
        self.loaded = UNKNOWN
        self._was_edited = False

    def load(self, mirror) -> bool:
        """Take the daemon's value; show it unless the user edited the field.

        Returns True when the daemon's value changed under an edit (conflict).
        """
        value = self._from_mirror(mirror)
        # Our own Apply coming back shows the widget's value: no conflict.
        conflict = (self.is_edited() and value is not UNKNOWN
                    and value != self.loaded and value != self.shown())
        self.loaded = value
        if not conflict and value is not UNKNOWN:
            self._show(value)
        self._notify()
        return conflict

    def discard(self) -> None:
        """Forget the user's edit and show the daemon's value again."""
        if self.loaded is not UNKNOWN:
            self._show(self.loaded)
        self._notify()

    def is_edited(self) -> bool:
        return self.loaded is not UNKNOWN and self.shown() != self.loaded

    def _notify(self) -> None:
        edited = self.is_edited()
        if edited != self._was_edited:
            self._was_edited = edited
            self.edited_changed.emit(edited)

    def _changed(self, *_args) -> None:
        self._notify()

    def describe(self, value) -> str:
        """Human text of a value, for conflict and error messages."""
        return str(value)

    # subclass interface
    def _from_mirror(self, mirror):
        raise NotImplementedError

    def _show(self, value) -> None:
        raise NotImplementedError

    def shown(self):
        raise NotImplementedError

    def write(self, app, value) -> None:
        raise NotImplementedError


def _global(mirror, prop):
    pv = mirror.globals.get(prop)
    return UNKNOWN if pv is None else pv


class VmPropertyField(Field):
    """A global ``vm`` property chosen from a filtered :class:`QubeCombo`."""

    def __init__(self, combo: QubeCombo, prop: str, title: str, mirror,
                 predicate, allow_none: bool = True) -> None:
        super().__init__(combo, title)
        self.key = prop
        combo.setup(mirror, predicate, allow_none=allow_none)
        combo.currentIndexChanged.connect(self._changed)

    def _from_mirror(self, mirror):
        pv = _global(mirror, self.key)
        return pv if pv is UNKNOWN else (pv.text or NONE)

    def _show(self, value) -> None:
        self.widget.set_value(value, emit=False)

    def shown(self):
        return self.widget.value()

    def describe(self, value) -> str:
        return value or _tr("(none)")

    def write(self, app, value) -> None:
        setattr(app, self.key, value or None)


class ChoiceField(Field):
    """A global ``str`` property from a list loaded in the background
    (pools, kernels); optionally with "default (X)" (reset) and "(none)"."""

    def __init__(self, combo: QComboBox, prop: str, title: str, *,
                 resettable: bool = False, allow_none: bool = False) -> None:
        super().__init__(combo, title)
        self.key = prop
        self.resettable = resettable
        self.allow_none = allow_none
        self.choices: list[str] | None = None
        self._default_text = ""
        combo.addItem(_tr("loading…"), None)
        combo.setEnabled(False)
        combo.currentIndexChanged.connect(self._changed)

    def set_choices(self, choices: list[str]) -> None:
        """Fill the combo once the list arrived from the daemon."""
        self.choices = list(choices)
        self._refill()
        self.widget.setEnabled(True)
        if self.loaded is not UNKNOWN:
            self._show(self.loaded)
        self._notify()

    def _refill(self) -> None:
        combo = self.widget
        combo.blockSignals(True)
        current = combo.currentData()
        combo.clear()
        if self.resettable:
            combo.addItem(_tr("default ({value})").format(
                value=self._default_text or _tr("none")), DEFAULT)
        if self.allow_none:
            combo.addItem(_tr("(none)"), NONE)
        extra = [self.loaded] if isinstance(self.loaded, str) and \
            self.loaded not in (DEFAULT, NONE) and self.loaded not in (self.choices or []) \
            else []
        for choice in (self.choices or []) + extra:
            combo.addItem(choice, choice)
        idx = combo.findData(current)
        if idx >= 0:
            combo.setCurrentIndex(idx)
        combo.blockSignals(False)

    def _from_mirror(self, mirror):
        pv = _global(mirror, self.key)
        if pv is UNKNOWN:
            return pv
        if self.resettable and pv.is_default:
            if pv.text != self._default_text:
                self._default_text = pv.text
                if self.choices is not None:
                    self._refill()
            return DEFAULT
        return pv.text or NONE

    def _show(self, value) -> None:
        if self.choices is None:
            return
        idx = self.widget.findData(value)
        if idx < 0:
            self._refill()
            idx = self.widget.findData(value)
        self.widget.blockSignals(True)
        self.widget.setCurrentIndex(max(idx, 0))
        self.widget.blockSignals(False)

    def shown(self):
        if self.choices is None:
            return self.loaded
        return self.widget.currentData()

    def describe(self, value) -> str:
        if value == DEFAULT:
            return _tr("default ({value})").format(value=self._default_text)
        return value or _tr("(none)")

    def write(self, app, value) -> None:
        if value == DEFAULT:
            delattr(app, self.key)
        else:
            setattr(app, self.key, value)


class BoolPropertyField(Field):
    """A global ``bool`` property on a check box."""

    def __init__(self, box: QCheckBox, prop: str, title: str) -> None:
        super().__init__(box, title)
        self.key = prop
        box.toggled.connect(self._changed)

    def _from_mirror(self, mirror):
        pv = _global(mirror, self.key)
        return pv if pv is UNKNOWN else pv.text == "True"

    def _show(self, value) -> None:
        self.widget.blockSignals(True)
        self.widget.setChecked(bool(value))
        self.widget.blockSignals(False)

    def shown(self):
        return self.widget.isChecked()

    def describe(self, value) -> str:
        return _tr("on") if value else _tr("off")

    def write(self, app, value) -> None:
        setattr(app, self.key, bool(value))


class Dom0FeatureField(Field):
    """A dom0 feature on a check box (``bool``) or spin box (integer)."""

    def __init__(self, widget, feature: str, title: str, default) -> None:
        super().__init__(widget, title)
        self.feature = feature
        self.key = f"dom0:feature:{feature}"
        self.default = default
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(self._changed)
        else:
            widget.valueChanged.connect(self._changed)

    def _from_mirror(self, mirror):
        dom0 = mirror.get("dom0")
        if dom0 is None or not getattr(dom0, "loaded", True):
            return UNKNOWN
        raw = dom0.features.get(self.feature)
        if isinstance(self.widget, QCheckBox):
            # Qubes convention: absent = default, empty = false.
            return self.default if raw is None else bool(raw)
        try:
            return int(raw) if raw not in (None, "") else self.default
        except ValueError:
            return self.default

    def _show(self, value) -> None:
        self.widget.blockSignals(True)
        if isinstance(self.widget, QCheckBox):
            self.widget.setChecked(bool(value))
        else:
            self.widget.setValue(int(value))
        self.widget.blockSignals(False)

    def shown(self):
        if isinstance(self.widget, QCheckBox):
            return self.widget.isChecked()
        return self.widget.value()

    def describe(self, value) -> str:
        if isinstance(self.widget, QSpinBox):
            return f"{value} MiB"
        return _tr("on") if value else _tr("off")

    def write(self, app, value) -> None:
        features = app.domains["dom0"].features
        if isinstance(self.widget, QCheckBox):
            features[self.feature] = "1" if value else ""
        else:
            features[self.feature] = str(int(value))


__all__ = ["Field", "VmPropertyField", "ChoiceField", "BoolPropertyField",
           "Dom0FeatureField", "UNKNOWN", "DEFAULT", "NONE"]
