"""Exception classes with the names and hierarchy of ``qubesadmin.exc``.

GUI code catches these names; with the system qubesadmin installed it gets
the system classes instead (see :func:`qubesmanager.admin.connect`), so the
two must agree.  :func:`from_remote` turns a daemon's exception frame into
an instance the way the upstream client does (admin-api.md 5.1).
"""

from __future__ import annotations

import builtins


class QubesException(Exception):
    """Base of every Qubes error the daemon reports."""


class _KeyErrorMessage:
    """KeyError subclasses keep a readable ``str()`` (no quotes)."""

    def __str__(self) -> str:
        return Exception.__str__(self)  # type: ignore[arg-type]


class QubesVMNotFoundError(_KeyErrorMessage, QubesException, KeyError):
    """No qube of that name."""


class QubesVMInvalidUUIDError(QubesException):
    """Malformed ``uuid:`` destination."""


class QubesVMError(QubesException):
    """A qube is in the wrong state for the request."""


class QubesVMInUseError(QubesVMError):
    """Still referenced or used by other qubes."""


class QubesVMNotStartedError(QubesVMError):
    """The qube is powered off."""


class QubesVMNotRunningError(QubesVMNotStartedError):
    """The qube is powered off or paused."""


class QubesVMNotPausedError(QubesVMNotStartedError):
    """The qube is not paused."""


class QubesVMNotSuspendedError(QubesVMError):
    """The qube is not suspended."""


class QubesVMNotHaltedError(QubesVMError):
    """The qube is not powered off."""


class QubesVMShutdownTimeoutError(QubesVMError):
    """The qube did not halt in time."""


class QubesNoTemplateError(QubesVMError):
    """The qube's template is missing."""


class QubesPoolInUseError(QubesException):
    """The storage pool still holds volumes."""


class QubesValueError(QubesException, ValueError):
    """A value was refused."""


class QubesPropertyValueError(QubesValueError):
    """A property value was refused."""


class QubesNoSuchPropertyError(QubesException, AttributeError):
    """No property of that name."""


class QubesNotImplementedError(QubesException, NotImplementedError):
    """Not available on this system."""


class BackupCancelledError(QubesException):
    """The backup was cancelled."""


class BackupAlreadyRunningError(QubesException):
    """The backup profile is already running."""


class QubesMemoryError(QubesVMError, MemoryError):
    """Not enough memory to start a qube."""


class QubesFeatureNotFoundError(_KeyErrorMessage, QubesException, KeyError):
    """Feature not set."""


class QubesTagNotFoundError(_KeyErrorMessage, QubesException, KeyError):
    """Tag not set."""


class QubesLabelNotFoundError(_KeyErrorMessage, QubesException, KeyError):
    """No such label."""


class ProtocolError(AssertionError):
    """The request broke the protocol (not a QubesException upstream)."""


class PermissionDenied(Exception):
    """Refused by policy (not a QubesException upstream)."""


class StoragePoolException(QubesException):
    """A storage driver refused the operation."""


class DeviceNotAssigned(_KeyErrorMessage, QubesException, KeyError):
    """Device not assigned/attached."""


class DeviceAlreadyAttached(_KeyErrorMessage, QubesException, KeyError):
    """Device already attached."""


class DeviceAlreadyAssigned(_KeyErrorMessage, QubesException, KeyError):
    """Device already assigned."""


class UnrecognizedDevice(QubesException, ValueError):
    """Unknown device."""


class UnexpectedDeviceProperty(QubesException, ValueError):
    """Device properties disagree with the argument."""


# Client-only classes: never sent by a server.

class QubesDaemonCommunicationError(QubesException):
    """Cannot talk to qubesd, or it answered something unreadable."""


class QubesDaemonAccessError(QubesDaemonCommunicationError):
    """Empty response or refused qrexec call."""


QubesDaemonNoResponseError = QubesDaemonAccessError


class QubesPropertyAccessError(QubesDaemonAccessError, AttributeError):
    """A property could not be read."""

    def __init__(self, prop: str) -> None:
        super().__init__(f"Failed to access '{prop}' property")
        self.prop = prop


class BackupRestoreError(QubesException):
    """Restoring a backup failed."""

    def __init__(self, msg: str, backup_log: bytes | None = None) -> None:
        super().__init__(msg)
        self.backup_log = backup_log


class QubesNotesError(QubesException):
    """Reading or writing notes failed."""


def from_remote(class_name: str, message: str) -> BaseException:
    """Build the exception the upstream client would raise for a frame.

    Known name -> our class; otherwise a built-in of that name if it ends in
    ``Error``; otherwise QubesException.  The message is used verbatim (no
    ``%`` formatting, see admin-api.md 5.4).
    """
    cls = globals().get(class_name)
    if isinstance(cls, type) and issubclass(cls, BaseException) \
            and not class_name.startswith("_"):
        if cls is QubesPropertyAccessError:
            return QubesPropertyAccessError(message)
        exc = cls(message)
    elif class_name.endswith("Error") and isinstance(
            getattr(builtins, class_name, None), type) and issubclass(
                getattr(builtins, class_name), Exception):
        exc = getattr(builtins, class_name)(message)
    else:
        exc = QubesException(message)
    exc.remote_class = class_name  # type: ignore[attr-defined]
    return exc
