"""Devices, R4.3+ format (admin-api.md 9): what a backend exposes, what a
frontend has assigned (persistent) or attached (now), and changing those.

``vm.devices['usb']`` is a DeviceCollection.  Assigned/attached lists are
cached with the cache on and dropped on the matching device events.
"""

from __future__ import annotations

from qubesmanager.admin import devicewire, exc, wire

#: Assignment modes; ``manual`` means attached now but not persistent.
MODES = ("manual", "ask-to-attach", "auto-attach", "required")


def parse_properties(text: str) -> dict[str, str]:
    """``key='value' …`` from the daemon -> dict (:mod:`.devicewire`)."""
    try:
        return devicewire.parse_properties(text)
    except devicewire.DeviceWireError as err:
        raise exc.QubesDaemonCommunicationError(
            f"Malformed device properties ({err}): {text!r}") from None


def serialize_properties(props: dict[str, object]) -> str:
    """Inverse of :func:`parse_properties` (``None`` values left out)."""
    return devicewire.serialize(props)


#: The qrexec-argument form ``backend+port+device`` (9.1).
qarg = devicewire.qarg


class _DeviceIdentity:
    """What names a device: backend, class, port and device id.  A
    DeviceInfo and a DeviceAssignment of the same device compare equal."""

    backend_name: str
    devclass: str
    port_id: str
    device_id: str

    def _identity(self) -> tuple[str, str, str, str]:
        return (self.backend_name, self.devclass, self.port_id,
                self.device_id)

    def __str__(self) -> str:
        return devicewire.device_text(self.backend_name, self.port_id,
                                      self.device_id)

    def __eq__(self, other) -> bool:
        if isinstance(other, _DeviceIdentity):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._identity())


class DeviceInfo(_DeviceIdentity):
    """A device a backend exposes (one ``Available`` line)."""

    def __init__(self, app, backend: str, devclass: str, port_id: str,
                 device_id: str, properties: dict[str, str]) -> None:
        self.app = app
        self.backend_name = backend
        self.devclass = devclass
        self.port_id = port_id
        self.device_id = device_id
        self.properties = properties

    @property
    def backend_domain(self):
        return self.app.domains.get_blind(self.backend_name)

    def __getattr__(self, name: str):
        if name in ("vendor", "product", "manufacturer", "name", "serial",
                    "interfaces", "parent_port_id", "parent_devclass"):
            return self.properties.get(name)
        raise AttributeError(name)

    @property
    def attachment(self):
        """Frontend qube it is attached to, or None."""
        name = self.properties.get("attachment")
        return self.app.domains.get_blind(name) if name else None

    @property
    def description(self) -> str:
        """Human text: name, else vendor and product, else the port."""
        props = self.properties
        if props.get("name"):
            return props["name"]
        text = " ".join(p for p in (props.get("vendor"), props.get("product"))
                        if p)
        return text or f"{self.devclass} device {self.port_id}"

    @property
    def data(self) -> dict[str, str]:
        """Extra ``_key`` items without the underscore."""
        return devicewire.split_options(self.properties)

    def __repr__(self) -> str:
        return f"<DeviceInfo {self}>"


class DeviceAssignment(_DeviceIdentity):
    """A (wanted or current) connection of a device to a frontend qube."""

    def __init__(self, backend, port_id: str, devclass: str,
                 device_id: str = "*", mode: str = "manual",
                 frontend_domain=None, options: dict | None = None,
                 app=None) -> None:
        if mode not in MODES:
            raise exc.QubesValueError(f"Invalid assignment mode: {mode}")
        self.app = app or getattr(backend, "app", None)
        self.backend_name = str(backend)
        self.port_id = port_id
        self.devclass = devclass
        self.device_id = device_id or "*"
        self.mode = mode
        self.frontend_name = str(frontend_domain) if frontend_domain else None
        self.options = dict(options or {})

    @classmethod
    def from_device(cls, device: DeviceInfo, mode: str = "manual",
                    options: dict | None = None) -> "DeviceAssignment":
        return cls(device.backend_name, device.port_id, device.devclass,
                   device.device_id, mode, options=options, app=device.app)

    @classmethod
    def parse(cls, app, devclass: str, line: str) -> "DeviceAssignment":
        """One ``Assigned``/``Attached`` line."""
        ident, _, rest = line.partition(" ")
        props = parse_properties(rest)
        backend, port_id, device_id = devicewire.parse_assigned_ident(ident)
        options = devicewire.split_options(props)
        return cls(props.get("backend_domain", backend),
                   props.get("port_id", port_id),
                   props.get("devclass", devclass),
                   props.get("device_id", device_id),
                   props.get("mode", "manual"),
                   props.get("frontend_domain"), options, app=app)

    @property
    def backend_domain(self):
        return self.app.domains.get_blind(self.backend_name)

    @property
    def frontend_domain(self):
        if self.frontend_name is None:
            return None
        return self.app.domains.get_blind(self.frontend_name)

    @property
    def required(self) -> bool:
        return self.mode == "required"

    @property
    def attach_automatically(self) -> bool:
        return self.mode in ("auto-attach", "required")

    @property
    def qarg(self) -> str:
        return qarg(self.backend_name, self.port_id, self.device_id)

    def serialize(self) -> str:
        props = {"device_id": self.device_id, "port_id": self.port_id,
                 "devclass": self.devclass,
                 "backend_domain": self.backend_name, "mode": self.mode,
                 "frontend_domain": self.frontend_name}
        props.update({"_" + k: v for k, v in self.options.items()})
        return serialize_properties(props)

    def __repr__(self) -> str:
        return f"<DeviceAssignment {self} {self.mode}>"


def _as_assignment(device, mode: str | None = None) -> DeviceAssignment:
    if isinstance(device, DeviceInfo):
        return DeviceAssignment.from_device(device, mode or "manual")
    if isinstance(device, DeviceAssignment):
        return device
    raise TypeError(f"expected DeviceInfo or DeviceAssignment, not {device!r}")


class DeviceCollection:
    """Devices of one class as seen from one qube."""

    def __init__(self, vm, devclass: str) -> None:
        self.vm = vm
        self.devclass = devclass

    @property
    def _app(self):
        return self.vm.app

    def _call(self, method: str, arg: str | None = None,
              payload: str | None = None) -> bytes:
        return self._app.qubesd_call(
            self.vm.name, f"admin.vm.device.{self.devclass}.{method}", arg,
            payload)

    # -- reading ------------------------------------------------------------

    def get_exposed_devices(self) -> list[DeviceInfo]:
        """Devices this qube offers as a backend (``Available``)."""
        result = []
        for line in wire.parse_lines(self._call("Available").decode()):
            ident, _, rest = line.partition(" ")
            props = parse_properties(rest)
            port_id, device_id = devicewire.parse_available_ident(ident)
            result.append(DeviceInfo(
                self._app, self.vm.name, self.devclass,
                props.get("port_id", port_id),
                props.get("device_id", device_id), props))
        return result

    available = get_exposed_devices

    def _listed(self, kind: str, method: str) -> list[DeviceAssignment]:
        app = self._app
        cache = app._cache.holder(self.vm.name)
        key = (kind, self.devclass)
        if app.cache_enabled:
            with app._cache.lock:
                if key in cache.devices:
                    return list(cache.devices[key])
        stamp = app._cache.stamp(cache)
        items = [DeviceAssignment.parse(app, self.devclass, line)
                 for line in wire.parse_lines(self._call(method).decode())]
        for item in items:
            if item.frontend_name is None:
                item.frontend_name = self.vm.name
        if app.cache_enabled:
            with app._cache.lock:
                if app._cache.still_valid(cache, stamp):
                    cache.devices[key] = items
        return list(items)

    def get_assigned_devices(self, required_only: bool = False):
        """Persistent assignments (``Assigned``)."""
        items = self._listed("assigned", "Assigned")
        return [a for a in items if a.required] if required_only else items

    def get_attached_devices(self):
        """What is attached right now (``Attached``)."""
        return self._listed("attached", "Attached")

    def __iter__(self):
        return iter(self.get_attached_devices())

    # -- changing -------------------------------------------------------------

    def _forget(self) -> None:
        cache = self._app._cache.holder(self.vm.name)
        with self._app._cache.lock:
            self._app._cache.touch(cache)
            cache.devices.pop(("assigned", self.devclass), None)
            cache.devices.pop(("attached", self.devclass), None)

    def assign(self, assignment, mode: str = "auto-attach") -> None:
        """Persistent assignment; its mode must not be ``manual``."""
        assignment = _as_assignment(assignment, mode)
        if assignment.mode == "manual":
            raise exc.QubesValueError(
                "Cannot assign a device in 'manual' mode; attach it instead")
        if assignment.devclass == "pci" and assignment.mode != "required":
            raise exc.QubesValueError("PCI devices can only be assigned as "
                                      "required")
        if assignment.mode == "required" and assignment.devclass not in (
                "pci", "block"):
            raise exc.QubesValueError(
                f"{assignment.devclass} devices cannot be required")
        assignment.frontend_name = self.vm.name
        try:
            self._call("Assign", assignment.qarg, assignment.serialize())
        finally:
            self._forget()

    def unassign(self, assignment) -> None:
        assignment = _as_assignment(assignment)
        try:
            self._call("Unassign", assignment.qarg)
        finally:
            self._forget()

    def attach(self, assignment) -> None:
        """Attach now (the qube must run); not kept across restarts."""
        assignment = _as_assignment(assignment, "manual")
        assignment.frontend_name = self.vm.name
        try:
            self._call("Attach", assignment.qarg, assignment.serialize())
        finally:
            self._forget()

    def detach(self, assignment) -> None:
        assignment = _as_assignment(assignment)
        try:
            self._call("Detach", assignment.qarg)
        finally:
            self._forget()

    def update_assignment(self, device, mode: str) -> None:
        """Change an assignment's mode (``Set.assignment``)."""
        if mode not in MODES or mode == "manual":
            raise exc.QubesValueError(f"Invalid assignment mode: {mode}")
        try:
            self._call("Set.assignment", _as_assignment(device).qarg, mode)
        finally:
            self._forget()

    def __repr__(self) -> str:
        return f"<DeviceCollection {self.devclass} of {self.vm.name}>"


class DeviceManager:
    """``vm.devices``: device class name -> DeviceCollection."""

    def __init__(self, vm) -> None:
        self.vm = vm

    def __getitem__(self, devclass: str) -> DeviceCollection:
        return DeviceCollection(self.vm, devclass)

    def keys(self) -> list[str]:
        return self.vm.app.device_classes()

    def __iter__(self):
        return iter(self.keys())

    def __contains__(self, devclass) -> bool:
        return devclass in self.keys()

    def values(self):
        return [self[c] for c in self.keys()]

    def items(self):
        return [(c, self[c]) for c in self.keys()]

    # denied interfaces (9.6)
    def get_denied(self) -> list[str]:
        text = self.vm.app.qubesd_call(self.vm.name,
                                       "admin.vm.device.denied.List").decode()
        return [code for code in text.split("\n") if code]

    def deny(self, *codes: str) -> None:
        self.vm.app.qubesd_call(self.vm.name, "admin.vm.device.denied.Add",
                                None, "".join(codes))

    def allow(self, *codes: str) -> None:
        self.vm.app.qubesd_call(self.vm.name, "admin.vm.device.denied.Remove",
                                None, "".join(codes) or "all")
