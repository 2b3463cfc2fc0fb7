"""A clone (or creation) the user can cancel: clone, create, rename.

qubesd copies a volume in one ``admin.vm.volume.CloneTo`` call that cannot
be interrupted, and ``app.clone_vm`` offers no hook between its steps.  So
a cancel is honoured the only safe way: the call under way finishes, then
the new qube is removed again and :class:`CloneCancelled` is raised.  The
user gets what they asked for (no copy) and is told why it takes a moment.
"""

from __future__ import annotations

import logging
import threading

from PyQt5.QtCore import QCoreApplication
from PyQt5.QtWidgets import QDialogButtonBox, QProgressBar

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class CloneCancelled(Exception):
    """The user cancelled; the half-made or finished copy was removed."""


class CancelToken:
    """Set from the UI thread, read by the worker (a thread-safe flag)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


def remove_cancelled(app, name: str) -> None:
    """Remove the qube a cancelled job made; CloneCancelled either way."""
    try:
        del app.domains[name]
    except Exception as err:  # noqa: BLE001 - report it with the cancel
        log.warning("could not remove cancelled clone %s: %s", name, err)
        raise CloneCancelled(
            tr("Cloning was cancelled, but the new qube %s could not be "
               "removed: %s") % (name, err)) from err


def cancellable_clone(app, src: str, name: str, token: CancelToken, **kwargs):
    """Worker: ``app.clone_vm``; if ``token`` was cancelled meanwhile,
    remove the copy and raise :class:`CloneCancelled`.  Returns the qube."""
    if token.cancelled:
        raise CloneCancelled(tr("Cloning was cancelled before it started."))
    vm = app.clone_vm(app.domains[src], name, **kwargs)
    if token.cancelled:
        remove_cancelled(app, name)
        raise CloneCancelled(tr("Cloning was cancelled; the copy %s was "
                                "removed.") % name)
    return vm


class CancellableDialog:
    """Mixin for a QDialog (``status_label``, ``button_box``) that runs one
    long job: a busy bar while it runs (qubesd reports no percentage for a
    volume copy), and Cancel, Esc or closing the window cancel the job
    instead of hiding it while it goes on unseen.  Put it before QDialog."""

    def setup_cancel(self, accessible_name: str) -> None:
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(accessible_name)
        self.busy_bar.hide()
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.status_label), self.busy_bar)
        self.cancel_button = self.button_box.button(QDialogButtonBox.Cancel)
        self.token = CancelToken()
        self._job_running = False

    def job_started(self) -> CancelToken:
        """Call when the job starts; pass the token to the worker."""
        self.token = CancelToken()
        self._job_running = True
        self.busy_bar.show()
        return self.token

    def job_ended(self, err=None) -> bool:
        """Call from the result or error callback.  True when ``err`` is a
        completed cancel: the dialog was closed, nothing else to do."""
        self._job_running = False
        self.busy_bar.hide()
        self.cancel_button.setEnabled(True)
        if isinstance(err, CloneCancelled) and err.__cause__ is None:
            self.status_label.setText(str(err))
            super().reject()
            return True
        return False

    def reject(self) -> None:
        if not getattr(self, "_job_running", False):
            super().reject()
            return
        if not self.token.cancelled:
            self.token.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(tr(
                "Cancelling: the disk copy under way cannot be interrupted; "
                "the new qube is removed as soon as it ends…"))
