"""``GlobalSettingsWindow``: the system-wide Qubes settings.

Load → edit → Apply: every field shows the daemon's value from the mirror;
Apply writes only the fields the user changed (each one call, in a worker
thread); the fields change back to "unedited" when the daemon's event
arrives.  Changes made elsewhere update unedited fields at once and are
reported (not overwritten) for edited ones.  Errors keep the window open and
show the daemon's message.

Choices are validated the way qubesd validates them, so a combo only offers
qubes the daemon would accept (see the predicates below).
"""

from __future__ import annotations

import humanize
from PyQt5.QtCore import pyqtSlot
from PyQt5.QtWidgets import QDialog, QDialogButtonBox, QMessageBox


from .fields import (BoolPropertyField, ChoiceField, Dom0FeatureField,
                     VmPropertyField)

#: Pool holding the installed kernels (admin-api.md 7.4).
KERNEL_POOL = "linux-kernel"
#: qmemman's settings live in /etc/qubes/qmemman.conf, outside the Admin
#: API; we keep them as dom0 features under these names (MiB).
FEATURE_VM_MIN_MEM = "qmemman-vm-min-mem"
FEATURE_DOM0_BOOST = "qmemman-dom0-mem-boost"
#: dom0 feature that turns dom0's own update check on or off.
FEATURE_DOM0_UPDATE_CHECK = "service.qubes-update-check"


#: Global default -> the per-qube property that follows it while at default.
FOLLOWERS = {"default_netvm": "netvm", "default_dispvm": "default_dispvm",
             "default_kernel": "kernel"}


# -- what qubesd accepts for each global qube property ----------------------

def _user_qube(rec) -> bool:
    return rec.klass in ("AppVM", "StandaloneVM") and not rec.internal


def is_template(rec) -> bool:
    """default_template: TemplateVM only (``wrong VM class`` otherwise)."""
    return rec.klass == "TemplateVM"


def is_netvm(rec) -> bool:
    """default_netvm: must provide network; a template never routes traffic."""
    return _user_qube(rec) and rec.provides_network


def is_dispvm_template(rec) -> bool:
    """default_dispvm: ``template_for_dispvms`` must be set."""
    return rec.klass == "AppVM" and rec.is_disposable_template


def is_clockvm(rec) -> bool:
    """clockvm: a persistent service qube with network (usually sys-net)."""
    return _user_qube(rec) and not rec.is_disposable_template and (
        rec.provides_network or bool(rec.netvm))


def is_updatevm(rec) -> bool:
    """updatevm: downloads dom0 updates, so it needs network itself."""
    return _user_qube(rec) and not rec.is_disposable_template and (
        rec.provides_network or bool(rec.netvm))


class GlobalSettingsWindow(QDialog):
    """System-wide settings (global properties and a few dom0 features)."""

    def __init__(self, mirror, parent=None) -> None:
        super().__init__(parent)
        from qubesmanager.uiloader import load_ui
        load_ui("globalsettings", self)
        self.mirror = mirror
        self.setObjectName("global-settings")
        self._writing = 0
        self._errors: list[tuple[str, object]] = []
        self._close_after_apply = False

        self.fields = [
            VmPropertyField(self.clockvm, "clockvm", self.tr("Clock qube"),
                            mirror, is_clockvm),
            VmPropertyField(self.default_template, "default_template",
                            self.tr("Default template"), mirror, is_template),
            VmPropertyField(self.default_netvm, "default_netvm",
                            self.tr("Default net qube"), mirror, is_netvm),
            VmPropertyField(self.default_dispvm, "default_dispvm",
                            self.tr("Default disposable template"), mirror,
                            is_dispvm_template),
            VmPropertyField(self.updatevm, "updatevm", self.tr("dom0 update qube"),
                            mirror, is_updatevm),
            ChoiceField(self.default_kernel, "default_kernel",
                        self.tr("Default kernel"), allow_none=True),
            ChoiceField(self.default_pool, "default_pool", self.tr("Default pool"),
                        resettable=True),
            *[ChoiceField(getattr(self, f"default_pool_{kind}"),
                          f"default_pool_{kind}", title, resettable=True)
              for kind, title in (("root", self.tr("Pool for root volumes")),
                                  ("private", self.tr("Pool for private volumes")),
                                  ("volatile", self.tr("Pool for volatile volumes")),
                                  ("kernel", self.tr("Pool for kernel volumes")))],
            BoolPropertyField(self.check_updates_vm, "check_updates_vm",
                              self.tr("Check for updates in qubes")),
            Dom0FeatureField(self.check_updates_dom0, FEATURE_DOM0_UPDATE_CHECK,
                             self.tr("Check for dom0 updates"), True),
            Dom0FeatureField(self.vm_min_mem, FEATURE_VM_MIN_MEM,
                             self.tr("Minimum memory per qube"), 200),
            Dom0FeatureField(self.dom0_mem_boost, FEATURE_DOM0_BOOST,
                             self.tr("dom0 memory boost"), 350),
        ]
        self._by_key = {f.key: f for f in self.fields}
        for field in self.fields:
            field.edited_changed.connect(self._update_buttons)
            field.edited_changed.connect(
                lambda edited, f=field: self._mark_edited(f, edited))

        self.memory_note.setText(self.tr(
            "qmemman reads these values from /etc/qubes/qmemman.conf, which "
            "the Admin API cannot change: they are kept as dom0 features "
            "({a}, {b}). On a real system copy them into qmemman.conf and "
            "restart qmemman; on the sandbox they are only simulated.").format(
                a=FEATURE_VM_MIN_MEM, b=FEATURE_DOM0_BOOST))
        self.resize(620, 460)

        self.buttons.button(QDialogButtonBox.Apply).clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.Reset).clicked.connect(self.discard)
        self.buttons.button(QDialogButtonBox.Reset).setText(self.tr("&Discard changes"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)

        mirror.global_changed.connect(self._on_global_changed)
        mirror.qube_changed.connect(self._on_qube_changed)
        mirror.loaded.connect(self.load)
        self.load()
        self._fetch_choices()

    def impact(self) -> str:
        """What Apply will change beyond the setting itself: qubes that
        follow a global default switch with it."""
        lines = []
        for field in self.edited():
            follower = FOLLOWERS.get(field.key)
            if follower is None:
                continue
            count = sum(1 for rec in self.mirror.qubes.values()
                        if follower in rec.props and rec.is_default(follower))
            if count:
                lines.append(self.tr("%n qube(s) follow the default and will use "
                                     "{value} as {what}.", "", count).format(
                    value=field.describe(field.shown()), what=field.title.lower()))
        return "\n".join(lines)

    def _mark_edited(self, field, edited: bool) -> None:
        """Bold label (or check box text) for a field with unapplied edits."""
        widget = field.widget
        label = getattr(self, f"{widget.objectName()}_label", None) or widget
        font = label.font()
        font.setBold(edited)
        label.setFont(font)

    # -- loading ----------------------------------------------------------------

    @pyqtSlot()
    def load(self) -> None:
        """Show the daemon's values in every unedited field."""
        # Qube combos filter on properties that arrive with the full load:
        # refill them once it is complete.
        for combo in (self.clockvm, self.default_template, self.default_netvm,
                      self.default_dispvm, self.updatevm):
            combo.refill()
        for field in self.fields:
            field.load(self.mirror)
        dom0 = self.mirror.get("dom0")
        maxmem = dom0.value("maxmem") if dom0 is not None else None
        self.dom0_maxmem.setText(
            humanize.naturalsize(maxmem * 1024 * 1024, binary=True)
            if maxmem else self.tr("unknown"))
        self._update_buttons()

    def _fetch_choices(self) -> None:
        """Pools and installed kernels: one call each, off the UI thread."""
        app = self.mirror.app

        def pools():
            return sorted(str(p) for p in app.pools)

        def kernels():
            raw = app.qubesd_call("dom0", "admin.pool.volume.List", KERNEL_POOL)
            return sorted({line for line in raw.decode().splitlines() if line},
                          key=_version_key, reverse=True)

        self.mirror.run(pools, on_result=self._got_pools,
                        on_error=lambda exc: self._choices_failed(
                            self.tr("Could not list storage pools"), exc))
        self.mirror.run(kernels, on_result=self._got_kernels,
                        on_error=lambda exc: self._choices_failed(
                            self.tr("Could not list installed kernels"), exc))

    def _got_pools(self, pools: list[str]) -> None:
        for field in self.fields:
            if field.key.startswith("default_pool"):
                field.set_choices(pools)
        self._update_buttons()

    def _got_kernels(self, kernels: list[str]) -> None:
        self._by_key["default_kernel"].set_choices(kernels)
        self._update_buttons()

    def _choices_failed(self, title: str, exc) -> None:
        self.status_label.setText(f"{title}: {exc}")

    # -- live reflection ------------------------------------------------------------

    @pyqtSlot(str)
    def _on_global_changed(self, prop: str) -> None:
        field = self._by_key.get(prop)
        if field is not None:
            self._reload(field)

    @pyqtSlot(str, str)
    def _on_qube_changed(self, name: str, what: str) -> None:
        if name == "dom0":
            field = self._by_key.get(f"dom0:{what}")
            if field is not None:
                self._reload(field)
            elif what == "maxmem":
                self.load()

    def _reload(self, field) -> None:
        if field.load(self.mirror):
            self.status_label.setText(self.tr(
                "{title} was changed elsewhere to {value}; Apply will replace it "
                "with your choice, Discard changes shows the new value.").format(
                    title=field.title, value=field.describe(field.loaded)))

    # -- applying ------------------------------------------------------------------

    def edited(self) -> list:
        return [f for f in self.fields if f.is_edited()]

    @pyqtSlot()
    def _update_buttons(self, *_args) -> None:
        dirty = bool(self.edited())
        if dirty and not self._writing:
            self.status_label.setText(self.impact())
        self.buttons.button(QDialogButtonBox.Apply).setEnabled(dirty and not self._writing)
        self.buttons.button(QDialogButtonBox.Reset).setEnabled(dirty)
        self.setWindowModified(dirty)

    @pyqtSlot()
    def apply(self) -> None:
        """Write every edited field; each is one Admin API call in a worker."""
        edited = self.edited()
        if not edited or self._writing:
            return
        self._errors = []
        self._writing = len(edited)
        self.status_label.setText(self.tr("Applying…"))
        app = self.mirror.app
        for field in edited:
            value = field.shown()
            self.mirror.run(field.write, app, value,
                            on_result=lambda _r, f=field: self._written(f, None),
                            on_error=lambda exc, f=field: self._written(f, exc))
        self._update_buttons()

    def _written(self, field, exc) -> None:
        self._writing -= 1
        if exc is not None:
            self._errors.append((field.title, exc))
        if self._writing:
            return
        self._update_buttons()
        if self._errors:
            self._close_after_apply = False
            self.status_label.setText(self.tr("Some settings were not saved."))
            from qubesmanager.widgets.errors import show_error
            text = "\n".join(f"{title}: {type(err).__name__}: {err}"
                             for title, err in self._errors)
            show_error(self, self.tr("Could not save all settings"), text)
        else:
            self.status_label.setText(self.tr("Settings saved."))
            if self._close_after_apply:
                self.accept()

    @pyqtSlot()
    def _ok(self) -> None:
        if self.edited():
            self._close_after_apply = True
            self.apply()
        else:
            self.accept()

    @pyqtSlot()
    def discard(self) -> None:
        for field in self.fields:
            field.discard()
        self.status_label.clear()
        self._update_buttons()

    def reject(self) -> None:
        """Ask before throwing edits away."""
        if self.edited() and not self._writing:
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("Some settings were changed but not applied. Close "
                        "and discard them?"),
                QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Discard:
                return
        super().reject()


def _version_key(text: str):
    """Sort kernel versions numerically (6.12.10 after 6.12.9)."""
    parts = []
    for chunk in text.replace("-", ".").split("."):
        parts.append((0, int(chunk), "") if chunk.isdigit() else (1, 0, chunk))
    return parts
