"""Method groups: importing this package registers every handler.

Modules that do not exist yet (plug-ins still being written) are skipped,
so the core can run with any subset of the groups.
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger("qubesmanager.sandbox.methods")

#: Core method modules (an import error here is fatal).
CORE = ("vm", "properties", "features", "tags", "labels", "lifecycle",
        "power", "events", "bulk")
#: Plug-in method modules of the other subsystems (a broken one is logged
#: and skipped, so the rest of the daemon still serves).
PLUGINS = ("volumes", "pools", "firewall", "devices", "notes", "backup")
MODULES = CORE + PLUGINS


def load_all() -> list[str]:
    """Import every method module that exists; return the loaded names."""
    loaded = []
    for name in MODULES:
        full = f"{__name__}.{name}"
        try:
            importlib.import_module(full)
        except ModuleNotFoundError as err:
            if err.name == full:
                continue  # not written yet
            if name in CORE:
                raise
            log.exception("method plug-in %s failed to import", name)
            continue
        except Exception:
            if name in CORE:
                raise
            log.exception("method plug-in %s failed to import", name)
            continue
        loaded.append(name)
    return loaded
