"""The heroes a search finds, by surname as the table lists them: for cards and exports alike."""

from __future__ import annotations

from operator import attrgetter

from heroviewer.records.search import matching_flags, query_tokens


def searched_rows(catalogue, search: str | None) -> list:
    """Hero rows by surname, then first name; only those ``search`` finds when given."""
    rows = sorted(catalogue.hero_rows(), key=attrgetter("name_sort_key"))
    if search:
        flags = matching_flags(query_tokens(search), [row.search_key for row in rows])
        rows = [row for row, keep in zip(rows, flags, strict=True) if keep]
    return rows
