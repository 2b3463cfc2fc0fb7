"""The eight default labels (admin-api.md 6.6): index, name, colour."""

DEFAULT_LABELS = (
    (1, "red", 0xCC0000),
    (2, "orange", 0xF57900),
    (3, "yellow", 0xEDD400),
    (4, "green", 0x73D216),
    (5, "gray", 0x555555),
    (6, "blue", 0x3465A4),
    (7, "purple", 0x75507B),
    (8, "black", 0x000000),
)


def colour_text(colour: int) -> str:
    """Colour as ``admin.label.Get`` returns it: ``0xrrggbb``."""
    return f"0x{colour:06x}"
