"""Advanced tab: memory, CPUs, kernel, virtualization, disposables,
network provision, boot from device and volume revisions."""

from __future__ import annotations

import re

from PyQt5.QtCore import QT_TRANSLATE_NOOP, pyqtSignal
from PyQt5.QtWidgets import QMessageBox

from qubesmanager.admin import wire
from qubesmanager.settings import common, uiload
from qubesmanager.settings.base import (SettingsTab, TabError, Field,
                                        check_field, combo_field, line_field,
                                        spin_field, write_feature, write_property)
from qubesmanager.settings.common import tr
from qubesmanager.widgets.qube_combo import DEFAULT, NONE

VIRT_MODES = ("pvh", "hvm", "pv")
#: feature where the last max memory is remembered while balancing is off
MAXMEM_MEMO = "qubesmanager.maxmem_value"


def _version_key(text: str):
    """Sort kernel versions numerically (6.10 after 6.9)."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


class AdvancedTab(SettingsTab):
    title = QT_TRANSLATE_NOOP("Settings", "Advanced")  # translated when shown
    needs_background = True
    #: the user asked for boot-from-device (the window opens the dialog)
    boot_requested = pyqtSignal()

    def __init__(self, mirror, qube_name, parent=None):
        super().__init__(mirror, qube_name, parent)
        uiload.load("settings_advanced", self)
        self.message = self.message_label
        rec = self.record
        self.memory = self.add_field(spin_field("memory", tr("Initial memory"), self.memory_spin))
        self.maxmem = self.add_field(
            Field("maxmem", tr("Max memory"), self.maxmem_spin, self._maxmem_value,
                  self._put_maxmem, self.maxmem_spin.valueChanged),
            self._write_maxmem)
        self.balancing_check.toggled.connect(self._on_balancing)
        for signal in (self.memory_spin.valueChanged, self.maxmem_spin.valueChanged,
                       self.balancing_check.toggled):
            signal.connect(self._memory_warning)
        self.vcpus = self.add_field(spin_field("vcpus", tr("VCPUs"), self.vcpus_spin))
        self._kernel_default = common.global_default(mirror, rec, "kernel")
        self._fill_kernels([])
        self.kernel = self.add_field(combo_field("kernel", tr("Kernel"), self.kernel_combo))
        self.kernelopts = self.add_field(line_field("kernelopts", tr("Kernel options"),
                                                    self.kernelopts_edit))
        self.virt_mode_combo.addItem(tr("default (%s)") % (rec.value("virt_mode") or "pvh"),
                                     DEFAULT)
        for mode in VIRT_MODES:
            self.virt_mode_combo.addItem(mode.upper(), mode)
        self.virt_mode = self.add_field(combo_field("virt_mode", tr("Virtualization mode"),
                                                    self.virt_mode_combo))
        self.virt_mode_combo.currentIndexChanged.connect(self._virt_warning)
        self.default_dispvm_combo.setup(
            mirror, lambda r: bool(r.value("template_for_dispvms")), allow_none=True,
            default=common.global_default(mirror, rec, "default_dispvm"))
        self.default_dispvm = self.add_field(combo_field(
            "default_dispvm", tr("Default disposable template"), self.default_dispvm_combo))
        self.dispvm_template = self.add_field(
            check_field("template_for_dispvms", tr("Disposable template"),
                        self.dispvm_template_check), self._write_dispvm_template)
        self.provides_network = self.add_field(check_field(
            "provides_network", tr("Provides network"), self.provides_network_check))
        self.boot_device_button.clicked.connect(self.boot_requested)
        self.volume_combo.addItem(tr("Private storage"), "private")
        self.volume_combo.addItem(tr("System storage"), "root")
        self.volume_combo.currentIndexChanged.connect(self._load_snapshots)
        self.snapshots_list.currentRowChanged.connect(
            lambda row: self.revert_button.setEnabled(row >= 0 and self._halted()))
        self.revert_button.clicked.connect(self._revert)
        self._note = ""  # status to show after the next revision listing
        has = rec.props.__contains__
        for prop, widgets in (
                ("kernel", (self.kernel_combo, self.kernel_combo_label,
                            self.kernelopts_edit, self.kernelopts_edit_label)),
                ("virt_mode", (self.virt_mode_combo, self.virt_mode_combo_label)),
                ("default_dispvm", (self.default_dispvm_combo,
                                    self.default_dispvm_combo_label)),
                ("template_for_dispvms", (self.dispvm_template_check,)),
                ("memory", (self.memory_group,)),
                ("vcpus", (self.vcpus_spin, self.vcpus_spin_label)),
                ("provides_network", (self.provides_network_check,)),
        ):
            for w in widgets:
                w.setVisible(has(prop))
        self.revisions_group.setVisible(not rec.is_admin)
        self.boot_device_button.setVisible(not rec.is_admin)
        self.load(rec)

    # -- memory balancing: maxmem 0 means "not balanced" -----------------

    def _maxmem_value(self) -> int:
        return self.maxmem_spin.value() if self.balancing_check.isChecked() else 0

    def _put_maxmem(self, value) -> None:
        value = int(value or 0)
        self.balancing_check.blockSignals(True)
        self.balancing_check.setChecked(value > 0)
        self.balancing_check.blockSignals(False)
        if value > 0:
            self.maxmem_spin.setValue(value)
        else:
            memo = (self.record.feature(MAXMEM_MEMO) if self.record else None) or ""
            self.maxmem_spin.setValue(int(memo) if memo.isdigit() else
                                      self.memory_spin.value())
        self.maxmem_spin.setEnabled(value > 0)

    def _on_balancing(self, on: bool) -> None:
        self.maxmem_spin.setEnabled(on)
        self.maxmem._on_edit()

    def _write_maxmem(self, app, value) -> None:
        old = self.maxmem.original or 0
        if value == 0 and old:
            # Remember the limit so turning balancing back on restores it.
            write_feature(app, self.qube_name, MAXMEM_MEMO, str(old))
        write_property(app, self.qube_name, "maxmem", value)

    def _write_dispvm_template(self, app, value) -> None:
        write_property(app, self.qube_name, "template_for_dispvms", bool(value))
        # Disposables started from it get their own menu entries.
        write_feature(app, self.qube_name, "appmenus-dispvm", "1" if value else None)

    # -- load --------------------------------------------------------------

    def load(self, rec) -> None:
        if "memory" in rec.props:
            self.memory.load(rec.value("memory") or 0)
            self.maxmem.load(rec.value("maxmem") or 0)
        if "vcpus" in rec.props:
            self.vcpus.load(rec.value("vcpus") or 1)
        if "kernel" in rec.props:
            self._kernel_default = common.global_default(self.mirror, rec, "kernel")
            self.kernel_combo.setItemText(0, tr("default (%s)") % (self._kernel_default
                                                                  or tr("none")))
            value = common.vm_value(rec, "kernel")
            self._ensure_kernel_item(value)
            self.kernel.load(value)
            self.kernelopts.load(rec.value("kernelopts") or "")
        if "virt_mode" in rec.props:
            self.virt_mode.load(DEFAULT if rec.is_default("virt_mode")
                                else rec.value("virt_mode"))
            self._virt_warning()
        if "default_dispvm" in rec.props:
            self.default_dispvm_combo.set_default(
                common.global_default(self.mirror, rec, "default_dispvm"))
            self.default_dispvm.load(common.vm_value(rec, "default_dispvm"))
        if "template_for_dispvms" in rec.props:
            self.dispvm_template.load(bool(rec.value("template_for_dispvms")))
        if "provides_network" in rec.props:
            self.provides_network.load(bool(rec.value("provides_network")))
        self._memory_warning()
        self.update_state(rec)

    def update_state(self, rec) -> None:
        users = sorted(r.name for r in self.mirror.qubes.values()
                       if r.value("netvm") == rec.name and r.name != rec.name)
        locked = bool(users) and bool(rec.value("provides_network"))
        self.provides_network_check.setEnabled(not locked)
        self.provides_network_check.setToolTip(
            tr("Used as net qube by: %s") % ", ".join(users) if locked else "")
        self.boot_device_button.setEnabled(rec.is_halted)
        self.boot_device_button.setToolTip(
            "" if rec.is_halted else tr("Shut the qube down to boot it from a device"))

    # -- warnings ------------------------------------------------------------

    def _memory_warning(self, *_args) -> None:
        rec = self.record
        text = ""
        if self.balancing_check.isChecked() and rec is not None \
                and rec.feature("os") == "Linux" \
                and self.maxmem_spin.value() > 10 * self.memory_spin.value():
            text = tr("Linux qubes cannot use more than ten times their initial "
                      "memory; raise the initial memory instead.")
        self.memory_warning_label.setText(text)
        self.memory_warning_label.setVisible(bool(text))

    def _virt_warning(self, *_args) -> None:
        mode = self.virt_mode_combo.currentData()
        if mode == DEFAULT and self.record is not None:
            mode = self.record.value("virt_mode")
        text = ""
        if mode == "pv":
            text = tr("PV mode exposes the hypervisor's largest attack surface and "
                      "is not protected against CPU side channels. Use PVH or HVM.")
        elif mode == "hvm":
            text = tr("HVM runs a device model in a stub domain; use it for PCI "
                      "devices or operating systems without PVH support.")
        self.virt_warning_label.setText(text)
        self.virt_warning_label.setVisible(bool(text))

    # -- kernels (pool listing, background) ------------------------------------

    def _fill_kernels(self, kernels) -> None:
        current = self.kernel_combo.currentData()
        self.kernel_combo.blockSignals(True)
        self.kernel_combo.clear()
        self.kernel_combo.addItem(tr("default (%s)") % (self._kernel_default or tr("none")),
                                  DEFAULT)
        self.kernel_combo.addItem(tr("(provided by qube)"), NONE)
        for k in sorted(set(kernels), key=_version_key, reverse=True):
            self.kernel_combo.addItem(k, k)
        if current is not None:
            self._ensure_kernel_item(current)
            self.kernel_combo.setCurrentIndex(self.kernel_combo.findData(current))
        self.kernel_combo.blockSignals(False)

    def _ensure_kernel_item(self, value) -> None:
        if value and self.kernel_combo.findData(value) < 0:
            self.kernel_combo.addItem(value, value)

    def start_background(self) -> None:
        if "kernel" in self.record.props:
            self.mirror.run(self._read_kernels, self.mirror.app,
                            on_result=self._fill_kernels, on_error=lambda e: None)
        if not self.record.is_admin:
            self._load_snapshots()

    @staticmethod
    def _read_kernels(app) -> list[str]:
        raw = app.qubesd_call("dom0", "admin.pool.volume.List", "linux-kernel")
        return wire.parse_lines(raw.decode("utf-8", "replace"))

    # -- volume revisions --------------------------------------------------------

    def _halted(self) -> bool:
        rec = self.record
        return rec is not None and rec.is_halted

    def _load_snapshots(self, *_args) -> None:
        volume = self.volume_combo.currentData()
        self.snapshots_list.clear()
        self.revert_button.setEnabled(False)
        self.revisions_status_label.setText(tr("Reading revisions…"))
        self.mirror.run(self._read_snapshots, self.mirror.app, self.qube_name, volume,
                        on_result=self._snapshots_loaded, on_error=self._snapshots_failed)

    @staticmethod
    def _read_snapshots(app, name, volume):
        raw = app.qubesd_call(name, "admin.vm.volume.ListSnapshots", volume)
        return volume, wire.parse_lines(raw.decode("utf-8", "replace"))

    def _snapshots_loaded(self, result) -> None:
        volume, revisions = result
        if volume != self.volume_combo.currentData():
            return  # the user switched volume meanwhile
        self.snapshots_list.clear()
        for rev in reversed(revisions):  # newest first
            self.snapshots_list.addItem(_revision_text(rev))
            self.snapshots_list.item(self.snapshots_list.count() - 1).setData(0x100, rev)
        note, self._note = self._note, ""
        self.revisions_status_label.setText(
            note or (tr("No revisions kept for this volume.") if not revisions else
                     ("" if self._halted() else tr("Shut the qube down to revert a volume."))))

    def _snapshots_failed(self, exc) -> None:
        self.revisions_status_label.setText(tr("Could not list revisions: %s")
                                            % common.error_text(exc))

    def _revert(self) -> None:
        item = self.snapshots_list.currentItem()
        if item is None:
            return
        rev = item.data(0x100)
        volume = self.volume_combo.currentData()
        if not self.confirm_revert(volume, item.text()):
            return
        self.revert_button.setEnabled(False)
        self.revisions_status_label.setText(tr("Reverting…"))
        self.mirror.run(lambda app: app.qubesd_call(
            self.qube_name, "admin.vm.volume.Revert", volume, rev.encode()),
            self.mirror.app, on_result=lambda _r: self._reverted(item.text()),
            on_error=self._snapshots_failed)

    def _reverted(self, text) -> None:
        # A revert sends no event: have the mirror re-read the disk usage.
        self.mirror.refresh_extras(self.qube_name)
        # Shown once the list is read again (which would clear it otherwise).
        self._note = tr("Reverted to %s.") % text
        self._load_snapshots()

    def confirm_revert(self, volume: str, revision: str) -> bool:
        """Ask before reverting (tests replace this method)."""
        return QMessageBox.question(
            self, tr("Revert volume"),
            tr("Revert the %s volume of %s to revision %s? Its current content "
               "will be replaced.") % (volume, self.qube_name, revision)) == QMessageBox.Yes

    # -- check -----------------------------------------------------------------

    def check(self) -> None:
        if self.maxmem.touched or self.memory.touched:
            maxmem = self._maxmem_value()
            if maxmem and maxmem < self.memory_spin.value():
                raise TabError(self.maxmem, tr("Max memory cannot be lower than "
                                               "initial memory."))
        if self.kernelopts.touched:
            text = self.kernelopts.value()
            if any(not (0x20 <= ord(c) < 0x7F) for c in text):
                raise TabError(self.kernelopts, tr("Kernel options must be printable ASCII."))


def _revision_text(rev: str) -> str:
    """LVM revisions are ``<unix time>-back``: show them as a humanized date."""
    import datetime
    import humanize
    m = re.match(r"(\d{9,})(-back)?$", rev)
    if m:
        when = datetime.datetime.fromtimestamp(int(m.group(1)))
        return f"{when:%Y-%m-%d %H:%M:%S} ({humanize.naturaltime(when)})"
    return rev
