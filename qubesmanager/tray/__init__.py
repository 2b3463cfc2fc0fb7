"""tray package."""
