"""Load stage: reads `ExtractedDocument`s, writes rows plus provenance, one transaction per batch.

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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from pipeline.extract import versions_key
from pipeline.ingest.options import FileStat
from pipeline.models import ExtractedDocument, Figure, Quote
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


def _source_row(document_id: int, extracted: ExtractedDocument, run_id: int, stats: SourceStats) -> dict[str, object]:
    doc = extracted.document
    return {
        "document_id": document_id,
        "source_uri": doc.source_uri,
        "run_id": run_id,
        **_stat_values(stats.get((doc.source_uri, doc.sha256))),
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


def _insert_many(connection: Connection, table: Table, rows: Sequence[dict[str, object]]) -> None:
    """Insert `rows` (all with the same keys) straight through the driver.

    The statement is compiled once and each column's bind processor (a datetime's text form on
    SQLite) applied by hand, which skips SQLAlchemy's per-row parameter handling, a third of the
    load stage's time on a large batch.  On SQLite the rows go in multi-row `VALUES` statements:
    an executemany runs one statement per row, and the FTS5 triggers on `paragraphs` and `quotes`
    then flush their index once per row, which made those inserts three to four times slower."""
    if not rows:
        return
    columns = list(rows[0])
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=columns)
    order = list(compiled.positiontup) if compiled.positional and compiled.positiontup else columns
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order]
    converted = [(index, process) for index, process in enumerate(processors) if process is not None]
    if dialect.name == "sqlite":
        _insert_values_lists(connection, table, order, [_row_values(row, order, converted) for row in rows])
    elif compiled.positional:
        connection.exec_driver_sql(compiled.string, [_row_values(row, order, converted) for row in rows])
    else:
        params = [dict(zip(order, _row_values(row, order, converted), strict=True)) for row in rows]
        connection.exec_driver_sql(compiled.string, params)


def _row_values(
    row: dict[str, object], order: Sequence[str], converted: Sequence[tuple[int, Callable[[Any], Any]]]
) -> tuple[object, ...]:
    values = [row[name] for name in order]
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


def _insert_owned(connection: Connection, table: Table, rows: Sequence[dict[str, object]]) -> list[int]:
    """Insert rows of documents that own no rows in `table` yet, and return their ids in row order.

    A plain executemany and one select beat `INSERT … RETURNING` with ordered results, which
    SQLite can only do one row per statement.  Ids grow in insertion order within a transaction
    (SQLite has one writer; a PostgreSQL sequence hands out increasing values, and other
    workers' rows belong to other documents), so sorting the new ids restores the order of
    `rows`."""
    if not rows:
        return []
    _insert_many(connection, table, rows)
    document_ids = sorted({row["document_id"] for row in rows})
    ids = sorted(
        id_
        for chunk in _chunks(document_ids)
        for id_ in connection.execute(select(table.c.id).where(table.c.document_id.in_(chunk))).scalars()
    )
    if len(ids) != len(rows):
        raise RuntimeError(f"{table.name}: inserted {len(rows)} rows but found {len(ids)} for their documents")
    return ids


def _insert_speakers(
    connection: Connection, documents: Sequence[tuple[int, ExtractedDocument]]
) -> dict[tuple[int, str | None], int]:
    """One `speakers` row per distinct speaker name and document; returns their ids."""
    rows: list[dict[str, object]] = []
    for document_id, extracted in documents:
        counts = Counter(q.speaker for q in extracted.quotes if q.speaker)
        kinds = {q.speaker: q.speaker_type for q in extracted.quotes if q.speaker}
        rows.extend(
            {"document_id": document_id, "name": name, "kind": kinds[name], "quote_count": count}
            for name, count in counts.items()
        )
    ids = _insert_owned(connection, _speakers, rows)
    return {(row["document_id"], row["name"]): id_ for row, id_ in zip(rows, ids, strict=True)}  # type: ignore[misc]


def _insert_facts(connection: Connection, documents: Sequence[tuple[int, ExtractedDocument]], run_id: int) -> int:
    """Paragraphs, sentences, quotes, figures and provenance of many documents, one statement per
    table, so a batch costs a handful of round trips rather than a handful per document."""
    paragraph_rows = [
        {"document_id": document_id, **p.model_dump()}
        for document_id, extracted in documents
        for p in extracted.paragraphs
    ]
    paragraph_ids = iter(_insert_owned(connection, _paragraphs, paragraph_rows))
    paragraph_id_of = [[next(paragraph_ids) for _ in extracted.paragraphs] for _, extracted in documents]
    sentence_rows = [
        {"document_id": document_id, "paragraph_id": ids[s.paragraph_idx], **s.model_dump(exclude={"paragraph_idx"})}
        for (document_id, extracted), ids in zip(documents, paragraph_id_of, strict=True)
        for s in extracted.sentences
    ]
    if sentence_rows:
        _insert_many(connection, _sentences, sentence_rows)
    speaker_id_of = _insert_speakers(connection, documents)
    created = _now()
    provenance: list[dict[str, object]] = []
    for table in FACT_TABLES:
        owners: list[tuple[int, ExtractedDocument, Quote | Figure]] = []
        rows: list[dict[str, object]] = []
        for (document_id, extracted), ids in zip(documents, paragraph_id_of, strict=True):
            facts: Sequence[Quote | Figure] = extracted.quotes if table is _quotes else extracted.figures
            for fact in facts:
                owners.append((document_id, extracted, fact))
                row = {
                    "document_id": document_id,
                    "paragraph_id": ids[fact.paragraph_idx],
                    **fact.model_dump(exclude={"paragraph_idx", "extractor", "speaker_type"}),
                }
                if isinstance(fact, Quote):
                    row["speaker_id"] = speaker_id_of.get((document_id, fact.speaker))
                rows.append(row)
        for (document_id, extracted, fact), fact_id in zip(owners, _insert_owned(connection, table, rows), strict=True):
            extractor = fact.extractor or table.name
            versions = {info.name: info.version for info in extracted.extractors}
            provenance.append(
                {
                    "document_id": document_id,
                    "fact_table": table.name,
                    "fact_id": fact_id,
                    "run_id": run_id,
                    "stage": "extract",
                    "extractor": extractor,
                    "extractor_version": versions.get(extractor, "unknown"),
                    "source_uri": extracted.document.source_uri,
                    "source_sha256": extracted.document.sha256,
                    "created_at": created,
                }
            )
    if provenance:
        _insert_many(connection, _provenance, provenance)
    return len(provenance)


def _insert_unless_present(
    connection: Connection, table: Table, rows: Sequence[dict[str, object]], key: list[str]
) -> None:
    """`INSERT … ON CONFLICT DO NOTHING`, which SQLAlchemy offers per dialect only."""
    dialect_insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[connection.dialect.name]
    connection.execute(dialect_insert(table).on_conflict_do_nothing(index_elements=key), list(rows))


def _insert_documents(
    connection: Connection, batch: Sequence[ExtractedDocument], run_id: int, stats: SourceStats
) -> tuple[list[tuple[int, ExtractedDocument]], list[ExtractedDocument]]:
    """Insert new texts; returns the (id, document) pairs inserted here, and the documents whose
    text a concurrent writer (another PostgreSQL worker) stored first, to be linked to it."""
    _insert_unless_present(
        connection,
        _documents,
        [
            {
                **e.document.model_dump(),
                "extracted_with": versions_key(e.extractors),
                "run_id": run_id,
                "ingested_at": _now(),
            }
            for e in batch
        ],
        ["sha256"],
    )
    mine: dict[str, int] = {}
    for chunk in _chunks([e.document.sha256 for e in batch]):
        rows = connection.execute(
            select(_documents.c.sha256, _documents.c.id).where(
                _documents.c.sha256.in_(chunk), _documents.c.run_id == run_id
            )
        )
        mine.update((sha, id_) for sha, id_ in rows)
    inserted = [(mine[e.document.sha256], e) for e in batch if e.document.sha256 in mine]
    if inserted:
        connection.execute(insert(_sources), [_source_row(i, e, run_id, stats) for i, e in inserted])
    return inserted, [e for e in batch if e.document.sha256 not in mine]


def _delete_facts(connection: Connection, document_id: int) -> None:
    for table in (_provenance, *FACT_TABLES, _speakers, _sentences, _paragraphs):
        connection.execute(delete(table).where(table.c.document_id == document_id))


def load_document(
    connection: Connection, extracted: ExtractedDocument, run_id: int, stats: SourceStats
) -> tuple[Outcome, int]:
    """Write one document; returns what happened and how many fact rows were added.  A source
    that stays with the same text keeps its row, and gets the new stat if there is one."""
    doc = extracted.document
    key = versions_key(extracted.extractors)
    existing = connection.execute(
        select(_documents.c.id, _documents.c.extracted_with).where(_documents.c.sha256 == doc.sha256).with_for_update()
    ).first()
    if existing is not None:
        moved = _detach_source(connection, doc.source_uri, keep_document_id=existing.id)
        linked = connection.execute(select(_sources.c.id).where(_sources.c.source_uri == doc.source_uri)).first()
        if linked is None:
            connection.execute(insert(_sources).values(_source_row(existing.id, extracted, run_id, stats)))
        elif (stat := stats.get((doc.source_uri, doc.sha256))) is not None:
            connection.execute(update(_sources).where(_sources.c.id == linked.id).values(_stat_values(stat)))
        if existing.extracted_with == key:
            return ("linked" if linked is None or moved else "unchanged"), 0
        _delete_facts(connection, existing.id)
        connection.execute(
            update(_documents).where(_documents.c.id == existing.id).values(extracted_with=key, run_id=run_id)
        )
        return "reextracted", _insert_facts(connection, [(existing.id, extracted)], run_id)

    replaced = _detach_source(connection, doc.source_uri, keep_document_id=None)
    inserted, taken = _insert_documents(connection, [extracted], run_id, stats)
    if taken:
        return load_document(connection, extracted, run_id, stats)
    added = _insert_facts(connection, inserted, run_id)
    return ("replaced" if replaced else "inserted"), added


def _split_new(
    connection: Connection, batch: Sequence[ExtractedDocument]
) -> tuple[list[ExtractedDocument], list[ExtractedDocument]]:
    """Documents that are plainly new (unseen text from an unseen source) can be inserted in bulk;
    the rest (known text, a source whose text changed, repeats within the batch) go one by one,
    after the bulk insert, so they see it."""
    shas = [e.document.sha256 for e in batch]
    sources = [e.document.source_uri for e in batch]
    known_shas: set[str] = set()
    known_sources: set[str] = set()
    for chunk in _chunks(shas):
        known_shas.update(
            connection.execute(select(_documents.c.sha256).where(_documents.c.sha256.in_(chunk))).scalars()
        )
    for chunk in _chunks(sources):
        known_sources.update(
            connection.execute(select(_sources.c.source_uri).where(_sources.c.source_uri.in_(chunk))).scalars()
        )
    bulk: list[ExtractedDocument] = []
    one_by_one: list[ExtractedDocument] = []
    for extracted in batch:
        sha, source = extracted.document.sha256, extracted.document.source_uri
        if sha in known_shas or source in known_sources:
            one_by_one.append(extracted)
        else:
            bulk.append(extracted)
        known_shas.add(sha)
        known_sources.add(source)
    return bulk, one_by_one


Finalize = Callable[[Connection, "BatchResult"], None]
"""Runs inside a batch's transaction after its documents are written, to commit a mark (such as
a work item's "done") atomically with them."""


def _load_fast(
    engine: Engine, batch: Sequence[ExtractedDocument], run_id: int, finalize: Finalize | None, stats: SourceStats
) -> BatchResult:
    result = BatchResult()
    with engine.begin() as connection:
        bulk, one_by_one = _split_new(connection, batch)
        if bulk:
            inserted, taken = _insert_documents(connection, bulk, run_id, stats)
            result.facts_added += _insert_facts(connection, inserted, run_id)
            result.outcomes.extend((e.document.source_uri, "inserted") for _, e in inserted)
            one_by_one = taken + one_by_one
        for extracted in one_by_one:
            outcome, added = load_document(connection, extracted, run_id, stats)
            result.outcomes.append((extracted.document.source_uri, outcome))
            result.facts_added += added
        if finalize is not None:
            finalize(connection, result)
    return result


def _attempt(
    connection: Connection, extracted: ExtractedDocument, run_id: int, stats: SourceStats
) -> tuple[Outcome, int]:
    savepoint = connection.begin_nested()
    try:
        stored = load_document(connection, extracted, run_id, stats)
    except Exception:
        savepoint.rollback()
        raise
    savepoint.commit()
    return stored


def _load_in_savepoint(
    connection: Connection, extracted: ExtractedDocument, run_id: int, stats: SourceStats
) -> tuple[Outcome, int]:
    """One document in a savepoint, tried twice: when another writer (a PostgreSQL worker) stores
    the same text at the same moment, the unique index makes this one wait for it and then fail;
    the second try finds that text and links to it."""
    try:
        return _attempt(connection, extracted, run_id, stats)
    except IntegrityError:
        return _attempt(connection, extracted, run_id, stats)


def _load_isolated(
    engine: Engine, batch: Sequence[ExtractedDocument], run_id: int, finalize: Finalize | None, stats: SourceStats
) -> BatchResult:
    """One savepoint per document, so the one that cannot be stored is named and the rest land."""
    result = BatchResult()
    with engine.begin() as connection:
        for extracted in batch:
            source = extracted.document.source_uri
            try:
                outcome, added = _load_in_savepoint(connection, extracted, run_id, stats)
            except Exception as error:  # noqa: BLE001 - one bad document must not sink the batch
                result.failures.append(LoadFailure(source, f"could not be stored: {error}"))
                continue
            result.outcomes.append((source, outcome))
            result.facts_added += added
        if finalize is not None:
            finalize(connection, result)
    return result


def load_batch(
    engine: Engine,
    batch: Iterable[ExtractedDocument],
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
