"""The "CSTO Secretariat news" tab: category filter, search, the list, and a reading pane."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from heroviewer.ui import labels
from heroviewer.ui.heroes.detail_pane import StyledBrowser, open_web_link
from heroviewer.ui.news.model import NEWS_ITEM_ROLE, NewsFilterModel, NewsListModel
from heroviewer.ui.open_catalogue import OpenCatalogue


class NewsPage(QWidget):
    """``chosenChanged()``: another news item (or none) is chosen."""

    chosenChanged = Signal()
    countChanged = Signal(str)

    def __init__(self, opened: OpenCatalogue, parent=None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.model = NewsListModel(opened.catalogue.news_items(), self)
        self.filter = NewsFilterModel(self)
        self.filter.setSourceModel(self.model)

        self.category = QComboBox(objectName="newsCategory")
        self._fill_categories()
        self.category.currentIndexChanged.connect(self._category_changed)

        self.search = QLineEdit(objectName="newsSearch")
        self.search.setPlaceholderText(self.tr("Search the news…"))
        self.search.setAccessibleName(self.tr("Search the news"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._query_changed)

        self.list = QListView(objectName="newsList")
        self.list.setAccessibleName(self.tr("News items"))
        self.list.setModel(self.filter)
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)

        self.view = StyledBrowser(objectName="newsView")
        self.view.setAccessibleName(self.tr("News item"))
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(lambda url: open_web_link(url, self))
        self.view.document().setDocumentMargin(14)

        self.count = QLabel(objectName="newsCount")
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)

        categories = QHBoxLayout()
        category_label = QLabel(self.tr("Category:"))
        category_label.setBuddy(self.category)  # names the drop-down for screen readers
        categories.addWidget(category_label)
        categories.addWidget(self.category, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(categories)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        left_layout.addLayout(self.buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="newsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._update_count()
        self._show(None)
        opened.recordsChanged.connect(self._records_changed)
        opened.replaced.connect(lambda: self.reload([]))
        opened.refreshed.connect(lambda entity, _ids: entity == "news" and self.reload([]))

    def _records_changed(self, entity: str, ids: list[str]) -> None:
        if entity == "news":
            self.reload(ids)

    def add_buttons(self, actions) -> None:
        from PySide6.QtWidgets import QToolButton

        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)

    def current_item(self) -> dict[str, Any] | None:
        index = self.list.currentIndex()
        return index.data(NEWS_ITEM_ROLE) if index.isValid() else None

    def reload(self, changed_ids: list[str]) -> None:
        """Show the news after an edit; the edited (or still current) item stays selected."""
        current = self.current_item()
        wanted = int(changed_ids[0]) if changed_ids else (current["id"] if current else None)
        self.model.replace_items(self.opened.catalogue.news_items())
        self._refresh_categories()
        self._update_count()
        row = self.model.row_of(wanted) if wanted is not None else None
        index = self.filter.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is not None and index.isValid():
            self.list.setCurrentIndex(index)
            self._show(index.data(NEWS_ITEM_ROLE))
        else:
            self._show(None)

    def _refresh_categories(self) -> None:
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self._fill_categories()
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.category.blockSignals(False)
        self.filter.set_category(self.category.currentData())

    def _fill_categories(self) -> None:
        """ "All categories", then each category by its name, "Other" and "Uncategorised" last."""
        self.category.addItem(self.tr("All categories"), None)
        for code in sorted(self.model.categories(), key=_category_order):
            self.category.addItem(labels.category_label(code), code)

    def _category_changed(self) -> None:
        self.filter.set_category(self.category.currentData())
        self._after_filter()

    def _query_changed(self, text: str) -> None:
        self.filter.set_query(text)
        self._after_filter()

    def _after_filter(self) -> None:
        """The item read stays chosen while it is shown; otherwise nothing is chosen."""
        self._update_count()
        current = self.list.currentIndex()
        if current.isValid():
            self.list.selectionModel().select(
                current, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self._show(current.data(NEWS_ITEM_ROLE))
        else:
            self.list.selectionModel().clearSelection()
            self._show(None)

    def _update_count(self) -> None:
        total = self.model.rowCount()
        self.count.setText(
            self.tr("Showing {shown} of %n news item(s)", "", total).format(
                shown=self.filter.rowCount()
            )
        )
        self.countChanged.emit(self.count.text())

    def _selection_changed(self, selected: QItemSelection, _deselected) -> None:
        indexes = selected.indexes()
        self._show(indexes[0].data(NEWS_ITEM_ROLE) if indexes else None)

    def _show(self, item: dict[str, Any] | None) -> None:
        self.chosenChanged.emit()
        if item is None:
            choose = self.tr("Select a news item to read it.")
            self.view.setHtml(f"<p class='muted'>{escape(choose)}</p>")
        else:
            self.view.setHtml(news_html(item))


def _category_order(code: str) -> tuple[int, str]:
    last = {"other": 1, "": 2}.get(code, 0)
    return last, labels.category_label(code).casefold()


def _link(url: str | None) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>' if url else ""


def news_html(item: dict[str, Any]) -> str:
    """One news item as HTML, every value escaped."""
    date = labels.date_text(item.get("date")) or QCoreApplication.translate(
        "NewsPage", "date unknown"
    )
    category = labels.category_label(item.get("category"))
    parts = [
        f'<p class="muted">{escape(date)} · {escape(category)}</p>',
        f"<h1>{escape(item['title'])}</h1>",
        f"<p>{escape(item.get('summary_en') or '')}</p>",
        "<h3>" + escape(QCoreApplication.translate("NewsPage", "Source")) + "</h3>",
    ]
    if item.get("url"):
        parts.append(f"<p>{_link(item['url'])}</p>")
    else:
        not_seen = QCoreApplication.translate("NewsPage", "The article itself was not seen.")
        parts.append(f'<p class="unknown">{escape(not_seen)}</p>')
    if item.get("source_seen") and item.get("source_seen") != item.get("url"):
        page_read = QCoreApplication.translate("NewsPage", "Page read:")
        parts.append(f"<p>{escape(page_read)} {_link(item['source_seen'])}</p>")
    if item.get("source_note"):
        note = QCoreApplication.translate("NewsPage", "Source note:")
        parts.append(f'<p class="note">{escape(note)} {escape(item["source_note"])}</p>')
    return "".join(parts)
