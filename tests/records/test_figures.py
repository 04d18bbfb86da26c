"""The Figures page's counts."""

from __future__ import annotations

from heroviewer.records.figures import figure_counts


def test_counts_by_value_most_first_years_in_order_and_not_recorded_last():
    records = [
        {"group_code": "tajik_ssr", "nationality": "Tajik", "award_date": "1945-05-01"},
        {"group_code": "tajik_ssr", "nationality": "Uzbek", "award_date": "1943"},
        {"group_code": "postwar_tajikistan", "nationality": "Tajik", "posthumous": 1},
    ]
    counts = figure_counts(records)
    assert counts["group"] == [("tajik_ssr", 2), ("postwar_tajikistan", 1)]
    assert counts["nationality"] == [("Tajik", 2), ("Uzbek", 1)]
    assert counts["decree_year"] == [(1943, 1), (1945, 1), (None, 1)]
    assert counts["posthumous"] == [(True, 1), (None, 2)]
    assert counts["research"] == [(True, 3)]  # none has a birth date, place and rank
