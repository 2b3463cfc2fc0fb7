"""Method groups: importing this package registers every handler.

Modules that do not exist yet (plug-ins still being written) are skipped,
so the core can run with any subset of the groups.
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger("qubesmanager.sandbox.methods")

#: Method modules in registration order (core first, then plug-ins).
MODULES = (
    "vm", "properties", "features", "tags", "labels", "lifecycle", "power",
    "events", "bulk",
    # plug-ins of the other subsystems
    "volumes", "pools", "firewall", "devices", "notes", "backup",
)


def load_all() -> list[str]:
    """Import every method module that exists; return the loaded names."""
    loaded = []
    for name in MODULES:
        full = f"{__name__}.{name}"
        try:
            importlib.import_module(full)
        except ModuleNotFoundError as err:
            if err.name != full:
                raise  # a real import error inside an existing module
            continue
        loaded.append(name)
    return loaded
