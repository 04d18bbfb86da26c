"""What the hero actions do: new, edit, delete, portrait, history.

Each saves through the open catalogue's `Editing`, so it is one transaction, recorded, and
undoable. The actions themselves are declared in ui/actions/table.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets  # dialog classes are looked up when first used
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from heroviewer.catalogue import CatalogueError
from heroviewer.records.entities import HERO
from heroviewer.records.names import display_name
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.heroes.page import HeroesPage
from heroviewer.ui.language import current_language
from heroviewer.ui.open_catalogue import OpenCatalogue
from heroviewer.ui.start_folder import remembered, start_in

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif"


class HeroCommands(QObject):
    """``status(text, milliseconds)``: a line for the status bar (empty text clears it)."""

    status = Signal(str, int)

    def __init__(
        self, opened: OpenCatalogue, page: HeroesPage, crop: QAction, parent: QtWidgets.QWidget
    ) -> None:
        super().__init__(parent)
        self.opened, self.page, self.crop, self.parent_widget = opened, page, crop, parent

    # --- records ------------------------------------------------------------------------
    def add_hero(self) -> None:
        from heroviewer.ui.dialogs.record_fields import hero_form

        form = hero_form({}, self.tr("New hero"), self.parent_widget)

        def save() -> None:
            values = form.values()
            text = self.tr("Add {name}").format(name=_name(values))
            hero_id = self._try(lambda: self.opened.editing.add(HERO, values, text))
            if hero_id:
                self.page.show_hero_in_table(hero_id)

        self.opened.connection.until_saved(form, save)

    def edit_hero(self) -> None:
        from heroviewer.ui.dialogs.record_fields import hero_form

        record = self.page.current_record()
        if record is None or self.opened.editing is None:
            return
        name = _name(record)
        form = hero_form(record, self.tr("Edit {name}").format(name=name), self.parent_widget)
        text = self.tr("Edit {name}").format(name=name)

        def save() -> None:
            changes = form.changes(record)
            if changes:
                self._try(
                    lambda: self.opened.editing.save(
                        HERO, record["id"], changes, text, opened=record
                    )
                )

        self.opened.connection.until_saved(form, save)

    def delete_hero(self) -> None:
        record = self.page.current_record()
        if record is None or self.opened.editing is None:
            return
        name = _name(record)
        answer = plain.question(
            self.parent_widget,
            self.tr("Delete hero"),
            self.tr(
                "Delete {name} from the catalogue? You can undo this (Ctrl+Z), and the "
                "record stays in the history."
            ).format(name=name),
        )
        if answer == plain.Button.Yes:
            text = self.tr("Delete {name}").format(name=name)
            self._try(lambda: self.opened.editing.delete(HERO, record["id"], text))

    def show_history(self) -> None:
        from heroviewer.ui.dialogs.history import show_history

        record = self.page.current_record()
        if record is None or self.opened.editing is None:
            return
        show_history(self.opened.editing, HERO, record["id"], _name(record), self.parent_widget)

    # --- portraits ----------------------------------------------------------------------
    def choose_portrait_file(self) -> None:
        record = self.page.current_record()
        if record is None:
            return
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self.parent_widget,
            plain.window_title(self.tr("Portrait of {name}").format(name=_name(record))),
            start_in(),
            self.tr("Images ({patterns})").format(patterns=IMAGE_FILTER),
        )
        if path:
            self.set_portrait_from_file(record["id"], remembered(path))

    def set_portrait_from_file(self, hero_id: str, path: Path) -> None:
        """Prepare the image off the UI thread, then save it as the hero's portrait."""
        if self.opened.editing is None:
            return
        crop = self.crop.isChecked()
        self.status.emit(self.tr("Reading {file}…").format(file=path.name), 0)

        def done(image) -> None:
            self.status.emit("", 0)
            record = self.opened.catalogue.hero(hero_id)
            if record is None or self.opened.editing is None:
                return
            text = self.tr("Portrait of {name}").format(name=_name(record))
            editing = self.opened.editing
            self._try(
                lambda: editing.save(
                    HERO,
                    hero_id,
                    {"portrait": editing.writer.store_image(image)},
                    text,
                    "portrait",
                )
            )

        def failed(error: Exception) -> None:
            self.status.emit("", 0)
            self._problem(self.tr("Portrait not changed"), translated(error))

        from heroviewer.support.portrait_files import prepare_portrait
        from heroviewer.ui.background import run_in_background

        run_in_background(lambda: prepare_portrait(path, crop), done, failed, self.parent_widget)

    def remove_portrait_now(self) -> None:
        record = self.page.current_record()
        if record is None or not record.get("portrait") or self.opened.editing is None:
            return
        text = self.tr("Remove portrait of {name}").format(name=_name(record))
        self._try(
            lambda: self.opened.editing.save(
                HERO, record["id"], {"portrait": None}, text, "portrait"
            )
        )

    # --- helpers ------------------------------------------------------------------------
    def _problem(self, title: str, message: str) -> None:
        plain.warning(self.parent_widget, title, message)

    def _try(self, save):
        from heroviewer.support.portrait_files import PortraitError

        try:
            return save()
        except (CatalogueError, PortraitError) as error:
            self._problem(self.tr("Not saved"), translated(error))
            return None


def _name(record) -> str:
    """The name a reader of the interface's language is shown first (the detail pane's)."""
    return display_name(record, current_language())
