"""Simulated storage: pools, volumes backed by real sparse files, revisions.

Importing the package registers the :class:`~.subsystem.Storage` plug-in
with the sandbox core (see ``sandbox/plugins.py``).
"""

from .subsystem import Storage  # noqa: F401  (registers the plug-in)
