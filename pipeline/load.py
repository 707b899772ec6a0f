"""Load stage: reads `ExtractedDocument`s, writes rows plus provenance, one transaction per batch.

Identity: a document row is one distinct text (unique `sha256`); `document_sources` maps each
source (path, URL, JSONL id) to the text it delivers now.  So the same wire story under two file
names is stored once with both sources, and a source whose text changed is moved to the new text,
the old text (and all its facts) being deleted once no source delivers it any more.  Each document
is written inside a savepoint, so a bad one is rolled back alone and never half-written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, update

from pipeline.extract import versions_key
from pipeline.models import ExtractedDocument
from pipeline.store import schema

Outcome = Literal["inserted", "replaced", "reextracted", "linked", "unchanged"]

_documents: Table = schema.Document.__table__  # type: ignore[assignment]
_sources: Table = schema.DocumentSource.__table__  # type: ignore[assignment]
_paragraphs: Table = schema.Paragraph.__table__  # type: ignore[assignment]
_sentences: Table = schema.Sentence.__table__  # type: ignore[assignment]
_quotes: Table = schema.Quote.__table__  # type: ignore[assignment]
_figures: Table = schema.Figure.__table__  # type: ignore[assignment]
_provenance: Table = schema.Provenance.__table__  # type: ignore[assignment]
_runs: Table = schema.Run.__table__  # type: ignore[assignment]

FACT_TABLES: tuple[Table, ...] = (_quotes, _figures)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class LoadFailure:
    source_uri: str
    problem: str


@dataclass
class BatchResult:
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    failures: list[LoadFailure] = field(default_factory=list)
    facts_added: int = 0


def start_run(engine: Engine, command: str) -> int:
    with engine.begin() as connection:
        return int(
            connection.execute(
                insert(_runs)
                .values(started_at=_now(), status="running", command=command)
                .returning(_runs.c.id)
            ).scalar_one()
        )


def finish_run(engine: Engine, run_id: int, status: str, stats: dict[str, object]) -> None:
    with engine.begin() as connection:
        connection.execute(
            update(_runs)
            .where(_runs.c.id == run_id)
            .values(finished_at=_now(), status=status, stats_json=json.dumps(stats, sort_keys=True))
        )


def loaded_sources(engine: Engine) -> dict[str, tuple[str, str]]:
    """source_uri -> (sha256, extracted_with) of what is loaded now; lets a run skip unchanged
    inputs before segmenting them."""
    query = select(_sources.c.source_uri, _documents.c.sha256, _documents.c.extracted_with).join(
        _documents, _documents.c.id == _sources.c.document_id
    )
    with engine.connect() as connection:
        return {row.source_uri: (row.sha256, row.extracted_with) for row in connection.execute(query)}


def _detach_source(connection: Connection, source_uri: str, keep_document_id: int | None) -> bool:
    """Unlink a source from the text it delivered before; drop that text when nothing else
    delivers it.  Returns whether the source was linked elsewhere."""
    previous = connection.execute(
        select(_sources.c.document_id).where(_sources.c.source_uri == source_uri)
    ).scalar_one_or_none()
    if previous is None or previous == keep_document_id:
        return False
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


def _insert_returning_ids(connection: Connection, table: Table, rows: Sequence[dict[str, object]]) -> list[int]:
    if not rows:
        return []
    result = connection.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows)
    )
    return [row.id for row in result]


def _insert_facts(connection: Connection, document_id: int, extracted: ExtractedDocument, run_id: int) -> int:
    doc = extracted.document
    paragraph_ids = _insert_returning_ids(
        connection,
        _paragraphs,
        [{"document_id": document_id, **p.model_dump()} for p in extracted.paragraphs],
    )
    if extracted.sentences:
        connection.execute(
            insert(_sentences),
            [
                {"document_id": document_id, "paragraph_id": paragraph_ids[s.paragraph_idx], **s.model_dump(exclude={"paragraph_idx"})}
                for s in extracted.sentences
            ],
        )
    versions = {info.name: info.version for info in extracted.extractors}
    created = _now()
    provenance: list[dict[str, object]] = []
    for table, facts in ((_quotes, extracted.quotes), (_figures, extracted.figures)):
        rows = [
            {
                "document_id": document_id,
                "paragraph_id": paragraph_ids[fact.paragraph_idx],
                **fact.model_dump(exclude={"paragraph_idx", "extractor"}),
            }
            for fact in facts
        ]
        for fact, fact_id in zip(facts, _insert_returning_ids(connection, table, rows), strict=True):
            extractor = fact.extractor or table.name
            provenance.append(
                {
                    "document_id": document_id,
                    "fact_table": table.name,
                    "fact_id": fact_id,
                    "run_id": run_id,
                    "stage": "extract",
                    "extractor": extractor,
                    "extractor_version": versions.get(extractor, "unknown"),
                    "source_uri": doc.source_uri,
                    "source_sha256": doc.sha256,
                    "created_at": created,
                }
            )
    if provenance:
        connection.execute(insert(_provenance), provenance)
    return len(provenance)


def _delete_facts(connection: Connection, document_id: int) -> None:
    for table in (_provenance, *FACT_TABLES, _sentences, _paragraphs):
        connection.execute(delete(table).where(table.c.document_id == document_id))


def load_document(connection: Connection, extracted: ExtractedDocument, run_id: int) -> tuple[Outcome, int]:
    """Write one document; returns what happened and how many fact rows were added."""
    doc = extracted.document
    key = versions_key(extracted.extractors)
    existing = connection.execute(
        select(_documents.c.id, _documents.c.extracted_with).where(_documents.c.sha256 == doc.sha256)
    ).first()
    if existing is not None:
        moved = _detach_source(connection, doc.source_uri, keep_document_id=existing.id)
        linked = connection.execute(
            select(_sources.c.id).where(_sources.c.source_uri == doc.source_uri)
        ).first()
        if linked is None:
            connection.execute(
                insert(_sources).values(document_id=existing.id, source_uri=doc.source_uri, run_id=run_id)
            )
        if existing.extracted_with == key:
            return ("linked" if linked is None or moved else "unchanged"), 0
        _delete_facts(connection, existing.id)
        connection.execute(
            update(_documents).where(_documents.c.id == existing.id).values(extracted_with=key, run_id=run_id)
        )
        return "reextracted", _insert_facts(connection, existing.id, extracted, run_id)

    replaced = _detach_source(connection, doc.source_uri, keep_document_id=None)
    document_id = connection.execute(
        insert(_documents)
        .values(
            **doc.model_dump(),
            extracted_with=key,
            run_id=run_id,
            ingested_at=_now(),
        )
        .returning(_documents.c.id)
    ).scalar_one()
    connection.execute(insert(_sources).values(document_id=document_id, source_uri=doc.source_uri, run_id=run_id))
    added = _insert_facts(connection, document_id, extracted, run_id)
    return ("replaced" if replaced else "inserted"), added


def load_batch(engine: Engine, batch: Iterable[ExtractedDocument], run_id: int) -> BatchResult:
    """One transaction for the batch, one savepoint per document."""
    result = BatchResult()
    with engine.begin() as connection:
        for extracted in batch:
            source = extracted.document.source_uri
            savepoint = connection.begin_nested()
            try:
                outcome, added = load_document(connection, extracted, run_id)
            except Exception as error:  # noqa: BLE001 - one bad document must not sink the batch
                savepoint.rollback()
                result.failures.append(LoadFailure(source, f"could not be stored: {error}"))
                continue
            savepoint.commit()
            result.outcomes[source] = outcome
            result.facts_added += added
    return result


def table_counts(engine: Engine) -> dict[str, int]:
    tables = (_documents, _sources, _paragraphs, _sentences, _quotes, _figures, _provenance, _runs)
    with engine.connect() as connection:
        return {t.name: int(connection.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}


def recent_runs(engine: Engine, limit: int = 5) -> list[dict[str, object]]:
    query = select(_runs).order_by(_runs.c.id.desc()).limit(limit)
    with engine.connect() as connection:
        return [
            {
                "id": row.id,
                "started_at": row.started_at.isoformat() if row.started_at else None,
                "finished_at": row.finished_at.isoformat() if row.finished_at else None,
                "status": row.status,
                "command": row.command,
                "stats": json.loads(row.stats_json) if row.stats_json else None,
            }
            for row in connection.execute(query)
        ]
