"""Read and check the catalogue's JSON files (data/heroes.json, data/news.json).

Every problem is reported with the file, the line and the field, and nothing is written until
both files are known to be good.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from heroviewer.catalogue.errors import DataFileError
from heroviewer.formats.text_encoding import unicode_encoding
from heroviewer.records.fields import (
    HERO_FIELDS,
    HERO_JSON_KEYS,
    HERO_LIST_FIELDS,
    NEWS_JSON_KEYS,
    field_of,
    file_key,
    hero_name_sort_key,
    hero_search_key,
)
from heroviewer.records.validation import hero_problems, news_problems
from heroviewer.support.messages import QT_TRANSLATE_NOOP, joined

HEROES_FILE = "heroes.json"
NEWS_FILE = "news.json"

# Keys that older files carry and that are accepted and ignored (from_seed: dropped by research).
NEWS_JSON_RETIRED_KEYS = ("from_seed",)
MAX_NUMBER_LENGTH = 100  # characters; no field holds a number, and Python reads long ones slowly
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # \ud800-\udfff, paired or not
_SURROGATE = re.compile("[\ud800-\udfff]")  # what is left of one once the JSON is read: alone


class _Problems:
    """Builds messages that say where in the file a record is."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self._record_lines = _record_start_lines(text)

    def error(self, index: int, field: str | None, reason: str) -> DataFileError:
        line = self._record_lines[index] if index < len(self._record_lines) else None
        if field:
            what = QT_TRANSLATE_NOOP("ImportFile", "record {record}, field '{field}': {reason}")
        else:
            what = QT_TRANSLATE_NOOP("ImportFile", "record {record}: {reason}")
        what = what.format(record=index + 1, field=field, reason=reason)
        if line:
            what = QT_TRANSLATE_NOOP("ImportFile", "line {line}: {problem}").format(
                line=line, problem=what
            )
        return data_file_error(self.path, what)


def data_file_error(path: Path, problem: str) -> DataFileError:
    """ "{path}: {problem}", or "{path}, line 2: ..." for a problem that starts with its line."""
    separator = ", " if problem.startswith("line ") else ": "
    return DataFileError(joined([str(path), problem], separator), problem)


def _record_start_lines(text: str) -> list[int]:
    """Line numbers of the objects at the top level of a JSON array (for messages only)."""
    lines, depth, line, in_string, escaped = [], 0, 1, False, False
    for char in text:
        if char == "\n":
            line += 1
        elif in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth == 2 and char == "{":
                lines.append(line)
        elif char in "]}":
            depth -= 1
    return lines


def _read_array(path: Path) -> tuple[list[Any], _Problems]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise data_file_error(
            path, QT_TRANSLATE_NOOP("ImportFile", "the file is missing")
        ) from None
    try:
        text = json_text(data)
        records = parse_json(text)
    except UnicodeDecodeError as error:
        reason = QT_TRANSLATE_NOOP("ImportFile", "not {encoding} text ({reason} at byte {byte})")
        raise data_file_error(
            path,
            reason.format(encoding=error.encoding.upper(), reason=error.reason, byte=error.start),
        ) from None
    except JsonUnreadable as error:
        raise data_file_error(path, error.args[0]) from None
    if not isinstance(records, list):
        not_array = QT_TRANSLATE_NOOP(
            "ImportFile", "expected a JSON array of records at the top level"
        )
        raise data_file_error(path, not_array)
    problems = _Problems(path, text)
    if _SURROGATE_ESCAPE.search(text):
        for index, record in enumerate(records):
            if isinstance(record, dict):
                _check_characters(problems, index, record)
    return records, problems


def json_text(data: bytes) -> str:
    """The text of a JSON file: UTF-8 (with or without a byte-order mark) or UTF-16."""
    return data.decode(unicode_encoding(data) or "utf-8")


class JsonUnreadable(ValueError):
    """JSON that is not valid or is beyond a limit; the message says where and why."""


def parse_json(text: str) -> Any:
    """``json.loads`` within bounds: brackets nested as deep as Python can follow (about 1,000
    levels; a catalogue file has 3) and numbers of at most MAX_NUMBER_LENGTH characters."""
    try:
        return json.loads(text, parse_int=_bounded(int), parse_float=_bounded(float))
    except json.JSONDecodeError as error:
        invalid = QT_TRANSLATE_NOOP(
            "ImportFile", "line {line}, column {column}: not valid JSON ({reason})"
        )
        raise JsonUnreadable(
            invalid.format(line=error.lineno, column=error.colno, reason=error.msg)
        ) from None
    except RecursionError:
        too_deep = QT_TRANSLATE_NOOP(
            "ImportFile",
            "brackets are nested more than {levels:,} levels deep (a hero or news file needs 3)",
        )
        raise JsonUnreadable(too_deep.format(levels=sys.getrecursionlimit())) from None
    except _LongNumber as error:
        at = text.find(error.number)
        line = text.count("\n", 0, at) + 1
        column = at - text.rfind("\n", 0, at)
        too_long = QT_TRANSLATE_NOOP(
            "ImportFile",
            "line {line}, column {column}: a number of {length:,} characters (at most {most})",
        )
        raise JsonUnreadable(
            too_long.format(
                line=line, column=column, length=len(error.number), most=MAX_NUMBER_LENGTH
            )
        ) from None


class _LongNumber(Exception):
    def __init__(self, number: str) -> None:
        super().__init__(number[:20])
        self.number = number


def _bounded(convert):
    def number(text: str):
        if len(text) > MAX_NUMBER_LENGTH:
            raise _LongNumber(text)
        return convert(text)

    return number


def _check_characters(problems: _Problems, index: int, record: dict) -> None:
    """Refuse half of a UTF-16 surrogate pair (written as \\ud800 in the file): it is not a
    character, and no database, screen or file can hold it."""
    for key, value in record.items():
        for text in (key, *(value if isinstance(value, list) else [value])):
            if isinstance(text, str) and _SURROGATE.search(text):
                field = None if _SURROGATE.search(key) else key
                raise problems.error(
                    index,
                    field,
                    QT_TRANSLATE_NOOP(
                        "ImportFile",
                        "holds half a character (a lone \\u surrogate escape such as "
                        "\\ud800, written by a faulty program); correct it in the file",
                    ),
                )


def _check_text(problems: _Problems, index: int, record: dict, field: str) -> None:
    value = record.get(field)
    if value is not None and not isinstance(value, str):
        raise problems.error(
            index,
            field,
            QT_TRANSLATE_NOOP("ImportFile", "expected text or null, found {value}").format(
                value=repr(value)
            ),
        )


def load_heroes(path: Path, importing: bool = False) -> list[dict[str, Any]]:
    """Hero rows ready for the ``heroes`` table, checked field by field.

    ``importing``: records may lack an id (they are matched by name), and each row holds only
    the fields its record gives, so that an import never empties a field it does not mention.
    """
    records, problems = _read_array(path)
    rows, seen_ids = [], set()
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise problems.error(index, None, QT_TRANSLATE_NOOP("ImportFile", "expected an object"))
        row = _hero_row(problems, index, record, importing)
        if importing:
            present = set(map(field_of, record))
            row = {field: value for field, value in row.items() if field in present}
        rows.append(row)
        if row.get("id") and row["id"] in seen_ids:
            used = QT_TRANSLATE_NOOP("ImportFile", "{id} is used by an earlier record").format(
                id=repr(row["id"])
            )
            raise problems.error(index, "id", used)
        seen_ids.add(row.get("id"))
    _refuse_broken_rules(problems, hero_problems, rows, HERO_FIELDS)
    return rows


def _refuse_broken_rules(problems: _Problems, check, rows: list[dict], fields) -> None:
    """The first problem that ``check`` (records/validation.py's rules) finds in ``rows``."""
    for index, reasons in check({f: [row.get(f) for row in rows] for f in fields}).items():
        field, reason = next(iter(reasons.items()))
        raise problems.error(index, file_key(field), reason)


def _hero_row(
    problems: _Problems, index: int, record: dict, importing: bool = False
) -> dict[str, Any]:
    unknown = sorted(set(record) - set(HERO_JSON_KEYS))
    if unknown:
        raise problems.error(index, unknown[0], QT_TRANSLATE_NOOP("ImportFile", "unknown field"))
    for field in HERO_JSON_KEYS:
        if field not in (*HERO_LIST_FIELDS, "posthumous"):
            _check_text(problems, index, record, field)
    if not record.get("id") and not importing:
        raise problems.error(
            index, "id", QT_TRANSLATE_NOOP("ImportFile", "every record needs a stable id")
        )
    for field in HERO_LIST_FIELDS:
        value = record.get(field) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise problems.error(
                index, field, QT_TRANSLATE_NOOP("ImportFile", "expected a list of text")
            )
    if record.get("posthumous") not in (True, False, None):
        raise problems.error(
            index, "posthumous", QT_TRANSLATE_NOOP("ImportFile", "expected true, false or null")
        )
    row = {field: record.get(key) for field, key in zip(HERO_FIELDS, HERO_JSON_KEYS, strict=True)}
    for field in HERO_LIST_FIELDS:
        row[field] = list(record.get(field) or [])
    row["search_key"] = hero_search_key(row)
    row.update(hero_name_sort_key(row))
    return row


def load_news(path: Path) -> list[dict[str, Any]]:
    """News rows ready for the ``news`` table, checked field by field."""
    records, problems = _read_array(path)
    rows = []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise problems.error(index, None, QT_TRANSLATE_NOOP("ImportFile", "expected an object"))
        unknown = sorted(set(record) - set(NEWS_JSON_KEYS) - set(NEWS_JSON_RETIRED_KEYS))
        if unknown:
            raise problems.error(
                index, unknown[0], QT_TRANSLATE_NOOP("ImportFile", "unknown field")
            )
        for field in NEWS_JSON_KEYS:
            _check_text(problems, index, record, field)
        rows.append({key: record.get(key) for key in NEWS_JSON_KEYS})
    _refuse_broken_rules(problems, news_problems, rows, NEWS_JSON_KEYS)
    return rows


def load_bundle(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Both files of a catalogue folder, checked before anything is written."""
    return load_heroes(folder / HEROES_FILE), load_news(folder / NEWS_FILE)


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A stable id from a Latin name: "Domullo Azizov" -> "domullo-azizov"."""
    return _SLUG_DROP.sub("-", text.lower()).strip("-")
