"""The deed and the biography in Russian and Tajik beside the English ones, and the list of
texts written as translations that staff have not yet checked.

Revision ID: 0006
Revises: 0004_drop_from_seed (to be 0005 once that revision is in)
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TEXTS = ("feat_summary_ru", "feat_summary_tg", "biography_ru", "biography_tg")


def upgrade() -> None:
    with op.batch_alter_table("heroes") as batch:
        for column in _TEXTS:
            batch.add_column(sa.Column(column, sa.Text()))
        batch.add_column(
            sa.Column("unchecked_translations", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("heroes") as batch:
        for column in (*_TEXTS, "unchecked_translations"):
            batch.drop_column(column)
