"""Create a catalogue: schema by migration, then the bundled heroes and news, in one go.

A new SQLite file is built under a temporary name and moved into place only when complete, so
an interrupted first run never leaves a half-made catalogue behind.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

from heroviewer.catalogue.location import CatalogueLocation
from heroviewer.catalogue.version import SEARCH_FOLD_VERSION
from heroviewer.formats.bundle import load_bundle


def create_catalogue(location: CatalogueLocation, bundle_dir: Path) -> None:
    """Create the catalogue at ``location`` from the JSON files in ``bundle_dir``."""
    heroes, news = load_bundle(bundle_dir)  # checked before anything is written
    if location.path is None:
        _populate(location.url, heroes, news)
        return
    location.path.parent.mkdir(parents=True, exist_ok=True)
    partial = location.path.with_name(location.path.name + ".creating")
    for leftover in _sqlite_files(partial):
        leftover.unlink(missing_ok=True)
    _populate(partial, heroes, news)
    os.replace(partial, location.path)


def _sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _populate(target: str | Path, heroes: list[dict[str, Any]], news: list[dict[str, Any]]) -> None:
    from sqlalchemy import insert

    from heroviewer.catalogue.engine import make_engine
    from heroviewer.catalogue.migrate import upgrade_to_head
    from heroviewer.catalogue.schema import CatalogueInfo, Hero, NewsItem

    engine = make_engine(target)
    try:
        with engine.begin() as connection:
            upgrade_to_head(connection)
            if heroes:
                connection.execute(insert(Hero), heroes)
            if news:
                connection.execute(insert(NewsItem), news)
            connection.execute(
                insert(CatalogueInfo),
                [
                    {"key": "search_fold", "value": SEARCH_FOLD_VERSION},
                    {"key": "created", "value": datetime.datetime.now().isoformat(" ", "seconds")},
                ],
            )
    finally:
        engine.dispose()
