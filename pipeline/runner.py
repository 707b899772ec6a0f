"""`factpipe run`: the four stages chained, streaming document by document.

Unchanged inputs (same source, same text, same extractor versions) are recognised right after
ingest — a read and a hash — and skipped before segmenting, so a cron rerun over a folder costs
little more than reading it.  Everything else flows in bounded batches, so memory does not grow
with the corpus.  With `workers > 1`, segment and extract (the CPU-bound stages) run in a process
pool while this process reads and loads; results keep input order, so a run is reproducible
whatever the worker count.
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
from pipeline.ingest import IngestError, IngestOptions, Unchanged, ingest
from pipeline.load import BatchResult, Finalize, finish_run, load_batch, loaded_sources, start_run
from pipeline.models import Document, ExtractedDocument
from pipeline.segment import segment

log = logging.getLogger("factpipe")

DEFAULT_BATCH_SIZE = 200
_CHUNK_PER_WORKER_TASK = 16


@dataclass
class Processed:
    """What a worker sends back for one document: its facts, or why there are none."""

    source_uri: str
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
        return Processed(document.source_uri, None, f"extraction failed: {error!r}", now - started, 0.0)
    return Processed(document.source_uri, extracted, None, segmented_at - started, time.perf_counter() - segmented_at)


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
            "failed": len(self.failed),
            "failures": self.failed,
            "facts_added": self.facts_added,
            "text_bytes": self.bytes_read,
            "seconds": round(self.seconds, 3),
            "stage_seconds": {stage: round(s, 3) for stage, s in sorted(self.stage_seconds.items())},
        }


def new_documents(
    engine: Engine,
    paths: Iterable[Path],
    options: IngestOptions,
    summary: RunSummary,
    on_document: Callable[[], None] | None,
) -> Iterator[Document]:
    """Ingested documents that are not loaded yet in their current form; the rest are counted
    as unchanged or failed on `summary`."""
    loaded = loaded_sources(engine)
    current_versions = extract_stage.CURRENT_VERSIONS
    current = {source: sha for source, (sha, versions) in loaded.items() if versions == current_versions}
    items = iter(ingest(paths, options, is_loaded=lambda source, sha: current.get(source) == sha))
    while True:
        began = time.perf_counter()
        item = next(items, None)
        summary.stage_seconds["ingest"] += time.perf_counter() - began
        if item is None:
            return
        if on_document is not None:
            on_document()
        if isinstance(item, IngestError):
            summary.fail(item.source, item.problem)
        elif isinstance(item, Unchanged) or current.get(item.source_uri) == item.sha256:
            summary.outcomes["unchanged"] += 1
        else:
            summary.bytes_read += len(item.text.encode("utf-8"))
            yield item


def load(engine: Engine, summary: RunSummary, batch: list[ExtractedDocument], finalize: Finalize | None = None) -> None:
    summary.add_loaded(*_timed_load(engine, batch, summary.run_id, finalize))


def _timed_load(
    engine: Engine, batch: list[ExtractedDocument], run_id: int, finalize: Finalize | None = None
) -> tuple[BatchResult, float]:
    began = time.perf_counter()
    return load_batch(engine, batch, run_id, finalize), time.perf_counter() - began


@contextmanager
def loading_behind(engine: Engine, summary: RunSummary) -> Iterator[Callable[[list[ExtractedDocument]], None]]:
    """A `load` that returns at once and writes the batch on a background thread while the
    caller segments and extracts the next one.

    SQLite does its share of loading (indexes, full-text triggers: about a third of a run) with
    the GIL released, so on two cores that work overlaps the CPU-bound stages instead of
    following them.  At most one batch is being written while the next fills, so memory stays
    bounded; batches commit in input order, and the summary is only touched on this thread.
    Leaving the block, even by an exception, waits for the batch in flight, so a `runs` row is
    never finished while its last batch is still writing."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="factpipe-load") as writer:
        in_flight: list[Future[tuple[BatchResult, float]]] = []

        def settle() -> None:
            if in_flight:
                summary.add_loaded(*in_flight.pop().result())

        def submit(batch: list[ExtractedDocument]) -> None:
            settle()
            in_flight.append(writer.submit(_timed_load, engine, batch, summary.run_id))

        try:
            yield submit
        finally:
            settle()


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
    with (
        recorded_run(engine, command) as summary,
        processing(workers) as mapper,
        loading_behind(engine, summary) as load_later,
    ):
        batch: list[ExtractedDocument] = []
        for result in mapper(process, new_documents(engine, paths, options, summary, on_document)):
            extracted = summary.add_processed(result)
            if extracted is None:
                continue
            batch.append(extracted)
            if len(batch) >= batch_size:
                load_later(batch)
                batch = []
        if batch:
            load_later(batch)
    return summary
