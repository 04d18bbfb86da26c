"""A tab built on first showing (start-up stays quick): a placeholder until then, then its page,
whose clicks on a hero select it in the heroes tab and which follows the heroes' search."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


class LazyTab(QObject):
    def __init__(
        self, window, title: str, build: Callable[[], QWidget],
        first_show: Callable[[Any], None] = lambda page: page.refresh(),
    ) -> None:  # fmt: skip
        """``first_show(page)`` fills the page when it is first shown (the map also places its
        view); later the heroes' search refreshes it."""
        super().__init__(window)
        self.window = window
        self.title = title
        self.build = build
        self.first_show = first_show
        self.page: QWidget | None = None
        self.placeholder = QWidget()
        self.index = window.tabs.addTab(self.placeholder, title)
        window.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        if index == self.index:
            self.ensure_page()

    def ensure_page(self) -> QWidget:
        if self.page is None:
            tabs = self.window.tabs
            page = self.page = self.build()
            if hasattr(page, "heroClicked"):
                page.heroClicked.connect(self._select)
            self.window.heroes.countChanged.connect(lambda _text: page.refresh())
            current = tabs.currentIndex()
            tabs.blockSignals(True)
            tabs.removeTab(self.index)
            tabs.insertTab(self.index, page, self.title)
            tabs.setCurrentIndex(current)
            tabs.blockSignals(False)
            self.placeholder.deleteLater()
            self.first_show(page)
        return self.page

    def _select(self, hero_id: str) -> None:
        """The hero clicked is selected in the heroes tab (this tab stays in view)."""
        heroes = self.window.heroes
        heroes.show_hero_in_table(hero_id)
        name = next((row.display_name for row in heroes.model.rows if row.id == hero_id), "")
        self.window.statusBar().showMessage(
            self.tr("Selected {name}: Ctrl+1 shows the record").format(name=name), 8000
        )
