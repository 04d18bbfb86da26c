"""Recognise a SQLite catalogue with the standard library alone, before anything writes to it."""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path

from heroviewer.catalog.errors import CatalogError, CorruptCatalog
from heroviewer.catalog.file_checks import refuse_unless_regular
from heroviewer.catalog.version import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"


class SchemaState(Enum):
    CURRENT = "current"
    BEHIND = "behind"


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection: probing never changes the file.

    A catalogue in WAL mode needs its -shm file even to be read. Where that cannot be made (a
    CD, a locked network share) the file is opened as immutable: nobody can be changing it.
    """
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as error:
        connection.close()
        if "unable to open" not in str(error):
            raise
        return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    return connection


def probe_sqlite_file(path: Path) -> SchemaState:
    """Whether ``path`` is a HeroViewer catalogue at the current schema; else CatalogError.

    Anything but a regular file is refused before it is opened: a named pipe would never answer.
    """
    refuse_unless_regular(path)
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptCatalog(
            f"{path}: not a HeroViewer catalogue (the file is not an SQLite database)", path
        )
    try:
        connection = open_readonly(path)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            revision = _alembic_revision(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise CorruptCatalog(f"{path}: the database cannot be read ({error})", path) from None
    if application_id != APPLICATION_ID or revision is None:
        raise CatalogError(
            f"{path}: not a HeroViewer catalogue (an SQLite database of another program)"
        )
    return schema_state(str(path), revision)


def schema_state(label: str, revision: str) -> SchemaState:
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT
    if revision in KNOWN_REVISIONS:
        return SchemaState.BEHIND
    raise CatalogError(
        f"{label}: made by a newer HeroViewer (schema revision {revision!r}); "
        "install the newer version to open it"
    )


def _alembic_revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None
