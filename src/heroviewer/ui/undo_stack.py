"""The window's undo stack: an undo or redo that could not be carried out because the server
cannot be reached leaves the stack as it was, so the same step can be undone (or redone) once
the server answers again."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack


class UndoStack(QUndoStack):
    """``kept``: set by a command (ui/undo.py) whose step was not carried out; the stack then
    goes back to where it was, and that command does nothing on the way back."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kept = None

    def undo(self) -> None:
        self._step(super().undo)

    def redo(self) -> None:
        self._step(super().redo)

    def _step(self, move) -> None:
        index, self.kept = self.index(), None
        move()
        if self.kept is not None:
            self.kept.skip_next = True
            self.kept = None
            self.setIndex(index)
