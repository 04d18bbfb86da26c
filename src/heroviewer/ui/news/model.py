"""The news list: a list model of the items, and a proxy that filters by category and words.

There are tens of news items, not thousands, so Qt's QSortFilterProxyModel serves well here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt

from heroviewer.records.search import matches, query_tokens, search_key
from heroviewer.ui import labels, plain

NEWS_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_KEY_ROLE = Qt.ItemDataRole.UserRole + 3


class NewsListModel(QAbstractListModel):
    """News items newest first, each shown as its date and category over its title."""

    def __init__(self, items: list[dict[str, Any]], parent=None) -> None:
        super().__init__(parent)
        self._set(items)

    def _set(self, items: list[dict[str, Any]]) -> None:
        self._items = items
        self._keys = [
            search_key([i.get("title"), i.get("summary_en"), i.get("category")]) for i in items
        ]

    def replace_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._set(items)
        self.endResetModel()

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, item in enumerate(self._items) if item["id"] == item_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            date = labels.date_text(item.get("date")) or labels.unknown()
            return f"{date} · {labels.category_label(item.get('category'))}\n{item['title']}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip_text(item["title"])
        if role == NEWS_ITEM_ROLE:
            return item
        if role == CATEGORY_ROLE:
            return item.get("category") or ""
        if role == SEARCH_KEY_ROLE:
            return self._keys[index.row()]
        return None

    def categories(self) -> list[str]:
        return sorted({item.get("category") or "" for item in self._items})


class NewsFilterModel(QSortFilterProxyModel):
    """Keeps the items of one category (or all) whose text holds every typed word."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._category: str | None = None
        self._tokens: list[str] = []

    def set_category(self, category: str | None) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._tokens = query_tokens(query)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._category is not None and index.data(CATEGORY_ROLE) != self._category:
            return False
        return matches(self._tokens, index.data(SEARCH_KEY_ROLE))
