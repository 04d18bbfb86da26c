"""A version number on each hero and news item, raised by every save: a save made from a form
opened on an older version is refused instead of overwriting another workstation's change.

Revision ID: 0008
Revises: 0006 (to be 0007 once that revision is in)
Create Date: 2026-12-12
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_TABLES = ("heroes", "news")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
