"""Records as columns of stored values: one spelling of each value, ready to insert many at once.

The writer keeps one rule per kind of value: text stripped and empty text stored as nothing,
lists without blank items, flags as true or false. The rules work on a whole column (a list of
values of one field), because an import adds up to 100,000 records at once and a list
comprehension over a column runs several times quicker than the same rule applied value by value;
a single edit is a column of one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from heroviewer.records.entities import Entity
from heroviewer.records.record_columns import column_of

_encode_text = json.encoder.encode_basestring  # one JSON string, as json.dumps writes it


def normal_column(entity: Entity, field: str, values: Sequence[Any]) -> list[Any]:
    """The values of one field as they are stored and compared."""
    if field in entity.list_fields:
        return [
            [item.strip() for item in items if item and item.strip()] if items else []
            for items in values
        ]
    if field in entity.bool_fields:
        return [None if value is None else bool(value) for value in values]
    if _already_normal(values):  # as a reader that normalised them gives them: seen in C
        return list(values)
    return [(value.strip() or None) if value.__class__ is str else value for value in values]


def _already_normal(values: Sequence[Any]) -> bool:
    """Whether a column of texts holds no empty text and no text with blanks around it."""
    try:
        filled = list(filter(None, values))
        return "" not in values and all(map(str.__eq__, filled, map(str.strip, filled)))
    except TypeError:  # not all texts: look at each value
        return False


def normal_columns(entity: Entity, records: Sequence[Mapping[str, Any]]) -> dict[str, list[Any]]:
    """Every field of ``records`` (missing ones as nothing), a column per field (taken
    straight from the records, or their columns: no table of rows is made beside them)."""
    return {
        field: normal_column(entity, field, column_of(records, field)) for field in entity.fields
    }


def normal_records(entity: Entity, records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each record's own fields (the ones it gives, of ``entity``) as they are stored."""
    given = {field for record in records for field in record}
    columns = {
        field: normal_column(entity, field, [record.get(field) for record in records])
        for field in entity.fields
        if field in given
    }
    return [
        {field: columns[field][row] for field in record if field in columns}
        for row, record in enumerate(records)
    ]


def encode_texts(items: list[str]) -> str:
    """A list of texts as JSON, exactly as json.dumps(ensure_ascii=False) writes it.

    Five times quicker than json.dumps for the short lists of aliases and sources.
    """
    return "[" + ", ".join(map(_encode_text, items)) + "]"


def rows_of(
    columns: Mapping[str, Sequence[Any]], names: Sequence[str]
) -> Iterator[tuple[Any, ...]]:
    """The columns ``names`` turned back into rows, one tuple per record, made as they are
    taken (an import of 100,000 records does not hold them all at once)."""
    return zip(*(columns[name] for name in names), strict=True)


def decode_record(entity: Entity, values: Sequence[Any]) -> dict[str, Any]:
    """A stored row as plain values: lists decoded from JSON, flags as bool."""
    return decode_records(entity, [values])[0]


def decode_records(entity: Entity, rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """Stored rows as plain values, decoded a column at a time (exports read 100,000)."""
    if not rows:
        return []
    columns = list(zip(*rows, strict=True))
    for number, field in enumerate(entity.fields):
        if field in entity.list_fields:
            columns[number] = [_decoded_list(value) for value in columns[number]]
        elif field in entity.bool_fields:
            columns[number] = [None if value is None else bool(value) for value in columns[number]]
    return [dict(zip(entity.fields, values, strict=True)) for values in zip(*columns, strict=True)]


def _decoded_list(value: Any) -> list[Any]:
    return json.loads(value) if isinstance(value, str) else list(value or [])
