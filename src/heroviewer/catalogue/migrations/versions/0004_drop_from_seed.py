"""News items no longer say whether they came from the founding document: the research dropped
``from_seed`` (a few items carry a source note instead).

Revision ID: 0004_drop_from_seed
Revises: 0003_news_guid
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_drop_from_seed"
down_revision = "0003_news_guid"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("news") as batch:
        batch.drop_column("from_seed")


def downgrade() -> None:
    with op.batch_alter_table("news") as batch:
        batch.add_column(sa.Column("from_seed", sa.Boolean(), nullable=False, server_default="0"))
