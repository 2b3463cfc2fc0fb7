"""Firewall tab: allow all, or limit to listed rules (+ DNS and ICMP).

Rules are not in the mirror; they are read when the tab is first shown and
saved as one whole list (``admin.vm.firewall.Set`` replaces it), only when
the list differs from what was read.  Any rule list can be shown and kept:
rules we cannot map onto the checkboxes simply stay rows of the table.
"""

from __future__ import annotations

import datetime
import sys
import time

import humanize
from PyQt5.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PyQt5.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from qubesmanager.admin.firewall import RULE_KEYS, Rule as _Parser
from qubesmanager.settings import common, uiload
from qubesmanager.settings.base import Field, SettingsTab
from qubesmanager.settings.common import tr
from qubesmanager.settings.fwrule import FirewallRuleDialog

ACCEPT_ALL = {"action": "accept"}
DROP_ALL = {"action": "drop"}
DNS = {"action": "accept", "specialtarget": "dns"}
ICMP = {"action": "accept", "proto": "icmp"}


def rule_line(o: dict[str, str]) -> str:
    """Rule options as one line, in the upstream client's order."""
    return " ".join(f"{k}={o[k]}" for k in RULE_KEYS if k in o)


def parse_line(line: str) -> dict[str, str]:
    return dict(_Parser(line).options)


class FirewallModel:
    """The rule list split into what the tab shows.

    ``temp_expire``: end (UNIX time) of a temporary "allow everything" rule
    (``action=accept expire=T`` first in the list), or None.
    """

    def __init__(self, limit: bool, rules: list[dict], dns: bool, icmp: bool,
                 temp_expire: int | None = None):
        self.limit, self.rules, self.dns, self.icmp = limit, rules, dns, icmp
        self.temp_expire = temp_expire

    @classmethod
    def from_rules(cls, rules: list[dict]) -> "FirewallModel":
        if rules == [ACCEPT_ALL] or not rules:
            return cls(False, [], True, True)
        body = list(rules)
        temp = None
        if body and set(body[0]) == {"action", "expire"} and body[0]["action"] == "accept":
            temp = int(body.pop(0)["expire"])
        if body and body[-1] == DROP_ALL:
            body.pop()
        dns = icmp = False
        if all(r.get("action") == "accept" for r in body):
            # Among accept rules order does not matter, so DNS and ICMP can
            # move to the checkboxes and back without changing what passes.
            dns = DNS in body
            icmp = ICMP in body
            body = [r for r in body if r not in (DNS, ICMP)]
        return cls(True, body, dns, icmp, temp)

    def to_rules(self) -> list[dict]:
        if not self.limit:
            return [dict(ACCEPT_ALL)]
        out = [{"action": "accept", "expire": str(self.temp_expire)}] \
            if self.temp_expire else []
        out += [dict(r) for r in self.rules]
        if self.dns:
            out.append(dict(DNS))
        if self.icmp:
            out.append(dict(ICMP))
        out.append(dict(DROP_ALL))
        return out


class FirewallTab(SettingsTab):
    title = QT_TRANSLATE_NOOP("Settings", "Firewall rules")  # translated when shown
    needs_background = True

    def __init__(self, mirror, qube_name, parent=None):
        super().__init__(mirror, qube_name, parent)
        uiload.load("settings_firewall", self)
        self.message = self.message_label
        header = self.rules_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.rules_field = self.add_field(
            Field("firewall", tr("Firewall rules"), self.rules_table,
                  self._value, self._put), self._write)
        for w in (self.allow_all_radio, self.limit_radio, self.dns_check, self.icmp_check):
            w.toggled.connect(self._edited)
        self._temp_expire: int | None = None
        self.temp_check.toggled.connect(self._temp_changed)
        self.temp_spin.valueChanged.connect(self._temp_changed)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.rules_table.itemDoubleClicked.connect(lambda _i: self._edit())
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.rules_table.itemSelectionChanged.connect(self._update_buttons)
        self._rows: list[dict] = []
        self._loading_ui = False
        self.setEnabled(False)
        self.status_label.setText(tr("Firewall rules are read when this page is shown."))
        self.load(self.record)

    # -- value: the whole rule list as lines ----------------------------------

    def _model(self) -> FirewallModel:
        return FirewallModel(self.limit_radio.isChecked(), [dict(r) for r in self._rows],
                             self.dns_check.isChecked(), self.icmp_check.isChecked(),
                             self._temp_expire if self.temp_check.isChecked() else None)

    def _value(self) -> tuple[str, ...]:
        return tuple(rule_line(r) for r in self._model().to_rules())

    def _put(self, lines) -> None:
        model = FirewallModel.from_rules([parse_line(line) for line in lines or ()])
        self._loading_ui = True
        try:
            self.limit_radio.setChecked(model.limit)
            self.allow_all_radio.setChecked(not model.limit)
            self.dns_check.setChecked(model.dns)
            self.icmp_check.setChecked(model.icmp)
            self._temp_expire = model.temp_expire
            self.temp_check.setChecked(bool(model.temp_expire))
            if model.temp_expire:
                left = max(1, round((model.temp_expire - time.time()) / 60))
                self.temp_spin.setValue(min(left, self.temp_spin.maximum()))
            self._rows = model.rules
            self._fill_table()
        finally:
            self._loading_ui = False
        self._update_buttons()

    def _temp_changed(self, *_args) -> None:
        """Full access for N minutes from now: an expiring accept-all rule."""
        if self._loading_ui:
            return
        self._temp_expire = int(time.time()) + 60 * self.temp_spin.value() \
            if self.temp_check.isChecked() else None
        self._edited()

    def _edited(self, *_args) -> None:
        self._update_buttons()
        if not self._loading_ui:
            self.rules_field._on_edit()

    # -- table ------------------------------------------------------------------

    def _fill_table(self) -> None:
        t = self.rules_table
        t.setRowCount(len(self._rows))
        for row, r in enumerate(self._rows):
            cells = (
                tr("Allow") if r.get("action") == "accept" else tr("Block"),
                _address(r), _ports(r), (r.get("proto") or tr("any")).upper()
                if r.get("proto") else tr("any"),
                _expiry(r.get("expire")), r.get("comment", ""))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                t.setItem(row, col, item)

    def _update_buttons(self) -> None:
        limit = self.limit_radio.isChecked()
        row = self.rules_table.currentRow()
        selected = limit and 0 <= row < len(self._rows) and bool(
            self.rules_table.selectedItems())
        self.rules_table.setEnabled(limit)
        self.add_button.setEnabled(limit)
        self.dns_check.setEnabled(limit)
        self.icmp_check.setEnabled(limit)
        self.temp_check.setEnabled(limit)
        self.temp_spin.setEnabled(limit and self.temp_check.isChecked())
        for b in (self.edit_button, self.remove_button):
            b.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < len(self._rows) - 1)

    def rule_dialog(self, options: dict | None) -> dict | None:
        """Run the rule editor; returns the new options or None (tests
        replace this method to drive it without a nested event loop)."""
        dlg = FirewallRuleDialog(options, self)
        if dlg.exec_() == QDialog.Accepted:
            return dlg.result_options
        return None

    def _add(self) -> None:
        options = self.rule_dialog(None)
        if options:
            self._rows.append(options)
            self._fill_table()
            self.rules_table.selectRow(len(self._rows) - 1)
            self._edited()

    def _edit(self) -> None:
        row = self.rules_table.currentRow()
        if not (0 <= row < len(self._rows)) or not self.limit_radio.isChecked():
            return
        options = self.rule_dialog(self._rows[row])
        if options:
            self._rows[row] = options
            self._fill_table()
            self.rules_table.selectRow(row)
            self._edited()

    def _remove(self) -> None:
        row = self.rules_table.currentRow()
        if 0 <= row < len(self._rows):
            del self._rows[row]
            self._fill_table()
            self._edited()

    def _move(self, delta: int) -> None:
        row = self.rules_table.currentRow()
        new = row + delta
        if 0 <= row < len(self._rows) and 0 <= new < len(self._rows):
            self._rows[row], self._rows[new] = self._rows[new], self._rows[row]
            self._fill_table()
            self.rules_table.selectRow(new)
            self._edited()

    # -- load / background --------------------------------------------------------

    def load(self, rec) -> None:
        self._netvm_warning(rec)
        if rec.is_admin:
            self.status_label.setText(tr("dom0 has no firewall."))

    def _netvm_warning(self, rec) -> None:
        netvm = rec.value("netvm")
        text = ""
        if "netvm" in rec.props and not netvm:
            text = (tr("This qube provides network and has no net qube: its own "
                       "firewall rules have no effect.") if rec.provides_network else
                    tr("This qube has no net qube, so it has no network access at all; "
                       "these rules take effect once a net qube is set."))
        else:
            nrec = self.mirror.get(netvm or "")
            # Templates advertise the firewall service for the qubes based on them.
            if nrec is not None and not common.feature_with_template(
                    self.mirror, netvm, "qubes-firewall"):
                text = tr("The net qube %s does not enforce firewall rules: these "
                          "rules will NOT be applied.") % netvm
        self.netvm_warning_label.setText(text)
        self.netvm_warning_label.setVisible(bool(text))

    def start_background(self) -> None:
        if self.record.is_admin:
            return
        self.status_label.setText(tr("Reading firewall rules…"))
        self.mirror.run(self._read, self.mirror.app, self.qube_name,
                        on_result=self._loaded, on_error=self._failed)

    @staticmethod
    def _read(app, name) -> list[str]:
        return [str(r.rule) for r in app.domains[name].firewall.rules]

    def _loaded(self, lines: list[str]) -> None:
        # Normalise through the model so an equivalent list reads as unchanged.
        model = FirewallModel.from_rules([parse_line(line) for line in lines])
        self.rules_field.load(tuple(rule_line(r) for r in model.to_rules()))
        self.refresh_messages()
        self.setEnabled(True)
        self.status_label.setText("")
        self._update_buttons()

    def _failed(self, exc) -> None:
        self.status_label.setText(tr("Could not read the firewall rules: %s")
                                  % common.error_text(exc))

    def reload_rules(self) -> None:
        """Another client changed the rules (``firewall-changed``)."""
        if self.background_started:
            QTimer.singleShot(0, self.start_background)

    def _write(self, app, lines) -> None:
        vm = app.domains[self.qube_name]
        # The Rule class of whichever client we run on (ours or qubesadmin).
        rule_cls = sys.modules[type(vm.firewall).__module__].Rule
        vm.firewall.save_rules([rule_cls(line) for line in lines])


def _address(r: dict) -> str:
    for key in ("dsthost", "dst4", "dst6"):
        if key in r:
            text = r[key]
            for suffix in ("/32", "/128"):
                if key != "dsthost" and text.endswith(suffix):
                    text = text[:-len(suffix)]
            return text
    if r.get("specialtarget") == "dns":
        return tr("DNS servers")
    return tr("any")


def _ports(r: dict) -> str:
    ports = r.get("dstports")
    if ports:
        low, _, high = ports.partition("-")
        return low if not high or high == low else ports
    if r.get("icmptype"):
        return tr("ICMP type %s") % r["icmptype"]
    return tr("any")


def _expiry(expire: str | None) -> str:
    if not expire:
        return tr("never")
    when = datetime.datetime.fromtimestamp(int(expire))
    return humanize.naturaltime(when)
