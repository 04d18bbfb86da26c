"""The hero editing actions of the main window: new, edit, delete, portrait, history.

Each action saves through `Editing`, so it is one transaction, recorded, and undoable.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialog classes are looked up when first used
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from heroviewer.catalogue import CatalogueError
from heroviewer.catalogue.entities import HERO
from heroviewer.ui import plain
from heroviewer.ui import settings as S
from heroviewer.ui.actions import make_action

if TYPE_CHECKING:
    from heroviewer.ui.main_window import MainWindow

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif"


class HeroActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        action = partial(make_action, window)
        self.new = action(
            "newHero",
            self.tr("&New hero…"),
            self.add_hero,
            QKeySequence.StandardKey.New,
        )
        self.edit = action(
            "editHero",
            self.tr("&Edit hero…"),
            self.edit_hero,
            QKeySequence(Qt.Key.Key_F2),
        )
        self.delete = action(
            "deleteHero",
            self.tr("&Delete hero…"),
            self.delete_hero,
            QKeySequence.StandardKey.Delete,
        )
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only in the table
        self.choose_portrait = action(
            "choosePortrait", self.tr("Choose &portrait…"), self.choose_portrait_file
        )
        self.choose_portrait.setToolTip(
            self.tr("Choose an image file, or drop one on the hero's page, to be the portrait")
        )
        self.remove_portrait = action(
            "removePortrait", self.tr("&Remove portrait"), self.remove_portrait_now
        )
        self.history = action(
            "heroHistory", self.tr("&History…"), self.show_history, QKeySequence("Ctrl+H")
        )
        self.crop_portraits = QAction(
            self.tr("&Crop new portraits to the card's shape"), window, checkable=True
        )
        self.crop_portraits.setObjectName("cropPortraits")
        if window.settings is not None:
            self.crop_portraits.setChecked(window.settings.get(S.CROP_PORTRAITS))
            self.crop_portraits.toggled.connect(
                lambda on: window.settings.set(S.CROP_PORTRAITS, on)
            )
        self.pending_portraits = 0  # images being prepared in the background

    def update_enabled(self) -> None:
        """Editing actions follow the selection and whether the catalogue can be written."""
        writable = self.window.editing is not None
        record = self.window.current_record()
        self.new.setEnabled(writable)
        for action in (self.edit, self.delete, self.choose_portrait):
            action.setEnabled(writable and record is not None)
        self.remove_portrait.setEnabled(
            writable and record is not None and bool(record.get("portrait"))
        )
        self.history.setEnabled(writable and record is not None)

    # --- records ------------------------------------------------------------------------
    def add_hero(self) -> None:
        from heroviewer.ui.dialogs.record_fields import hero_form

        form = hero_form({}, self.tr("New hero"), self.window)
        if form.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        values = form.values()
        name = values.get("name_en") or values.get("name_ru") or values.get("name_tg")
        hero_id = self._try(
            lambda: self.window.editing.add(HERO, values, self.tr("Add {name}").format(name=name))
        )
        if hero_id:
            self.window.show_hero_in_table(hero_id)

    def edit_hero(self) -> None:
        from heroviewer.ui.dialogs.record_fields import hero_form

        record = self.window.current_record()
        if record is None or self.window.editing is None:
            return
        name = _name(record)
        form = hero_form(record, self.tr("Edit {name}").format(name=name), self.window)
        if form.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        changes = form.changes(record)
        if changes:
            text = self.tr("Edit {name}").format(name=name)
            self._try(lambda: self.window.editing.save(HERO, record["id"], changes, text))

    def delete_hero(self) -> None:
        record = self.window.current_record()
        if record is None or self.window.editing is None:
            return
        name = _name(record)
        answer = plain.question(
            self.window,
            self.tr("Delete hero"),
            self.tr(
                "Delete {name} from the catalogue? You can undo this (Ctrl+Z), and the "
                "record stays in the history."
            ).format(name=name),
        )
        if answer == plain.Button.Yes:
            text = self.tr("Delete {name}").format(name=name)
            self._try(lambda: self.window.editing.delete(HERO, record["id"], text))

    def show_history(self) -> None:
        from heroviewer.ui.dialogs.history import HistoryDialog

        record = self.window.current_record()
        if record is None or self.window.editing is None:
            return
        HistoryDialog(self.window.editing, HERO, record["id"], _name(record), self.window).exec()

    # --- portraits ----------------------------------------------------------------------
    def choose_portrait_file(self) -> None:
        record = self.window.current_record()
        if record is None:
            return
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self.window,
            plain.window_title(self.tr("Portrait of {name}").format(name=_name(record))),
            "",
            self.tr("Images ({patterns})").format(patterns=IMAGE_FILTER),
        )
        if path:
            self.set_portrait_from_file(record["id"], Path(path))

    def set_portrait_from_file(self, hero_id: str, path: Path) -> None:
        """Prepare the image off the UI thread, then save it as the hero's portrait."""
        if self.window.editing is None:
            return
        crop = self.crop_portraits.isChecked()
        self.pending_portraits += 1
        self.window.statusBar().showMessage(self.tr("Reading {file}…").format(file=path.name))

        def done(image) -> None:
            self.pending_portraits -= 1
            self.window.statusBar().clearMessage()
            record = self.window.catalogue.hero(hero_id)
            if record is None or self.window.editing is None:
                return
            text = self.tr("Portrait of {name}").format(name=_name(record))
            editing = self.window.editing
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
            self.pending_portraits -= 1
            self.window.statusBar().clearMessage()
            self.window.show_problem(self.tr("Portrait not changed"), str(error))

        from heroviewer.support.portrait_files import prepare_portrait
        from heroviewer.ui.background import run_in_background

        run_in_background(lambda: prepare_portrait(path, crop), done, failed, self.window)

    def remove_portrait_now(self) -> None:
        record = self.window.current_record()
        if record is None or not record.get("portrait") or self.window.editing is None:
            return
        text = self.tr("Remove portrait of {name}").format(name=_name(record))
        self._try(
            lambda: self.window.editing.save(
                HERO, record["id"], {"portrait": None}, text, "portrait"
            )
        )

    # --- helpers ------------------------------------------------------------------------
    def _try(self, save):
        from heroviewer.support.portrait_files import PortraitError

        try:
            return save()
        except (CatalogueError, PortraitError) as error:
            self.window.show_problem(self.tr("Not saved"), str(error))
            return None


def _name(record) -> str:
    return record.get("name_en") or record.get("name_ru") or record.get("name_tg") or record["id"]
