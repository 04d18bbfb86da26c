"""The main window: composes the open catalogue, the pages, the actions and what they do, and
connects their signals in one place (``_connect_signals``). It holds no records and no logic of
its own beyond which actions are enabled and what the remembered settings are."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heroviewer.catalogue import Catalogue
from heroviewer.ui import plain
from heroviewer.ui.actions import Actions
from heroviewer.ui.actions.registry import follow_undo_stack
from heroviewer.ui.actions.table import (
    CAN_REDO,
    CAN_UNDO,
    FILE,
    HERO,
    HERO_BUTTONS,
    HERO_TABLE_MENU,
    NEWS_BUTTONS,
    NEWS_ITEM,
    PORTRAIT,
    WRITABLE,
)
from heroviewer.ui.catalogue_commands import CatalogueCommands
from heroviewer.ui.exchange_commands import ExchangeCommands
from heroviewer.ui.file_drops import FileDropTarget
from heroviewer.ui.heroes.commands import HeroCommands
from heroviewer.ui.heroes.page import HeroesPage
from heroviewer.ui.language_menu import LanguageChoice
from heroviewer.ui.open_catalogue import OpenCatalogue
from heroviewer.ui.overview_tabs import add_overview_tabs
from heroviewer.ui.read_only_banner import read_only_banner, with_connection_band
from heroviewer.ui.settings import CROP_PORTRAITS, Settings
from heroviewer.ui.theme import THEME_ACTIONS, follow_theme_actions
from heroviewer.ui.window_layout import restore_layout, restore_news_splitter, save_layout

if TYPE_CHECKING:
    from heroviewer.ui.news.commands import NewsCommands
    from heroviewer.ui.news.page import NewsPage

NEWS_TAB = 1


class MainWindow(FileDropTarget, QMainWindow):
    def __init__(
        self, catalogue: Catalogue | OpenCatalogue, remember: bool = True,
        editable_at_once: bool = True,
    ) -> None:  # fmt: skip
        """``remember=False`` neither restores nor saves window settings (screenshots).

        ``editable_at_once=False`` leaves opening the catalogue for writing to the caller,
        which does it right after the first paint (``open_catalogue.open_for_editing()``).
        """
        super().__init__()
        self.settings = Settings() if remember else None
        self.open_catalogue = OpenCatalogue.taken_by(self, catalogue)
        self.actions = Actions(self)
        self.language_choice = LanguageChoice(self.actions, self.settings, self)
        self.heroes = HeroesPage(self.open_catalogue)
        crop = self.actions["cropPortraits"]
        self.hero_commands = HeroCommands(self.open_catalogue, self.heroes, crop, self)
        self.catalogue_commands = CatalogueCommands(self.open_catalogue, crop, self)
        self.exchange_commands = ExchangeCommands(self.open_catalogue, self.heroes, self)
        self.news_page: NewsPage | None = None  # built when the tab is first opened
        self.news_commands: NewsCommands | None = None
        self._counts: dict[QWidget, str] = {}  # each page's count, for the status line
        self._build()
        self._connect_signals()
        self.resize(1280, 760)
        if self.settings is not None:
            restore_layout(self, self.heroes, self.tabs, self.settings)
        self.heroes.start()
        if editable_at_once:
            self.open_catalogue.open_for_editing()
        self._show_editing_state()
        if remember:  # a real session, not a screenshot
            QTimer.singleShot(3000, self.catalogue_commands.start_daily_backup)

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(plain.window_title(self.open_catalogue.file_name))  # Qt adds the app
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(self.heroes, self.tr("Heroes"))
        self.tabs.addTab(QWidget(), self.tr("CSTO Secretariat news"))
        self.map_tab, self.timeline_tab, self.figures_tab = add_overview_tabs(self)  # lazily
        self.banner = read_only_banner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(with_connection_band(self.banner, self.open_catalogue))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status = QLabel(objectName="heroCount")
        self.statusBar().addPermanentWidget(self.status)
        self.actions.build_menus(self.menuBar())
        self.heroes.add_detail_buttons(self.actions.those(HERO_BUTTONS))
        self.heroes.set_table_menu(
            [None if i is None else self.actions[i] for i in HERO_TABLE_MENU]
        )

    def _connect_signals(self) -> None:
        """Every connection between the parts of the window, in one place."""
        actions, opened, heroes = self.actions, self.open_catalogue, self.heroes
        # The open catalogue
        opened.editingChanged.connect(self._show_editing_state)
        opened.replaced.connect(self._show_editing_state)
        opened.saveFailed.connect(lambda message: self.show_problem(self.tr("Not saved"), message))
        opened.keptInSideFile.connect(self._say_kept_in_side_file)
        opened.undo_stack.canUndoChanged.connect(self.update_actions)
        opened.undo_stack.canRedoChanged.connect(self.update_actions)
        follow_undo_stack(actions["undo"], actions["redo"], opened.undo_stack)
        # The heroes page
        heroes.countChanged.connect(lambda text: self._show_count(self.heroes, text))
        heroes.shownHeroChanged.connect(self.update_actions)
        heroes.table.doubleClicked.connect(lambda _index: actions["editHero"].trigger())
        heroes.detail.portraitDropped.connect(
            lambda hero_id, path: self.hero_commands.set_portrait_from_file(hero_id, Path(path))
        )
        heroes.needs_research.toggled.connect(actions["needsResearch"].setChecked)
        actions["needsResearch"].toggled.connect(heroes.needs_research.setChecked)
        self.tabs.currentChanged.connect(self._tab_changed)
        # Status lines from what the actions do
        for commands in (self.hero_commands, self.catalogue_commands, self.exchange_commands):
            commands.status.connect(self._show_status)
        # What each action does
        hero, catalogue, exchange = (
            self.hero_commands,
            self.catalogue_commands,
            self.exchange_commands,
        )
        for action_id, slot in (
            ("printCards", self.print_cards), ("quit", self.close),
            ("importFile", exchange.choose_import), ("exportHeroes", exchange.choose_hero_export),
            ("exportNews", exchange.choose_news_export), ("openShared", catalogue.open_shared),
            ("importPortraits", catalogue.choose_portrait_folder),
            ("backUp", catalogue.choose_backup_file), ("restore", catalogue.choose_restore_file),
            ("newHero", hero.add_hero), ("editHero", hero.edit_hero),
            ("deleteHero", hero.delete_hero), ("choosePortrait", hero.choose_portrait_file),
            ("removePortrait", hero.remove_portrait_now), ("heroHistory", hero.show_history),
            ("find", self.focus_search), ("copyName", heroes.copy_name),
            ("refresh", catalogue.refresh),
            ("about", self.show_about), ("aboutQt", QApplication.aboutQt),
        ):  # fmt: skip
            actions.connect(action_id, slot)
        actions.show_tabs(self.tabs)  # Ctrl+1 … Ctrl+5
        if self.settings is not None:
            actions["cropPortraits"].setChecked(self.settings.get(CROP_PORTRAITS))
            actions["cropPortraits"].toggled.connect(
                lambda on: self.settings.set(CROP_PORTRAITS, on)
            )
        follow_theme_actions({t: actions[i] for t, i in THEME_ACTIONS.items()}, self.settings)

    def ensure_news_page(self) -> NewsPage:
        """The news tab is built when first opened: it is not needed for the first paint."""
        if self.news_page is None:
            from heroviewer.ui.news.commands import NewsCommands
            from heroviewer.ui.news.page import NewsPage

            page = self.news_page = NewsPage(self.open_catalogue)
            self.news_commands = commands = NewsCommands(self.open_catalogue, page, self)
            page.add_buttons(self.actions.those(NEWS_BUTTONS))
            page.chosenChanged.connect(self.update_actions)
            page.countChanged.connect(lambda text: self._show_count(page, text))
            page.list.doubleClicked.connect(lambda _index: self.actions["editNews"].trigger())
            for action_id, slot in (
                ("newNews", commands.add_item), ("editNews", commands.edit_item),
                ("deleteNews", commands.delete_item), ("newsHistory", commands.show_history),
            ):  # fmt: skip
                self.actions.connect(action_id, slot)
            if self.settings is not None:
                restore_news_splitter(page.splitter, self.settings)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(NEWS_TAB)
            self.tabs.insertTab(NEWS_TAB, page, self.tr("CSTO Secretariat news"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self.update_actions()
        return self.news_page

    # --- state --------------------------------------------------------------------------
    def update_actions(self) -> None:
        """Enable each action by the facts it depends on (the only place that enables them)."""
        opened = self.open_catalogue
        record = self.heroes.current_record() if self.heroes.detail.hero_id else None
        facts = {
            WRITABLE: opened.writable,
            FILE: opened.is_file,
            HERO: record is not None,
            PORTRAIT: bool(record and record.get("portrait")),
            NEWS_ITEM: bool(self.news_page and self.news_page.current_item()),
            CAN_UNDO: opened.undo_stack.canUndo(),
            CAN_REDO: opened.undo_stack.canRedo(),
        }
        self.actions.update_enabled({fact for fact, holds in facts.items() if holds})

    def _show_editing_state(self) -> None:
        reason = self.open_catalogue.read_only_reason
        self.banner.setText(
            self.tr("Read-only: {reason}. You can browse and print; changes cannot be saved.")
            .format(reason=reason) if reason else ""
        )  # fmt: skip
        self.banner.setVisible(bool(reason))
        writable = self.open_catalogue.writable
        if writable or self.heroes.detail.accept_portrait_drops:
            self.heroes.detail.allow_portrait_drops(writable)
        self.setAcceptDrops(writable)  # a heroes or news file dropped on the window is imported
        self.update_actions()

    def _say_kept_in_side_file(self, wal: str, problem: str) -> None:
        """Closing could not write the changes into the catalogue file (a full disk)."""
        self.show_problem(
            self.tr("Changes kept in a side file"),
            self.tr(
                "Your changes are saved, but they are kept in the side file {wal} beside the "
                "catalogue, as they could not be written into the catalogue file ({problem}). "
                "Keep that file with the catalogue: copy both together."
            ).format(wal=wal, problem=problem),
        )

    def _show_status(self, text: str, milliseconds: int) -> None:
        if text:
            self.statusBar().showMessage(text, milliseconds)
        else:
            self.statusBar().clearMessage()

    def show_problem(self, title: str, message: str) -> None:
        plain.warning(self, title, message)

    def _show_count(self, page: QWidget, text: str) -> None:
        """The status line counts what the tab shown lists (heroes, or news items)."""
        self._counts[page] = text
        self.status.setText(self._counts.get(self.tabs.currentWidget(), ""))

    def _tab_changed(self, index: int) -> None:
        if index == NEWS_TAB:
            page = self.ensure_news_page()
            page.countChanged.emit(page.count.text())
        self.status.setText(self._counts.get(self.tabs.currentWidget(), ""))

    def focus_search(self) -> None:
        if self.tabs.currentIndex() == NEWS_TAB and self.news_page is not None:
            self.news_page.search.setFocus()
            self.news_page.search.selectAll()
        else:
            self.heroes.focus_search()

    # --- printing and About -------------------------------------------------------------
    def card_print_dialog(self):
        from heroviewer.ui.dialogs.card_print import CardPrintDialog

        catalogue = self.open_catalogue.catalogue
        return CardPrintDialog(
            self.heroes.heroes_for, catalogue.hero, self.settings, self,
            catalogue.portrait, catalogue.location.path,
        )  # fmt: skip

    def print_cards(self) -> None:
        self.card_print_dialog().exec()

    def show_about(self) -> None:
        from heroviewer.ui.dialogs.about import about_box

        about_box(self, self.tr("About HeroViewer"), self.about_html()).exec()

    def about_html(self) -> str:
        from heroviewer.ui.dialogs.about import about_html

        return about_html(self.open_catalogue.catalogue, len(self.heroes.model.rows))

    # --- settings -----------------------------------------------------------------------
    def save_settings(self) -> None:
        if self.settings is not None:
            news_splitter = self.news_page.splitter if self.news_page else None
            save_layout(self, self.heroes, self.tabs, news_splitter, self.settings)

    # --- a heroes or news file dropped on the window is imported ----------------------
    def dropped_file(self, event) -> Path | None:
        return self.exchange_commands.dropped_file(event)

    def take_dropped_file(self, path: Path) -> None:
        self.exchange_commands.import_from(path)

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.open_catalogue.close()
        super().closeEvent(event)
