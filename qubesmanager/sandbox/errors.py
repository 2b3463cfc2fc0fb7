"""Errors a sandbox handler raises to send an exception frame.

A handler that raises :class:`QubesdError` (or a subclass) gets an
exception frame with the wire class name and message it carries.  Any other
Python exception is treated like upstream treats a non-reportable error:
logged, and the connection is closed with no response at all (the client
sees ``QubesDaemonAccessError``).  Messages must not echo user text that
contains ``%`` (admin-api.md 5.4); :func:`safe` helps with that.
"""

from __future__ import annotations


class QubesdError(Exception):
    """An error the daemon reports as ``2\\0<class>\\0\\0<message>\\0``."""

    def __init__(self, class_name: str, message: str) -> None:
        super().__init__(message)
        self.class_name = class_name
        self.message = message

    def __repr__(self) -> str:
        return f"{self.class_name}({self.message!r})"


def safe(text: object) -> str:
    """User-provided text made safe to echo in a message (no ``%``)."""
    return str(text).replace("%", "_")


# Small constructors for the classes raised in many places; the wire name
# is the upstream class name (admin-api.md 5.1).

def ProtocolError(message: str) -> QubesdError:  # noqa: N802 - wire name
    return QubesdError("ProtocolError", message)


def PermissionDenied(message: str) -> QubesdError:  # noqa: N802
    return QubesdError("PermissionDenied", message)


def QubesException(message: str) -> QubesdError:  # noqa: N802
    return QubesdError("QubesException", message)


def QubesValueError(message: str) -> QubesdError:  # noqa: N802
    return QubesdError("QubesValueError", message)


def QubesPropertyValueError(message: str) -> QubesdError:  # noqa: N802
    return QubesdError("QubesPropertyValueError", message)


def VMNotFound(name: str) -> QubesdError:  # noqa: N802
    return QubesdError("QubesVMNotFoundError",
                       f"No such domain: '{safe(name)}'")


def NoSuchProperty(prop: str, holder: str) -> QubesdError:  # noqa: N802
    return QubesdError("QubesNoSuchPropertyError",
                       f"Invalid property '{safe(prop)}' of {holder}")


def LabelNotFound(label: str) -> QubesdError:  # noqa: N802
    return QubesdError("QubesLabelNotFoundError",
                       f"Label does not exist: {safe(label)}")


def NotHalted(name: str, message: str | None = None) -> QubesdError:  # noqa: N802
    return QubesdError("QubesVMNotHaltedError",
                       message or f"Domain is not powered off: '{name}'")


def NotStarted(name: str) -> QubesdError:  # noqa: N802
    return QubesdError("QubesVMNotStartedError",
                       f"Domain is powered off: '{name}'")


def NotRunning(name: str) -> QubesdError:  # noqa: N802
    return QubesdError(
        "QubesVMNotRunningError",
        f"Domain not running (either powered off or paused): '{name}'")


def NotPaused(name: str) -> QubesdError:  # noqa: N802
    return QubesdError("QubesVMNotPausedError",
                       f"Domain is not paused: '{name}'")


def InUse(message: str) -> QubesdError:  # noqa: N802
    return QubesdError("QubesVMInUseError", message)
