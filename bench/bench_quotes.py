"""Throughput of the quote extractor alone over the BBC corpus (issue 8 asks for >= 2 MB/s in one
process); reading and segmenting happen before the clock starts, and the clock is CPU time
(`process_time`) because the benchmark machine is shared."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pipeline.extract.quotes import EXTRACTOR
from pipeline.ingest import document_from_text
from pipeline.models import SegmentedDocument
from pipeline.segment import segment

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "bbc"


def load(corpus: Path) -> list[SegmentedDocument]:
    return [
        segment(document_from_text(path.read_text(encoding="utf-8"), str(path)))
        for path in sorted(corpus.rglob("*.txt"))
        if path.name != "README.TXT"
    ]


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    documents = load(corpus)
    megabytes = sum(len(d.document.text.encode("utf-8")) for d in documents) / 1e6
    started = time.process_time()
    quotes = sum(len(EXTRACTOR.run(d)) for d in documents)
    elapsed = time.process_time() - started
    print(f"{len(documents)} articles, {megabytes:.2f} MB, {quotes} quotes in {elapsed:.2f} s")
    print(f"{megabytes / elapsed:.2f} MB/s, {quotes / elapsed:.0f} quotes/s")


if __name__ == "__main__":
    main()
