"""Shares: fractions and ratios, which measure a part against a whole or against one unit.

"one in seven schools" and "nine out of ten trainees" are the fractions 1/7 and 0.9 of what they
count; "three-quarters of a percentage point" and "half a mile" measure in the unit they divide;
"half the condos" and "a third of the population" are fractions of a named whole.
"""

from __future__ import annotations

import re

from pipeline.extract.figures import context as cx
from pipeline.extract.figures.nouns import counted_noun, whole_after_fraction
from pipeline.extract.figures.scan import POINT_AFTER, QUANTITY_AT, Quantity, attach_unit, read_quantity
from pipeline.extract.numbers import SCALES

_OF_A = re.compile(r"\s+(?:of\s+)?an?\s(?=\w)", re.IGNORECASE)
""""three-quarters of a percentage point", "half a mile": what stands between a fraction and one unit."""
_UNITS_OF_ONE = frozenset({"percent", "measure", "duration", "money"})
"""Kinds of unit a fraction of one may measure in; a count ("half a world") is an idiom."""
_POINT = re.compile(r"point\b", re.IGNORECASE)
""""raised rates by a quarter of a point": a point of an index or a rate counts as a unit."""
_POINT_AFTER = re.compile(POINT_AFTER, re.IGNORECASE)
_SCALE_NEXT = re.compile(r"(?:million|billion|trillion|thousand)\b", re.IGNORECASE)
_A_NEXT = re.compile(r"\s+an?\s", re.IGNORECASE)
""""half a world away", "given half a chance": half of one thing that is no unit is an idiom."""
_IN_EVERY = re.compile(r"(?:\s+|-)(?:in|(?P<out>out\s+of))(?:\s+|-)(?:every\s+)?(?=\w)", re.IGNORECASE)
"""What joins the two numbers of a share: "one in seven", "one in every 20", "nine out of ten",
"Six-in-10"."""
_RATING_AFTER = re.compile(r"\s+(?:stars?|points?|marks?|goals?)\b", re.IGNORECASE)
_TALLY_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|took|take|takes|taking|lost|losing|scored|majority\s+of|by)\s+$", re.IGNORECASE
)
_ROUND_WHOLES = (10.0, 100.0, 1000.0)
""""four in 10 adults" and "nine out of ten trainees" are proportions whatever the part; "scored 8 in
12 games" and "211 out of 359 lawmakers" count, so another whole needs a part of "one" ("one in
5,000 babies", "one out of every three Americans"), a spelled part ("two in three adults", "three
out of four girls"), "every" ("two out of every three barrels") or a verb of opinion ("3 in 4
say").  The blind sets mark a spelled part "out of" a whole as a share, a part in digits as a count."""


_OPINION_AFTER = re.compile(
    r"\s+(?:say|says|said|are|were|think|believe|want|expect|agree|support|oppose|report|reported)\b"
)
""""almost 3 in 4 say": a share of people polled, whatever the numbers are written in."""


def read_as_ratio(text: str, quantity: Quantity) -> bool:
    """ "one in seven schools", "one in every 10 adults", "nine out of ten trainees": a share, read
    as the fraction it is (1/7) of what the denominator counts.  Returns whether `quantity` became
    that fraction."""
    link = _IN_EVERY.match(text, quantity.end)
    second = QUANTITY_AT.match(text, link.end()) if link else None
    whole = read_quantity(text, second) if second and not second.group("vague") else None
    every = link is not None and "every" in link.group().lower()
    if (
        whole is None
        or not (whole.bare or every and whole.kind == "measure")
        or whole.value_high is not None
        or quantity.value_high is not None
        or not quantity.value < whole.value
        or cx.looks_like_year(whole, text[whole.start : whole.end])
    ):
        return False
    if link.group("out") and quantity.is_word and _is_tally(text, whole, left_start=quantity.start):
        return False
    opinion = link.group("out") is None and _OPINION_AFTER.match(text, whole.end) is not None
    if whole.value not in _ROUND_WHOLES and quantity.value != 1 and not quantity.is_word:
        if not (opinion or every):
            return False
    noun = counted_noun(text, whole.end, singular=False) if whole.bare else None
    if not whole.bare:
        noun = text[second.end() : whole.end].strip(), whole.end
    quantity.value /= whole.value
    quantity.unit = f"fraction of {noun[0]}" if noun else "fraction"
    quantity.end = noun[1] if noun else whole.end
    return True


def _is_tally(text: str, whole: Quantity, left_start: int) -> bool:
    """ "three out of five stars", "won five out of seven seats", "a majority of ten out of twelve":
    a rating or a tally counts, where "three out of four girls" is a share."""
    if _RATING_AFTER.match(text, whole.end):
        return True
    return _TALLY_BEFORE.search(text, max(0, left_start - 40), left_start) is not None


def attach_unit_of_one(text: str, quantity: Quantity) -> bool:
    """ "three-quarters of a percentage point", "half a mile", "a quarter of a point", "a half-mile":
    a fraction of one unit measures in that unit.  Returns whether it did."""
    article = _OF_A.match(text, quantity.end)
    if article is None:
        hyphened = text.startswith(("-", " "), quantity.end) and _attach_hyphened(text, quantity)
        return hyphened or _attach_point(text, quantity)
    scale = _SCALE_NEXT.match(text, article.end())
    if scale is not None:
        return _read_share_of_scale(text, quantity, scale)
    unit = Quantity(article.end() - 1, article.end() - 1, 1.0)
    attach_unit(text, unit)
    point = _POINT.match(text, article.end())
    if point is not None and unit.unit is None:
        unit.unit, unit.kind, unit.end = "point", "count", point.end()
    elif unit.kind not in _UNITS_OF_ONE:
        return False
    quantity.unit, quantity.kind, quantity.end = unit.unit, unit.kind, unit.end
    return True


def _attach_point(text: str, quantity: Quantity) -> bool:
    """ "a quarter percentage point", "a quarter point", "a half-point increase": how central-bank
    news writes "a quarter of a percentage point"."""
    point = _POINT_AFTER.match(text, quantity.end)
    if point is None:
        return False
    unit, kind = ("percentage point", "percent") if "percentage" in point.group().lower() else ("point", "count")
    quantity.unit, quantity.kind, quantity.end = unit, kind, point.end()
    return True


def _read_share_of_scale(text: str, quantity: Quantity, scale: re.Match[str]) -> bool:
    """ "nearly a quarter of a billion dollars": a fraction of a scale word is a number, with the
    unit written after the scale."""
    factor = SCALES[scale.group().lower()]
    quantity.value *= factor
    quantity.unit, quantity.kind, quantity.end, quantity.scale = None, "count", scale.end(), factor
    unit = Quantity(scale.end(), scale.end(), quantity.value, scale=factor)
    attach_unit(text, unit)
    if unit.unit is not None:
        quantity.unit, quantity.kind, quantity.end = unit.unit, unit.kind, unit.end
    return True


def _attach_hyphened(text: str, quantity: Quantity) -> bool:
    """ "a half-mile section", "a quarter-ton of cocaine", "a quarter mile": the unit hyphened or
    spaced after the fraction."""
    unit = Quantity(quantity.start, quantity.end, quantity.value)
    attach_unit(text, unit)
    if unit.unit == "GBP" and text.startswith("-", quantity.end):
        unit.unit, unit.kind = "lb", "measure"  # "a half-pound burger" weighs; "half a pound" may be money
    if unit.kind not in _UNITS_OF_ONE:
        return False
    quantity.unit, quantity.kind, quantity.end = unit.unit, unit.kind, unit.end
    return True


def is_idiom(text: str, quantity: Quantity) -> bool:
    """ "half a world away", "given half a chance": half of one thing that is no unit."""
    return _A_NEXT.match(text, quantity.end) is not None


def attach_whole(text: str, quantity: Quantity) -> None:
    """ "half the condos", "a third of the population": a fraction is a fraction of something."""
    whole = whole_after_fraction(text, quantity.end)
    if whole is not None:
        quantity.unit = f"fraction of {whole[0]}"
        quantity.end = whole[1]
