"""Qubes Manager: the desktop management suite of Qubes OS (PyQt5).

Layers (see ARCHITECTURE in the README): ``admin`` (the Admin API client,
the only door to Qubes), ``sandbox`` (a simulated qubesd), ``mirror`` (the
Qt-side copy of the whole system, kept current by events) and the views
(``manager``, ``tray``, ``settings``, ``backup``, ``restore``,
``templates``, ``dialogs``, ``widgets``).
"""

__version__ = "0.1.0"
