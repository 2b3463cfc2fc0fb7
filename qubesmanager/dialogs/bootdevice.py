"""Boot a qube once from a block device (CD-ROM style), e.g. to install an
operating system in an HVM qube.

As ``qvm-start --cdrom`` does: assign the device to the qube as a
read-only ``cdrom`` (mode ``required``), start the qube, and drop the
assignment again so the next boot is from the qube's own disk.  An ISO
file inside a qube is used through the loop device that qube exposes for
it (the Admin API cannot create one, so the dialog says how).
"""

from __future__ import annotations

from PyQt5.QtCore import Qt
from PyQt5.QtWidgets import QDialog, QDialogButtonBox

from qubesmanager.admin.devices import qarg, serialize_properties
from qubesmanager.widgets.errors import show_error
from qubesmanager.dialogs.common import keep_wrapped_text_visible, tr
from qubesmanager.settings import uiload
from qubesmanager.settings.common import error_text
from qubesmanager.settings.devices import parse_device_lines

ROLE = 0x100


def list_block_devices(app, backends: list[str]) -> list[dict]:
    """Worker: block devices every (running) backend exposes."""
    out = []
    for backend in backends:
        try:
            raw = app.qubesd_call(backend, "admin.vm.device.block.Available")
        except Exception:  # a backend that stopped meanwhile lists nothing
            continue
        for dev in parse_device_lines(raw):
            dev.setdefault("backend_domain", backend)
            out.append(dev)
    return out


def boot_from(app, qube: str, dev: dict) -> None:
    """Worker: temporary read-only cdrom assignment, start, unassign."""
    backend, port, device_id = dev["backend_domain"], dev["port_id"], dev.get("device_id", "*")
    arg = qarg(backend, port, device_id)
    props = {"device_id": device_id, "port_id": port, "devclass": "block",
             "backend_domain": backend, "mode": "required", "frontend_domain": qube,
             "_devtype": "cdrom", "_read-only": "yes"}
    app.qubesd_call(qube, "admin.vm.device.block.Assign", arg,
                    serialize_properties(props).encode())
    try:
        app.domains[qube].start()
    finally:
        app.qubesd_call(qube, "admin.vm.device.block.Unassign", arg)


def describe(dev: dict) -> str:
    name = dev.get("name") or dev.get("product") or ""
    return f"{dev['backend_domain']}:{dev['port_id']}" + (f" — {name}" if name else "")


class BootDeviceDialog(QDialog):
    """Choose the device, then start the qube from it (in the background)."""

    def __init__(self, mirror, qube_name: str, parent=None):
        super().__init__(parent)
        uiload.load("dialog_bootdevice", self)
        self.setAttribute(Qt.WA_DeleteOnClose, True)  # closed dialogs let go
        self.mirror = mirror
        self.qube_name = qube_name
        self.setWindowTitle(tr("Boot %s from a device") % qube_name)
        self.devices: list[dict] = []
        self.file_qube_combo.setup(mirror, lambda r: not r.is_admin and r.name != qube_name
                                   and r.klass != "TemplateVM")
        self.ok_button = self.button_box.button(QDialogButtonBox.Ok)
        self.ok_button.setText(tr("Start"))
        self.button_box.accepted.connect(self.start)
        self.button_box.rejected.connect(self.reject)
        for w in (self.device_radio, self.file_radio):
            w.toggled.connect(self._validate)
        self.device_combo.currentIndexChanged.connect(self._validate)
        self.file_path_edit.textChanged.connect(self._validate)
        self.file_qube_combo.currentIndexChanged.connect(self._validate)
        rec = mirror.get(qube_name)
        warnings = []
        if rec is not None and not rec.is_halted:
            warnings.append(tr("%s is running: shut it down first, the device is used at "
                               "boot.") % qube_name)
        if rec is not None and rec.value("virt_mode") != "hvm":
            warnings.append(tr("%s is not in HVM mode: only HVM qubes can boot from a "
                               "CD-ROM or disk image (Advanced tab).") % qube_name)
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        keep_wrapped_text_visible(self, 64)          # room for the ISO path
        self.status_label.setText(tr("Looking for block devices…"))
        backends = [n for n, r in mirror.qubes.items()
                    if n != qube_name and (r.is_admin or r.is_running)]
        mirror.run(list_block_devices, mirror.app, backends,
                   on_result=self._loaded, on_error=self._failed)
        self._validate()

    def _loaded(self, devices: list[dict]) -> None:
        self.devices = devices
        self.device_combo.clear()
        for i, dev in enumerate(devices):
            self.device_combo.addItem(describe(dev), i)
        self.status_label.setText("" if devices else tr("No block device is available."))
        self._validate()

    def _failed(self, err) -> None:
        self.status_label.setText(tr("Could not list block devices: %s") % error_text(err))

    def chosen(self) -> dict | None:
        """The device to boot from, or None (with the reason in the status)."""
        if self.device_radio.isChecked():
            idx = self.device_combo.currentData()
            return self.devices[idx] if idx is not None and idx < len(self.devices) else None
        qube = self.file_qube_combo.value()
        path = self.file_path_edit.text().strip()
        if not qube or not path:
            return None
        for dev in self.devices:
            if dev["backend_domain"] == qube and path in (dev.get("name"), dev.get("_file"),
                                                          dev.get("product")):
                return dev
        return None

    def _validate(self, *_args) -> None:
        rec = self.mirror.get(self.qube_name)
        dev = self.chosen()
        self.device_combo.setEnabled(self.device_radio.isChecked())
        file_mode = self.file_radio.isChecked()
        self.file_qube_combo.setEnabled(file_mode)
        self.file_path_edit.setEnabled(file_mode)
        if file_mode and dev is None and self.file_path_edit.text().strip():
            self.status_label.setText(tr(
                "%s exposes no loop device for that file. In the qube, run "
                "'sudo losetup -f --show FILE' (it needs to be running), then try again.")
                % (self.file_qube_combo.value() or tr("The qube")))
        self.ok_button.setEnabled(dev is not None and rec is not None and rec.is_halted)

    def start(self) -> None:
        dev = self.chosen()
        if dev is None:
            return
        self.ok_button.setEnabled(False)
        self.status_label.setText(tr("Starting %s from %s…") % (self.qube_name, describe(dev)))
        self.mirror.run(boot_from, self.mirror.app, self.qube_name, dev,
                        on_result=lambda _r: self.accept(), on_error=self._start_failed)

    def _start_failed(self, err) -> None:
        self.status_label.setText(tr("Could not start: %s") % error_text(err))
        self.error_box = show_error(self, tr("Could not start %s") % self.qube_name, err)
        self._validate()
