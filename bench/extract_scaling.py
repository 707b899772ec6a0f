"""How the worker side of a run scales with `--workers`: the BBC corpus read into memory once,
then segmented, extracted and prepared for load (`runner.process`, as a run does it, with the
run's garbage-collector setting) with 1 and 2 (or the given) worker processes, wall time, results
received in this process.  Not a test: it prints figures.

    .venv/bin/python bench/extract_scaling.py [CORPUS] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.ingest import IngestError, ingest
from pipeline.models import Document
from pipeline.runner import fewer_collections, process, processing

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "bbc"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    documents = [d for d in ingest([args.corpus]) if isinstance(d, Document)]
    errors = [d for d in ingest([args.corpus]) if isinstance(d, IngestError)]
    megabytes = sum(len(d.text.encode()) for d in documents) / 1e6
    print(f"{len(documents)} documents, {megabytes:.2f} MB ({len(errors)} unreadable)")
    baseline: float | None = None
    for workers in args.workers:
        started = time.perf_counter()
        with fewer_collections(), processing(workers) as mapper:
            facts = sum(
                len(r.prepared.quotes) + len(r.prepared.figures) for r in mapper(process, documents) if r.prepared
            )
        seconds = time.perf_counter() - started
        baseline = baseline or seconds
        print(
            f"{workers} worker(s): {seconds:.2f} s, {megabytes / seconds:.2f} MB/s, {facts} facts, "
            f"{baseline / seconds:.2f}x one worker"
        )


if __name__ == "__main__":
    main()
