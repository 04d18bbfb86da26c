"""File menu actions on the whole catalogue: back up, restore, import portraits from a folder.

Also the daily automatic backup, made in the background shortly after the window appears.
"""

from __future__ import annotations

import datetime
import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialog classes are looked up when first used
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from heroviewer.catalogue import CatalogueError, CorruptCatalogue, open_catalogue
from heroviewer.catalogue.entities import HERO
from heroviewer.ui import plain
from heroviewer.ui.actions import make_action

if TYPE_CHECKING:
    from heroviewer.ui.main_window import MainWindow

BACKUP_FILTER = "HeroViewer catalogues (*.sqlite *.db);;All files (*)"


class CatalogueActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        action = partial(make_action, window)
        self.import_portraits = action(
            "importPortraits",
            self.tr("Import &portraits…"),
            self.choose_portrait_folder,
        )
        self.back_up = action("backUp", self.tr("&Back up…"), self.choose_backup_file)
        self.restore = action("restore", self.tr("&Restore…"), self.choose_restore_file)
        self.last_backup: Path | None = None

    def actions(self) -> list[QAction]:
        return [self.import_portraits, self.back_up, self.restore]

    def update_enabled(self) -> None:
        is_file = self.window.catalogue.location.path is not None
        self.import_portraits.setEnabled(self.window.editing is not None)
        self.back_up.setEnabled(is_file)
        self.restore.setEnabled(is_file and self.window.editing is not None)

    # --- backups ------------------------------------------------------------------------
    def start_daily_backup(self) -> None:
        """Check the catalogue, and back it up if that was not done today, off the UI thread."""
        from heroviewer.catalogue.backup import daily_backup
        from heroviewer.ui.background import run_in_background

        path = self.window.catalogue.location.path
        if path is None or self.window.editing is None:
            return

        def done(made: Path | None) -> None:
            self.last_backup = made or self.last_backup

        def failed(error: Exception) -> None:
            if isinstance(error, CorruptCatalogue):
                self.offer_restore_of_damaged(str(error))
                return
            if not isinstance(error, (CatalogueError, OSError)):
                logging.getLogger(__name__).error("the daily backup failed", exc_info=error)
            self.window.statusBar().showMessage(  # stays until another message replaces it
                self.tr("The daily backup failed: {error}").format(error=_why(error))
            )

        run_in_background(lambda: daily_backup(path), done, failed, self.window)

    def choose_backup_file(self) -> None:
        out, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up the catalogue"),
            f"heroviewer-backup-{datetime.date.today().isoformat()}.sqlite",
            self.tr(BACKUP_FILTER),
        )
        if out:
            self.write_backup(Path(out))

    def write_backup(self, out: Path) -> bool:
        from heroviewer.catalogue.backup import write_backup

        try:
            write_backup(self.window.catalogue.location.path, out)
        except (CatalogueError, OSError) as error:
            problem = (
                self.tr("{file}: {error}; the catalogue is unchanged").format(
                    file=out, error=_why(error)
                )
                if isinstance(error, OSError)
                else str(error)
            )
            self.window.show_problem(self.tr("No backup written"), problem)
            return False
        self.window.statusBar().showMessage(self.tr("Backed up to {file}").format(file=out), 8000)
        return True

    def choose_restore_file(self) -> None:
        source, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore the catalogue from a backup"),
            "",
            self.tr(BACKUP_FILTER),
        )
        if not source:
            return
        from heroviewer.catalogue.backup import check_catalogue

        try:  # before asking: a file that is not a catalogue is refused at once
            check_catalogue(Path(source))
        except CatalogueError as error:
            self.window.show_problem(self.tr("Not restored"), str(error))
            return
        answer = plain.question(
            self.window,
            self.tr("Restore"),
            self.tr(
                "Replace the whole catalogue with the backup {file}? The catalogue as it "
                "is now is backed up first."
            ).format(file=source),
        )
        if answer == plain.Button.Yes:
            self.restore_from(Path(source))

    def restore_from(self, backup: Path) -> bool:
        """Replace the catalogue with ``backup`` (checked first) and show it."""
        from heroviewer.catalogue.backup import check_restore_source, restore_backup

        path = self.window.catalogue.location.path
        try:
            check_restore_source(backup, path)
        except CatalogueError as error:
            self.window.show_problem(self.tr("Not restored"), str(error))
            return False
        self.window.close_catalogue()  # releases the edit lock and every connection
        try:
            kept = restore_backup(backup, path)
        except (CatalogueError, OSError) as error:
            message = f"{path}: {_why(error)}" if isinstance(error, OSError) else str(error)
            self.window.show_problem(self.tr("Not restored"), message)
            kept = None
        self.window.reload_catalogue(open_catalogue(path))
        if kept:
            self.window.statusBar().showMessage(
                self.tr("Restored; the catalogue as it was is kept in {file}").format(file=kept),
                15000,
            )
        return True

    def offer_restore_of_damaged(self, problem: str) -> None:
        from heroviewer.catalogue.backup import newest_good_backup

        path = self.window.catalogue.location.path
        backup = newest_good_backup(path)
        if backup is None:
            self.window.show_problem(
                self.tr("The catalogue is damaged"),
                self.tr(
                    "{problem}\n\nThere is no good backup of it. Make a copy of the file "
                    "before changing anything."
                ).format(problem=problem),
            )
            return
        answer = plain.warning(
            self.window,
            self.tr("The catalogue is damaged"),
            self.tr(
                "{problem}\n\nRestore the newest good backup, {backup}? The damaged file "
                "is kept aside."
            ).format(problem=problem, backup=backup),
            plain.Button.Yes | plain.Button.No,
        )
        if answer == plain.Button.Yes:
            self.restore_from(backup)

    # --- portraits from a folder --------------------------------------------------------
    def choose_portrait_folder(self) -> None:
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self.window, self.tr("Folder of portraits named after the heroes")
        )
        if folder:
            self.import_portrait_folder(Path(folder))

    def import_portrait_folder(self, folder: Path, confirm=None) -> None:
        """Match and prepare in the background, show the report, apply as one undoable step.

        ``confirm(report_text, count) -> bool`` stands in for the report dialog in tests.
        """
        from heroviewer.operations.portrait_folder import plan_import, report_lines
        from heroviewer.ui.background import run_in_background

        heroes = self.window.catalogue.hero_names()
        names = {row.id: row.display_name for row in self.window.hero_rows}
        self.window.statusBar().showMessage(
            self.tr("Reading the images in {folder}…").format(folder=folder)
        )

        def done(planned) -> None:
            report, prepared = planned
            self.window.statusBar().clearMessage()
            text = "\n".join(report_lines(report, folder, names))
            if not (confirm or self._confirm_import)(text, len(prepared)):
                return
            editing = self.window.editing
            if editing is None or not prepared:
                return
            try:
                changes = {
                    hero: {"portrait": editing.writer.store_image(image)}
                    for hero, image in prepared.items()
                }
                editing.save_many(
                    HERO,
                    changes,
                    self.tr("Import {count} portraits").format(count=len(changes)),
                    "import portraits",
                )
            except CatalogueError as error:
                self.window.show_problem(self.tr("Portraits not imported"), str(error))

        def failed(error: Exception) -> None:
            self.window.statusBar().clearMessage()
            self.window.show_problem(self.tr("Portraits not imported"), str(error))

        crop = self.window.hero_actions.crop_portraits.isChecked()
        run_in_background(lambda: plan_import(folder, heroes, crop), done, failed, self.window)

    def _confirm_import(self, text: str, count: int) -> bool:
        from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout

        dialog = QtWidgets.QDialog(self.window, objectName="portraitImport")
        dialog.setWindowTitle(self.tr("Import portraits"))
        report = QPlainTextEdit(text, readOnly=True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        apply = buttons.addButton(
            self.tr("Set {count} portraits").format(count=count),
            QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole,
        )
        apply.setEnabled(count > 0)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("What the folder holds, and who each image shows:")))
        layout.addWidget(report, 1)
        layout.addWidget(buttons)
        dialog.resize(720, 480)
        return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted


def _why(error: Exception) -> str:
    """An error in words: an OSError's own text ("the disk is full; …"), without its number."""
    return (error.strerror if isinstance(error, OSError) else None) or str(error)
