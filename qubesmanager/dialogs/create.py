"""Create a new qube: name (validated live), label, class, template, net
qube, pool, provides network, open settings afterwards.  ``qubes-vm-create``.
"""

from __future__ import annotations

import sys

from PyQt5.QtCore import QT_TRANSLATE_NOOP, Qt, pyqtSignal
from PyQt5.QtWidgets import QDialog, QDialogButtonBox

from qubesmanager.widgets.errors import show_error
from qubesmanager.dialogs.clonejob import (CancelToken, CancellableDialog, CloneCancelled,
                                           cancellable_clone, remove_cancelled)
from qubesmanager.dialogs.common import (fill_pools, keep_wrapped_text_visible, new_name_problem,
                                         open_settings, pool_value, tr)
from qubesmanager.settings import uiload
from qubesmanager.settings.common import error_text
from qubesmanager.widgets.qube_combo import DEFAULT, NONE

#: (class, shown text); DispVM here is a *named* disposable
CLASSES = (("AppVM", QT_TRANSLATE_NOOP("Dialogs", "App qube")),
           ("StandaloneVM", QT_TRANSLATE_NOOP("Dialogs", "Standalone qube")),
           ("TemplateVM", QT_TRANSLATE_NOOP("Dialogs", "Template")),
           ("DispVM", QT_TRANSLATE_NOOP("Dialogs", "Named disposable")))


class ConfigureError(Exception):
    """The qube exists, but setting one of its options failed."""


def create_qube(app, klass, name, label, template, pool, netvm, provides_network,
                install=False, token=None):
    """Worker: create and configure; returns the name.  ``install``: an
    empty qube meant to boot an installer (HVM, kernel from its own disk).
    A cancel (``token``) removes the new qube again (CloneCancelled)."""
    token = token or CancelToken()
    if klass in ("TemplateVM", "StandaloneVM") and template:
        # A template or standalone "based on" a template is a copy of it.
        vm = cancellable_clone(app, template, name, token, new_cls=klass, pool=pool)
    else:
        vm = app.add_new_vm(klass, name, label, template=template or None, pool=pool)
        if token.cancelled:
            remove_cancelled(app, name)
            raise CloneCancelled(tr("Creating %s was cancelled; it was removed.") % name)
    try:
        if str(vm.label) != label:
            vm.label = label
        if netvm != DEFAULT:
            vm.netvm = netvm or None
        if provides_network:
            vm.provides_network = True
        if install:
            vm.virt_mode = "hvm"
            vm.kernel = None
    except Exception as err:
        raise ConfigureError(tr("%s was created, but configuring it failed: %s")
                             % (name, error_text(err))) from err
    return name


#: boot dialogs opened after creation (parentless windows need a reference)
_BOOT_DIALOGS: set = set()


def open_boot_dialog(mirror, name: str):
    """Offer to boot the new qube from an installer device."""
    from qubesmanager.dialogs.bootdevice import BootDeviceDialog
    dlg = BootDeviceDialog(mirror, name)
    _BOOT_DIALOGS.add(dlg)
    dlg.destroyed.connect(lambda *_a: _BOOT_DIALOGS.discard(dlg))
    dlg.show()
    return dlg


class CreateQubeDialog(CancellableDialog, QDialog):
    """See the module docstring; ``created(name)`` after success."""

    created = pyqtSignal(str)

    def __init__(self, mirror, parent=None):
        super().__init__(parent)
        uiload.load("dialog_create", self)
        keep_wrapped_text_visible(self, 56)  # wrapped labels stay whole
        self.setAttribute(Qt.WA_DeleteOnClose, True)  # closed dialogs let go
        self.mirror = mirror
        self.label_combo.setup(mirror)
        self.label_combo.set_label("red")
        for klass, text in CLASSES:
            self.klass_combo.addItem(tr(text), klass)
        netvm = mirror.global_value("default_netvm")
        self.netvm_combo.setup(mirror, lambda r: r.provides_network, allow_none=True,
                               default=netvm)
        self.netvm_combo.set_value(DEFAULT)
        fill_pools(mirror, self.pool_combo)
        self.klass_combo.currentIndexChanged.connect(self._klass_changed)
        self.name_edit.textChanged.connect(self._validate)
        # Names taken meanwhile (by us or another program) count at once.
        mirror.qube_added.connect(self._validate)
        mirror.qube_removed.connect(self._validate)
        self.template_combo.currentIndexChanged.connect(self._validate)
        self.template_combo.currentIndexChanged.connect(self._install_visibility)
        self.ok_button = self.button_box.button(QDialogButtonBox.Ok)
        self.ok_button.setText(tr("Create"))
        self.button_box.accepted.connect(self.create)
        self.button_box.rejected.connect(self.reject)
        self.open_settings_check.setChecked(False)
        self.status_label.setText("")
        # A qube based on a template copies its disks: a busy bar, a real Cancel.
        self.setup_cancel(tr("Creation progress"))
        self._busy = False
        self._klass_changed()

    def klass(self) -> str:
        return self.klass_combo.currentData()

    def _klass_changed(self, *_args) -> None:
        klass = self.klass()
        if klass == "AppVM":
            pred = lambda r: r.klass == "TemplateVM"
            default = self.mirror.global_value("default_template")
            self.template_combo.setup(self.mirror, pred, default=False)
            self.template_combo.set_value(default or (self.template_combo.names() or [None])[0])
            self.template_combo.setToolTip(tr("The template the qube's system is based on"))
        elif klass == "DispVM":
            pred = lambda r: bool(r.value("template_for_dispvms"))
            default = self.mirror.global_value("default_dispvm")
            self.template_combo.setup(self.mirror, pred, default=False)
            self.template_combo.set_value(default or (self.template_combo.names() or [None])[0])
            self.template_combo.setToolTip(tr("The disposable template to start from"))
        else:
            # Optional: copy an existing template, else start empty (install
            # an OS from a device afterwards).
            self.template_combo.setup(self.mirror, lambda r: r.klass == "TemplateVM",
                                      allow_none=True)
            self.template_combo.set_value(NONE)
            self.template_combo.setToolTip(tr("Copy this template, or (none) for an empty "
                                              "qube to install an operating system in"))
        self._install_visibility()
        self._validate()

    def _install_visibility(self, *_args) -> None:
        """Installing from a device only makes sense for an empty qube."""
        empty = self.klass() in ("StandaloneVM", "TemplateVM") \
            and self.template_combo.value() == NONE
        self.install_check.setVisible(empty)
        if not empty:
            self.install_check.setChecked(False)

    def _validate(self, *_args) -> bool:
        problem = new_name_problem(self.mirror, self.name_edit.text().strip())
        if problem is None and self.klass() in ("AppVM", "DispVM") \
                and not self.template_combo.value():
            problem = tr("Choose a template.")
        self.name_error_label.setText(problem or "")
        self.ok_button.setEnabled(problem is None and not self._busy)
        return problem is None

    def create(self) -> None:
        if self._busy or not self._validate():
            return
        name = self.name_edit.text().strip()
        template = self.template_combo.value() or None
        self._busy = True
        self.ok_button.setEnabled(False)
        self.status_label.setText(tr("Creating %s…") % name)
        self.mirror.run(create_qube, self.mirror.app, self.klass(), name,
                        self.label_combo.label(), template, pool_value(self.pool_combo),
                        self.netvm_combo.value(), self.provides_network_check.isChecked(),
                        self.install_check.isChecked(), self.job_started(),
                        on_result=self._created, on_error=self._failed)

    def _created(self, name: str) -> None:
        self._busy = False
        self.job_ended()
        self.status_label.setText(tr("Created %s.") % name)
        self.created.emit(name)
        if self.open_settings_check.isChecked():
            self.opener = open_settings(self.mirror, name)
        if self.install_check.isChecked():
            self.boot_dialog = open_boot_dialog(self.mirror, name)
        self.accept()

    def _failed(self, err) -> None:
        self._busy = False
        if self.job_ended(err):
            return
        text = error_text(err)
        self.status_label.setText(tr("Could not create the qube: %s") % text)
        self.error_box = show_error(self, tr("Could not create the qube"), text)
        self._validate()


def main(argv=None) -> int:
    from qubesmanager.launch import run_tool
    from qubesmanager.settings.host import LoadingHost

    def build(ctx):
        return LoadingHost(ctx.mirror, lambda: CreateQubeDialog(ctx.mirror),
                           tr("Create new qube"))

    return run_tool(argv, build, "Create a new qube.", name="qubes-vm-create")


if __name__ == "__main__":
    sys.exit(main())
