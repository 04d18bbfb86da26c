"""What tests build on: small catalogues of their own, and the size of the bundled one read from
data/ (so that a hero added by research breaks no test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heroviewer.catalogue import Catalogue, open_catalogue
from heroviewer.support.paths import bundled_data_dir


def bundled_records(name: str) -> list[dict]:
    return json.loads((bundled_data_dir() / name).read_text(encoding="utf-8"))


BUNDLED_HEROES = len(bundled_records("heroes.json"))
BUNDLED_NEWS = len(bundled_records("news.json"))


# Runs a test that takes ``catalogue``, ``window`` or ``catalogue_db`` on SQLite and on the test
# PostgreSQL server (conftest.postgres_server).
BOTH_ENGINES = pytest.mark.parametrize("catalogue_db", ["sqlite", "postgresql"], indirect=True)


def write_bundle(folder: Path, heroes: list[dict], news: list[dict] | None = None) -> Path:
    """A catalogue folder (heroes.json, news.json) holding the given records."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "heroes.json").write_text(json.dumps(heroes, ensure_ascii=False, indent=2), "utf-8")
    (folder / "news.json").write_text(json.dumps(news or [], ensure_ascii=False, indent=2), "utf-8")
    return folder


def small_catalogue(
    folder: Path, heroes: list[dict], news: list[dict] | None = None
) -> tuple[Path, Catalogue]:
    """A catalogue file in ``folder`` holding just these records, and the catalogue, open."""
    bundle = write_bundle(folder / "bundle", heroes, news)
    path = folder / "small.sqlite"
    return path, open_catalogue(path, bundle_dir=bundle)


# What the revisions after 0006 added, dropped to make a catalogue of revision 0006.
UNDO_SINCE_0006 = "".join(
    f"ALTER TABLE heroes DROP COLUMN {column};"
    for column in ("name_sort_key_ru", "name_sort_key_tg", "version")
) + "ALTER TABLE news DROP COLUMN version; DROP TABLE place_positions;"  # fmt: skip
# What the revisions after 0004 added, dropped to make a catalogue of an older revision.
UNDO_SINCE_0004 = UNDO_SINCE_0006 + "".join(
    f"ALTER TABLE heroes DROP COLUMN {column};"
    for column in (
        "name_sort_key", "feat_summary_ru", "feat_summary_tg", "biography_ru", "biography_tg",
        "unchecked_translations",
    )
)  # fmt: skip
