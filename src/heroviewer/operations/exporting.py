"""Heroes and news written to a CSV or JSON file: what `heroviewer export` and File → Export do.

Nothing is written over the open catalogue or its side files, by whatever name (FileRefused);
a file that cannot be written is an OSError saying why, with the previous file kept.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from heroviewer.catalogue.file_checks import NO_FOLDER, FileRefused, refuse_catalogue_target
from heroviewer.formats.hero_csv import write_heroes_csv
from heroviewer.formats.records_json import write_heroes_json, write_news_json
from heroviewer.operations.searching import searched_rows
from heroviewer.support.messages import QT_TRANSLATE_NOOP

HERO_FORMATS = ("csv", "json")


def check_target(out: Path, catalogue: Path | None) -> None:
    """Raise FileRefused unless a file can be written at ``out``: not the catalogue
    ``catalogue`` or its side files, in a folder that exists and can be written."""
    refuse_catalogue_target(out, catalogue)
    if not out.parent.is_dir():
        raise FileRefused(NO_FOLDER.format(path=out, folder=out.parent))
    if not os.access(out.parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        denied = QT_TRANSLATE_NOOP("Files", "{path}: cannot write here (permission denied)")
        raise FileRefused(denied.format(path=out))


def with_ending(out: Path, ending: str) -> Path:
    """``out`` itself when it ends in .csv or .json, else with ``ending`` (".csv") added."""
    if out.suffix.lower() in (".csv", ".json"):
        return out
    return out.with_name(out.name + ending)


def export_heroes(
    catalogue,
    out: Path,
    file_format: str | None = None,
    hero_ids: Collection[str] | None = None,
    search: str | None = None,
) -> int:
    """Write the heroes of ``catalogue`` to ``out``; returns how many.

    ``file_format`` is "csv" or "json" (by default told by the ending of ``out``); all heroes,
    or only those of ``hero_ids``, or only those ``search`` finds.
    """
    check_target(out, catalogue.location.path)
    if file_format is None:
        file_format = "json" if out.suffix.lower() == ".json" else "csv"
    records = catalogue.heroes()
    if search:
        found = {row.id for row in searched_rows(catalogue, search)}
        hero_ids = found if hero_ids is None else found & set(hero_ids)
    if hero_ids is not None:
        wanted = set(hero_ids)
        records = [record for record in records if record["id"] in wanted]
    writer = write_heroes_json if file_format == "json" else write_heroes_csv
    return writer(records, out)


def export_news(catalogue, out: Path) -> int:
    """Write the news items of ``catalogue`` to ``out`` as JSON; returns how many."""
    check_target(out, catalogue.location.path)
    return write_news_json(catalogue.news_items(), out)
