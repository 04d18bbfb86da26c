"""Partial dates keep the precision the sources give."""

import pytest

from heroviewer.dates import PartialDateError, format_partial_date, parse_partial_date


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("1921", "1921"),
        ("1921-05", "May 1921"),
        ("1921-05-03", "3 May 1921"),
        ("1944-02-21", "21 February 1944"),
        ("", ""),
        (None, ""),
        ("about 1920", "about 1920"),  # not a date: shown as stored, not guessed at
    ],
)
def test_display_adds_no_day_or_month(text, shown):
    assert format_partial_date(text) == shown


@pytest.mark.parametrize("text", ["1921-13", "1921-02-30", "21-05-1921", "1921/05/03", "192"])
def test_invalid_dates_are_refused_with_the_reason(text):
    with pytest.raises(PartialDateError, match=text):
        parse_partial_date(text)


def test_iso_text_sorts_chronologically():
    dates = ["1943-10-05", "1913", "1921-11-10", "1921", "1921-05"]
    assert sorted(dates) == ["1913", "1921", "1921-05", "1921-11-10", "1943-10-05"]
