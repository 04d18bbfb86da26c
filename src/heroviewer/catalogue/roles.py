"""Who may change a shared catalogue: two PostgreSQL roles, made by ``heroviewer grant-roles``.

``heroviewer_reader`` may read every table; ``heroviewer_editor`` may also insert, update and
delete rows and take new ids from the sequences. Neither may change the schema: migrations are
run by the catalogue's owner. Both are group roles (NOLOGIN): a member of staff logs in as their
own role made a member of one of them. Granting again changes nothing (idempotent), and tables
that later migrations make are granted too (default privileges of the role that runs them).
"""

from __future__ import annotations

from heroviewer.catalogue.errors import CatalogueError, ReadOnlyCatalogue
from heroviewer.catalogue.location import parse_location
from heroviewer.support.messages import QT_TRANSLATE_NOOP

READER = "heroviewer_reader"
EDITOR = "heroviewer_editor"
_GRANTS = (
    f"GRANT USAGE ON SCHEMA public TO {READER}, {EDITOR}",
    f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {EDITOR}",
    f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}",
    f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {READER}",
    f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {EDITOR}",
    f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {EDITOR}",
)


def grant_roles(db: str) -> str:
    """Make (or bring up to date) the two roles on the catalogue ``db`` names, creating the
    catalogue first when the database is empty; returns the catalogue's label."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from heroviewer.catalogue import open_catalogue
    from heroviewer.catalogue.engine import make_engine

    location = parse_location(db)
    if location.path is not None or not location.url.startswith("postgresql"):
        server_only = QT_TRANSLATE_NOOP(
            "Catalogue",
            "{path}: roles are granted on a PostgreSQL server (postgresql+psycopg://…); "
            "nothing changed",
        )
        raise CatalogueError(server_only.format(path=location.label))
    open_catalogue(db).close()  # the tables exist, at the newest schema
    engine = make_engine(location.url)
    try:
        with engine.begin() as connection:
            for role in (READER, EDITOR):
                known = connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
                ).first()
                if not known:
                    connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
            database = connection.execute(text("SELECT current_database()")).scalar_one()
            quoted = '"' + database.replace('"', '""') + '"'
            connection.execute(text(f"GRANT CONNECT ON DATABASE {quoted} TO {READER}, {EDITOR}"))
            for grant in _GRANTS:
                connection.execute(text(grant))
    except SQLAlchemyError as error:
        not_granted = QT_TRANSLATE_NOOP(
            "Catalogue", "{path}: the roles were not granted ({error}); nothing changed"
        )
        reason = str(getattr(error, "orig", None) or error).strip()
        raise CatalogueError(not_granted.format(path=location.label, error=reason)) from None
    finally:
        engine.dispose()
    return location.label


def refuse_unless_editor(connection, label: str) -> None:
    """ReadOnlyCatalogue when the server's role may read the catalogue but not change it."""
    from sqlalchemy import text

    if connection.dialect.name != "postgresql":
        return
    user, may_change = connection.execute(
        text(
            "SELECT current_user, has_table_privilege('heroes', 'UPDATE') "
            "AND has_table_privilege('history', 'INSERT')"
        )
    ).one()
    if not may_change:
        reader = QT_TRANSLATE_NOOP(
            "Catalogue",
            "{path}: the database role {user} may read this catalogue but not change it; "
            "ask for the {editor} role to edit",
        )
        raise ReadOnlyCatalogue(reader.format(path=label, user=user, editor=EDITOR))
