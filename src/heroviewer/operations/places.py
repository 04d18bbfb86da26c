"""Every hero's places and where the gazetteer puts them: for `heroviewer places` and the map.

One entry per hero and kind of place that the record gives (a place left empty has no entry):
``birth`` (birth_place) and ``deed`` (feat_place).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import NamedTuple

from heroviewer.records.places import Gazetteer, match_place, staff_position

KINDS = (("birth", "birth_place"), ("deed", "feat_place"))
COLUMNS = ("hero_id", "name", "kind", "text", "lat", "lon", "precision", "matched", "candidates")


class PlaceEntry(NamedTuple):
    hero_id: str
    name: str
    kind: str
    text: str
    lat: float | None
    lon: float | None
    precision: str
    matched: str | None
    candidates: tuple[str, ...]  # the places a name fits when it fits several (then unmatched)


def place_entries(
    hero_places, gazetteer: Gazetteer, positions: Mapping[str, tuple[float, float]] | None = None
) -> list[PlaceEntry]:
    """``hero_places``: (hero id, name, birth place, deed place) for each hero; ``positions``:
    the place texts staff put on the map (Catalogue.place_positions), taken before the
    gazetteer."""
    positions = positions or {}
    entries = []
    for hero_id, name, *texts in hero_places:
        for (kind, _), text in zip(KINDS, texts, strict=True):
            if text and text.strip():
                where = positions.get(text)
                found = staff_position(text, *where) if where else match_place(text, gazetteer)
                entries.append(
                    PlaceEntry(hero_id, name, kind, text, found.lat, found.lon, found.precision,
                               found.matched, found.candidates)
                )  # fmt: skip
    return entries


def catalogue_places(
    catalogue, language: str = "en"
) -> list[tuple[str, str, str | None, str | None]]:
    """(id, name in ``language``'s script first, birth place, deed place) of every hero."""
    from heroviewer.records.names import name_fields

    order = [("name_en", "name_ru", "name_tg").index(f) + 1 for f in name_fields(language)]
    return [
        (row[0], next((row[i] for i in order if row[i]), None) or row[0], row[4], row[5])
        for row in catalogue.hero_places()
    ]


def entries_json(entries: list[PlaceEntry]) -> str:
    rows = [dict(entry._asdict(), candidates=list(entry.candidates)) for entry in entries]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def entries_csv(entries: list[PlaceEntry]) -> str:
    from heroviewer.formats.hero_csv import _as_text  # the export's guard against formulas

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        row = [("" if value is None else value) for value in entry]
        row[-1] = " | ".join(entry.candidates)
        writer.writerow([_as_text(v) if isinstance(v, str) else v for v in row])
    return out.getvalue()
