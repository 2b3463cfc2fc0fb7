"""Basic tab: name/rename, label, template, net qube, options, disk, info."""

from __future__ import annotations

from PyQt5.QtCore import QT_TRANSLATE_NOOP, pyqtSignal

from qubesmanager.settings import common, uiload
from qubesmanager.settings.base import (SettingsTab, TabError, check_field,
                                        combo_field, Field)
from qubesmanager.settings.common import MIB, size_text, tr
from qubesmanager.widgets.qube_combo import DEFAULT


def _is_whonix_gateway(mirror, name: str) -> bool:
    """A Whonix gateway: marked by the ``whonix-gw`` feature on itself or
    its template (as the Whonix templates ship it)."""
    rec = mirror.get(name)
    if rec is None:
        return False
    tpl = mirror.get(rec.value("template") or "")
    return rec.feature_on("whonix-gw") or (tpl is not None and tpl.feature_on("whonix-gw"))


def is_template(rec) -> bool:
    return rec.klass == "TemplateVM"


def is_dispvm_template(rec) -> bool:
    return bool(rec.value("template_for_dispvms"))


class BasicTab(SettingsTab):
    """The fields users change most; everything read from the mirror except
    the volume sizes (two ``volume.Info`` calls, in the background)."""

    title = QT_TRANSLATE_NOOP("Settings", "Basic")  # translated when shown
    needs_background = True
    #: the user asked to rename / clone / delete the qube (the window runs it)
    rename_requested = pyqtSignal()
    clone_requested = pyqtSignal()
    delete_requested = pyqtSignal()

    def __init__(self, mirror, qube_name, parent=None):
        super().__init__(mirror, qube_name, parent)
        uiload.load("settings_basic", self)
        self.message = self.message_label
        rec = self.record
        self.label_combo.setup(mirror)
        self.label = self.add_field(combo_field("label", tr("Label"), self.label_combo))
        if rec.klass == "DispVM":
            pred, tip = is_dispvm_template, tr("Only disposable templates")
        else:
            pred, tip = is_template, tr("Only templates")
        self.template_combo.setup(mirror, pred)
        self.template_combo.setToolTip(tip)
        self.template = self.add_field(combo_field("template", tr("Template"),
                                                   self.template_combo))
        self.netvm_combo.setup(
            mirror, lambda r: r.provides_network and r.name != qube_name,
            allow_none=True, default=common.global_default(mirror, rec, "netvm"))
        self.netvm = self.add_field(combo_field("netvm", tr("Net qube"), self.netvm_combo))
        self.netvm_combo.currentIndexChanged.connect(self._netvm_warning)
        self.backups = self.add_field(check_field(
            "include_in_backups", tr("Include in backups"), self.include_in_backups_check))
        self.autostart = self.add_field(check_field(
            "autostart", tr("Start on boot"), self.autostart_check))
        self.debug = self.add_field(check_field("debug", tr("Debug mode"), self.debug_check))
        self._volumes: dict[str, dict[str, str]] = {}
        self.private_size = self._size_field("private", self.private_size_spin,
                                             tr("Private storage size"))
        self.root_size = self._size_field("root", self.root_size_spin,
                                          tr("System storage size"))
        self.private_size_spin.setEnabled(False)
        self.root_size_spin.setEnabled(False)
        self.rename_button.clicked.connect(self.rename_requested)
        self.clone_button.clicked.connect(self.clone_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        has = rec.props.__contains__
        self.template_combo.setVisible(has("template"))
        self.template_combo_label.setVisible(has("template"))
        self.netvm_combo.setVisible(has("netvm"))
        self.netvm_combo_label.setVisible(has("netvm"))
        self.autostart_check.setVisible(has("autostart"))
        self.debug_check.setVisible(has("debug"))
        self.load(rec)

    def _size_field(self, volume, spin, title) -> Field:
        # The field's value is in MiB (what the spin box holds), so an
        # unaligned size read from the daemon cannot look like an edit.
        field = Field(f"volume:{volume}", title, spin, spin.value,
                      lambda v: spin.setValue(int(v or 0)), spin.valueChanged)
        writer = lambda app, value, _v=volume: \
            app.domains[self.qube_name].volumes[_v].resize(value * MIB)
        return self.add_field(field, writer)

    # -- load -----------------------------------------------------------

    def load(self, rec) -> None:
        self.name_edit.setText(rec.name)
        self.label.load(rec.value("label"))
        if "template" in rec.props:
            self.template.load(rec.value("template"))
        if "netvm" in rec.props:
            self.netvm_combo.set_default(common.global_default(self.mirror, rec, "netvm"))
            self.netvm.load(common.vm_value(rec, "netvm"))
            self._netvm_warning()
        self.backups.load(bool(rec.value("include_in_backups")))
        self.autostart.load(bool(rec.value("autostart")))
        self.debug.load(bool(rec.value("debug")))
        self.class_label.setText(rec.klass)
        networked = bool(rec.value("ip"))
        none = tr("none")
        self.ip_label.setText(rec.value("ip") or none)
        self.gateway_label.setText(rec.value("visible_gateway") or rec.value("gateway") or none)
        self.dns_label.setText(rec.value("dns") or none)
        self.info_group.setEnabled(True)
        self.ip_label.setEnabled(networked)
        for label in (self.gateway_label, self.dns_label):
            label.setEnabled(label.text() != none)   # "none" greyed like the IP
        creators = sorted(t[len("created-by-"):] for t in rec.tags
                          if t.startswith("created-by-"))
        self.created_by_label.setText(", ".join(creators) or tr("unknown"))
        self.update_state(rec)

    def _netvm_warning(self, *_args) -> None:
        """Warn about risky net qube choices before they are saved."""
        rec = self.record
        value = self.netvm_combo.value()
        if rec is None or value is None:
            return
        target = common.global_default(self.mirror, rec, "netvm") if value == DEFAULT \
            else (value or None)
        text = ""
        if rec.klass == "TemplateVM" and target:
            text = tr("Templates normally have no net qube: they download updates "
                      "through the update proxy. A direct connection exposes the "
                      "template to the network.")
        elif "anon-vm" in rec.tags and target and not _is_whonix_gateway(
                self.mirror, target):
            text = tr("This is a Whonix workstation: connecting it to %s instead of a "
                      "Whonix gateway sends its traffic outside Tor and can reveal "
                      "your identity.") % target
        self.netvm_warning_label.setText(text)
        self.netvm_warning_label.setVisible(bool(text))

    def update_state(self, rec) -> None:
        halted = rec.is_halted
        self.rename_button.setEnabled(halted and not rec.is_admin)
        self.rename_button.setToolTip(
            tr("Rename the qube") if halted else tr("Shut the qube down to rename it"))
        self.clone_button.setEnabled(not rec.is_admin)
        self.delete_button.setEnabled(halted and not rec.is_admin)
        self.delete_button.setToolTip(
            tr("Delete the qube and its data") if halted else tr("Shut the qube down to delete it"))
        self.template_combo.setEnabled(halted)
        if not halted:
            self.template_combo.setToolTip(tr("Shut the qube down to change its template"))

    # -- background: volume sizes --------------------------------------

    def start_background(self) -> None:
        if self.record is None or self.record.is_admin:
            self.disk_group.setVisible(False)
            return
        self.disk_status_label.setText(tr("Reading disk sizes…"))
        self.mirror.run(self._read_volumes, self.mirror.app, self.qube_name,
                        on_result=self._volumes_loaded, on_error=self._volumes_failed)

    @staticmethod
    def _read_volumes(app, name):
        return {vol: common.volume_info(app, name, vol) for vol in ("private", "root")}

    def _volumes_loaded(self, volumes) -> None:
        self._volumes = volumes
        self.disk_status_label.setText("")
        self.disk_status_label.setVisible(False)
        for vol, spin, usage_label, field in (
                ("private", self.private_size_spin, self.private_usage_label, self.private_size),
                ("root", self.root_size_spin, self.root_usage_label, self.root_size)):
            info = volumes.get(vol, {})
            size = int(info.get("size") or 0)
            usage = int(info.get("usage") or 0)
            spin.setMinimum(size // MIB)  # grow only: the drivers cannot shrink
            field.load(size // MIB)
            usage_label.setText(tr("%s used of %s") % (size_text(usage), size_text(size)))
            resizable = info.get("snap_on_start") != "True"
            spin.setEnabled(resizable)
            if not resizable:
                spin.setToolTip(tr("This volume is a snapshot of the template's: "
                                   "resize it on the template"))
        revs = volumes.get("private", {}).get("revisions_to_keep", "")
        self.revisions_label.setText(tr("disabled") if revs == "-1" else revs)

    def _volumes_failed(self, exc) -> None:
        self.disk_status_label.setText(tr("Could not read disk sizes: %s")
                                       % common.error_text(exc))

    # -- check ------------------------------------------------------------

    def check(self) -> None:
        for field, vol in ((self.private_size, "private"), (self.root_size, "root")):
            if field.touched:
                old = int(self._volumes.get(vol, {}).get("size") or 0) // MIB
                if field.value() < old:
                    raise TabError(field, tr("Storage can only grow, not shrink."))
        if self.template.touched and not self.template.value():
            raise TabError(self.template, tr("Choose a template."))
