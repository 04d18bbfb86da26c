"""The one place that opens a SQLAlchemy engine, with HeroViewer's SQLite settings."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event


def make_engine(target: str | Path) -> Engine:
    """An engine for a URL, or for the SQLite file at a path (whatever characters it holds:
    the URL is built from its parts, so "?" or "%" in a file name stay part of the name)."""
    if isinstance(target, Path):
        target = URL.create("sqlite", database=str(target))
    engine = create_engine(target, pool_pre_ping=True)  # a server restarted: connect anew
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions start, so that schema
    # changes (DDL) are transactional too; see SQLAlchemy's "Serializable isolation" recipe.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _sqlite_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")
