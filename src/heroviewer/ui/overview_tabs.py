"""The tabs that show the heroes at a glance: the map, the timeline and the figures, each built
when first shown. Kept here so that main_window.py only attaches them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from heroviewer.ui.lazy_tab import LazyTab
from heroviewer.ui.map.tab import map_tab


def add_overview_tabs(window) -> tuple[LazyTab, LazyTab, LazyTab]:
    model, opened = window.heroes.model, window.open_catalogue

    def shown_ids() -> list[str]:
        return [model.hero_id(row) for row in range(model.rowCount())]

    def timeline():
        from heroviewer.ui import panels
        from heroviewer.ui.language import current_language
        from heroviewer.ui.panel_export import ExportButton
        from heroviewer.ui.timeline.page import TimelinePage

        page = TimelinePage(opened, shown_ids)
        records = lambda: page._records  # noqa: E731
        panel = lambda: panels.timeline_panel(  # noqa: E731
            records(), shown_ids(), current_language(), opened.catalogue
        )
        page.top.addWidget(ExportButton(page, opened, panel))
        return page

    def figures():
        from heroviewer.ui import panels
        from heroviewer.ui.figures.page import FiguresPage
        from heroviewer.ui.panel_export import ExportButton

        page = FiguresPage(opened)
        panel = lambda: panels.figures_panel(opened.catalogue.heroes(), opened.catalogue)  # noqa: E731
        page.top.addWidget(ExportButton(page, opened, panel))
        return page

    return (
        map_tab(window),
        LazyTab(window, QCoreApplication.translate("OverviewTabs", "Timeline"), timeline),
        LazyTab(window, QCoreApplication.translate("OverviewTabs", "Figures"), figures),
    )
