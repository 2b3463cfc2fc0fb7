"""The Qt-side mirror of the Qubes system, shared by every view."""

from qubesmanager.mirror.record import LabelInfo, QubeRecord  # noqa: F401
from qubesmanager.mirror.mirror import Mirror  # noqa: F401
