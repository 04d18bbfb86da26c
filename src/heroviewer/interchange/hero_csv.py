"""Heroes as CSV that opens correctly in Excel and LibreOffice, and back.

Written as UTF-8 with a byte-order mark (Excel then reads Cyrillic and Tajik letters right), one
column per field, lists joined with " | ". Read back with the encoding (UTF-8 or Windows-1251)
and the delimiter (comma, semicolon as Excel writes in some locales, or tab) detected; every bad
row is listed with its line, column and reason.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from heroviewer.atomic import written_atomically
from heroviewer.catalog.bundled import HERO_JSON_KEYS
from heroviewer.catalog.fields import HERO_DATE_FIELDS, HERO_LIST_FIELDS
from heroviewer.catalog.validation import validate_hero
from heroviewer.dates import PartialDateError, parse_partial_date
from heroviewer.interchange.files import ImportRefused, read_import_bytes

COLUMNS = HERO_JSON_KEYS  # as data/heroes.json: "group" for the stored group_code
NAME_COLUMNS = ("name_en", "name_ru", "name_tg")
LIST_SEPARATOR = " | "
_YES = {"yes", "true", "1", "да", "ҳа", "ha"}
_NO = {"no", "false", "0", "нет", "не", "ne"}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")  # 03.05.1921, as Excel shows


def _field(column: str) -> str:
    return "group_code" if column == "group" else column


def _column(field: str) -> str:
    return "group" if field == "group_code" else field


# --- writing -------------------------------------------------------------------------------
def write_heroes_csv(records: Iterable[Mapping[str, Any]], out: Path) -> int:
    """Write ``records`` (as the catalogue holds them) to ``out``; returns how many."""
    count = 0
    with (
        written_atomically(out) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as file,
    ):
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        for record in records:
            writer.writerow(_cell(record, _field(column)) for column in COLUMNS)
            count += 1
    return count


def _cell(record: Mapping[str, Any], field: str) -> str:
    value = record.get(field)
    if field in HERO_LIST_FIELDS:
        return LIST_SEPARATOR.join(value or [])
    if field == "posthumous":
        return "" if value is None else ("yes" if value else "no")
    return "" if value is None else str(value)


# --- reading -------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 (with or without BOM), else Windows-1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace"), "Windows-1251"


def sniff_delimiter(header_line: str) -> str:
    counts = {delimiter: header_line.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def read_heroes_csv(path: Path) -> list[dict[str, Any]]:
    """Hero records from a CSV file, holding only the columns it has; or ImportRefused."""
    text, _encoding = decode(read_import_bytes(path))
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line))
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise ImportRefused(path, [f"line 1: {error}"]) from None
    if not header or not any(cell.strip() for cell in header):
        raise ImportRefused(path, ["the file is empty: no header line"])
    columns, problems = _check_header(header)
    if problems:
        raise ImportRefused(path, problems)
    records: list[dict[str, Any]] = []
    fields = [_field(column) for column in columns]
    converters = [_converter(field) for field in fields]
    line = reader.line_num
    try:
        for values in reader:
            first_line_of_row, line = line + 1, reader.line_num
            if not any(value.strip() for value in values):
                continue
            record = _record(values, columns, fields, converters, first_line_of_row, problems)
            if record is not None:
                records.append(record)
    except csv.Error as error:
        problems.append(f"line {reader.line_num}: {error}")
    if problems:
        raise ImportRefused(path, problems)
    return records


def _check_header(header: list[str]) -> tuple[list[str], list[str]]:
    columns = [cell.strip().lower() for cell in header]
    problems = []
    for number, column in enumerate(columns, start=1):
        if column not in COLUMNS:
            close = difflib.get_close_matches(column.replace(" ", "_"), COLUMNS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append(
                f"line 1, column {number} ('{header[number - 1]}'): not a hero field{hint}"
            )
        elif columns.index(column) != number - 1:
            problems.append(f"line 1, column {number} ('{column}'): the column appears twice")
    if not set(columns) & set(NAME_COLUMNS):
        problems.append(
            "line 1: missing required column: one of " + ", ".join(NAME_COLUMNS) + " is needed"
        )
    return columns, problems


def _record(
    values: list[str], columns: list[str], fields: list[str], converters: list,
    line: int, problems: list[str],
) -> dict[str, Any] | None:  # fmt: skip
    if len(values) != len(columns):
        problems.append(f"line {line}: {len(values)} values for {len(columns)} columns")
        return None
    record: dict[str, Any] = {}
    found = len(problems)
    for column, field, convert, raw in zip(columns, fields, converters, values, strict=True):
        try:
            record[field] = convert(raw.strip())
        except ValueError as error:
            problems.append(f"line {line}, column '{column}': {error}")
    if len(problems) > found:
        return None
    for field, reason in validate_hero(record).items():
        if field in record or field == "name_en":
            problems.append(f"line {line}, column '{_column(field)}': {reason}")
    if len(problems) > found:
        return None
    if not record.get("id"):
        record.pop("id", None)
    return record


def _converter(field: str):
    """How one column's text becomes the field's value (ValueError says why it cannot)."""
    if field in HERO_LIST_FIELDS:
        return _list
    if field == "posthumous":
        return _yes_no
    if field in HERO_DATE_FIELDS:
        return lambda text: _date(text) if text else None
    return lambda text: text or None


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split(LIST_SEPARATOR.strip()) if item.strip()]


def _yes_no(text: str) -> bool | None:
    if not text:
        return None
    folded = text.casefold()
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ValueError(f"{text!r} is not yes or no")


def _date(text: str) -> str:
    """A partial ISO date; 03.05.1921 (as a spreadsheet may have rewritten it) is understood."""
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        text = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        parse_partial_date(text)
    except PartialDateError as error:
        raise ValueError(str(error)) from None
    return text
