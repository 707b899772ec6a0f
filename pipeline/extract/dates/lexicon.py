"""Calendar vocabulary: the words news uses for months, days, units and vague references.

Each table pairs the regex fragment that finds a word with the mapping that reads it, so the
grammar and the normaliser cannot disagree about what a word means.
"""

from __future__ import annotations

from pipeline.extract.numbers import NUMBER_PATTERN, TENS, UNITS

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
"""Keyed by the first three letters, which every spelling and abbreviation shares."""

WEEKDAYS: dict[str, int] = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
"""ISO weekday numbers, keyed like `MONTHS`."""

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "final": 4,
}
"""Spelled ordinals as they name days ("March eighth"), quarters and centuries; "final" only
ever qualifies a quarter."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
}

UNIT_CODES: dict[str, tuple[str, float]] = {
    "second": ("S", 1), "minute": ("M", 1), "hour": ("H", 1), "day": ("D", 1), "night": ("D", 1),
    "week": ("W", 1), "fortnight": ("W", 2), "month": ("M", 1), "quarter": ("Q", 1),
    "year": ("Y", 1), "decade": ("Y", 10), "century": ("Y", 100), "millennium": ("Y", 1000),
}
"""Singular unit -> (ISO 8601 designator, how many of it one unit is)."""
CLOCK_UNITS = frozenset({"second", "minute", "hour"})
"""Units written after the `T` of an ISO duration."""

SET_ADVERBS: dict[str, str] = {
    "hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "fortnightly": "fortnight",
    "monthly": "month", "quarterly": "quarter", "annually": "year", "yearly": "year",
}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}

VAGUE_COUNTS = frozenset({"few", "a few", "several", "many", "some", "a number of"})
"""Counts with no value: "a few days" is `PXD`."""

MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s\d))"
"""Abbreviations without their dot only count before a day number ("Jan 5")."""
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]?\d)"
DAY_WORD = (
    r"(?i:thirty[-\s]first|twenty[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)"
)
YEAR_DIGITS = r"(?:1[5-9]\d\d|20\d\d)(?![\d,.]?\d)"

_ONES_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS_WORD = "(?:" + "|".join(TENS) + ")"
_TEENS_WORD = "(?:" + "|".join(k for k, v in UNITS.items() if v >= 10) + ")"
TWO_DIGIT_WORDS = rf"(?:{_TENS_WORD}(?:[-\s]{_ONES_WORD})?|{_TEENS_WORD})"
"""1-99 in words less the single digits, as the second half of a spoken year."""
YEAR_SPOKEN = rf"(?i:(?:nineteen|eighteen)[-\s]+(?:{TWO_DIGIT_WORDS}|hundred))"
"""Years as broadcasts say them: "nineteen ninety-six"; unmistakable even standing alone."""
YEAR_WORDS = (
    rf"(?:{YEAR_SPOKEN}|(?i:two\s+thousand(?:\s+and)?(?:[-\s]+(?:{TWO_DIGIT_WORDS}|{_ONES_WORD}))?))"
)
"""Spoken years including "two thousand and four", which is only a year where a year must be."""

WORD_COUNT = rf"(?i:{TWO_DIGIT_WORDS}|{_ONES_WORD}|ten|several|multi)"
"""Counts that glue to a unit with a hyphen ("five-year"), where `NUMBER_PATTERN` stops."""

COUNT = (
    rf"(?:(?i:half\s+an?)|(?i:{NUMBER_PATTERN})|(?i:a\s+few|a\s+number\s+of|few|several|many|some|an?)(?![\w-]))"
)

UNIT_SINGULAR = r"(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|millennium)"
UNIT_ANY = (
    r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|centur(?:y|ies)|millenni(?:um|a))"
)

APPROX: dict[str, str] = {
    "about": "~", "around": "~", "approximately": "~", "roughly": "~", "some": "~",
    "nearly": "~", "almost": "~", "close to": "~", "circa": "~",
    "more than": ">", "over": ">", "at least": ">", "upwards of": ">", "no less than": ">",
    "less than": "<", "fewer than": "<", "under": "<", "up to": "<", "at most": "<",
    "no more than": "<", "just under": "<", "just over": ">", "within": "<",
    "longer than": ">", "shorter than": "<",
}
"""Qualifiers that become `Figure.change`; TimeML keeps them inside the expression."""

HOLIDAYS: dict[str, tuple[str, int, int, int]] = {
    "christmas": ("fixed", 12, 25, 0), "christmas day": ("fixed", 12, 25, 0),
    "christmas eve": ("fixed", 12, 24, 0), "boxing day": ("fixed", 12, 26, 0),
    "new year": ("fixed", 1, 1, 0), "new years day": ("fixed", 1, 1, 0), "new years eve": ("fixed", 12, 31, 0),
    "valentines day": ("fixed", 2, 14, 0), "st patricks day": ("fixed", 3, 17, 0), "may day": ("fixed", 5, 1, 0),
    "juneteenth": ("fixed", 6, 19, 0), "canada day": ("fixed", 7, 1, 0), "fourth of july": ("fixed", 7, 4, 0),
    "bastille day": ("fixed", 7, 14, 0), "halloween": ("fixed", 10, 31, 0), "bonfire night": ("fixed", 11, 5, 0),
    "guy fawkes night": ("fixed", 11, 5, 0), "veterans day": ("fixed", 11, 11, 0),
    "remembrance day": ("fixed", 11, 11, 0), "armistice day": ("fixed", 11, 11, 0),
    "australia day": ("fixed", 1, 26, 0),
    "martin luther king day": ("nth", 1, 1, 3), "presidents day": ("nth", 2, 1, 3),
    "memorial day": ("nth", 5, 1, -1), "labor day": ("nth", 9, 1, 1),
    "thanksgiving": ("nth", 11, 4, 4), "thanksgiving day": ("nth", 11, 4, 4),
    "shrove tuesday": ("easter", -47, 0, 0), "ash wednesday": ("easter", -46, 0, 0),
    "palm sunday": ("easter", -7, 0, 0), "maundy thursday": ("easter", -3, 0, 0),
    "good friday": ("easter", -2, 0, 0), "easter": ("easter", 0, 0, 0), "easter sunday": ("easter", 0, 0, 0),
    "easter monday": ("easter", 1, 0, 0),
}
"""Holidays news dates events by, keyed by their lowercased name without apostrophes, stops or
"Jr.": a fixed month and day, the nth ISO weekday of a month (negative from its end), or days
from Western Easter.  Thanksgiving is the US one; the grammar leaves out Independence Days,
which every nation has, and the lunar and Orthodox calendars' feasts."""



def ordinal_value(text: str) -> int | None:
    """ "20th", "eighth", "twenty-first" -> 20, 8, 21."""
    lowered = text.lower().rstrip(".")
    digits = lowered.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    *tens, last = lowered.replace("-", " ").split()
    if last not in ORDINALS:
        return None
    return ORDINALS[last] + sum(TENS.get(word, 0) for word in tens)


def month_number(text: str) -> int:
    return MONTHS[text[:3].lower()]


def weekday_number(text: str) -> int:
    return WEEKDAYS[text[:3].lower()]
