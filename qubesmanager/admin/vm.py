"""Qube objects: typed properties plus power actions, features, tags,
volumes, firewall, devices and notes (the qubesadmin ``QubesVM`` surface).
"""

from __future__ import annotations

from qubesmanager.admin import exc, wire
from qubesmanager.admin.base import PropertyHolder
from qubesmanager.admin.features import Features
from qubesmanager.admin.tags import Tags
from qubesmanager.common import states


class QubeVM(PropertyHolder):
    """One qube; ``str(vm)`` is its name, equal to its name as a string."""

    def __init__(self, app, name: str) -> None:
        super().__init__(app, "admin.vm.property.", name)
        object.__setattr__(self, "_name", name)
        # Helpers are made on first use: the events dispatcher makes a
        # QubeVM for every event subject, and most are never asked for
        # their devices or firewall.
        for attr in ("_features", "_tags", "_volumes", "_firewall", "_devices"):
            object.__setattr__(self, attr, None)

    def _helper(self, attr: str, factory):
        value = getattr(self, attr)
        if value is None:
            value = factory(self)
            object.__setattr__(self, attr, value)
        return value

    def _holder_cache(self):
        return self._app._cache.holder(self._name)

    # -- identity -----------------------------------------------------------

    @property
    def name(self) -> str:
        return self._name

    @property
    def klass(self) -> str:
        """Class name from the vm.List column (a per-qube List if unlisted)."""
        info = self._app.domains.info(self._name)
        if info is None or "class" not in info:
            listed = wire.parse_vm_list(self._app.qubesd_call(
                self._name, "admin.vm.List").decode())
            info = listed.get(self._name, {})
        if "class" not in info:
            raise exc.QubesVMNotFoundError(f"No such domain: '{self._name}'")
        return info["class"]

    def __str__(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"<QubeVM {self._name}>"

    def __eq__(self, other) -> bool:
        if isinstance(other, QubeVM):
            return self._name == other._name
        if isinstance(other, str):
            return self._name == other
        return NotImplemented

    def __lt__(self, other) -> bool:
        if isinstance(other, QubeVM):
            return self._name < other._name
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._name)

    # -- collections ----------------------------------------------------------

    @property
    def features(self) -> Features:
        return self._helper("_features", Features)

    @property
    def tags(self) -> Tags:
        return self._helper("_tags", Tags)

    @tags.setter
    def tags(self, value) -> None:
        """``vm.tags = {...}``: add missing tags, remove the others."""
        tags = self.tags
        wanted = set(value)
        current = set(tags)
        for tag in current - wanted:
            tags.discard(tag)
        tags.update(wanted - current)

    @property
    def volumes(self):
        """:class:`~qubesmanager.admin.storage.VolumesCollection`."""
        from qubesmanager.admin.storage import VolumesCollection
        return self._helper("_volumes", VolumesCollection)

    @property
    def firewall(self):
        """:class:`~qubesmanager.admin.firewall.Firewall`."""
        from qubesmanager.admin.firewall import Firewall
        return self._helper("_firewall", Firewall)

    @property
    def devices(self):
        """:class:`~qubesmanager.admin.devices.DeviceManager`."""
        from qubesmanager.admin.devices import DeviceManager
        return self._helper("_devices", DeviceManager)

    # -- power --------------------------------------------------------------

    def get_power_state(self) -> str:
        """Halted, Running, Paused, …; NA when it cannot be read.

        Cached (vm.List column updated by events) when the cache is on,
        else one ``admin.vm.CurrentState``.
        """
        if self._app.cache_enabled:
            state = self._app.domains._known_state(self._name)
            if state is None:
                info = self._app.domains.info(self._name)
                state = info.get("state") if info else None
            if state:
                return state
        try:
            return self.get_current_state().get("power_state", states.UNKNOWN)
        except exc.QubesException:
            return states.UNKNOWN

    def get_current_state(self) -> dict[str, str]:
        """``admin.vm.CurrentState``: mem, mem_static_max, cputime, power_state."""
        text = self._app.qubesd_call(self._name,
                                     "admin.vm.CurrentState").decode()
        return wire.parse_key_values(text, sep=" ")

    def get_mem(self) -> int:
        """Memory in use, KiB (0 when halted)."""
        return int(self.get_current_state().get("mem", 0))

    def is_running(self) -> bool:
        """Running in the qubesadmin sense: anything but Halted/NA."""
        return self.get_power_state() not in (states.HALTED, states.UNKNOWN)

    def is_halted(self) -> bool:
        return self.get_power_state() == states.HALTED

    def is_paused(self) -> bool:
        return self.get_power_state() in (states.PAUSED, states.SUSPENDED)

    def _power(self, method: str, arg: str | None = None,
               then: str | None = None) -> None:
        """One power call; ``then`` is the state it leaves the qube in,
        noted in the cache at once so that a client without an events
        stream does not show the old state (the events will agree)."""
        self._app.qubesd_call(self._name, method, arg)
        if then is not None:
            self._app._cache.note_state(self._name, then)

    def start(self) -> None:
        """Start (netvm chain first); returns when fully started."""
        self._power("admin.vm.Start", then=states.RUNNING)

    def shutdown(self, force: bool = False, wait: bool = False) -> None:
        """Ask the qube to shut down; ``force`` ignores connected clients."""
        words = [w for w, on in (("force", force), ("wait", wait)) if on]
        self._power("admin.vm.Shutdown", "+".join(words) or None,
                    then=states.HALTED if wait else None)

    def kill(self) -> None:
        self._power("admin.vm.Kill", then=states.HALTED)

    def pause(self) -> None:
        self._power("admin.vm.Pause", then=states.PAUSED)

    def unpause(self) -> None:
        self._power("admin.vm.Unpause", then=states.RUNNING)

    def suspend(self) -> None:
        self._power("admin.vm.Suspend")

    def resume(self) -> None:
        self._power("admin.vm.Resume")

    # -- life cycle -----------------------------------------------------------

    def remove(self) -> None:
        """Delete this qube (same as ``del app.domains[name]``)."""
        del self._app.domains[self._name]

    def create_disposable(self, preload: bool = False):
        """A new disposable based on this disposable template (not started)."""
        return self._app.create_disposable(self, preload=preload)

    # -- notes ----------------------------------------------------------------

    def get_notes(self) -> str:
        try:
            return self._app.qubesd_call(
                self._name, "admin.vm.notes.Get").decode("utf-8")
        except exc.QubesDaemonAccessError as err:
            raise exc.QubesNotesError(str(err)) from None

    def set_notes(self, text: str) -> None:
        """Store notes; qubesd refuses empty notes, so send one space then."""
        try:
            self._app.qubesd_call(self._name, "admin.vm.notes.Set", None,
                                  (text or " ").encode("utf-8"))
        except exc.QubesDaemonAccessError as err:
            raise exc.QubesNotesError(str(err)) from None
