"""A clone the user can cancel (clone dialog, rename).

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


def _roll_back(app, name: str) -> None:
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
        _roll_back(app, name)
        raise CloneCancelled(tr("Cloning was cancelled; the copy %s was "
                                "removed.") % name)
    return vm
