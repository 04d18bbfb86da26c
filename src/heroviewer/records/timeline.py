"""What the timeline shows: each hero's deed and decree as a span of days, at the precision the
sources give (a year alone spans the year, a month the month, a day is one day), and the wars.

One row per hero, not per front: the records have no front field, and the deed place's text
names a front only now and then ("Stalingrad Front"), so grouping by it would sort most heroes
into "unknown". Dates outside the axis (1939–1945) are counted, not drawn. Pure code: no Qt.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any, NamedTuple

from heroviewer.records.dates import PartialDateError, parse_partial_date
from heroviewer.support.messages import QT_TRANSLATE_NOOP

AXIS_START, AXIS_END = date(1939, 1, 1), date(1945, 12, 31)
DEED, DECREE = "deed", "decree"
KIND_FIELDS = ((DEED, "feat_date"), (DECREE, "award_date"))


class War(NamedTuple):
    name: str  # a message: translated where shown
    start: date
    end: date


WARS = (
    War(QT_TRANSLATE_NOOP("Timeline", "Soviet-Finnish War"), date(1939, 11, 30), date(1940, 3, 13)),
    War(QT_TRANSLATE_NOOP("Timeline", "Great Patriotic War"), date(1941, 6, 22), date(1945, 5, 9)),
    War(QT_TRANSLATE_NOOP("Timeline", "War against Japan"), date(1945, 8, 9), date(1945, 9, 2)),
)


class Event(NamedTuple):
    hero_id: str
    name: str
    kind: str  # DEED or DECREE
    text: str  # the date as recorded
    start: date
    end: date  # the last day the date can mean


def date_span(text: str) -> tuple[date, date]:
    """The first and last day a partial date can mean; raises PartialDateError."""
    year, month, day = parse_partial_date(text)
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day), date(year, month, day)


def timeline_events(heroes: list[tuple[str, str, dict[str, Any]]]) -> tuple[list[Event], int]:
    """The events of ``heroes`` ((id, name, record) each) on the axis, by hero in the given
    order, and how many dates fall outside the axis (or are not dates)."""
    events, left_out = [], 0
    for hero_id, name, record in heroes:
        for kind, field in KIND_FIELDS:
            text = record.get(field)
            if not text:
                continue
            try:
                start, end = date_span(text)
            except PartialDateError:
                left_out += 1
                continue
            if end < AXIS_START or start > AXIS_END:
                left_out += 1
                continue
            events.append(Event(hero_id, name, kind, text, start, end))
    return events, left_out
