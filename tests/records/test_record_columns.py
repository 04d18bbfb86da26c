"""Records kept as columns read as the same dicts a list of records holds."""

from __future__ import annotations

from heroviewer.records.record_columns import RecordColumns, column_of, fields_of


def test_records_as_columns_read_as_dicts_and_a_column_of_each_field():
    records = RecordColumns({"id": [None, "h2"], "name_en": ["A", "B"]}, optional=["id"])
    as_list = [{"name_en": "A"}, {"id": "h2", "name_en": "B"}]
    assert records == as_list and len(records) == 2 and records[-1] == as_list[-1]
    assert column_of(records, "name_en") == column_of(as_list, "name_en") == ["A", "B"]
    assert column_of(records, "unit") == column_of(as_list, "unit") == [None, None]
    assert set(fields_of(records)) == set(fields_of(as_list)) == {"id", "name_en"}


def test_no_records_as_columns_is_an_empty_sequence():
    assert list(RecordColumns({})) == [] and not RecordColumns({"name_en": []})
