"""Heroes and news as JSON in the shape of data/heroes.json and data/news.json, and back."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from heroviewer.catalogue.errors import DataFileError
from heroviewer.formats.bundle import load_heroes, load_news
from heroviewer.formats.files import ImportRefused, read_import_bytes
from heroviewer.records.fields import HERO_JSON_KEYS, NAME_SORT_KEYS, NEWS_JSON_KEYS, field_of
from heroviewer.support.atomic import written_atomically


def write_heroes_json(records: Iterable[Mapping[str, Any]], out: Path) -> int:
    shaped = [{key: record.get(field_of(key)) for key in HERO_JSON_KEYS} for record in records]
    return _write(shaped, out)


def write_news_json(items: Iterable[Mapping[str, Any]], out: Path) -> int:
    return _write([{key: item.get(key) for key in NEWS_JSON_KEYS} for item in items], out)


def _write(records: list[dict[str, Any]], out: Path) -> int:
    with written_atomically(out) as temporary, temporary.open("w", encoding="utf-8") as file:
        json.dump(records, file, ensure_ascii=False, indent=2)
        file.write("\n")
    return len(records)


def read_heroes_json(path: Path) -> list[dict[str, Any]]:
    """Hero records holding only the fields each gives (an import never empties the rest)."""
    read_import_bytes(path)  # the size check, before the JSON reader sees the file
    try:
        rows = load_heroes(Path(path), importing=True)
    except DataFileError as error:
        raise ImportRefused(path, [error.problem]) from None
    for row in rows:
        row.pop("search_key", None)
        for column in NAME_SORT_KEYS.values():
            row.pop(column, None)
    return rows


def read_news_json(path: Path) -> list[dict[str, Any]]:
    read_import_bytes(path)
    try:
        return load_news(Path(path))
    except DataFileError as error:
        raise ImportRefused(path, [error.problem]) from None
