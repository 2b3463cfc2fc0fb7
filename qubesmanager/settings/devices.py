"""Devices tab: PCI devices persistently assigned to the qube.

Available devices (dom0's PCI list) and this qube's assignments are read in
the background when the tab is first shown.  Saving unassigns removed
devices, assigns new ones (mode ``required``, as PCI passthrough needs) and
re-assigns those whose options changed.  Options: ``no-strict-reset`` and
``permissive``, both weaken isolation, so they are off by default and
explained.
"""

from __future__ import annotations

from PyQt5.QtCore import QT_TRANSLATE_NOOP, Qt
from PyQt5.QtWidgets import QListWidgetItem

from qubesmanager.admin import wire
from qubesmanager.admin.devices import parse_properties, qarg, serialize_properties
from qubesmanager.settings import common, uiload
from qubesmanager.settings.base import Field, SettingsTab
from qubesmanager.settings.common import tr

OPTIONS = ("no-strict-reset", "permissive")
ROLE = Qt.UserRole


def parse_device_lines(raw: bytes) -> list[dict[str, str]]:
    """Available/Assigned lines -> property dicts (the prefix is redundant)."""
    out = []
    for line in wire.parse_lines(raw.decode("utf-8", "replace")):
        _ident, _, props = line.partition(" ")
        out.append(parse_properties(props))
    return out


def describe(dev: dict[str, str]) -> str:
    port = dev.get("port_id", "").replace("_", ":")
    name = " ".join(x for x in (dev.get("vendor"), dev.get("product") or dev.get("name"))
                    if x)
    return f"{port}  {name}".strip()


class DevicesTab(SettingsTab):
    title = QT_TRANSLATE_NOOP("Settings", "Devices")  # translated when shown
    needs_background = True

    def __init__(self, mirror, qube_name, parent=None):
        super().__init__(mirror, qube_name, parent)
        uiload.load("settings_devices", self)
        self.message = self.message_label
        #: port_id -> device properties, for every device we know of
        self._devices: dict[str, dict[str, str]] = {}
        self.devices = self.add_field(
            Field("devices", tr("PCI devices"), self.assigned_list, self._value,
                  self._put), self._write)
        self.add_button.clicked.connect(lambda: self._move(self.available_list,
                                                           self.assigned_list))
        self.remove_button.clicked.connect(lambda: self._move(self.assigned_list,
                                                              self.available_list))
        self.available_list.itemDoubleClicked.connect(
            lambda _i: self._move(self.available_list, self.assigned_list))
        self.assigned_list.itemDoubleClicked.connect(
            lambda _i: self._move(self.assigned_list, self.available_list))
        self.assigned_list.currentItemChanged.connect(self._show_options)
        self.filter_edit.textChanged.connect(self._filter)
        self.no_strict_reset_check.toggled.connect(lambda on: self._set_option(OPTIONS[0], on))
        self.permissive_check.toggled.connect(lambda on: self._set_option(OPTIONS[1], on))
        self.options_group.setEnabled(False)
        self.setEnabled(False)
        self.load(self.record)

    # -- value: {port_id: frozenset(options)} -------------------------------

    def _value(self) -> dict[str, frozenset]:
        lw = self.assigned_list
        return {lw.item(i).data(ROLE): frozenset(lw.item(i).data(ROLE + 1) or ())
                for i in range(lw.count())}

    def _put(self, assigned) -> None:
        assigned = assigned or {}
        self.assigned_list.clear()
        self.available_list.clear()
        for port, opts in sorted(assigned.items()):
            self._item(self.assigned_list, port, opts)
        for port in sorted(self._devices):
            if port not in assigned:
                self._item(self.available_list, port, frozenset())
        self._filter()
        self._show_options()

    def _filter(self, *_args) -> None:
        """Hide available devices that do not match every typed word."""
        words = self.filter_edit.text().lower().split()
        for i in range(self.available_list.count()):
            item = self.available_list.item(i)
            haystack = (item.text() + " " + item.toolTip()).lower()
            item.setHidden(not all(w in haystack for w in words))

    def _item(self, lw, port: str, opts) -> QListWidgetItem:
        dev = self._devices.get(port, {"port_id": port})
        text = describe(dev)
        if port not in self._devices:
            text += " " + tr("(not present)")
        item = QListWidgetItem(text)
        item.setData(ROLE, port)
        item.setData(ROLE + 1, sorted(opts))
        # The list is narrow: the tooltip carries the whole description too.
        item.setToolTip("\n".join(t for t in (text, dev.get("device_id", "")) if t))
        lw.addItem(item)
        return item

    def _move(self, src, dst) -> None:
        for item in src.selectedItems():
            src.takeItem(src.row(item))
            item.setData(ROLE + 1, [])
            dst.addItem(item)
        dst.sortItems()
        self._filter()
        self._show_options()
        self.devices._on_edit()

    def _show_options(self, *_args) -> None:
        item = self.assigned_list.currentItem()
        self.options_group.setEnabled(item is not None)
        opts = set(item.data(ROLE + 1) or ()) if item is not None else set()
        for box, opt in ((self.no_strict_reset_check, OPTIONS[0]),
                         (self.permissive_check, OPTIONS[1])):
            box.blockSignals(True)
            box.setChecked(opt in opts)
            box.blockSignals(False)

    def _set_option(self, option: str, on: bool) -> None:
        item = self.assigned_list.currentItem()
        if item is None:
            return
        opts = set(item.data(ROLE + 1) or ())
        opts.add(option) if on else opts.discard(option)
        item.setData(ROLE + 1, sorted(opts))
        self.devices._on_edit()

    # -- load ----------------------------------------------------------------

    def load(self, rec) -> None:
        self.update_state(rec)

    def update_state(self, rec) -> None:
        text = ""
        if rec.is_running:
            text = tr("The qube is running: PCI assignment changes take effect at its "
                      "next start, and a running qube may refuse them.")
        if rec.value("virt_mode") == "pvh":
            text = (text + " " if text else "") + tr(
                "PCI devices need HVM virtualization (Advanced tab); qubesd switches "
                "the default mode to HVM when a device is assigned.")
        self.running_warning_label.setText(text)
        self.running_warning_label.setVisible(bool(text))

    def start_background(self) -> None:
        if self.record.is_admin:
            self.status_label.setText(tr("Devices cannot be assigned to dom0."))
            return
        self.status_label.setText(tr("Reading PCI devices…"))
        self.mirror.run(self._read, self.mirror.app, self.qube_name,
                        on_result=self._loaded, on_error=self._failed)

    @staticmethod
    def _read(app, name):
        available = parse_device_lines(
            app.qubesd_call("dom0", "admin.vm.device.pci.Available"))
        assigned = parse_device_lines(
            app.qubesd_call(name, "admin.vm.device.pci.Assigned"))
        return available, assigned

    def _loaded(self, result) -> None:
        available, assigned = result
        # Bridges and host controllers are not assignable (class 06xx).
        self._devices = {d["port_id"]: d for d in available
                         if not d.get("interfaces", "").startswith("p06")}
        value = {}
        for a in assigned:
            if a.get("backend_domain", "dom0") != "dom0":
                continue
            value[a["port_id"]] = frozenset(
                opt for opt in OPTIONS if a.get("_" + opt, "").lower() in ("true", "yes", "1"))
            self._devices.setdefault(a["port_id"], a)
        self.devices.load(value)
        self.refresh_messages()
        self.setEnabled(True)
        self.status_label.setText("" if self._devices else tr("dom0 has no assignable "
                                                              "PCI devices."))

    def _failed(self, exc) -> None:
        self.status_label.setText(tr("Could not read the devices: %s") % common.error_text(exc))

    def reload_devices(self) -> None:
        if self.background_started:
            self.start_background()

    # -- write ---------------------------------------------------------------

    def _write(self, app, value) -> None:
        old = self.devices.original or {}
        name = self.qube_name
        for port, opts in old.items():
            if port not in value or value[port] != opts:
                dev = self._devices.get(port, {"port_id": port})
                app.qubesd_call(name, "admin.vm.device.pci.Unassign",
                                qarg("dom0", port, dev.get("device_id", "*")))
        for port, opts in value.items():
            if port in old and old[port] == opts:
                continue
            dev = self._devices.get(port, {"port_id": port})
            device_id = dev.get("device_id", "*")
            props = {"device_id": device_id, "port_id": port, "devclass": "pci",
                     "backend_domain": "dom0", "mode": "required",
                     "frontend_domain": name}
            for opt in sorted(opts):
                props["_" + opt] = "True"
            app.qubesd_call(name, "admin.vm.device.pci.Assign",
                            qarg("dom0", port, device_id),
                            serialize_properties(props).encode())
