"""The hero table's model: the columns, and the rows that row_index.HeroRowIndex says are
visible, in its order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from heroviewer.records.fields import HeroRow
from heroviewer.records.languages import supported_language
from heroviewer.records.names import name_sort_key, surname_first
from heroviewer.records.search import search_key_of
from heroviewer.ui import labels, plain
from heroviewer.ui.heroes.row_index import HeroRowIndex, SortKey
from heroviewer.ui.language import current_language

HERO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# More changed rows than this (an import) are read from the catalogue all at once.
READ_ONE_BY_ONE_LIMIT = 200


class HeroColumn(NamedTuple):
    key: str
    title: str  # translated at display time, context "HeroTableModel"
    text: Callable[[HeroRow], str]
    value: Callable[[HeroRow], Any]  # what sorts; empty values ("", None) go last
    fold: Callable[[str], str] | None = None  # applied to values before comparing


def _name_column(key: str, title: str, value: Callable[[HeroRow], str | None]) -> HeroColumn:
    """A name as reference books list it, "Surname First Patronymic", sorted by surname."""
    return HeroColumn(key, title, lambda r: surname_first(value(r)), value, name_sort_key)


def _display_name_column(key: str, title: str, language: str) -> HeroColumn:
    """The name a reader of ``language`` is shown, sorted by the sort key stored with it, read
    for that language (the table opens sorted by it: working out 100,000 surnames at start-up
    took 0.3-0.4 s)."""
    sort_key = attrgetter("name_sort_key")
    return HeroColumn(key, title, lambda r: surname_first(r.name_in(language)), sort_key)


def _text_column(key: str, title: str, value: Callable[[HeroRow], str | None]) -> HeroColumn:
    return HeroColumn(key, title, lambda r: value(r) or "", value, str.casefold)


def _date_column(key: str, title: str, field: str) -> HeroColumn:
    value = attrgetter(field)  # ISO partial dates sort as text
    return HeroColumn(key, title, lambda r: labels.date_text(value(r)), value)


def _branch_and_unit(row: HeroRow) -> str:
    return " · ".join(part for part in (labels.term_text(row.branch), row.unit) if part)


def _posthumous_key(row: HeroRow) -> str:
    return "" if row.posthumous is None else str(int(row.posthumous) + 1)


def _term_words(language: str) -> Callable[[HeroRow], str] | None:
    """For a reader of Russian or Tajik: the words a hero is also found by, their rank and
    branch as the table shows them ("пехота" finds the infantry, stored as "infantry")."""
    if supported_language(language) == "en":
        return None
    known: dict[tuple[str | None, str | None], str] = {}

    def words(row: HeroRow) -> str:
        pair = (row.military_rank, row.branch)
        if pair not in known:
            values = [value for value in pair if value]
            shown = [labels.term_text(value) for value in values]
            translated = [text for text, value in zip(shown, values, strict=True) if text != value]
            known[pair] = search_key_of(" ".join(translated)) if translated else ""
        return known[pair]

    return words


def hero_columns(language: str) -> tuple[HeroColumn, ...]:
    """The table's columns for a reader of ``language``: the name in its script first, then
    the name in another script (Russian beside a Latin-script name, Latin beside a Cyrillic)."""
    title = QT_TRANSLATE_NOOP("HeroTableModel", "Name")
    language = supported_language(language)
    name = _display_name_column("name", title, language)
    return (name, _RUSSIAN_NAME if language == "en" else _LATIN_NAME, *_OTHER_COLUMNS)


_RUSSIAN_NAME = _name_column(
    "name_ru", QT_TRANSLATE_NOOP("HeroTableModel", "Russian name"), attrgetter("name_ru")
)
_LATIN_NAME = _name_column(
    "name_en", QT_TRANSLATE_NOOP("HeroTableModel", "Latin-script name"), attrgetter("name_en")
)
_OTHER_COLUMNS = (
    _date_column("born", QT_TRANSLATE_NOOP("HeroTableModel", "Born"), "birth_date"),
    _date_column("died", QT_TRANSLATE_NOOP("HeroTableModel", "Died"), "death_date"),
    _text_column(
        "birthplace", QT_TRANSLATE_NOOP("HeroTableModel", "Birthplace"), attrgetter("birth_place")
    ),
    _text_column(
        "rank",
        QT_TRANSLATE_NOOP("HeroTableModel", "Rank"),
        lambda r: labels.term_text(r.military_rank),
    ),
    _text_column("unit", QT_TRANSLATE_NOOP("HeroTableModel", "Branch and unit"), _branch_and_unit),
    _date_column("decree", QT_TRANSLATE_NOOP("HeroTableModel", "Decree"), "award_date"),
    HeroColumn(
        "posthumous",
        QT_TRANSLATE_NOOP("HeroTableModel", "Posthumous"),
        lambda r: labels.yes_no(r.posthumous),
        _posthumous_key,
    ),
    HeroColumn(
        "group",
        QT_TRANSLATE_NOOP("HeroTableModel", "Group"),
        lambda r: labels.group_short_label(r.group_code),
        attrgetter("group_code"),
    ),
)
COLUMNS = hero_columns("en")  # the titles and kinds of the columns, the same in every language


class HeroTableModel(QAbstractTableModel):
    """All heroes; shows those that match the search (and the research filter) in sort order.

    Every change of what is shown is announced as a model reset, which costs no more than a
    layout change here; the page keeps the selection across resets by hero id. (PySide6 6.12.0
    corrupts reference counts around model resets, so pyproject.toml excludes it.)
    """

    def __init__(self, rows: list[HeroRow], parent=None) -> None:
        """``rows``: read for the interface's language (Catalogue.hero_rows(language))."""
        super().__init__(parent)
        self.language = current_language()
        self._columns = hero_columns(self.language)
        self._index = HeroRowIndex(
            rows, [SortKey(c.value, c.fold) for c in self._columns], _term_words(self.language)
        )

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._index.visible)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._index.rows[self._index.visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == HERO_ID_ROLE:
            return row.id
        return None

    def _tooltip(self, row: HeroRow, column: int) -> str | None:
        """A long value in full; on the name, also why the record needs research."""
        text = self._columns[column].text(row)
        lines = [text] if len(text) > 30 else []
        if self._columns[column].key == "name":
            lines.append(labels.research_reasons_text(row.confidence, row.research_reasons))
        return plain.tooltip_text("\n".join(filter(None, lines))) or None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HeroTableModel", self._columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._reset(self._index.sort, column, order == Qt.SortOrder.DescendingOrder)

    def _reset(self, change: Callable, *args) -> None:
        self.beginResetModel()
        change(*args)
        self.endResetModel()

    # --- what is shown ------------------------------------------------------------------
    def set_query(self, query: str) -> None:
        self._reset(self._index.set_query, query)

    def set_needs_research_only(self, enabled: bool) -> None:
        self._reset(self._index.set_needs_research_only, enabled)

    def replace_rows(self, rows: list[HeroRow]) -> None:
        """Show another catalogue's heroes, keeping the sort, the search and the filter."""
        self._reset(self._index.replace_rows, rows)

    def apply_changes(self, changed: list[HeroRow], removed: Sequence[str] = ()) -> None:
        """Show edited, added and deleted heroes, in the order of the sort shown."""
        self._reset(self._index.apply_changes, changed, removed)

    def prepare_sort(self, column: int) -> None:
        self._index.prepare_sort(column)

    @property
    def sorting_prepared(self) -> bool:
        return self._index.sorting_prepared

    @property
    def query(self) -> str:
        return self._index.query

    @property
    def near_matches(self) -> bool:
        """Nothing matched the search exactly: heroes whose names are one letter off are shown."""
        return self._index.near_matches

    @property
    def total_count(self) -> int:
        return len(self._index.rows)

    @property
    def rows(self) -> Sequence[HeroRow]:
        """Every hero, in storage order (the one list of rows the window keeps; do not change)."""
        return self._index.rows

    # --- lookups ------------------------------------------------------------------------
    def hero_id(self, row: int) -> str:
        return self._index.hero_id(row)

    def rows_of(self, hero_ids: list[str]) -> list[int]:
        return self._index.rows_of(hero_ids)

    def row_of(self, hero_id: str) -> int | None:
        return self._index.row_of(hero_id)
