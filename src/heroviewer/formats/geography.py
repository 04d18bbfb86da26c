"""The bundled offline geography: the gazetteer, the region table and the country outlines.

resources/geography/ holds gazetteer.json (GeoNames places, names already folded),
regions.json (the countries and regions place texts name) and outlines.json (Natural Earth
countries, simplified); data/build_geography.py makes the first and the last, NOTICE.txt says
where they come from. A damaged file is a GeographyError naming it: without outlines the map
still shows its markers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from heroviewer.records.places import Gazetteer, Place, Region
from heroviewer.records.search import fold
from heroviewer.support.messages import QT_TRANSLATE_NOOP
from heroviewer.support.paths import resources_dir

MAX_FILE_BYTES = 50_000_000


class GeographyError(ValueError):
    """A bundled geography file is missing or damaged; the message names it."""


@dataclass(frozen=True, slots=True)
class Outline:
    """A country's outline: rings of (lon, lat) points."""

    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]


def geography_dir() -> Path:
    return resources_dir() / "geography"


def _read_json(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise GeographyError(
                QT_TRANSLATE_NOOP("Geography", "{file}: larger than 50 MB, not read").format(
                    file=str(path),
                )
            )
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        if isinstance(error, GeographyError):
            raise
        raise GeographyError(
            QT_TRANSLATE_NOOP("Geography", "{file} cannot be read: {reason}").format(
                file=str(path),
                reason=str(error),
            )
        ) from error
    if not isinstance(content, dict):
        raise _damaged(path, "not a JSON object")
    return content


def _damaged(path: Path, where: str) -> GeographyError:
    return GeographyError(
        QT_TRANSLATE_NOOP("Geography", "{file} is damaged: {where}").format(
            file=str(path),
            where=where,
        )
    )


@cache
def bundled_gazetteer() -> Gazetteer:
    return load_gazetteer(geography_dir(), resources_dir() / "place_names.json")


def load_gazetteer(folder: Path, place_names: Path) -> Gazetteer:
    """The gazetteer of ``folder`` with the renamed towns of ``place_names``."""
    path = folder / "gazetteer.json"
    content = _read_json(path)
    columns, keys = content.get("columns"), content.get("index")
    try:  # quick checks, in C: the columns are whole, positions on the globe
        names, lats, lons, countries, regions, populations = (
            columns[field] for field in Place.__slots__
        )
        rows = list(zip(names, lats, lons, countries, regions, populations, strict=True))
        if rows and not (-90 <= min(lats) <= max(lats) <= 90):
            raise ValueError
        if rows and not (-180 <= min(lons) <= max(lons) <= 180):
            raise ValueError
        if not isinstance(keys, dict):  # an index pointing past the places finds nothing
            raise ValueError
    except (TypeError, ValueError, KeyError, AttributeError):
        raise _damaged(path, '"columns" or "index"') from None
    return Gazetteer(rows, keys, *_regions(folder / "regions.json"), _renamings(place_names))


def _regions(path: Path) -> tuple[dict[str, str], dict[str, Region]]:
    content = _read_json(path)
    try:
        countries = {
            fold(name): code for code, names in content["countries"].items() for name in names
        }
        regions = {}
        for entry in content["regions"]:
            region = Region(entry["country"], entry["centre"], tuple(entry["names"]))
            regions.update(dict.fromkeys(map(fold, region.names), region))
    except (KeyError, TypeError, AttributeError):
        raise _damaged(path, '"countries" or "regions"') from None
    return countries, regions


def _renamings(path: Path) -> dict[str, tuple[str, ...]]:
    try:
        towns = json.loads(path.read_text(encoding="utf-8"))["renamings"]
    except (OSError, ValueError, KeyError):  # as search does: go on without them
        return {}
    renamings = {}
    for names in towns:
        folded = tuple(dict.fromkeys(map(fold, names)))
        renamings.update(dict.fromkeys(folded, folded))
    return renamings


def load_outlines(path: Path | None = None) -> list[Outline]:
    """The country outlines (bundled unless ``path``); GeographyError naming a damaged file."""
    path = path or geography_dir() / "outlines.json"
    countries = _read_json(path).get("countries")
    if not isinstance(countries, list):
        raise _damaged(path, '"countries" is not a list')
    outlines = []
    for number, country in enumerate(countries, 1):
        try:
            rings = tuple(
                tuple(zip(map(float, ring[0::2]), map(float, ring[1::2]), strict=True))
                for ring in country["rings"]
            )
            if any(abs(lon) > 180 or abs(lat) > 90 for ring in rings for lon, lat in ring):
                raise ValueError
            outlines.append(Outline(str(country["name"]), rings))
        except (KeyError, TypeError, ValueError):
            raise _damaged(path, f"country {number}") from None
    return outlines
