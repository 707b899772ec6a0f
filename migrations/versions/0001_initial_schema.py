"""initial schema: documents, sources, paragraphs, sentences, quotes, figures, provenance, runs

Revision ID: 0001
Revises:
Create Date: 2026-11-26 14:52:38.797148
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("command", sa.Text(), nullable=False),
        sa.Column("stats_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runs")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_uri", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.Column("encoding", sa.String(length=32), nullable=False),
        sa.Column("extracted_with", sa.Text(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_documents_run_id_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_published"), ["published"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_run_id"), ["run_id"], unique=False)

    op.create_table(
        "document_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("source_uri", sa.Text(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_sources_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_document_sources_run_id_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_sources")),
        sa.UniqueConstraint("source_uri", name=op.f("uq_document_sources_source_uri")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("document_sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_sources_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_sources_run_id"), ["run_id"], unique=False)

    op.create_table(
        "paragraphs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_paragraphs_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paragraphs")),
        sa.UniqueConstraint("document_id", "idx", name=op.f("uq_paragraphs_document_id_idx")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("paragraphs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_paragraphs_document_id"), ["document_id"], unique=False)

    op.create_table(
        "provenance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("fact_table", sa.String(length=16), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("extractor", sa.String(length=64), nullable=False),
        sa.Column("extractor_version", sa.String(length=32), nullable=False),
        sa.Column("source_uri", sa.Text(), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_provenance_document_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_provenance_run_id_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provenance")),
        sa.UniqueConstraint("fact_table", "fact_id", name=op.f("uq_provenance_fact_table_fact_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("provenance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_provenance_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_provenance_run_id"), ["run_id"], unique=False)

    op.create_table(
        "figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("value_high", sa.Float(), nullable=True),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("change", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_figures_document_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["paragraph_id"], ["paragraphs.id"], name=op.f("fk_figures_paragraph_id_paragraphs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figures")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_figures_document_id"), ["document_id"], unique=False)
        batch_op.create_index("ix_figures_kind_unit", ["kind", "unit"], unique=False)
        batch_op.create_index(batch_op.f("ix_figures_paragraph_id"), ["paragraph_id"], unique=False)

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("speaker_start", sa.Integer(), nullable=True),
        sa.Column("speaker_end", sa.Integer(), nullable=True),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("is_partial", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_quotes_document_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["paragraph_id"], ["paragraphs.id"], name=op.f("fk_quotes_paragraph_id_paragraphs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quotes_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quotes_paragraph_id"), ["paragraph_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quotes_speaker"), ["speaker"], unique=False)

    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_sentences_document_id_documents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["paragraph_id"], ["paragraphs.id"], name=op.f("fk_sentences_paragraph_id_paragraphs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentences")),
        sa.UniqueConstraint("document_id", "idx", name=op.f("uq_sentences_document_id_idx")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("sentences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sentences_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sentences_paragraph_id"), ["paragraph_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sentences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sentences_paragraph_id"))
        batch_op.drop_index(batch_op.f("ix_sentences_document_id"))

    op.drop_table("sentences")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quotes_speaker"))
        batch_op.drop_index(batch_op.f("ix_quotes_paragraph_id"))
        batch_op.drop_index(batch_op.f("ix_quotes_document_id"))

    op.drop_table("quotes")
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_figures_paragraph_id"))
        batch_op.drop_index("ix_figures_kind_unit")
        batch_op.drop_index(batch_op.f("ix_figures_document_id"))

    op.drop_table("figures")
    with op.batch_alter_table("provenance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provenance_run_id"))
        batch_op.drop_index(batch_op.f("ix_provenance_document_id"))

    op.drop_table("provenance")
    with op.batch_alter_table("paragraphs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_paragraphs_document_id"))

    op.drop_table("paragraphs")
    with op.batch_alter_table("document_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_sources_run_id"))
        batch_op.drop_index(batch_op.f("ix_document_sources_document_id"))

    op.drop_table("document_sources")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_run_id"))
        batch_op.drop_index(batch_op.f("ix_documents_published"))

    op.drop_table("documents")
    op.drop_table("runs")
