"""Tajikistan's regions and the centres of its regions and districts, for the "Home places" map.

resources/geography/region_map.json (made by data/build_geography.py) holds each region's
outline (Natural Earth admin-1), where its name goes and its name in English and Russian, and
each centre's position and names. A damaged file is a GeographyError naming it: the map is
then drawn without them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import starmap
from pathlib import Path

from heroviewer.formats import geography
from heroviewer.formats.geography import GeographyError, _damaged, _read_json

__all__ = ["Centre", "GeographyError", "RegionMap", "RegionOutline", "load_region_map"]


@dataclass(frozen=True, slots=True)
class RegionOutline:
    name: str
    russian: str
    label: tuple[float, float]  # lon, lat of the name
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat) points


@dataclass(frozen=True, slots=True)
class Centre:
    name: str
    russian: str
    lat: float
    lon: float
    region: bool  # a region's centre (named at every zoom), else a district's


@dataclass(frozen=True, slots=True)
class RegionMap:
    regions: tuple[RegionOutline, ...]
    centres: tuple[Centre, ...]


def _point(lon: float, lat: float) -> tuple[float, float]:
    lon, lat = float(lon), float(lat)
    if not (abs(lon) <= 180 and abs(lat) <= 90):
        raise ValueError
    return lon, lat


def load_region_map(path: Path | None = None) -> RegionMap:
    """The regions and centres (bundled unless ``path``); GeographyError naming a damaged file."""
    path = path or geography.geography_dir() / "region_map.json"
    content = _read_json(path)
    regions, centres = content.get("regions"), content.get("centres")
    if not isinstance(regions, list) or not isinstance(centres, list):
        raise _damaged(path, '"regions" or "centres" is not a list')
    outlines = []
    for number, region in enumerate(regions, 1):
        try:
            rings = tuple(
                tuple(starmap(_point, zip(ring[0::2], ring[1::2], strict=True)))
                for ring in region["rings"]
            )
            label = _point(*region["label"])
            outlines.append(RegionOutline(str(region["name"]), str(region["ru"]), label, rings))
        except (KeyError, TypeError, ValueError):
            raise _damaged(path, f"region {number}") from None
    towns = []
    for number, centre in enumerate(centres, 1):
        try:
            lon, lat = _point(centre["lon"], centre["lat"])
            region = centre["rank"] == "region"
            towns.append(Centre(str(centre["name"]), str(centre["ru"]), lat, lon, region))
        except (KeyError, TypeError, ValueError):
            raise _damaged(path, f"centre {number}") from None
    return RegionMap(tuple(outlines), tuple(towns))
