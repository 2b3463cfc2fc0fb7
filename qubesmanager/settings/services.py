"""Services tab: the qube's ``service.*`` features (on, off, removed)."""

from __future__ import annotations

import re

from PyQt5.QtCore import QT_TRANSLATE_NOOP, Qt
from PyQt5.QtWidgets import QListWidgetItem

from qubesmanager.settings import uiload
from qubesmanager.settings.base import Field, SettingsTab, TabError, write_feature
from qubesmanager.settings.common import tr

PREFIX = "service."
SUPPORTED = "supported-service."
_NAME = re.compile(r"[A-Za-z0-9_.-]+")


class ServicesTab(SettingsTab):
    """Checked = feature ``1``, unchecked = empty (explicitly off), not
    listed = feature removed (the qube's default applies)."""

    title = QT_TRANSLATE_NOOP("Settings", "Services")  # translated when shown

    def __init__(self, mirror, qube_name, parent=None):
        super().__init__(mirror, qube_name, parent)
        uiload.load("settings_services", self)
        self.message = self.message_label
        self.services = self.add_field(
            Field("services", tr("Services"), self.services_list, self._value,
                  self._put, self.services_list.itemChanged), self._write)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.service_combo.lineEdit().returnPressed.connect(self._add)
        self.service_combo.lineEdit().setPlaceholderText(tr("service name"))
        self.load(self.record)

    def _value(self) -> dict[str, bool]:
        lw = self.services_list
        return {lw.item(i).data(Qt.UserRole): lw.item(i).checkState() == Qt.Checked
                for i in range(lw.count())}

    def _put(self, services) -> None:
        self.services_list.clear()
        for name, on in sorted((services or {}).items()):
            self._add_item(name, on)

    def _add_item(self, name: str, on: bool) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(Qt.UserRole, name)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked if on else Qt.Unchecked)
        self.services_list.addItem(item)
        return item

    def load(self, rec) -> None:
        self.services.load({k[len(PREFIX):]: bool(v) for k, v in rec.features.items()
                            if k.startswith(PREFIX)})
        supported = set()
        for holder in (rec, self.mirror.get(rec.value("template") or "")):
            if holder is not None:
                supported |= {k[len(SUPPORTED):] for k, v in holder.features.items()
                              if k.startswith(SUPPORTED) and v}
        text = self.service_combo.currentText()
        self.service_combo.clear()
        self.service_combo.addItems(sorted(supported))
        self.service_combo.setEditText(text)

    def _add(self) -> None:
        name = self.service_combo.currentText().strip()
        if not name:
            return
        if not _NAME.fullmatch(name):
            self.show_message(tr("A service name may contain only letters, digits, "
                                 "'.', '_' and '-'."))
            return
        existing = self.services_list.findItems(name, Qt.MatchExactly)
        if existing:
            self.services_list.setCurrentItem(existing[0])
            self.show_message(tr("Service %s is already listed.") % name)
            return
        self.show_message("")
        item = self._add_item(name, True)
        self.services_list.sortItems()
        self.services_list.setCurrentItem(item)
        self.service_combo.setEditText("")
        self.services._on_edit()

    def _remove(self) -> None:
        row = self.services_list.currentRow()
        if row >= 0:
            self.services_list.takeItem(row)
            self.services._on_edit()

    def _write(self, app, value: dict[str, bool]) -> None:
        old = self.services.original or {}
        for name in old.keys() - value.keys():
            write_feature(app, self.qube_name, PREFIX + name, None)
        for name, on in value.items():
            if old.get(name) != on:
                write_feature(app, self.qube_name, PREFIX + name, "1" if on else "")

    def check(self) -> None:
        for name in self._value():
            if not _NAME.fullmatch(name):
                raise TabError(self.services, tr("Invalid service name: %s") % name)
