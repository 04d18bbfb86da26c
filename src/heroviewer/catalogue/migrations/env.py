"""Alembic environment: always runs on the connection HeroViewer hands it (see migrate.py)."""

from alembic import context

from heroviewer.catalogue.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
