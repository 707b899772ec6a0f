"""Calendar arithmetic on TimeML values: resolving a weekday or a month against the publication
date, and shifting an already-resolved value ("1989-Q3" a year earlier is "1988-Q3")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

Direction = Literal["past", "future"]

_SLACK_DAYS = 2
"""A wire story dated late on the 24th may say "Saturday, April 25" in the past tense."""

CLOSE_DAYS = 30
_CLOSE_MONTHS = 1
"""A day or month this close to the publication date is that occurrence whatever the tense says:
"the vote has been moved to December 13" in a December 6 paper is a week away, not a year back:
the tense cue nearest a date is often another clause's verb, and deadlines are told in the past
("extended its offer to Nov. 20")."""

_VALUE = re.compile(r"(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|W(?P<w>\d\d)|(?P<m>\d\d)(?:-(?P<d>\d\d))?))?$")


def iso_day(day: dt.date) -> str:
    return day.isoformat()


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def add_days(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def weekday_near(anchor: dt.date, weekday: int, direction: Direction | None, strict: bool) -> dt.date:
    """The named weekday closest to `anchor` on the side `direction` points to; without
    `strict`, a weekday equal to the anchor's is the anchor itself ("said Friday" in Friday's
    paper)."""
    delta = weekday - anchor.isoweekday()
    if delta == 0 and not strict:
        return anchor
    ahead, behind = delta if delta > 0 else delta + 7, delta if delta < 0 else delta - 7
    if direction == "future" or direction is None and ahead < -behind:
        return add_days(anchor, ahead)
    return add_days(anchor, behind)


def year_for_month(
    anchor: dt.date, month: int, day: int | None, direction: Direction | None, close_days: int = CLOSE_DAYS
) -> int:
    """A month (and day) without a year is the nearest one, or, when that is not close, the nearest
    on the side the tense points to: "on 3 March" in a December paper that says "will" is next March."""
    if day is not None:
        return year_for_day(anchor, lambda year: dt.date(year, month, min(day, 28)), direction, close_days)
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    here = (anchor.year, anchor.month)
    months = {y: (y - anchor.year) * 12 + month - anchor.month for y in years}
    nearest = min(years, key=lambda y: abs(months[y]))
    close_months = _CLOSE_MONTHS if close_days >= 0 else -1  # a negative reach turns closeness off
    if abs(months[nearest]) <= close_months or direction is None:
        return nearest
    if direction == "past":
        return max(y for y in years if (y, month) <= here)
    return min(y for y in years if (y, month) >= here)


def year_for_day(
    anchor: dt.date, day_in: Callable[[int], dt.date], direction: Direction | None, close_days: int = CLOSE_DAYS
) -> int:
    """The year of a day named without one ("December 13", "Thanksgiving"), `day_in` giving the
    day in any year: the nearest, unless it is not close and the tense points the other way."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    days = {y: (day_in(y) - anchor).days for y in years}
    nearest = min(years, key=lambda y: abs(days[y]))
    if abs(days[nearest]) <= close_days or direction is None:
        return nearest
    if direction == "past":
        return max(y for y in years if days[y] <= _SLACK_DAYS)
    return min(y for y in years if days[y] >= -_SLACK_DAYS)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The `nth` ISO `weekday` of a month, counting from its end when `nth` is negative: US
    Thanksgiving is the fourth Thursday of November, Memorial Day the last Monday of May."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))


def easter(year: int) -> dt.date:
    """Western Easter Sunday, by the anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_offset) // 433
    month, day = divmod(h + weekday_offset - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def shift_value(value: str, amount: int, unit: str) -> str | None:
    """`value` moved by `amount` units at its own granularity, or None when the unit is finer
    than the value can express."""
    parts = _VALUE.match(value)
    if parts is None:
        return None
    year = int(parts["y"])
    if unit == "year":
        return f"{year + amount:04d}" + value[4:]
    if parts["q"] and unit in ("quarter", "month"):
        quarters = amount if unit == "quarter" else amount / 3
        if quarters != int(quarters):
            return None
        y, q = divmod(year * 4 + int(parts["q"]) - 1 + int(quarters), 4)
        return f"{y:04d}-Q{q + 1}"
    if parts["m"] and unit in ("month", "quarter"):
        y, m = add_months(year, int(parts["m"]), amount * (3 if unit == "quarter" else 1))
        if parts["d"]:
            return None
        return iso_month(y, m)
    if parts["d"] and unit in ("day", "week"):
        day = dt.date(year, int(parts["m"]), int(parts["d"]))
        return iso_day(add_days(day, amount * (7 if unit == "week" else 1)))
    return None
