"""Heroes as CSV that opens correctly in Excel and LibreOffice, and back.

Written as UTF-8 with a byte-order mark (Excel then reads Cyrillic and Tajik letters right), one
column per field headed by its label in the user's language ("Born on"), lists joined with " | ".
A header cell may be the field's JSON key ("birth_date") or its label in English, in the user's
language or in any language the caller gives (``header_labels``), in any case: a file exported
with the interface in Russian is read with it in English or Tajik. Read back with the encoding
(UTF-8 or Windows-1251) and the delimiter (comma, semicolon as Excel writes in some locales, or
tab) detected; every bad row is listed with its line, column and reason.
"""

from __future__ import annotations

import csv
import difflib
import io
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from heroviewer.formats.files import MAX_IMPORT_BYTES, ImportRefused, read_import_bytes
from heroviewer.formats.text_encoding import unicode_encoding
from heroviewer.records.dates import canonical_date
from heroviewer.records.fields import (
    HERO_DATE_FIELDS,
    HERO_FIELD_LIST,
    HERO_JSON_KEYS,
    HERO_LIST_FIELDS,
    field_title,
    file_key,
    translated,
)
from heroviewer.records.names import NAME_FIELDS
from heroviewer.records.record_columns import RecordColumns
from heroviewer.records.validation import hero_problems
from heroviewer.support.atomic import written_atomically
from heroviewer.support.messages import QT_TRANSLATE_NOOP, Message, joined, message_of

COLUMNS = HERO_JSON_KEYS  # the fields' keys, as data/heroes.json: "group" for group_code
LIST_SEPARATOR = " | "
TEXT_MARK = "'"  # before a cell that a spreadsheet would otherwise read as a formula
_MARKED_STARTS = ("=", "+", "-", "@", "\t", "\r", TEXT_MARK)
_YES = {"yes", "true", "1", "да", "ҳа", "ha"}
_NO = {"no", "false", "0", "нет", "не", "ne"}
MAX_COLUMNS = 200  # a hero has 24 fields; a wider header is refused before anything is read
SHOWN_HEADER_CHARS = 200  # of a header cell in a message: 200 cells of 100,000 would flood it
_INVISIBLE = "\ufeff\u200b\u2060"  # a byte-order mark, zero-width space and word joiner
Problem = tuple[int, int, str]  # (row, column number or -1 for the whole row, reason)


def csv_header() -> list[str]:
    """The header an export writes: each field's label, in the user's language."""
    return [field_title(field) for field in HERO_FIELD_LIST]


# Headers of files exported before the texts were kept in each language.
_FORMER_HEADERS = {"the deed": "feat_summary_en", "biography": "biography"}


# A header cell (case-folded) → the fields it heads: one, or more when two languages name
# different fields in the same words (such a column is refused, as nobody can tell which it is).
HeaderLabels = Mapping[str, tuple[str, ...]]


def header_labels(
    translations: Iterable[Callable[[str], str | None]],
) -> dict[str, tuple[str, ...]]:
    """The header cells a file may have: each field's JSON key, its English label, a former
    English label, and its label as each of ``translations`` (one per language, a label's text
    in it; empty or None when untranslated) gives it."""
    names = {header: (field,) for header, field in _FORMER_HEADERS.items()}
    for field in HERO_FIELD_LIST:
        words = [field.file_key, field.title]
        words += [
            (translate(field.label) or field.label).split("\n", 1)[0] for translate in translations
        ]
        for word in map(_folded, words):
            fields = names.setdefault(word, ())
            if field.key not in fields:
                names[word] = (*fields, field.key)
    return names


def _header_cell(cell: str) -> str:
    """A header cell as read: without spaces or invisible marks at its ends (a second
    byte-order mark, as some tools add), its accents composed (as macOS may write them)."""
    return unicodedata.normalize("NFC", cell.strip().strip(_INVISIBLE).strip())


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text.casefold())


def _shown(cell: str) -> str:
    """A header cell in a message, shortened if long."""
    return cell if len(cell) <= SHOWN_HEADER_CHARS else cell[:SHOWN_HEADER_CHARS] + "…"


# --- writing -------------------------------------------------------------------------------
def write_heroes_csv(records: Iterable[Mapping[str, Any]], out: Path) -> int:
    """Write ``records`` (as the catalogue holds them) to ``out``; returns how many."""
    count = 0
    with (
        written_atomically(out) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as file,
    ):
        writer = csv.writer(file)
        writer.writerow(csv_header())
        for record in records:
            writer.writerow(_cell(record, field.key) for field in HERO_FIELD_LIST)
            count += 1
    return count


def _cell(record: Mapping[str, Any], field: str) -> str:
    value = record.get(field)
    if field in HERO_LIST_FIELDS:
        return _as_text(LIST_SEPARATOR.join(value or []))
    if field == "posthumous":
        return "" if value is None else ("yes" if value else "no")
    return "" if value is None else _as_text(str(value))


def _as_text(text: str) -> str:
    """A cell that starts like a formula (=, +, -, @) gets an apostrophe in front, which Excel
    and LibreOffice read as "this is text" and do not show: a staff note "-check the date" is
    not shown as #NAME?, and no cell can run a formula. A cell starting with an apostrophe gets
    one more, so that reading the file back gives exactly the stored text."""
    return TEXT_MARK + text if text.startswith(_MARKED_STARTS) else text


# --- reading -------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """The text and the codec it was read with: UTF-8 (with or without BOM), UTF-16 with its
    BOM (Excel's "Unicode Text", tab-separated), else Windows-1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig", errors="replace"), "utf-8-sig"
    encoding = unicode_encoding(data) or ""
    if encoding.startswith("utf-16"):  # with its BOM, or told by zero bytes
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace"), "cp1251"


def sniff_delimiter(header_line: str) -> str:
    counts = {delimiter: header_line.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def read_heroes_csv(path: Path, labels: HeaderLabels | None = None) -> RecordColumns:
    """Hero records from a CSV file, holding only the columns it has (an empty id left out);
    or ImportRefused. They are kept as the columns they are read as (see RecordColumns).
    ``labels``: the header cells read (``header_labels``); by default the keys and the labels
    in English and in the user's language.

    Cells are converted column by column (a date or yes/no text once per distinct value), then
    each record is checked by the edit form's rules; the line of each bad row is worked out
    only when there is one. 100,000 rows take a few seconds.
    """
    data = read_import_bytes(path)
    text, codec = decode(data)
    # Every cell the file can hold is read, so that a text too long for the catalogue is refused
    # by its rule (naming the line and column) rather than by the csv module's own limit.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_IMPORT_BYTES))
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    marked = TEXT_MARK in text  # one quick search of the file
    # The rows are read from the bytes, decoded as they are read: a StringIO of the text held
    # four bytes a character (160 MB for 100,000 heroes) beside the text and the rows.
    del text
    lines = io.TextIOWrapper(io.BytesIO(data), codec, errors="replace", newline="")
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader, None)
        if not header or not any(cell.strip() for cell in header):
            raise ImportRefused(
                path, [QT_TRANSLATE_NOOP("ImportFile", "the file is empty: no header line")]
            )
        if len(header) > MAX_COLUMNS:
            too_many = QT_TRANSLATE_NOOP(
                "ImportFile",
                "line 1: the header has {columns:,} columns; at most {most} are read "
                "(a hero has {fields} fields)",
            )
            raise ImportRefused(
                path, [too_many.format(columns=len(header), most=MAX_COLUMNS, fields=len(COLUMNS))]
            )
        rows = list(reader)
    except csv.Error as error:
        unreadable = QT_TRANSLATE_NOOP("ImportFile", "line {line}: {reason}").format(
            line=reader.line_num, reason=error
        )
        raise ImportRefused(path, [unreadable]) from None
    fields, problems = _check_header(header, labels or header_labels([translated]))
    if problems:
        raise ImportRefused(path, problems)
    columns = [_header_cell(cell) for cell in header]
    del data, lines, reader  # a big file's bytes are not kept while its records are built
    records, found = _records(rows, fields, columns, marked)
    if found:
        text, _encoding = decode(read_import_bytes(path))  # read again for the line numbers
        lines = _first_lines(text, delimiter)
        problems = [_described(lines[row + 1], *problem) for row, *problem in sorted(found)]
        raise ImportRefused(path, problems)
    return records


def _records(
    rows: list[list[str]], fields: list[str], columns: list[str], marked: bool
) -> tuple[RecordColumns, list[Problem]]:
    """The records of the rows that hold a value, and every problem found in them. ``fields``:
    each column's field; ``columns``: its header as the file has it, for messages; ``marked``:
    the file holds an apostrophe, so a cell may start with the one an export puts before a
    formula-like text."""
    found: list[Problem] = []
    kept = []
    for number, values in enumerate(rows):
        if not any(values) or not "".join(values).strip():
            continue  # a blank row, as spreadsheets leave at the end
        if len(values) == len(columns):
            kept.append(number)
        else:
            miscounted = QT_TRANSLATE_NOOP("ImportFile", "{values} values for {columns} columns")
            found.append((number, -1, miscounted.format(values=len(values), columns=len(columns))))
    cells = list(zip(*(rows[number] for number in kept), strict=True)) or [()] * len(columns)
    rows.clear()  # the rows' lists are not needed once their cells are in columns (memory)
    converted, bad_rows = [], set()
    for number, (column, field) in enumerate(zip(columns, fields, strict=True)):
        values, bad = _convert_column(field, cells[number], marked)
        cells[number] = ()  # each column's cells go once converted (memory)
        converted.append(values)
        found += [(kept[row], number, _in_column(column, reason)) for row, reason in bad]
        bad_rows.update(row for row, _reason in bad)
    given = dict(zip(fields, converted, strict=True))
    for row, reasons in hero_problems(given).items():
        if row not in bad_rows:
            found += _rule_problems(kept[row], reasons, fields, columns)
    if found:
        return RecordColumns({}), found
    return RecordColumns(given, optional=["id"]), found


def _first_lines(text: str, delimiter: str) -> list[int]:
    """The line each row starts on (a quoted cell may hold line breaks), the header first."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines, line = [], 0
    for _values in reader:
        lines.append(line + 1)
        line = reader.line_num
    return lines


def _check_header(header: list[str], known: HeaderLabels) -> tuple[list[str], list[str]]:
    """Each column's field, and the problems of the header."""
    fields, problems = [], []
    for number, cell in enumerate(header, start=1):
        column = _header_cell(cell)
        heads = known.get(_folded(column), ())
        field = heads[0] if len(heads) == 1 else ""
        if len(heads) > 1:
            twofold = QT_TRANSLATE_NOOP(
                "ImportFile",
                "line 1, column {number} ('{cell}'): this label heads different fields in "
                "different languages ({keys}); head the column with one of these keys",
            )
            keys = ", ".join(sorted(map(file_key, heads)))
            problems.append(twofold.format(number=number, cell=_shown(column), keys=keys))
        elif not field:
            close = _close_column(column)
            if close:
                unknown = QT_TRANSLATE_NOOP(
                    "ImportFile",
                    "line 1, column {number} ('{cell}'): not a hero field; did you mean '{close}'?",
                )
            else:
                unknown = QT_TRANSLATE_NOOP(
                    "ImportFile", "line 1, column {number} ('{cell}'): not a hero field"
                )
            problems.append(unknown.format(number=number, cell=_shown(column), close=close))
        elif field in fields:
            twice = QT_TRANSLATE_NOOP(
                "ImportFile", "line 1, column {number} ('{cell}'): the column appears twice"
            )
            problems.append(twice.format(number=number, cell=_shown(column)))
        fields.append(field)
    if not set(fields) & set(NAME_FIELDS):
        missing = QT_TRANSLATE_NOOP(
            "ImportFile", "line 1: missing required column: one of {names} is needed"
        )
        problems.append(missing.format(names=joined(map(_column_name, NAME_FIELDS), ", ")))
    return fields, problems


def _column_name(key: str) -> Message:
    """A column as an export in the user's language heads it, and its key: both are read."""
    field = next(field for field in HERO_FIELD_LIST if field.key == key)
    name = QT_TRANSLATE_NOOP("ImportFile", "'{label}' ({key})")
    return name.format(label=field_title(field), key=field.file_key)


def _close_column(column: str) -> str:
    """The column a header cell most likely meant ("" for none): a field's key ("Birth Date":
    birth_date) or its label as an export in the user's language writes it."""
    names = {name.casefold(): name for name in (*COLUMNS, *csv_header())}
    for text in (column.casefold().replace(" ", "_"), column.casefold()):
        close = difflib.get_close_matches(text, names, n=1)
        if close:
            return names[close[0]]
    return ""


def _described(line: int, column_number: int, reason: str) -> str:
    if column_number < 0:
        return QT_TRANSLATE_NOOP("ImportFile", "line {line}: {reason}").format(
            line=line, reason=reason
        )
    return QT_TRANSLATE_NOOP("ImportFile", "line {line}, {reason}").format(line=line, reason=reason)


def _in_column(column: str, reason: str) -> str:
    return QT_TRANSLATE_NOOP("ImportFile", "column '{column}': {reason}").format(
        column=column, reason=reason
    )


def _rule_problems(
    row: int, reasons: dict[str, str], fields: list[str], columns: list[str]
) -> list[Problem]:
    """The edit form's rules (a name, dates in order, a known group) that a row breaks."""
    problems = []
    for field, reason in reasons.items():
        if field == "name_en":  # the rule of a name in any script: the file's first name column
            field = next((name for name in NAME_FIELDS if name in fields), field)
        if field in fields:
            number = fields.index(field)
            problems.append((row, number, _in_column(columns[number], reason)))
    return problems


def _convert_column(
    field: str, cells: Sequence[str], marked: bool
) -> tuple[list[Any], list[tuple[int, str]]]:
    """A column's values as the field holds them, and (row, reason) for each cell that is not."""
    stripped = list(map(str.strip, cells))
    if marked:
        stripped = _without_text_marks(stripped)
    if field in HERO_LIST_FIELDS:
        return list(map(_list, stripped)), []
    if field == "posthumous":
        return _by_distinct_value(_yes_no, stripped)
    if field in HERO_DATE_FIELDS:
        return _by_distinct_value(canonical_date, stripped)  # 03.05.1921 as Excel shows it
    return [text or None for text in stripped], []


def _without_text_marks(cells: list[str]) -> list[str]:
    """The cells with the apostrophe that an export put before a formula-like text taken off.

    One search of the joined column (in C) tells whether any cell starts with an apostrophe
    before any cell is looked at on its own.
    """
    if "\n" + TEXT_MARK not in "\n" + "\n".join(cells):
        return cells
    return [
        text[1:] if text.startswith(TEXT_MARK) and text[1:].startswith(_MARKED_STARTS) else text
        for text in cells
    ]


def _by_distinct_value(convert, cells: Sequence[str]) -> tuple[list[Any], list[tuple[int, str]]]:
    """Convert each distinct text once (dates and yes/no repeat from row to row)."""
    values: dict[str, Any] = {}
    reasons: dict[str, str] = {}
    for text in set(cells):
        try:
            values[text] = convert(text) if text else None
        except ValueError as error:
            reasons[text] = message_of(error)
    bad = [(row, reasons[text]) for row, text in enumerate(cells) if text in reasons]
    return list(map(values.get, cells)), bad


def _list(text: str) -> list[str]:
    if "|" not in text:  # most cells hold one item or none
        return [text] if text else []
    return [item.strip() for item in text.split("|") if item.strip()]


def _yes_no(text: str) -> bool | None:
    if not text:
        return None
    folded = text.casefold()
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ValueError(
        QT_TRANSLATE_NOOP("ImportFile", "{text} is not yes or no").format(text=repr(text))
    )
