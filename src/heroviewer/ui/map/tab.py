"""The Map tab's place in the window: built when first shown (start-up stays quick) as the other
overview tabs are (ui/lazy_tab.py), with an Export… button for a wall panel of the map shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from heroviewer.ui.lazy_tab import LazyTab


def map_tab(window) -> LazyTab:
    """The Map tab; a click on a marker selects the hero, the heroes' search filters the map."""
    return LazyTab(
        window,
        QCoreApplication.translate("MapTab", "Map"),
        lambda: _map_page(window),
        lambda page: page.show_kind(page.kind),  # the markers, and the view of their region
    )


def _map_page(window):
    from heroviewer.ui.map.page import MapPage
    from heroviewer.ui.panel_export import ExportButton

    model = window.heroes.model
    page = MapPage(
        window.open_catalogue, lambda: [model.hero_id(row) for row in range(model.rowCount())]
    )
    export = ExportButton(page, window.open_catalogue, lambda: _panel(page))
    export.setEnabled(not page.placing())  # a panel without the markers would mislead
    page.placingChanged.connect(lambda placing: export.setEnabled(not placing))
    page.top.addWidget(export)
    return page


def _panel(page):
    """The map as shown (view and search) as a wall panel."""
    from heroviewer.formats.geography import load_outlines
    from heroviewer.formats.region_map import load_region_map
    from heroviewer.ui.language import current_language
    from heroviewer.ui.panels import map_panel

    entries = [entry for hero in page._entries.values() for entry in hero]
    catalogue = page.opened.catalogue
    return map_panel(
        entries, page.shown_ids(), page.kind, load_outlines(), catalogue, load_region_map(),
        current_language(),
    )  # fmt: skip
