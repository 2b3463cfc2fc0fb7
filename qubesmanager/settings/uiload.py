"""Load a Designer file from the top-level ``ui/`` into a widget.

A thin alias of the shared :func:`qubesmanager.uiloader.load_ui` (which
routes the form's strings through Qt translation), kept so the settings
and dialog modules name one helper.
"""

from __future__ import annotations

from PyQt5.QtWidgets import QWidget

from qubesmanager.uiloader import load_ui


def load(name: str, widget: QWidget) -> QWidget:
    """Load ``ui/<name>.ui`` into ``widget`` (widgets become attributes)."""
    return load_ui(name, widget)
