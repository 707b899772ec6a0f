"""paragraph datelines: the wire dateline ("LONDON (Reuters)") that opens a story

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 15:20:00.000000

Plain ADD/DROP COLUMN rather than a batch table rebuild: SQLite does both natively, and a
rebuild would trip over the views and search triggers that refer to `paragraphs`.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REEXTRACT_ON_NEXT_RUN = "UPDATE documents SET extracted_with = ''"
"""Stored documents predate the new column; clearing their extractor versions makes the next run
re-extract them, so the column is filled rather than left NULL for everything loaded before."""


def upgrade() -> None:
    op.add_column("paragraphs", sa.Column("dateline", sa.Text(), nullable=True))
    op.execute(REEXTRACT_ON_NEXT_RUN)


def downgrade() -> None:
    op.drop_column("paragraphs", "dateline")
