"""Scores the quote extractor against gold quotes (`quotes/dev.jsonl` format): span, speaker and
end-to-end, so a rule change can be judged by more than the examples it was written for."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.extract.quotes import extract_quotes
from pipeline.ingest import document_from_text
from pipeline.models import Quote
from pipeline.segment import segment

_MIN_OVERLAP = 0.8
_DETERMINERS = frozenset("a an the its his her their one".split())
_PREPOSITIONS = frozenset("for of at from within in with".split())
_SPEAKER_TYPES = frozenset({"person", "organisation", "description"})
"""Gold types the extractor can produce; "unknown" is left out of the type score."""


@dataclass(frozen=True)
class _Pairing:
    """Gold and predicted quotes of one article, paired one-to-one by span."""

    doc: str
    text: str
    gold: list[dict[str, object]]
    predicted: list[Quote]
    types: list[str | None]
    pairs: list[tuple[int, int]]


def _overlaps(gold: dict[str, object], quote: Quote) -> bool:
    start, end = int(gold["start"]), int(gold["end"])  # type: ignore[arg-type]
    shared = min(end, quote.end_char) - max(start, quote.start_char)
    longer = max(end - start, quote.end_char - quote.start_char)
    return longer > 0 and shared >= _MIN_OVERLAP * longer


def speaker_key(gold: str) -> str:
    """A person's or organisation's last word; a description's head noun, the word before its
    first preposition ("a spokeswoman for the ICO" -> spokeswoman)."""
    words = gold.replace("’", "'").split()
    descriptive = words[0].lower() in _DETERMINERS or words[0][0].islower()
    if descriptive:
        cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
        words = words[:cut]
    return words[-1].lower() if words else ""


def speaker_matches(gold: str | None, predicted: str | None) -> bool:
    """Null matches only null; otherwise the gold key word must appear in the prediction."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    key = speaker_key(gold)
    return bool(key) and key in predicted.replace("’", "'").lower()


def _pairings(gold: Path, corpus: Path | None) -> list[_Pairing]:
    root = corpus if corpus is not None else gold.parent.parent / "corpus" / "bbc"
    pairings: list[_Pairing] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        path = root / record["doc"]
        text = path.read_text(encoding="utf-8")
        document = document_from_text(text, str(path))
        predicted = extract_quotes(segment(document))
        golds = record["quotes"]
        used: set[int] = set()
        pairs: list[tuple[int, int]] = []
        for g_index, gold_quote in enumerate(golds):
            for p_index, quote in enumerate(predicted):
                if p_index not in used and _overlaps(gold_quote, quote):
                    used.add(p_index)
                    pairs.append((g_index, p_index))
                    break
        pairings.append(_Pairing(record["doc"], text, golds, predicted, [q.speaker_type for q in predicted], pairs))
    return pairings


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate(gold: Path, corpus: Path | None = None) -> dict[str, float]:
    pairings = _pairings(gold, corpus)
    n_gold = sum(len(p.gold) for p in pairings)
    n_predicted = sum(len(p.predicted) for p in pairings)
    matched = sum(len(p.pairs) for p in pairings)
    correct = sum(
        speaker_matches(p.gold[g]["speaker"], p.predicted[q].speaker)  # type: ignore[arg-type]
        for p in pairings
        for g, q in p.pairs
    )
    typed = [
        (p.gold[g]["speaker_type"], p.types[q])
        for p in pairings
        for g, q in p.pairs
        if p.gold[g].get("speaker_type") in _SPEAKER_TYPES
        and speaker_matches(p.gold[g]["speaker"], p.predicted[q].speaker)  # type: ignore[arg-type]
    ]
    span_p = matched / n_predicted if n_predicted else 0.0
    span_r = matched / n_gold if n_gold else 0.0
    e2e_p = correct / n_predicted if n_predicted else 0.0
    e2e_r = correct / n_gold if n_gold else 0.0
    return {
        "documents": len(pairings),
        "gold": n_gold,
        "predicted": n_predicted,
        "span_precision": span_p,
        "span_recall": span_r,
        "span_f1": _f1(span_p, span_r),
        "speaker_accuracy": correct / matched if matched else 0.0,
        "e2e_precision": e2e_p,
        "e2e_recall": e2e_r,
        "e2e_f1": _f1(e2e_p, e2e_r),
        "speaker_type_accuracy": sum(g == p for g, p in typed) / len(typed) if typed else 0.0,
    }


def misses(gold: Path, corpus: Path | None = None) -> list[str]:
    """One line per error: gold quotes not found, predictions not in gold, wrong speakers. The
    quoted words come from the article, so gold files may store offsets without the text."""
    lines: list[str] = []
    for pairing in _pairings(gold, corpus):
        paired_gold = {g for g, _ in pairing.pairs}
        paired_predicted = {q for _, q in pairing.pairs}
        for index, gold_quote in enumerate(pairing.gold):
            if index not in paired_gold:
                quoted = pairing.text[int(gold_quote["start"]) : int(gold_quote["end"])]  # type: ignore[arg-type]
                lines.append(f"{pairing.doc} MISSED {quoted!r} ({gold_quote['speaker']})")
        for index, quote in enumerate(pairing.predicted):
            if index not in paired_predicted:
                lines.append(f"{pairing.doc} EXTRA {quote.text!r} ({quote.speaker})")
        for g, q in pairing.pairs:
            expected, got = pairing.gold[g]["speaker"], pairing.predicted[q].speaker
            if not speaker_matches(expected, got):  # type: ignore[arg-type]
                lines.append(f"{pairing.doc} SPEAKER {pairing.predicted[q].text[:60]!r}: {got!r}, gold {expected!r}")
    return lines

