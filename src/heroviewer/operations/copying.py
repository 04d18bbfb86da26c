"""Copy a whole catalogue between engines (`heroviewer copy --from SRC --to DST`): heroes,
portraits, news, history and the catalogue's own facts, row for row, ids kept.

Either side is a SQLite file or a database URL. The destination gets HeroViewer's schema by the
same migrations as a new catalogue; one that already holds records is refused unless
``replace`` is given, and then emptied and filled in one transaction, so a failed copy leaves it
as it was. A destination file is written under the edit lock, so not over an open catalogue.
"""

from __future__ import annotations

from typing import NamedTuple

from heroviewer.catalogue.errors import CatalogueError
from heroviewer.catalogue.location import CatalogueLocation, parse_location
from heroviewer.support.messages import QT_TRANSLATE_NOOP

# Parents before the rows that refer to them (heroes name a portrait by its hash).
TABLES = ("catalog_info", "images", "heroes", "news", "place_positions", "history")


class Copied(NamedTuple):
    heroes: int
    news: int
    portraits: int
    history: int


def copy_catalogue(source: str, destination: str, replace: bool = False) -> Copied:
    """Copy the catalogue ``source`` names to ``destination``; CatalogueError says why not."""
    from sqlalchemy.exc import SQLAlchemyError

    from_location, to_location = parse_location(source), parse_location(destination)
    if from_location == to_location:
        same = QT_TRANSLATE_NOOP("Catalogue", "{path}: a catalogue cannot be copied onto itself")
        raise CatalogueError(same.format(path=to_location.label))
    if from_location.path is not None and not from_location.path.is_file():
        missing = QT_TRANSLATE_NOOP("Catalogue", "{path}: there is no catalogue file to copy")
        raise CatalogueError(missing.format(path=from_location.label))
    from heroviewer.catalogue import open_catalogue

    open_catalogue(source).close()  # refuses what is not a catalogue, brings an old one up
    lock = _lock(to_location)
    try:
        return _copy(from_location, to_location, replace)
    except SQLAlchemyError as error:
        not_copied = QT_TRANSLATE_NOOP(
            "Catalogue", "{path}: not copied ({error}); the destination is unchanged"
        )
        reason = str(getattr(error, "orig", None) or error).strip()
        raise CatalogueError(not_copied.format(path=to_location.label, error=reason)) from None
    finally:
        if lock is not None:
            lock.release()


def _lock(location: CatalogueLocation):
    """The destination file's edit lock, held; None for a server or a file not there yet."""
    from heroviewer.catalogue.lock import EditLock

    if location.path is None or not location.path.is_file():
        return None
    lock = EditLock(location.path)
    if not lock.acquire():
        in_use = QT_TRANSLATE_NOOP(
            "Catalogue", "{path}: another HeroViewer has it open for editing; nothing copied"
        )
        raise CatalogueError(in_use.format(path=location.label))
    return lock


def _copy(source: CatalogueLocation, destination: CatalogueLocation, replace: bool) -> Copied:
    from sqlalchemy import func, inspect, select, text

    from heroviewer.catalogue.engine import make_engine
    from heroviewer.catalogue.migrate import upgrade_to_head
    from heroviewer.catalogue.schema import Base

    tables = [Base.metadata.tables[name] for name in TABLES]
    if destination.path is not None:
        destination.path.parent.mkdir(parents=True, exist_ok=True)
    reading, writing = make_engine(source.engine_target), make_engine(destination.engine_target)
    try:
        with reading.connect() as source_rows, writing.begin() as target:
            existing = set(inspect(target).get_table_names())
            if existing and not {"alembic_version", "heroes"} <= existing:
                not_ours = QT_TRANSLATE_NOOP(
                    "Catalogue", "{path}: not a HeroViewer catalogue; nothing copied"
                )
                raise CatalogueError(not_ours.format(path=destination.label))
            upgrade_to_head(target)
            held = sum(target.scalar(select(func.count()).select_from(t)) for t in tables[1:])
            if held and not replace:
                not_empty = QT_TRANSLATE_NOOP(
                    "Catalogue",
                    "{path}: the destination already holds a catalogue; nothing copied "
                    "(--replace replaces it)",
                )
                raise CatalogueError(not_empty.format(path=destination.label))
            for table in reversed(tables):
                target.execute(table.delete())
            counts = {}
            for table in tables:
                rows = [dict(row._mapping) for row in source_rows.execute(select(table))]
                if rows:
                    target.execute(table.insert(), rows)
                counts[table.name] = len(rows)
            if target.dialect.name == "postgresql":  # the next id after the copied ones
                for name in ("news", "history"):
                    target.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                            f"coalesce(max(id), 0) + 1, false) FROM {name}"
                        )
                    )
    finally:
        reading.dispose()
        writing.dispose()
    return Copied(counts["heroes"], counts["news"], counts["images"], counts["history"])
