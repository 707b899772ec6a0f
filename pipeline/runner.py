"""`factpipe run`: the four stages chained, streaming document by document.

Unchanged inputs (same source, same text, same extractor versions) are recognised at ingest and
skipped before segmenting: a file whose stat equals the one stored with its text is not even
opened, and one whose stat changed is read and hashed (a touched file's new stat is then stored,
so the next run skips it by stat).  A cron rerun over a folder costs about one `stat` per file.
Everything else flows in bounded batches, so memory does not grow with the corpus.  With
`workers > 1`, segment and extract (the CPU-bound stages) run in a process pool while this
process reads and loads; results keep input order, so a run is reproducible whatever the worker
count.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine

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
from pipeline.models import Document, ExtractedDocument
from pipeline.segment import segment

log = logging.getLogger("factpipe")

DEFAULT_BATCH_SIZE = 200
_CHUNK_PER_WORKER_TASK = 16
_STATS_PER_UPDATE = 500


@dataclass
class Processed:
    """What a worker sends back for one document: its facts, or why there are none."""

    source_uri: str
    sha256: str
    extracted: ExtractedDocument | None
    problem: str | None
    segment_seconds: float
    extract_seconds: float


def process(document: Document) -> Processed:
    """Segment and extract one document; a module-level function so worker processes can run it."""
    started = time.perf_counter()
    try:
        segmented = segment(document)
        segmented_at = time.perf_counter()
        extracted = extract_stage.extract(segmented)
    except Exception as error:
        log.debug("%s: extraction failed", document.source_uri, exc_info=True)
        now = time.perf_counter()
        return Processed(
            document.source_uri, document.sha256, None, f"extraction failed: {error!r}", now - started, 0.0
        )
    return Processed(
        document.source_uri,
        document.sha256,
        extracted,
        None,
        segmented_at - started,
        time.perf_counter() - segmented_at,
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

    def add_processed(self, result: Processed) -> ExtractedDocument | None:
        self.stage_seconds["segment"] += result.segment_seconds
        self.stage_seconds["extract"] += result.extract_seconds
        if result.extracted is None:
            self.fail(result.source_uri, result.problem or "extraction failed")
        return result.extracted

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
    batch: list[ExtractedDocument],
    finalize: Finalize | None = None,
    stats: SourceStats | None = None,
) -> None:
    summary.add_loaded(*_timed_load(engine, batch, summary.run_id, finalize, stats))


def _timed_load(
    engine: Engine,
    batch: list[ExtractedDocument],
    run_id: int,
    finalize: Finalize | None = None,
    stats: SourceStats | None = None,
) -> tuple[BatchResult, float]:
    began = time.perf_counter()
    return load_batch(engine, batch, run_id, finalize, stats), time.perf_counter() - began


class BackgroundWriter:
    """Every write of a run but its `runs` row, one after another on one background thread.

    `load` returns at once and writes the batch while the caller segments and extracts the next
    one: SQLite does its share of loading (indexes, full-text triggers: about a third of a run)
    with the GIL released, so on two cores that work overlaps the CPU-bound stages instead of
    following them.  At most one batch is being written while the next fills, so memory stays
    bounded; batches commit in input order, and the summary is only touched on the caller's
    thread.  `record_stats` may be called from any thread (ingest runs on the process pool's
    feeding thread with `--workers`); on the same writer thread, its updates never contend with
    a batch for SQLite's write lock."""

    def __init__(self, engine: Engine, summary: RunSummary, writer: ThreadPoolExecutor) -> None:
        self._engine = engine
        self._summary = summary
        self._writer = writer
        self._in_flight: list[Future[tuple[BatchResult, float]]] = []
        self._stat_updates: list[Future[None]] = []

    def load(self, batch: list[ExtractedDocument], stats: SourceStats) -> None:
        self.settle()
        self._in_flight.append(self._writer.submit(_timed_load, self._engine, batch, self._summary.run_id, None, stats))

    def record_stats(self, stats: SourceStats) -> None:
        self._stat_updates.append(self._writer.submit(record_stats, self._engine, stats))

    def settle(self) -> None:
        if self._in_flight:
            self._summary.add_loaded(*self._in_flight.pop().result())
        while self._stat_updates and self._stat_updates[0].done():
            self._stat_updates.pop(0).result()

    def finish(self) -> None:
        self.settle()
        while self._stat_updates:
            self._stat_updates.pop(0).result()


@contextmanager
def writing_behind(engine: Engine, summary: RunSummary) -> Iterator[BackgroundWriter]:
    """A `BackgroundWriter` whose writes are all done when the block is left, even by an
    exception, so a `runs` row is never finished while its last batch is still writing."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="factpipe-load") as executor:
        writer = BackgroundWriter(engine, summary, executor)
        try:
            yield writer
        finally:
            writer.finish()


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
    with (
        recorded_run(engine, command) as summary,
        processing(workers) as mapper,
        writing_behind(engine, summary) as writer,
    ):
        documents = new_documents(engine, paths, options, summary, on_document, taken, writer.record_stats)
        batch: list[ExtractedDocument] = []
        stats: dict[tuple[str, str], FileStat] = {}
        for result in mapper(process, documents):
            stat = taken.pop((result.source_uri, result.sha256), None)
            extracted = summary.add_processed(result)
            if extracted is None:
                continue
            batch.append(extracted)
            if stat is not None:
                stats[(result.source_uri, result.sha256)] = stat
            if len(batch) >= batch_size:
                writer.load(batch, stats)
                batch, stats = [], {}
        if batch:
            writer.load(batch, stats)
    return summary
