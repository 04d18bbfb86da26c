"""Many records held as one list of values per field, read as a sequence of dicts.

A CSV file of 100,000 heroes is read column by column, checked column by column, and written
column by column; as dicts it would be 100,000 dicts of 30 fields (120 MB) that the plan and the
writer take the columns out of again. `RecordColumns` keeps the columns and makes a record's
dict only when one is asked for; ``column_of`` gives a field's values from either kind of
records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any


class RecordColumns(Sequence[dict[str, Any]]):
    """Records as columns (field → values, all of one length), never changed once made.

    A record holds every field of the columns, but leaves out a field of ``optional`` whose
    value is empty (as a file's record without an id has none).
    """

    def __init__(self, columns: Mapping[str, list[Any]], optional: Iterable[str] = ()) -> None:
        self._columns = dict(columns)
        self._optional = [field for field in optional if field in self._columns]
        self._length = len(next(iter(self._columns.values()), []))

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            columns = {field: values[index] for field, values in self._columns.items()}
            return RecordColumns(columns, self._optional)
        if not -self._length <= index < self._length:
            raise IndexError(index)
        record = {field: values[index] for field, values in self._columns.items()}
        for field in self._optional:
            if not record[field]:
                del record[field]
        return record

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self.__getitem__, range(self._length))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, RecordColumns)):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"RecordColumns({list(self)!r})"

    @property
    def fields(self) -> list[str]:
        return list(self._columns)

    def column(self, field: str) -> list[Any]:
        """The values of ``field`` (None for a field the records do not have), not a copy."""
        return self._columns.get(field) or [None] * self._length


def column_of(records: Sequence[Mapping[str, Any]], field: str) -> list[Any]:
    """The values of ``field`` in ``records`` (None where a record lacks it); the caller does
    not change the list."""
    if isinstance(records, RecordColumns):
        return records.column(field)
    return [record.get(field) for record in records]


def fields_of(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every field some record holds, in the order first met."""
    if isinstance(records, RecordColumns):
        return records.fields
    return list(dict.fromkeys(field for record in records for field in record))
