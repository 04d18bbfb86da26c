"""What the news actions do: add, edit and delete news items, with the same undo and history
as heroes. The actions themselves are declared in ui/actions/table.py."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from heroviewer.catalogue import CatalogueError
from heroviewer.catalogue.writer import NEWS
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.news.page import NewsPage
from heroviewer.ui.open_catalogue import OpenCatalogue


class NewsCommands(QObject):
    def __init__(self, opened: OpenCatalogue, page: NewsPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.opened, self.page, self.parent_widget = opened, page, parent

    def _form(self, item: dict, title: str):
        from heroviewer.ui.dialogs.record_fields import news_form

        categories = [code for code in self.page.model.categories() if code]
        return news_form(item, categories, title, self.parent_widget)

    def add_item(self) -> None:
        form = self._form({}, self.tr("New news item"))

        def save() -> None:
            values = form.values()
            text = self.tr("Add news “{title}”").format(title=values["title"])
            self._try(lambda: self.opened.editing.add(NEWS, values, text))

        self.opened.connection.until_saved(form, save)

    def edit_item(self) -> None:
        item = self.page.current_item()
        if item is None or self.opened.editing is None:
            return
        form = self._form(item, self.tr("Edit news item"))
        text = self.tr("Edit news “{title}”").format(title=item["title"])

        def save() -> None:
            changes = form.changes(item)
            if changes:
                self._try(
                    lambda: self.opened.editing.save(NEWS, item["id"], changes, text, opened=item)
                )

        self.opened.connection.until_saved(form, save)

    def delete_item(self) -> None:
        item = self.page.current_item()
        if item is None or self.opened.editing is None:
            return
        answer = plain.question(
            self.parent_widget,
            self.tr("Delete news item"),
            self.tr("Delete “{title}”? You can undo this (Ctrl+Z).").format(title=item["title"]),
        )
        if answer == plain.Button.Yes:
            text = self.tr("Delete news “{title}”").format(title=item["title"])
            self._try(lambda: self.opened.editing.delete(NEWS, item["id"], text))

    def show_history(self) -> None:
        from heroviewer.ui.dialogs.history import show_history

        item = self.page.current_item()
        if item is None or self.opened.editing is None:
            return
        show_history(self.opened.editing, NEWS, item["id"], item["title"], self.parent_widget)

    def _try(self, save) -> None:
        try:
            save()
        except CatalogueError as error:
            plain.warning(self.parent_widget, self.tr("Not saved"), translated(error))
