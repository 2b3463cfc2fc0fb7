"""Devices of the simulated machine: what exists, what is attached where.

admin-api.md section 9 (the R4.3 device API).  The manager is given the
host's hardware (a list of :class:`Device`, each exposed by a backend qube
and present only while that qube runs).  Assignments are persistent (kept
in qubes.xml ``<devices>`` elements); attachments are live state and vanish
when either side stops.

This module holds the data and the rules; it knows qubes only by name and
asks the sandbox through :class:`Host` callbacks whether they run, so it
stays testable without a server.  Errors are :class:`QubesdError` with the
upstream class names.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from typing import Callable, Iterable, Optional

from ..admin import devicewire
from .errors import ProtocolError, QubesdError, safe

#: ``admin.deviceclass.List`` (the client sorts; we answer sorted too).
DEVICE_CLASSES = ("block", "mic", "pci", "usb")

#: Assignment modes; ``manual`` is only for live attachments.
MODES = ("manual", "ask-to-attach", "auto-attach", "required")
ASSIGNABLE_MODES = MODES[1:]

_INTERFACE = re.compile(r"[pubm?][0-9a-f*]{6}")


# ----------------------------------------------------------- serialisation
# The formats themselves live in admin/devicewire.py (shared with the
# client); here malformed input becomes the daemon's ProtocolError.

quote = devicewire.quote
serialize = devicewire.serialize


def parse_properties(text: str) -> dict[str, str]:
    """Parse ``key='value' …`` items; raise ProtocolError when malformed."""
    try:
        return devicewire.parse_properties(text)
    except devicewire.DeviceWireError as err:
        raise ProtocolError(safe(str(err))) from None


def parse_qarg(arg: str) -> tuple[str, str, str]:
    """``backend+port+device…`` -> (backend, port_id, device_id)."""
    try:
        return devicewire.parse_qarg(arg)
    except devicewire.DeviceWireError as err:
        raise ProtocolError(str(err)) from None


# ------------------------------------------------------------------- model


@dataclasses.dataclass(frozen=True)
class Device:
    """A device a backend exposes (one port of one class)."""

    devclass: str
    backend: str
    port_id: str
    device_id: str
    vendor: str = ""
    product: str = ""
    manufacturer: str = ""
    name: str = ""
    serial: str = ""
    interfaces: str = ""
    parent_port_id: str = ""
    parent_devclass: str = ""
    #: usb port whose attachment elsewhere hides this (block) device.
    hidden_with: str = ""
    extra: tuple[tuple[str, str], ...] = ()

    @property
    def port(self) -> str:
        """``backend:port_id`` as events carry it."""
        return devicewire.port_text(self.backend, self.port_id)

    @property
    def full(self) -> str:
        """``backend:port_id:device_id`` as events carry it."""
        return devicewire.device_text(self.backend, self.port_id,
                                      self.device_id)

    def line(self, attachment: str | None) -> str:
        """One ``Available`` line (section 9.3 key order)."""
        items = [("device_id", self.device_id), ("port_id", self.port_id),
                 ("devclass", self.devclass),
                 ("backend_domain", self.backend)]
        for key in ("vendor", "product", "manufacturer", "name", "serial"):
            if getattr(self, key):
                items.append((key, getattr(self, key)))
        if attachment:
            items.append(("attachment", attachment))
        items.append(("interfaces", self.interfaces))
        if self.parent_port_id:
            items += [("parent_port_id", self.parent_port_id),
                      ("parent_devclass", self.parent_devclass)]
        items += [(f"_{k}", v) for k, v in self.extra]
        ident = devicewire.available_ident(self.port_id, self.device_id)
        return f"{ident} {serialize(items)}"


@dataclasses.dataclass
class Assignment:
    """A (persistent or live) binding of a device to a frontend qube.

    ``port_id`` / ``device_id`` may be ``*`` (any port with that device, or
    any device on that port).
    """

    devclass: str
    backend: str
    port_id: str
    device_id: str
    frontend: str
    mode: str = "manual"
    options: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.backend, self.port_id, self.device_id)

    @property
    def full(self) -> str:
        return devicewire.device_text(self.backend, self.port_id,
                                      self.device_id)

    def matches(self, dev: Device) -> bool:
        """True when this assignment designates ``dev``."""
        return (dev.backend == self.backend
                and self.port_id in ("*", dev.port_id)
                and self.device_id in ("*", dev.device_id))

    def line(self) -> str:
        """One ``Assigned``/``Attached`` line (section 9.4)."""
        items = [("device_id", self.device_id), ("port_id", self.port_id),
                 ("devclass", self.devclass),
                 ("backend_domain", self.backend), ("mode", self.mode),
                 ("frontend_domain", self.frontend)]
        items += [(f"_{k}", v) for k, v in sorted(self.options.items())]
        ident = devicewire.assigned_ident(self.backend, self.port_id,
                                          self.device_id)
        return f"{ident} {serialize(items)}"

    def options_text(self) -> str:
        """Options as the Python dict text events carry (4.2)."""
        return repr(dict(self.options))


# --------------------------------------------------------- denied interfaces


def split_codes(text: str) -> list[str]:
    """Concatenated 7-char interface codes -> list (QubesValueError if bad)."""
    if len(text) % 7:
        raise QubesdError("QubesValueError",
                          "Interface codes must be 7 characters long")
    codes = [text[i:i + 7] for i in range(0, len(text), 7)]
    for code in codes:
        if not _INTERFACE.fullmatch(code):
            raise QubesdError("QubesValueError",
                              f"Invalid interface code: {safe(code)}")
    return codes


def interface_denied(iface: str, denied: Iterable[str]) -> bool:
    """True when a device interface matches a denied pattern (``*`` = any)."""
    for pattern in denied:
        if len(pattern) == len(iface) and all(
                p in ("*", c) for p, c in zip(pattern, iface)):
            return True
    return False


# --------------------------------------------------------------- manager


@dataclasses.dataclass
class Host:
    """What the device manager needs to know about the system."""

    is_running: Callable[[str], bool]
    fire: Callable[..., None]           # fire(subject_name, event, **kwargs)
    denied: Callable[[str], list[str]]  # denied interface codes of a qube
    qube_exists: Callable[[str], bool] = lambda name: True


class DeviceManager:
    """Assignments (persistent) and attachments (live) of all qubes."""

    def __init__(self, host: Host, hardware: Iterable[Device]) -> None:
        self.host = host
        self.hardware = tuple(hardware)
        #: frontend -> persistent assignments, in insertion order
        self.assignments: dict[str, list[Assignment]] = {}
        #: (devclass, backend, port_id) -> live attachment
        self.attached: dict[tuple[str, str, str], Assignment] = {}

    # ----------------------------------------------------------- queries

    def _present(self, dev: Device) -> bool:
        if not self.host.is_running(dev.backend):
            return False
        if dev.hidden_with:
            holder = self.attached.get(("usb", dev.backend, dev.hidden_with))
            if holder is not None:
                return False
        return True

    def _hidden(self, dev: Device) -> bool:
        return bool(dev.hidden_with) and (
            "usb", dev.backend, dev.hidden_with) in self.attached

    def _children_changed(self, backend: str, usb_port: str,
                          appeared: bool) -> None:
        """Block devices of a USB stick leave the backend while the stick
        is attached elsewhere, and come back when it is detached."""
        children = [d for d in self.hardware if d.backend == backend
                    and d.hidden_with == usb_port]
        if not children or not self.host.is_running(backend):
            return
        for dev in children:
            if appeared:
                self.host.fire(backend, f"device-added:{dev.devclass}",
                               device=dev.full)
            else:
                self.host.fire(backend, f"device-removed:{dev.devclass}",
                               port=dev.port)
        self.host.fire(backend, "device-list-change:block")

    def available(self, backend: str, devclass: str,
                  port_id: str = "") -> list[Device]:
        """Devices ``backend`` exposes now (none while it is halted)."""
        devs = [d for d in self.hardware
                if d.backend == backend and d.devclass == devclass
                and (not port_id or d.port_id == port_id)
                and self._present(d)]
        return sorted(devs, key=lambda d: (d.port_id, d.device_id))

    def available_text(self, backend: str, devclass: str,
                       port_id: str = "") -> str:
        lines = []
        for dev in self.available(backend, devclass, port_id):
            holder = self.attached.get((devclass, dev.backend, dev.port_id))
            lines.append(dev.line(holder.frontend if holder else None))
        return "".join(line + "\n" for line in lines)

    def find(self, devclass: str, backend: str, port_id: str) -> Optional[Device]:
        for dev in self.hardware:
            if (dev.devclass, dev.backend, dev.port_id) == (
                    devclass, backend, port_id) and self._present(dev):
                return dev
        return None

    def assigned(self, frontend: str, devclass: str) -> list[Assignment]:
        return [a for a in self.assignments.get(frontend, ())
                if a.devclass == devclass]

    def has_pci_assigned(self, frontend: str) -> bool:
        """True when PCI devices are assigned (virt_mode/maxmem rules)."""
        return bool(self.assigned(frontend, "pci"))

    def attached_to(self, frontend: str, devclass: str) -> list[Assignment]:
        return [a for a in self.attached.values()
                if a.frontend == frontend and a.devclass == devclass]

    @staticmethod
    def _lines(items: Iterable[Assignment], filt: str) -> str:
        lines = []
        for item in items:
            if filt and filt != f"{item.backend}+{item.port_id}":
                continue
            lines.append(item.line())
        return "".join(line + "\n" for line in sorted(lines))

    def assigned_text(self, frontend: str, devclass: str,
                      filt: str = "") -> str:
        return self._lines(self.assigned(frontend, devclass), filt)

    def attached_text(self, frontend: str, devclass: str,
                      filt: str = "") -> str:
        return self._lines(self.attached_to(frontend, devclass), filt)

    # ----------------------------------------------------------- changes

    def _payload(self, devclass: str, backend: str, port: str, device: str,
                 frontend: str, payload: str) -> tuple[str, dict[str, str]]:
        """Check an assignment payload against the argument; mode, options."""
        props = parse_properties(payload) if payload else {}
        expect = {"backend_domain": backend, "port_id": port,
                  "devclass": devclass, "device_id": device}
        options, mode = {}, "manual"
        for key, value in props.items():
            if key == "frontend_domain":
                # The call's destination is the frontend, whatever the
                # payload says (a clone may still name its source).
                continue
            if key.startswith("_"):
                options[key[1:]] = value
            elif key == "mode":
                if value not in MODES:
                    raise QubesdError(
                        "QubesUnrecognizedDeviceAssignmentMode",
                        "Invalid assignment mode")
                mode = value
            elif key in expect:
                if value != expect[key]:
                    raise ProtocolError(f"Unexpected device property: {key}")
            else:
                raise ProtocolError(f"Unexpected device property: {safe(key)}")
        return mode, options

    def assign(self, frontend: str, devclass: str, arg: str,
               payload: str) -> None:
        backend, port, device = parse_qarg(arg)
        mode, options = self._payload(devclass, backend, port, device,
                                      frontend, payload)
        if mode == "manual":
            raise ProtocolError("Only auto-attachable modes can be assigned")
        if devclass == "pci" and mode != "required":
            raise QubesdError("QubesValueError",
                              "PCI devices can only be assigned as required")
        if port == "*" and device == "*":
            raise ProtocolError("Cannot assign any device on any port")
        if backend == frontend:
            raise QubesdError("QubesValueError",
                              "Cannot assign a device to its own backend")
        if not self.host.qube_exists(backend):
            raise QubesdError("QubesVMNotFoundError",
                              f"No such domain: '{safe(backend)}'")
        new = Assignment(devclass, backend, port, device, frontend, mode,
                         options)
        mine = self.assignments.setdefault(frontend, [])
        if any(a.devclass == devclass and a.key == new.key for a in mine):
            raise QubesdError("DeviceAlreadyAssigned",
                              f"{devclass} device {new.full} already "
                              f"assigned to {frontend}")
        self.host.fire(frontend, f"device-pre-assign:{devclass}",
                       device=new.full, options=new.options_text())
        mine.append(new)
        self.host.fire(frontend, f"device-assign:{devclass}",
                       device=new.full, options=new.options_text())

    def _find_assignment(self, frontend: str, devclass: str,
                         arg: str) -> Optional[Assignment]:
        key = parse_qarg(arg)
        for item in self.assignments.get(frontend, ()):
            if item.devclass == devclass and item.key == key:
                return item
        return None

    def unassign(self, frontend: str, devclass: str, arg: str) -> None:
        item = self._find_assignment(frontend, devclass, arg)
        if item is None:
            backend, port, device = parse_qarg(arg)
            raise QubesdError("DeviceNotAssigned",
                              f"{devclass} device {safe(backend)}:"
                              f"{safe(port)}:{safe(device)} not assigned "
                              f"to {frontend}")
        self.assignments[frontend].remove(item)
        live = self.attached.get((devclass, item.backend, item.port_id))
        if live is not None and live.frontend == frontend:
            live.mode = "manual"   # stays attached, no longer persistent
        self.host.fire(frontend, f"device-unassign:{devclass}",
                       device=item.full)

    def set_mode(self, frontend: str, devclass: str, arg: str,
                 payload: str) -> None:
        if payload not in ASSIGNABLE_MODES:
            raise QubesdError("QubesUnrecognizedDeviceAssignmentMode",
                              "Invalid assignment mode")
        item = self._find_assignment(frontend, devclass, arg)
        if item is None:
            raise QubesdError("QubesValueError",
                              f"Device {safe(arg)} not assigned to "
                              f"{frontend}")
        if devclass == "pci" and payload != "required":
            raise QubesdError("QubesValueError",
                              "PCI devices can only be assigned as required")
        item.mode = payload
        self.host.fire(frontend, f"device-assignment-changed:{devclass}",
                       device=item.full)

    def attach(self, frontend: str, devclass: str, arg: str,
               payload: str) -> None:
        backend, port, device = parse_qarg(arg)
        mode, options = self._payload(devclass, backend, port, device,
                                      frontend, payload)
        if mode != "manual":
            raise ProtocolError("Attach takes a manual assignment; use assign")
        if backend == frontend:
            raise QubesdError("QubesValueError",
                              "Cannot attach a device to its own backend")
        if not self.host.is_running(frontend):
            raise QubesdError(
                "QubesVMNotRunningError",
                "VM not running, cannot attach device, do you mean `assign`?")
        dev = self.find(devclass, backend, port) if port != "*" else None
        if dev is None or device not in ("*", dev.device_id):
            raise ProtocolError(f"Unknown {devclass} device")
        self._attach(frontend, dev, Assignment(
            devclass, backend, dev.port_id, dev.device_id, frontend,
            "manual", options))

    def _attach(self, frontend: str, dev: Device, item: Assignment) -> None:
        slot = (dev.devclass, dev.backend, dev.port_id)
        holder = self.attached.get(slot)
        if holder is not None:
            raise QubesdError("DeviceAlreadyAttached",
                              f"device {dev.full} already attached to "
                              f"{holder.frontend}")
        denied = self.host.denied(frontend) + self.host.denied("dom0")
        codes = [dev.interfaces[i:i + 7]
                 for i in range(0, len(dev.interfaces), 7)]
        if any(interface_denied(code, denied) for code in codes):
            raise QubesdError("PermissionDenied",
                              f"Device {dev.full} has an interface denied "
                              f"for {frontend}")
        self.host.fire(frontend, f"device-pre-attach:{dev.devclass}",
                       device=dev.full, options=item.options_text())
        self.attached[slot] = item
        self.host.fire(frontend, f"device-attach:{dev.devclass}",
                       device=dev.full, options=item.options_text())
        if dev.devclass == "usb":
            self._children_changed(dev.backend, dev.port_id, appeared=False)

    def detach(self, frontend: str, devclass: str, arg: str) -> None:
        backend, port, device = parse_qarg(arg)
        item = self.attached.get((devclass, backend, port))
        if (item is None or item.frontend != frontend
                or device not in ("*", item.device_id)):
            raise QubesdError("DeviceNotAssigned",
                              f"{devclass} device {safe(backend)}:"
                              f"{safe(port)} not attached to {frontend}")
        if item.mode == "required" and self.host.is_running(frontend):
            raise QubesdError(
                "QubesVMNotHaltedError",
                "Can not detach a required device from a non halted qube. "
                "You need to unassign the device first.")
        self._detach(item)

    def _detach(self, item: Assignment) -> None:
        slot = (item.devclass, item.backend, item.port_id)
        port = devicewire.port_text(item.backend, item.port_id)
        self.host.fire(item.frontend, f"device-pre-detach:{item.devclass}",
                       port=port)
        del self.attached[slot]
        self.host.fire(item.frontend, f"device-detach:{item.devclass}",
                       port=port)
        if item.devclass == "usb":
            self._children_changed(item.backend, item.port_id, appeared=True)

    # --------------------------------------------------------- lifecycle

    def missing_required(self, frontend: str) -> list[str]:
        """Required devices that cannot be attached (start must fail)."""
        missing = []
        for item in self.assignments.get(frontend, ()):
            if item.mode != "required":
                continue
            usable = False
            for dev in self.hardware:
                if dev.devclass != item.devclass or not item.matches(dev) \
                        or not self._present(dev):
                    continue
                holder = self.attached.get(
                    (dev.devclass, dev.backend, dev.port_id))
                if holder is None or holder.frontend == frontend:
                    usable = True
            if not usable:
                missing.append(item.full)
        return missing

    def on_started(self, name: str) -> None:
        """Attach ``name``'s assignments; as a backend, serve its clients."""
        self._auto_attach(frontend=name)
        exposed = [d for d in self.hardware if d.backend == name
                   and not self._hidden(d)]
        for dev in exposed:
            self.host.fire(name, f"device-added:{dev.devclass}",
                           device=dev.full)
        for devclass in sorted({d.devclass for d in exposed}):
            self.host.fire(name, f"device-list-change:{devclass}")
        if exposed:
            self._auto_attach(backend=name)

    def _auto_attach(self, frontend: str | None = None,
                     backend: str | None = None) -> None:
        for front, items in list(self.assignments.items()):
            if frontend is not None and front != frontend:
                continue
            if not self.host.is_running(front):
                continue
            for item in items:
                if backend is not None and item.backend != backend:
                    continue
                if item.mode not in ("auto-attach", "required"):
                    continue
                for dev in self.available(item.backend, item.devclass):
                    if not item.matches(dev):
                        continue
                    if (dev.devclass, dev.backend, dev.port_id) in self.attached:
                        continue
                    try:
                        self._attach(front, dev, Assignment(
                            dev.devclass, dev.backend, dev.port_id,
                            dev.device_id, front, item.mode,
                            dict(item.options)))
                    except QubesdError:
                        continue   # denied interface: stays unattached
                    break

    def on_stopped(self, name: str) -> None:
        """Drop attachments to ``name`` and of devices ``name`` exposed."""
        exposed = [d for d in self.hardware if d.backend == name
                   and not self._hidden(d)]
        for item in list(self.attached.values()):
            if item.frontend == name:
                # The frontend is gone: no detach events upstream either;
                # clients drop their device caches on domain-shutdown.
                del self.attached[(item.devclass, item.backend, item.port_id)]
                if item.devclass == "usb":
                    self._children_changed(item.backend, item.port_id,
                                           appeared=True)
            elif item.backend == name:
                self._detach(item)
        for dev in exposed:
            self.host.fire(name, f"device-removed:{dev.devclass}",
                           port=dev.port)
        for devclass in sorted({d.devclass for d in exposed}):
            self.host.fire(name, f"device-list-change:{devclass}")

    def on_removed(self, name: str) -> None:
        """Forget a removed qube's assignments."""
        self.assignments.pop(name, None)
        for slot, item in list(self.attached.items()):
            if item.frontend == name:
                del self.attached[slot]

    def assigned_elsewhere(self, backend: str) -> list[str]:
        """Frontends holding assignments of devices ``backend`` exposes."""
        return sorted({front for front, items in self.assignments.items()
                       for item in items
                       if item.backend == backend and front != backend})

    # ----------------------------------------------------------- qubes.xml

    def load_xml(self, frontend: str, domain_el: ET.Element) -> None:
        """Read ``<devices class=…><device …>`` children of a ``<domain>``."""
        items = []
        for devs in domain_el.iterfind("devices"):
            devclass = devs.get("class", "")
            for node in devs.iterfind("device"):
                options = {opt.get("name", ""): opt.text or ""
                           for opt in node.iterfind("option")}
                mode = node.get("mode") or ("required" if node.get(
                    "required", "").lower() in ("yes", "true") else
                    "auto-attach")
                items.append(Assignment(
                    devclass, node.get("backend-domain", ""),
                    node.get("id", "*"), node.get("identity", "*"),
                    frontend, mode, options))
        if items:
            self.assignments[frontend] = items
        else:
            self.assignments.pop(frontend, None)

    def save_xml(self, frontend: str, domain_el: ET.Element) -> None:
        """Append ``<devices>`` elements for ``frontend``'s assignments."""
        by_class: dict[str, list[Assignment]] = {}
        for item in self.assignments.get(frontend, ()):
            by_class.setdefault(item.devclass, []).append(item)
        for devclass in sorted(by_class):
            devs = ET.SubElement(domain_el, "devices", {"class": devclass})
            for item in by_class[devclass]:
                node = ET.SubElement(devs, "device", {
                    "backend-domain": item.backend, "id": item.port_id,
                    "mode": item.mode, "identity": item.device_id})
                for key, value in item.options.items():
                    ET.SubElement(node, "option", name=key).text = value
