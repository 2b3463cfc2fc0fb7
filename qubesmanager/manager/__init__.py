"""The Qube Manager main window (``qubes-qube-manager``)."""
