"""A free id for each record added without one: the next number for news, one made from
the name for heroes ("ivan-petrov-2")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from heroviewer.catalogue.connections import Transaction
from heroviewer.records.entities import NEWS, Entity
from heroviewer.records.names import NAME_FIELDS, first_name


def with_new_ids(tx: Transaction, entity: Entity, columns: dict[str, list[Any]]) -> list[Any]:
    """The ids column, a free id given to each record without one."""
    ids = columns["id"]
    if all(ids):
        return ids
    taken = _TakenIds(tx, entity)
    for entity_id in filter(None, ids):
        taken.add(entity_id)
    for row, entity_id in enumerate(ids):
        if not entity_id:
            ids[row] = taken.new_id({key: columns[key][row] for key in _NAME_FIELDS[entity.name]})
            taken.add(ids[row])
    return ids


_NAME_FIELDS = {"hero": NAME_FIELDS, "news": ()}


class _TakenIds:
    """The ids in use while records are inserted, to give each record without one a free id.

    The catalogue's ids are read once, when the first record needs a new one.
    """

    def __init__(self, tx: Transaction, entity: Entity) -> None:
        self._tx = tx
        self._entity = entity
        self._given: set[Any] = set()
        self._stored: set[Any] | None = None

    def add(self, entity_id: Any) -> None:
        self._given.add(entity_id)

    def __contains__(self, entity_id: Any) -> bool:
        if self._stored is None:
            table = self._entity.table
            self._stored = {row[0] for row in self._tx.rows(f"SELECT id FROM {table}")}
        return entity_id in self._given or entity_id in self._stored

    def new_id(self, record: Mapping[str, Any]) -> Any:
        """The next number for news; for heroes, one made from the name ("ivan-petrov-2")."""
        if self._entity is NEWS:
            highest = self._tx.rows("SELECT coalesce(max(id), 0) FROM news")[0][0]
            return max([highest, *(t for t in self._given if isinstance(t, int))]) + 1
        from heroviewer.formats.bundle import slug
        from heroviewer.records.search import fold

        name = first_name(record) or "hero"
        base = slug(record.get("name_en") or "") or slug(fold(name)) or "hero"
        candidate, number = base, 1
        while candidate in self:
            number += 1
            candidate = f"{base}-{number}"
        return candidate
