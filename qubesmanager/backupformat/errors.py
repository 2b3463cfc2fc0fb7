"""Errors raised while reading or writing a v4 archive.

Each one says in plain words what is wrong with the archive, because the
restore wizard shows the message to the user as is.
"""


class BackupFormatError(Exception):
    """The archive is not a readable Qubes v4 backup."""


class WrongPassphrase(BackupFormatError):
    """The scrypt header HMAC did not match: wrong passphrase, or a member
    renamed or swapped in (the passphrase binds each chunk to its name)."""


class CorruptedData(BackupFormatError):
    """Authenticated data was altered (final HMAC mismatch) or is invalid."""


class TruncatedArchive(BackupFormatError):
    """The archive ends before all announced data was read."""


class UnexpectedMember(BackupFormatError):
    """A member name breaks the layout rules (order, suffix, path)."""


class Cancelled(Exception):
    """The caller asked to stop (backup or restore cancel)."""
