"""Positions staff set for place texts by clicking on the map: the map and `heroviewer places`
put every record giving that text there, as "exact", matched "set by staff".

The id is the place text (texts longer than the history's 80-character ids are shortened with
a hash of the whole text, see records/places.py: position_id); ``text`` keeps the whole text.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-13
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "place_positions",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )


def downgrade() -> None:
    op.drop_table("place_positions")
