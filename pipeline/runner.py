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
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from pipeline import extract as extract_stage
from pipeline.ingest import IngestError, IngestOptions, ingest
from pipeline.load import finish_run, load_batch, loaded_sources, start_run
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
    except Exception as error:  # noqa: BLE001 - one bad article must not stop the run
        log.debug("%s: extraction failed", document.source_uri, exc_info=True)
        now = time.perf_counter()
        return Processed(document.source_uri, None, f"extraction failed: {error!r}", now - started, 0.0)
    return Processed(
        document.source_uri, extracted, None, segmented_at - started, time.perf_counter() - segmented_at
    )


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


def run_pipeline(
    engine: Engine,
    paths: Iterable[Path],
    command: str,
    options: IngestOptions,
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int = 1,
    on_document: Callable[[], None] | None = None,
) -> RunSummary:
    started = time.perf_counter()
    summary = RunSummary(run_id=start_run(engine, command))
    loaded = loaded_sources(engine)
    current_versions = extract_stage.CURRENT_VERSIONS
    batch: list[ExtractedDocument] = []

    def fail(source: str, problem: str) -> None:
        log.error("%s: %s", source, problem)
        summary.failed.append(f"{source}: {problem}")

    def flush() -> None:
        began = time.perf_counter()
        result = load_batch(engine, batch, summary.run_id)
        summary.stage_seconds["load"] += time.perf_counter() - began
        summary.outcomes.update(result.outcomes.values())
        summary.facts_added += result.facts_added
        for failure in result.failures:
            fail(failure.source_uri, failure.problem)
        batch.clear()

    def new_documents() -> Iterator[Document]:
        """Ingested documents that are not loaded yet in their current form."""
        items = iter(ingest(paths, options))
        while True:
            began = time.perf_counter()
            item = next(items, None)
            summary.stage_seconds["ingest"] += time.perf_counter() - began
            if item is None:
                return
            if on_document is not None:
                on_document()
            if isinstance(item, IngestError):
                fail(item.source, item.problem)
            elif loaded.get(item.source_uri) == (item.sha256, current_versions):
                summary.outcomes["unchanged"] += 1
            else:
                summary.bytes_read += len(item.text.encode("utf-8"))
                yield item

    def consume(results: Iterable[Processed]) -> None:
        for result in results:
            summary.stage_seconds["segment"] += result.segment_seconds
            summary.stage_seconds["extract"] += result.extract_seconds
            if result.extracted is None:
                fail(result.source_uri, result.problem or "extraction failed")
                continue
            batch.append(result.extracted)
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()

    try:
        if workers > 1:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                consume(pool.imap(process, new_documents(), chunksize=_CHUNK_PER_WORKER_TASK))
        else:
            consume(map(process, new_documents()))
    except BaseException:
        summary.seconds = time.perf_counter() - started
        finish_run(engine, summary.run_id, "aborted", summary.as_dict())
        raise
    summary.seconds = time.perf_counter() - started
    finish_run(engine, summary.run_id, summary.status, summary.as_dict())
    return summary
