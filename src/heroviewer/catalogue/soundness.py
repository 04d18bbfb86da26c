"""Is a catalogue file what HeroViewer's migrations make, holding values of the forms it reads?

A catalogue (or a backup about to be restored) could have been changed by another program: a
trigger that deletes every hero on the next import, a dropped column, a list that is not JSON.
The schema is compared with ``EXPECTED_TABLES`` and ``EXPECTED_INDEXES``, the description of
what the migrations make (tests/catalogue/test_soundness.py checks it against a freshly migrated
catalogue); that costs a few cheap queries, so it runs at every open. The values are checked
only when restoring and in the background check, as it reads whole tables.
"""

from __future__ import annotations

import sqlite3

from heroviewer.records.dates import is_partial_date
from heroviewer.support.messages import QT_TRANSLATE_NOOP

_KEY = "VARCHAR(80) NOT NULL PRIMARY KEY"
# table -> column -> "TYPE[ NOT NULL][ PRIMARY KEY]", as the newest migration leaves them.
EXPECTED_TABLES: dict[str, dict[str, str]] = {
    "alembic_version": {"version_num": "VARCHAR(32) NOT NULL PRIMARY KEY"},
    "heroes": {
        "id": _KEY, "name_en": "TEXT", "name_ru": "TEXT", "name_tg": "TEXT",
        "aliases": "JSON NOT NULL", "group_code": "VARCHAR(40)", "birth_date": "VARCHAR(10)",
        "birth_place": "TEXT", "death_date": "VARCHAR(10)", "death_place": "TEXT",
        "nationality": "TEXT", "military_rank": "TEXT", "branch": "TEXT", "unit": "TEXT",
        "feat_date": "VARCHAR(10)", "feat_place": "TEXT", "award_date": "VARCHAR(10)",
        "posthumous": "BOOLEAN", "feat_summary_en": "TEXT", "biography": "TEXT",
        "feat_summary_ru": "TEXT", "feat_summary_tg": "TEXT", "biography_ru": "TEXT",
        "biography_tg": "TEXT", "unchecked_translations": "JSON NOT NULL",
        "staff_notes": "TEXT", "sources": "JSON NOT NULL", "confidence": "VARCHAR(10)",
        "research_note": "TEXT", "search_key": "TEXT NOT NULL", "portrait": "VARCHAR(64)",
        "name_sort_key": "TEXT NOT NULL", "name_sort_key_ru": "TEXT NOT NULL",
        "name_sort_key_tg": "TEXT NOT NULL", "version": "INTEGER NOT NULL",
    },
    "catalog_info": {"key": "VARCHAR(40) NOT NULL PRIMARY KEY", "value": "TEXT NOT NULL"},
    "images": {
        "sha256": "VARCHAR(64) NOT NULL PRIMARY KEY", "image": "BLOB NOT NULL",
        "thumbnail": "BLOB NOT NULL", "width": "INTEGER NOT NULL", "height": "INTEGER NOT NULL",
        "original_name": "TEXT",
    },
    "history": {
        "id": "INTEGER NOT NULL PRIMARY KEY", "change_id": "INTEGER NOT NULL",
        "at": "VARCHAR(32) NOT NULL", "user": "TEXT NOT NULL", "action": "VARCHAR(40) NOT NULL",
        "entity": "VARCHAR(10) NOT NULL", "entity_id": "VARCHAR(80) NOT NULL",
        "field": "VARCHAR(40) NOT NULL", "old_value": "TEXT", "new_value": "TEXT",
    },
    "news": {
        "id": "INTEGER NOT NULL PRIMARY KEY", "date": "VARCHAR(10)", "title": "TEXT NOT NULL",
        "summary_en": "TEXT", "url": "TEXT", "source_seen": "TEXT", "source_note": "TEXT",
        "category": "VARCHAR(40)", "guid": "TEXT", "version": "INTEGER NOT NULL",
    },
    "place_positions": {
        "id": _KEY, "text": "TEXT NOT NULL", "lat": "FLOAT NOT NULL", "lon": "FLOAT NOT NULL",
        "version": "INTEGER NOT NULL",
    },
}  # fmt: skip
# index -> "table(columns)[ UNIQUE]", the primary keys' own indexes included.
EXPECTED_INDEXES: dict[str, str] = {
    "sqlite_autoindex_alembic_version_1": "alembic_version(version_num) UNIQUE",
    "sqlite_autoindex_heroes_1": "heroes(id) UNIQUE",
    "sqlite_autoindex_catalog_info_1": "catalog_info(key) UNIQUE",
    "sqlite_autoindex_images_1": "images(sha256) UNIQUE",
    "ix_history_entity": "history(entity, entity_id)",
    "ix_history_change": "history(change_id)",
    "ix_news_date": "news(date)",
    "ix_news_url": "news(url)",
    "ix_news_guid": "news(guid)",
    "sqlite_autoindex_place_positions_1": "place_positions(id) UNIQUE",
}

_LIST_COLUMNS = (
    ("heroes", "aliases"), ("heroes", "sources"), ("heroes", "unchecked_translations"),
)  # fmt: skip
_DATE_COLUMNS = (
    *(("heroes", f"{name}_date") for name in ("birth", "death", "feat", "award")),
    ("news", "date"),
)
_FLAG_COLUMNS = (("heroes", "posthumous"),)
_RECORD = {
    "heroes": QT_TRANSLATE_NOOP("Catalogue", "the hero {id}"),
    "news": QT_TRANSLATE_NOOP("Catalogue", "the news item {id}"),
}


def schema_of(connection: sqlite3.Connection) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The tables' columns and the indexes of ``connection``, described as EXPECTED_* are."""
    tables = {}
    for (table,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        tables[table] = {
            name: " ".join(
                filter(None, (kind, "NOT NULL" if notnull or pk else "", "PRIMARY KEY" * bool(pk)))
            )
            for _cid, name, kind, notnull, _default, pk, _hidden in connection.execute(
                "SELECT * FROM pragma_table_xinfo(?)", (table,)
            )
        }
    indexes = {}
    for name, table, unique in connection.execute(
        'SELECT il.name, m.name, il."unique" FROM sqlite_master AS m, pragma_index_list(m.name) '
        "AS il WHERE m.type = 'table'"
    ).fetchall():
        columns = connection.execute(
            "SELECT coalesce(name, '<expression>') FROM pragma_index_info(?) ORDER BY seqno",
            (name,),
        ).fetchall()
        spec = f"{table}({', '.join(column for (column,) in columns)})"
        indexes[name] = spec + " UNIQUE" * bool(unique)
    return tables, indexes


def schema_problem(connection: sqlite3.Connection, label: str, whole: bool = True) -> str | None:
    """What in the schema HeroViewer did not make, or None.

    Triggers and views are never HeroViewer's; ``whole`` also compares every table, column and
    index (a catalogue of an older schema revision is compared after it is upgraded).
    """
    for kind, name, table in connection.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('trigger', 'view')"
    ):
        if kind == "view":
            view = QT_TRANSLATE_NOOP(
                "Catalogue", "{label}: there is a view '{name}' that HeroViewer did not make"
            )
            return view.format(label=label, name=name)
        trigger = QT_TRANSLATE_NOOP(
            "Catalogue",
            "{label}: the table {table} has a trigger '{name}' that HeroViewer did not make",
        )
        return trigger.format(label=label, table=table, name=name)
    if not whole:
        return None
    tables, indexes = schema_of(connection)
    for table in tables.keys() - EXPECTED_TABLES.keys():
        extra = QT_TRANSLATE_NOOP(
            "Catalogue", "{label}: there is a table '{table}' that HeroViewer did not make"
        )
        return extra.format(label=label, table=table)
    for table, expected in EXPECTED_TABLES.items():
        found = tables.get(table)
        if found is None:
            return QT_TRANSLATE_NOOP("Catalogue", "{label}: the table {table} is missing").format(
                label=label, table=table
            )
        for column, spec in expected.items():
            if column not in found:
                no_column = QT_TRANSLATE_NOOP(
                    "Catalogue", "{label}: the table {table} has no column '{column}'"
                )
                return no_column.format(label=label, table=table, column=column)
            if found[column] != spec:
                changed = QT_TRANSLATE_NOOP(
                    "Catalogue",
                    "{label}: the column {table}.{column} is {kind}, "
                    "not {spec} as HeroViewer made it",
                )
                kind = found[column] or "untyped"
                return changed.format(label=label, table=table, column=column, kind=kind, spec=spec)
        for column in found.keys() - expected.keys():
            extra = QT_TRANSLATE_NOOP(
                "Catalogue",
                "{label}: the table {table} has a column '{column}' HeroViewer did not make",
            )
            return extra.format(label=label, table=table, column=column)
    for name, spec in EXPECTED_INDEXES.items():
        if indexes.get(name) != spec:
            changed = QT_TRANSLATE_NOOP(
                "Catalogue", "{label}: the index {name} on {spec} is missing or changed"
            )
            return changed.format(label=label, name=name, spec=spec)
    for name in indexes.keys() - EXPECTED_INDEXES.keys():
        extra = QT_TRANSLATE_NOOP(
            "Catalogue", "{label}: there is an index '{name}' that HeroViewer did not make"
        )
        return extra.format(label=label, name=name)
    return None


def value_problem(connection: sqlite3.Connection, label: str) -> str | None:
    """The first stored value that is not of the form HeroViewer reads, or None.

    Lists are JSON arrays of texts, dates partial dates ("1921", "1921-05", "1921-05-03"),
    flags 0, 1 or nothing. Reads whole columns: for restoring and the background check.
    """
    for table, column in _LIST_COLUMNS:
        found = connection.execute(
            f"SELECT id FROM {table} WHERE NOT CASE WHEN typeof({column}) = 'text' "
            f"AND json_valid({column}) THEN json_type({column}) = 'array' AND NOT EXISTS "
            f"(SELECT 1 FROM json_each({table}.{column}) WHERE type != 'text') ELSE 0 END LIMIT 1"
        ).fetchone()
        if found:
            what = _RECORD[table].format(id=repr(found[0]))
            not_list = QT_TRANSLATE_NOOP(
                "Catalogue", "{label}: {what} has {column} that are not a list of texts"
            )
            return not_list.format(label=label, what=what, column=column)
    for table, column in _DATE_COLUMNS:
        for (value,) in connection.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"
        ):
            if not (isinstance(value, str) and is_partial_date(value)):
                (record,) = connection.execute(
                    f"SELECT id FROM {table} WHERE {column} = ? LIMIT 1", (value,)
                ).fetchone()
                not_date = QT_TRANSLATE_NOOP(
                    "Catalogue",
                    "{label}: {what} has {column} {value}, "
                    "not a date like 1921, 1921-05 or 1921-05-03",
                )
                what = _RECORD[table].format(id=repr(record))
                return not_date.format(label=label, what=what, column=column, value=repr(value))
    for table, column in _FLAG_COLUMNS:
        found = connection.execute(
            f"SELECT id, {column} FROM {table} WHERE {column} NOT IN (0, 1) LIMIT 1"
        ).fetchone()
        if found:
            what = _RECORD[table].format(id=repr(found[0]))
            not_flag = QT_TRANSLATE_NOOP(
                "Catalogue", "{label}: {what} has {column} {value}, not yes or no"
            )
            return not_flag.format(label=label, what=what, column=column, value=repr(found[1]))
    return None
