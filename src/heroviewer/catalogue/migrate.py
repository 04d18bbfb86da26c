"""Alembic migrations, run at open only when the schema is behind (Alembic is a slow import)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection: Connection) -> None:
    """Bring the schema on ``connection`` to the newest revision, inside its transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def script_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()
