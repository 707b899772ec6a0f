"""Throughput of the figures extractor alone over the BBC corpus (issue 7 asks for >= 2 MB/s).

Reading and segmenting happen before the clock starts, so the number measures only the grammar.
Run: .venv/bin/python bench/bench_figures.py [CORPUS_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pipeline.extract.figures import extract_figures
from pipeline.ingest import read_file
from pipeline.segment import segment

_DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "bbc"


def main(corpus: Path) -> None:
    documents = [segment(read_file(path)) for path in sorted(corpus.rglob("*.txt")) if path.name != "README.TXT"]
    size = sum(len(d.document.text.encode("utf-8")) for d in documents)
    started = time.perf_counter()
    figures = sum(len(extract_figures(d)) for d in documents)
    elapsed = time.perf_counter() - started
    print(f"{len(documents)} articles, {size / 1e6:.2f} MB, {figures} figures in {elapsed:.2f} s")
    print(f"{size / 1e6 / elapsed:.2f} MB/s, {figures / elapsed:,.0f} figures/s")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else _DEFAULT_CORPUS)
