"""One figure per stretch of text when the quantity and the date extractors both claim it.

"15 January 2021" is a date, not the count 15; "six months" is one duration, carrying both the
number SQL sums (6, month) and the ISO value (P6M); "a 34-year-old" is an age, not a duration.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.models import Figure

_CALENDAR = frozenset({"date", "time", "set"})
_NUMERAL = re.compile(r"\d[\d,.]*")


def _overlap(a: Figure, b: Figure) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


def _length(figure: Figure) -> int:
    return figure.end_char - figure.start_char


def _within(inner: Figure, outer: Figure) -> bool:
    return outer.start_char <= inner.start_char and inner.end_char <= outer.end_char


def _between_ends(inner: Figure, outer: Figure) -> bool:
    """Whether `inner` lies after the first number of the range `outer` and before its last:
    "€1.13203 at 6am to €1.12898" holds the time "6am" between its ends, and both facts stand;
    "hundreds of Sunday commuters" has one number word and no numeral between, and a set such as
    "per year" there is the first end's unit, not a fact of its own."""
    numerals = [found.span() for found in _NUMERAL.finditer(outer.text)]
    if len(numerals) < 2:
        return False
    first_end, last_start = outer.start_char + numerals[0][1], outer.start_char + numerals[-1][0]
    return first_end <= inner.start_char and inner.end_char <= last_start


def _combine_durations(a: Figure, b: Figure) -> Figure:
    """Fill in what one reading of a duration lacks from the other."""
    longer, shorter = (a, b) if _length(a) >= _length(b) else (b, a)
    updates = {
        field: getattr(shorter, field)
        for field in ("value", "value_high", "value_text", "unit")
        if getattr(longer, field) is None and getattr(shorter, field) is not None
    }
    return longer.model_copy(update=updates)


def _resolve(a: Figure, b: Figure) -> Figure | None:
    """The one figure two overlapping readings become, or None when both stand.

    A calendar expression wins over a quantity it contains ("15 January 2021" over 15) but loses
    to one that reaches beyond it ("$3,500 a month" over the set "a month"), and both stand when
    it lies between the ends of a range ("from 47% last year to 40%"); a specific quantity
    wins over a duration inside it ("a 34-year-old" over "34-year")."""
    a_calendar, b_calendar = a.kind in _CALENDAR, b.kind in _CALENDAR
    if a_calendar != b_calendar:
        calendar, other = (a, b) if a_calendar else (b, a)
        if other.value_high is not None and calendar.kind != "set" and _between_ends(calendar, other):
            return None
        return calendar if _within(other, calendar) else other
    if a_calendar:
        return a if _length(a) >= _length(b) else b
    if a.kind == b.kind == "duration":
        return _combine_durations(a, b)
    if "duration" in (a.kind, b.kind):
        return b if a.kind == "duration" else a
    return None


def merge_figures(figures: Iterable[Figure]) -> list[Figure]:
    merged: list[Figure] = []
    for figure in sorted(figures, key=lambda f: (f.start_char, -f.end_char)):
        for rival in [f for f in merged if _overlap(f, figure)]:
            winner = _resolve(rival, figure)
            if winner is not None:
                merged.remove(rival)
                figure = winner
        merged.append(figure)
    return sorted(merged, key=lambda f: (f.start_char, f.end_char))
