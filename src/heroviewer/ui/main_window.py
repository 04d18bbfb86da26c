"""The main window: the hero table with its search and detail pane, and the news tab."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from heroviewer import __version__
from heroviewer.catalogue import Catalogue, ReadOnlyCatalogue
from heroviewer.ui import plain
from heroviewer.ui import settings as S
from heroviewer.ui.catalogue_actions import CatalogueActions
from heroviewer.ui.file_drops import FileDropTarget
from heroviewer.ui.heroes.actions import HeroActions
from heroviewer.ui.heroes.detail_pane import SOURCES_COUNT_HEROES, HeroDetail
from heroviewer.ui.heroes.table_model import COLUMNS, REPAINT_IN_PLACE_LIMIT, HeroTableModel
from heroviewer.ui.interchange_actions import InterchangeActions

if TYPE_CHECKING:
    from heroviewer.ui.news.page import NewsPage

DEFAULT_COLUMN_WIDTHS = {
    "name": 210, "name_ru": 200, "born": 125, "died": 125, "birthplace": 230, "rank": 130,
    "unit": 230, "decree": 125, "posthumous": 90, "group": 130,
}  # fmt: skip


class MainWindow(FileDropTarget, QMainWindow):
    def __init__(
        self, catalogue: Catalogue, remember: bool = True, editable_at_once: bool = True
    ) -> None:
        """``remember=False`` neither restores nor saves window settings (screenshots).

        ``editable_at_once=False`` leaves opening the catalogue for writing to
        ``open_for_editing()``, which the app calls right after the first paint.
        """
        super().__init__()
        self.catalogue = catalogue
        self.settings = S.Settings() if remember else None
        name = plain.window_title(_file_name(catalogue.label))
        self.setWindowTitle(self.tr("HeroViewer — {name}").format(name=name))
        self.hero_rows = catalogue.hero_rows()
        self.hero_model = HeroTableModel(self.hero_rows, self)
        self.undo_stack = QUndoStack(self)
        self.editing = None  # an Editing once the catalogue is open for writing
        self.read_only_reason: str | None = None
        self._closed = False  # set when the window closes its catalogue
        if editable_at_once:
            self._open_for_editing()
        self.hero_actions = HeroActions(self)

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(self._build_heroes_tab(), self.tr("Heroes"))
        self.news_page: NewsPage | None = None
        self.tabs.addTab(QWidget(), self.tr("Secretariat news"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.banner = QLabel(objectName="readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(plain.PLAIN)  # the reason may name a file
        self.banner.setAutoFillBackground(True)  # a palette, not a style sheet: quicker to start
        palette = self.banner.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fbe9b7"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#3d2e00"))
        self.banner.setPalette(palette)
        self.banner.setContentsMargins(10, 6, 10, 6)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status = QLabel(objectName="heroCount")
        self.statusBar().addPermanentWidget(self.status)
        self._build_menus()
        self._restore_settings()
        self._update_status()
        self._show_editing_state()
        self.detail.show_overview(self.hero_rows)
        QTimer.singleShot(300, self._prepare_sorting_when_idle)
        if remember:  # a real session, not a screenshot
            QTimer.singleShot(3000, self.catalogue_actions.start_daily_backup)

    def _open_for_editing(self) -> None:
        """Take the catalogue for writing; else explain why it is read-only."""
        from heroviewer.ui.undo import Editing  # not needed for the first paint

        try:
            writer = self.catalogue.open_writer()
        except ReadOnlyCatalogue as error:
            self.read_only_reason = str(error)
            return
        self.editing = Editing(writer, self.undo_stack, self)
        self.editing.changed.connect(self._records_changed)
        self.editing.failed.connect(
            lambda message: self.show_problem(self.tr("Not saved"), message)
        )

    def open_for_editing(self) -> None:
        """Open the catalogue for writing now (after the first paint, at a normal start)."""
        if self.editing is None and self.read_only_reason is None and not self._closed:
            self._open_for_editing()
            self._show_editing_state()

    def _show_editing_state(self) -> None:
        reason = self.read_only_reason
        self.banner.setText(
            self.tr("Read-only: {reason}. You can browse and print; changes cannot be saved.")
            .format(reason=reason) if reason else ""
        )  # fmt: skip
        self.banner.setVisible(bool(reason))
        if self.editing is not None or self.detail.accept_portrait_drops:
            self.detail.allow_portrait_drops(self.editing is not None)
        self.hero_actions.update_enabled()
        self.catalogue_actions.update_enabled()
        self.interchange_actions.update_enabled()
        if self.news_page is not None:
            self.news_actions.update_enabled()

    # --- building -----------------------------------------------------------------------
    def _build_heroes_tab(self) -> QWidget:
        self.search = QLineEdit(objectName="heroSearch")
        self.search.setPlaceholderText(self.tr("Search names, places, units, deeds — any script"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.needs_research = QCheckBox(self.tr("Needs research"), objectName="needsResearch")
        self.needs_research.setToolTip(
            self.tr("Only records with low confidence or missing key facts")
        )
        self.needs_research.toggled.connect(self._needs_research_toggled)

        self.table = QTableView(objectName="heroTable")
        self.table.setModel(self.hero_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, spec in enumerate(COLUMNS):
            header.resizeSection(column, DEFAULT_COLUMN_WIDTHS[spec.key])
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self._kept_selection: list[str] = []
        self._kept_current: str | None = None
        self.hero_model.modelAboutToBeReset.connect(self._remember_selection)
        self.hero_model.modelReset.connect(self._restore_selection)

        self.detail = HeroDetail(self._thumbnail)
        self.detail.setMinimumWidth(320)
        self.detail.portraitDropped.connect(
            lambda hero_id, path: self.hero_actions.set_portrait_from_file(hero_id, Path(path))
        )
        self.table.doubleClicked.connect(lambda _index: self.hero_actions.edit.trigger())
        self.table.addAction(self.hero_actions.delete)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.needs_research)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        self.hero_splitter = QSplitter(Qt.Orientation.Horizontal, objectName="heroSplitter")
        self.hero_splitter.addWidget(left)
        self.hero_splitter.addWidget(self._detail_with_buttons())
        self.hero_splitter.setStretchFactor(0, 3)
        self.hero_splitter.setStretchFactor(1, 2)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.hero_splitter)
        return page

    def _detail_with_buttons(self) -> QWidget:
        actions = self.hero_actions
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for action in (actions.edit, actions.choose_portrait, actions.history, actions.new):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        row.addStretch(1)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.detail, 1)
        return panel

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        print_cards = QAction(
            self.tr("&Print hero cards…"), self, shortcut=QKeySequence.StandardKey.Print
        )
        print_cards.setObjectName("printCards")
        print_cards.triggered.connect(self.print_cards)
        file_menu.addAction(print_cards)
        file_menu.addSeparator()
        self.interchange_actions = InterchangeActions(self)
        file_menu.addActions(self.interchange_actions.actions())
        file_menu.addSeparator()
        self.catalogue_actions = CatalogueActions(self)
        for action in self.catalogue_actions.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        undo.setObjectName("undo")
        redo.setObjectName("redo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        actions = self.hero_actions
        edit_menu.addActions([actions.new, actions.edit, actions.delete])
        edit_menu.addSeparator()
        edit_menu.addActions([actions.choose_portrait, actions.remove_portrait])
        edit_menu.addAction(actions.crop_portraits)
        edit_menu.addSeparator()
        edit_menu.addAction(actions.history)
        edit_menu.addSeparator()
        find = QAction(self.tr("&Find"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        edit_menu.addAction(find)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, title in enumerate((self.tr("&Heroes"), self.tr("Secretariat &news"))):
            action = QAction(title, self, shortcut=QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.tabs.setCurrentIndex(n))
            view_menu.addAction(action)
        view_menu.addSeparator()
        research = QAction(self.tr("Only records that &need research"), self, checkable=True)
        research.toggled.connect(self.needs_research.setChecked)
        self.needs_research.toggled.connect(research.setChecked)
        view_menu.addAction(research)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About HeroViewer"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

    # --- behaviour ----------------------------------------------------------------------
    def focus_search(self) -> None:
        target = (
            self.news_page.search
            if self.tabs.currentIndex() == 1 and self.news_page
            else self.search
        )
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field: Esc clears it, Up and Down move through the heroes."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, step: int) -> None:
        count = self.hero_model.rowCount()
        if not count:
            return
        current = self.table.currentIndex()
        row = 0 if not current.isValid() else max(0, min(count - 1, current.row() + step))
        self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.hero_model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def select_hero(self, hero_id: str) -> bool:
        row = self.hero_model.row_of(hero_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _search_changed(self, text: str) -> None:
        self._refilter(lambda: self.hero_model.set_query(text))

    def _needs_research_toggled(self, enabled: bool) -> None:
        self._refilter(lambda: self.hero_model.set_needs_research_only(enabled))

    def _refilter(self, change) -> None:
        change()
        shown = self.detail.hero_id
        if shown is None or self.hero_model.row_of(shown) is None:
            self.detail.show_overview(self.hero_rows)
        self._update_status()

    def _remember_selection(self) -> None:
        """Before the model resets (sorting, filtering): which heroes are selected and current."""
        model = self.hero_model
        selection = self.table.selectionModel()
        self._kept_selection = [model.hero_id(index.row()) for index in selection.selectedRows()]
        current = self.table.currentIndex()
        self._kept_current = model.hero_id(current.row()) if current.isValid() else None

    def _restore_selection(self) -> None:
        """After the reset: select the same heroes where they are still shown."""
        model = self.hero_model
        last_column = model.columnCount() - 1
        selection = QItemSelection()
        for first, last in _runs(model.rows_of(self._kept_selection)):
            selection.select(model.index(first, 0), model.index(last, last_column))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        row = model.row_of(self._kept_current) if self._kept_current else None
        if row is not None:
            index = model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(index, flags.NoUpdate)
            self.table.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        if self.hero_model.hero_id(current.row()) == self.detail.hero_id:
            return  # the same hero, moved by sorting or filtering
        record = self.catalogue.hero(self.hero_model.hero_id(current.row()))
        if record is not None:
            self.detail.show_hero(record)
        self.hero_actions.update_enabled()

    # --- editing ------------------------------------------------------------------------
    def _thumbnail(self, sha256: str) -> bytes | None:
        """The pane shows a stored portrait's thumbnail (quicker to read and scale)."""
        return self.catalogue.portrait(sha256, thumbnail=True)

    def current_record(self) -> dict | None:
        """The hero the detail pane shows, read afresh."""
        return self.catalogue.hero(self.detail.hero_id) if self.detail.hero_id else None

    def show_hero_in_table(self, hero_id: str) -> None:
        if self.hero_model.row_of(hero_id) is None:  # filtered out: show everyone
            self.search.clear()
            self.needs_research.setChecked(False)
        self.select_hero(hero_id)

    def show_problem(self, title: str, message: str) -> None:
        plain.warning(self, title, message)

    def _records_changed(self, entity: str, ids: list[str]) -> None:
        """Show saved changes: the table rows, the detail pane, the news tab."""
        if entity == "news":
            if self.news_page is not None:
                self.news_page.reload(self.catalogue.news_items(), ids)
            return
        if len(ids) > REPAINT_IN_PLACE_LIMIT:  # an import: read every row at once
            by_id = {row.id: row for row in self.catalogue.hero_rows()}
            rows = [by_id.get(hero_id) for hero_id in ids]
        else:
            rows = [self.catalogue.hero_row(hero_id) for hero_id in ids]
        changed = [row for row in rows if row is not None]
        removed = [hero_id for hero_id, row in zip(ids, rows, strict=True) if row is None]
        self.hero_model.apply_changes(changed, removed)
        self.hero_rows = self.hero_model.all_rows()
        if not self.hero_model.sorting_prepared:  # an added or deleted hero: work them out again
            QTimer.singleShot(300, self._prepare_sorting_when_idle)
        shown = self.detail.hero_id
        if shown in ids:
            record = self.catalogue.hero(shown)
            if record is None:
                self.detail.show_overview(self.hero_rows)
            else:
                self.detail.show_hero(record)
        elif len(changed) == 1 and not removed and shown is None:
            self.select_hero(changed[0].id)  # an added or restored hero
        self._update_status()
        self.hero_actions.update_enabled()

    def reload_catalogue(self, catalogue: Catalogue) -> None:
        """Show another catalogue (after a restore) in this window."""
        self.close_catalogue()
        self.catalogue = catalogue
        self.hero_rows = catalogue.hero_rows()
        self.hero_model.replace_rows(self.hero_rows)
        self.detail.hero_id = None
        self.detail.show_overview(self.hero_rows)
        if self.news_page is not None:
            self.news_page.reload(catalogue.news_items(), [])
        self.read_only_reason = None
        self._open_for_editing()
        self._show_editing_state()
        self._update_status()

    def close_catalogue(self) -> None:
        if self.editing is not None:
            self.undo_stack.clear()
            writer = self.editing.writer
            problem = writer.close()
            self.editing.deleteLater()
            self.editing = None
            if problem:  # a full disk: the changes are saved, in the side file
                self.show_problem(
                    self.tr("Changes kept in a side file"),
                    self.tr(
                        "Your changes are saved, but they are kept in the side file {wal} "
                        "beside the catalogue, as they could not be written into the catalogue "
                        "file ({problem}). Keep that file with the catalogue: copy both "
                        "together."
                    ).format(wal=writer.wal_name, problem=problem),
                )
        self.catalogue.close()

    def _prepare_sorting_when_idle(self, column: int = 0) -> None:
        """Sort orders are worked out one column per idle moment, so header clicks are quick."""
        if column < len(COLUMNS):
            self.hero_model.prepare_sort(column)
            QTimer.singleShot(0, lambda: self._prepare_sorting_when_idle(column + 1))

    def _update_status(self) -> None:
        text = self.tr("Showing {shown} of {total} heroes")
        if self.hero_model.near_matches:
            text = self.tr("No exact match, showing near matches: {shown} of {total} heroes")
        self.status.setText(
            text.format(shown=self.hero_model.rowCount(), total=self.hero_model.total_count)
        )

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.ensure_news_page()

    def ensure_news_page(self) -> NewsPage:
        """The news tab is built when first opened: it is not needed for the first paint."""
        if self.news_page is None:
            from heroviewer.ui.news.actions import NewsActions
            from heroviewer.ui.news.page import NewsPage  # not needed for the first paint

            self.news_page = NewsPage(self.catalogue.news_items())
            self.news_actions = NewsActions(self, self.news_page)
            if self.settings is not None:
                self._restore(S.NEWS_SPLITTER, self.news_page.splitter.restoreState)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.news_page, self.tr("Secretariat news"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        return self.news_page

    def heroes_for(self, scope: str) -> list[str]:
        """Hero ids in table order: the one shown ("current"), "selected", or all "shown"."""
        model = self.hero_model
        if scope == "current":
            shown = self.detail.hero_id
            return [shown] if shown and model.row_of(shown) is not None else []
        if scope == "selected":
            rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        else:
            rows = range(model.rowCount())
        return [model.hero_id(row) for row in rows]

    def card_print_dialog(self):
        from heroviewer.ui.dialogs.card_print import CardPrintDialog

        name = _file_name(self.catalogue.label)
        return CardPrintDialog(
            self.heroes_for, self.catalogue.hero, name, self.settings, self,
            self.catalogue.portrait, self.catalogue.location.path,
        )  # fmt: skip

    def print_cards(self) -> None:
        self.card_print_dialog().exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About HeroViewer"), self.about_html())

    def about_html(self) -> str:
        text = self.tr(
            "<h3>HeroViewer {version}</h3>"
            "<p>A reference of the Heroes of the Soviet Union linked to the Republic of "
            "Tajikistan, with CSTO Secretariat news. Works offline.</p>"
            "<p>The sources count {total} such heroes; this catalogue holds {held} of them and "
            "{news} news items.</p>"
            "<p>Data: facts researched from public sources; every hero record and news item "
            "lists the pages it rests on, and research notes say what is uncertain. No "
            "photographs are bundled: portraits are drawn placeholders.</p>"
            "<p>Catalogue: {catalogue}</p>"
            "<p>Font: Noto Sans, SIL Open Font License 1.1.</p>"
        )
        return text.format(
            version=__version__,
            total=SOURCES_COUNT_HEROES,
            held=len(self.hero_rows),
            news=len(self.catalogue.news_items()),
            catalogue=escape(self.catalogue.label),
        )

    # --- settings -----------------------------------------------------------------------
    def _restore_settings(self) -> None:
        self.resize(1280, 760)
        self.hero_splitter.setSizes([760, 480])
        if self.settings is None:
            self.table.setSortingEnabled(True)
            return
        self._restore(S.WINDOW_GEOMETRY, self.restoreGeometry)
        self._restore(S.WINDOW_STATE, self.restoreState)
        self._restore(S.HERO_SPLITTER, self.hero_splitter.restoreState)
        header = self.table.horizontalHeader()
        defaults = header.saveState()
        sorted_by = header.sortIndicatorSection
        if self._restore(S.HERO_HEADER, header.restoreState) and sorted_by() not in range(
            len(COLUMNS)
        ):  # Qt keeps any sort column, and sorting by one that does not exist would crash
            self.settings.reset(S.HERO_HEADER, f"sort column {sorted_by()}")
            header.restoreState(defaults)
        self.table.setSortingEnabled(True)  # sorts by the restored (or default) column
        tab = self.settings.get(S.CURRENT_TAB)
        if tab == 1:
            self.tabs.setCurrentIndex(1)

    def _restore(self, setting: S.Setting, restore) -> bool:
        """Apply a stored state with ``restore``; one Qt cannot read is reset. True if applied."""
        state = self.settings.get(setting)
        if state.isEmpty():
            return False
        if restore(state):
            return True
        self.settings.reset(setting, state)
        return False

    def save_settings(self) -> None:
        if self.settings is None:
            return
        self.settings.set(S.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(S.WINDOW_STATE, self.saveState())
        self.settings.set(S.HERO_SPLITTER, self.hero_splitter.saveState())
        self.settings.set(S.HERO_HEADER, self.table.horizontalHeader().saveState())
        self.settings.set(S.CURRENT_TAB, self.tabs.currentIndex())
        if self.news_page is not None:
            self.settings.set(S.NEWS_SPLITTER, self.news_page.splitter.saveState())
        self.settings.sync()

    # --- a heroes or news file dropped on the window is imported ----------------------
    def dropped_file(self, event) -> Path | None:
        return self.interchange_actions.dropped_file(event)

    def take_dropped_file(self, path: Path) -> None:
        self.interchange_actions.import_from(path)

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.close_catalogue()
        self._closed = True
        super().closeEvent(event)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _file_name(label: str) -> str:
    return label.replace("\\", "/").rsplit("/", 1)[-1]
