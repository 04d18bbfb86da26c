"""The hero table's model: every hero row, sorted and filtered in Python lists.

Why not QSortFilterProxyModel: with a Python source model the proxy calls back into Python for
every comparison and every row. Measured here, sorting 100,000 rows through the proxy took 19 s,
and filtering 0.17 s a keystroke. Sorting precomputed keys with list.sort and matching stored
search keys takes tens of milliseconds, so this model keeps the visible order itself, the way
Anki's browser keeps row ids and sorts in the query.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from heroviewer.catalog.fields import HeroRow
from heroviewer.search import matching_positions, query_tokens
from heroviewer.ui import labels

HERO_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HeroColumn(NamedTuple):
    key: str
    title: str  # translated at display time, context "HeroTableModel"
    text: Callable[[HeroRow], str]
    sort_key: Callable[[HeroRow], str]  # "" sorts last in either direction


def _text_column(key: str, title: str, text: Callable[[HeroRow], str | None]) -> HeroColumn:
    return HeroColumn(key, title, lambda r: text(r) or "", lambda r: (text(r) or "").casefold())


def _date_column(key: str, title: str, field: str) -> HeroColumn:
    value = attrgetter(field)
    return HeroColumn(key, title, lambda r: labels.date_text(value(r)), lambda r: value(r) or "")


def _branch_and_unit(row: HeroRow) -> str:
    return " · ".join(part for part in (row.branch, row.unit) if part)


def _posthumous_key(row: HeroRow) -> str:
    return "" if row.posthumous is None else str(int(row.posthumous) + 1)


COLUMNS = (
    _text_column("name", "Name", attrgetter("display_name")),
    _text_column("name_ru", "Russian name", attrgetter("name_ru")),
    _date_column("born", "Born", "birth_date"),
    _date_column("died", "Died", "death_date"),
    _text_column("birthplace", "Birthplace", attrgetter("birth_place")),
    _text_column("rank", "Rank", attrgetter("military_rank")),
    _text_column("unit", "Branch and unit", _branch_and_unit),
    _date_column("decree", "Decree", "award_date"),
    HeroColumn("posthumous", "Posthumous", lambda r: labels.yes_no(r.posthumous), _posthumous_key),
    HeroColumn(
        "group",
        "Group",
        lambda r: labels.group_short_label(r.group_code),
        lambda r: r.group_code or "",
    ),
)


class HeroTableModel(QAbstractTableModel):
    """All heroes; shows those that match the search (and the research filter) in sort order."""

    def __init__(self, rows: list[HeroRow], parent=None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._search_keys = [row.search_key for row in rows]
        self._sort_keys: dict[int, list[str]] = {}
        self._order = list(range(len(rows)))  # every row, in the current sort order
        self._visible = list(self._order)  # what the view shows
        self._matches: list[int] | None = None  # rows matching the search; None = all
        self._query = ""
        self._needs_research_only = False

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = COLUMNS[index.column()].text(row)
            return text if len(text) > 30 else None
        if role == HERO_ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HeroTableModel", COLUMNS[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row by ``column``; rows without a value go last in either direction."""
        keys = self._column_keys(column)
        present = [i for i in self._order if keys[i]]
        present.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._order = present + [i for i in self._order if not keys[i]]
        self.layoutAboutToBeChanged.emit()
        old_visible = self._visible
        self._visible = self._visible_rows()
        self._move_persistent_indexes(old_visible)
        self.layoutChanged.emit()

    # --- filtering ----------------------------------------------------------------------
    @property
    def total_count(self) -> int:
        return len(self._rows)

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Show the heroes whose names, places, rank, unit or deed contain every typed word."""
        tokens = query_tokens(query)
        narrowing = self._matches is not None and " ".join(tokens).startswith(self._query)
        self._query = " ".join(tokens)
        if not tokens:
            self._matches = None
        elif narrowing:  # typing on: only rows that matched before can match now
            subset = matching_positions(tokens, [self._search_keys[i] for i in self._matches])
            self._matches = [self._matches[i] for i in subset]
        else:
            self._matches = matching_positions(tokens, self._search_keys)
        self._refilter()

    def set_needs_research_only(self, enabled: bool) -> None:
        """Show only records with low confidence or missing key facts."""
        self._needs_research_only = enabled
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._visible_rows()
        self.endResetModel()

    def _visible_rows(self) -> list[int]:
        if self._matches is None and not self._needs_research_only:
            return list(self._order)
        shown = bytearray(len(self._rows))
        for i in range(len(self._rows)) if self._matches is None else self._matches:
            shown[i] = 1
        if self._needs_research_only:
            for i, row in enumerate(self._rows):
                if shown[i] and not row.needs_research:
                    shown[i] = 0
        return [i for i in self._order if shown[i]]

    # --- lookups ------------------------------------------------------------------------
    def hero_id(self, row: int) -> str:
        return self._rows[self._visible[row]].id

    def row_of(self, hero_id: str) -> int | None:
        """The visible row showing ``hero_id``, or None when it is filtered out."""
        for row, position in enumerate(self._visible):
            if self._rows[position].id == hero_id:
                return row
        return None

    def _column_keys(self, column: int) -> list[str]:
        if column not in self._sort_keys:
            key = COLUMNS[column].sort_key
            self._sort_keys[column] = [key(row) for row in self._rows]
        return self._sort_keys[column]

    def _move_persistent_indexes(self, old_visible: list[int]) -> None:
        persistent = self.persistentIndexList()
        if not persistent:
            return
        new_row = {position: row for row, position in enumerate(self._visible)}
        old = [QModelIndex(p) if isinstance(p, QPersistentModelIndex) else p for p in persistent]
        new = [self.index(new_row[old_visible[i.row()]], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
