"""Global settings window."""
