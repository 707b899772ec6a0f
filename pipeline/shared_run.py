"""`factpipe run` against PostgreSQL: any number of processes, on any number of machines, share
the work through the `work_items` queue (see `pipeline.store.work`).

Each run first enqueues what it reads and is not loaded yet, then claims batches until no item
is pending or held.  When only other workers' items remain, it waits for them: either they finish
or their lease runs out and this run takes them over, so a run that returns has seen all the work
it enqueued done.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import Connection, Engine

from pipeline import extract as extract_stage
from pipeline.ingest import FileStat, IngestOptions
from pipeline.load import BatchResult
from pipeline.load_rows import PreparedDocument
from pipeline.models import Document
from pipeline.runner import (
    Processed,
    RunSummary,
    fewer_collections,
    load,
    new_documents,
    process,
    processing,
    recorded_run,
    store_stats,
)
from pipeline.store import work

DEFAULT_LEASE = dt.timedelta(minutes=5)
_ENQUEUE_BATCH = 500
_MAX_POLL_SECONDS = 1.0


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _enqueue_all(
    engine: Engine, documents: Iterable[Document], run_id: int, taken: dict[tuple[str, str], FileStat]
) -> None:
    """Queue the documents with the stats of the files they were read from, which go into the
    database only with them (see `work.enqueue`)."""
    versions = extract_stage.CURRENT_VERSIONS
    pending: list[Document] = []
    for document in documents:
        pending.append(document)
        if len(pending) >= _ENQUEUE_BATCH:
            work.enqueue(engine, pending, versions, run_id, _pop_stats(taken, pending))
            pending = []
    work.enqueue(engine, pending, versions, run_id, _pop_stats(taken, pending))


def _pop_stats(taken: dict[tuple[str, str], FileStat], documents: list[Document]) -> dict[tuple[str, str], FileStat]:
    keys = [(d.source_uri, d.sha256) for d in documents]
    return {key: taken.pop(key) for key in keys if key in taken}


def run_shared(
    engine: Engine,
    paths: Iterable[Path],
    command: str,
    options: IngestOptions,
    batch_size: int,
    workers: int = 1,
    lease: dt.timedelta = DEFAULT_LEASE,
    on_document: Callable[[], None] | None = None,
) -> RunSummary:
    me = worker_name()
    with fewer_collections(), recorded_run(engine, command) as summary, processing(workers) as mapper:
        taken: dict[tuple[str, str], FileStat] = {}
        documents = new_documents(
            engine, paths, options, summary, on_document, taken, lambda stats: store_stats(engine, stats)
        )
        _enqueue_all(engine, documents, summary.run_id, taken)
        while True:
            claimed = work.claim(engine, me, batch_size, lease)
            if not claimed:
                remaining, first_lease_ends_in = work.outstanding(engine)
                if remaining == 0:
                    break
                time.sleep(min(max(first_lease_ends_in or 0.0, 0.05), _MAX_POLL_SECONDS))
                continue
            _work_on(engine, summary, mapper(process, [c.document for c in claimed]), claimed, me)
    return summary


def _work_on(
    engine: Engine,
    summary: RunSummary,
    results: Iterable[Processed],
    claimed: list[work.Claimed],
    me: str,
) -> None:
    batch: list[PreparedDocument] = []
    unprocessable: dict[int, str] = {}
    for item, result in zip(claimed, results, strict=True):
        prepared = summary.add_processed(result)
        if prepared is None:
            unprocessable[item.id] = "extraction failed"
        else:
            batch.append(prepared)

    def finalize(connection: Connection, loaded: BatchResult) -> None:
        not_stored = {failure.source_uri: failure.problem for failure in loaded.failures}
        failed = dict(unprocessable)
        failed.update({c.id: not_stored[c.document.source_uri] for c in claimed if c.document.source_uri in not_stored})
        work.finish(connection, me, [c.id for c in claimed if c.id not in failed], failed)

    stats = {(c.document.source_uri, c.document.sha256): c.stat for c in claimed if c.stat is not None}
    load(engine, summary, batch, finalize, stats)
