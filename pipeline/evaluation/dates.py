"""TimeBank evaluation of the dates extractor alone, counted as TempEval-3 counts.

A system timex matches at most one gold timex (relaxed: any overlap; strict: same offsets);
value and type are judged over the relaxed matches, so value precision and recall share the
denominators of span precision and recall.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.extract.dates import EXTRACTOR
from pipeline.ingest import document_from_text, normalize
from pipeline.models import Figure
from pipeline.segment import segment

_TEMPORAL_KINDS = frozenset({"date", "time", "duration", "set"})


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    kind: str
    value: str | None


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _offset_map(raw: str, normalised: str) -> list[int] | None:
    """Gold offsets index the raw text; ingest may drop a BOM, fold `\\r\\n` or compose accents.
    When it changed anything, raw offset i maps to the length of the normalised prefix."""
    if raw == normalised:
        return None
    return [len(normalize(raw[:index])) for index in range(len(raw) + 1)]


def _documents(gold: Path) -> Iterator[tuple[list[Timex], list[Timex]]]:
    with gold.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            document = document_from_text(record["text"], record["id"])
            published = dt.date.fromisoformat(record["published"][:10])
            document = document.model_copy(update={"published": published})
            mapping = _offset_map(record["text"], document.text)
            gold_timexes = [
                Timex(
                    mapping[t["start"]] if mapping else t["start"],
                    mapping[t["end"]] if mapping else t["end"],
                    t["type"].lower(),
                    t["value"],
                )
                for t in record["timexes"]
            ]
            found = EXTRACTOR.run(segment(document))
            predicted = [
                Timex(f.start_char, f.end_char, f.kind, f.value_text)
                for f in found
                if isinstance(f, Figure) and f.kind in _TEMPORAL_KINDS
            ]
            yield gold_timexes, predicted


def _match(gold: list[Timex], predicted: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one, preferring exact spans, then the largest overlap."""
    candidates = sorted(
        (
            (g.start != p.start or g.end != p.end, -(min(g.end, p.end) - max(g.start, p.start)), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(predicted)
            if g.start < p.end and p.start < g.end
        )
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[Timex, Timex]] = []
    for _, _, i, j in candidates:
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


def evaluate(gold: Path) -> dict[str, float]:
    documents = gold_count = predicted_count = matched = strict = valued = typed = 0
    for gold_timexes, predicted in _documents(gold):
        documents += 1
        gold_count += len(gold_timexes)
        predicted_count += len(predicted)
        for g, p in _match(gold_timexes, predicted):
            matched += 1
            strict += g.start == p.start and g.end == p.end
            valued += g.value == p.value
            typed += g.kind == p.kind
    span_precision = _ratio(matched, predicted_count)
    span_recall = _ratio(matched, gold_count)
    value_precision = _ratio(valued, predicted_count)
    value_recall = _ratio(valued, gold_count)
    return {
        "documents": documents,
        "gold": gold_count,
        "predicted": predicted_count,
        "span_precision": span_precision,
        "span_recall": span_recall,
        "span_f1": _f1(span_precision, span_recall),
        "strict_span_f1": _f1(_ratio(strict, predicted_count), _ratio(strict, gold_count)),
        "value_precision": value_precision,
        "value_recall": value_recall,
        "value_f1": _f1(value_precision, value_recall),
        "type_accuracy": _ratio(typed, matched),
    }
