"""Baseline: heroes, news and catalogue facts.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from heroviewer.catalogue.version import APPLICATION_ID

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "heroes",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("name_en", sa.Text()),
        sa.Column("name_ru", sa.Text()),
        sa.Column("name_tg", sa.Text()),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("group_code", sa.String(40)),
        sa.Column("birth_date", sa.String(10)),
        sa.Column("birth_place", sa.Text()),
        sa.Column("death_date", sa.String(10)),
        sa.Column("death_place", sa.Text()),
        sa.Column("nationality", sa.Text()),
        sa.Column("military_rank", sa.Text()),
        sa.Column("branch", sa.Text()),
        sa.Column("unit", sa.Text()),
        sa.Column("feat_date", sa.String(10)),
        sa.Column("feat_place", sa.Text()),
        sa.Column("award_date", sa.String(10)),
        sa.Column("posthumous", sa.Boolean()),
        sa.Column("feat_summary_en", sa.Text()),
        sa.Column("biography", sa.Text()),
        sa.Column("staff_notes", sa.Text()),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.String(10)),
        sa.Column("research_note", sa.Text()),
        sa.Column("search_key", sa.Text(), nullable=False),
    )
    op.create_table(
        "news",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("date", sa.String(10)),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary_en", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("source_seen", sa.Text()),
        sa.Column("source_note", sa.Text()),
        sa.Column("category", sa.String(40)),
        sa.Column("from_seed", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_news_date", "news", ["date"])
    op.create_table(
        "catalog_info",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    op.drop_table("catalog_info")
    op.drop_index("ix_news_date", "news")
    op.drop_table("news")
    op.drop_table("heroes")
