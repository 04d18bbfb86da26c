"""The two kinds of connection the writer writes through: the standard library's sqlite3 for
SQLite files (SQLAlchemy is not imported for them) and SQLAlchemy for other URLs. Both offer
the same few calls in one transaction at a time (``Transaction``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from heroviewer.support.messages import QT_TRANSLATE_NOOP


class Transaction(Protocol):
    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        """Run ``sql``; returns how many rows it changed."""

    def execute_many(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> None: ...

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Sequence[Any]]: ...

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None: ...


class SqliteConnection:
    """A read-write sqlite3 connection; each transaction takes the write lock at its start."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path, isolation_level=None, timeout=5)
        self._connection.execute("PRAGMA synchronous = FULL")  # a reported save survives power loss
        self._connection.execute("PRAGMA foreign_keys = ON")

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        return self._connection.execute(sql, params or {}).rowcount

    def execute_many(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> None:
        self._connection.executemany(sql, rows)

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Sequence[Any]]:
        return self._connection.execute(sql, params or {}).fetchall()

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
        places = ", ".join("?" * len(columns))
        self._connection.executemany(
            f"INSERT INTO {table} ({_quoted(columns)}) VALUES ({places})", rows
        )

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")

    def close(self) -> str | None:
        """Every saved change into the catalogue file itself, the log emptied, then close: a
        copy of the closed .sqlite file alone (to a USB stick, say) holds everything.

        Returns why that could not be done (a full disk), or None. The saved changes are then
        still in the -wal side file, which SQLite keeps: the catalogue is whole with it.
        """
        try:
            busy, _frames, _done = self._connection.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).fetchone()
            if busy:
                return QT_TRANSLATE_NOOP("Catalogue", "another program is reading the catalogue")
            return None
        except sqlite3.ProgrammingError:  # closed already: closing again does nothing
            return None
        except sqlite3.Error as error:
            return str(error)
        finally:
            self._connection.close()


class ServerError(Exception):
    """A database server could not be reached or refused a statement (the reason is its text)."""


class SqlAlchemyConnection:
    """Transactions on a SQLAlchemy engine, for catalogues given as URLs."""

    def __init__(self, engine) -> None:
        self._engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        from sqlalchemy.exc import DBAPIError

        try:
            with self._engine.begin() as connection:
                yield _SqlAlchemyTransaction(connection)
        except DBAPIError as error:
            raise ServerError(str(error.orig or error).strip()) from None

    def close(self) -> str | None:
        self._engine.dispose()
        return None


class _SqlAlchemyTransaction:
    def __init__(self, connection) -> None:
        self._connection = connection

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        from sqlalchemy import text

        return self._connection.execute(text(sql), dict(params or {})).rowcount

    def execute_many(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> None:
        from sqlalchemy import text

        if rows:
            self._connection.execute(text(sql), [dict(row) for row in rows])

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Sequence[Any]]:
        from sqlalchemy import text

        return [tuple(row) for row in self._connection.execute(text(sql), dict(params or {}))]

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
        places = ", ".join(f":{column}" for column in columns)
        self.execute_many(
            f"INSERT INTO {table} ({_quoted(columns)}) VALUES ({places})",
            [dict(zip(columns, row, strict=True)) for row in rows],
        )


def _quoted(columns: Sequence[str]) -> str:
    """Column names for SQL, quoted: history's "user" is a reserved word in PostgreSQL."""
    return ", ".join(f'"{column}"' for column in columns)
