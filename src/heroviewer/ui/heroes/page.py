"""The "Heroes" tab: the search field, the table, and the detail pane beside it.

The page keeps the selection across sorting and filtering, shows saved changes it hears of from
the open catalogue, and says what it shows through ``countChanged`` and ``shownHeroChanged``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from heroviewer.catalogue import CatalogueError
from heroviewer.catalogue.connections import ServerError
from heroviewer.records.names import display_name
from heroviewer.ui import labels
from heroviewer.ui.heroes.detail_pane import HeroDetail
from heroviewer.ui.heroes.table_model import COLUMNS, READ_ONE_BY_ONE_LIMIT, HeroTableModel
from heroviewer.ui.language import current_language
from heroviewer.ui.open_catalogue import OpenCatalogue

DATE_COLUMNS = ("born", "died", "decree")
LONG_DATE = "1944-09-28"  # the longest month's name, a two-digit day
DEFAULT_COLUMN_WIDTHS = {
    "name": 210, "name_ru": 200, "born": 125, "died": 125, "birthplace": 230, "rank": 130,
    "unit": 230, "decree": 125, "posthumous": 90, "group": 130,
}  # fmt: skip
WIDTHS_WORD_WIDTH = 59  # how wide "November" is in the font the widths are meant for (9 pt)


class HeroesPage(QWidget):
    """``countChanged(text)``: the status line's count. ``shownHeroChanged()``: another hero (or
    none) is shown, or the one shown was saved: actions that depend on it are enabled anew."""

    countChanged = Signal(str)
    shownHeroChanged = Signal()

    def __init__(self, opened: OpenCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.model = HeroTableModel(opened.catalogue.hero_rows(current_language()), self)
        self._kept_selection: list[str] = []
        self._sorting_waits_at: int | None = None  # sort orders to prepare once shown
        self._kept_current: str | None = None
        self._build()
        opened.recordsChanged.connect(self._records_changed)
        opened.refreshed.connect(self._records_changed)
        opened.replaced.connect(self._catalogue_replaced)
        self._show_overview()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(objectName="heroSearch")
        self.search.setPlaceholderText(self.tr("Search names, places, units, deeds — any script"))
        self.search.setAccessibleName(self.tr("Search heroes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._refilter(self.model.set_query, text))
        self.search.installEventFilter(self)
        self.needs_research = QCheckBox(self.tr("Needs research"), objectName="needsResearch")
        self.needs_research.setToolTip(
            self.tr("Only records with low confidence or missing key facts")
        )
        self.needs_research.toggled.connect(
            lambda on: self._refilter(self.model.set_needs_research_only, on)
        )
        self.table = self._build_table()
        self.detail = HeroDetail(self._thumbnail)
        self.detail.setMinimumWidth(320)
        self.detail_buttons = QHBoxLayout()
        self.detail_buttons.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.needs_research)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(self.detail_buttons)
        right_layout.addWidget(self.detail, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="heroSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _build_table(self) -> QTableView:
        table = QTableView(objectName="heroTable")
        table.setAccessibleName(self.tr("Heroes"))
        table.setTabKeyNavigation(False)  # Tab goes on to the record; arrows move in the table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, spec in enumerate(COLUMNS):
            header.resizeSection(column, _default_width(table, spec.key))
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_table_menu)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_header_menu)
        self._table_menu: list[QAction | None] = []
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        return table

    def add_detail_buttons(self, actions: list[QAction]) -> None:
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.detail_buttons.addWidget(button)
        self.detail_buttons.addStretch(1)

    def set_table_menu(self, actions: list[QAction | None]) -> None:
        """The menu of a right click on a row (None: a separator)."""
        self._table_menu = actions
        for action in actions:
            if action is not None and action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
                self.table.addAction(action)  # its shortcut works in the table

    def _show_table_menu(self, point: QPoint) -> None:
        menu = QMenu(self, objectName="heroTableMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self._table_menu:
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _show_header_menu(self, point: QPoint) -> None:
        """Right click on the header: show or hide each column, or put them back as they were."""
        header = self.table.horizontalHeader()
        menu = QMenu(self, objectName="heroColumnsMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for column in range(self.model.columnCount()):
            toggle = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            toggle.setCheckable(True)
            toggle.setChecked(not header.isSectionHidden(column))
            toggle.setEnabled(header.hiddenSectionCount() < self.model.columnCount() - 1
                              or header.isSectionHidden(column))  # fmt: skip
            toggle.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.popup(header.mapToGlobal(point))

    def reset_columns(self) -> None:
        """Every column shown, in its first order and width."""
        header = self.table.horizontalHeader()
        for column, spec in enumerate(COLUMNS):
            header.setSectionHidden(column, False)
            header.moveSection(header.visualIndex(column), column)
            header.resizeSection(column, _default_width(self.table, spec.key))

    def copy_name(self) -> None:
        record = self.current_record()
        if record is not None:
            QGuiApplication.clipboard().setText(display_name(record, current_language()))

    def start(self) -> None:
        """Sorted by the restored (or default) column; sort orders prepared while idle."""
        self.table.setSortingEnabled(True)
        self._update_count()
        QTimer.singleShot(300, self._prepare_sorting_when_idle)

    # --- the search field ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

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

    def _refilter(self, change: Callable, value) -> None:
        change(value)
        shown = self.detail.hero_id
        if shown is not None and self.model.row_of(shown) is None:
            self._show_overview()
            self.shownHeroChanged.emit()
        elif shown is None and self.detail.nothing_found != self._nothing_found():
            self._show_overview()  # the search now finds nobody, or somebody again
        self._update_count()

    def _nothing_found(self) -> bool:
        """The search (or the research filter) hides every hero of a catalogue that has some."""
        return self.model.rowCount() == 0 < self.model.total_count

    def _show_overview(self) -> None:
        self.detail.show_overview(self.model.rows, self._nothing_found())

    def show_hero_in_table(self, hero_id: str) -> None:
        if self.model.row_of(hero_id) is None:  # filtered out: show everyone
            self.search.clear()
            self.needs_research.setChecked(False)
        self.select_hero(hero_id)

    # --- selection ----------------------------------------------------------------------
    def _move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex()
        row = 0 if not current.isValid() else max(0, min(count - 1, current.row() + step))
        self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)

    def select_hero(self, hero_id: str) -> bool:
        row = self.model.row_of(hero_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _remember_selection(self) -> None:
        """Before the model resets (sorting, filtering): which heroes are selected and current."""
        model = self.model
        selected = self.table.selectionModel().selectedRows()
        self._kept_selection = [model.hero_id(index.row()) for index in selected]
        current = self.table.currentIndex()
        self._kept_current = model.hero_id(current.row()) if current.isValid() else None

    def _restore_selection(self) -> None:
        """After the reset: select the same heroes where they are still shown."""
        model = self.model
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
        hero_id = self.model.hero_id(current.row())
        if hero_id == self.detail.hero_id:
            return  # the same hero, moved by sorting or filtering
        record = self.opened.catalogue.hero(hero_id)
        if record is not None:
            self.detail.show_hero(record)
        self.shownHeroChanged.emit()

    def current_record(self) -> dict | None:
        """The hero the detail pane shows, read afresh; None while the catalogue's server
        cannot be reached (the band says so)."""
        shown = self.detail.hero_id
        if not shown or self.opened.connection.lost:
            return None
        try:
            return self.opened.catalogue.hero(shown)
        except (CatalogueError, ServerError):
            self.opened.connection.look()
            if self.opened.connection.lost:
                return None
            raise

    def heroes_for(self, scope: str) -> list[str]:
        """Hero ids in table order: the one shown ("current"), "selected", or all "shown"."""
        model = self.model
        if scope == "current":
            shown = self.detail.hero_id
            return [shown] if shown and model.row_of(shown) is not None else []
        if scope == "selected":
            rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        else:
            rows = range(model.rowCount())
        return [model.hero_id(row) for row in rows]

    # --- saved changes ------------------------------------------------------------------
    def _records_changed(self, entity: str, ids: list[str]) -> None:
        """Show saved heroes: their rows and, if it shows one of them, the detail pane."""
        if entity != "hero":
            return
        catalogue = self.opened.catalogue
        if len(ids) > READ_ONE_BY_ONE_LIMIT:  # an import: read every row at once
            by_id = {row.id: row for row in catalogue.hero_rows(self.model.language)}
            rows = [by_id.get(hero_id) for hero_id in ids]
        else:
            rows = [catalogue.hero_row(hero_id, self.model.language) for hero_id in ids]
        changed = [row for row in rows if row is not None]
        removed = [hero_id for hero_id, row in zip(ids, rows, strict=True) if row is None]
        self.model.apply_changes(changed, removed)
        if not self.model.sorting_prepared:  # an added or deleted hero: work them out again
            QTimer.singleShot(300, self._prepare_sorting_when_idle)
        shown = self.detail.hero_id
        if shown in ids:
            record = catalogue.hero(shown)
            if record is None:
                self._show_overview()
            else:
                self.detail.show_hero(record)
        elif shown is None:
            if len(changed) == 1 and not removed:
                self.select_hero(changed[0].id)  # an added or restored hero
            else:
                self._show_overview()
        self._update_count()
        self.shownHeroChanged.emit()

    def _catalogue_replaced(self) -> None:
        self.model.replace_rows(self.opened.catalogue.hero_rows(self.model.language))
        self._show_overview()
        self._update_count()
        self.shownHeroChanged.emit()

    def _prepare_sorting_when_idle(self, column: int = 0) -> None:
        """Sort orders are worked out one column per idle moment, so header clicks are quick;
        while another tab is shown, once this one is shown again (a map opened at once after
        start would otherwise wait for them)."""
        if not self.isVisible():
            self._sorting_waits_at = column
            return
        if column < len(COLUMNS):
            self.model.prepare_sort(column)
            QTimer.singleShot(0, lambda: self._prepare_sorting_when_idle(column + 1))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        waiting, self._sorting_waits_at = self._sorting_waits_at, None
        if waiting is not None:
            QTimer.singleShot(300, lambda: self._prepare_sorting_when_idle(waiting))

    def _update_count(self) -> None:
        total = self.model.total_count
        text = self.tr("Showing {shown} of %n hero(es)", "", total)
        if self.model.near_matches:
            text = self.tr(
                "No exact match, showing near matches: {shown} of %n hero(es)", "", total
            )
        self.countChanged.emit(text.format(shown=self.model.rowCount()))

    def _thumbnail(self, sha256: str) -> bytes | None:
        """The pane shows a stored portrait's thumbnail (quicker to read and scale)."""
        return self.opened.catalogue.portrait(sha256, thumbnail=True)

    # --- remembered layout --------------------------------------------------------------
    def save_state(self) -> tuple:
        return self.splitter.saveState(), self.table.horizontalHeader().saveState()


def _default_width(table: QTableView, key: str) -> int:
    """A column's first width, wider with a large font; a date column fits a long date as the
    interface's language writes it ("28 сентябри соли 1944")."""
    metrics = table.fontMetrics()
    scale = max(1.0, metrics.horizontalAdvance("November") / WIDTHS_WORD_WIDTH)
    width = round(DEFAULT_COLUMN_WIDTHS[key] * scale)
    if key in DATE_COLUMNS:
        width = max(width, metrics.horizontalAdvance(labels.date_text(LONG_DATE)) + 16)
    return width


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
