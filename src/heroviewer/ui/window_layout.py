"""The window's remembered layout: size and place, splitters, the table's columns and sort, and
the tab shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from heroviewer.ui.heroes.page import HeroesPage
from heroviewer.ui.settings import (
    CURRENT_TAB,
    HERO_HEADER,
    HERO_SPLITTER,
    NEWS_SPLITTER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Setting,
    Settings,
)


def restore_layout(
    window: QMainWindow, heroes: HeroesPage, tabs: QTabWidget, settings: Settings
) -> None:
    """Put the window back as it was left; a stored state Qt cannot use is reset, not fatal."""
    _restore(settings, WINDOW_GEOMETRY, window.restoreGeometry)
    _restore(settings, WINDOW_STATE, window.restoreState)
    _restore(settings, HERO_SPLITTER, heroes.splitter.restoreState)
    header = heroes.table.horizontalHeader()
    defaults = header.saveState()
    sorted_by = header.sortIndicatorSection
    if _restore(settings, HERO_HEADER, header.restoreState) and sorted_by() not in range(
        header.count()
    ):  # Qt keeps any sort column, and sorting by one that does not exist would crash
        settings.reset(HERO_HEADER, f"sort column {sorted_by()}")
        header.restoreState(defaults)
    if settings.get(CURRENT_TAB) == 1:
        tabs.setCurrentIndex(1)


def restore_news_splitter(splitter: QSplitter, settings: Settings) -> None:
    _restore(settings, NEWS_SPLITTER, splitter.restoreState)


def _restore(settings: Settings, setting: Setting, restore: Callable[[QByteArray], bool]) -> bool:
    """Apply a stored state with ``restore``; one Qt cannot read is reset. True if applied."""
    state = settings.get(setting)
    if state.isEmpty():
        return False
    if restore(state):
        return True
    settings.reset(setting, state)
    return False


def save_layout(
    window: QMainWindow, heroes: HeroesPage, tabs: QTabWidget, news_splitter: QSplitter | None,
    settings: Settings,
) -> None:  # fmt: skip
    splitter, header = heroes.save_state()
    settings.set(WINDOW_GEOMETRY, window.saveGeometry())
    settings.set(WINDOW_STATE, window.saveState())
    settings.set(HERO_SPLITTER, splitter)
    settings.set(HERO_HEADER, header)
    settings.set(CURRENT_TAB, tabs.currentIndex())
    if news_splitter is not None:
        settings.set(NEWS_SPLITTER, news_splitter.saveState())
    settings.sync()
