"""The Figures page's counts: heroes by group, nationality, branch, posthumous award, year of
decree, and how many records need research. Values are kept as recorded (codes, terms, None for
"not recorded"); the page names them in the interface's language. Pure code: no Qt."""

from __future__ import annotations

from collections import Counter
from typing import Any

from heroviewer.records.dates import PartialDateError, parse_partial_date
from heroviewer.records.fields import research_reasons

CHARTS = ("group", "nationality", "branch", "posthumous", "decree_year", "research")


def _decree_year(record: dict[str, Any]) -> int | None:
    try:
        return parse_partial_date(record["award_date"])[0] if record.get("award_date") else None
    except PartialDateError:
        return None


def figure_counts(records: list[dict[str, Any]]) -> dict[str, list[tuple[Any, int]]]:
    """For each chart of CHARTS, (value, number of heroes): most first, except the years, which
    are in order; None (not recorded) last."""
    values = {
        "group": lambda r: r.get("group_code"),
        "nationality": lambda r: r.get("nationality") or None,
        "branch": lambda r: r.get("branch") or None,
        "posthumous": lambda r: None if r.get("posthumous") is None else bool(r["posthumous"]),
        "decree_year": _decree_year,
        "research": lambda r: bool(research_reasons(r.get)),
    }
    counts = {}
    for chart, value in values.items():
        counted = Counter(map(value, records))
        if chart == "decree_year":
            known = sorted((v, n) for v, n in counted.items() if v is not None)
        else:
            known = sorted(((v, n) for v, n in counted.items() if v is not None),
                           key=lambda item: (-item[1], str(item[0])))  # fmt: skip
        counts[chart] = known + ([(None, counted[None])] if None in counted else [])
    return counts
