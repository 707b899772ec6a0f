"""`factpipe run`: the four stages chained, streaming document by document.

Unchanged inputs (same source, same text, same extractor versions) are recognised at ingest and
skipped before segmenting: a file whose stat equals the one stored with its text is not even
opened, and one whose stat changed is read and hashed (a touched file's new stat is then stored,
so the next run skips it by stat).  A cron rerun over a folder costs about one `stat` per file.
Everything else flows in bounded batches, so memory does not grow with the corpus.  With
`workers > 1`, segment and extract (the CPU-bound stages) run in a process pool, and so does
`prepare`, which turns their models into load's row values (cheaper to send back than the models,
and work this process, the serial part of a run, need not do); this process reads and writes.
Results keep input order, so a run is reproducible whatever the worker count.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from pipeline import extract as extract_stage
from pipeline.ingest import FileStat, IngestError, IngestOptions, Unchanged, ingest_with_stats
from pipeline.load import (
    BatchResult,
    Finalize,
    SourceStats,
    StoredSource,
    current_sources,
    finish_run,
    load_batch,
    record_stats,
    start_run,
)
from pipeline.load_rows import PreparedDocument, prepare
from pipeline.models import Document
from pipeline.segment import segment

log = logging.getLogger("factpipe")

DEFAULT_BATCH_SIZE = 200
_CHUNK_PER_WORKER_TASK = 16
_STATS_PER_UPDATE = 500
_ALLOCATIONS_PER_COLLECTION = 100_000


@dataclass
class Processed:
    """What a worker sends back for one document: its rows, or why there are none."""

    source_uri: str
    sha256: str
    prepared: PreparedDocument | None
    problem: str | None
    segment_seconds: float
    extract_seconds: float
    prepare_seconds: float = 0.0


def process(document: Document) -> Processed:
    """Segment, extract and prepare one document; a module-level function so worker processes
    can run it."""
    started = time.perf_counter()
    try:
        segmented = segment(document)
        segmented_at = time.perf_counter()
        extracted = extract_stage.extract(segmented)
        extracted_at = time.perf_counter()
        prepared = prepare(extracted)
    except Exception as error:
        log.debug("%s: extraction failed", document.source_uri, exc_info=True)
        now = time.perf_counter()
        return Processed(
            document.source_uri, document.sha256, None, f"extraction failed: {error!r}", now - started, 0.0
        )
    return Processed(
        document.source_uri,
        document.sha256,
        prepared,
        None,
        segmented_at - started,
        extracted_at - segmented_at,
        time.perf_counter() - extracted_at,
    )


class Mapper(Protocol):
    def __call__(
        self, function: Callable[[Document], Processed], documents: Iterable[Document]
    ) -> Iterable[Processed]: ...


@contextmanager
def processing(workers: int) -> Iterator[Mapper]:
    """`map` in this process, or an ordered map over a pool of `workers` processes."""
    if workers <= 1:
        yield map
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield lambda function, documents: pool.imap(function, documents, chunksize=_CHUNK_PER_WORKER_TASK)


@dataclass
class RunSummary:
    run_id: int
    outcomes: Counter[str] = field(default_factory=Counter)
    unchanged_by: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)
    facts_added: int = 0
    bytes_read: int = 0
    seconds: float = 0.0
    stage_seconds: Counter[str] = field(default_factory=Counter)

    @property
    def status(self) -> str:
        return "partial" if self.failed else "ok"

    def fail(self, source: str, problem: str) -> None:
        log.error("%s: %s", source, problem)
        self.failed.append(f"{source}: {problem}")

    def add_unchanged(self, by: str) -> None:
        self.outcomes["unchanged"] += 1
        self.unchanged_by[by] += 1

    def add_processed(self, result: Processed) -> PreparedDocument | None:
        """Counts `prepare` as load's time, whichever process ran it."""
        self.stage_seconds["segment"] += result.segment_seconds
        self.stage_seconds["extract"] += result.extract_seconds
        self.stage_seconds["load"] += result.prepare_seconds
        if result.prepared is None:
            self.fail(result.source_uri, result.problem or "extraction failed")
        return result.prepared

    def add_loaded(self, result: BatchResult, seconds: float) -> None:
        self.stage_seconds["load"] += seconds
        self.outcomes.update(outcome for _, outcome in result.outcomes)
        self.facts_added += result.facts_added
        for failure in result.failures:
            self.fail(failure.source_uri, failure.problem)

    def as_dict(self) -> dict[str, object]:
        return {
            "run_id": self.run_id,
            "status": self.status,
            "documents": dict(sorted(self.outcomes.items())),
            "unchanged_by": dict(sorted(self.unchanged_by.items())),
            "failed": len(self.failed),
            "failures": self.failed,
            "facts_added": self.facts_added,
            "text_bytes": self.bytes_read,
            "seconds": round(self.seconds, 3),
            "stage_seconds": {stage: round(s, 3) for stage, s in sorted(self.stage_seconds.items())},
        }


class KnownSources:
    """The sources loaded with the current extractor versions, as ingest asks about them."""

    def __init__(self, current: dict[str, StoredSource]) -> None:
        self._current = current

    def unmodified(self, source: str, stat: FileStat) -> bool:
        entry = self._current.get(source)
        return entry is not None and entry[1] == stat

    def loaded(self, source: str, sha256: str) -> bool:
        entry = self._current.get(source)
        return entry is not None and entry[0] == sha256

    def sha256_of(self, source: str) -> str:
        return self._current[source][0]


def new_documents(
    engine: Engine,
    paths: Iterable[Path],
    options: IngestOptions,
    summary: RunSummary,
    on_document: Callable[[], None] | None,
    taken: dict[tuple[str, str], FileStat],
    restat: Callable[[SourceStats], None],
) -> Iterator[Document]:
    """Ingested documents that are not loaded yet in their current form; the rest are counted
    as unchanged or failed on `summary`.

    The stat of each yielded document's file goes into `taken`, for the caller to hand to load
    with the document.  Files found unchanged by hash but with a new stat are passed to
    `restat` in groups, so their stats are stored and the next run skips them unopened."""
    known = KnownSources(current_sources(engine, extract_stage.CURRENT_VERSIONS))
    items = iter(ingest_with_stats(paths, options, known))
    restats: dict[tuple[str, str], FileStat] = {}
    while True:
        began = time.perf_counter()
        pair = next(items, None)
        summary.stage_seconds["ingest"] += time.perf_counter() - began
        if pair is None:
            break
        item, stat = pair
        if on_document is not None:
            on_document()
        if isinstance(item, IngestError):
            summary.fail(item.source, item.problem)
        elif isinstance(item, Unchanged):
            summary.add_unchanged(item.by)
            if item.by == "hash" and stat is not None:
                restats[(item.source, known.sha256_of(item.source))] = stat
        elif known.loaded(item.source_uri, item.sha256):
            summary.add_unchanged("hash")
            if stat is not None:
                restats[(item.source_uri, item.sha256)] = stat
        else:
            summary.bytes_read += len(item.text.encode("utf-8"))
            if stat is not None:
                taken[(item.source_uri, item.sha256)] = stat
            yield item
        if len(restats) >= _STATS_PER_UPDATE:
            restat(restats)
            restats = {}
    if restats:
        restat(restats)


def load(
    engine: Engine,
    summary: RunSummary,
    batch: list[PreparedDocument],
    finalize: Finalize | None = None,
    stats: SourceStats | None = None,
) -> None:
    began = time.perf_counter()
    result = load_batch(engine, batch, summary.run_id, finalize, stats)
    summary.add_loaded(result, time.perf_counter() - began)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the cyclic garbage collector's first threshold raised from 700 to
    100,000 allocations, restoring it after.

    A run allocates millions of short-lived records, dicts and tuples that reference counting
    frees; at the default threshold the collector runs thousands of times and its older
    generations keep walking every record of the batch being built, about a tenth of a run's
    CPU.  Nothing the stages make is cyclic garbage in bulk, so collecting less often costs no
    memory worth measuring (peak RSS unchanged on the BBC corpus).  Worker processes forked
    inside the block inherit the setting."""
    before = gc.get_threshold()
    gc.set_threshold(_ALLOCATIONS_PER_COLLECTION, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def store_stats(engine: Engine, stats: SourceStats) -> None:
    """Store the new stats of touched but unchanged files.  That only spares the next run a
    hash, so failing to (a lock timeout, a serialization error against an overlapping run on
    PostgreSQL) is a warning, not a reason to abort the run."""
    try:
        record_stats(engine, stats)
    except SQLAlchemyError as error:
        log.warning(
            "could not store the stats of %d unchanged files; the next run hashes them again (%s)", len(stats), error
        )


@contextmanager
def recorded_run(engine: Engine, command: str) -> Iterator[RunSummary]:
    """A `runs` row from start to finish: `aborted` when the run dies, else `ok` or `partial`."""
    started = time.perf_counter()
    summary = RunSummary(run_id=start_run(engine, command))
    try:
        yield summary
    except BaseException:
        summary.seconds = time.perf_counter() - started
        finish_run(engine, summary.run_id, "aborted", summary.as_dict())
        raise
    summary.seconds = time.perf_counter() - started
    finish_run(engine, summary.run_id, summary.status, summary.as_dict())


def run_pipeline(
    engine: Engine,
    paths: Iterable[Path],
    command: str,
    options: IngestOptions,
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int = 1,
    on_document: Callable[[], None] | None = None,
) -> RunSummary:
    taken: dict[tuple[str, str], FileStat] = {}
    restats: deque[SourceStats] = deque()

    def store_restats() -> None:
        """Stats of touched but unchanged files, written here rather than where ingest found
        them: with `--workers`, ingest runs on the pool's feeding thread, and a SQLite
        database is best written by one thread."""
        while restats:
            store_stats(engine, restats.popleft())

    with fewer_collections(), recorded_run(engine, command) as summary, processing(workers) as mapper:
        documents = new_documents(engine, paths, options, summary, on_document, taken, restats.append)
        batch: list[PreparedDocument] = []
        stats: dict[tuple[str, str], FileStat] = {}
        for result in mapper(process, documents):
            stat = taken.pop((result.source_uri, result.sha256), None)
            prepared = summary.add_processed(result)
            if prepared is None:
                continue
            batch.append(prepared)
            if stat is not None:
                stats[(result.source_uri, result.sha256)] = stat
            if len(batch) >= batch_size:
                load(engine, summary, batch, stats=stats)
                store_restats()
                batch, stats = [], {}
        if batch:
            load(engine, summary, batch, stats=stats)
        store_restats()
    return summary
