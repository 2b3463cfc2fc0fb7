"""The Qubes backup archive format, version 4 (backup-format.md section 2).

Shared by the sandbox's ``admin.backup.Execute`` (the writer) and our
restore engine (the reader), so the byte layout lives in one place:

* :mod:`.scryptfile` - the ``scrypt enc`` container around every member,
* :mod:`.header` - ``backup-header`` text and its rules,
* :mod:`.compress` - the compression filters,
* :mod:`.tarblocks` - outer tar members and inner (sparse) tar members,
* :mod:`.writer` / :mod:`.reader` - whole archives, chunked and encrypted,
* :mod:`.qubesxml` - the qubes.xml copy inside the backup.

No Qt, no Admin API.
"""

#: Compressed inner streams are cut into pieces of this size (2.9).
CHUNK_SIZE = 100 * 1024 * 1024
