"""Readable error dialogs: a plain summary, the daemon's message in details.

Every failure the user should see goes through :func:`show_error`, so the
daemon's exception class and text reach the user the same way everywhere
(and tests can find the dialog by its accessible name).
"""

from __future__ import annotations

import logging
import traceback

from PyQt5.QtCore import QCoreApplication, Qt
from PyQt5.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

#: Dialogs without a parent are kept alive here until closed (nothing else
#: holds a reference to them).
_orphans: set = set()


def _keep(box: QMessageBox) -> QMessageBox:
    if box.parent() is None:
        _orphans.add(box)
        box.finished.connect(lambda _r, b=box: _orphans.discard(b))
    return box


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def describe(exc_or_text) -> tuple[str, str]:
    """(message, details) for an exception or a plain text.

    The message is the daemon's text (what ``qvm-*`` would print); details
    name the exception class, so "QubesVMNotHaltedError" is searchable.
    """
    if isinstance(exc_or_text, BaseException):
        text = str(exc_or_text) or type(exc_or_text).__name__
        if isinstance(exc_or_text, KeyError) and text.startswith("'") \
                and text.endswith("'"):
            text = text[1:-1]
        details = f"{type(exc_or_text).__name__}: {text}"
        return text, details
    return str(exc_or_text), ""


def error_box(parent: QWidget | None, title: str, exc_or_text,
              summary: str | None = None) -> QMessageBox:
    """Build (without showing) the error dialog :func:`show_error` shows."""
    message, details = describe(exc_or_text)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(title)
    box.setAccessibleName("error-dialog")
    box.setText(summary or title)
    box.setInformativeText(message)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.Ok)
    box.setAttribute(Qt.WA_DeleteOnClose)
    return box


def show_error(parent: QWidget | None, title: str, exc_or_text,
               summary: str | None = None) -> QMessageBox:
    """Show a non-blocking error dialog and return it.

    Non-modal on purpose: an error from a background call must not stop
    the window from repainting or other actions from finishing.
    """
    if isinstance(exc_or_text, BaseException):
        log.info("%s: %s", title, "".join(
            traceback.format_exception_only(type(exc_or_text), exc_or_text)).strip())
    box = error_box(parent, title, exc_or_text, summary)
    box.setWindowModality(Qt.NonModal)
    box.show()
    return _keep(box)


def show_bug(parent: QWidget | None, exc_type, exc_value, tb) -> QMessageBox:
    """The excepthook's dialog: a bug in our code, the app keeps running."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(_tr("Unexpected error"))
    box.setAccessibleName("bug-dialog")
    box.setText(_tr("An unexpected error occurred. The application keeps "
                    "running; the last action may not have completed."))
    box.setInformativeText(f"{exc_type.__name__}: {exc_value}")
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc_value, tb)))
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.setWindowModality(Qt.NonModal)
    box.show()
    return _keep(box)
