"""Temporal expressions (TimeML TIMEX3): dates, times, durations and sets, resolved against the
publication date.

The grammar is tried only at the words that can start an expression near a trigger word
(`scan`); a normaliser reads each match in document order so that "the quarter" and "a year
earlier" can point back to what was named.
"""

from __future__ import annotations

from pipeline.extract.base import ASCII_LOOKALIKES, EXTRACTABLE_KINDS, Extractor
from pipeline.extract.dates.grammar import STARTER, phrase_at
from pipeline.extract.dates.normalize import Normalizer, Reading
from pipeline.extract.dates.scan import Paragraph
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
        text = paragraph.text.translate(ASCII_LOOKALIKES)
        folded = text.lower()
        if len(folded) != len(text):
            folded = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
        scan = Paragraph.read(folded)
        position = 0
        for low, high in scan.windows:
            for start in STARTER.finditer(folded, max(low, position), high):
                at = start.start()
                if at < position:
                    continue
                match = scan.grammar_at(at).match_at(text, at, phrase_at(folded, start))
                reading = normalizer.read(match, text) if match else None
                if reading is None:
                    continue
                figures.append(_figure(reading, paragraph.text, paragraph.start_char, paragraph.idx))
                position = max(reading.end, at + 1)
                for listed in normalizer.listed_days(match, reading, text):
                    figures.append(_figure(listed, paragraph.text, paragraph.start_char, paragraph.idx))
                    position = listed.end
    return figures


EXTRACTOR = Extractor(name=NAME, version="1.14.0", run=extract_dates)
