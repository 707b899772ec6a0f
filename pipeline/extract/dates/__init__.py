"""Temporal expressions (TimeML TIMEX3): dates, times, durations and sets, resolved against the
publication date.

The grammar is tried only at the words that can start an expression near a trigger word; a
normaliser reads each match in document order so that "the quarter" and "a year earlier" can
point back to what was named.  Trigger windows overlap, so a position's match is remembered: the
grammar is pure, only the normaliser's verdict depends on what came before.
"""

from __future__ import annotations

import re

from pipeline.extract.base import EXTRACTABLE_KINDS, Extractor
from pipeline.extract.dates.grammar import REACH, STARTER, TRIGGER, match_at
from pipeline.extract.dates.normalize import Normalizer, Reading
from pipeline.models import Figure, SegmentedDocument

NAME = "dates"


def _figure(reading: Reading, text: str, offset: int, paragraph_idx: int) -> Figure:
    return Figure(
        start_char=offset + reading.start,
        end_char=offset + reading.end,
        text=text[reading.start : reading.end],
        paragraph_idx=paragraph_idx,
        extractor=NAME,
        kind=reading.kind,
        value=reading.value,
        value_high=reading.value_high,
        value_text=reading.value_text,
        unit=reading.unit,
        change=reading.change,
    )


def extract_dates(segmented: SegmentedDocument) -> list[Figure]:
    normalizer = Normalizer(segmented.document.published)
    figures: list[Figure] = []
    for paragraph in segmented.paragraphs:
        if paragraph.kind not in EXTRACTABLE_KINDS:
            continue
        text = paragraph.text
        folded = text.lower()
        if len(folded) != len(text):
            folded = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
        position = 0
        matches: dict[int, re.Match[str] | None] = {}
        for trigger in TRIGGER.finditer(folded):
            if trigger.end() <= position:
                continue
            window = max(position, trigger.start() - REACH)
            for start in STARTER.finditer(folded, window, trigger.end()):
                at = start.start()
                if at < position:
                    continue
                if at in matches:
                    match = matches[at]
                else:
                    match = matches[at] = match_at(text, at)
                reading = normalizer.read(match, text) if match else None
                if reading is None:
                    continue
                figures.append(_figure(reading, text, paragraph.start_char, paragraph.idx))
                position = max(reading.end, at + 1)
    return figures


EXTRACTOR = Extractor(name=NAME, version="1.0.0", run=extract_dates)
