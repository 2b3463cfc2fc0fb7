"""Backups in the sandbox: profiles, selection, the archive job, imports.

``admin.backup.*`` and ``admin.vm.volume.Import*`` (methods/backup.py) use
these modules; the archive bytes come from :mod:`qubesmanager.backupformat`
so what the sandbox writes is what our restore (and the real one) reads.
"""
