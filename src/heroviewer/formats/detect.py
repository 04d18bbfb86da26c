"""What a file to import is, judged by its content, not its name."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from heroviewer.formats.bundle import JsonUnreadable, json_text, parse_json
from heroviewer.formats.files import ImportRefused, read_import_bytes
from heroviewer.formats.text_encoding import unicode_encoding
from heroviewer.records.names import NAME_FIELDS
from heroviewer.support.bulk import collector_paused
from heroviewer.support.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from heroviewer.formats.hero_csv import HeaderLabels


class ImportKind(Enum):
    HEROES_CSV = QT_TRANSLATE_NOOP("ImportFile", "heroes (CSV)")
    HEROES_JSON = QT_TRANSLATE_NOOP("ImportFile", "heroes (JSON)")
    NEWS_JSON = QT_TRANSLATE_NOOP("ImportFile", "news (JSON)")
    NEWS_FEED = QT_TRANSLATE_NOOP("ImportFile", "news (RSS or Atom feed)")


_HERO_KEYS = set(NAME_FIELDS)


_BINARY_KINDS = (
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "ImportFile",
            "this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it from Excel as "
            "'CSV UTF-8 (Comma delimited)' or from LibreOffice as 'Text CSV', then import that "
            "file",
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP(
            "ImportFile",
            "this is an old Excel workbook (.xls), not CSV: save it from Excel as "
            "'CSV UTF-8 (Comma delimited)' or from LibreOffice as 'Text CSV', then import that "
            "file",
        ),
    ),
    (
        b"%PDF",
        QT_TRANSLATE_NOOP(
            "ImportFile", "this is a PDF document: HeroViewer imports CSV, JSON and RSS/Atom files"
        ),
    ),
)


def detect_kind(path: Path) -> ImportKind:
    data = read_import_bytes(path)
    encoding = unicode_encoding(data)
    _refuse_binary(path, data[:4096], encoding)
    start = data[:4096].decode(encoding or "latin-1", errors="ignore").lstrip("\ufeff \t\r\n")
    if start.startswith("<"):
        return ImportKind.NEWS_FEED
    if start.startswith(("[", "{")):
        return _json_kind(path, data)
    return ImportKind.HEROES_CSV


def _refuse_binary(path: Path, start: bytes, encoding: str | None) -> None:
    """A workbook, a PDF or another file that is not text, refused with what to do instead."""
    for magic, reason in _BINARY_KINDS:
        if start.startswith(magic):
            raise ImportRefused(path, [reason])
    if b"\x00" in start and not (encoding or "").startswith("utf-16"):
        not_text = QT_TRANSLATE_NOOP(
            "ImportFile", "not a text file: HeroViewer imports CSV, JSON and RSS/Atom"
        )
        raise ImportRefused(path, [not_text])


def _json_kind(path: Path, data: bytes) -> ImportKind:
    try:
        records = parse_json(json_text(data))
    except UnicodeDecodeError as error:
        raise ImportRefused(path, [not_encoded(error)]) from None
    except JsonUnreadable as error:
        raise ImportRefused(path, [error.args[0]]) from None
    if not isinstance(records, list):
        not_array = QT_TRANSLATE_NOOP("ImportFile", "expected a JSON array of heroes or news items")
        raise ImportRefused(path, [not_array])
    objects = [record for record in records if isinstance(record, dict)]
    if objects and all(_HERO_KEYS & record.keys() for record in objects):
        return ImportKind.HEROES_JSON
    if objects and all("title" in record for record in objects):
        return ImportKind.NEWS_JSON
    if not records:
        raise ImportRefused(
            path, [QT_TRANSLATE_NOOP("ImportFile", "the JSON array is empty: nothing to import")]
        )
    neither = QT_TRANSLATE_NOOP(
        "ImportFile",
        "a JSON array, but neither of heroes (with a name) nor of news items (with a title)",
    )
    raise ImportRefused(path, [neither])


def not_encoded(error: UnicodeDecodeError) -> str:
    """The reason a text file cannot be read in its encoding."""
    reason = QT_TRANSLATE_NOOP("ImportFile", "not {encoding} text ({reason} at byte {byte})")
    return reason.format(encoding=error.encoding.upper(), reason=error.reason, byte=error.start)


@collector_paused()
def read_import(
    path: Path, csv_labels: HeaderLabels | None = None
) -> tuple[ImportKind, Sequence[dict]]:
    """The kind of file and its records, read by the matching reader (or ImportRefused).
    ``csv_labels``: the header cells a CSV file may have (hero_csv.header_labels)."""
    from heroviewer.formats.feeds import read_feed
    from heroviewer.formats.hero_csv import read_heroes_csv
    from heroviewer.formats.records_json import read_heroes_json, read_news_json

    kind = detect_kind(path)
    readers = {
        ImportKind.HEROES_CSV: partial(read_heroes_csv, labels=csv_labels),
        ImportKind.HEROES_JSON: read_heroes_json,
        ImportKind.NEWS_JSON: read_news_json,
        ImportKind.NEWS_FEED: read_feed,
    }
    return kind, readers[kind](path)
