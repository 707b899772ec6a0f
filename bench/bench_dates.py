"""Throughput of the dates extractor alone over the BBC corpus.

Reading and segmenting happen before the clock starts, so the figure is what the extractor adds
to the figures stage (target: at least 2 MB/s).  Run: `.venv/bin/python bench/bench_dates.py`.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from pipeline.extract.dates import EXTRACTOR
from pipeline.ingest import read_file
from pipeline.segment import segment

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "bbc"
PUBLISHED = dt.date(2005, 1, 1)
"""The corpus spans 2004-2005; a publication date makes relative expressions resolve as they
would in production."""


def main(corpus: Path = CORPUS) -> None:
    paths = sorted(corpus.rglob("*.txt"))
    documents = [
        segment(read_file(path).model_copy(update={"published": PUBLISHED}))
        for path in paths
        if path.name != "README.TXT"
    ]
    size = sum(len(d.document.text.encode("utf-8")) for d in documents)
    started = time.perf_counter()
    found = sum(len(EXTRACTOR.run(d)) for d in documents)
    elapsed = time.perf_counter() - started
    print(
        f"{len(documents)} documents, {size / 1e6:.2f} MB, {found} expressions in {elapsed:.2f} s: "
        f"{size / 1e6 / elapsed:.2f} MB/s, {found / elapsed:,.0f} expressions/s"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
