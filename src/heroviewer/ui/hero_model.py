"""The hero table's model: every hero row, sorted and filtered in Python lists.

Why not QSortFilterProxyModel: with a Python source model the proxy calls back into Python for
every comparison and every row. Measured here, sorting 100,000 rows through the proxy took 19 s,
and filtering 0.17 s a keystroke. Sorting precomputed keys with list.sort and matching stored
search keys takes tens of milliseconds, so this model keeps the visible order itself, the way
Anki's browser keeps row ids and sorts in the query.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from itertools import compress, repeat
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


def _keep_marked(ordered: list[int], marked: list[int], size: int) -> list[int]:
    """The positions of ``ordered`` that are in ``marked``, in their order (loops run in C)."""
    flags = bytearray(size)
    deque(map(flags.__setitem__, marked, repeat(1)), maxlen=0)
    return list(compress(ordered, map(flags.__getitem__, ordered)))


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
        self._rank_of: list[int] | None = None  # built when first needed
        self._research_flags: list[bool] | None = None
        self._position_of = {row.id: position for position, row in enumerate(rows)}

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
        self._rank_of = None
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
        elif narrowing:  # typing on: only rows shown before can be shown now, in the same order
            self._matches = matching_positions(tokens, self._search_keys, among=self._matches)
            self._refilter(within=self._visible)
            return
        else:
            self._matches = matching_positions(tokens, self._search_keys)
        self._refilter()

    def set_needs_research_only(self, enabled: bool) -> None:
        """Show only records with low confidence or missing key facts."""
        self._needs_research_only = enabled
        self._refilter()

    def _refilter(self, within: list[int] | None = None) -> None:
        self.beginResetModel()
        if within is None:
            self._visible = self._visible_rows()
        else:
            self._visible = _keep_marked(within, self._matches, len(self._rows))
        self.endResetModel()

    def _visible_rows(self) -> list[int]:
        """The rows passing both filters, in sort order."""
        candidates = self._matches
        if self._needs_research_only:
            flags = self._needs_research_flags()
            pool = range(len(self._rows)) if candidates is None else candidates
            candidates = [i for i in pool if flags[i]]
        if candidates is None:
            return list(self._order)
        if len(candidates) * 8 < len(self._rows):  # few matches: sort them by their rank
            return sorted(candidates, key=self._ranks().__getitem__)
        return _keep_marked(self._order, candidates, len(self._rows))

    def _ranks(self) -> list[int]:
        """Each row's place in the current sort order."""
        if self._rank_of is None:
            self._rank_of = [0] * len(self._rows)
            for rank, position in enumerate(self._order):
                self._rank_of[position] = rank
        return self._rank_of

    def _needs_research_flags(self) -> list[bool]:
        if self._research_flags is None:
            self._research_flags = [row.needs_research for row in self._rows]
        return self._research_flags

    # --- lookups ------------------------------------------------------------------------
    def hero_id(self, row: int) -> str:
        return self._rows[self._visible[row]].id

    def row_of(self, hero_id: str) -> int | None:
        """The visible row showing ``hero_id``, or None when it is filtered out."""
        position = self._position_of.get(hero_id)
        try:
            return self._visible.index(position)
        except ValueError:
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
