"""SQLAlchemy tables: the public SQL interface users query.

The tables mirror the records in `pipeline.models`; Alembic migrations in `migrations/versions`
create them, and a test checks the two never drift apart.  Facts hang off a document with
`ON DELETE CASCADE`, so replacing a changed article is one delete plus inserts.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}
"""SQLite would hand a deleted row's id to the next insert; a replaced article's facts must not
come back under ids that users or exports may already hold."""


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _document_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)


class Run(Base):
    __tablename__ = "runs"
    __table_args__ = _NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16))
    command: Mapped[str] = mapped_column(Text)
    stats_json: Mapped[str | None] = mapped_column(Text)


class Document(Base):
    """One row per distinct article text; `source_uri` is where it was first seen, and
    `document_sources` lists every source that currently delivers this text."""

    __tablename__ = "documents"
    __table_args__ = _NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_uri: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(Text)
    encoding: Mapped[str] = mapped_column(String(32))
    extracted_with: Mapped[str] = mapped_column(Text)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class FileStatColumns:
    """The stat of the file a source was read from, taken before reading it; NULL when there is
    none to trust (not a plain one-document file, or written within seconds of being read).  A
    rerun skips the file unopened when its stat still equals these; see `pipeline.ingest.FileStat`."""

    file_size: Mapped[int | None] = mapped_column(BigInteger)
    file_mtime_ns: Mapped[int | None] = mapped_column(BigInteger)
    file_ctime_ns: Mapped[int | None] = mapped_column(BigInteger)
    file_inode: Mapped[int | None] = mapped_column(BigInteger)


class DocumentSource(FileStatColumns, Base):
    """A source and the text it delivers now; its file's stat describes that text only, since a
    source moved to another text gets a new row."""

    __tablename__ = "document_sources"
    __table_args__ = _NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    source_uri: Mapped[str] = mapped_column(Text, unique=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)


class Paragraph(Base):
    __tablename__ = "paragraphs"
    __table_args__ = (UniqueConstraint("document_id", "idx"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    idx: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)


class Sentence(Base):
    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("document_id", "idx"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Speaker(Base):
    """One source per document under its fullest name ("Hassan Rouhani", "a Home Office
    spokesman"), so quotes can be grouped by who said them, within and across articles."""

    __tablename__ = "speakers"
    __table_args__ = (UniqueConstraint("document_id", "name"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    name: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str | None] = mapped_column(String(16))
    quote_count: Mapped[int] = mapped_column(Integer)


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = _NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"), index=True)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(Text, index=True)
    speaker_id: Mapped[int | None] = mapped_column(Integer, index=True)
    """The quote's row in `speakers`; no foreign key, see migration 0005."""
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(Text)
    is_partial: Mapped[bool] = mapped_column(Boolean)


class Figure(Base):
    __tablename__ = "figures"
    __table_args__ = (Index("ix_figures_kind_unit", "kind", "unit"), Index("ix_figures_unit", "unit"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"), index=True)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    value_high: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    change: Mapped[str] = mapped_column(String(8))


class Provenance(Base):
    """Who made each fact row: `fact_table` + `fact_id` point at a quote or figure."""

    __tablename__ = "provenance"
    __table_args__ = (UniqueConstraint("fact_table", "fact_id"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    fact_table: Mapped[str] = mapped_column(String(16))
    fact_id: Mapped[int] = mapped_column(Integer)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    stage: Mapped[str] = mapped_column(String(16))
    extractor: Mapped[str] = mapped_column(String(64))
    extractor_version: Mapped[str] = mapped_column(String(32))
    source_uri: Mapped[str] = mapped_column(Text)
    source_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class WorkItem(FileStatColumns, Base):
    """A document waiting for, or taken by, one of several `factpipe run` processes sharing a
    PostgreSQL database: the queue they split the work through, without a coordinator.  The file
    stat travels with the document to the `document_sources` row its load writes."""

    __tablename__ = "work_items"
    __table_args__ = (
        UniqueConstraint("source_uri", "sha256", "extracted_with"),
        Index("ix_work_items_state_id", "state", "id"),
        _NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_uri: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    extracted_with: Mapped[str] = mapped_column(Text)
    payload: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))
    claimed_by: Mapped[str | None] = mapped_column(Text)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer)
    problem: Mapped[str | None] = mapped_column(Text)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
