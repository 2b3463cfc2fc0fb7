"""The mirror's per-qube record: everything the views read about one qube.

Filled from ``admin.vm.List`` (name, class, state), one
``admin.vm.property.GetAll`` (props), the bulk feature/tag reads and then
kept current by events.  Views read it; only the mirror writes it.
"""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from qubesmanager.admin.wire import PropertyValue
from qubesmanager.common import states


class LabelInfo(NamedTuple):
    """A label as ``admin.label.Index`` / ``admin.label.Get`` report it."""

    index: int
    colour: int


# slots: no per-record __dict__ (about 1 KiB each, 1 MiB at 1,000 qubes).
@dataclasses.dataclass(eq=False, slots=True)
class QubeRecord:
    """One qube as the mirror knows it.

    ``disk`` is ``{volume: (size, usage)}`` once the background disk pass
    reached this qube (None before); ``has_notes`` likewise is None until the
    notes were read.  ``loaded`` is True once the properties arrived (a row
    may exist earlier with only name, class and state).
    """

    name: str
    klass: str = ""
    state: str = states.UNKNOWN
    uuid: str = ""
    props: dict[str, PropertyValue] = dataclasses.field(default_factory=dict)
    features: dict[str, str] = dataclasses.field(default_factory=dict)
    tags: set[str] = dataclasses.field(default_factory=set)
    stats: dict = dataclasses.field(default_factory=dict)
    disk: dict[str, tuple[int, int]] | None = None
    has_notes: bool | None = None
    loaded: bool = False
    #: Running with an older state of its template (the template was shut
    #: down, saving changes, after this qube started): restart to apply.
    outdated: bool = False
    #: Power state as it was before a transient event, to undo a failed
    #: shutdown (``domain-shutdown-failed``) without a call.
    previous_state: str = ""

    # ------------------------------------------------------------------
    # typed accessors

    def value(self, prop: str):
        """Typed value of ``prop``: int, bool, str, a qube name, or None.

        None when the property is absent, not loaded yet, or has no value
        (an empty ``vm`` reference, an unset int).
        """
        pv = self.props.get(prop)
        if pv is None:
            return None
        return typed(pv)

    def text(self, prop: str, default: str = "") -> str:
        """Raw text of ``prop`` (as on the wire), ``default`` if absent."""
        pv = self.props.get(prop)
        return default if pv is None else pv.text

    def is_default(self, prop: str) -> bool:
        """True when ``prop`` has no explicitly stored value."""
        pv = self.props.get(prop)
        return True if pv is None else pv.is_default

    def feature(self, name: str, default: str | None = None) -> str | None:
        """Feature value (strings; empty string means false)."""
        return self.features.get(name, default)

    def feature_on(self, name: str) -> bool:
        """Features are true when present and non-empty (qubes convention)."""
        return bool(self.features.get(name))

    # ------------------------------------------------------------------
    # facts the views ask often, in one place

    @property
    def is_admin(self) -> bool:
        return self.klass == "AdminVM"

    @property
    def is_running(self) -> bool:
        """Uses memory: anything but halted, crashed or unknown."""
        return self.state in states.ACTIVE

    @property
    def is_halted(self) -> bool:
        return self.state == states.HALTED

    @property
    def internal(self) -> bool:
        return self.feature_on("internal")

    @property
    def label(self) -> str | None:
        return self.value("label")

    @property
    def template(self) -> str | None:
        return self.value("template")

    @property
    def netvm(self) -> str | None:
        return self.value("netvm")

    @property
    def provides_network(self) -> bool:
        return bool(self.value("provides_network"))

    @property
    def is_disposable_template(self) -> bool:
        return bool(self.value("template_for_dispvms"))

    @property
    def disk_usage(self) -> int | None:
        """Bytes used by the qube's own volumes (kernel volume left out:
        it is shared by every qube using that kernel)."""
        if self.disk is None:
            return None
        return sum(usage for vol, (_size, usage) in self.disk.items()
                   if vol != "kernel")


def typed(pv: PropertyValue):
    """Convert a wire PropertyValue into the Python value views use."""
    text = pv.text
    if pv.type == "bool":
        if text == "":
            return None
        return text == "True"
    if pv.type == "int":
        if text == "":
            return None
        try:
            return int(text)
        except ValueError:
            return None
    if pv.type in ("vm", "label"):
        return text or None
    return text
