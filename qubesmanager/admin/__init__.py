"""The Admin API client (no Qt).

``connect()`` gives the system ``qubesadmin`` app when that library is
installed and no socket was asked for, else our :class:`QubesApp`.  Both
offer the same surface (docs/DESIGN.md, "Client surface").
"""

from __future__ import annotations

import os

from qubesmanager.admin import exc  # noqa: F401  (qubesadmin.exc names)
from qubesmanager.admin.app import QubesApp
from qubesmanager.admin.base import DEFAULT
from qubesmanager.admin.events import EventsDispatcher, StatsDispatcher

__all__ = ["connect", "QubesApp", "DEFAULT", "EventsDispatcher",
           "StatsDispatcher", "exc", "is_ours"]


def connect(socket: str | None = None, *, prefer_system: bool = True):
    """The client to use.

    ``socket`` (or ``QUBESD_SOCKET``) means a specific qubesd or sandbox:
    always our client.  Otherwise the system ``qubesadmin.Qubes()`` when
    importable (dom0 or a management qube with the library), else ours with
    the transport that fits the machine.
    """
    if socket is None and prefer_system and not os.environ.get("QUBESD_SOCKET"):
        try:
            import qubesadmin  # type: ignore[import-not-found]
        except ImportError:
            pass
        else:
            return qubesadmin.Qubes()
    return QubesApp(socket)


def is_ours(app) -> bool:
    """True for our client (it has ``call_counts``, ``load_all``)."""
    return isinstance(app, QubesApp)
