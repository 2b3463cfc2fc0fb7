"""The pieces every settings tab is made of.

A tab (:class:`SettingsTab`) follows load -> check -> changes:

* ``load(record)`` fills the widgets from the mirror's :class:`QubeRecord`.
  It is called again whenever the qube changes (another client, the CLI):
  untouched fields follow, touched ones keep the user's value and are
  flagged (:meth:`Field.load`).
* ``check()`` raises :class:`TabError` naming the field, which keeps the
  window open on that tab with the field marked.
* ``changes()`` returns one :class:`Change` per field the user touched;
  each carries the function the window runs in a worker thread to write it.

Fields remember the value last read from the mirror (``original``) and
compare with it, never with widget text, so translations and re-selecting
the same item cannot fool change detection.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable

from PyQt5.QtCore import QObject, pyqtSignal
from PyQt5.QtGui import QPalette
from PyQt5.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox,
                             QLabel, QLineEdit, QPlainTextEdit, QWidget)

from qubesmanager.widgets.qube_combo import DEFAULT, NONE


class TabError(Exception):
    """Raised by ``check()``: what is wrong and which field to mark."""

    def __init__(self, field: "Field | None", text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text


@dataclasses.dataclass
class Change:
    """One write the window performs: ``apply(app)`` runs in a worker thread.

    ``field`` is marked when the write fails; ``title`` names it in
    messages.  ``after`` (optional) runs on the UI thread after success.
    """

    field: "Field"
    title: str
    apply: Callable[[Any], None]
    after: Callable[[], None] | None = None
    #: the value being written (the user may edit on while it is saved)
    value: Any = None


class Field(QObject):
    """One editable value bound to a widget.

    ``get``/``put`` convert between the widget and the Python value the
    Admin API client takes; ``signal`` is the widget's user-edit signal.
    """

    touched_changed = pyqtSignal(bool)

    def __init__(self, key: str, title: str, widget: QWidget,
                 get: Callable[[], Any], put: Callable[[Any], None],
                 signal=None, parent: QObject | None = None) -> None:
        super().__init__(parent or widget)
        self.key = key
        self.title = title
        self.widget = widget
        self._get = get
        self._put = put
        self.original: Any = None
        self.loaded = False
        self.touched = False
        self.error: str | None = None
        self.conflict: str | None = None
        self._loading = False
        self._base_tooltip = widget.toolTip()
        if signal is not None:
            signal.connect(self._on_edit)

    # -- values ---------------------------------------------------------

    def value(self) -> Any:
        return self._get()

    def set_value(self, value: Any) -> None:
        """Put ``value`` into the widget as if the user had chosen it."""
        self._put(value)
        self._on_edit()

    def load(self, value: Any) -> None:
        """Take a value read from the mirror (first load or a later event).

        Untouched: the widget follows.  Touched and the new value equals
        what the user typed: the edit is done (e.g. our own write came
        back).  Touched and different: keep the user's value, flag it.
        """
        if not self.loaded or not self.touched:
            self._loading = True
            try:
                self._put(value)
            finally:
                self._loading = False
            self.original = value
            self.loaded = True
            self._set_touched(False)
            self.conflict = None
            self._refresh_mark()
            return
        if value == self.value():
            self.original = value
            self.conflict = None
            self._set_touched(False)
        elif value != self.original:
            self.original = value
            self.conflict = value
        self._refresh_mark()

    def commit(self, written: Any = None) -> None:
        """The write of ``written`` succeeded: that is the stored value now.
        An edit made while it was being saved stays touched."""
        self.original = self.value() if written is None else written
        self.conflict = None
        self.error = None
        self._set_touched(self.value() != self.original)
        self._refresh_mark()

    def revert(self) -> None:
        """Drop the user's edit and show the stored value again."""
        self._set_touched(False)
        self.loaded = False
        self.load(self.original)

    def _on_edit(self, *_args) -> None:
        if self._loading or not self.loaded:
            return
        self.error = None
        self._set_touched(self.value() != self.original)
        if not self.touched:
            self.conflict = None
        self._refresh_mark()

    def _set_touched(self, touched: bool) -> None:
        if touched != self.touched:
            self.touched = touched
            self.touched_changed.emit(touched)

    # -- marking --------------------------------------------------------

    def mark_error(self, text: str) -> None:
        """Show that writing (or checking) this field failed, and why."""
        self.error = text
        self._refresh_mark()

    def _refresh_mark(self) -> None:
        notes = []
        if self.error:
            notes.append(self.error)
        if self.conflict is not None:
            notes.append(QObject.tr(self, "Changed meanwhile by another program "
                                    "(now: %s); your edit is kept.")
                         % display(self.conflict))
        text = "\n".join(notes)
        self.widget.setToolTip(text or self._base_tooltip)
        self.widget.setAccessibleDescription(text)
        pal = self.widget.parentWidget().palette() if self.widget.parentWidget() \
            else self.widget.palette()
        if notes:
            # Palette-derived mark: the highlight colour, lightened, as the
            # field's background (no hard-coded colour).
            pal = QPalette(pal)
            mark = pal.color(QPalette.Highlight)
            pal.setColor(QPalette.Base, mark.lighter(170))
            pal.setColor(QPalette.Button, mark.lighter(150))
        self.widget.setPalette(pal)

    @property
    def marked(self) -> bool:
        return bool(self.error) or self.conflict is not None


def display(value: Any) -> str:
    """A value as shown in messages (markers and None made readable)."""
    if value == DEFAULT:
        return QObject.tr(QObject(), "default")
    if value is None or value == NONE:
        return QObject.tr(QObject(), "(none)")
    if isinstance(value, dict):  # e.g. devices: the keys are what matters
        value = sorted(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(v) for v in value) or QObject.tr(QObject(), "(empty)")
    return str(value)


# -- bindings for common widgets -------------------------------------------

def combo_field(key, title, combo: QComboBox, parent=None) -> Field:
    """A field over a combo whose item data is the value."""
    def put(v):
        idx = combo.findData(v)
        if idx < 0 and hasattr(combo, "set_value"):
            combo.set_value(v, emit=False)
            return
        combo.setCurrentIndex(idx)
    getter = combo.value if hasattr(combo, "value") else combo.currentData
    return Field(key, title, combo, getter, put, combo.currentIndexChanged, parent)


def check_field(key, title, box: QAbstractButton, parent=None) -> Field:
    return Field(key, title, box, box.isChecked,
                 lambda v: box.setChecked(bool(v)), box.toggled, parent)


def spin_field(key, title, spin: QAbstractSpinBox, parent=None) -> Field:
    def put(v):
        spin.setValue(int(v or 0))
    return Field(key, title, spin, spin.value, put, spin.valueChanged, parent)


def line_field(key, title, line: QLineEdit, parent=None) -> Field:
    return Field(key, title, line, line.text,
                 lambda v: line.setText(v or ""), line.textEdited, parent)


def text_field(key, title, edit: QPlainTextEdit, parent=None) -> Field:
    return Field(key, title, edit, edit.toPlainText,
                 lambda v: edit.setPlainText(v or ""), edit.textChanged, parent)


# -- writes (run in a worker thread) ---------------------------------------

def write_property(app, qube: str, prop: str, value: Any) -> None:
    """Set a qube property; DEFAULT resets it, NONE stores "no qube"."""
    vm = app.domains[qube]
    if value == DEFAULT:
        delattr(vm, prop)
    elif value == NONE and not isinstance(value, bool):
        setattr(vm, prop, None)
    else:
        setattr(vm, prop, value)


def write_feature(app, qube: str, feature: str, value: str | None) -> None:
    """Set a feature, or remove it when ``value`` is None."""
    vm = app.domains[qube]
    if value is None:
        if feature in vm.features:
            del vm.features[feature]
    else:
        vm.features[feature] = value


class SettingsTab(QWidget):
    """Base of every tab: owns its fields and a message line.

    Subclasses build their widgets (from a Designer file), create fields
    with :meth:`add_field`, and implement :meth:`load`; :meth:`changes`
    covers plain property fields, tabs with other writes extend it.
    ``needs_background`` tabs get :meth:`start_background` the first time
    they are shown.
    """

    #: emitted when any field's touched state changes (enables Apply)
    edited = pyqtSignal()
    title = ""
    needs_background = False

    def __init__(self, mirror, qube_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mirror = mirror
        self.qube_name = qube_name
        self.fields: list[Field] = []
        self._writers: dict[str, Callable[[Any, Any], None]] = {}
        self.background_started = False
        self.message: QLabel | None = None

    def add_field(self, field: Field,
                  writer: Callable[[Any, Any], None] | None = None) -> Field:
        """Register ``field``; ``writer(app, value)`` defaults to setting
        the qube property named ``field.key``."""
        self.fields.append(field)
        if writer is None:
            key = field.key
            writer = lambda app, value, _k=key: write_property(
                app, self.qube_name, _k, value)
        self._writers[field.key] = writer
        field.touched_changed.connect(self._on_touched)
        return field

    def _on_touched(self, _touched: bool) -> None:
        self.edited.emit()

    @property
    def record(self):
        return self.mirror.get(self.qube_name)

    def load(self, record) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def check(self) -> None:
        """Raise :class:`TabError` when a touched value cannot be saved."""

    def touched(self) -> bool:
        return any(f.touched for f in self.fields)

    def changes(self) -> list[Change]:
        out = []
        for f in self.fields:
            if f.touched:
                value = f.value()
                writer = self._writers[f.key]
                out.append(Change(f, f.title,
                                  lambda app, _w=writer, _v=value: _w(app, _v),
                                  value=value))
        return out

    def start_background(self) -> None:
        """Load what the mirror does not hold (first time shown)."""

    def update_state(self, record) -> None:
        """Power state changed: enable/disable what depends on it."""

    def show_message(self, text: str) -> None:
        """Show ``text`` on the tab's message line (daemon errors, conflicts)."""
        if self.message is None:
            return
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setAccessibleDescription(text)

    def refresh_messages(self) -> None:
        """Collect field errors/conflicts into the message line."""
        lines = []
        for f in self.fields:
            if f.error:
                lines.append(f"{f.title}: {f.error}")
            if f.conflict is not None:
                lines.append(self.tr("%s: changed meanwhile by another program "
                                     "(now: %s); your edit is kept.")
                             % (f.title, display(f.conflict)))
        self.show_message("\n".join(lines))
