"""What makes a hero or news record valid to save; each problem names its field and reason.

Pure functions over plain dicts, shared by the edit form, imports and the command line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from heroviewer.catalog.fields import CONFIDENCE_LEVELS, GROUPS, HERO_DATE_FIELDS
from heroviewer.dates import PartialDateError, parse_partial_date

TITLE_CREATED = "1934-04-16"  # the title Hero of the Soviet Union was established
USSR_DISSOLVED = "1991-12-24"  # the last decrees

# (earlier field, later field, reason) where both are known.
_DATE_ORDER = (
    ("birth_date", "feat_date", "the deed cannot come before the birth"),
    ("birth_date", "death_date", "death cannot come before birth"),
    ("feat_date", "death_date", "the deed cannot come after the death"),
    ("birth_date", "award_date", "the decree cannot come before the birth"),
)


def validate_hero(record: Mapping[str, Any]) -> dict[str, str]:
    """Field → reason for every problem in ``record`` (empty when it can be saved)."""
    problems: dict[str, str] = {}
    if not any((record.get(f) or "").strip() for f in ("name_en", "name_ru", "name_tg")):
        problems["name_en"] = "a name is required (in at least one script)"
    dates = {}
    for field in HERO_DATE_FIELDS:
        text = (record.get(field) or "").strip()
        if not text:
            continue
        try:
            parse_partial_date(text)
            dates[field] = text
        except PartialDateError as error:
            problems[field] = str(error)
    for earlier, later, reason in _DATE_ORDER:
        if earlier in dates and later in dates and _before(dates[later], dates[earlier]):
            problems.setdefault(later, reason)
    decree = dates.get("award_date")
    if decree and (_before(decree, TITLE_CREATED) or _before(USSR_DISSOLVED, decree)):
        problems["award_date"] = (
            "a decree date falls between 16 April 1934, when the title was created, "
            "and 24 December 1991"
        )
    if record.get("group_code") not in (None, "", *GROUPS):
        problems["group_code"] = f"must be one of {', '.join(GROUPS)}"
    if record.get("confidence") not in (None, "", *CONFIDENCE_LEVELS):
        problems["confidence"] = f"must be one of {', '.join(CONFIDENCE_LEVELS)}"
    return problems


def validate_news(record: Mapping[str, Any]) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not (record.get("title") or "").strip():
        problems["title"] = "a title is required"
    date = (record.get("date") or "").strip()
    if date:
        try:
            parse_partial_date(date)
        except PartialDateError as error:
            problems["date"] = str(error)
    return problems


def _before(first: str, second: str) -> bool:
    """True only when ``first`` is surely earlier than ``second`` at their common precision."""
    common = min(len(first), len(second))
    return first[:common] < second[:common]
