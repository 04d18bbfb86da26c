"""Partial dates keep the precision the sources give."""

import pytest

from heroviewer.records.dates import (
    PartialDateError,
    canonical_date,
    format_partial_date,
    parse_partial_date,
)


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


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1921-02-30", "'1921-02-30' is not a calendar date (February 1921 has 28 days)"),
        ("1944-04-31", "'1944-04-31' is not a calendar date (April 1944 has 30 days)"),
        ("0000-01-01", "'0000-01-01' is not a calendar date (there is no year 0)"),
    ],
)
def test_an_impossible_day_says_why(text, reason):
    with pytest.raises(PartialDateError) as caught:
        parse_partial_date(text)
    assert str(caught.value) == reason
    assert parse_partial_date("1920-02-29") == (1920, 2, 29)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("1942", "1942"),
        ("1942-11", "1942-11"),
        ("1942-11-26", "1942-11-26"),
        ("26.11.1942", "1942-11-26"),
        ("3.5.1921", "1921-05-03"),
        ("11.1942", "1942-11"),
        (" 11.1942 ", "1942-11"),
    ],
)
def test_dates_as_staff_and_spreadsheets_write_them_are_stored_as_iso(typed, stored):
    assert canonical_date(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31.11.1942", "'31.11.1942' is not a calendar date (November 1942 has 30 days)"),
        ("13.1942", "'13.1942' has no month 13"),
        ("1942.11.26", "'1942.11.26' is not a date like 1921, 1921-05, 1921-05-03, 05.1921 or "
                       "03.05.1921"),
    ],
)  # fmt: skip
def test_a_date_that_cannot_be_stored_says_why_in_the_words_typed(typed, reason):
    with pytest.raises(PartialDateError) as caught:
        canonical_date(typed)
    assert str(caught.value) == reason


@pytest.mark.parametrize(
    ("text", "russian", "tajik"),
    [
        ("1918-04-15", "15 апреля 1918 г.", "15 апрели соли 1918"),
        ("1918-04", "апрель 1918 г.", "апрели соли 1918"),
        ("1918", "1918 г.", "соли 1918"),
        ("1943-05-03", "3 мая 1943 г.", "3 майи соли 1943"),
        ("about 1920", "about 1920", "about 1920"),
    ],
)
def test_dates_are_written_as_russian_and_tajik_write_them(text, russian, tajik):
    assert format_partial_date(text, "ru") == russian
    assert format_partial_date(text, "tg") == tajik
    assert format_partial_date(text, "en") == format_partial_date(text)
