"""Editing: portraits (stored once each, by content hash) and the history of every change.

Revision ID: 0002_editing
Revises: 0001_baseline
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_editing"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("heroes", sa.Column("portrait", sa.String(64)))
    op.create_table(
        "images",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.Text()),
    )
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user", sa.Text(), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("entity", sa.String(10), nullable=False),
        sa.Column("entity_id", sa.String(80), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("old_value", sa.Text()),
        sa.Column("new_value", sa.Text()),
    )
    op.create_index("ix_history_entity", "history", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_history_entity", "history")
    op.drop_table("history")
    op.drop_table("images")
    op.drop_column("heroes", "portrait")
