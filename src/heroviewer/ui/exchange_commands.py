"""What File → Export heroes…, Export news… and Import… do: spreadsheets, JSON and news feeds.

An import is read and planned off the UI thread, previewed (what would be added, changed field
by field, and what conflicts), and applied only when the user confirms: one transaction, in
history, undone as one step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialog classes are looked up when first used
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal

from heroviewer.catalogue import CatalogueError
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.file_drops import first_dropped_file
from heroviewer.ui.start_folder import remembered, start_in

if TYPE_CHECKING:
    from heroviewer.operations.importing import PlannedImport
    from heroviewer.ui.heroes.page import HeroesPage
    from heroviewer.ui.open_catalogue import OpenCatalogue

HERO_FILTERS = QT_TRANSLATE_NOOP(
    "ExchangeCommands", "CSV for Excel and LibreOffice (*.csv);;JSON (*.json)"
)
IMPORT_SUFFIXES = (".csv", ".txt", ".json", ".xml", ".rss", ".atom")
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "ExchangeCommands", "Heroes or news (*.csv *.txt *.json *.xml *.rss *.atom);;All files (*)"
)


class ExchangeCommands(QObject):
    """``status(text, milliseconds)``: a line for the status bar (empty text clears it)."""

    status = Signal(str, int)

    def __init__(
        self, opened: OpenCatalogue, page: HeroesPage, parent: QtWidgets.QWidget,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.opened, self.page, self.parent_widget = opened, page, parent

    def dropped_file(self, event) -> Path | None:
        """The file to import among those dragged over the window (told by its ending)."""
        if not self.opened.writable:
            return None
        return first_dropped_file(event, IMPORT_SUFFIXES)

    def _problem(self, title: str, message: str) -> None:
        plain.warning(self.parent_widget, title, message)

    # --- export -------------------------------------------------------------------------
    def choose_hero_export(self) -> None:
        shown = self.page.heroes_for("shown")
        total = self.page.model.total_count
        only_shown = False
        if len(shown) < total:
            box_class = QtWidgets.QMessageBox
            box = box_class(
                box_class.Icon.Question,
                self.tr("Export heroes"),
                self.tr("Export which heroes?"),
                parent=self.parent_widget,
            )
            every = box.addButton(
                self.tr("All {count}").format(count=total), box_class.ButtonRole.AcceptRole
            )
            some = box.addButton(
                self.tr("The {count} shown").format(count=len(shown)),
                box_class.ButtonRole.AcceptRole,
            )
            box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (every, some):
                return
            only_shown = box.clickedButton() is some
        out, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export heroes"), start_in("heroes.csv"),
            self.tr(HERO_FILTERS),
        )  # fmt: skip
        if out:
            ending = ".json" if "*.json" in chosen else ".csv"
            self.export_heroes_to(remembered(out), shown if only_shown else None, ending)

    def export_heroes_to(
        self, out: Path, hero_ids: list[str] | None = None, ending: str = ".csv"
    ) -> bool:
        """CSV or JSON by the file's ending (``ending`` if it has neither); ``hero_ids`` limits
        it to those heroes."""
        from heroviewer.operations.exporting import export_heroes, with_ending

        out = with_ending(out, ending)
        catalogue = self.opened.catalogue
        written = self._write(lambda: export_heroes(catalogue, out, hero_ids=hero_ids), out)
        if written is not None:
            self._say(self.tr("%n hero(es) written to {file}", "", written).format(file=out))
        return written is not None

    def choose_news_export(self) -> None:
        out, _chosen = QtWidgets.QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export news"), start_in("news.json"),
            self.tr("JSON (*.json)"),
        )  # fmt: skip
        if out:
            self.export_news_to(remembered(out))

    def export_news_to(self, out: Path) -> bool:
        from heroviewer.operations.exporting import export_news

        if out.suffix.lower() != ".json":
            out = out.with_name(out.name + ".json")
        catalogue = self.opened.catalogue
        written = self._write(lambda: export_news(catalogue, out), out)
        if written is not None:
            self._say(self.tr("%n news item(s) written to {file}", "", written).format(file=out))
        return written is not None

    def _say(self, text: str) -> None:
        self.status.emit(text, 10000)

    def _write(self, write, out: Path) -> int | None:
        """Read and write with a wait cursor (100,000 heroes take seconds); how many records
        were written, or None when the file could not be."""
        QtWidgets.QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = write()
        except (CatalogueError, OSError) as error:
            QtWidgets.QApplication.restoreOverrideCursor()
            problem = f"{out}: {error.strerror or error}" if isinstance(error, OSError) else error
            self._problem(self.tr("Not exported"), str(problem))
            return None
        QtWidgets.QApplication.restoreOverrideCursor()
        return count

    # --- import -------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _chosen = QtWidgets.QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import heroes or news"), start_in(),
            self.tr(IMPORT_FILTER),
        )  # fmt: skip
        if path:
            self.import_from(remembered(path))

    def import_from(self, path: Path) -> None:
        """Read and plan in the background, preview, then apply as one undoable step."""
        from heroviewer.formats.hero_csv import header_labels
        from heroviewer.operations.importing import plan_import_file
        from heroviewer.ui.background import run_in_background
        from heroviewer.ui.language import label_translators

        catalogue = self.opened.catalogue
        labels = header_labels(label_translators())  # a CSV exported in any language
        self.status.emit(self.tr("Reading {file}…").format(file=path.name), 0)

        def work():
            reader = catalogue.for_another_thread()
            try:
                return plan_import_file(path, reader, labels)
            finally:
                reader.close()

        def done(planned) -> None:
            self.status.emit("", 0)
            self._preview_and_apply(planned)

        def failed(error: Exception) -> None:
            from heroviewer.formats.files import ImportRefused
            from heroviewer.ui.dialogs.import_preview import show_refusal

            self.status.emit("", 0)
            if isinstance(error, ImportRefused):
                show_refusal(self.parent_widget, error)
            else:
                self._problem(self.tr("Not imported"), translated(error))

        run_in_background(work, done, failed, self.parent_widget)

    def _preview_and_apply(self, planned: PlannedImport) -> None:
        from heroviewer.operations.importing import apply_import
        from heroviewer.ui.dialogs.import_preview import ImportPreview

        path, names = planned.path, {row.id: row.display_name for row in self.page.model.rows}
        kind = translated(planned.kind.value)
        heading = self.tr("{file}: {kind}, %Ln record(s)", "", len(planned.records))
        heading = heading.format(file=path.name, kind=kind)
        preview = ImportPreview(heading, planned.plan, names, self.parent_widget)
        confirmed = preview.exec() == ImportPreview.DialogCode.Accepted
        plan = preview.chosen_plan()  # without what the user unticked
        editing = self.opened.editing
        if plan.is_empty or not confirmed or editing is None:
            return
        text = self.tr("Import {file}").format(file=path.name)
        QtWidgets.QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big file: seconds
        try:
            added, changed = apply_import(
                plan, lambda entity, adds, changes: editing.apply_batch(entity, adds, changes, text)
            )
        except CatalogueError as error:
            QtWidgets.QApplication.restoreOverrideCursor()
            self._problem(self.tr("Not imported"), translated(error))
            return
        QtWidgets.QApplication.restoreOverrideCursor()
        self.status.emit(
            self.tr("Imported from {file}: {added} added, {changed} changed").format(
                file=path.name, added=added, changed=changed
            ),
            10000,
        )
