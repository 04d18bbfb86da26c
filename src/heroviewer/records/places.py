"""Where a place text of a record is: a gazetteer place, its district centre, or nowhere.

Sources write places as "Kishlak Kistakuz (Leninabad area; now Bobojon Gafurov District, Sughd
Region), Tajikistan". The text is cut into parts (at commas, semicolons, brackets and "and");
each part is a locality, a district, an "area", a region or a country. The country and region
narrow the search, so that a village is not taken for its namesake elsewhere. Then:

- the first locality the gazetteer knows gives the place, "exact";
- else a district centre, a town an "area" is named after, or the region's centre, "approximate";
- a name that fits two places (further apart than a town's size) is reported with both, and
  nothing is placed; what is not found at all is "unmatched". Nothing is guessed.

Names are compared folded (records/search.py), so "Loyew", "Loev" and "Лоев" are one, and a
renamed town's names (resources/place_names.json) are tried together: Leninabad finds Khujand.
Pure code: the gazetteer and the region table come in as values (formats/geography.py).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from heroviewer.records.search import fold

EXACT, APPROXIMATE, UNMATCHED = "exact", "approximate", "unmatched"
SET_BY_STAFF = "set by staff"  # what ``matched`` says of a position set on the map
MAX_POSITION_ID = 80  # the history's record ids are at most this long
SAME_PLACE_DEGREES = 0.15  # two gazetteer entries this close are one town (GeoNames repeats some)

_FORMERLY = re.compile(r"\s*\((?:formerly|former|then)\s[^)]*\)", re.IGNORECASE)
_PARTS = re.compile(r"[,;()]|\band\b")
_LEADING = re.compile(
    r"^(?:(?:now|formerly|later renamed|later|near|on the approaches to|the approaches to|"
    r"area of|village of|kishlak|qishloq|aul|khutor|village|town of|city of|settlement of|"
    r"height [\d.]+|[a-z]*(?:north|south|east|west)[a-z-]* of)\s+)+",
    re.IGNORECASE,
)
_DISTRICT = ("district", "raion", "rayon", "uyezd", "uezd", "tuman", "nohiya")
_REGION = ("region", "oblast", "governorate", "province", "viloyat", "krai")
_NOT_A_PLACE = re.compile(
    r"\b(?:front|war|salient|crossing|river|bridgehead|battle|source|sources|family|jamoat|"
    r"exact|location|southern|northern|eastern|western|per)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str
    lat: float
    lon: float
    country: str
    region: str
    population: int


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """Where a place text was placed: lat/lon are None unless exact or approximate."""

    text: str
    precision: str
    lat: float | None = None
    lon: float | None = None
    matched: str | None = None
    candidates: tuple[str, ...] = ()  # the places a name fits when it fits several


@dataclass(frozen=True, slots=True)
class Region:
    country: str
    centre: str
    names: tuple[str, ...]


@dataclass
class Gazetteer:
    """Places indexed by their folded names, with the countries and regions texts name."""

    places: list[Place] | list[tuple]  # Places, or tuples of Place's fields (made on demand)
    keys: dict[str, int | list[int]]  # folded name -> the index (or indices) into places
    countries: dict[str, str] = field(default_factory=dict)  # folded country name -> code
    regions: dict[str, Region] = field(default_factory=dict)  # folded region name -> region
    renamings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded -> all folded
    matched: dict[str, PlaceMatch] = field(default_factory=dict)  # text -> where, remembered
    found: dict[tuple, list[Place]] = field(default_factory=dict)  # _find's answers, remembered

    def find(self, name: str, country: str | None, region: str | None) -> list[Place]:
        """The places called ``name`` (folded) or any other name of that town."""
        found: dict[int, None] = {}
        for key in self.renamings.get(name, (name,)):
            indices = self.keys.get(key, ())
            found.update(dict.fromkeys([indices] if isinstance(indices, int) else indices))
        count = len(self.places)  # a damaged index pointing past the places finds nothing
        places = (self.place(i) for i in found if isinstance(i, int) and 0 <= i < count)
        return [
            p
            for p in places
            if (country is None or p.country == country) and (region is None or p.region == region)
        ]

    def place(self, index: int) -> Place:
        place = self.places[index]
        return place if isinstance(place, Place) else Place(*place)


def distinct(places: list[Place]) -> list[Place]:
    """One entry per town (the most populous of entries close together), biggest first."""
    kept: list[Place] = []
    for place in sorted(places, key=lambda p: -p.population):
        near = SAME_PLACE_DEGREES
        if not any(abs(place.lat - k.lat) < near and abs(place.lon - k.lon) < near for k in kept):
            kept.append(place)
    return kept


def position_id(text: str) -> str:
    """The id of the position set for a place text: the text, or, when longer than an id may
    be, its beginning and a hash of the whole text."""
    if len(text) <= MAX_POSITION_ID:
        return text
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return f"{text[: MAX_POSITION_ID - 18]}… {digest}"


def staff_position(text: str, lat: float, lon: float) -> PlaceMatch:
    return PlaceMatch(text, EXACT, lat, lon, SET_BY_STAFF)


def describe(place: Place) -> str:
    return f"{place.name} ({place.country}, {place.lat:.2f}, {place.lon:.2f})"


@lru_cache(maxsize=100_000)  # parts recur across texts: "Tajikistan", "Baljuvon District"
def _classify(part: str) -> tuple[str, str] | None:
    """(kind, folded name) of one part of a place text, or None when it names no place.

    A locality after the first ("on the approaches to Gatchina") only tells roughly where the
    place is, unless it is the place's present name ("now Pidhaitsi")."""
    part = part.strip()
    leading = _LEADING.match(part)
    now = bool(leading) and leading[0].casefold().startswith("now ")
    part = part[leading.end() :] if leading else part
    if not part or _NOT_A_PLACE.search(part):
        return None
    words = part.split()
    last = words[-1].casefold()
    if last in _DISTRICT and len(words) > 1:
        return "district", fold(" ".join(words[:-1]))
    if last in _REGION and len(words) > 1:
        return "region", fold(" ".join(words[:-1]))
    if last == "area" and len(words) > 1:
        return "area", fold(" ".join(words[:-1]))
    folded = fold(part)
    return ("now" if now else "locality", folded) if folded else None


def match_place(text: str | None, gazetteer: Gazetteer) -> PlaceMatch:
    """Where ``text`` is (see the module's docstring). Place texts recur (districts, towns), so
    each is worked out once per gazetteer."""
    text = text or ""
    known = gazetteer.matched.get(text)
    if known is None:
        known = gazetteer.matched[text] = _match(text, gazetteer)
    return known


def _match(text: str, gazetteer: Gazetteer) -> PlaceMatch:
    parts = [_classify(p) for p in _PARTS.split(_FORMERLY.sub("", text))]
    parts = [p for p in parts if p]
    country = next((gazetteer.countries[n] for k, n in parts if n in gazetteer.countries), None)
    region_code, centre = None, None
    for kind, name in parts:
        region = gazetteer.regions.get(name) if kind in ("region", "locality", "now") else None
        if (
            region
            and (country is None or region.country == country)
            and name not in (gazetteer.countries)
        ):
            country = region.country
            centres = distinct(gazetteer.find(fold(region.centre), country, None))
            if centres:
                centre = centres[0]
                region_code = centre.region
            if kind == "region":
                break
    names = [(k, n) for k, n in parts if n not in gazetteer.countries]
    localities = [i for i, (kind, _) in enumerate(names) if kind in ("locality", "now")]
    if localities:
        names[localities[0]] = ("now", names[localities[0]][1])
    for kinds, precision in (
        (("now",), EXACT),
        (("district",), APPROXIMATE),
        (("locality", "area"), APPROXIMATE),
    ):
        for kind, name in names:
            if kind not in kinds:
                continue
            found = _find(gazetteer, name, country, region_code, whole=kind != "district")
            if len(found) == 1:
                place = found[0]
                return PlaceMatch(text, precision, place.lat, place.lon, place.name)
            if len(found) > 1:
                return PlaceMatch(text, UNMATCHED, candidates=tuple(map(describe, found)))
    if centre is not None:
        return PlaceMatch(text, APPROXIMATE, centre.lat, centre.lon, centre.name)
    return PlaceMatch(text, UNMATCHED)


def _find(
    gazetteer: Gazetteer, name: str, country: str | None, region: str | None, whole: bool
) -> list[Place]:
    """The distinct places of a name; a district ("Bobojon Gafurov") also by its last words.
    Names recur across texts (districts, towns), so each is looked up once per gazetteer."""
    key = (name, country, region, whole)
    found = gazetteer.found.get(key)
    if found is None:
        found = gazetteer.found[key] = _look_up(gazetteer, name, country, region, whole)
    return found


def _look_up(
    gazetteer: Gazetteer, name: str, country: str | None, region: str | None, whole: bool
) -> list[Place]:
    words = name.split()
    tries = [name] if whole else [" ".join(words[i:]) for i in range(len(words))]
    for attempt in tries:
        found = distinct(gazetteer.find(attempt, country, region))
        if found:
            return found
    return []
