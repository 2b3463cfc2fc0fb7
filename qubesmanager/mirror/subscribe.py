"""Connect a view to the mirror's signals in one place, and let it go again.

Views name the signals they follow once (``subscribe(mirror,
qube_changed=self._on_changed, ...)``); the returned subscription undoes
exactly those connections, so a window that outlives its use (hidden, not
yet deleted) stops reacting without a second list to keep in step.
"""

from __future__ import annotations


class Subscription:
    """Mirror signals connected to slots; :meth:`close` disconnects them."""

    def __init__(self, mirror, slots: dict) -> None:
        self._pairs = []
        for signal_name, slot in slots.items():
            signal = getattr(mirror, signal_name)  # AttributeError: a typo
            signal.connect(slot)
            self._pairs.append((signal, slot))

    def close(self) -> None:
        """Disconnect every slot (again is harmless)."""
        pairs, self._pairs = self._pairs, []
        for signal, slot in pairs:
            try:
                signal.disconnect(slot)
            except TypeError:  # already gone with its receiver
                pass


def subscribe(mirror, **slots) -> Subscription:
    """Connect ``mirror.<signal>`` to each slot given by signal name."""
    return Subscription(mirror, slots)
