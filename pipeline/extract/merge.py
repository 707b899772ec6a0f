"""One figure per stretch of text when the quantity and the date extractors both claim it.

"15 January 2021" is a date, not the count 15; "six months" is one duration, carrying both the
number SQL sums (6, month) and the ISO value (P6M); "a 34-year-old" is an age, not a duration.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.models import Figure

_CALENDAR = frozenset({"date", "time", "set"})


def _overlap(a: Figure, b: Figure) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


def _length(figure: Figure) -> int:
    return figure.end_char - figure.start_char


def _within(inner: Figure, outer: Figure) -> bool:
    return outer.start_char <= inner.start_char and inner.end_char <= outer.end_char


def _inside(inner: Figure, outer: Figure) -> bool:
    """Strictly within, touching neither end: "€1.13203 at 6am to €1.12898" holds the time "6am"
    between its two ends, and both facts stand (a set such as "per year" there is the first end's
    unit, not a fact of its own)."""
    return outer.start_char < inner.start_char and inner.end_char < outer.end_char


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
        if other.value_high is not None and calendar.kind != "set" and _inside(calendar, other):
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
