"""Where an archive is read from: a dom0 file, or a file inside a qube.

On the sandbox a qube's file system is the directory
``<state-dir>/qubes-dirs/<qube>/`` (the same place the sandbox's backup
writes to), so "a path in a qube" is read from there, confined to it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from qubesmanager.backupformat.qubedirs import OutsideQube, resolve_in_qube

from .messages import QT_TRANSLATE_NOOP, Message, TranslatableError


class SourceError(TranslatableError):
    """The archive location cannot be used."""


class ArchiveSource:
    """An archive file that can be opened again for each pass."""

    def __init__(self, path: str | os.PathLike, description: str) -> None:
        # description: a Message when it should be translated for display
        self.path = Path(path)
        self.description = description

    def open(self) -> BinaryIO:
        try:
            return open(self.path, "rb")
        except OSError as err:
            raise SourceError(Message(QT_TRANSLATE_NOOP(
                "RestoreEngine", "Cannot open the backup {where}: {error}"),
                where=self.description,
                error=err.strerror or err)) from None

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def open_source(qube: str, path: str,
                state_dir: str | os.PathLike | None) -> ArchiveSource:
    """The archive at ``path`` in ``qube`` (dom0 = a local file)."""
    if not path:
        raise SourceError(Message(QT_TRANSLATE_NOOP(
            "RestoreEngine", "No backup location given.")))
    if qube == "dom0":
        return ArchiveSource(os.path.expanduser(path), Message(
            QT_TRANSLATE_NOOP("RestoreEngine", "file {path}"), path=path))
    if state_dir is None:
        raise SourceError(Message(QT_TRANSLATE_NOOP(
            "RestoreEngine",
            "Reading a backup from a qube needs the qubes.Restore service, "
            "which this tool does not run; copy the archive to dom0 first.")))
    try:
        full = resolve_in_qube(state_dir, qube, path)
    except OutsideQube as err:
        raise SourceError(str(err)) from None
    return ArchiveSource(full, Message(QT_TRANSLATE_NOOP(
        "RestoreEngine", "{path} in qube {qube}"), path=path, qube=qube))
