"""The history of one record: every saved change, newest first, each revertible."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from heroviewer.catalogue import CatalogueError
from heroviewer.catalogue.writer import WHOLE_RECORD, Entity, HistoryItem
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.labels import time_text, value_text
from heroviewer.ui.undo import Editing

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryDialog", "When"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Who"),
    QT_TRANSLATE_NOOP("HistoryDialog", "What"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Field"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Was"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Became"),
)


class HistoryDialog(QDialog):
    def __init__(
        self, editing: Editing, entity: Entity, record_id: Any, name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, objectName="historyDialog")
        self.setWindowTitle(plain.window_title(self.tr("History of {name}").format(name=name)))
        self.editing, self.entity, self.record_id = editing, entity, record_id
        self.table = QTableWidget(0, len(COLUMNS), objectName="historyTable")
        self.table.setAccessibleName(self.tr("Saved changes"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No changes have been saved to this record yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.revert_button = buttons.addButton(
            self.tr("Revert this change"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.revert_button.setObjectName("revertChange")
        self.revert_button.clicked.connect(self.revert_selected)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.items: list[HistoryItem] = []
        from heroviewer.ui.dialogs.record_fields import field_labels

        self.field_labels = field_labels(entity.name)
        self.reload()

    def reload(self) -> None:
        """Show the history again; the chosen change stays chosen and widths stay as set."""
        rows = self.table.selectionModel().selectedRows()
        chosen = self.items[rows[0].row()].id if rows else None
        first_fill = not self.items
        self.items = self.editing.writer.history(self.entity, self.record_id)
        self.table.setRowCount(len(self.items))
        actions = {
            "edit": self.tr("edited"), "add": self.tr("added"), "delete": self.tr("deleted"),
            "undo": self.tr("undone"), "redo": self.tr("redone"), "revert": self.tr("reverted"),
            "portrait": self.tr("portrait"), "import portraits": self.tr("portraits imported"),
            "position": self.tr("position set"),
        }  # fmt: skip
        for row, item in enumerate(self.items):
            cells = (
                time_text(item.at), item.user, actions.get(item.action, item.action),
                self.tr("record")
                if item.field == WHOLE_RECORD
                else self.field_labels.get(item.field, item.field),
                value_text(item.field, item.old),
                value_text(item.field, item.new),
            )  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(plain.tooltip_text(text) if len(text) > 40 else "")
                self.table.setItem(row, column, cell)
        if first_fill:
            self.table.resizeColumnsToContents()
            for column in (4, 5):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.table.clearSelection()
        for row, item in enumerate(self.items):
            if item.id == chosen:
                self.table.selectRow(row)
        self.empty.setVisible(not self.items)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.revert_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def revert_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.items[rows[0].row()]
        text = self.tr("Revert a change of {when}").format(when=time_text(item.at))
        try:
            self.editing.revert(item, text)
        except CatalogueError as error:
            plain.warning(self, self.tr("Not reverted"), translated(error))
            return
        self.reload()


def show_history(
    editing: Editing, entity: Entity, record_id: Any, name: str, parent: QWidget
) -> None:
    """The history dialog of one record; a message instead when it cannot be read (the
    catalogue's server out of reach: then the window also shows its band)."""
    try:
        with editing.watched():
            dialog = HistoryDialog(editing, entity, record_id, name, parent)
    except CatalogueError as error:
        plain.warning(
            parent,
            QCoreApplication.translate("HistoryDialog", "History not shown"),
            translated(error),
        )
        return
    dialog.exec()
