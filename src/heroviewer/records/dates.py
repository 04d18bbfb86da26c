"""Partial dates: "1921", "1921-05" or "1921-05-03", kept at the precision the sources give.

ISO text of this shape sorts chronologically as plain strings, so the text itself is the sort key;
display never adds a day or month the sources did not state. Staff and spreadsheets also write
03.05.1921 and 05.1921: ``canonical_date`` turns what they type (in the edit form or a CSV file)
into the ISO text that is stored. Pure functions: no Qt.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from heroviewer.support.messages import QT_TRANSLATE_NOOP

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DOTTED_DATE = re.compile(r"^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$")  # 03.05.1921, 05.1921

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


# The months as a message names them ("November 1942 has 30 days"), nominative
_MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Validation", "January"), QT_TRANSLATE_NOOP("Validation", "February"),
    QT_TRANSLATE_NOOP("Validation", "March"), QT_TRANSLATE_NOOP("Validation", "April"),
    QT_TRANSLATE_NOOP("Validation", "May"), QT_TRANSLATE_NOOP("Validation", "June"),
    QT_TRANSLATE_NOOP("Validation", "July"), QT_TRANSLATE_NOOP("Validation", "August"),
    QT_TRANSLATE_NOOP("Validation", "September"), QT_TRANSLATE_NOOP("Validation", "October"),
    QT_TRANSLATE_NOOP("Validation", "November"), QT_TRANSLATE_NOOP("Validation", "December"),
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
        try:
            datetime.date(year, month, day)
        except ValueError:  # no such day in that month: say how many it has
            import calendar  # only for the message: importing it costs every start-up 2-5 ms

            days = calendar.monthrange(year, month)[1]
            no_day = QT_TRANSLATE_NOOP(
                "Validation", "{text} is not a calendar date ({month} {year} has {days} days)"
            )
            month_name = _MONTH_NAMES[month - 1]  # a Message: translated where it is shown
            raise PartialDateError(
                no_day.format(text=repr(text), month=month_name, year=year, days=days)
            ) from None
    return year, month, day


def is_partial_date(text: str) -> bool:
    try:
        parse_partial_date(text)
    except PartialDateError:
        return False
    return True


# How each language writes a year, a month of a year and a day: Russian "15 апреля 1918 г.",
# "апрель 1918 г.", "1918 г." (the month in the genitive after a day); Tajik "15 апрели соли
# 1918", "апрели соли 1918", "соли 1918" (the month joined to the year by the izofat -и).
_RUSSIAN_MONTHS = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_RUSSIAN_MONTHS_OF = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
_TAJIK_MONTHS_OF = (
    "январи", "феврали", "марти", "апрели", "майи", "июни",
    "июли", "августи", "сентябри", "октябри", "ноябри", "декабри",
)  # fmt: skip
# language -> (year, month and year, day month and year), as str.format patterns
_DATE_PATTERNS = {
    "en": ("{year}", "{month} {year}", "{day} {month} {year}"),
    "ru": ("{year} г.", "{month} {year} г.", "{day} {month_of} {year} г."),
    "tg": ("соли {year}", "{month_of} соли {year}", "{day} {month_of} соли {year}"),
}
_MONTHS = {
    "en": (ENGLISH_MONTHS, ENGLISH_MONTHS),
    "ru": (_RUSSIAN_MONTHS, _RUSSIAN_MONTHS_OF),
    "tg": (_TAJIK_MONTHS_OF, _TAJIK_MONTHS_OF),
}


def format_partial_date(text: str | None, language: str = "en") -> str:
    """A partial date as ``language`` writes it: "3 May 1921", "May 1921" or "1921"; "3 мая
    1921 г."; "3 майи соли 1921". Text that is not a date is returned unchanged."""
    if not text:
        return ""
    try:
        year, month, day = parse_partial_date(text)
    except PartialDateError:
        return text
    language = language if language in _DATE_PATTERNS else "en"
    patterns, (months, months_of) = _DATE_PATTERNS[language], _MONTHS[language]
    pattern = patterns[0] if month is None else patterns[1] if day is None else patterns[2]
    month_name, month_of = (months[month - 1], months_of[month - 1]) if month else ("", "")
    return pattern.format(year=year, month=month_name, month_of=month_of, day=day)
