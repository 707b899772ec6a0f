"""speakers: one row per source and document; quotes point to theirs

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 15:30:00.000000

`quotes.speaker_id` is a plain indexed column added in place: a foreign key would need a batch
rebuild of `quotes` on SQLite, which the views and search triggers on it would not survive.  Both
tables hang off `documents` with ON DELETE CASCADE and the load stage writes them together, so the
reference cannot dangle.
Existing quotes get their speakers from their `speaker` names.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REEXTRACT_ON_NEXT_RUN = "UPDATE documents SET extracted_with = ''"
"""Stored documents predate the new column; clearing their extractor versions makes the next run
re-extract them, so the column is filled rather than left NULL for everything loaded before."""


def upgrade() -> None:
    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("quote_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_speakers_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speakers")),
        sa.UniqueConstraint("document_id", "name", name=op.f("uq_speakers_document_id_name")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_speakers_document_id"), "speakers", ["document_id"], unique=False)
    op.create_index(op.f("ix_speakers_name"), "speakers", ["name"], unique=False)
    op.add_column("quotes", sa.Column("speaker_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_quotes_speaker_id"), "quotes", ["speaker_id"], unique=False)
    op.execute(
        "INSERT INTO speakers (document_id, name, kind, quote_count) "
        "SELECT document_id, speaker, NULL, count(*) FROM quotes WHERE speaker IS NOT NULL "
        "GROUP BY document_id, speaker"
    )
    op.execute(
        "UPDATE quotes SET speaker_id = (SELECT s.id FROM speakers s "
        "WHERE s.document_id = quotes.document_id AND s.name = quotes.speaker)"
    )
    op.execute(REEXTRACT_ON_NEXT_RUN)


def downgrade() -> None:
    op.drop_index(op.f("ix_quotes_speaker_id"), table_name="quotes")
    op.drop_column("quotes", "speaker_id")
    op.drop_index(op.f("ix_speakers_name"), table_name="speakers")
    op.drop_index(op.f("ix_speakers_document_id"), table_name="speakers")
    op.drop_table("speakers")
