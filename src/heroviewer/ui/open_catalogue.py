"""The catalogue the window shows: its reader, its writer with the undo stack, and why it is
read-only when it is. Every part of the window reads and writes through this one object, and
learns of saved changes from its signals.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from heroviewer.catalogue import Catalogue, ReadOnlyCatalogue
from heroviewer.support.translated import translated
from heroviewer.ui.connection import ConnectionWatch
from heroviewer.ui.refresh import Refresher
from heroviewer.ui.undo_stack import UndoStack

if TYPE_CHECKING:
    from heroviewer.ui.undo import Editing


class OpenCatalogue(QObject):
    """Owns the open catalogue; opens it for writing, closes it, replaces it after a restore.

    ``recordsChanged(entity, ids)``: records saved (edited, added, deleted, imported, undone).
    ``replaced()``: another catalogue file's contents are shown now (a restore).
    ``editingChanged()``: the catalogue became writable, or read-only (``read_only_reason``).
    ``refreshed(entity, ids)``: records saved elsewhere (another workstation), found at a
    refresh (``refresher``: F5, and every minute on a server).
    ``saveFailed(message)``: an undo or redo could not be saved.
    ``keptInSideFile(wal, problem)``: at closing, the saved changes could not be written into
    the catalogue file (a full disk); they are kept in its side file ``wal``.
    """

    recordsChanged = Signal(str, list)
    replaced = Signal()
    refreshed = Signal(str, list)
    editingChanged = Signal()
    saveFailed = Signal(str)
    keptInSideFile = Signal(str, str)

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.undo_stack = UndoStack(self)
        self.editing: Editing | None = None
        self.read_only_reason: str | None = None
        self._closed = False
        self.connection = ConnectionWatch(self)  # the band while a server is out of reach
        self.refresher = Refresher(self)

    @classmethod
    def taken_by(cls, window: QObject, catalogue: Catalogue | OpenCatalogue) -> OpenCatalogue:
        """A new OpenCatalogue of ``window``; or, given one, that same one, now the window's
        (a window made again in another language carries on with its undo history)."""
        opened = catalogue if isinstance(catalogue, OpenCatalogue) else cls(catalogue)
        opened.setParent(window)
        return opened

    @property
    def writable(self) -> bool:
        return self.editing is not None

    @property
    def file_name(self) -> str:
        return self.catalogue.label.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def is_file(self) -> bool:
        return self.catalogue.location.path is not None

    def open_for_editing(self) -> None:
        """Take the catalogue for writing; else keep the reason it is read-only."""
        if self.editing is not None or self.read_only_reason is not None or self._closed:
            return
        from heroviewer.ui.undo import Editing  # not needed for the first paint

        try:
            writer = self.catalogue.open_writer()
        except ReadOnlyCatalogue as error:
            self.read_only_reason = translated(error)
        else:
            self.editing = Editing(writer, self.undo_stack, self)
            self.editing.watch = self.connection
            self.editing.changed.connect(self.recordsChanged)
            self.editing.failed.connect(self.saveFailed)
        self.refresher.start()  # after the first paint: the pages have read the records
        self.editingChanged.emit()

    def close(self) -> None:
        """Release the writer (and its edit lock) and the reader; the undo stack empties."""
        self.refresher.stop()
        self.connection.timer.stop()
        if self.editing is not None:
            self.undo_stack.clear()
            editing, self.editing = self.editing, None
            try:
                problem = editing.writer.close()
            finally:
                editing.deleteLater()
            if problem:
                self.keptInSideFile.emit(editing.writer.wal_name, translated(problem))
        self.catalogue.close()
        self._closed = True

    def release_window(self) -> None:
        """Forget every connection the window made to this object and its undo stack: the
        window is being made again (in another language) over this same open catalogue."""
        stack = self.undo_stack
        for signal in (
            self.recordsChanged, self.replaced, self.editingChanged, self.saveFailed,
            self.keptInSideFile, self.refreshed, self.connection.changed, stack.canUndoChanged,
            stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged, stack.cleanChanged,
            stack.indexChanged,
        ):  # fmt: skip
            with warnings.catch_warnings():  # one nothing is connected to warns
                warnings.simplefilter("ignore")
                signal.disconnect()

    def replace(self, catalogue: Catalogue) -> None:
        """Show ``catalogue`` instead (after a restore), open for writing if it can be."""
        self.close()
        self.catalogue = catalogue
        self.read_only_reason = None
        self._closed = False
        self.refresher.forget()
        self.open_for_editing()
        self.replaced.emit()
