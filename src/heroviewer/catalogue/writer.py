"""Write to a catalogue. Every save is one transaction that also records its history.

Heroes and news are written by the same few operations (save fields, add, delete), described
by an `Entity`; a hero's search key is rebuilt in the same transaction as its fields. The SQL
is plain, with named parameters, so it runs on the sqlite3 connection used for SQLite files and
on SQLAlchemy connections for other URLs alike.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from heroviewer.catalogue.connections import ServerError, Transaction
from heroviewer.catalogue.errors import CatalogueError, StaleRecord
from heroviewer.catalogue.new_ids import with_new_ids
from heroviewer.catalogue.refusals import no_record, refuse_unkeepable, stale
from heroviewer.records.entities import HERO, NEWS, WHOLE_RECORD, Entity
from heroviewer.records.fields import (
    HERO_SEARCHED_FIELDS,
    NAME_SORT_KEYS,
    hero_name_sort_key,
    hero_name_sort_keys_as_taken,
    hero_search_key,
    hero_search_keys,
    hero_search_keys_as_taken,
)
from heroviewer.records.names import NAME_FIELDS, first_name_given
from heroviewer.records.normal_values import (
    decode_record,
    decode_records,
    encode_texts,
    normal_columns,
    normal_records,
    rows_of,
)
from heroviewer.support.bulk import collector_paused
from heroviewer.support.messages import QT_TRANSLATE_NOOP

__all__ = ["HERO", "NEWS", "WHOLE_RECORD", "CatalogueWriter", "Entity"]

if TYPE_CHECKING:
    from heroviewer.support.portrait_files import PreparedImage


class FieldChange(NamedTuple):
    field: str
    old: Any
    new: Any


class HistoryItem(NamedTuple):
    id: int
    change_id: int
    at: str
    user: str
    action: str
    entity: str
    entity_id: str
    field: str
    old: Any
    new: Any


class CatalogueWriter:
    """Saves, adds and deletes heroes and news items, and records each change in history."""

    def __init__(self, connection, label: str, user: str | None = None) -> None:
        self._connection = connection
        self.label = label
        self.user = user or _os_user()
        self._on_close: list = []

    def on_close(self, callback) -> None:
        self._on_close.append(callback)

    # --- records ------------------------------------------------------------------------
    def save(
        self, entity: Entity, entity_id: Any, changes: Mapping[str, Any], action: str = "edit",
        opened: Mapping[str, Any] | None = None,
    ) -> list[FieldChange]:  # fmt: skip
        """Set the given fields; returns what changed (nothing is recorded if nothing did).

        ``opened``: the record as the form was opened on (with its "version"); when the record
        has been saved since, StaleRecord is raised and nothing is written.
        """
        opened_records = {entity_id: opened} if opened is not None else None
        done = self.save_many(entity, {entity_id: changes}, action, opened_records)
        return done.get(entity_id, [])

    def save_many(
        self, entity: Entity, changes: Mapping[Any, Mapping[str, Any]], action: str = "edit",
        opened: Mapping[Any, Mapping[str, Any]] | None = None,
    ) -> dict[Any, list[FieldChange]]:  # fmt: skip
        """Several records' changes in one transaction, recorded as one change."""
        for fields in changes.values():
            unknown = set(fields) - set(entity.fields[1:])
            if unknown:
                raise ValueError(f"not fields of a {entity.name}: {', '.join(sorted(unknown))}")
        with self._write() as tx:
            for entity_id, record in (opened or {}).items():
                self._refuse_stale(tx, entity, entity_id, record, changes[entity_id])
            return self._save_many_in(tx, _next_change_id(tx), entity, changes, action)

    def _refuse_stale(
        self, tx: Transaction, entity: Entity, entity_id: Any, opened: Mapping[str, Any],
        changes: Mapping[str, Any],
    ) -> None:  # fmt: skip
        """StaleRecord unless the record is still at the version ``opened`` was read at.

        The statement that compares the versions also locks the record until the transaction
        ends (on PostgreSQL; SQLite's write lock is the whole file), so no other save can slip
        in between the check and this save.
        """
        still = tx.execute(
            f"UPDATE {entity.table} SET version = version WHERE id = :id AND version = :version",
            {"id": entity_id, "version": opened["version"]},
        )
        if still:
            return
        current = self._read(tx, entity, entity_id)
        if current is None:
            raise CatalogueError(no_record(self.label, entity, entity_id))
        stored = tx.rows(f"SELECT version FROM {entity.table} WHERE id = :id", {"id": entity_id})
        yours = {**opened, **normal_records(entity, [changes])[0]}
        raise StaleRecord(
            stale(self.label, entity, entity_id, opened["version"], stored[0][0], current, yours)
        )

    def _save_many_in(
        self, tx: Transaction, change_id: int, entity: Entity,
        changes: Mapping[Any, Mapping[str, Any]], action: str,
    ) -> dict[Any, list[FieldChange]]:  # fmt: skip
        """Set fields of many records: what they were is read at once, and one statement runs
        for each set of fields that changed together (an import may change 100,000 heroes)."""
        before = self._read_many(tx, entity, list(changes))
        done: dict[Any, list[FieldChange]] = {}
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        normalised = normal_records(entity, list(changes.values()))
        for entity_id, new in zip(changes, normalised, strict=True):
            if entity_id not in before:
                raise CatalogueError(no_record(self.label, entity, entity_id))
            old = before[entity_id]
            changed = [FieldChange(f, old[f], value) for f, value in new.items() if value != old[f]]
            if changed:
                done[entity_id] = changed
                values = {c.field: _stored(entity, c.field, c.new) for c in changed}
                updates.setdefault(tuple(values), []).append({**values, "id": entity_id})
        whole = [{**before[i], **new} for i, new in zip(changes, normalised, strict=True)]
        given = {field for new in normalised for field in new}
        refuse_unkeepable(
            self.label, entity, _columns(normalised, given), _columns(whole, entity.fields)
        )
        for names, rows in updates.items():
            assignments = "".join(f"{name} = :{name}, " for name in names) + "version = version + 1"
            tx.execute_many(f"UPDATE {entity.table} SET {assignments} WHERE id = :id", rows)
        if entity is HERO:
            self._update_search_keys(tx, before, done)
            self._update_name_sort_keys(tx, before, done)
        self._record_many(tx, change_id, entity, action, list(done.items()))
        return done

    def _update_search_keys(
        self, tx: Transaction, before: Mapping[Any, dict], done: Mapping[Any, list[FieldChange]]
    ) -> None:
        """Fold again the search keys of the heroes whose searched fields changed."""
        ids = [i for i, changed in done.items() if any(c.field in _SEARCHED for c in changed)]
        if not ids:
            return
        after = [{**before[i], **{c.field: c.new for c in done[i]}} for i in ids]
        columns = {field: [record[field] for record in after] for field in HERO_SEARCHED_FIELDS}
        keys = hero_search_keys(columns)
        tx.execute_many(
            "UPDATE heroes SET search_key = :key WHERE id = :id",
            [{"key": key, "id": i} for key, i in zip(keys, ids, strict=True)],
        )

    def _update_name_sort_keys(
        self, tx: Transaction, before: Mapping[Any, dict], done: Mapping[Any, list[FieldChange]]
    ) -> None:
        """Work out again where the heroes whose names changed sort."""
        ids = [i for i, changed in done.items() if any(c.field in NAME_FIELDS for c in changed)]
        if not ids:
            return
        after = [{**before[i], **{c.field: c.new for c in done[i]}} for i in ids]
        tx.execute_many(
            f"UPDATE heroes SET {_SET_NAME_SORT_KEYS} WHERE id = :id",
            [{**hero_name_sort_key(record), "id": record["id"]} for record in after],
        )

    def add(self, entity: Entity, record: Mapping[str, Any], action: str = "add") -> Any:
        """Insert ``record`` (with its id, or a new one); returns the id."""
        with self._write() as tx:
            return self._add_in(tx, _next_change_id(tx), entity, record, action)

    def delete(
        self, entity: Entity, entity_id: Any, action: str = "delete",
        opened: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        """Delete a record; returns it as it was, so that it can be added back.

        ``opened``: as for ``save``: refused (StaleRecord) when the record was saved since."""
        with self._write() as tx:
            if opened is not None:
                self._refuse_stale(tx, entity, entity_id, opened, {})
            return self._delete_in(tx, _next_change_id(tx), entity, entity_id, action)

    def record(self, entity: Entity, entity_id: Any) -> dict[str, Any] | None:
        """The record as stored now, with its "version"; None when there is none."""
        with self._write() as tx:
            found = self._read(tx, entity, entity_id)
            rows = tx.rows(f"SELECT version FROM {entity.table} WHERE id = :id", {"id": entity_id})
        return None if found is None else {**found, "version": rows[0][0]}

    def apply_batch(
        self,
        entity: Entity,
        adds: Sequence[Mapping[str, Any]] = (),
        changes: Mapping[Any, Mapping[str, Any]] | None = None,
        removals: Sequence[Any] = (),
        action: str = "import",
    ) -> tuple[list[Any], dict[Any, list[FieldChange]], list[dict[str, Any]]]:
        """Adds, field changes and deletions as one transaction and one recorded change.

        Returns the added ids, the changes made and the deleted records (to undo it all).
        """
        with collector_paused(), self._write() as tx:
            change_id = _next_change_id(tx)
            added = self._insert(tx, change_id, entity, adds, action)
            done = self._save_many_in(tx, change_id, entity, changes or {}, action)
            removed = [
                self._delete_in(tx, change_id, entity, entity_id, action) for entity_id in removals
            ]
        return added, done, removed

    def _add_in(
        self, tx: Transaction, change_id: int, entity: Entity, record: Mapping[str, Any],
        action: str,
    ) -> Any:  # fmt: skip
        return self._insert(tx, change_id, entity, [record], action)[0]

    def _insert(
        self, tx: Transaction, change_id: int, entity: Entity,
        records: Sequence[Mapping[str, Any]], action: str,
    ) -> list[Any]:  # fmt: skip
        """Insert records (with their ids, or new ones) in one statement; returns the ids.

        The records are worked as columns (see catalogue.columns): imports add 100,000 at once.
        """
        columns = normal_columns(entity, records)
        refuse_unkeepable(self.label, entity, columns, columns)
        ids = with_new_ids(tx, entity, columns)
        stored = list(entity.fields)
        if entity is HERO:
            columns["search_key"] = hero_search_keys_as_taken(columns)  # lists not yet JSON
            columns.update(hero_name_sort_keys_as_taken(columns))
            stored += ["search_key", *NAME_SORT_KEYS.values()]
        for field in entity.list_fields:  # as JSON, each made as SQLite takes the row
            columns[field] = map(encode_texts, columns[field])
        tx.insert_rows(entity.table, stored, rows_of(columns, stored))
        self._record_added(tx, change_id, entity, action, ids, _names(entity, columns))
        return ids

    def _delete_in(
        self, tx: Transaction, change_id: int, entity: Entity, entity_id: Any, action: str
    ) -> dict[str, Any]:
        record = self._read(tx, entity, entity_id)
        if record is None:
            raise CatalogueError(no_record(self.label, entity, entity_id))
        tx.execute(f"DELETE FROM {entity.table} WHERE id = :id", {"id": entity_id})
        self._record(
            tx, change_id, entity, entity_id, action, [FieldChange(WHOLE_RECORD, record, None)]
        )
        return record

    def refresh_search_keys(self, version: str) -> int:
        """Store search keys and name sort keys made by the current rules; returns how many
        heroes."""
        with self._write() as tx:
            records = decode_records(HERO, tx.rows(f"SELECT {', '.join(HERO.fields)} FROM heroes"))
            tx.execute_many(
                f"UPDATE heroes SET search_key = :key, {_SET_NAME_SORT_KEYS} WHERE id = :id",
                [
                    {"key": hero_search_key(r), **hero_name_sort_key(r), "id": r["id"]}
                    for r in records
                ],
            )
            tx.execute("DELETE FROM catalog_info WHERE key = 'search_fold'")
            tx.execute(
                "INSERT INTO catalog_info (key, value) VALUES ('search_fold', :v)", {"v": version}
            )
        return len(records)

    # --- portraits ----------------------------------------------------------------------
    def store_image(self, image: PreparedImage) -> str:
        """Keep a portrait image (once, by its hash); returns the hash heroes refer to it by."""
        with self._write() as tx:
            if not tx.rows("SELECT 1 FROM images WHERE sha256 = :sha", {"sha": image.sha256}):
                tx.execute(
                    "INSERT INTO images (sha256, image, thumbnail, width, height, original_name) "
                    "VALUES (:sha256, :image, :thumbnail, :width, :height, :original_name)",
                    image._asdict(),
                )
        return image.sha256

    # --- history ------------------------------------------------------------------------
    def history(self, entity: Entity, entity_id: Any) -> list[HistoryItem]:
        """Every recorded change of one record, newest first."""
        with self._reading() as tx:
            rows = tx.rows(
                f"SELECT {_HISTORY_COLUMNS} FROM history "
                "WHERE entity = :entity AND entity_id = :entity_id ORDER BY id DESC",
                {"entity": entity.name, "entity_id": str(entity_id)},
            )
        return [_history_item(row) for row in rows]

    def close(self) -> str | None:
        """Close; returns why the saved changes stay in the side file ``wal_name`` (see
        SqliteConnection.close), or None when the catalogue file alone holds them."""
        try:
            return self._connection.close()
        finally:
            for callback in self._on_close:
                callback()
            self._on_close.clear()

    @property
    def wal_name(self) -> str:
        """The name of the side file where SQLite keeps saved changes until they are written
        into the catalogue file."""
        return Path(self.label).name + "-wal"

    # --- inside a transaction -----------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[Transaction]:
        try:
            with self._connection.transaction() as tx:
                yield tx
        except (sqlite3.OperationalError, ServerError) as error:
            not_saved = QT_TRANSLATE_NOOP("Catalogue", "{path}: the change was not saved ({error})")
            raise CatalogueError(not_saved.format(path=self.label, error=str(error))) from None

    @contextmanager
    def _reading(self) -> Iterator[Transaction]:
        try:
            with self._connection.transaction() as tx:
                yield tx
        except (sqlite3.OperationalError, ServerError) as error:
            not_read = QT_TRANSLATE_NOOP("Catalogue", "{path}: could not be read ({error})")
            raise CatalogueError(not_read.format(path=self.label, error=str(error))) from None

    def _read_many(self, tx: Transaction, entity: Entity, ids: list[Any]) -> dict[Any, dict]:
        """The records with these ids (those that exist), by id; read 500 at a time."""
        found = {}
        for start in range(0, len(ids), 500):
            chunk = {
                f"id{number}": entity_id
                for number, entity_id in enumerate(ids[start : start + 500])
            }
            rows = tx.rows(
                f"SELECT {', '.join(entity.fields)} FROM {entity.table} "
                f"WHERE id IN ({', '.join(':' + name for name in chunk)})",
                chunk,
            )
            for record in decode_records(entity, rows):
                found[record["id"]] = record
        return found

    def _read(self, tx: Transaction, entity: Entity, entity_id: Any) -> dict[str, Any] | None:
        rows = tx.rows(
            f"SELECT {', '.join(entity.fields)} FROM {entity.table} WHERE id = :id",
            {"id": entity_id},
        )
        if not rows:
            return None
        return decode_record(entity, rows[0])

    def _record(
        self, tx: Transaction, change_id: int, entity: Entity, entity_id: Any, action: str,
        changes: list[FieldChange],
    ) -> None:  # fmt: skip
        self._record_many(tx, change_id, entity, action, [(entity_id, changes)])

    def _record_added(
        self, tx: Transaction, change_id: int, entity: Entity, action: str,
        ids: Sequence[Any], names: Sequence[str],
    ) -> None:  # fmt: skip
        """History of additions: each record's name, as {"added": name}.

        The record itself is the copy of what was added (later edits keep old values), so the
        history notes only its name; a deletion keeps a whole copy to restore. The note is
        written directly: an import notes 100,000 of them.
        """
        at = _now()
        tx.insert_rows("history", _HISTORY_INSERTED, (
            (change_id, at, self.user, action, entity.name, str(entity_id), WHOLE_RECORD, None,
             '{"added": ' + _encode_text(name) + "}")
            for entity_id, name in zip(ids, names, strict=True)
        ))  # fmt: skip

    def _record_many(
        self, tx: Transaction, change_id: int, entity: Entity, action: str,
        changes: Sequence[tuple[Any, list[FieldChange]]],
    ) -> None:  # fmt: skip
        at = _now()
        tx.insert_rows("history", _HISTORY_INSERTED, [
            (change_id, at, self.user, action, entity.name, str(entity_id), change.field,
             _json(change.old), _json(change.new))
            for entity_id, fields in changes
            for change in fields
        ])  # fmt: skip


_SEARCHED = frozenset(HERO_SEARCHED_FIELDS)
_SET_NAME_SORT_KEYS = ", ".join(f"{column} = :{column}" for column in NAME_SORT_KEYS.values())
_HISTORY_INSERTED = (
    "change_id", "at", "user", "action", "entity", "entity_id", "field", "old_value", "new_value",
)  # fmt: skip
# "user" is quoted: a reserved word in PostgreSQL (current_user)
_HISTORY_COLUMNS = (
    'id, change_id, at, "user", action, entity, entity_id, field, old_value, new_value'
)


def _names(entity: Entity, columns: Mapping[str, Sequence[Any]]) -> list[str]:
    """What each record is called: its first name given (or title), else its id."""
    if entity is HERO:
        names = map(first_name_given, *(columns[key] for key in NAME_FIELDS))
    else:
        names = columns["title" if entity is NEWS else "text"]
    return [name or str(entity_id) for entity_id, name in zip(columns["id"], names, strict=True)]


def _now() -> str:
    return datetime.datetime.now().astimezone().isoformat(timespec="seconds")


def _next_change_id(tx: Transaction) -> int:
    return tx.rows("SELECT coalesce(max(change_id), 0) + 1 FROM history")[0][0]


def _columns(records: list[dict], fields: Iterable[str]) -> dict[str, list]:
    return {field: [record.get(field) for record in records] for field in fields}


_encode = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps, without its per-call set-up
_encode_text = json.encoder.encode_basestring  # one JSON string, as _encode writes it


def _stored(entity: Entity, field: str, value: Any) -> Any:
    return _encode(value) if field in entity.list_fields else value


def _json(value: Any) -> str | None:
    return None if value is None else _encode(value)


def _history_item(row: Sequence[Any]) -> HistoryItem:
    *head, old, new = row
    return HistoryItem(*head, json.loads(old) if old else None, json.loads(new) if new else None)


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "unknown"
