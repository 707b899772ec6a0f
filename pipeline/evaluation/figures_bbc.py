"""Scores the whole extract stage's figures against blind-annotated BBC paragraphs.

NewsQuant has been tuned on, so it overstates quality on unseen news; the BBC gold
(`tests/fixtures/figures_bbc_blind.jsonl`) was annotated before the extractor ran on it.  Each row
names a corpus file and one body paragraph; figures carry offsets into the file text and no article
text is stored, so scoring needs the corpus.  Unlike the NewsQuant scorer, a prediction matches a
gold figure only where their spans overlap: with offsets there is no reason to let a right value in
the wrong place count.  Calendar figures (dates, times, sets) have no numeric value, so they count
for spans and kinds only; value scores are over the other kinds.  Units compare as the NewsQuant
scorer compares them (`canonical_unit`, head noun).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.evaluation.figures import (
    canonical_unit,
    figure_unit,
    figure_value,
    matching,
    units_equal,
    values_equal,
)
from pipeline.extract import extract
from pipeline.ingest import document_from_text
from pipeline.models import Figure
from pipeline.segment import segment

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "corpus" / "bbc"
"""Where the corpus sits beside the repository, as `../shared/data/README.md` lays it out."""
_CALENDAR = frozenset({"date", "time", "set"})

Gold = dict[str, Any]


def _overlap(gold: Gold, figure: Figure) -> bool:
    return gold["start"] < figure.end_char and figure.start_char < gold["end"]


def _valued(gold: Gold) -> bool:
    return gold["kind"] not in _CALENDAR and gold["value"] is not None


def _value_ok(gold: Gold, figure: Figure) -> bool:
    expected = gold["value"] if gold["value_high"] is None else (gold["value"], gold["value_high"])
    return _overlap(gold, figure) and values_equal(expected, figure_value(figure))


def _unit_ok(gold: Gold, figure: Figure) -> bool:
    unit = canonical_unit(gold["unit"])
    expected = f"age {unit}" if gold["kind"] == "age" else unit
    return _value_ok(gold, figure) and units_equal(expected, figure_unit(figure))


def _change_ok(gold: Gold, figure: Figure) -> bool:
    return _value_ok(gold, figure) and gold["change"] == figure.change


def _kind_ok(gold: Gold, figure: Figure) -> bool:
    return _overlap(gold, figure) and gold["kind"] == figure.kind


def paragraph_figures(corpus: Path, rows: list[Gold]) -> list[list[Figure]]:
    """What the extract stage finds in each gold paragraph, reading every article once."""
    by_doc: dict[str, list[Figure]] = {}
    found: list[list[Figure]] = []
    for row in rows:
        if row["doc"] not in by_doc:
            text = (corpus / row["doc"]).read_text(encoding="utf-8")
            document = document_from_text(text, row["doc"])
            if document.text != text:
                raise ValueError(f"{row['doc']}: ingest changed the text, so gold offsets would not line up")
            by_doc[row["doc"]] = extract(segment(document)).figures
        start, end = row["paragraph_start"], row["paragraph_end"]
        found.append([f for f in by_doc[row["doc"]] if start <= f.start_char < end])
    return found


def _scores(correct: int, gold: int, predicted: int) -> dict[str, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(gold: Path, corpus: Path = CORPUS) -> dict[str, float]:
    rows: list[Gold] = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    predictions = paragraph_figures(corpus, rows)
    checks: dict[str, Callable[[Gold, Figure], bool]] = {
        "value": _value_ok,
        "value_unit": _unit_ok,
        "value_change": _change_ok,
    }
    totals = dict.fromkeys(["span", "kind", "gold", "predicted", "valued_gold", "valued_predicted", *checks], 0)
    for row, figures in zip(rows, predictions):
        golds: list[Gold] = row["figures"]
        valued = [g for g in golds if _valued(g)]
        numeric = [f for f in figures if f.kind not in _CALENDAR and f.value is not None]
        totals["gold"] += len(golds)
        totals["predicted"] += len(figures)
        totals["valued_gold"] += len(valued)
        totals["valued_predicted"] += len(numeric)
        totals["span"] += matching(golds, figures, _overlap)
        totals["kind"] += matching(golds, figures, _kind_ok)
        for name, check in checks.items():
            totals[name] += matching(valued, numeric, check)
    result: dict[str, float] = {"paragraphs": len(rows), "gold": totals["gold"], "predicted": totals["predicted"]}
    for name, score in _scores(totals["span"], totals["gold"], totals["predicted"]).items():
        result[f"span_{name}"] = score
    result["kind_accuracy"] = round(totals["kind"] / totals["span"], 4) if totals["span"] else 0.0
    for name in checks:
        for measure, score in _scores(totals[name], totals["valued_gold"], totals["valued_predicted"]).items():
            result[f"{name}_{measure}"] = score
    return result
