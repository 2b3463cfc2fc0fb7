"""Delete qubes: every dependent listed first, typed confirmation.

qubesd refuses to remove a qube that any setting still names, that runs,
or that a package installed; this dialog shows all of that up front (read
from the mirror, no Admin API call) so the user fixes it before trying.
Qubes in the selection are removed in an order where dependents go first
(e.g. an app qube before its template).
"""

from __future__ import annotations

from PyQt5.QtCore import pyqtSignal, Qt
from PyQt5.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from qubesmanager.dialogs.clonejob import CancelToken
from qubesmanager.dialogs.common import keep_wrapped_text_visible, tr
from qubesmanager.widgets.errors import show_error
from qubesmanager.mirror.dependencies import dependents
from qubesmanager.settings import uiload
from qubesmanager.settings.common import error_text


def removal_order(mirror, names: list[str]) -> list[str]:
    """Names sorted so that a qube referenced by another selected qube is
    removed after it."""
    chosen = set(names)
    refs = {n: {h for h, _p in dependents(mirror, n) if h in chosen} for n in names}
    order: list[str] = []
    pending = list(names)
    while pending:
        ready = [n for n in pending if not (refs[n] - set(order))]
        if not ready:  # a cycle: let qubesd report it
            ready = pending[:1]
        for n in ready:
            order.append(n)
            pending.remove(n)
    return order


class DeleteCancelled(Exception):
    """The user cancelled before this qube's turn: it was not touched."""


def remove_qubes(app, names: list[str], token=None) -> dict[str, Exception | None]:
    """Worker: remove each qube in order; a failure does not stop the rest,
    a cancel (``token``) does: the qubes not yet reached are left alone."""
    results: dict[str, Exception | None] = {}
    for name in names:
        if token is not None and token.cancelled:
            results[name] = DeleteCancelled(tr("not deleted: cancelled"))
            continue
        try:
            del app.domains[name]
            results[name] = None
        except Exception as err:  # reported per qube
            results[name] = err
    return results


class RemoveQubesDialog(QDialog):
    """``removed(dict)``: name -> None or the exception, when done."""

    removed = pyqtSignal(dict)

    def __init__(self, mirror, names, parent=None):
        super().__init__(parent)
        uiload.load("dialog_remove", self)
        keep_wrapped_text_visible(self, 56)  # wrapped labels stay whole
        self.setAttribute(Qt.WA_DeleteOnClose, True)  # closed dialogs let go
        self.mirror = mirror
        self.names = [n for n in names]
        self.setWindowTitle(tr("Delete %s") % self.names[0] if len(self.names) == 1
                            else tr("Delete %d qubes") % len(self.names))
        self.ok_button = self.button_box.button(QDialogButtonBox.Ok)
        self.ok_button.setText(tr("Delete"))
        self.ok_button.setDefault(False)
        self.button_box.button(QDialogButtonBox.Cancel).setDefault(True)
        self.button_box.accepted.connect(self.remove)
        self.button_box.rejected.connect(self.reject)
        self.confirm_edit.textChanged.connect(self._validate)
        self._busy = False
        self._token = CancelToken()
        self.results: dict | None = None
        self.status_label.setText("")
        self.refresh()
        for signal in (mirror.qube_changed, mirror.state_changed):
            signal.connect(self._on_change)

    def _on_change(self, *_args) -> None:
        if not self._busy and self.results is None:
            self.refresh()

    def confirmation_text(self) -> str:
        """What the user must type: the name, or the count for several."""
        return self.names[0] if len(self.names) == 1 else str(len(self.names))

    def refresh(self) -> None:
        """Recompute blockers from the mirror (it changes while we are open)."""
        chosen = set(self.names)
        self.qubes_list.clear()
        self.dependents_list.clear()
        self.blockers: list[str] = []
        for name in self.names:
            rec = self.mirror.get(name)
            if rec is None:
                self.blockers.append(tr("%s does not exist any more.") % name)
                continue
            note = []
            if rec.is_admin:
                self.blockers.append(tr("dom0 cannot be deleted."))
            if not rec.is_halted and not rec.is_admin:
                note.append(tr("running"))
                self.blockers.append(tr("%s is running: shut it down first.") % name)
            if rec.value("installed_by_rpm"):
                note.append(tr("installed by the package manager"))
                self.blockers.append(tr("%s was installed by the package manager: remove "
                                        "its package instead.") % name)
            text = f"{name} ({rec.klass})"
            if note:
                text += " — " + ", ".join(note)
            self.qubes_list.addItem(QListWidgetItem(text))
            for holder, prop in dependents(self.mirror, name):
                if holder in chosen:
                    continue
                where = tr("global setting %s") % prop if not holder else \
                    tr("%s of %s") % (prop, holder)
                self.dependents_list.addItem(tr("%s — uses %s") % (where, name))
        deps = self.dependents_list.count()
        self.dependents_list.setVisible(deps > 0)
        if deps:
            self.blockers.append(tr("%d settings still use the qubes to delete.") % deps)
            self.dependents_label.setText(tr(
                "These settings use the qubes and must be changed first (in the qube's "
                "settings or the global settings):"))
        else:
            self.dependents_label.setText(tr("No other qube or global setting uses them."))
        self.intro_label.setText(
            tr("Deleting removes the qubes and all their data for good. This cannot be "
               "undone; make a backup first if you may need them."))
        self.confirm_label.setText(
            tr("Type <b>%s</b> to confirm:") % self.confirmation_text()
            if len(self.names) == 1 else
            tr("Type the number of qubes to delete (<b>%s</b>) to confirm:")
            % self.confirmation_text())
        self._validate()

    def _validate(self, *_args) -> None:
        confirmed = self.confirm_edit.text().strip() == self.confirmation_text()
        ok = confirmed and not self.blockers and not self._busy and self.results is None
        self.ok_button.setEnabled(ok)
        if self.blockers and self.results is None and not self._busy:
            self.status_label.setText("\n".join(self.blockers))

    def remove(self) -> None:
        self._validate()
        if not self.ok_button.isEnabled():
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.confirm_edit.setEnabled(False)
        order = removal_order(self.mirror, self.names)
        self.status_label.setText(tr("Deleting %s…") % ", ".join(order))
        self._token = CancelToken()
        self.mirror.run(remove_qubes, self.mirror.app, order, self._token,
                        on_result=self._done, on_error=lambda e: self._done(
                            {n: e for n in order}))

    def reject(self) -> None:
        """Cancel or Esc while deleting: stop after the qube being deleted
        (its removal cannot be interrupted) instead of hiding the dialog."""
        if not self._busy:
            super().reject()
            return
        if not self._token.cancelled:
            self._token.cancel()
            self.button_box.button(QDialogButtonBox.Cancel).setEnabled(False)
            self.status_label.setText(tr("Stopping after the qube being deleted…"))

    def _done(self, results: dict) -> None:
        self._busy = False
        self.results = results
        self.removed.emit(results)
        self.button_box.button(QDialogButtonBox.Cancel).setEnabled(True)
        skipped = [n for n, e in results.items() if isinstance(e, DeleteCancelled)]
        failed = {n: e for n, e in results.items()
                  if e is not None and n not in skipped}
        if not failed and not skipped:
            self.accept()
            return
        lines = [tr("%s: %s") % (n, error_text(e)) for n, e in failed.items()]
        done = [n for n, e in results.items() if e is None]
        if done:
            lines.insert(0, tr("Deleted: %s") % ", ".join(done))
        if skipped:
            lines.append(tr("Not deleted (cancelled): %s") % ", ".join(skipped))
        self.ok_button.setEnabled(False)
        self.button_box.button(QDialogButtonBox.Cancel).setText(tr("Close"))
        if not failed:
            self.status_label.setText("\n".join(lines))
            return
        self.status_label.setText(tr("Some qubes could not be deleted:") + "\n"
                                  + "\n".join(lines))
        self.error_box = show_error(self, tr("Delete qubes"), "\n".join(lines),
                                    tr("Some qubes could not be deleted."))
