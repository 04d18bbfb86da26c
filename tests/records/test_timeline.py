"""The timeline's spans: a date at the precision the sources give, and what is off the axis."""

from __future__ import annotations

from datetime import date

import pytest

from heroviewer.records.dates import PartialDateError
from heroviewer.records.timeline import WARS, date_span, timeline_events


def test_a_year_alone_spans_the_year_and_a_month_the_month():
    assert date_span("1943") == (date(1943, 1, 1), date(1943, 12, 31))
    assert date_span("1944-02") == (date(1944, 2, 1), date(1944, 2, 29))
    assert date_span("1945-04-08") == (date(1945, 4, 8), date(1945, 4, 8))
    with pytest.raises(PartialDateError):
        date_span("spring 1943")


def test_the_two_short_wars_have_their_dates():
    wars = {war.name: (war.start, war.end) for war in WARS}
    assert wars["Soviet-Finnish War"] == (date(1939, 11, 30), date(1940, 3, 13))
    assert wars["War against Japan"] == (date(1945, 8, 9), date(1945, 9, 2))


def test_dates_off_the_axis_are_counted_not_drawn():
    heroes = [
        ("a", "A", {"feat_date": "1943", "award_date": "1965-05-07"}),
        ("b", "B", {"feat_date": "1938", "award_date": "not a date"}),
    ]
    events, left_out = timeline_events(heroes)
    assert [(e.hero_id, e.kind, e.text) for e in events] == [("a", "deed", "1943")]
    assert left_out == 3
