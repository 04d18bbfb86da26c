"""News items keep their feed guid (so a feed imported twice adds nothing twice); history is
indexed by change so that finding the next change number stays quick as history grows.

Revision ID: 0003_news_guid
Revises: 0002_editing
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_news_guid"
down_revision = "0002_editing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("news", sa.Column("guid", sa.Text()))
    op.create_index("ix_news_url", "news", ["url"])
    op.create_index("ix_news_guid", "news", ["guid"])
    op.create_index("ix_history_change", "history", ["change_id"])


def downgrade() -> None:
    op.drop_index("ix_history_change", "history")
    op.drop_index("ix_news_guid", "news")
    op.drop_index("ix_news_url", "news")
    op.drop_column("news", "guid")
