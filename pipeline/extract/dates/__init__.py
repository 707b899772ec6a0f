"""Temporal expressions (TimeML TIMEX3): dates, times, durations and sets, resolved against the
publication date.

One combined regex finds candidates in a single pass per paragraph; a normaliser reads each in
document order so that "the quarter" and "a year earlier" can point back to what was named.
"""

from __future__ import annotations

from pipeline.extract.base import EXTRACTABLE_KINDS, Extractor
from pipeline.extract.dates.grammar import PATTERN, REACH, STARTER, TRIGGER
from pipeline.extract.dates.normalize import Normalizer, Reading
from pipeline.models import Figure, SegmentedDocument


def _figure(reading: Reading, text: str, offset: int, paragraph_idx: int) -> Figure:
    return Figure(
        start_char=offset + reading.start,
        end_char=offset + reading.end,
        text=text[reading.start : reading.end],
        paragraph_idx=paragraph_idx,
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
        for trigger in TRIGGER.finditer(folded):
            if trigger.end() <= position:
                continue
            window = max(position, trigger.start() - REACH)
            for start in STARTER.finditer(folded, window, trigger.end()):
                if start.start() < position:
                    continue
                match = PATTERN.match(text, start.start())
                reading = normalizer.read(match, text) if match else None
                if reading is None:
                    continue
                figures.append(_figure(reading, text, paragraph.start_char, paragraph.idx))
                position = max(reading.end, start.start() + 1)
    return figures


EXTRACTOR = Extractor(name="dates", version="1.0.0", run=extract_dates)
