"""The Map tab's place in the window: a placeholder until first shown (start-up stays quick),
then the map page; a click on a marker selects the hero in the heroes tab, and the heroes
page's search filters the map. Kept here so that main_window.py only attaches it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from heroviewer.ui.map.page import MapPage


def _panel(page: MapPage):
    """The map as shown (view and search) as a wall panel."""
    from heroviewer.formats.geography import load_outlines
    from heroviewer.ui.panels import map_panel

    entries = [entry for hero in page._entries.values() for entry in hero]
    catalogue = page.opened.catalogue
    return map_panel(entries, page.shown_ids(), page.kind, load_outlines(), catalogue)


class MapTab(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.page: MapPage | None = None
        self.placeholder = QWidget()
        self.index = window.tabs.addTab(self.placeholder, self.tr("Map"))
        window.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        if index == self.index:
            self.ensure_page()

    def ensure_page(self) -> MapPage:
        if self.page is None:
            from heroviewer.ui.map.page import MapPage
            from heroviewer.ui.panel_export import ExportButton

            window, tabs = self.window, self.window.tabs
            heroes = window.heroes
            model = heroes.model
            page = self.page = MapPage(
                window.open_catalogue,
                lambda: [model.hero_id(row) for row in range(model.rowCount())],
            )
            page.heroClicked.connect(self._select)
            page.top.addWidget(ExportButton(page, window.open_catalogue, lambda: _panel(page)))
            heroes.countChanged.connect(lambda _text: page.refresh())
            current = tabs.currentIndex()
            tabs.blockSignals(True)
            tabs.removeTab(self.index)
            tabs.insertTab(self.index, page, self.tr("Map"))
            tabs.setCurrentIndex(current)
            tabs.blockSignals(False)
            self.placeholder.deleteLater()
            page.show_kind(page.kind)
        return self.page

    def _select(self, hero_id: str) -> None:
        """The hero clicked is selected in the heroes tab (the map stays in view)."""
        heroes = self.window.heroes
        heroes.show_hero_in_table(hero_id)
        name = next((row.display_name for row in heroes.model.rows if row.id == hero_id), "")
        self.window.statusBar().showMessage(
            self.tr("Selected {name}: Ctrl+1 shows the record").format(name=name), 8000
        )
