"""Notes tab: the qube's free-text notes (``admin.vm.notes.Get/Set``)."""

from __future__ import annotations

import humanize

from PyQt5.QtCore import QT_TRANSLATE_NOOP

from qubesmanager.settings import common, uiload
from qubesmanager.settings.base import SettingsTab, TabError, text_field
from qubesmanager.settings.common import tr

#: qubesd refuses larger notes
MAX_BYTES = 256000


class NotesTab(SettingsTab):
    """Notes are not in the mirror: read once, in the background, when the
    tab is first shown; editing is locked until they arrived."""

    title = QT_TRANSLATE_NOOP("Settings", "Notes")  # translated when shown
    needs_background = True

    def __init__(self, mirror, qube_name, parent=None):
        super().__init__(mirror, qube_name, parent)
        uiload.load("settings_notes", self)
        self.message = self.message_label
        self.notes = self.add_field(text_field("notes", tr("Notes"), self.notes_edit),
                                    self._write)
        self.notes_edit.setReadOnly(True)
        self.notes_edit.setPlaceholderText(tr("Loading notes…"))
        self.notes_edit.textChanged.connect(self._update_size)
        self._update_size()

    def load(self, rec) -> None:
        """Notes change only through their own event; re-read then."""
        if self.background_started and self.notes.loaded and not self.notes.touched:
            self.start_background()

    def start_background(self) -> None:
        self.status_label.setText(tr("Reading notes…"))
        self.mirror.run(lambda app: app.qubesd_call(self.qube_name, "admin.vm.notes.Get"),
                        self.mirror.app, on_result=self._loaded, on_error=self._failed)

    def _loaded(self, raw: bytes) -> None:
        text = raw.decode("utf-8", "replace")
        self.notes.load("" if text == " " else text)  # a lone space means cleared
        self.refresh_messages()
        self.notes_edit.setReadOnly(False)
        self.notes_edit.setPlaceholderText(tr("Notes about this qube (kept in dom0)"))
        self.status_label.setText("")
        self._update_size()

    def _failed(self, exc) -> None:
        self.status_label.setText(tr("Could not read the notes: %s") % common.error_text(exc))
        self.notes_edit.setPlaceholderText("")

    def _update_size(self) -> None:
        size = len(self.notes_edit.toPlainText().encode("utf-8"))
        self.size_label.setText(tr("%s of %s") % (
            humanize.naturalsize(size, binary=True),
            humanize.naturalsize(MAX_BYTES, binary=True)))

    def _write(self, app, value: str) -> None:
        # qubesd refuses an empty payload, so "cleared" notes are one space.
        app.qubesd_call(self.qube_name, "admin.vm.notes.Set", None,
                        value.encode("utf-8") or b" ")

    def check(self) -> None:
        if not self.notes.touched:
            return
        data = self.notes.value().encode("utf-8")
        if len(data) > MAX_BYTES:
            raise TabError(self.notes, tr("Notes are limited to %s.")
                           % humanize.naturalsize(MAX_BYTES, binary=True))
