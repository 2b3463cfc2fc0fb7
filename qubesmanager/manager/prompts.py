"""Small non-blocking questions and choosers used by the manager actions.

Every prompt is window-modal but opened with ``open()`` (no nested event
loop): the window keeps repainting, mirror events keep flowing, and tests
answer it by finding it through its accessible name.
"""

from __future__ import annotations

from typing import Callable, Sequence

from PyQt5.QtCore import Qt
from PyQt5.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel,
                             QLineEdit, QMessageBox, QVBoxLayout, QWidget)

from qubesmanager.widgets.label_combo import LabelCombo
from qubesmanager.widgets.qube_combo import DEFAULT, QubeCombo

#: (answer key, button text, QMessageBox.ButtonRole)
Button = tuple[str, str, int]


def ask(parent: QWidget, title: str, text: str, buttons: Sequence[Button],
        on_answer: Callable[[str], None], *, informative: str = "",
        details: str = "", icon=QMessageBox.Question,
        name: str = "question", default: str | None = None) -> QMessageBox:
    """Show a question; ``on_answer(key)`` gets the clicked button's key
    (``"cancel"`` when closed with Escape)."""
    box = QMessageBox(icon, title, text, QMessageBox.NoButton, parent)
    box.setAccessibleName(name)
    box.setAttribute(Qt.WA_DeleteOnClose)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    by_button = {}
    for key, label, role in buttons:
        button = box.addButton(label, role)
        button.setAccessibleName(key)
        by_button[button] = key
        if key == default:
            box.setDefaultButton(button)
        if role == QMessageBox.RejectRole:
            box.setEscapeButton(button)

    def finished(_code: int) -> None:
        on_answer(by_button.get(box.clickedButton(), "cancel"))

    box.finished.connect(finished)
    box.open()
    return box


def inform(parent: QWidget, title: str, text: str, *, informative: str = "",
           name: str = "information") -> QMessageBox:
    """A non-blocking information box."""
    box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Ok,
                      parent)
    box.setAccessibleName(name)
    box.setAttribute(Qt.WA_DeleteOnClose)
    if informative:
        box.setInformativeText(informative)
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    box.open()
    return box


class ChooserDialog(QDialog):
    """One combo (label or qube) and OK/Cancel, for many qubes at once."""

    def __init__(self, parent: QWidget, title: str, text: str, combo,
                 on_chosen: Callable[[object], None], name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(name)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.combo = combo
        self._on_chosen = on_chosen
        layout = QVBoxLayout(self)
        info = QLabel(text, self)
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        form.addRow(self.tr("&Choice:"), combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        layout.addWidget(buttons)
        combo.setFocus()

    @classmethod
    def open_for(cls, parent: QWidget, title: str, text: str, names, combo,
                 on_chosen: Callable[[object], None], name: str) -> "ChooserDialog":
        """Open (window-modal, no nested loop) a chooser for ``names``;
        ``text`` has one ``{}`` for the list of names."""
        dialog = cls(parent, title, text.format(", ".join(names)), combo,
                     on_chosen, name)
        dialog.open()
        return dialog

    def accept(self) -> None:
        value = (self.combo.label() if isinstance(self.combo, LabelCombo)
                 else self.combo.value())
        super().accept()
        self._on_chosen(value)


def choose_label(parent, mirror, names, on_chosen) -> ChooserDialog:
    combo = LabelCombo(parent)
    combo.setAccessibleName("label-choice")
    combo.setup(mirror)
    first = mirror.get(names[0])
    if first is not None and first.label:
        combo.set_label(first.label)
    return ChooserDialog.open_for(
        parent, parent.tr("Set label"),
        parent.tr("New label for: {}"), names,
        combo, on_chosen, "label-chooser")


def choose_netvm(parent, mirror, names, on_chosen) -> ChooserDialog:
    combo = QubeCombo(parent)
    combo.setAccessibleName("netvm-choice")
    combo.setup(mirror, lambda r: r.provides_network and not r.is_admin,
                allow_none=True, default=mirror.global_value("default_netvm"),
                exclude=names)
    first = mirror.get(names[0])
    if first is not None:
        combo.set_value(DEFAULT if first.is_default("netvm") else
                        (first.netvm or ""), emit=False)
    return ChooserDialog.open_for(
        parent, parent.tr("Change net qube"),
        parent.tr("Net qube for: {}"), names,
        combo, on_chosen, "netvm-chooser")


def choose_template(parent, mirror, names, on_chosen) -> ChooserDialog:
    first = mirror.get(names[0])
    if first is not None and first.klass == "DispVM":
        predicate = lambda r: r.is_disposable_template  # noqa: E731
    else:
        predicate = lambda r: r.klass == "TemplateVM"  # noqa: E731
    combo = QubeCombo(parent)
    combo.setAccessibleName("template-choice")
    combo.setup(mirror, predicate)
    if first is not None and first.template:
        combo.set_value(first.template, emit=False)
    return ChooserDialog.open_for(
        parent, parent.tr("Change template"),
        parent.tr("Template for: {}"), names,
        combo, on_chosen, "template-chooser")


class CommandDialog(QDialog):
    """Ask for a command line to run in the selected qubes."""

    def __init__(self, parent: QWidget, names, on_command) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Run command"))
        self.setAccessibleName("run-command")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self._on_command = on_command
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Command to run in {}:").format(", ".join(names)),
                       self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName("command")
        label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(
            lambda t: self.ok_button.setEnabled(bool(t.strip())))
        layout.addWidget(buttons)

    def accept(self) -> None:
        command = self.edit.text().strip()
        super().accept()
        if command:
            self._on_command(command)
