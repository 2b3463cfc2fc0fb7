"""``admin.deviceclass.List``, ``admin.vm.device.*`` and the devices plug-in.

The data and rules are in :mod:`..devices_model`; this module wires them
to the sandbox: qubes.xml ``<devices>`` elements, start/stop of frontends
and backends, the ``devices_denied`` property, and the Admin API methods
(admin-api.md section 9).
"""

from __future__ import annotations

from typing import Optional
from xml.etree import ElementTree as ET

from ...admin import wire
from .. import plugins, propops
from ..devices_model import (DEVICE_CLASSES, Assignment, Device,
                             DeviceManager, Host, split_codes)
from ..errors import InUse, ProtocolError, QubesdError
from ..registry import DOM0, OPTIONAL, REQUIRED, Call, method, no_such_method


# -- the simulated host's hardware ------------------------------------------


def _pci(bdf: str, vendor_id: str, product_id: str, iface: str,
         vendor: str, product: str) -> Device:
    return Device("pci", "dom0", bdf, f"{vendor_id}:{product_id}::{iface}",
                  vendor=vendor, product=product, interfaces=iface)


def _usb(port: str, vid: str, pid: str, serial: str, ifaces: str,
         vendor: str, product: str, name: str) -> Device:
    return Device("usb", "sys-usb", port, f"{vid}:{pid}:{serial}:{ifaces}",
                  vendor=vendor, product=product, name=name, serial=serial,
                  interfaces=ifaces)


_STICK = "0951:1666:E0D55EA5741B:u080650"

#: The simulated machine's hardware, each device naming the qube that
#: exposes it: PCI and the microphone in dom0, USB and block in sys-usb.
#: PCI BDFs match the sample dom0 (its sys-net/sys-usb assignments resolve).
HOST_HARDWARE: tuple[Device, ...] = (
    _pci("00_02.0", "8086", "9a49", "p030000", "Intel Corporation",
         "TigerLake-LP GT2 [Iris Xe Graphics]"),
    _pci("00_0d.0", "8086", "9a13", "p0c0330", "Intel Corporation",
         "Tiger Lake-LP Thunderbolt 4 USB Controller"),
    _pci("00_14.0", "8086", "a0ed", "p0c0330", "Intel Corporation",
         "Tiger Lake-LP USB 3.2 Gen 2x1 xHCI Host Controller"),
    _pci("00_14.3", "8086", "a0f0", "p028000", "Intel Corporation",
         "Wi-Fi 6 AX201"),
    _pci("00_1f.3", "8086", "a0c8", "p040380", "Intel Corporation",
         "Tiger Lake-LP Smart Sound Technology Audio Controller"),
    _pci("00_1f.6", "8086", "15fc", "p020000", "Intel Corporation",
         "Ethernet Connection (13) I219-V"),
    Device("mic", "dom0", "mic", "dom0:mic::m000000", name="Microphone",
           interfaces="m000000"),
    _usb("2-1", "046d", "c52b", "", "u03**01u03**02", "Logitech, Inc.",
         "Unifying Receiver", "USB Receiver"),
    _usb("2-2", "04f2", "b6dd", "", "u0e0100u0e0200", "Chicony Electronics",
         "Integrated Camera", "Integrated Camera"),
    _usb("2-3", "0951", "1666", "E0D55EA5741B", "u080650", "Kingston",
         "DataTraveler 100 G3", "DT 100 G3"),
    Device("block", "sys-usb", "sda", _STICK + ":0", name="DT_100_G3",
           serial="E0D55EA5741B", interfaces="b******", hidden_with="2-3",
           extra=(("mode", "w"), ("size", "30943995904"))),
    Device("block", "sys-usb", "sda1", _STICK + ":1", name="DT_100_G3 part 1",
           interfaces="b******", parent_port_id="sda",
           parent_devclass="block", hidden_with="2-3",
           extra=(("mode", "w"), ("size", "30942946816"))),
)


@plugins.register
class Devices(plugins.Subsystem):
    """Device assignments (persistent) and attachments (live)."""

    name = "devices"
    qube_xml_tags = ("devices",)

    def __init__(self, system) -> None:
        super().__init__(system)
        #: qubes between on_start and Running: they count as running
        self._starting: set[str] = set()
        self.manager = DeviceManager(Host(
            is_running=self._is_running, fire=self._fire,
            denied=self._denied, qube_exists=lambda n: n in system.qubes),
            HOST_HARDWARE)

    # -- callbacks for the model ----------------------------------------

    def _is_running(self, name: str) -> bool:
        qube = self.system.qubes.get(name)
        if qube is None:
            return False
        return qube.is_running() or name in self._starting

    def _fire(self, subject: str, event: str, **kwargs) -> None:
        self.system.fire(subject, event, **kwargs)

    def _denied(self, name: str) -> list[str]:
        qube = self.system.qubes.get(name)
        if qube is None or "devices_denied" not in qube.schema:
            return []
        text = qube.value("devices_denied") or ""
        return [text[i:i + 7] for i in range(0, len(text), 7)]

    # -- plug-in hooks ----------------------------------------------------

    def load_qube(self, qube, element: Optional[ET.Element]) -> None:
        if element is not None:
            self.manager.load_xml(qube.name, element)

    def save_qube(self, qube, element: ET.Element) -> None:
        self.manager.save_xml(qube.name, element)

    def populate_demo(self) -> None:
        """Hardware assignments of a fresh install, plus a USB camera."""
        plan = (("sys-net", "pci", "00_14.3", "8086:a0f0::p028000", {}),
                ("sys-net", "pci", "00_1f.6", "8086:15fc::p020000", {}),
                ("sys-usb", "pci", "00_14.0", "8086:a0ed::p0c0330",
                 {"no-strict-reset": "True"}),
                ("sys-usb", "pci", "00_0d.0", "8086:9a13::p0c0330",
                 {"no-strict-reset": "True"}))
        for frontend, devclass, port, ident, options in plan:
            if frontend in self.system.qubes:
                self.manager.assignments.setdefault(frontend, []).append(
                    Assignment(devclass, "dom0", port, ident, frontend,
                               "required", dict(options)))
                self.system.changed(self.system.qubes[frontend])
        if "personal" in self.system.qubes:
            self.manager.assignments.setdefault("personal", []).append(
                Assignment("usb", "sys-usb", "2-2",
                           "04f2:b6dd::u0e0100u0e0200", "personal",
                           "auto-attach"))
            self.system.changed(self.system.qubes["personal"])

    def check_remove(self, qube) -> None:
        users = self.manager.assigned_elsewhere(qube.name)
        if users:
            raise InUse("VM has devices assigned to other VMs: "
                         + ", ".join(users))

    def on_remove(self, qube) -> None:
        self.manager.on_removed(qube.name)

    def on_start(self, qube) -> None:
        missing = self.manager.missing_required(qube.name)
        if missing:
            # Storage started before us (plug-in order): undo its work.
            storage = self.system.subsystems.get("storage")
            if storage is not None:
                storage.abort_start(qube)
            raise QubesdError("QubesException",
                              "Required device not available: "
                              + ", ".join(missing))
        self._starting.add(qube.name)
        try:
            self.manager.on_started(qube.name)
        finally:
            self._starting.discard(qube.name)

    def on_stop(self, qube) -> None:
        self.manager.on_stopped(qube.name)

    def has_pci_devices(self, qube) -> bool:
        return self.manager.has_pci_assigned(qube.name)


def has_pci_assigned(qube) -> bool:
    """True when PCI devices are assigned to ``qube`` (virt_mode, maxmem)."""
    return qube.system.subsystems["devices"].manager.has_pci_assigned(
        qube.name)


def _manager(call: Call) -> DeviceManager:
    return call.system.subsystems["devices"].manager


def _devclass(call: Call) -> str:
    cls = call.params["cls"]
    if cls not in DEVICE_CLASSES:
        raise no_such_method(call.method)
    return cls


def _text(call: Call) -> str:
    return call.payload_ascii("Device properties")


@method("admin.deviceclass.List", dest=DOM0)
def deviceclass_list(call: Call) -> str:
    return wire.encode_lines(DEVICE_CLASSES)


@method("admin.vm.device.{cls}.Available", arg=OPTIONAL)
def device_available(call: Call) -> str:
    return _manager(call).available_text(call.dest.name, _devclass(call),
                                         call.arg)


@method("admin.vm.device.{cls}.Assigned", arg=OPTIONAL)
def device_assigned(call: Call) -> str:
    return _manager(call).assigned_text(call.dest.name, _devclass(call),
                                        call.arg)


@method("admin.vm.device.{cls}.Attached", arg=OPTIONAL)
def device_attached(call: Call) -> str:
    return _manager(call).attached_text(call.dest.name, _devclass(call),
                                        call.arg)


@method("admin.vm.device.{cls}.Assign", arg=REQUIRED, payload=REQUIRED)
def device_assign(call: Call) -> None:
    devclass = _devclass(call)
    qube = call.dest
    if devclass == "pci" and qube.props.get("virt_mode") == "pvh":
        raise QubesdError("QubesValueError",
                          "Can't attach PCI device to VM in pvh mode")
    # PCI assignments change virt_mode/maxmem defaults: report them.
    with propops.DerivedResets(qube):
        _manager(call).assign(qube.name, devclass, call.arg, _text(call))
        call.system.changed(qube)


@method("admin.vm.device.{cls}.Unassign", arg=REQUIRED)
def device_unassign(call: Call) -> None:
    qube = call.dest
    with propops.DerivedResets(qube):
        _manager(call).unassign(qube.name, _devclass(call), call.arg)
        call.system.changed(qube)


@method("admin.vm.device.{cls}.Set.assignment", arg=REQUIRED,
        payload=REQUIRED)
def device_set_assignment(call: Call) -> None:
    _manager(call).set_mode(call.dest.name, _devclass(call), call.arg,
                            _text(call))
    call.system.changed(call.dest)


@method("admin.vm.device.{cls}.Attach", arg=REQUIRED, payload=OPTIONAL)
def device_attach(call: Call) -> None:
    _manager(call).attach(call.dest.name, _devclass(call), call.arg,
                          _text(call))


@method("admin.vm.device.{cls}.Detach", arg=REQUIRED)
def device_detach(call: Call) -> None:
    _manager(call).detach(call.dest.name, _devclass(call), call.arg)


# -- denied interfaces (stored as the devices_denied property) ----------------

def _denied_codes(qube) -> list[str]:
    text = qube.value("devices_denied") or ""
    return [text[i:i + 7] for i in range(0, len(text), 7)]


def _payload_codes(call: Call) -> list[str]:
    codes = split_codes(call.payload_ascii())
    if len(set(codes)) != len(codes):
        raise ProtocolError("Duplicated device interfaces in payload.")
    return codes


def _store_denied(call: Call, codes: list[str]) -> None:
    value = "".join(sorted(set(codes)))
    if value != "".join(_denied_codes(call.dest)):
        propops.store(call.dest, "devices_denied", value)


@method("admin.vm.device.denied.List")
def denied_list(call: Call) -> str:
    return "\n".join(_denied_codes(call.dest))


@method("admin.vm.device.denied.Add", payload=OPTIONAL)
def denied_add(call: Call) -> None:
    codes = _payload_codes(call)
    _store_denied(call, _denied_codes(call.dest) + codes)


@method("admin.vm.device.denied.Remove", payload=OPTIONAL)
def denied_remove(call: Call) -> None:
    if call.payload == b"all":
        _store_denied(call, [])
        return
    remove = set(_payload_codes(call))
    _store_denied(call, [c for c in _denied_codes(call.dest)
                         if c not in remove])
