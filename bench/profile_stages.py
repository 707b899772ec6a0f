"""Per-stage throughput of segment + extract over the BBC corpus, each stage timed on its own.

Stages run one after another over every article, each fed what the previous one produced, so a
stage's figure is its own cost: segment, the three extractors, the extractor stamp that
`extract` puts on each fact, the figure merge, and building the validated `ExtractedDocument`.
Timed with `time.process_time()` (best of `--repeat`), since wall time on a shared machine
is noisy.  Everything built before a timed run is frozen out of the garbage collector's reach:
the pipeline streams, so its collections never walk a whole corpus of records, and here they
would charge that walk to whichever stage happened to trigger it.  `--profile STAGE` runs cProfile over that one stage and prints the top functions by
cumulative time.

    .venv/bin/python bench/profile_stages.py [CORPUS] [--repeat N] [--profile STAGE]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.extract import EXTRACTOR_INFOS, dates, figures, quotes
from pipeline.extract.merge import merge_figures
from pipeline.ingest import read_file
from pipeline.models import Document, ExtractedDocument, Figure, Quote, SegmentedDocument
from pipeline.segment import segment

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "bbc"
TOP_FUNCTIONS = 25


@dataclass
class Intermediate:
    """What each stage leaves for the next, per document."""

    documents: list[Document]
    segmented: list[SegmentedDocument] = field(default_factory=list)
    quotes: list[list[Quote]] = field(default_factory=list)
    figures: list[list[Figure]] = field(default_factory=list)
    dates: list[list[Figure]] = field(default_factory=list)
    stamped_quotes: list[list[Quote]] = field(default_factory=list)
    stamped_figures: list[list[Figure]] = field(default_factory=list)
    merged: list[list[Figure]] = field(default_factory=list)


def _stamp(facts: list, name: str) -> list:
    """As `extract` does it: a copy only for a fact whose extractor did not name itself."""
    return [fact if fact.extractor == name else fact.model_copy(update={"extractor": name}) for fact in facts]


def run_segment(state: Intermediate) -> None:
    state.segmented = [segment(document) for document in state.documents]


def run_quotes(state: Intermediate) -> None:
    state.quotes = [list(quotes.EXTRACTOR.run(s)) for s in state.segmented]


def run_figures(state: Intermediate) -> None:
    state.figures = [list(figures.EXTRACTOR.run(s)) for s in state.segmented]


def run_dates(state: Intermediate) -> None:
    state.dates = [list(dates.EXTRACTOR.run(s)) for s in state.segmented]


def run_stamp(state: Intermediate) -> None:
    state.stamped_quotes = [_stamp(q, quotes.EXTRACTOR.name) for q in state.quotes]
    state.stamped_figures = [
        _stamp(f, figures.EXTRACTOR.name) + _stamp(d, dates.EXTRACTOR.name) for f, d in zip(state.figures, state.dates)
    ]


def run_merge(state: Intermediate) -> None:
    state.merged = [merge_figures(f) for f in state.stamped_figures]


def run_document(state: Intermediate) -> None:
    for segmented, found_quotes, merged in zip(state.segmented, state.stamped_quotes, state.merged):
        ExtractedDocument(
            document=segmented.document,
            paragraphs=segmented.paragraphs,
            sentences=segmented.sentences,
            quotes=sorted(found_quotes, key=lambda q: (q.start_char, q.end_char)),
            figures=merged,
            extractors=EXTRACTOR_INFOS,
        )


STAGES: dict[str, Callable[[Intermediate], None]] = {
    "segment": run_segment,
    "quotes": run_quotes,
    "figures": run_figures,
    "dates": run_dates,
    "stamp": run_stamp,
    "merge": run_merge,
    "document": run_document,
}


def timed(stage: Callable[[Intermediate], None], state: Intermediate, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.freeze()
        started = time.process_time()
        stage(state)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs per stage")
    parser.add_argument("--profile", choices=STAGES, help="cProfile this stage")
    parser.add_argument("--only", choices=STAGES, nargs="+", help="time only these (earlier stages still run once)")
    args = parser.parse_args()
    paths = sorted(p for p in args.corpus.rglob("*.txt") if p.name != "README.TXT")
    if not paths:
        raise SystemExit(f"no articles under {args.corpus} (see ../shared/data/README.md)")
    state = Intermediate([read_file(path) for path in paths])
    megabytes = sum(len(d.text.encode("utf-8")) for d in state.documents) / 1e6
    print(f"{len(paths)} articles, {megabytes:.2f} MB; process time, best of {args.repeat}")
    total = 0.0
    for name, stage in STAGES.items():
        if args.profile == name:
            profiler = cProfile.Profile()
            profiler.runcall(stage, state)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(TOP_FUNCTIONS)
            continue
        if args.only and name not in args.only:
            stage(state)
            continue
        seconds = timed(stage, state, args.repeat)
        total += seconds
        print(f"{name:10} {seconds:7.3f} s  {megabytes / seconds:8.2f} MB/s")
    if not args.only and not args.profile:
        print(f"{'total':10} {total:7.3f} s  {megabytes / total:8.2f} MB/s")


if __name__ == "__main__":
    main()
