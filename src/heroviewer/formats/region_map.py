"""Tajikistan's regions and the centres of its regions and districts, for the "Home places" map.

resources/geography/region_map.json (made by data/build_geography.py) holds each region's
outline (Natural Earth admin-1), where its name goes and its name in English and Russian (and
Tajik where the file gives it), and each centre's position and names. A damaged file is a
GeographyError naming it: the map is then drawn without them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import starmap
from pathlib import Path

from heroviewer.formats import geography
from heroviewer.formats.geography import GeographyError, _damaged, _read_json

__all__ = ["Centre", "GeographyError", "RegionMap", "RegionOutline", "load_region_map"]

MAX_POINTS = 100_000  # in all the outlines; the bundled file has 300, and 2 million took 10 s
MAX_NAMED = 10_000  # regions and centres, each a name drawn; the bundled file has 62
MAX_NAME_CHARS = 200  # a name is drawn on one line; the longest bundled one has 37


@dataclass(frozen=True, slots=True)
class RegionOutline:
    name: str
    russian: str
    label: tuple[float, float]  # lon, lat of the name
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat) points
    tajik: str = ""  # "": a Tajik reader is shown the Russian name


@dataclass(frozen=True, slots=True)
class Centre:
    name: str
    russian: str
    lat: float
    lon: float
    region: bool  # a region's centre (named at every zoom), else a district's
    tajik: str = ""  # "": a Tajik reader is shown the Russian name


@dataclass(frozen=True, slots=True)
class RegionMap:
    regions: tuple[RegionOutline, ...]
    centres: tuple[Centre, ...]


def _point(lon: float, lat: float) -> tuple[float, float]:
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in (lon, lat)):
        raise TypeError
    lon, lat = float(lon), float(lat)  # OverflowError for an integer of 400 digits
    if not (abs(lon) <= 180 and abs(lat) <= 90):
        raise ValueError
    return lon, lat


class _TooLong(ValueError):
    pass


def _name(value: object) -> str:
    """A name as drawn on the map: text, not too long to draw."""
    if not isinstance(value, str):
        raise TypeError
    if len(value) > MAX_NAME_CHARS:
        raise _TooLong(f"a name longer than {MAX_NAME_CHARS} characters")
    return value


def _where(what: str, error: Exception) -> str:
    return f"{what}: {error}" if isinstance(error, _TooLong) else what


def _points(regions: list) -> int:
    """How many points the outlines of ``regions`` have (0 where they are not lists)."""
    rings = [r.get("rings") for r in regions if isinstance(r, dict)]
    rings = [ring for ring_list in rings if isinstance(ring_list, list) for ring in ring_list]
    return sum(len(ring) // 2 for ring in rings if isinstance(ring, list))


def load_region_map(path: Path | None = None) -> RegionMap:
    """The regions and centres (bundled unless ``path``); GeographyError naming a damaged file."""
    path = path or geography.geography_dir() / "region_map.json"
    content = _read_json(path)
    regions, centres = content.get("regions"), content.get("centres")
    if not isinstance(regions, list) or not isinstance(centres, list):
        raise _damaged(path, '"regions" or "centres" is not a list')
    if _points(regions) > MAX_POINTS:
        raise _damaged(path, f"the outlines have more than {MAX_POINTS} points")
    if len(regions) + len(centres) > MAX_NAMED:
        raise _damaged(path, f"more than {MAX_NAMED} regions and centres")
    outlines = []
    for number, region in enumerate(regions, 1):
        try:
            rings = tuple(
                tuple(starmap(_point, zip(ring[0::2], ring[1::2], strict=True)))
                for ring in region["rings"]
            )
            label = _point(*region["label"])
            names = _name(region["name"]), _name(region["ru"])
            outlines.append(RegionOutline(*names, label, rings, _name(region.get("tg", ""))))
        except (KeyError, TypeError, ValueError, OverflowError) as error:
            raise _damaged(path, _where(f"region {number}", error)) from None
    towns = []
    for number, centre in enumerate(centres, 1):
        try:
            lon, lat = _point(centre["lon"], centre["lat"])
            region = centre["rank"] == "region"
            names = _name(centre["name"]), _name(centre["ru"])
            towns.append(Centre(*names, lat, lon, region, _name(centre.get("tg", ""))))
        except (KeyError, TypeError, ValueError, OverflowError) as error:
            raise _damaged(path, _where(f"centre {number}", error)) from None
    return RegionMap(tuple(outlines), tuple(towns))
