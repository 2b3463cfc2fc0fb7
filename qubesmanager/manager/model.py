"""Table model: a thin adapter from mirror signals to Qt row signals.

Rows follow ``mirror.qubes``; a change repaints only the cells whose
column depends on it (see :mod:`columns`).  Changes arriving in one burst
(the initial load, 50 qubes starting) are merged into one ``dataChanged``
per run of adjacent rows at the next event-loop turn, so the proxy
re-sorts once per burst instead of once per event.
"""

from __future__ import annotations

from PyQt5.QtCore import (QAbstractTableModel, QModelIndex, QSize, Qt,
                          QTimer, pyqtSignal, pyqtSlot)
from PyQt5.QtGui import QFont, QPalette, QPixmap
from PyQt5.QtWidgets import QApplication

from qubesmanager.manager import columns as cols
from qubesmanager.mirror.subscribe import subscribe
from qubesmanager.widgets import icons

#: Role returning the sort key (the proxy sorts with it).
SORT_ROLE = Qt.UserRole + 1
#: Role returning the row's QubeRecord.
RECORD_ROLE = Qt.UserRole + 2

_STATE = cols.COLUMN_INDEX["state"]
_LABEL = cols.COLUMN_INDEX["label"]
_TYPE = cols.COLUMN_INDEX["type"]
_TEMPLATE = cols.COLUMN_INDEX["template"]
_BACKUPS = cols.COLUMN_INDEX["backups"]
_NOTES = cols.COLUMN_INDEX["notes"]
_NAME = cols.COLUMN_INDEX["name"]
_DISK = cols.COLUMN_INDEX["disk"]
_LAST_BACKUP = cols.COLUMN_INDEX["last_backup"]
_TAGS = cols.COLUMN_INDEX["tags"]
_CPU = cols.COLUMN_INDEX["cpu"]
_MEMORY = cols.COLUMN_INDEX["memory"]

_RIGHT = (_DISK, _CPU, _MEMORY)


class QubeTableModel(QAbstractTableModel):
    """One row per qube of the mirror, in mirror order (dom0 first)."""

    #: (name, value) — the user toggled the include-in-backups checkbox;
    #: the window writes it through the API (the model never calls it).
    backup_toggled = pyqtSignal(str, bool)

    def __init__(self, mirror, parent=None) -> None:
        super().__init__(parent)
        self.mirror = mirror
        self._names: list[str] = list(mirror.qubes)
        self._row_of = {n: i for i, n in enumerate(self._names)}
        self._dirty: dict[int, set[int]] = {}
        self._pending_adds: list[str] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        #: Decoration size; the window sets it from its style.
        self.icon_size = QSize(16, 16)
        self._pixmaps: dict[int, QPixmap] = {}
        #: Number of row repaints requested (benchmarks: one event -> rows).
        self.rows_repainted = 0
        subscribe(mirror, qube_added=self._on_added,
                  qube_removed=self._on_removed, qube_changed=self._on_changed,
                  state_changed=self._on_state, stats_changed=self._on_stats,
                  global_changed=self._on_global)

    # ------------------------------------------------------------------
    # Qt model API

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(cols.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < len(cols.COLUMNS):
            return None
        col = cols.COLUMNS[section]
        title = cols.tr(col.title)
        if role == Qt.DisplayRole:
            return "" if section in (_STATE, _LABEL, _NOTES) else title
        if role == Qt.ToolTipRole:
            return cols.tr(col.tooltip) if col.tooltip else title
        if role == Qt.AccessibleTextRole:
            return title
        return None

    def name_at(self, row: int) -> str:
        return self._names[row]

    def row_of(self, name: str) -> int | None:
        return self._row_of.get(name)

    def record(self, row: int):
        return self.mirror.qubes.get(self._names[row])

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == _BACKUPS:
            rec = self.record(index.row())
            if rec is not None and "include_in_backups" in rec.props \
                    and not rec.is_admin:
                base |= Qt.ItemIsUserCheckable | Qt.ItemIsEditable
        return base

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        rec = self.mirror.qubes.get(self._names[index.row()])
        if rec is None:
            return None
        column = index.column()
        col = cols.COLUMNS[column]
        mirror = self.mirror
        if role == Qt.DisplayRole:
            return col.text(rec, mirror)
        if role == SORT_ROLE:
            if col.sort is not None:
                return col.sort(rec, mirror)
            return col.text(rec, mirror).lower()
        if role == RECORD_ROLE:
            return rec
        if role == Qt.DecorationRole:
            return self._pixmap(self._decoration(rec, column))
        if role == Qt.CheckStateRole and column == _BACKUPS:
            value = rec.value("include_in_backups")
            if value is None:
                return None
            return Qt.Checked if value else Qt.Unchecked
        if role == Qt.ToolTipRole:
            return self._tooltip(rec, column)
        if role == Qt.AccessibleTextRole:
            return self._accessible(rec, column)
        if role == Qt.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and column == _TEMPLATE and not rec.template:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ForegroundRole and column == _TEMPLATE and not rec.template:
            return QApplication.palette().brush(QPalette.Disabled, QPalette.Text)
        return None

    def _pixmap(self, icon):
        """Icons as cached pixmaps: the view repaints rows often (stats,
        state changes) and rendering the SVG each time costs more than the
        rest of the paint."""
        if icon is None or icon.isNull():
            return None
        key = icon.cacheKey()
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = icon.pixmap(self.icon_size)
            self._pixmaps[key] = pixmap
        return pixmap

    def _decoration(self, rec, column: int):
        if column == _STATE:
            restart, update = cols.state_marks(rec, self.mirror)
            badge = restart or ("preloaded" if rec.value("is_preload") else False)
            return icons.state_icon(cols.shown_state(rec), outdated=badge or False,
                                    updates=update or False)
        if column == _LABEL:
            colour = self.mirror.label_colour(rec.label)
            return icons.label_icon(colour) if colour is not None else None
        if column == _TYPE:
            key = icons.class_key(rec.klass, rec.is_disposable_template,
                                  rec.provides_network,
                                  rec.feature_on("servicevm"))
            return icons.class_icon(key, self.mirror.label_colour(rec.label))
        if column == _NOTES and rec.has_notes:
            return icons.action_icon("notes")
        return None

    def _tooltip(self, rec, column: int):
        key = cols.COLUMNS[column].key
        if key == "state":
            return cols.state_tooltip(rec, self.mirror)
        if key == "label":
            return rec.label or ""
        if key == "disk" and rec.disk:
            lines = [self.tr("{vol}: {usage} used of {size}").format(
                vol=vol, usage=_size(usage), size=_size(size))
                for vol, (size, usage) in sorted(rec.disk.items())]
            return "\n".join(lines)
        if key == "last_backup" and rec.props:
            return cols.last_backup_tooltip(rec)
        if key == "tags" and rec.tags:
            return "\n".join(sorted(rec.tags))
        if key == "notes" and rec.has_notes:
            return self.tr("This qube has notes (Settings, Notes tab)")
        if key == "memory" and rec.stats:
            return self.tr("Assigned: {}").format(cols._mem_text(rec, self.mirror))
        text = cols.COLUMNS[column].text(rec, self.mirror)
        return text or None

    def _accessible(self, rec, column: int) -> str:
        key = cols.COLUMNS[column].key
        if key == "state":
            return cols.state_tooltip(rec, self.mirror).replace("\n", "; ")
        if key == "label":
            return rec.label or ""
        if key == "backups":
            return self.tr("included") if rec.value("include_in_backups") \
                else self.tr("not included")
        if key == "notes":
            return self.tr("has notes") if rec.has_notes else ""
        return cols.COLUMNS[column].text(rec, self.mirror)

    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802
        """The checkbox asks the window to write; the cell changes when the
        daemon's ``property-set`` event comes back."""
        if index.column() == _BACKUPS and role == Qt.CheckStateRole:
            name = self._names[index.row()]
            self.backup_toggled.emit(name, value == Qt.Checked
                                     or value == int(Qt.Checked))
            return False
        return False

    # ------------------------------------------------------------------
    # mirror signals

    @pyqtSlot(str)
    def _on_added(self, name: str) -> None:
        """Rows are inserted at the next turn, all new ones at once: the
        first listing of 1,000 qubes is one insert for the proxy."""
        if name in self._row_of or name in self._pending_adds:
            return
        self._pending_adds.append(name)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    #: Rows inserted per event-loop turn: the sorting proxy places each new
    #: row with Python comparisons, so 1,000 at once would freeze a beat.
    INSERT_BATCH = 200

    def _insert_pending(self) -> None:
        batch = self._pending_adds[:self.INSERT_BATCH]
        self._pending_adds = self._pending_adds[self.INSERT_BATCH:]
        if self._pending_adds:
            self._flush_timer.start()
        adds = [n for n in batch if n in self.mirror.qubes
                and n not in self._row_of]
        if not adds:
            return
        first = len(self._names)
        self.beginInsertRows(QModelIndex(), first, first + len(adds) - 1)
        for name in adds:
            self._row_of[name] = len(self._names)
            self._names.append(name)
        self.endInsertRows()

    @pyqtSlot(str)
    def _on_removed(self, name: str) -> None:
        if name in self._pending_adds:
            self._pending_adds.remove(name)
        row = self._row_of.get(name)
        if row is None:
            return
        self._flush()
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._names[row]
        self._row_of = {n: i for i, n in enumerate(self._names)}
        self.endRemoveRows()

    def _mark(self, name: str, columns) -> None:
        row = self._row_of.get(name)
        if row is None or not columns:
            return
        self._dirty.setdefault(row, set()).update(columns)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    @pyqtSlot(str, str)
    def _on_changed(self, name: str, what: str) -> None:
        self._mark(name, cols.columns_for(what))
        if what == "template" or what == "*":
            self._mark(name, [_STATE])

    @pyqtSlot(str, str)
    def _on_state(self, name: str, _state: str) -> None:
        self._mark(name, cols.columns_for("state"))
        rec = self.mirror.qubes.get(name)
        if rec is not None and rec.klass == "TemplateVM":
            # Qubes based on it show whether they are to be outdated.
            for other in self.mirror.qubes.values():
                if other.template == name and other.is_running:
                    self._mark(other.name, [_STATE])

    @pyqtSlot(str)
    def _on_stats(self, name: str) -> None:
        self._mark(name, cols.columns_for("stats"))

    def clear_pixmaps(self) -> None:
        """Forget rendered icons (palette or size changed)."""
        self._pixmaps.clear()

    @pyqtSlot(str)
    def _on_global(self, prop: str) -> None:
        if prop == "labels" and self._names:
            self._mark_all([_LABEL, _TYPE])

    def _mark_all(self, columns) -> None:
        for name in self._names:
            self._mark(name, columns)

    @pyqtSlot()
    def _flush(self) -> None:
        """Insert new rows, then emit the merged ``dataChanged`` signals of
        this burst."""
        if self._pending_adds:
            self._insert_pending()
        dirty, self._dirty = self._dirty, {}
        if not dirty:
            return
        self.rows_repainted += len(dirty)
        rows = sorted(dirty)
        if len(rows) > 64:
            # A big burst: one range of rows is cheaper for the proxy than
            # hundreds of single-row signals.
            self._emit(rows[0], rows[-1], set().union(*dirty.values()))
            return
        start = prev = rows[0]
        span = set(dirty[start])
        for row in rows[1:] + [None]:
            if row is not None and row == prev + 1:
                span |= dirty[row]
                prev = row
                continue
            self._emit(start, prev, span)
            if row is not None:
                start = prev = row
                span = set(dirty[row])

    def _emit(self, first: int, last: int, columns: set[int]) -> None:
        """One ``dataChanged`` per run of adjacent columns, so a column that
        did not change (the name, usually the sort key) is not re-sorted."""
        ordered = sorted(columns)
        run_start = prev = ordered[0]
        for column in ordered[1:] + [None]:
            if column is not None and column == prev + 1:
                prev = column
                continue
            self.dataChanged.emit(self.index(first, run_start),
                                  self.index(last, prev))
            if column is not None:
                run_start = prev = column


def _size(value: int) -> str:
    import humanize
    return humanize.naturalsize(value, binary=True, format="%.1f")
