"""Calendar arithmetic on TimeML values: resolving a weekday or a month against the publication
date, and shifting an already-resolved value ("1989-Q3" a year earlier is "1988-Q3")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

Direction = Literal["past", "future"]

_SLACK_DAYS = 2
"""A wire story dated late on the 24th may say "Saturday, April 25" in the past tense."""

_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|W(?P<w>\d\d)|(?P<m>\d\d)(?:-(?P<d>\d\d))?))?$"
)


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
    if direction == "future":
        return add_days(anchor, delta if delta > 0 else delta + 7)
    return add_days(anchor, delta if delta < 0 else delta - 7)


def year_for_month(anchor: dt.date, month: int, day: int | None, direction: Direction | None) -> int:
    """A month (and day) without a year is the nearest one on the side the tense points to, or
    simply the nearest: "on 3 January" in a December paper that says "will" is next January."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    if day is None:
        here = (anchor.year, anchor.month)
        if direction == "past":
            return max(y for y in years if (y, month) <= here)
        if direction == "future":
            return min(y for y in years if (y, month) >= here)
        return min(years, key=lambda y: abs((y - anchor.year) * 12 + month - anchor.month))
    days = {y: (dt.date(y, month, min(day, 28)) - anchor).days for y in years}
    if direction == "past":
        return max(y for y in years if days[y] <= _SLACK_DAYS)
    if direction == "future":
        return min(y for y in years if days[y] >= -_SLACK_DAYS)
    return min(years, key=lambda y: abs(days[y]))


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
