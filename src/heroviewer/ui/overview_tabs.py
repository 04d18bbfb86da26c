"""The tabs that show the heroes at a glance: the map, the timeline and the figures, each built
when first shown. Kept here so that main_window.py only attaches them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from heroviewer.ui.lazy_tab import LazyTab
from heroviewer.ui.map.tab import MapTab


def add_overview_tabs(window) -> tuple[MapTab, LazyTab, LazyTab]:
    model, opened = window.heroes.model, window.open_catalogue

    def shown_ids() -> list[str]:
        return [model.hero_id(row) for row in range(model.rowCount())]

    def timeline():
        from heroviewer.ui.timeline.page import TimelinePage

        return TimelinePage(opened, shown_ids)

    def figures():
        from heroviewer.ui.figures.page import FiguresPage

        return FiguresPage(opened)

    return (
        MapTab(window),
        LazyTab(window, QCoreApplication.translate("OverviewTabs", "Timeline"), timeline),
        LazyTab(window, QCoreApplication.translate("OverviewTabs", "Figures"), figures),
    )
