"""The Qt-side mirror of the Qubes system, shared by every view."""

from qubesmanager.mirror.record import LabelInfo, QubeRecord
from qubesmanager.mirror.mirror import Mirror

__all__ = ["Mirror", "QubeRecord", "LabelInfo"]
