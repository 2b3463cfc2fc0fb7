"""Load Qt Designer forms from the top-level ``ui/`` folder.

``load_ui("settings_basic", widget)`` builds the form ``ui/settings_basic.ui``
into ``widget`` (PyQt5.uic at run time: no generated code to keep in sync)
and returns ``widget``; the form's named children become its attributes.

The folder is found inside the installed package (``qubesmanager/ui``,
copied there by setup.py's build step) or, in a checkout or editable
install, next to the package.
"""

from __future__ import annotations

import os
from pathlib import Path

from PyQt5 import uic

_PACKAGE_DIR = Path(__file__).resolve().parent


def ui_dir() -> Path:
    """Folder holding the ``.ui`` files (installed package first, then checkout)."""
    env = os.environ.get("QUBESMANAGER_UI_DIR")
    candidates = ([Path(env)] if env else []) + [
        _PACKAGE_DIR / "ui", _PACKAGE_DIR.parent / "ui"]
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.glob("*.ui")):
            return candidate
    raise FileNotFoundError(
        f"no ui/ folder with .ui files next to {_PACKAGE_DIR}")


def ui_path(name: str) -> Path:
    """Path of one form; ``name`` without ``.ui`` (a ``.ui`` suffix is accepted)."""
    if name.endswith(".ui"):
        name = name[:-3]
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not a form name: {name!r}")
    path = ui_dir() / f"{name}.ui"
    if not path.is_file():
        raise FileNotFoundError(f"no form {name!r} in {path.parent}")
    return path


def load_ui(name: str, widget):
    """Build form ``ui/<name>.ui`` into ``widget`` and return ``widget``.

    Strings in the form go through ``QCoreApplication.translate`` with the
    form's class name as context, which is what pylupdate5 extracts.
    """
    uic.loadUi(str(ui_path(name)), widget)
    return widget
