"""Each hero keeps where its name sorts for Russian and Tajik readers too (the name they are
shown: records.names.first_name_given), so that a Russian or Tajik window opens a big catalogue
sorted by name without working out every surname again, as an English one does since 0005.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from heroviewer.records.fields import hero_name_sort_keys

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS = ("name_sort_key_ru", "name_sort_key_tg")


def upgrade() -> None:
    with op.batch_alter_table("heroes") as batch:
        for column in _COLUMNS:
            batch.add_column(sa.Column(column, sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name_en, name_ru, name_tg FROM heroes")).all()
    if rows:
        fields = ("id", "name_en", "name_ru", "name_tg")
        keys = hero_name_sort_keys(dict(zip(fields, zip(*rows, strict=True), strict=True)))
        connection.execute(
            sa.text(
                "UPDATE heroes SET name_sort_key_ru = :ru, name_sort_key_tg = :tg WHERE id = :id"
            ),
            [
                {"ru": ru, "tg": tg, "id": row[0]}
                for ru, tg, row in zip(
                    keys["name_sort_key_ru"], keys["name_sort_key_tg"], rows, strict=True
                )
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("heroes") as batch:
        for column in _COLUMNS:
            batch.drop_column(column)
