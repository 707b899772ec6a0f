"""`factpipe run`: the four stages chained in one process, streaming document by document.

Unchanged inputs (same source, same text, same extractor versions) are recognised right after
ingest — a read and a hash — and skipped before segmenting, so a cron rerun over a folder costs
little more than reading it.  Everything else flows in bounded batches, so memory does not grow
with the corpus.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from pipeline.extract import CURRENT_VERSIONS, extract
from pipeline.ingest import IngestError, IngestOptions, ingest
from pipeline.load import finish_run, load_batch, loaded_sources, start_run
from pipeline.models import ExtractedDocument
from pipeline.segment import segment

log = logging.getLogger("factpipe")

DEFAULT_BATCH_SIZE = 200


@dataclass
class RunSummary:
    run_id: int
    outcomes: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)
    facts_added: int = 0
    seconds: float = 0.0

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
            "seconds": round(self.seconds, 3),
        }


def run_pipeline(
    engine: Engine,
    paths: Iterable[Path],
    command: str,
    options: IngestOptions,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_document: Callable[[], None] | None = None,
) -> RunSummary:
    started = time.perf_counter()
    summary = RunSummary(run_id=start_run(engine, command))
    loaded = loaded_sources(engine)
    batch: list[ExtractedDocument] = []

    def fail(source: str, problem: str) -> None:
        log.error("%s: %s", source, problem)
        summary.failed.append(f"{source}: {problem}")

    def flush() -> None:
        result = load_batch(engine, batch, summary.run_id)
        summary.outcomes.update(result.outcomes.values())
        summary.facts_added += result.facts_added
        for failure in result.failures:
            fail(failure.source_uri, failure.problem)
        batch.clear()

    try:
        for item in ingest(paths, options):
            if on_document is not None:
                on_document()
            if isinstance(item, IngestError):
                fail(item.source, item.problem)
                continue
            if loaded.get(item.source_uri) == (item.sha256, CURRENT_VERSIONS):
                summary.outcomes["unchanged"] += 1
                continue
            try:
                batch.append(extract(segment(item)))
            except Exception as error:  # noqa: BLE001 - one bad article must not stop the run
                log.exception("%s: extraction failed", item.source_uri)
                fail(item.source_uri, f"extraction failed: {error}")
                continue
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
    except BaseException:
        summary.seconds = time.perf_counter() - started
        finish_run(engine, summary.run_id, "aborted", summary.as_dict())
        raise
    summary.seconds = time.perf_counter() - started
    finish_run(engine, summary.run_id, summary.status, summary.as_dict())
    return summary
