"""Synthetic hero catalogues for the benchmarks: plausible names, dates, places and deeds."""

from __future__ import annotations

import json
import random
import sqlite3
import tempfile
from pathlib import Path

from heroviewer.catalogue.create import create_catalogue
from heroviewer.catalogue.location import parse_location
from heroviewer.records.fields import (
    HERO_FIELDS,
    NAME_SORT_KEYS,
    hero_name_sort_key,
    hero_search_key,
)

_FIRST = ("Azim", "Nabi", "Safar", "Tuychi", "Irgash", "Karim", "Rustam", "Anvar", "Davron")
_LAST = ("Azizov", "Rakhimov", "Nazarov", "Sharipov", "Mirzaev", "Khakimov", "Kasimov", "Turdiev")
_FIRST_RU = ("Азим", "Наби", "Сафар", "Туйчи", "Иргаш", "Карим", "Рустам", "Анвар", "Даврон")
_LAST_RU = ("Азизов", "Рахимов", "Назаров", "Шарипов", "Мирзаев", "Хакимов", "Касымов")
_PLACES = [
    "Kishlak Kistakuz, Sughd Region, Tajikistan",
    "Village of Ghurung, Baljuvon District, Khatlon Region, Tajikistan",
    "Kanibadam District, Sughd Region, Tajikistan",
    "Dushanbe (Stalinabad), Tajik SSR",
    "Village of Koktobe, Kazakhstan",
]
_RANKS = ["Private", "Junior Sergeant", "Sergeant", "Senior Sergeant", "Lieutenant", "Captain"]
_MONTHS = ["June", "July", "August", "September", "October", "November", "December", "January"]
_BRANCHES = ["infantry", "artillery", "cavalry", "armoured troops", "aviation"]


def _date(rng: random.Random, first_year: int, last_year: int) -> str | None:
    kind = rng.random()
    year = rng.randint(first_year, last_year)
    if kind < 0.15:
        return None
    if kind < 0.45:
        return str(year)
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def synthetic_hero(number: int, rng: random.Random) -> dict:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    place = rng.choice(_PLACES)
    rank = rng.choice(_RANKS)
    regiment = rng.randint(1, 400)
    record = {field: None for field in HERO_FIELDS}
    record.update(
        id=f"hero-{number:06d}",
        name_en=f"{first} {last} {number}",
        name_ru=f"{rng.choice(_FIRST_RU)} {rng.choice(_LAST_RU)}" if rng.random() < 0.7 else None,
        aliases=[f"{last} {first[0]}."],
        group_code=rng.choice(["tajik_ssr", "tajik_other_republic", "postwar_tajikistan"]),
        birth_date=_date(rng, 1900, 1925),
        birth_place=place,
        death_date=_date(rng, 1941, 1990),
        military_rank=rank,
        branch=rng.choice(_BRANCHES),
        unit=f"{regiment}th rifle regiment, {rng.randint(1, 200)}th division",
        award_date=_date(rng, 1939, 1945),
        posthumous=rng.choice([True, False, None]),
        # Unique to each hero, as real summaries are (so no cache of whole texts flatters it).
        feat_summary_en=(
            f"On {rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(1941, 1945)} near "
            f"{place.split(',')[0]}, {rank.lower()} {last} of the {regiment}th regiment held "
            f"his position under fire and led {rng.randint(3, 40)} men across the river."
        ),
        sources=[f"https://example.org/hero/{number}"],
        confidence=rng.choice(["high", "medium", "low"]),
    )
    return record


def make_catalogue(count: int, folder: Path | None = None) -> Path:
    """A catalogue file with ``count`` synthetic heroes (and no news)."""
    folder = folder or Path(tempfile.mkdtemp(prefix="heroviewer-bench-"))
    empty = folder / "empty-bundle"
    empty.mkdir(parents=True, exist_ok=True)
    for name in ("heroes.json", "news.json"):
        (empty / name).write_text("[]", encoding="utf-8")
    path = folder / f"synthetic-{count}.sqlite"
    create_catalogue(parse_location(path), empty)
    rng = random.Random(count)
    rows = []
    for number in range(count):
        hero = synthetic_hero(number, rng)
        hero["search_key"] = hero_search_key(hero)
        hero.update(hero_name_sort_key(hero))
        hero["aliases"] = json.dumps(hero["aliases"])
        hero["sources"] = json.dumps(hero["sources"])
        hero["unchecked_translations"] = json.dumps(hero["unchecked_translations"] or [])
        rows.append(hero)
    columns = [*HERO_FIELDS, "search_key", *NAME_SORT_KEYS.values()]
    sql = (
        f"INSERT INTO heroes ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    )
    with sqlite3.connect(path) as connection:
        connection.executemany(sql, rows)
    connection.close()
    return path
