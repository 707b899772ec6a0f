"""What a relative expression needs beyond its own words: the tense of its sentence and the
period the document is currently talking about."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.dates.calendar import Direction

_SENTENCE_END = re.compile(r"[.!?;:]['\"”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])|\n")
_WINDOW = 160

_FUTURE = (
    r"will|won't|wo\s+not|'ll|shall|going\s+to|gonna"
    r"|(?:is|are|be|was|were)\s+(?:due|set|expected|scheduled|slated|planned|poised|likely|to)"
    r"|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|wants?\s+to|expects?\s+to"
    r"|(?:set|due|expected|scheduled|slated)\s+to|would\s+(?:be|take|begin|start|meet|hold|go|mark|decide)"
    r"|next|upcoming|coming|until|by|payable|effective|expires?|expiring|deadline|through|starting"
)
_PAST = (
    r"said|says|told|was|were|had|did|ago|last|earlier|since|met|went|came|took|made|gave|saw|began|won"
    r"|lost|held|left|sent|spoke|wrote|sold|bought|paid|fell|rose|hit|led|struck|fought|ran|flew"
    r"|became|brought|caught|chose|drove|fled|found|grew|heard|kept|knew|meant|quit|rang|sought"
    r"|stood|swore|taught|thought|threw|understood|woke|[a-z]{2,}ed"
)
_CUES = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)


def tense_near(text: str, start: int, end: int) -> Direction | None:
    """The tense of the verb nearest the expression within its sentence: news dates a "Friday"
    by whether the sentence says "said" or "will"."""
    left = max(0, start - _WINDOW)
    right = min(len(text), end + _WINDOW)
    for boundary in _SENTENCE_END.finditer(text, left, start):
        left = boundary.end()
    boundary = _SENTENCE_END.search(text, end, right)
    if boundary is not None:
        right = boundary.start()
    best: Direction | None = None
    best_distance = _WINDOW * 2
    for cue in _CUES.finditer(text, left, right):
        if start <= cue.start() < end:
            continue
        distance = start - cue.end() if cue.end() <= start else cue.start() - end
        if distance < best_distance:
            best, best_distance = ("future" if cue["future"] else "past"), distance
    return best


@dataclass
class Discourse:
    """The financial period last named in the document, which "the quarter" and "a year
    earlier" refer back to."""

    quarter: str | None = None
