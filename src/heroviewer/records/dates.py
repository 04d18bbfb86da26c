"""Partial dates: "1921", "1921-05" or "1921-05-03", kept at the precision the sources give.

ISO text of this shape sorts chronologically as plain strings, so the text itself is the sort key;
display never adds a day or month the sources did not state. Staff and spreadsheets also write
03.05.1921 and 05.1921: ``canonical_date`` turns what they type (in the edit form or a CSV file)
into the ISO text that is stored. Pure functions: no Qt.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import lru_cache

from heroviewer.support.messages import QT_TRANSLATE_NOOP

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DOTTED_DATE = re.compile(r"^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$")  # 03.05.1921, 05.1921

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Validation", "{text} is not a date like 1921, 1921-05 or 1921-05-03"
)
_NOT_A_DATE_TYPED = QT_TRANSLATE_NOOP(
    "Validation", "{text} is not a date like 1921, 1921-05, 1921-05-03, 05.1921 or 03.05.1921"
)


class PartialDateError(ValueError):
    """The text is not a year, a year-month or a full ISO date."""


@lru_cache(maxsize=65_536)  # the same dates recur across an import of many records
def parse_partial_date(text: str) -> tuple[int, int | None, int | None]:
    """Split ``text`` into (year, month or None, day or None), or raise PartialDateError."""
    match = _PARTIAL_DATE.match(text.strip())
    if not match:
        raise PartialDateError(_NOT_A_DATE.format(text=repr(text)))
    year, month, day = (int(part) if part else None for part in match.groups())
    return _checked(text, year, month, day)


def canonical_date(text: str) -> str:
    """The stored ISO text of a date typed as 1921, 1921-05, 1921-05-03, 05.1921 or 03.05.1921.

    Raises PartialDateError naming ``text`` as typed.
    """
    stripped = text.strip()
    if match := _PARTIAL_DATE.match(stripped):
        year, month, day = match.groups()
    elif match := _DOTTED_DATE.match(stripped):
        day, month, year = match.groups()
    else:
        raise PartialDateError(_NOT_A_DATE_TYPED.format(text=repr(text)))
    year, month, day = _checked(text, *(int(part) if part else None for part in (year, month, day)))
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


def _checked(
    text: str, year: int, month: int | None, day: int | None
) -> tuple[int, int | None, int | None]:
    if month is not None and not 1 <= month <= 12:
        raise PartialDateError(
            QT_TRANSLATE_NOOP("Validation", "{text} has no month {month}").format(
                text=repr(text), month=month
            )
        )
    if day is not None:
        if year == 0:
            no_year_0 = QT_TRANSLATE_NOOP(
                "Validation", "{text} is not a calendar date (there is no year 0)"
            )
            raise PartialDateError(no_year_0.format(text=repr(text)))
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            no_day = QT_TRANSLATE_NOOP(
                "Validation", "{text} is not a calendar date ({month} {year} has {days} days)"
            )
            month_name = ENGLISH_MONTHS[month - 1]
            raise PartialDateError(
                no_day.format(text=repr(text), month=month_name, year=year, days=days)
            )
    return year, month, day


def is_partial_date(text: str) -> bool:
    try:
        parse_partial_date(text)
    except PartialDateError:
        return False
    return True


def format_partial_date(text: str | None, month_names: Sequence[str] = ENGLISH_MONTHS) -> str:
    """ "3 May 1921", "May 1921" or "1921"; text that is not a date is returned unchanged."""
    if not text:
        return ""
    try:
        year, month, day = parse_partial_date(text)
    except PartialDateError:
        return text
    if month is None:
        return str(year)
    if day is None:
        return f"{month_names[month - 1]} {year}"
    return f"{day} {month_names[month - 1]} {year}"
