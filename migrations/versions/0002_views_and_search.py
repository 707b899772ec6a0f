"""views and search: quote_facts, figure_facts, speaker_figures; full-text search; unit index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 15:00:00.000000

The SQL lives here, not in a shared module, so this released migration never changes under a
database that already ran it.  Views use only SQL that SQLite and PostgreSQL both accept; the
full-text search is dialect-specific: FTS5 external-content tables kept in sync by triggers on
SQLite (cascaded deletes fire them too), and GIN expression indexes on PostgreSQL, which need no
syncing because the index is over the column itself.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUOTE_FACTS = """
CREATE VIEW quote_facts AS
SELECT q.id AS quote_id,
       q.text AS quote,
       q.speaker,
       q.cue,
       q.is_partial,
       q.start_char,
       q.end_char,
       q.speaker_start,
       q.speaker_end,
       q.paragraph_id,
       p.idx AS paragraph_idx,
       p.kind AS paragraph_kind,
       p.text AS paragraph,
       q.document_id,
       d.title,
       d.source_uri,
       d.published,
       d.outlet,
       d.url,
       d.sha256 AS document_sha256,
       pr.run_id,
       pr.extractor,
       pr.extractor_version,
       pr.created_at AS extracted_at
FROM quotes q
JOIN paragraphs p ON p.id = q.paragraph_id
JOIN documents d ON d.id = q.document_id
LEFT JOIN provenance pr ON pr.fact_table = 'quotes' AND pr.fact_id = q.id
"""

FIGURE_FACTS = """
CREATE VIEW figure_facts AS
SELECT f.id AS figure_id,
       f.text AS figure,
       f.value,
       f.value_high,
       f.value_text,
       f.unit,
       f.kind,
       f.change,
       f.start_char,
       f.end_char,
       s.id AS sentence_id,
       s.text AS sentence,
       f.paragraph_id,
       p.idx AS paragraph_idx,
       p.kind AS paragraph_kind,
       p.text AS paragraph,
       f.document_id,
       d.title,
       d.source_uri,
       d.published,
       d.outlet,
       d.url,
       d.sha256 AS document_sha256,
       pr.run_id,
       pr.extractor,
       pr.extractor_version,
       pr.created_at AS extracted_at
FROM figures f
JOIN paragraphs p ON p.id = f.paragraph_id
JOIN documents d ON d.id = f.document_id
LEFT JOIN sentences s
       ON s.paragraph_id = f.paragraph_id AND s.start_char <= f.start_char AND f.start_char < s.end_char
LEFT JOIN provenance pr ON pr.fact_table = 'figures' AND pr.fact_id = f.id
"""

SPEAKER_FIGURES = """
CREATE VIEW speaker_figures AS
SELECT DISTINCT q.speaker,
       f.id AS figure_id,
       f.text AS figure,
       f.value,
       f.value_high,
       f.value_text,
       f.unit,
       f.kind,
       f.change,
       f.paragraph_id,
       p.idx AS paragraph_idx,
       p.text AS paragraph,
       f.document_id,
       d.title,
       d.source_uri
FROM quotes q
JOIN figures f ON f.paragraph_id = q.paragraph_id
JOIN paragraphs p ON p.id = f.paragraph_id
JOIN documents d ON d.id = f.document_id
WHERE q.speaker IS NOT NULL
"""

VIEWS = (("quote_facts", QUOTE_FACTS), ("figure_facts", FIGURE_FACTS), ("speaker_figures", SPEAKER_FIGURES))

SEARCHED_COLUMNS = {"paragraphs": ("text",), "quotes": ("text", "speaker")}
"""Content table -> columns its full-text index covers."""

_FTS5_TOKENIZER = "porter unicode61 remove_diacritics 2"


def _sqlite_search(table: str, columns: tuple[str, ...]) -> list[str]:
    """An external-content FTS5 table over `table` plus the triggers that keep it in step; the
    `delete` command must see the old values, so updates delete then re-insert.  `content` is
    double-quoted because that is the spelling Datasette looks for to offer search on `table`."""
    fts = f"{table}_fts"
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    return [
        (
            f'CREATE VIRTUAL TABLE {fts} USING fts5({names}, content="{table}", content_rowid="id", '
            f"tokenize='{_FTS5_TOKENIZER}')"
        ),
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table} BEGIN {delete} {insert} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _postgresql_search(table: str, _columns: tuple[str, ...]) -> list[str]:
    """The index is over `to_tsvector('english', text)`, so queries must repeat exactly that
    expression to use it, as the README shows; speakers are matched with ILIKE there."""
    return [f"CREATE INDEX ix_{table}_fts ON {table} USING gin (to_tsvector('english', text))"]


_SEARCH_DDL = {"sqlite": _sqlite_search, "postgresql": _postgresql_search}


def upgrade() -> None:
    for _name, ddl in VIEWS:
        op.execute(ddl)
    op.create_index("ix_figures_unit", "figures", ["unit"], unique=False)
    build = _SEARCH_DDL.get(op.get_bind().dialect.name)
    if build is not None:
        for table, columns in SEARCHED_COLUMNS.items():
            for statement in build(table, columns):
                op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in SEARCHED_COLUMNS:
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER {table}_fts_{suffix}")
            op.execute(f"DROP TABLE {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX ix_{table}_fts")
    op.drop_index("ix_figures_unit", table_name="figures")
    for name, _ddl in reversed(VIEWS):
        op.execute(f"DROP VIEW {name}")
