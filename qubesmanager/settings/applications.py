"""Applications tab: which application-menu entries the qube shows.

The selection is the ``menu-items`` feature (space-separated ``.desktop``
ids), as upstream's ``qvm-appmenus`` keeps it.  The entries a qube *can*
show come from its template (or itself, for templates and standalones):
the ``default-menu-items`` feature plus, on a real dom0, the desktop files
``qvm-sync-appmenus`` stored under ``~/.local/share/qubes-appmenus``.
"Refresh" re-reads both (in the background).
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from PyQt5.QtCore import QT_TRANSLATE_NOOP, Qt
from PyQt5.QtWidgets import QListWidgetItem

from qubesmanager.settings import common, uiload
from qubesmanager.settings.base import Field, SettingsTab, write_feature
from qubesmanager.settings.common import tr

FEATURE = "menu-items"
DEFAULTS = "default-menu-items"
ROLE = Qt.UserRole


def appmenus_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return Path(base) / "qubes-appmenus"


def desktop_entries(qube: str) -> dict[str, str]:
    """``{desktop id: display name}`` from the synced desktop files, if any."""
    out = {}
    folder = appmenus_dir() / qube / "apps.templates"
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.desktop")):
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read(path, encoding="utf-8")
            name = parser.get("Desktop Entry", "Name", fallback=path.stem)
        except (configparser.Error, OSError, UnicodeDecodeError):
            name = path.stem
        out[path.name] = name
    return out


class ApplicationsTab(SettingsTab):
    title = QT_TRANSLATE_NOOP("Settings", "Applications")  # translated when shown
    needs_background = True

    def __init__(self, mirror, qube_name, parent=None):
        super().__init__(mirror, qube_name, parent)
        uiload.load("settings_applications", self)
        self.message = self.message_label
        self._names: dict[str, str] = {}
        self.apps = self.add_field(
            Field(FEATURE, tr("Applications"), self.selected_list, self._value,
                  self._put), self._write)
        self.add_button.clicked.connect(lambda: self._move(self.available_list,
                                                           self.selected_list))
        self.remove_button.clicked.connect(lambda: self._move(self.selected_list,
                                                              self.available_list))
        self.available_list.itemDoubleClicked.connect(
            lambda _i: self._move(self.available_list, self.selected_list))
        self.selected_list.itemDoubleClicked.connect(
            lambda _i: self._move(self.selected_list, self.available_list))
        self.refresh_button.clicked.connect(self.start_background)
        self.load(self.record)

    def _source(self, rec) -> str:
        """The qube whose applications this one can show."""
        tpl = rec.value("template")
        if rec.klass == "DispVM" and tpl:
            inner = self.mirror.get(tpl)
            return (inner.value("template") if inner else None) or tpl
        return tpl or rec.name

    # -- value: tuple of selected desktop ids ----------------------------------

    def _value(self) -> tuple[str, ...]:
        lw = self.selected_list
        return tuple(sorted(lw.item(i).data(ROLE) for i in range(lw.count())))

    def _put(self, selected) -> None:
        selected = set(selected or ())
        self.selected_list.clear()
        self.available_list.clear()
        for ident in sorted(selected | set(self._names), key=self._sort_key):
            lw = self.selected_list if ident in selected else self.available_list
            text = self._names.get(ident)
            if text is None:
                text = tr("%s (missing in the template)") % ident
            item = QListWidgetItem(text)
            item.setData(ROLE, ident)
            item.setToolTip(ident)
            lw.addItem(item)

    def _sort_key(self, ident: str) -> str:
        return (self._names.get(ident) or ident).lower()

    def _move(self, src, dst) -> None:
        for item in src.selectedItems():
            dst.addItem(src.takeItem(src.row(item)))
        dst.sortItems()
        self.apps._on_edit()

    # -- load ----------------------------------------------------------------

    def load(self, rec) -> None:
        value = tuple(sorted((rec.feature(FEATURE) or "").split()))
        if self.apps.loaded:  # before the first read there is nothing to show
            self.apps.load(value)

    def start_background(self) -> None:
        self.status_label.setText(tr("Reading applications…"))
        self.refresh_button.setEnabled(False)
        self.mirror.run(self._read, self.mirror.app, self._source(self.record),
                        on_result=self._loaded, on_error=self._failed)

    @staticmethod
    def _read(app, source: str):
        """Worker: the synced desktop files and the template's default
        entries (one feature read, fresh rather than from the mirror so
        "Refresh" really refreshes)."""
        try:
            defaults = app.domains[source].features.get(DEFAULTS, "") or ""
        except KeyError:
            defaults = ""
        return desktop_entries(source), defaults

    def _loaded(self, result) -> None:
        names, defaults = result
        names = dict(names)
        for ident in defaults.split():
            names.setdefault(ident, ident[:-len(".desktop")]
                             if ident.endswith(".desktop") else ident)
        self._names = names
        rec = self.record
        value = tuple(sorted((rec.feature(FEATURE) or "").split())) if rec else ()
        if self.apps.touched:
            keep = self._value()
            self.apps.load(value)
            self._put(keep)
        else:
            self.apps.load(value)
            self._put(value)
        self.refresh_messages()
        self.refresh_button.setEnabled(True)
        self.status_label.setText(
            "" if names else tr("No applications known for %s yet: start it once so "
                                "its menu entries are synchronised.") % self._source(rec))

    def _failed(self, exc) -> None:
        self.refresh_button.setEnabled(True)
        self.status_label.setText(tr("Could not read applications: %s")
                                  % common.error_text(exc))

    def _write(self, app, value) -> None:
        write_feature(app, self.qube_name, FEATURE, " ".join(value) if value else None)
