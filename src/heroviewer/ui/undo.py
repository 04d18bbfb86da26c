"""Every change a user makes, as undoable commands that call the catalogue's writer.

A change is saved first and only then put on the undo stack, so a change that could not be
saved never appears there. Undo and redo are saved changes too, and land in history.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from heroviewer.catalogue import CatalogueError
from heroviewer.catalogue.writer import CatalogueWriter, HistoryItem
from heroviewer.records.entities import ENTITIES, NEWS, WHOLE_RECORD, Entity
from heroviewer.records.normal_values import normal_columns
from heroviewer.support.translated import translated


class _SavedCommand(QUndoCommand):
    """A change already saved once: the first redo (from QUndoStack.push) does nothing."""

    def __init__(self, editing: Editing, text: str, redo: Callable, undo: Callable) -> None:
        super().__init__(text)
        self._editing = editing
        self._redo, self._undo = redo, undo
        self.skip_next = True  # also set when the stack goes back over a step not carried out

    def redo(self) -> None:
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        try:
            with self._editing.watched():
                step()
        except CatalogueError as error:
            if self._editing.unreachable:  # kept: it can be carried out once the server is back
                self._editing.undo_stack.kept = self
            else:
                self.setObsolete(True)  # the stack drops a step that cannot be carried out
            self._editing.failed.emit(translated(error))


class Editing(QObject):
    """The write side of the window: saves through the writer, keeps the undo stack.

    ``changed(entity, ids)`` tells the window which records to read again.
    """

    changed = Signal(str, list)
    failed = Signal(str)

    def __init__(
        self, writer: CatalogueWriter, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self.undo_stack = undo_stack
        self.watch = None  # ui.connection.ConnectionWatch, on a server
        self._mine: dict[tuple[str, Any], dict[str, Any]] = {}  # see _left

    # --- heroes and news alike ----------------------------------------------------------
    def save(
        self, entity: Entity, record_id: Any, changes: dict[str, Any], text: str,
        action: str = "edit", opened: dict[str, Any] | None = None,
    ) -> bool:  # fmt: skip
        """Save ``changes``; False when nothing differed (then nothing is recorded).

        ``opened``: the record the form was opened on; a save over a newer one is refused
        (catalogue.StaleRecord). Without it, the record as stored now. Undo and redo are
        refused in the same way when another workstation saved the record since."""
        with self.watched():
            if opened is None:
                opened = self.writer.record(entity, record_id)
            done = self.writer.save(entity, record_id, changes, action, opened)
        if not done:
            return False
        before = {change.field: change.old for change in done}
        after = {change.field: change.new for change in done}
        self._left(entity, {**opened, **after, "version": opened["version"] + 1})
        self._announce(entity, [record_id])
        self.undo_stack.push(
            _SavedCommand(
                self, text,
                lambda: self._write(entity, [record_id], self._save_step, entity, record_id,
                                    after, "redo"),
                lambda: self._write(entity, [record_id], self._save_step, entity, record_id,
                                    before, "undo"),
            )
        )  # fmt: skip
        return True

    def add(self, entity: Entity, record: dict[str, Any], text: str, action: str = "add") -> Any:
        with self.watched():
            record_id = self.writer.add(entity, record, action)
        saved = {**record, "id": record_id}
        self._left(entity, saved)
        self._announce(entity, [record_id])
        self.undo_stack.push(
            _SavedCommand(
                self, text,
                lambda: self._write(entity, [record_id], self._add_step, entity, saved, "redo"),
                lambda: self._write(entity, [record_id], self._delete_step, entity, record_id,
                                    "undo"),
            )
        )  # fmt: skip
        return record_id

    def delete(self, entity: Entity, record_id: Any, text: str, action: str = "delete") -> None:
        with self.watched():
            removed = self.writer.delete(entity, record_id, action)
        self._mine.pop((entity.name, record_id), None)
        self._announce(entity, [record_id])
        self.undo_stack.push(
            _SavedCommand(
                self, text,
                lambda: self._write(entity, [record_id], self._delete_step, entity, record_id,
                                    "redo"),
                lambda: self._write(entity, [record_id], self._add_step, entity, removed, "undo"),
            )
        )  # fmt: skip

    def save_many(
        self, entity: Entity, changes: dict[Any, dict[str, Any]], text: str, action: str
    ) -> int:
        """Several records' changes as one transaction and one undo step; returns how many."""
        done = self.writer.save_many(entity, changes, action)
        if not done:
            return 0
        before = {rid: {c.field: c.old for c in fields} for rid, fields in done.items()}
        after = {rid: {c.field: c.new for c in fields} for rid, fields in done.items()}
        ids = list(done)
        self._forget(entity, ids)
        self._announce(entity, ids)
        self.undo_stack.push(
            _SavedCommand(
                self, text,
                lambda: self._write(entity, ids, self.writer.save_many, entity, after, "redo"),
                lambda: self._write(entity, ids, self.writer.save_many, entity, before, "undo"),
            )
        )  # fmt: skip
        return len(done)

    def apply_batch(
        self, entity: Entity, adds: list[dict[str, Any]], changes: dict[Any, dict[str, Any]],
        text: str, action: str = "import",
    ) -> tuple[int, int]:  # fmt: skip
        """An import: additions and changes in one transaction and one undo step."""
        writer = self.writer
        added, done, _removed = writer.apply_batch(entity, adds, changes, (), action)
        if not added and not done:
            return 0, 0
        before = {rid: {c.field: c.old for c in fields} for rid, fields in done.items()}
        after = {rid: {c.field: c.new for c in fields} for rid, fields in done.items()}
        saved_adds = [{**record, "id": rid} for record, rid in zip(adds, added, strict=True)]
        ids = [*added, *done]
        self._forget(entity, ids)
        self._announce(entity, ids)
        self.undo_stack.push(
            _SavedCommand(
                self, text,
                lambda: self._write(entity, ids, writer.apply_batch, entity, saved_adds, after,
                                    (), "redo"),
                lambda: self._write(entity, ids, writer.apply_batch, entity, (), before, added,
                                    "undo"),
            )
        )  # fmt: skip
        return len(added), len(done)

    def revert(self, item: HistoryItem, text: str) -> None:
        """Put back what ``item`` changed, as a new, undoable, recorded change."""
        entity = ENTITIES[item.entity]
        record_id = int(item.entity_id) if entity is NEWS else item.entity_id
        if item.field != WHOLE_RECORD:
            if not self.save(entity, record_id, {item.field: item.old}, text, "revert"):
                raise CatalogueError(self.tr("The value is already what that change replaced."))
        elif item.old is None:  # the record was added: revert by deleting it
            self.delete(entity, record_id, text, "revert")
        else:  # the record was deleted: revert by adding it back
            self.add(entity, item.old, text, "revert")

    # --- helpers ------------------------------------------------------------------------
    @property
    def unreachable(self) -> bool:
        """The catalogue's server cannot be reached (the window shows the band)."""
        return self.watch is not None and self.watch.lost

    @contextmanager
    def watched(self):
        """Refused at once while the server is out of reach; a failed save asks whether it
        still answers (then the window shows the band, and the refusal says so)."""
        if self.watch is not None:
            self.watch.refuse_while_lost()
        try:
            yield
        except CatalogueError as error:
            if self.watch is not None:
                self.watch.look()
                if self.watch.lost:
                    raise CatalogueError(self.watch.message()) from error
            raise

    def _write(self, entity: Entity, ids: list, method: Callable, *args) -> None:
        if method not in (self._save_step, self._add_step, self._delete_step):
            self._forget(entity, ids)  # several records at once: their versions are not noted
        method(*args)
        self._announce(entity, ids)

    # --- undo and redo, checked against the version this workstation left -------------------
    def _left(self, entity: Entity, record: dict[str, Any]) -> None:
        """Note a record as this workstation's last step left it, with its version (a new row
        starts at 1): an undo or redo over another workstation's later save is refused
        (StaleRecord), as a save from a form opened before it is."""
        stored = normal_columns(entity, [record])  # as the record reads back
        mine = {field: column[0] for field, column in stored.items()}
        self._mine[entity.name, record["id"]] = {**mine, "version": record.get("version", 1)}

    def _forget(self, entity: Entity, ids: list) -> None:
        for record_id in ids:
            self._mine.pop((entity.name, record_id), None)

    def _save_step(self, entity: Entity, record_id: Any, values: dict, action: str) -> None:
        mine = self._mine.get((entity.name, record_id))
        if self.writer.save(entity, record_id, values, action, mine) and mine is not None:
            self._left(entity, {**mine, **values, "version": mine["version"] + 1})

    def _add_step(self, entity: Entity, record: dict[str, Any], action: str) -> None:
        self.writer.add(entity, record, action)
        self._left(entity, record)

    def _delete_step(self, entity: Entity, record_id: Any, action: str) -> None:
        self.writer.delete(entity, record_id, action, self._mine.get((entity.name, record_id)))
        self._mine.pop((entity.name, record_id), None)

    def _announce(self, entity: Entity, ids: list) -> None:
        self.changed.emit(entity.name, [str(record_id) for record_id in ids])
