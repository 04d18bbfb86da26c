"""Each hero keeps where its name sorts (by surname), worked out when it is saved, so that
opening a big catalogue sorted by name does not work out every surname again.

Revision ID: 0005
Revises: 0004_drop_from_seed
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from heroviewer.records.fields import hero_name_sort_keys

revision = "0005"
down_revision = "0004_drop_from_seed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "heroes", sa.Column("name_sort_key", sa.Text(), nullable=False, server_default="")
    )
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name_en, name_ru, name_tg FROM heroes")).all()
    if rows:
        columns = dict(
            zip(("id", "name_en", "name_ru", "name_tg"), zip(*rows, strict=True), strict=True)
        )
        keys = hero_name_sort_keys(columns)["name_sort_key"]
        connection.execute(
            sa.text("UPDATE heroes SET name_sort_key = :key WHERE id = :id"),
            [{"key": key, "id": row[0]} for key, row in zip(keys, rows, strict=True)],
        )


def downgrade() -> None:
    with op.batch_alter_table("heroes") as batch:
        batch.drop_column("name_sort_key")
