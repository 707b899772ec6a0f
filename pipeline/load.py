"""Load stage: reads `PreparedDocument`s (`pipeline.load_rows.prepare` makes them from
`ExtractedDocument`s), writes rows plus provenance, one transaction per batch.

Identity: a document row is one distinct text (unique `sha256`); `document_sources` maps each
source (path, URL, JSONL id) to the text it delivers now.  So the same wire story under two file
names is stored once with both sources, and a source whose text changed is moved to the new text,
the old text (and all its facts) being deleted once no source delivers it any more.  A batch is one
transaction with one statement per table for its new documents; if it fails, it is retried with a
savepoint per document, so a bad one is rolled back alone and none is ever half-written.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from pipeline.ingest.options import FileStat
from pipeline.load_rows import (
    DOCUMENT_COLUMNS,
    FIGURE_COLUMNS,
    PARAGRAPH_COLUMNS,
    QUOTE_COLUMNS,
    QUOTE_SPEAKER,
    SENTENCE_COLUMNS,
    SPEAKER_COLUMNS,
    PreparedDocument,
    Values,
)
from pipeline.store import schema

Outcome = Literal["inserted", "replaced", "reextracted", "linked", "unchanged"]

_documents: Table = schema.Document.__table__  # type: ignore[assignment]
_sources: Table = schema.DocumentSource.__table__  # type: ignore[assignment]
_paragraphs: Table = schema.Paragraph.__table__  # type: ignore[assignment]
_sentences: Table = schema.Sentence.__table__  # type: ignore[assignment]
_speakers: Table = schema.Speaker.__table__  # type: ignore[assignment]
_quotes: Table = schema.Quote.__table__  # type: ignore[assignment]
_figures: Table = schema.Figure.__table__  # type: ignore[assignment]
_provenance: Table = schema.Provenance.__table__  # type: ignore[assignment]
_runs: Table = schema.Run.__table__  # type: ignore[assignment]

FACT_TABLES: tuple[Table, ...] = (_quotes, _figures)
_IN_LIST_LIMIT = 500
_ROWS_PER_STATEMENT = 500
log = logging.getLogger("factpipe")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class LoadFailure:
    source_uri: str
    problem: str


@dataclass
class BatchResult:
    outcomes: list[tuple[str, Outcome]] = field(default_factory=list)
    """One entry per document written, in order; a source given twice appears twice."""
    failures: list[LoadFailure] = field(default_factory=list)
    facts_added: int = 0


def start_run(engine: Engine, command: str) -> int:
    with engine.begin() as connection:
        return int(
            connection.execute(
                insert(_runs).values(started_at=_now(), status="running", command=command).returning(_runs.c.id)
            ).scalar_one()
        )


def finish_run(engine: Engine, run_id: int, status: str, stats: dict[str, object]) -> None:
    with engine.begin() as connection:
        connection.execute(
            update(_runs)
            .where(_runs.c.id == run_id)
            .values(finished_at=_now(), status=status, stats_json=json.dumps(stats, sort_keys=True))
        )


SourceStats = Mapping[tuple[str, str], FileStat]
"""(source_uri, sha256) -> the stat of the file that source was read from, taken before the read
that gave this text.  Keyed by the text too, so a stat is only ever stored with the text it was
taken for, even when the file changed between two reads in one run."""

STAT_COLUMNS = ("file_size", "file_mtime_ns", "file_ctime_ns", "file_inode")
_NO_STAT: dict[str, object] = dict.fromkeys(STAT_COLUMNS)


StoredSource = tuple[str, tuple[int, int, int, int] | None]
"""The sha256 of the text a source delivers, and the stat of the file it was read from (a
`FileStat`'s values) or None."""


def current_sources(engine: Engine, versions: str) -> dict[str, StoredSource]:
    """source_uri -> the text and file stat of each source loaded with these extractor versions:
    what a run may skip without segmenting, or even reading.  Plain tuples, as a folder of many
    files makes as many rows."""
    query = (
        select(_sources.c.source_uri, _documents.c.sha256, *(_sources.c[name] for name in STAT_COLUMNS))
        .join(_documents, _documents.c.id == _sources.c.document_id)
        .where(_documents.c.extracted_with == versions)
    )
    with engine.connect() as connection:
        return {
            source: (sha, None if size is None else (size, mtime, ctime, inode))
            for source, sha, size, mtime, ctime, inode in connection.execute(query)
        }


def _stat_values(stat: FileStat | None) -> dict[str, object]:
    return _NO_STAT if stat is None else dict(zip(STAT_COLUMNS, stat, strict=True))


def _source_row(document_id: int, prepared: PreparedDocument, run_id: int, stats: SourceStats) -> dict[str, object]:
    return {
        "document_id": document_id,
        "source_uri": prepared.source_uri,
        "run_id": run_id,
        **_stat_values(stats.get((prepared.source_uri, prepared.sha256))),
    }


_RECORD_STAT = (
    update(_sources)
    .where(
        _sources.c.source_uri == bindparam("b_source"),
        _sources.c.document_id
        == select(_documents.c.id).where(_documents.c.sha256 == bindparam("b_sha")).scalar_subquery(),
    )
    .values({name: bindparam(f"b_{name}") for name in STAT_COLUMNS})
)


def record_stats(engine: Engine, stats: SourceStats) -> None:
    """New stats for files found unchanged by their hash (touched, copied with their times
    kept, restored), so the next run skips them by stat; one transaction, no facts written.
    Each goes on its source's row only while that row still delivers the text the stat was
    taken for: on PostgreSQL another run may have moved the source to another text meanwhile."""
    if not stats:
        return
    rows = [
        {
            "b_source": source,
            "b_sha": sha,
            **{f"b_{name}": value for name, value in zip(STAT_COLUMNS, stat, strict=True)},
        }
        for (source, sha), stat in stats.items()
    ]
    with engine.begin() as connection:
        connection.execute(_RECORD_STAT, rows)


def _detach_source(connection: Connection, source_uri: str, keep_document_id: int | None) -> bool:
    """Unlink a source from the text it delivered before; drop that text when nothing else
    delivers it.  Returns whether the source was linked elsewhere."""
    previous = connection.execute(
        select(_sources.c.document_id).where(_sources.c.source_uri == source_uri)
    ).scalar_one_or_none()
    if previous is None or previous == keep_document_id:
        return False
    connection.execute(select(_documents.c.id).where(_documents.c.id == previous).with_for_update())
    connection.execute(delete(_sources).where(_sources.c.source_uri == source_uri))
    remaining = connection.execute(
        select(_sources.c.source_uri).where(_sources.c.document_id == previous).order_by(_sources.c.id)
    ).first()
    if remaining is None:
        connection.execute(delete(_documents).where(_documents.c.id == previous))
    else:
        connection.execute(
            update(_documents)
            .where(_documents.c.id == previous, _documents.c.source_uri == source_uri)
            .values(source_uri=remaining.source_uri)
        )
    return True


def _chunks(values: Sequence[object]) -> Iterator[Sequence[object]]:
    for start in range(0, len(values), _IN_LIST_LIMIT):
        yield values[start : start + _IN_LIST_LIMIT]


def _insert_many(connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Values]) -> None:
    """Insert `rows` (tuples of `columns`' values) straight through the driver.

    The statement is compiled once and each column's bind processor (a datetime's text form on
    SQLite) applied by hand, which skips SQLAlchemy's per-row parameter handling, a third of the
    load stage's time on a large batch.  On SQLite the rows go in multi-row `VALUES` statements:
    an executemany runs one statement per row, and the FTS5 triggers on `paragraphs` and `quotes`
    then flush their index once per row, which made those inserts three to four times slower."""
    if not rows:
        return
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    order = list(compiled.positiontup) if compiled.positional and compiled.positiontup else list(columns)
    values = _bound_values(connection, table, columns, order, rows)
    if dialect.name == "sqlite":
        _insert_values_lists(connection, table, order, values)
    elif compiled.positional:
        connection.exec_driver_sql(compiled.string, values)
    else:
        connection.exec_driver_sql(compiled.string, [dict(zip(order, row, strict=True)) for row in values])


def _bound_values(
    connection: Connection, table: Table, columns: Sequence[str], order: Sequence[str], rows: Sequence[Values]
) -> Sequence[Values]:
    """`rows` rearranged into the statement's column order, with the bind processors applied;
    rows that need neither go to the driver as they are."""
    dialect = connection.dialect
    positions = [columns.index(name) for name in order]
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order]
    converted = [(index, process) for index, process in enumerate(processors) if process is not None]
    if not converted and positions == list(range(len(columns))):
        return rows
    return [_row_values(row, positions, converted) for row in rows]


def _row_values(row: Values, positions: Sequence[int], converted: Sequence[tuple[int, Callable[[Any], Any]]]) -> Values:
    values = [row[position] for position in positions]
    for index, process in converted:
        values[index] = process(values[index])
    return tuple(values)


def _insert_values_lists(
    connection: Connection, table: Table, order: Sequence[str], values: Sequence[tuple[object, ...]]
) -> None:
    """SQLite `INSERT … VALUES (…), (…), …` in statements as large as its bound-parameter limit
    allows (capped, so a statement stays a reasonable size); full-size statements share one SQL
    text, which the driver's statement cache compiles once."""
    driver = connection.connection.driver_connection
    limit = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)  # type: ignore[union-attr]
    per_statement = max(1, min(_ROWS_PER_STATEMENT, limit // len(order)))
    names = ", ".join(connection.dialect.identifier_preparer.quote(name) for name in order)
    placeholders = "(" + ", ".join("?" * len(order)) + ")"
    for start in range(0, len(values), per_statement):
        chunk = values[start : start + per_statement]
        sql = f"INSERT INTO {table.name} ({names}) VALUES " + ", ".join([placeholders] * len(chunk))
        connection.exec_driver_sql(sql, tuple(value for row in chunk for value in row))


def _insert_owned(connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Values]) -> list[int]:
    """Insert rows of documents that own no rows in `table` yet, and return their ids in row order.
    `columns` start with `document_id`.

    A plain executemany and one select beat `INSERT … RETURNING` with ordered results, which
    SQLite can only do one row per statement.  Ids grow in insertion order within a transaction
    (SQLite has one writer; a PostgreSQL sequence hands out increasing values, and other
    workers' rows belong to other documents), so sorting the new ids restores the order of
    `rows`."""
    if not rows:
        return []
    _insert_many(connection, table, columns, rows)
    document_ids = sorted({row[0] for row in rows})
    ids = sorted(
        id_
        for chunk in _chunks(document_ids)
        for id_ in connection.execute(select(table.c.id).where(table.c.document_id.in_(chunk))).scalars()
    )
    if len(ids) != len(rows):
        raise RuntimeError(f"{table.name}: inserted {len(rows)} rows but found {len(ids)} for their documents")
    return ids


def _insert_speakers(
    connection: Connection, documents: Sequence[tuple[int, PreparedDocument]]
) -> dict[tuple[int, str], int]:
    """One `speakers` row per distinct speaker name and document; returns their ids."""
    rows = [(document_id, *speaker) for document_id, prepared in documents for speaker in prepared.speakers]
    ids = _insert_owned(connection, _speakers, ("document_id", *SPEAKER_COLUMNS), rows)
    return {(row[0], row[1]): id_ for row, id_ in zip(rows, ids, strict=True)}


def _insert_paragraphs(connection: Connection, documents: Sequence[tuple[int, PreparedDocument]]) -> list[list[int]]:
    """Paragraphs and sentences; returns each document's paragraph ids, by paragraph index."""
    rows = [(document_id, *paragraph) for document_id, prepared in documents for paragraph in prepared.paragraphs]
    ids = _insert_owned(connection, _paragraphs, ("document_id", *PARAGRAPH_COLUMNS), rows)
    paragraph_id_of: list[list[int]] = []
    start = 0
    for _, prepared in documents:
        paragraph_id_of.append(ids[start : start + len(prepared.paragraphs)])
        start += len(prepared.paragraphs)
    sentence_rows = [
        (document_id, paragraph_ids[sentence[0]], *sentence[1:])
        for (document_id, prepared), paragraph_ids in zip(documents, paragraph_id_of, strict=True)
        for sentence in prepared.sentences
    ]
    _insert_many(connection, _sentences, ("document_id", "paragraph_id", *SENTENCE_COLUMNS), sentence_rows)
    return paragraph_id_of


def _insert_facts(connection: Connection, documents: Sequence[tuple[int, PreparedDocument]], run_id: int) -> int:
    """Paragraphs, sentences, quotes, figures and provenance of many documents, one statement per
    table, so a batch costs a handful of round trips rather than a handful per document."""
    paragraph_id_of = _insert_paragraphs(connection, documents)
    speaker_id_of = _insert_speakers(connection, documents)
    created = _now()
    provenance: list[Values] = []
    for table in FACT_TABLES:
        owners: list[tuple[int, PreparedDocument, Values]] = []
        rows: list[Values] = []
        for (document_id, prepared), paragraph_ids in zip(documents, paragraph_id_of, strict=True):
            for fact in prepared.quotes if table is _quotes else prepared.figures:
                owners.append((document_id, prepared, fact))
                rows.append(_fact_row(table, document_id, paragraph_ids, speaker_id_of, fact))
        fact_ids = _insert_owned(connection, table, _fact_columns(table), rows)
        provenance.extend(
            (document_id, table.name, fact_id, run_id, "extract", fact[1], fact[2], p.source_uri, p.sha256, created)
            for (document_id, p, fact), fact_id in zip(owners, fact_ids, strict=True)
        )
    _insert_many(connection, _provenance, _PROVENANCE_COLUMNS, provenance)
    return len(provenance)


_PROVENANCE_COLUMNS = (
    "document_id",
    "fact_table",
    "fact_id",
    "run_id",
    "stage",
    "extractor",
    "extractor_version",
    "source_uri",
    "source_sha256",
    "created_at",
)


def _fact_columns(table: Table) -> tuple[str, ...]:
    if table is _quotes:
        return ("document_id", "paragraph_id", *QUOTE_COLUMNS, "speaker_id")
    return ("document_id", "paragraph_id", *FIGURE_COLUMNS)


def _fact_row(
    table: Table,
    document_id: int,
    paragraph_ids: Sequence[int],
    speaker_id_of: Mapping[tuple[int, str], int],
    fact: Values,
) -> Values:
    """A prepared quote or figure (paragraph index, extractor, version, columns) as a row of
    `_fact_columns(table)`."""
    paragraph_id = paragraph_ids[fact[0]]
    if table is _quotes:
        speaker_id = speaker_id_of.get((document_id, fact[3 + QUOTE_SPEAKER]))
        return (document_id, paragraph_id, *fact[3:], speaker_id)
    return (document_id, paragraph_id, *fact[3:])


def _insert_unless_present(
    connection: Connection, table: Table, rows: Sequence[dict[str, object]], key: list[str]
) -> None:
    """`INSERT … ON CONFLICT DO NOTHING`, which SQLAlchemy offers per dialect only."""
    dialect_insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[connection.dialect.name]
    connection.execute(dialect_insert(table).on_conflict_do_nothing(index_elements=key), list(rows))


def _insert_documents(
    connection: Connection, batch: Sequence[PreparedDocument], run_id: int, stats: SourceStats
) -> tuple[list[tuple[int, PreparedDocument]], list[PreparedDocument]]:
    """Insert new texts; returns the (id, document) pairs inserted here, and the documents whose
    text a concurrent writer (another PostgreSQL worker) stored first, to be linked to it."""
    _insert_unless_present(
        connection,
        _documents,
        [
            {**dict(zip(DOCUMENT_COLUMNS, p.document, strict=True)), "run_id": run_id, "ingested_at": _now()}
            for p in batch
        ],
        ["sha256"],
    )
    mine: dict[str, int] = {}
    for chunk in _chunks([p.sha256 for p in batch]):
        rows = connection.execute(
            select(_documents.c.sha256, _documents.c.id).where(
                _documents.c.sha256.in_(chunk), _documents.c.run_id == run_id
            )
        )
        mine.update((sha, id_) for sha, id_ in rows)
    inserted = [(mine[p.sha256], p) for p in batch if p.sha256 in mine]
    if inserted:
        connection.execute(insert(_sources), [_source_row(i, p, run_id, stats) for i, p in inserted])
    return inserted, [p for p in batch if p.sha256 not in mine]


def _delete_facts(connection: Connection, document_id: int) -> None:
    for table in (_provenance, *FACT_TABLES, _speakers, _sentences, _paragraphs):
        connection.execute(delete(table).where(table.c.document_id == document_id))


def load_document(
    connection: Connection, prepared: PreparedDocument, run_id: int, stats: SourceStats
) -> tuple[Outcome, int]:
    """Write one document; returns what happened and how many fact rows were added.  A source
    that stays with the same text keeps its row, and gets the new stat if there is one."""
    source, sha, key = prepared.source_uri, prepared.sha256, prepared.extracted_with
    existing = connection.execute(
        select(_documents.c.id, _documents.c.extracted_with).where(_documents.c.sha256 == sha).with_for_update()
    ).first()
    if existing is not None:
        moved = _detach_source(connection, source, keep_document_id=existing.id)
        linked = connection.execute(select(_sources.c.id).where(_sources.c.source_uri == source)).first()
        if linked is None:
            connection.execute(insert(_sources).values(_source_row(existing.id, prepared, run_id, stats)))
        elif (stat := stats.get((source, sha))) is not None:
            connection.execute(update(_sources).where(_sources.c.id == linked.id).values(_stat_values(stat)))
        if existing.extracted_with == key:
            return ("linked" if linked is None or moved else "unchanged"), 0
        _delete_facts(connection, existing.id)
        connection.execute(
            update(_documents).where(_documents.c.id == existing.id).values(extracted_with=key, run_id=run_id)
        )
        return "reextracted", _insert_facts(connection, [(existing.id, prepared)], run_id)

    replaced = _detach_source(connection, source, keep_document_id=None)
    inserted, taken = _insert_documents(connection, [prepared], run_id, stats)
    if taken:
        return load_document(connection, prepared, run_id, stats)
    added = _insert_facts(connection, inserted, run_id)
    return ("replaced" if replaced else "inserted"), added


def _split_new(
    connection: Connection, batch: Sequence[PreparedDocument]
) -> tuple[list[PreparedDocument], list[PreparedDocument]]:
    """Documents that are plainly new (unseen text from an unseen source) can be inserted in bulk;
    the rest (known text, a source whose text changed, repeats within the batch) go one by one,
    after the bulk insert, so they see it."""
    known_shas: set[str] = set()
    known_sources: set[str] = set()
    for chunk in _chunks([p.sha256 for p in batch]):
        known_shas.update(
            connection.execute(select(_documents.c.sha256).where(_documents.c.sha256.in_(chunk))).scalars()
        )
    for chunk in _chunks([p.source_uri for p in batch]):
        known_sources.update(
            connection.execute(select(_sources.c.source_uri).where(_sources.c.source_uri.in_(chunk))).scalars()
        )
    bulk: list[PreparedDocument] = []
    one_by_one: list[PreparedDocument] = []
    for prepared in batch:
        if prepared.sha256 in known_shas or prepared.source_uri in known_sources:
            one_by_one.append(prepared)
        else:
            bulk.append(prepared)
        known_shas.add(prepared.sha256)
        known_sources.add(prepared.source_uri)
    return bulk, one_by_one


Finalize = Callable[[Connection, "BatchResult"], None]
"""Runs inside a batch's transaction after its documents are written, to commit a mark (such as
a work item's "done") atomically with them."""


def _load_fast(
    engine: Engine, batch: Sequence[PreparedDocument], run_id: int, finalize: Finalize | None, stats: SourceStats
) -> BatchResult:
    result = BatchResult()
    with engine.begin() as connection:
        bulk, one_by_one = _split_new(connection, batch)
        if bulk:
            inserted, taken = _insert_documents(connection, bulk, run_id, stats)
            result.facts_added += _insert_facts(connection, inserted, run_id)
            result.outcomes.extend((p.source_uri, "inserted") for _, p in inserted)
            one_by_one = taken + one_by_one
        for prepared in one_by_one:
            outcome, added = load_document(connection, prepared, run_id, stats)
            result.outcomes.append((prepared.source_uri, outcome))
            result.facts_added += added
        if finalize is not None:
            finalize(connection, result)
    return result


def _attempt(
    connection: Connection, prepared: PreparedDocument, run_id: int, stats: SourceStats
) -> tuple[Outcome, int]:
    savepoint = connection.begin_nested()
    try:
        stored = load_document(connection, prepared, run_id, stats)
    except Exception:
        savepoint.rollback()
        raise
    savepoint.commit()
    return stored


def _load_in_savepoint(
    connection: Connection, prepared: PreparedDocument, run_id: int, stats: SourceStats
) -> tuple[Outcome, int]:
    """One document in a savepoint, tried twice: when another writer (a PostgreSQL worker) stores
    the same text at the same moment, the unique index makes this one wait for it and then fail;
    the second try finds that text and links to it."""
    try:
        return _attempt(connection, prepared, run_id, stats)
    except IntegrityError:
        return _attempt(connection, prepared, run_id, stats)


def _load_isolated(
    engine: Engine, batch: Sequence[PreparedDocument], run_id: int, finalize: Finalize | None, stats: SourceStats
) -> BatchResult:
    """One savepoint per document, so the one that cannot be stored is named and the rest land."""
    result = BatchResult()
    with engine.begin() as connection:
        for prepared in batch:
            try:
                outcome, added = _load_in_savepoint(connection, prepared, run_id, stats)
            except Exception as error:  # noqa: BLE001 - one bad document must not sink the batch
                result.failures.append(LoadFailure(prepared.source_uri, f"could not be stored: {error}"))
                continue
            result.outcomes.append((prepared.source_uri, outcome))
            result.facts_added += added
        if finalize is not None:
            finalize(connection, result)
    return result


def load_batch(
    engine: Engine,
    batch: Iterable[PreparedDocument],
    run_id: int,
    finalize: Finalize | None = None,
    stats: SourceStats | None = None,
) -> BatchResult:
    """One transaction for the whole batch; if it fails, the batch is retried document by
    document so only the culprit is lost.  Either way no document is ever half-written.
    `stats` are written on the source rows of the documents they were taken for, in the same
    transaction, so a stored stat always describes a stored text."""
    documents = list(batch)
    stats = stats or {}
    try:
        return _load_fast(engine, documents, run_id, finalize, stats)
    except Exception:
        log.warning("batch of %d documents failed as a whole; retrying one by one", len(documents), exc_info=True)
        return _load_isolated(engine, documents, run_id, finalize, stats)
