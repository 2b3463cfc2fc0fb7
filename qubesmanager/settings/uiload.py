"""Load a Designer file from the top-level ``ui/`` into a widget.

Goes through the shared ``qubesmanager.uiloader.load_ui`` when it exists
(it adds translation and icon handling); falls back to ``uic.loadUi`` on
the same file so the settings and dialogs work either way.
"""

from __future__ import annotations

from pathlib import Path

from PyQt5 import uic
from PyQt5.QtWidgets import QWidget

UI_DIR = Path(__file__).resolve().parents[2] / "ui"


def load(name: str, widget: QWidget) -> QWidget:
    """Load ``ui/<name>.ui`` into ``widget`` (widgets become attributes)."""
    try:
        from qubesmanager.uiloader import load_ui
    except ImportError:
        load_ui = None
    if load_ui is not None:
        load_ui(name, widget)
    else:
        uic.loadUi(str(UI_DIR / f"{name}.ui"), widget)
    return widget
