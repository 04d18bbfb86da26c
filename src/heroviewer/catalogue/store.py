"""Open a catalogue and read it.

SQLite files, the usual case, are read with the standard library's sqlite3: importing
SQLAlchemy costs more than the whole start-up budget, so it is loaded only to create,
migrate or write a catalogue, or to reach a catalogue given as another SQLAlchemy URL.
The SQL below is plain and uses named parameters, which both paths accept.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from heroviewer.catalogue.errors import CatalogueError, ReadOnlyCatalogue
from heroviewer.catalogue.location import CatalogueLocation, parse_location
from heroviewer.catalogue.probe import SchemaState, open_readonly, probe_sqlite_file, schema_state
from heroviewer.catalogue.version import SEARCH_FOLD_VERSION
from heroviewer.records.entities import HERO, NEWS, Entity
from heroviewer.records.fields import (
    HERO_FIELDS,
    HERO_ROW_FIELDS,
    NAME_SORT_KEYS,
    NEWS_FIELDS,
    HeroRow,
    hero_name_sort_key,
    hero_search_key,
)
from heroviewer.records.normal_values import decode_record, decode_records
from heroviewer.support.bulk import collector_paused
from heroviewer.support.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from heroviewer.catalogue.writer import CatalogueWriter

# HeroRow.name_sort_key is read from the column of the reader's language (NAME_SORT_KEYS):
# reading all three made every start-up slower, 24 MB bigger with 100,000 heroes.
_HERO_ROWS_SQL = {
    language: "SELECT {} FROM heroes".format(
        ", ".join(column if field == "name_sort_key" else field for field in HERO_ROW_FIELDS)
    )
    for language, column in NAME_SORT_KEYS.items()
}
_HERO_SQL = f"SELECT {', '.join(HERO_FIELDS)}, portrait FROM heroes WHERE id = :id"
_PLACES_SQL = (
    "SELECT id, name_en, name_ru, name_tg, birth_place, feat_place FROM heroes ORDER BY id"
)
_POSITIONS_SQL = "SELECT text, lat, lon FROM place_positions"
_HERO_VERSION_SQL = _HERO_SQL.replace(" FROM", ", version FROM")
_NEWS_SQL = (
    f"SELECT {', '.join(NEWS_FIELDS)}, version FROM news "
    "ORDER BY date IS NULL, date DESC, id"  # newest first, undated last
)
_INFO_SQL = "SELECT key, value FROM catalog_info"
_CHANGE_MARK_SQL = (
    "SELECT (SELECT max(id) FROM history), (SELECT count(*) FROM heroes), "
    "(SELECT sum(version) FROM heroes), (SELECT count(*) FROM news), "
    "(SELECT sum(version) FROM news)"
)


class _Reader(Protocol):
    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[Sequence[Any]]: ...

    def close(self) -> None: ...


class _SqliteReader:
    def __init__(self, path: Path) -> None:
        self._connection = open_readonly(path)

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[Sequence[Any]]:
        return self._connection.execute(sql, params or {}).fetchall()

    def close(self) -> None:
        self._connection.close()


class _SqlAlchemyReader:
    def __init__(self, engine) -> None:
        self._engine = engine

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[Sequence[Any]]:
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        try:
            with self._engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(sql), params or {})]
        except DBAPIError as error:  # a server gone, a table missing: said as the server says it
            raise OSError(str(error.orig or error).strip()) from None

    def close(self) -> None:
        self._engine.dispose()


class Catalogue:
    """An open catalogue: the queries the app needs, each returning plain values."""

    def __init__(self, location: CatalogueLocation, reader: _Reader, created: bool = False) -> None:
        self.location = location
        self._reader = reader
        # made just now from the bundled data, as nothing was there: the command line and the
        # window say so, as a mistyped --db would otherwise look like one's own catalogue
        self.created = created

    @property
    def label(self) -> str:
        return self.location.label

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> list[Sequence[Any]]:
        try:
            return self._reader.rows(sql, params)
        except (sqlite3.DatabaseError, OSError) as error:
            unreadable = QT_TRANSLATE_NOOP(
                "Catalogue", "{path}: the catalogue cannot be read ({error})"
            )
            raise CatalogueError(unreadable.format(path=self.label, error=str(error))) from None

    def info(self) -> dict[str, str]:
        return dict(self._rows(_INFO_SQL))

    def encrypted(self) -> bool | None:
        """Whether the link to the catalogue's PostgreSQL server is encrypted (TLS, used when
        the server offers it); None for a file or another kind of server."""
        if self.location.path is not None or not self.location.url.startswith("postgresql"):
            return None
        found = self._rows("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        return bool(found and found[0][0])

    @collector_paused()  # 100,000 rows: see heroviewer.support.bulk
    def hero_rows(self, language: str = "en") -> list[HeroRow]:
        """Every hero's table row for a reader of ``language``, in storage order."""
        rows = list(map(HeroRow._make, self._rows(_HERO_ROWS_SQL[language])))
        if self.info().get("search_fold") != SEARCH_FOLD_VERSION:  # keys by older rules
            by_id = {record["id"]: record for record in self.heroes()}  # one query, not 100,000
            records = map(by_id.__getitem__, [row.id for row in rows])
            column = NAME_SORT_KEYS[language]
            rows = [
                row._replace(
                    search_key=hero_search_key(r), name_sort_key=hero_name_sort_key(r)[column]
                )
                for row, r in zip(rows, records, strict=True)
            ]
        return rows

    def hero_row(self, hero_id: str, language: str = "en") -> HeroRow | None:
        found = self._rows(f"{_HERO_ROWS_SQL[language]} WHERE id = :id", {"id": hero_id})
        return HeroRow._make(found[0]) if found else None

    def hero_names(self) -> list[tuple[str, list[str]]]:
        """Every hero's id with its names in every script and its other spellings."""
        found = self._rows("SELECT id, name_en, name_ru, name_tg, aliases FROM heroes")
        return [
            (hero_id, [n for n in (en, ru, tg) if n] + _aliases(aliases))
            for hero_id, en, ru, tg, aliases in found
        ]

    def hero(self, hero_id: str) -> dict[str, Any] | None:
        """Every field of one hero, lists decoded, and its "version" (a save from a form opened
        on it is refused once another save has raised it); None if there is no such hero."""
        found = self._rows(_HERO_VERSION_SQL, {"id": hero_id})
        if not found:
            return None
        *fields, version = found[0]
        return {**decode_record(HERO, fields), "version": version}

    @collector_paused()
    def heroes(self) -> list[dict[str, Any]]:
        """Every hero's whole record (for exports and imports), in one query."""
        sql = _HERO_SQL.replace(" WHERE id = :id", " ORDER BY id")
        return decode_records(HERO, self._rows(sql))

    def hero_places(self) -> list[Sequence[Any]]:
        """(id, name_en, name_ru, name_tg, birth_place, feat_place) of every hero: all the map
        reads, so that opening it with 12,776 heroes does not decode every whole record."""
        return self._rows(_PLACES_SQL)

    def portrait(self, sha256: str | None, thumbnail: bool = False) -> bytes | None:
        """A stored portrait (JPEG bytes), or None."""
        if not sha256:
            return None
        column = "thumbnail" if thumbnail else "image"
        found = self._rows(f"SELECT {column} FROM images WHERE sha256 = :sha", {"sha": sha256})
        return bytes(found[0][0]) if found else None

    def open_writer(self) -> CatalogueWriter:
        """A writer for this catalogue, or ReadOnlyCatalogue saying why it cannot be changed.

        For a file, the writer holds the edit lock until it is closed, so a second HeroViewer
        opens the same catalogue read-only instead of saving over the first one's edits.
        """
        from heroviewer.catalogue.connections import SqlAlchemyConnection
        from heroviewer.catalogue.writer import CatalogueWriter

        if self.location.path is None:
            from heroviewer.catalogue.engine import make_engine

            engine = make_engine(self.location.url)
            _refuse_unless_editor(engine, self.label)
            writer = CatalogueWriter(SqlAlchemyConnection(engine), self.label)
        else:
            writer = _open_file_writer(self.location.path)
        if self.info().get("search_fold") != SEARCH_FOLD_VERSION:  # the search rules changed
            writer.refresh_search_keys(SEARCH_FOLD_VERSION)
        return writer

    def change_mark(self) -> tuple:
        """A cheap summary that every save alters: the last history entry, and the number of
        heroes and of news items with the sum of their versions (each save raises one)."""
        return tuple(self._rows(_CHANGE_MARK_SQL)[0])

    def versions(self, entity: Entity) -> dict[Any, int]:
        """Every record's id with its version (raised by each save)."""
        return dict(self._rows(f"SELECT id, version FROM {entity.table}"))

    def place_positions(self) -> dict[str, tuple[float, float]]:
        """Where staff put place texts on the map: text -> (lat, lon)."""
        return {text: (lat, lon) for text, lat, lon in self._rows(_POSITIONS_SQL)}

    def news_items(self) -> list[dict[str, Any]]:
        """Every news item, newest first, each with its "version" (see ``hero``)."""
        rows = self._rows(_NEWS_SQL)
        items = decode_records(NEWS, [row[:-1] for row in rows])
        return [{**item, "version": row[-1]} for item, row in zip(items, rows, strict=True)]

    def close(self) -> None:
        self._reader.close()

    def for_another_thread(self) -> Catalogue:
        """The same catalogue on its own connection (a connection serves one thread)."""
        if self.location.path is not None:
            return Catalogue(self.location, _SqliteReader(self.location.path))
        from heroviewer.catalogue.engine import make_engine

        return Catalogue(self.location, _SqlAlchemyReader(make_engine(self.location.url)))


def _aliases(stored: str | list[str] | None) -> list[str]:
    """Stored aliases: JSON text from SQLite, a list already from PostgreSQL's json column."""
    if isinstance(stored, str):
        import json

        return json.loads(stored)
    return list(stored or [])


def _refuse_unless_editor(engine, label: str) -> None:
    """ReadOnlyCatalogue when the server lets this role read but not change the catalogue."""
    from sqlalchemy.exc import DBAPIError

    from heroviewer.catalogue.roles import refuse_unless_editor

    try:
        with engine.connect() as connection:
            refuse_unless_editor(connection, label)
    except DBAPIError as error:
        engine.dispose()
        unreadable = QT_TRANSLATE_NOOP(
            "Catalogue", "{path}: the catalogue cannot be read ({error})"
        )
        raise CatalogueError(
            unreadable.format(path=label, error=str(error.orig or error))
        ) from None
    except ReadOnlyCatalogue:
        engine.dispose()
        raise


def _open_file_writer(path: Path) -> CatalogueWriter:
    from heroviewer.catalogue.connections import SqliteConnection
    from heroviewer.catalogue.lock import EditLock
    from heroviewer.catalogue.writer import CatalogueWriter

    real = Path(os.path.realpath(path))  # a link's folder may be writable, the file's not
    if not os.access(real, os.W_OK):
        read_only = QT_TRANSLATE_NOOP("Catalogue", "{path}: the file is read-only")
        raise ReadOnlyCatalogue(read_only.format(path=path))
    if not os.access(real.parent, os.W_OK):
        read_only = QT_TRANSLATE_NOOP("Catalogue", "{path}: its folder is read-only")
        raise ReadOnlyCatalogue(read_only.format(path=path))
    lock = EditLock(path)
    if not lock.acquire():
        in_use = QT_TRANSLATE_NOOP(
            "Catalogue", "{path}: another HeroViewer has it open for editing"
        )
        raise ReadOnlyCatalogue(in_use.format(path=path))
    try:
        connection = SqliteConnection(path)
        with connection.transaction():  # proves that a write lock can be taken
            pass
    except sqlite3.Error as error:
        lock.release()
        unchangeable = QT_TRANSLATE_NOOP("Catalogue", "{path}: cannot be changed ({error})")
        raise ReadOnlyCatalogue(unchangeable.format(path=path, error=str(error))) from None
    writer = CatalogueWriter(connection, str(path))
    writer.on_close(lock.release)
    return writer


def open_catalogue(db: str | Path, bundle_dir: Path | None = None) -> Catalogue:
    """Open the catalogue ``db`` names, creating and seeding it first if it does not exist
    (then its ``created`` is true).

    Raises CatalogueError with a message naming the file when it cannot be used; a file that is
    not a current HeroViewer catalogue is never changed.
    """
    location = parse_location(db)
    if bundle_dir is None:
        from heroviewer.support.paths import bundled_data_dir

        bundle_dir = bundled_data_dir()
    if location.path is None:
        return _open_url(location, bundle_dir)
    path = location.path
    created = not os.path.lexists(path)  # a dangling link exists: refused, not created through
    if created:
        _create(location, bundle_dir)
    if probe_sqlite_file(path) is SchemaState.BEHIND:  # refuses all but a regular file
        _upgrade(location)
        probe_sqlite_file(path)  # the upgraded schema, compared with the one HeroViewer makes
    return Catalogue(location, _SqliteReader(path), created)


def _create(location: CatalogueLocation, bundle_dir: Path) -> None:
    from heroviewer.catalogue.create import create_catalogue

    try:
        create_catalogue(location, bundle_dir)
    except OSError as error:
        not_created = QT_TRANSLATE_NOOP(
            "Catalogue", "{path}: the catalogue cannot be created ({error})"
        )
        raise CatalogueError(not_created.format(path=location.label, error=error)) from None


def _upgrade(location: CatalogueLocation) -> None:
    from heroviewer.catalogue.engine import make_engine
    from heroviewer.catalogue.migrate import upgrade_to_head

    engine = make_engine(location.engine_target)
    try:
        with engine.begin() as connection:
            upgrade_to_head(connection)
    finally:
        engine.dispose()


def _open_url(location: CatalogueLocation, bundle_dir: Path) -> Catalogue:
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from heroviewer.catalogue.engine import make_engine

    try:
        engine = make_engine(location.url)
        reader = _SqlAlchemyReader(engine)
        tables = set(inspect(engine).get_table_names())
        if not tables:
            _create(location, bundle_dir)
        elif "alembic_version" not in tables or "heroes" not in tables:
            not_ours = QT_TRANSLATE_NOOP("Catalogue", "{path}: not a HeroViewer catalogue")
            raise CatalogueError(not_ours.format(path=location.label))
        else:
            revision = reader.rows("SELECT version_num FROM alembic_version")[0][0]
            if schema_state(location.label, revision) is SchemaState.BEHIND:
                _upgrade(location)
        return Catalogue(location, reader, created=not tables)
    except SQLAlchemyError as error:
        not_opened = QT_TRANSLATE_NOOP(
            "Catalogue", "{path}: the catalogue cannot be opened ({error})"
        )
        raise CatalogueError(not_opened.format(path=location.label, error=str(error))) from None
