"""Rename a qube the way upstream 4.3 does: clone it under the new name,
re-point every setting that names it, then remove the original.

qubesd has no rename; doing these three steps by hand is error-prone, so
the window does them, only for a halted qube, after a clear warning, and
reports exactly what is left to fix if a step fails (the original is only
removed when everything else succeeded).
"""

from __future__ import annotations

from PyQt5.QtCore import QObject, Qt, pyqtSignal
from PyQt5.QtWidgets import QDialog, QDialogButtonBox, QProgressDialog, QPushButton

from qubesmanager.common.names import name_error
from qubesmanager.dialogs.clonejob import CancelToken, CloneCancelled, cancellable_clone
from qubesmanager.dialogs.common import keep_wrapped_text_visible
from qubesmanager.mirror.dependencies import dependents
from qubesmanager.settings import common, uiload
from qubesmanager.settings.common import tr
from qubesmanager.widgets.errors import show_error


class RenameError(Exception):
    """A step after cloning failed; the message lists what to fix by hand."""


class _Steps(QObject):
    """Carries step texts from the worker thread to the progress dialog
    (a queued signal: emitted in the worker, delivered on the UI thread)."""

    step = pyqtSignal(str)
    #: the copy is done and settings are being changed: too late to cancel
    committed = pyqtSignal()


def rename_qube(app, old: str, new: str, refs: list[tuple[str, str]],
                report=lambda _text: None, token: CancelToken | None = None,
                committed=lambda: None) -> None:
    """Worker: clone, re-point ``refs`` ((holder or "" for global, property)),
    remove the original.  Stops before removing if any re-point failed.
    A cancel (``token``) is honoured until the copy is done: the copy is
    removed and CloneCancelled raised; after that the rename runs to its end."""
    report(tr("Copying %s to %s (its disks, settings, firewall, devices)…") % (old, new))
    cancellable_clone(app, old, new, token or CancelToken())
    committed()
    if refs:
        report(tr("Re-pointing %d settings to %s…") % (len(refs), new))
    failed = []
    for holder, prop in refs:
        try:
            target = app if holder == "" else app.domains[holder]
            setattr(target, prop, new)
        except Exception as err:  # collect them all, then report
            failed.append(f"{holder or 'global'}.{prop}: {common.error_text(err)}")
    if failed:
        raise RenameError(tr("%s was copied to %s, but these settings still name the "
                             "old qube, so it was kept:\n%s")
                          % (old, new, "\n".join(failed)))
    report(tr("Removing the original %s…") % old)
    del app.domains[old]


class RenameDialog(QDialog):
    """Ask for the new name, validated as the user types."""

    def __init__(self, mirror, qube_name: str, refs, parent=None):
        super().__init__(parent)
        uiload.load("dialog_rename", self)
        keep_wrapped_text_visible(self, 56)  # wrapped labels stay whole
        self.mirror = mirror
        self.qube_name = qube_name
        self.setWindowTitle(tr("Rename %s") % qube_name)
        text = tr("Renaming copies %s to a new qube with the new name, re-points the "
                  "settings that use it, then deletes the original. This takes as "
                  "long as copying its disks.") % qube_name
        if refs:
            text += " " + tr("Settings that will be re-pointed: %s.") % ", ".join(
                f"{h or tr('global')}.{p}" for h, p in refs)
        self.warning_label.setText(text)
        self.name_edit.setText(qube_name)
        self.name_edit.selectAll()
        self.name_edit.textChanged.connect(self._validate)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.status_label.setText("")
        self._validate()

    def new_name(self) -> str:
        return self.name_edit.text().strip()

    def _validate(self, *_args) -> None:
        name = self.new_name()
        problem = None
        if name == self.qube_name:
            problem = tr("Type the new name.")
        elif name in self.mirror.qubes:
            problem = tr("A qube named %s already exists.") % name
        else:
            problem = name_error(name)
        self.name_error_label.setText(problem or "")
        self.button_box.button(QDialogButtonBox.Ok).setEnabled(problem is None)


def start_rename(window) -> None:
    """Run the whole rename from the settings window (non-blocking)."""
    mirror, old = window.mirror, window.qube_name
    rec = mirror.get(old)
    if rec is None or not rec.is_halted:
        show_error(window, tr("Rename"), tr("Shut %s down before renaming it.") % old)
        return
    refs = dependents(mirror, old)
    running = sorted({h for h, p in refs if h and mirror.get(h) is not None
                      and p == "template" and mirror.get(h).is_running})
    if running:
        show_error(window, tr("Rename"), tr("These running qubes use %s as their template; "
                                            "shut them down first: %s")
                   % (old, ", ".join(running)))
        return
    dlg = RenameDialog(mirror, old, refs, window)
    window.rename_dialog = dlg  # reachable for tests

    def accepted() -> None:
        new = dlg.new_name()
        progress = QProgressDialog(tr("Renaming %s to %s…") % (old, new),
                                   tr("Cancel"), 0, 0, window)
        progress.setWindowModality(Qt.WindowModal)
        progress.setAccessibleName(tr("Rename progress"))
        progress.setMinimumDuration(0)
        progress.show()
        window.rename_progress = progress
        token = CancelToken()
        steps = _Steps(progress)
        steps.step.connect(progress.setLabelText)

        state = {"committed": False, "label": ""}
        steps.step.connect(lambda text: state.update(label=text))

        def cancel_button_enabled(on: bool) -> None:
            # Disabled, not removed: the button is the sender of canceled.
            button = progress.findChild(QPushButton)
            if button is not None:
                button.setEnabled(on)

        def cancel() -> None:
            # QProgressDialog hides itself on cancel (button or Esc), but the
            # work goes on until the copy is removed, or to the end once the
            # settings are being changed: keep showing what happens.
            progress.show()
            cancel_button_enabled(False)
            if state["committed"]:
                progress.setLabelText(state["label"])
                return
            token.cancel()
            progress.setLabelText(tr("Cancelling: the disk copy under way cannot "
                                     "be interrupted; the new qube is removed "
                                     "as soon as it ends…"))

        def committed() -> None:
            if not token.cancelled:
                state["committed"] = True        # settings are being changed now
                cancel_button_enabled(False)

        progress.canceled.connect(cancel)
        steps.committed.connect(committed)

        def done(_result) -> None:
            progress.close()
            for page in window._pages():
                for f in page.fields:
                    f.revert()
            window.renamed.emit(new)
            window.accept()
            # Carry on where the user was: the settings of the renamed qube.
            from qubesmanager.dialogs.common import open_settings
            open_settings(mirror, new)

        def failed(err) -> None:
            progress.close()
            if isinstance(err, CloneCancelled) and err.__cause__ is None:
                window.busy_label.setText(tr("Rename cancelled; nothing was changed."))
                return
            window.busy_label.setText(tr("Rename failed: %s") % common.error_text(err))
            show_error(window, tr("Rename failed"), err)

        mirror.run(rename_qube, mirror.app, old, new, refs, steps.step.emit,
                   token, steps.committed.emit, on_result=done, on_error=failed)

    dlg.accepted.connect(accepted)
    dlg.open()
