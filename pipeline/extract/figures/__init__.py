"""Figures extractor: counts, money, percentages, measures, durations and ages in news text.

A left-to-right scan reads each number with its currency sign and unit (`scan`), joins it with a
second number into a range when a connector allows, attaches the counted noun to a bare count
(`nouns`), and lets the surrounding words reject it or set its change (`context`).  Calendar
dates and clock times are skipped: the date extractor claims them.
"""

from __future__ import annotations

import re

from pipeline.extract.base import EXTRACTABLE_KINDS, Extractor
from pipeline.extract.figures import context as cx
from pipeline.extract.figures.nouns import counted_noun
from pipeline.extract.figures.scan import QUANTITY, QUANTITY_AT, Quantity, read_quantity
from pipeline.models import Figure, Paragraph, SegmentedDocument

_RANGE_LINK = re.compile(r"[ \u00a0]?(?P<dash>[-–—])[ \u00a0]?|\s+(?P<word>to|and|through)\s+", re.IGNORECASE)
_ALTERNATIVE = re.compile(r",?\s+or\s+")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\b0?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b")


def _compatible(low: Quantity, high: Quantity, opener: str | None) -> bool:
    """Whether "low to high" is one range: same unit, or the low end borrows the high end's."""
    if low.unit is None or low.unit == high.unit:
        return True
    if high.unit is not None and high.unit.startswith(f"{low.unit} per "):
        return True
    return opener == "from" and high.unit is None


def _join_range(text: str, low: Quantity, left: str) -> tuple[Quantity | None, int] | None:
    """Join `low` with a second number after "-", "to" or "and"; a falling "2-1" is a score.

    Returns None when no second number follows, else the range (or None for a score) and where
    the scan continues.
    """
    link = _RANGE_LINK.match(text, low.end)
    if link is None:
        return None
    second = QUANTITY_AT.match(text, link.end())
    if second is None or second.group("vague"):
        return None
    high = read_quantity(text, second)
    if high is None:
        return None
    opener = cx.range_opener(left)
    word = (link.group("word") or "").lower()
    if link.group("dash"):
        if high.value <= low.value and low.bare and high.bare:
            return None, high.end
        if high.value <= low.value:
            return None
    elif word == "and":
        if opener != "between":
            return None
    elif cx.direction_before(left) or not _compatible(low, high, opener):
        return None
    if low.scale == 1 and high.scale > 1 and low.value <= high.value / high.scale:
        low.value *= high.scale
    if low.unit is not None and high.unit is None:
        high.unit, high.kind = low.unit, low.kind
    low.value, low.value_high = sorted((low.value, high.value))
    low.unit, low.kind, low.end = high.unit, high.kind, high.end
    return low, low.end


def _borrow_unit(text: str, quantity: Quantity) -> None:
    """ "eight or nine euros", "three or four years": the first number has the second's unit."""
    link = _ALTERNATIVE.match(text, quantity.end)
    second = QUANTITY_AT.match(text, link.end()) if link else None
    other = read_quantity(text, second) if second else None
    if other is not None and other.unit is not None and other.kind != "count":
        quantity.unit, quantity.kind = other.unit, other.kind


def _is_score(text: str, match: re.Match[str], quantity: Quantity, left: str) -> bool:
    """ "(4-7)", "a 3-0 lead": a dash range of bare numbers counting nothing is a result."""
    link = _RANGE_LINK.match(text, match.end())
    return (
        bool(link and link.group("dash"))
        and not cx.after_aged(left)
        and (counted_noun(text, quantity.end, singular=False) is None)
    )


def _read(text: str, match: re.Match[str], paragraph: Paragraph) -> tuple[Quantity | None, int]:
    """The figure starting at `match` (None when it is not one) and where the scan continues."""
    quantity = read_quantity(text, match)
    if quantity is None:
        return None, match.end()
    left = cx.left_of(text, quantity.start, paragraph.start_char)
    if quantity.bare and cx.names_something(left) or cx.is_title_word(text, quantity, left):
        return None, quantity.end
    if cx.is_marker(text, quantity, left, paragraph.start_char):
        return None, quantity.end
    if cx.is_date_or_time(text, quantity, left):
        return None, quantity.end
    numeral = match.group("num") or ""
    if cx.looks_like_year(quantity, numeral):
        followed_by_noun = counted_noun(text, quantity.end, singular=False) is not None
        if cx.is_year(quantity, left, numeral, followed_by_noun):
            return None, quantity.end
    joined = _join_range(text, quantity, left)
    if joined is not None:
        ranged, resume = joined
        if ranged is None:
            return None, resume
        quantity = ranged
    elif quantity.bare and cx.glued_to_something(text, quantity):
        return None, quantity.end
    if quantity.bare:
        _borrow_unit(text, quantity)
    if joined is not None and quantity.bare and _is_score(text, match, quantity, left):
        return None, quantity.end
    if quantity.bare and cx.age_from_context(text, quantity, left):
        quantity.unit, quantity.kind = "year", "age"
    elif quantity.kind == "duration" and cx.after_aged(left):
        quantity.kind = "age"
    if quantity.bare:
        noun = counted_noun(text, quantity.end, singular=quantity.value == 1 and quantity.value_high is None)
        if cx.is_pronoun_one(text, quantity, left, noun is not None):
            return None, quantity.end
        if noun is not None:
            quantity.unit, quantity.end = noun
    quantity.change = cx.change_from_context(text, quantity, left)
    return quantity, quantity.end


def _paragraph_figures(text: str, paragraph: Paragraph) -> list[Figure]:
    phones = [m.span() for m in _PHONE.finditer(text, paragraph.start_char, paragraph.end_char)]
    found: list[Quantity] = []
    position = paragraph.start_char
    while (match := QUANTITY.search(text, position, paragraph.end_char)) is not None:
        if any(start <= match.start() < end for start, end in phones):
            position = match.end()
            continue
        quantity, position = _read(text, match, paragraph)
        if quantity is None:
            continue
        if found and quantity.change == "=":
            between = text[found[-1].end : quantity.start]
            quantity.change = cx.inherited_change(between, found[-1].change) or quantity.change
        found.append(quantity)
    return [
        Figure(
            start_char=q.start,
            end_char=q.end,
            text=text[q.start : q.end],
            paragraph_idx=paragraph.idx,
            value=q.value,
            value_high=q.value_high,
            unit=q.unit,
            kind=q.kind,
            change=q.change,  # type: ignore[arg-type]
        )
        for q in found
    ]


def extract_figures(segmented: SegmentedDocument) -> list[Figure]:
    text = segmented.document.text
    figures: list[Figure] = []
    for paragraph in segmented.paragraphs:
        if paragraph.kind in EXTRACTABLE_KINDS:
            figures.extend(_paragraph_figures(text, paragraph))
    return figures


EXTRACTOR = Extractor(name="figures", version="1.0.0", run=extract_figures)
