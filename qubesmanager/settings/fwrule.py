"""Dialog to add or edit one firewall rule, validated before it is saved.

Validation mirrors what qubesd accepts (admin-api.md 8) so a bad rule is
refused here, with a reason, instead of failing the whole list on save.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time

from PyQt5.QtCore import QDateTime
from PyQt5.QtWidgets import QDialog

from qubesmanager.dialogs.common import keep_wrapped_text_visible
from qubesmanager.settings import uiload
from qubesmanager.settings.common import tr

_HOST = re.compile(r"[a-z0-9._-]+")
_COMMENT = re.compile(r"[A-Za-z0-9:;,./_\[\] -]*")
_PORTS = re.compile(r"(\d+)(?:-(\d+))?")


def parse_address(text: str) -> tuple[str, str] | None:
    """``(key, value)`` for a destination, None for "any"; ValueError if bad."""
    text = text.strip()
    if not text or text == "*":
        return None
    try:
        net = ipaddress.ip_network(text, strict=False)
    except ValueError:
        net = None
    if net is not None:
        key = "dst4" if net.version == 4 else "dst6"
        return key, f"{net.network_address}/{net.prefixlen}"
    if not _HOST.fullmatch(text.lower()):
        raise ValueError(tr("Not an IP address, network or host name: %s") % text)
    return "dsthost", text.lower()


def parse_ports(text: str, proto: str) -> str | None:
    """``N`` or ``N-M`` for a port, range or service name; None for any."""
    text = text.strip()
    if not text or text == "*":
        return None
    m = _PORTS.fullmatch(text)
    if m:
        low = int(m.group(1))
        high = int(m.group(2) or low)
        if not (0 <= low <= high <= 65535):
            raise ValueError(tr("Ports must be 0-65535, the first not above the second."))
        return f"{low}-{high}" if high != low else str(low)
    try:
        return str(socket.getservbyname(text, proto))
    except OSError:
        raise ValueError(tr("Unknown service: %s") % text) from None


class FirewallRuleDialog(QDialog):
    """Edit a rule as a dict of options (``action``, ``dst4``, ``proto``…)."""

    def __init__(self, options: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        uiload.load("dialog_fwrule", self)
        self.action_combo.addItem(tr("Allow"), "accept")
        self.action_combo.addItem(tr("Block"), "drop")
        for text, value in ((tr("Any"), ""), ("TCP", "tcp"), ("UDP", "udp"),
                            ("ICMP", "icmp")):
            self.proto_combo.addItem(text, value)
        self.proto_combo.currentIndexChanged.connect(self._proto_changed)
        self.expire_check.toggled.connect(self.expire_edit.setEnabled)
        self.expire_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.expire_edit.setEnabled(False)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.result_options: dict[str, str] | None = None
        if options:
            self._fill(options)
        self._proto_changed()
        self.error_label.setText("")
        # Wide enough for the placeholders; the wrapped note stays whole.
        keep_wrapped_text_visible(self, 60)

    def _fill(self, o: dict[str, str]) -> None:
        self.action_combo.setCurrentIndex(self.action_combo.findData(o.get("action", "accept")))
        dst = o.get("dsthost") or o.get("dst4") or o.get("dst6") or ""
        dst = re.sub(r"/(32|128)$", "", dst)
        self.address_edit.setText(dst)
        self.proto_combo.setCurrentIndex(max(0, self.proto_combo.findData(o.get("proto", ""))))
        ports = o.get("dstports", "")
        low, _, high = ports.partition("-")
        self.port_edit.setText(low if high == low else ports)
        self.icmptype_edit.setText(o.get("icmptype", ""))
        if o.get("expire"):
            self.expire_check.setChecked(True)
            self.expire_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(o["expire"])))
        self.comment_edit.setText(o.get("comment", ""))

    def _proto_changed(self, *_args) -> None:
        proto = self.proto_combo.currentData()
        self.port_edit.setEnabled(proto in ("tcp", "udp"))
        self.icmptype_edit.setEnabled(proto == "icmp")

    def options(self) -> dict[str, str]:
        """The rule from the form; raises ValueError with a readable reason."""
        o: dict[str, str] = {"action": self.action_combo.currentData()}
        proto = self.proto_combo.currentData()
        if proto:
            o["proto"] = proto
        dst = parse_address(self.address_edit.text())
        if dst:
            o[dst[0]] = dst[1]
        if proto in ("tcp", "udp"):
            ports = parse_ports(self.port_edit.text(), proto)
            if ports:
                o["dstports"] = ports
        if proto == "icmp" and self.icmptype_edit.text().strip():
            text = self.icmptype_edit.text().strip()
            if not text.isdigit() or int(text) > 255:
                raise ValueError(tr("ICMP type must be a number from 0 to 255."))
            o["icmptype"] = text
        if self.expire_check.isChecked():
            when = self.expire_edit.dateTime().toSecsSinceEpoch()
            if when <= time.time():
                raise ValueError(tr("The expiry time is in the past."))
            o["expire"] = str(when)
        comment = self.comment_edit.text().strip()
        if comment:
            if not _COMMENT.fullmatch(comment):
                raise ValueError(tr("A comment may contain letters, digits, spaces "
                                    "and : ; , . / _ [ ] - only."))
            o["comment"] = comment
        return o

    def accept(self) -> None:
        try:
            self.result_options = self.options()
        except ValueError as err:
            self.error_label.setText(str(err))
            return
        super().accept()
