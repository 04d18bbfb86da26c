"""What the whole-catalogue actions do: back up, restore, import portraits from a folder.

Also the daily automatic backup, made in the background shortly after the window appears.
"""

from __future__ import annotations

import datetime
import logging
from pathlib import Path

from PySide6 import QtWidgets  # dialog classes are looked up when first used
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QAction

from heroviewer.catalogue import CatalogueError, CorruptCatalogue, open_catalogue
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.open_catalogue import OpenCatalogue
from heroviewer.ui.start_folder import remembered, start_in

BACKUP_FILTER = QT_TRANSLATE_NOOP(
    "CatalogueCommands", "HeroViewer catalogues (*.sqlite *.db);;All files (*)"
)


class CatalogueCommands(QObject):
    """``status(text, milliseconds)``: a line for the status bar (empty text clears it)."""

    status = Signal(str, int)

    def __init__(self, opened: OpenCatalogue, crop: QAction, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.opened, self.crop, self.parent_widget = opened, crop, parent
        self.last_backup: Path | None = None

    def refresh(self) -> None:
        """View → Refresh (F5): show what other workstations saved, keeping the selection."""
        from heroviewer.catalogue.connections import ServerError  # loaded with the writer

        try:
            self.opened.refresher.check()
        except (CatalogueError, ServerError) as error:
            self.opened.connection.look()  # a server out of reach: the band says so
            lost = self.opened.connection.lost
            message = self.opened.connection.message() if lost else translated(error)
            self._problem(self.tr("Not refreshed"), message)

    # --- backups ------------------------------------------------------------------------
    def start_daily_backup(self) -> None:
        """Check the catalogue, and back it up if that was not done today, off the UI thread."""
        from heroviewer.catalogue.backup import daily_backup
        from heroviewer.ui.background import run_in_background

        path = self.opened.catalogue.location.path
        if path is None or self.opened.editing is None:
            return

        def done(made: Path | None) -> None:
            self.last_backup = made or self.last_backup

        def failed(error: Exception) -> None:
            if isinstance(error, CorruptCatalogue):
                self.offer_restore_of_damaged(translated(error))
                return
            if not isinstance(error, (CatalogueError, OSError)):
                logging.getLogger(__name__).error("the daily backup failed", exc_info=error)
            self.status.emit(  # stays until another message replaces it
                self.tr("The daily backup failed: {error}").format(error=_why(error)), 0
            )

        run_in_background(lambda: daily_backup(path), done, failed, self.parent_widget)

    def choose_backup_file(self) -> None:
        out, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Back up the catalogue"),
            start_in(f"heroviewer-backup-{datetime.date.today().isoformat()}.sqlite"),
            self.tr(BACKUP_FILTER),
        )
        if out:
            self.write_backup(remembered(out))

    def write_backup(self, out: Path) -> bool:
        from heroviewer.operations.backups import back_up

        try:
            back_up(self.opened.catalogue.location.path, out)
        except (CatalogueError, OSError) as error:
            problem = (
                self.tr("{file}: {error}; the catalogue is unchanged").format(
                    file=out, error=_why(error)
                )
                if isinstance(error, OSError)
                else translated(error)
            )
            self._problem(self.tr("No backup written"), problem)
            return False
        self.status.emit(self.tr("Backed up to {file}").format(file=out), 8000)
        return True

    def choose_restore_file(self) -> None:
        source, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Restore the catalogue from a backup"),
            start_in(),
            self.tr(BACKUP_FILTER),
        )
        if not source:
            return
        remembered(source)
        from heroviewer.catalogue.backup import check_catalogue

        try:  # before asking: a file that is not a catalogue is refused at once
            check_catalogue(Path(source))
        except CatalogueError as error:
            self._problem(self.tr("Not restored"), translated(error))
            return
        answer = plain.question(
            self.parent_widget,
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
        from heroviewer.operations.backups import check_restore, restore

        try:
            path = check_restore(backup, self.opened.catalogue.location.path)
        except CatalogueError as error:
            self._problem(self.tr("Not restored"), translated(error))
            return False
        self.opened.close()  # releases the edit lock and every connection
        try:
            kept = restore(backup, path)
        except (CatalogueError, OSError) as error:
            message = f"{path}: {_why(error)}" if isinstance(error, OSError) else translated(error)
            self._problem(self.tr("Not restored"), message)
            kept = None
        self.opened.replace(open_catalogue(path))
        if kept:
            self.status.emit(
                self.tr("Restored; the catalogue as it was is kept in {file}").format(file=kept),
                15000,
            )
        return True

    def offer_restore_of_damaged(self, problem: str) -> None:
        from heroviewer.catalogue.backup import newest_good_backup

        path = self.opened.catalogue.location.path
        backup = newest_good_backup(path)
        if backup is None:
            self._problem(
                self.tr("The catalogue is damaged"),
                self.tr(
                    "{problem}\n\nThere is no good backup of it. Make a copy of the file "
                    "before changing anything."
                ).format(problem=problem),
            )
            return
        answer = plain.warning(
            self.parent_widget,
            self.tr("The catalogue is damaged"),
            self.tr(
                "{problem}\n\nRestore the newest good backup, {backup}? The damaged file "
                "is kept aside."
            ).format(problem=problem, backup=backup),
            plain.Button.Yes | plain.Button.No,
        )
        if answer == plain.Button.Yes:
            self.restore_from(backup)

    def _problem(self, title: str, message: str) -> None:
        plain.warning(self.parent_widget, title, message)

    # --- a shared catalogue on a server ------------------------------------------------
    def open_shared(self) -> bool:
        """File → Open shared catalogue…: ask for the server, open it instead of the catalogue
        now open. A refused connection changes nothing."""
        from keyring.errors import KeyringError

        from heroviewer.ui.dialogs import shared_catalogue as shared
        from heroviewer.ui.settings import SHARED_CATALOGUE, Settings

        settings = Settings()
        dialog = shared.SharedCatalogueDialog(
            shared.remembered_server(settings), self.parent_widget
        )
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return False
        server, password = dialog.server(), dialog.password.text()
        try:
            catalogue = open_catalogue(server.url(password))
        except CatalogueError as error:
            self._problem(
                self.tr("Shared catalogue not opened"),
                self.tr(
                    "The database {database} on the server {host} cannot be opened: {error}\n\n"
                    "The catalogue open before stays open."
                ).format(database=server.database, host=server.host, error=translated(error)),
            )
            return False
        settings.set(SHARED_CATALOGUE, server.url())
        settings.sync()
        try:
            shared.keep_password(server, password, dialog.remember.isChecked())
        except KeyringError as error:
            self.status.emit(
                self.tr("The password could not be kept in the keyring: {error}").format(
                    error=error
                ),
                15000,
            )
        self.opened.replace(catalogue)
        self.parent_widget.setWindowTitle(plain.window_title(self.opened.file_name))
        return True

    # --- portraits from a folder --------------------------------------------------------
    def choose_portrait_folder(self) -> None:
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self.parent_widget, self.tr("Folder of portraits named after the heroes"), start_in()
        )
        if folder:
            self.import_portrait_folder(remembered(folder))

    def import_portrait_folder(self, folder: Path, confirm=None) -> None:
        """Match and prepare in the background, show the report, apply as one undoable step.

        ``confirm(report_text, count) -> bool`` stands in for the report dialog in tests.
        """
        from heroviewer.operations.portrait_folder import plan_import, report_lines, set_portraits
        from heroviewer.ui.background import run_in_background

        heroes = self.opened.catalogue.hero_names()
        names = {row.id: row.display_name for row in self.opened.catalogue.hero_rows()}
        self.status.emit(self.tr("Reading the images in {folder}…").format(folder=folder), 0)

        def done(planned) -> None:
            report, prepared = planned
            self.status.emit("", 0)
            text = "\n".join(map(translated, report_lines(report, folder, names)))
            if not (confirm or self._confirm_import)(text, len(prepared)):
                return
            editing = self.opened.editing
            if editing is None or not prepared:
                return
            text = self.tr("Import %n portrait(s)", "", len(prepared))
            try:
                set_portraits(
                    prepared,
                    editing.writer.store_image,
                    lambda entity, changes, action: editing.save_many(
                        entity, changes, text, action
                    ),
                )
            except CatalogueError as error:
                self._problem(self.tr("Portraits not imported"), translated(error))

        def failed(error: Exception) -> None:
            self.status.emit("", 0)
            self._problem(self.tr("Portraits not imported"), translated(error))

        crop = self.crop.isChecked()
        run_in_background(
            lambda: plan_import(folder, heroes, crop), done, failed, self.parent_widget
        )

    def _confirm_import(self, text: str, count: int) -> bool:
        from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout

        dialog = QtWidgets.QDialog(self.parent_widget, objectName="portraitImport")
        dialog.setWindowTitle(self.tr("Import portraits"))
        report = QPlainTextEdit(text, readOnly=True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        apply = buttons.addButton(
            self.tr("Set %n portrait(s)", "", count),
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
    why = error.strerror if isinstance(error, OSError) else None
    return translated(why) if why else translated(error)
