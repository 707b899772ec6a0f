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


def _rank(figure: Figure) -> int:
    """Higher wins an overlap: calendar expressions, then specific quantities, then durations."""
    if figure.kind in _CALENDAR:
        return 2
    return 0 if figure.kind == "duration" else 1


def _combine_durations(kept: Figure, other: Figure) -> Figure:
    """Fill in what one reading of a duration lacks from the other."""
    longer, shorter = (kept, other) if kept.end_char - kept.start_char >= other.end_char - other.start_char else (other, kept)
    updates = {
        field: getattr(shorter, field)
        for field in ("value", "value_high", "value_text", "unit")
        if getattr(longer, field) is None and getattr(shorter, field) is not None
    }
    return longer.model_copy(update=updates)


def merge_figures(figures: Iterable[Figure]) -> list[Figure]:
    merged: list[Figure] = []
    for figure in sorted(figures, key=lambda f: (f.start_char, -f.end_char)):
        rivals = [f for f in merged if _overlap(f, figure) and (_rank(f) != 1 or _rank(figure) != 1)]
        for rival in rivals:
            if rival.kind == figure.kind == "duration":
                merged.remove(rival)
                figure = _combine_durations(rival, figure)
            elif _rank(rival) >= _rank(figure):
                break
            else:
                merged.remove(rival)
        else:
            merged.append(figure)
    return sorted(merged, key=lambda f: (f.start_char, f.end_char))
