"""Clone a qube: new name (validated live), label, pool.  ``qubes-vm-clone``."""

from __future__ import annotations

import sys

from PyQt5.QtCore import pyqtSignal, QCoreApplication, Qt
from PyQt5.QtWidgets import QDialog, QDialogButtonBox

from qubesmanager.widgets.errors import show_error
from qubesmanager.dialogs.clonejob import CancelToken, CancellableDialog, cancellable_clone
from qubesmanager.dialogs.common import (fill_pools, keep_wrapped_text_visible, new_name_problem,
                                         open_settings, pool_value, tr)
from qubesmanager.settings import uiload
from qubesmanager.settings.common import error_text


def clone_qube(app, src, name, label, pool, src_label, token=None):
    """Worker: copy volumes, properties, features, tags, firewall, devices;
    undone (CloneCancelled) if ``token`` is cancelled meanwhile."""
    vm = cancellable_clone(app, src, name, token or CancelToken(), pool=pool)
    if label and label != src_label:
        vm.label = label
    return name


def free_clone_name(mirror, src: str) -> str:
    """``<src>-clone-N`` with the first unused N, within the length limit."""
    n = 1
    while True:
        suffix = f"-clone-{n}"
        name = src[:31 - len(suffix)] + suffix
        if name not in mirror.qubes:
            return name
        n += 1


class CloneQubeDialog(CancellableDialog, QDialog):
    cloned = pyqtSignal(str)

    def __init__(self, mirror, qube_name: str, parent=None):
        super().__init__(parent)
        uiload.load("dialog_clone", self)
        keep_wrapped_text_visible(self, 48)  # wrapped labels stay whole
        self.setAttribute(Qt.WA_DeleteOnClose, True)  # closed dialogs let go
        self.mirror = mirror
        self.qube_name = qube_name
        rec = mirror.get(qube_name)
        self.setWindowTitle(tr("Clone %s") % qube_name)
        self.source_label.setText(f"{qube_name} ({rec.klass})" if rec else qube_name)
        self.label_combo.setup(mirror)
        self._src_label = rec.label if rec else None
        self.label_combo.set_label(self._src_label)
        fill_pools(mirror, self.pool_combo)
        self.name_edit.setText(free_clone_name(mirror, qube_name))
        self.name_edit.selectAll()
        self.name_edit.textChanged.connect(self._validate)
        # Names taken meanwhile (by us or another program) count at once.
        mirror.qube_added.connect(self._validate)
        mirror.qube_removed.connect(self._validate)
        self.ok_button = self.button_box.button(QDialogButtonBox.Ok)
        self.ok_button.setText(tr("Clone"))
        self.button_box.accepted.connect(self.clone)
        self.button_box.rejected.connect(self.reject)
        self.status_label.setText("")
        # Copying disks can take minutes: a busy bar and a real Cancel.
        self.setup_cancel(tr("Cloning progress"))
        self._busy = False
        if rec is None or rec.is_admin:
            self.status_label.setText(tr("%s cannot be cloned.") % qube_name)
        self._validate()

    def _validate(self, *_args) -> bool:
        rec = self.mirror.get(self.qube_name)
        problem = new_name_problem(self.mirror, self.name_edit.text().strip())
        if rec is None or rec.is_admin:
            problem = problem or tr("This qube cannot be cloned.")
        self.name_error_label.setText(problem or "")
        self.ok_button.setEnabled(problem is None and not self._busy)
        return problem is None

    def clone(self) -> None:
        if self._busy or not self._validate():
            return
        name = self.name_edit.text().strip()
        self._busy = True
        self.ok_button.setEnabled(False)
        self.name_edit.setEnabled(False)
        self.status_label.setText(tr("Cloning %s to %s (copying its disks)…")
                                  % (self.qube_name, name))
        token = self.job_started()
        self.mirror.run(clone_qube, self.mirror.app, self.qube_name, name,
                        self.label_combo.label(), pool_value(self.pool_combo),
                        self._src_label, token,
                        on_result=self._cloned, on_error=self._failed)

    def _cloned(self, name: str) -> None:
        self._busy = False
        self.job_ended()
        self.cloned.emit(name)
        if self.open_settings_check.isChecked():
            self.opener = open_settings(self.mirror, name)
        self.accept()

    def _failed(self, err) -> None:
        self._busy = False
        if self.job_ended(err):
            return
        self.name_edit.setEnabled(True)
        self.status_label.setText(tr("Could not clone: %s") % error_text(err))
        self.error_box = show_error(self, tr("Could not clone %s") % self.qube_name, err)
        self._validate()


def main(argv=None) -> int:
    from qubesmanager.launch import run_tool
    from qubesmanager.settings.host import LoadingHost

    def arguments(parser):
        parser.add_argument("qube", metavar="QUBE", help="the qube to clone")

    def build(ctx):
        name = ctx.args.qube
        return LoadingHost(
            ctx.mirror, lambda: CloneQubeDialog(ctx.mirror, name), tr("Clone qube"),
            lambda: None if ctx.mirror.get(name) else
            QCoreApplication.translate("Dialogs", "No qube named %s.") % name)

    return run_tool(argv, build, "Clone a qube.", arguments, name="qubes-vm-clone")


if __name__ == "__main__":
    sys.exit(main())
