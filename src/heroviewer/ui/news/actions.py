"""Adding, editing and deleting news items, with the same undo and history as heroes."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from heroviewer.catalogue import CatalogueError
from heroviewer.catalogue.writer import NEWS
from heroviewer.ui import plain
from heroviewer.ui.actions import make_action

if TYPE_CHECKING:
    from heroviewer.ui.main_window import MainWindow
    from heroviewer.ui.news.page import NewsPage


class NewsActions(QObject):
    def __init__(self, window: MainWindow, page: NewsPage) -> None:
        super().__init__(window)
        self.window, self.page = window, page
        action = partial(make_action, window)
        self.new = action("newNews", self.tr("New item…"), self.add_item)
        self.edit = action("editNews", self.tr("Edit…"), self.edit_item)
        self.delete = action("deleteNews", self.tr("Delete…"), self.delete_item)
        self.history = action("newsHistory", self.tr("History…"), self.show_history)
        page.add_buttons([self.new, self.edit, self.delete, self.history])
        page.list.selectionModel().currentChanged.connect(lambda *_: self.update_enabled())
        page.list.doubleClicked.connect(lambda _index: self.edit.trigger())
        self.update_enabled()

    def update_enabled(self) -> None:
        writable = self.window.editing is not None
        chosen = self.page.current_item() is not None
        self.new.setEnabled(writable)
        for action in (self.edit, self.delete, self.history):
            action.setEnabled(writable and chosen)

    def _form(self, item: dict, title: str):
        from heroviewer.ui.dialogs.record_fields import news_form

        categories = [code for code in self.page.model.categories() if code]
        return news_form(item, categories, title, self.window)

    def add_item(self) -> None:
        form = self._form({}, self.tr("New news item"))
        if form.exec() == QDialog.DialogCode.Accepted:
            values = form.values()
            text = self.tr("Add news “{title}”").format(title=values["title"])
            self._try(lambda: self.window.editing.add(NEWS, values, text))

    def edit_item(self) -> None:
        item = self.page.current_item()
        if item is None or self.window.editing is None:
            return
        form = self._form(item, self.tr("Edit news item"))
        if form.exec() == QDialog.DialogCode.Accepted:
            changes = form.changes(item)
            text = self.tr("Edit news “{title}”").format(title=item["title"])
            if changes:
                self._try(lambda: self.window.editing.save(NEWS, item["id"], changes, text))

    def delete_item(self) -> None:
        item = self.page.current_item()
        if item is None or self.window.editing is None:
            return
        answer = plain.question(
            self.window,
            self.tr("Delete news item"),
            self.tr("Delete “{title}”? You can undo this (Ctrl+Z).").format(title=item["title"]),
        )
        if answer == plain.Button.Yes:
            text = self.tr("Delete news “{title}”").format(title=item["title"])
            self._try(lambda: self.window.editing.delete(NEWS, item["id"], text))

    def show_history(self) -> None:
        from heroviewer.ui.dialogs.history import HistoryDialog

        item = self.page.current_item()
        if item is None or self.window.editing is None:
            return
        HistoryDialog(self.window.editing, NEWS, item["id"], item["title"], self.window).exec()

    def _try(self, save) -> None:
        try:
            save()
        except CatalogueError as error:
            self.window.show_problem(self.tr("Not saved"), str(error))
