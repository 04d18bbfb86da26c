"""Column names shared by the schema, the fast start-up reader and the bundled JSON.

Kept free of SQLAlchemy so that reading rows at start-up costs no heavy import;
tests/catalogue/test_migrations.py checks that they match the ORM models.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any, NamedTuple

from heroviewer.records.names import first_name_given
from heroviewer.records.search import NAMES_END, search_key_of

# Every stored field of a hero, in the order of data/heroes.json ("group" is stored as group_code).
HERO_FIELDS = (
    "id", "name_en", "name_ru", "name_tg", "aliases", "group_code",
    "birth_date", "birth_place", "death_date", "death_place", "nationality",
    "military_rank", "branch", "unit", "feat_date", "feat_place", "award_date",
    "posthumous", "feat_summary_en", "biography", "staff_notes", "sources",
    "confidence", "research_note",
)  # fmt: skip
HERO_LIST_FIELDS = ("aliases", "sources")
HERO_DATE_FIELDS = ("birth_date", "death_date", "feat_date", "award_date")

# Text that a search looks through: the names (up to the aliases), then the rest; of these
# dates, the year.
_SEARCHED_DATES = ("birth_date", "feat_date", "award_date")
HERO_SEARCHED_FIELDS = (
    "name_en", "name_ru", "name_tg", "aliases", "birth_place", "death_place", "nationality",
    "military_rank", "branch", "unit", "feat_place", "feat_summary_en", *_SEARCHED_DATES,
)  # fmt: skip

GROUPS = ("tajik_ssr", "tajik_other_republic", "postwar_tajikistan")
CONFIDENCE_LEVELS = ("high", "medium", "low")

# Facts without which a record "needs research" (besides low confidence).
KEY_FACTS = ("birth_date", "birth_place", "military_rank", "award_date")
LOW_CONFIDENCE = "low_confidence"  # a reason a record needs research, besides a missing fact


def research_reasons(value: Callable[[str], Any]) -> list[str]:
    """Why a record needs research, as codes: LOW_CONFIDENCE when its confidence is low, then
    each field of KEY_FACTS it lacks; [] when it needs none. ``value(field)`` reads the record
    (``record.get`` for a dict, ``partial(getattr, row)`` for a HeroRow)."""
    low = [LOW_CONFIDENCE] if value("confidence") == "low" else []
    return low + [field for field in KEY_FACTS if not value(field)]


class HeroRow(NamedTuple):
    """What the hero table shows and searches: one per hero, read at start-up."""

    id: str
    name_en: str | None
    name_ru: str | None
    name_tg: str | None
    birth_date: str | None
    death_date: str | None
    birth_place: str | None
    military_rank: str | None
    branch: str | None
    unit: str | None
    award_date: str | None
    posthumous: int | None
    group_code: str | None
    confidence: str | None
    search_key: str

    @property
    def needs_research(self) -> bool:
        return bool(self.research_reasons)

    @property
    def research_reasons(self) -> list[str]:
        return research_reasons(partial(getattr, self))

    @property
    def display_name(self) -> str:
        return first_name_given(self.name_en, self.name_ru, self.name_tg) or self.id


HERO_ROW_FIELDS = HeroRow._fields

NEWS_FIELDS = (
    "id", "date", "title", "summary_en", "url", "source_seen", "source_note", "category", "guid",
)  # fmt: skip


def hero_search_key(record: Mapping[str, Any]) -> str:
    """The folded text a hero is found by: names in every script, aliases, places, deed."""
    return hero_search_keys({field: [record.get(field)] for field in HERO_SEARCHED_FIELDS})[0]


def hero_search_keys(columns: Mapping[str, Sequence[Any]]) -> list[str]:
    """hero_search_key of every hero given as columns (field → values), in their order."""
    return list(map(search_key_of, hero_search_texts(columns)))


def hero_search_texts(columns: Mapping[str, Sequence[Any]]) -> list[str]:
    """Per hero given as columns, the text its search key folds: the searched fields joined,
    NAMES_END after the names and aliases, the year of each date."""
    before = zip(*(columns[field] for field in _SEARCHED_BEFORE_ALIASES), strict=True)
    after = zip(*(columns[field] for field in _SEARCHED_AFTER_ALIASES), strict=True)
    dates = zip(*(columns[field] for field in _SEARCHED_DATES), strict=True)
    every = zip(before, columns["aliases"], after, dates, strict=True)
    return [
        " ".join(filter(None, [*first, *(aliases or ()), NAMES_END, *rest]))
        + "".join(f" {date[:4]}" for date in dated if date)
        for first, aliases, rest, dated in every
    ]


_ALIASES_AT = HERO_SEARCHED_FIELDS.index("aliases")
_SEARCHED_BEFORE_ALIASES = HERO_SEARCHED_FIELDS[:_ALIASES_AT]
_SEARCHED_AFTER_ALIASES = HERO_SEARCHED_FIELDS[_ALIASES_AT + 1 : -len(_SEARCHED_DATES)]
