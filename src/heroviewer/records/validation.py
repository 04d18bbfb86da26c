"""What makes a hero or news record valid to save; each problem names its field and reason.

Pure functions over plain dicts, shared by the edit form, imports and the command line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from itertools import repeat
from typing import Any

from heroviewer.records.dates import PartialDateError, parse_partial_date
from heroviewer.records.fields import (
    CONFIDENCE_LEVELS,
    GROUPS,
    HERO_DATE_FIELDS,
    HERO_LIST_FIELDS,
)
from heroviewer.records.names import NAME_FIELDS
from heroviewer.records.texts import TRANSLATABLE_FIELDS, UNCHECKED
from heroviewer.support.messages import QT_TRANSLATE_NOOP, message_of

TITLE_CREATED = "1934-04-16"  # the title Hero of the Soviet Union was established
USSR_DISSOLVED = "1991-12-24"  # the last decrees
# Characters in one field (a list: its items as an export joins them), far above any deed or
# biography. The CSV reader takes longer cells, so whatever is kept is exported and read back,
# and a longer text is refused by this rule, by name, on every path (form, import, writer).
MAX_TEXT_LENGTH = 100_000
NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "a name is required (in at least one script)")
TITLE_REQUIRED = QT_TRANSLATE_NOOP("Validation", "a title is required")
_LIST_JOIN = " | "  # as a CSV export joins the items of a list
# What a name made only of is blank: spaces of every kind, and marks that show nothing (a
# zero-width space, joiners, a byte-order mark), which would make a hero with an empty row.
_BLANKS = "".join(filter(str.isspace, map(chr, range(0x3001)))) + "\u200b\u200c\u200d\u2060\ufeff"

# (earlier field, later field, reason) where both are known.
_DATE_ORDER = (
    (
        "birth_date",
        "feat_date",
        QT_TRANSLATE_NOOP("Validation", "the deed cannot come before the birth"),
    ),
    ("birth_date", "death_date", QT_TRANSLATE_NOOP("Validation", "death cannot come before birth")),
    (
        "feat_date",
        "death_date",
        QT_TRANSLATE_NOOP("Validation", "the deed cannot come after the death"),
    ),
    (
        "birth_date",
        "award_date",
        QT_TRANSLATE_NOOP("Validation", "the decree cannot come before the birth"),
    ),
)


def validate_hero(record: Mapping[str, Any]) -> dict[str, str]:
    """Field → reason for every problem in ``record`` (empty when it can be saved)."""
    return hero_problems({field: [value] for field, value in record.items()}).get(0, {})


def hero_problems(columns: Mapping[str, Sequence[Any]]) -> dict[int, dict[str, str]]:
    """The problems of many heroes given as columns (field → values): row → field → reason.

    Each rule runs over whole columns, and a rule about one value (a date, a group) once per
    distinct value, because an import checks 100,000 heroes; a form checks a column of one.
    Missing columns count as empty.
    """
    count = max(map(len, columns.values()), default=0)
    column = {field: columns.get(field) or [None] * count for field in _CHECKED}
    found = long_texts(columns)
    for row in nameless_rows(column):
        found.setdefault(row, {})["name_en"] = NAME_REQUIRED
    dates = {}
    for field in HERO_DATE_FIELDS:
        dates[field], reasons = _checked_dates(column[field])
        for row, reason in reasons:
            found.setdefault(row, {})[field] = reason
    for earlier, later, reason in _DATE_ORDER:
        pairs = enumerate(zip(dates[earlier], dates[later], strict=True))
        for row, (first, then) in pairs:
            if first and then and _before(then, first):
                found.setdefault(row, {}).setdefault(later, reason)
    for row in _rows_where(_outside_the_decree_range, dates["award_date"]):
        found.setdefault(row, {})["award_date"] = _DECREE_RANGE
    for field, allowed in (("group_code", GROUPS), ("confidence", CONFIDENCE_LEVELS)):
        unknown = partial(_unknown, (None, "", *allowed))
        for row in _rows_where(unknown, column[field]):
            found.setdefault(row, {})[field] = _ONE_OF.format(allowed=", ".join(allowed))
    for row, marks in enumerate(columns.get(UNCHECKED) or ()):
        if marks and not set(marks) <= set(TRANSLATABLE_FIELDS):
            found.setdefault(row, {})[UNCHECKED] = _UNCHECKED_REASON
    return dict(sorted(found.items()))


def has_name(record: Mapping[str, Any]) -> bool:
    """Whether ``record`` has a name in some script (blanks are no name)."""
    return not _blank(*(record.get(field) for field in NAME_FIELDS))


def nameless_rows(columns: Mapping[str, Sequence[Any]]) -> list[int]:
    """The rows with no name in any script (blanks are no name)."""
    if any(_all_filled(columns[field]) for field in NAME_FIELDS):
        return []  # the usual case, seen in C: every row has a name in one script at least
    names = zip(*(columns[field] for field in NAME_FIELDS), strict=True)
    return [row for row, (en, ru, tg) in enumerate(names) if _blank(en, ru, tg)]


def _all_filled(texts: Sequence[Any]) -> bool:
    """Whether every value is a text that is not blank (worked out in C)."""
    try:
        return None not in texts and all(map(str.strip, texts, repeat(_BLANKS)))
    except TypeError:  # not all texts
        return False


def _blank(*texts: str | None) -> bool:
    return not any(text and text.strip(_BLANKS) for text in texts)


def long_texts(columns: Mapping[str, Sequence[Any]]) -> dict[int, dict[str, str]]:
    """Row → field → reason for each value longer than MAX_TEXT_LENGTH characters.

    The longest text of a column is found first (in C), and rows are looked at one by one only
    when a column holds a value that long.
    """
    found: dict[int, dict[str, str]] = {}
    for field, values in columns.items():
        if _longest(field, values) <= MAX_TEXT_LENGTH:
            continue
        for row, value in enumerate(values):
            length = _length(value)
            if length > MAX_TEXT_LENGTH:
                found.setdefault(row, {})[field] = _TOO_LONG.format(
                    length=length, most=MAX_TEXT_LENGTH
                )
    return found


def _longest(field: str, values: Sequence[Any]) -> int:
    """The length of the longest value, worked out in C for a column of texts or of lists."""
    filled = filter(None, values)
    try:
        if field in HERO_LIST_FIELDS:
            return max(map(len, map(_LIST_JOIN.join, filled)), default=0)
        return max(map(len, filled), default=0)
    except TypeError:  # flags, numbers: not texts
        return max(map(_length, values), default=0)


def _length(value: Any) -> int:
    """Characters of a text, or of a list of texts joined as an export writes them (" | ")."""
    if value.__class__ is list:
        return len(_LIST_JOIN.join(value))
    return len(value) if value.__class__ is str else 0


def _checked_dates(texts: Sequence[Any]) -> tuple[list[str | None], list[tuple[int, str]]]:
    """Each text as a partial date (None when empty or wrong), and (row, reason) where wrong."""
    checked = {text: _checked_date(text) for text in set(texts)}
    dates = [checked[text][0] for text in texts]
    return dates, [(row, checked[text][1]) for row, text in enumerate(texts) if checked[text][1]]


def _checked_date(text: str | None) -> tuple[str | None, str | None]:
    text = (text or "").strip()
    if not text:
        return None, None
    try:
        parse_partial_date(text)
    except PartialDateError as error:
        return None, message_of(error)
    return text, None


def _outside_the_decree_range(decree: str | None) -> bool:
    return bool(decree) and (_before(decree, TITLE_CREATED) or _before(USSR_DISSOLVED, decree))


def _unknown(accepted: tuple, value: Any) -> bool:
    return value not in accepted


def _rows_where(test, values: Sequence[Any]) -> list[int]:
    """The rows whose value passes ``test``, testing each distinct value once."""
    passing = {value for value in set(values) if test(value)}
    return [row for row, value in enumerate(values) if value in passing] if passing else []


_UNCHECKED_REASON = QT_TRANSLATE_NOOP(
    "Validation", "lists only texts kept in each language: {fields}"
).format(fields=", ".join(TRANSLATABLE_FIELDS))
_CHECKED = (*NAME_FIELDS, *HERO_DATE_FIELDS, "group_code", "confidence")
_DECREE_RANGE = QT_TRANSLATE_NOOP(
    "Validation",
    "a decree date falls between 16 April 1934, when the title was created, and 24 December 1991",
)
_ONE_OF = QT_TRANSLATE_NOOP("Validation", "must be one of {allowed}")
_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "{length:,} characters; at most {most:,} in one field")


def validate_news(record: Mapping[str, Any]) -> dict[str, str]:
    """Field → reason for every problem in the news item ``record``."""
    return news_problems({field: [value] for field, value in record.items()}).get(0, {})


def news_problems(columns: Mapping[str, Sequence[Any]]) -> dict[int, dict[str, str]]:
    """The problems of many news items given as columns (field → values): row → field → reason."""
    count = max(map(len, columns.values()), default=0)
    found = long_texts(columns)
    for row in untitled_rows(columns.get("title") or [None] * count):
        found.setdefault(row, {})["title"] = TITLE_REQUIRED
    _dates, reasons = _checked_dates(columns.get("date") or [None] * count)
    for row, reason in reasons:
        found.setdefault(row, {})["date"] = reason
    return dict(sorted(found.items()))


def untitled_rows(titles: Sequence[str | None]) -> list[int]:
    """The rows without a title (blanks are none)."""
    return [row for row, title in enumerate(titles) if _blank(title)]


def _before(first: str, second: str) -> bool:
    """True only when ``first`` is surely earlier than ``second`` at their common precision."""
    common = min(len(first), len(second))
    return first[:common] < second[:common]
