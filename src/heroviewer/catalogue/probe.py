"""Recognise a SQLite catalogue with the standard library alone, before anything writes to it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import weakref
from enum import Enum
from pathlib import Path

from heroviewer.catalogue.errors import CatalogueError, CorruptCatalogue
from heroviewer.catalogue.file_checks import refuse_unless_regular
from heroviewer.catalogue.soundness import schema_problem
from heroviewer.catalogue.version import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS
from heroviewer.support.messages import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"


class SchemaState(Enum):
    CURRENT = "current"
    BEHIND = "behind"


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection: probing never changes the file.

    A catalogue in WAL mode needs its -shm file even to be read. Where that cannot be made (a
    CD, a locked network share) the file is opened as immutable: nobody can be changing it.
    But saved changes may still be in its -wal file, which an immutable file is read without:
    then the catalogue and its -wal are copied to a temporary folder and the copy is read.
    """
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as error:
        connection.close()
        if "unable to open" not in str(error):
            raise
        wal = _side_file(path, "-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            return _open_copy(path, wal)
        return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    return connection


def open_for_checking(path: Path) -> sqlite3.Connection:
    """A short-lived read-only connection for probing and checking a file that may be refused.

    Reading a WAL-mode file makes -wal and -shm files beside it. Without a -wal file nobody has
    the file open and the file alone holds everything, so it is read as immutable: a damaged or
    foreign file is refused without leaving side files beside it.
    """
    if _side_file(path, "-wal").exists():
        return open_readonly(path)
    return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)


def _side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


class _CopyConnection(sqlite3.Connection):
    """A connection to a temporary copy, deleted when the connection is closed (or dropped)."""

    def remove_when_closed(self, folder: str) -> None:
        self._remove = weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)

    def close(self) -> None:
        super().close()
        self._remove()


def _open_copy(path: Path, wal: Path) -> sqlite3.Connection:
    folder = tempfile.mkdtemp(prefix="heroviewer-")
    try:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, _side_file(copy, "-wal"))
        os.chmod(copy, 0o600)  # writable, so that SQLite reads the copied -wal in
        connection = sqlite3.connect(copy, factory=_CopyConnection)
        connection.remove_when_closed(folder)
        connection.execute("PRAGMA query_only = ON")
        connection.execute("PRAGMA schema_version").fetchone()
    except (OSError, sqlite3.Error):
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return connection


def probe_sqlite_file(path: Path) -> SchemaState:
    """Whether ``path`` is a HeroViewer catalogue at the current schema; else CatalogueError.

    Anything but a regular file is refused before it is opened: a named pipe would never answer.
    """
    refuse_unless_regular(path)
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        not_sqlite = QT_TRANSLATE_NOOP(
            "Catalogue", "{path}: not a HeroViewer catalogue (the file is not an SQLite database)"
        )
        raise CorruptCatalogue(not_sqlite.format(path=path), path)
    try:
        connection = open_for_checking(path)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            revision = _alembic_revision(connection)
            if application_id != APPLICATION_ID or revision is None:
                not_ours = QT_TRANSLATE_NOOP(
                    "Catalogue",
                    "{path}: not a HeroViewer catalogue (an SQLite database of another program)",
                )
                raise CatalogueError(not_ours.format(path=path))
            state = schema_state(str(path), revision)
            problem = schema_problem(connection, str(path), whole=state is SchemaState.CURRENT)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        unreadable = QT_TRANSLATE_NOOP("Catalogue", "{path}: the database cannot be read ({error})")
        raise CorruptCatalogue(unreadable.format(path=path, error=str(error)), path) from None
    if problem:
        raise CorruptCatalogue(problem, path)
    return state


def schema_state(label: str, revision: str) -> SchemaState:
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT
    if revision in KNOWN_REVISIONS:
        return SchemaState.BEHIND
    newer = QT_TRANSLATE_NOOP(
        "Catalogue",
        "{label}: made by a newer HeroViewer (schema revision {revision}); "
        "install the newer version to open it",
    )
    raise CatalogueError(newer.format(label=label, revision=repr(revision)))


def _alembic_revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None
