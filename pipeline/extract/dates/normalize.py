"""Turns one match of the grammar into a TimeML reading: kind, ISO value and, for durations,
the number and unit SQL can compare.  A reader returns None to veto a match that only looks
temporal ("May" the verb, "Sunday Times" the paper, "pounds 1999")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.dates.calendar import (
    CLOSE_DAYS,
    Direction,
    add_days,
    add_months,
    easter,
    iso_day,
    iso_month,
    iso_week,
    nth_weekday,
    quarter_of,
    shift_value,
    weekday_near,
    year_for_day,
    year_for_month,
)
from pipeline.extract.dates.context import Discourse, tense_near
from pipeline.extract.dates.lexicon import (
    APPROX,
    CLOCK_UNITS,
    DAY_PARTS,
    DECADE_WORDS,
    HOLIDAYS,
    SEASONS,
    SET_ADVERBS,
    UNIT_CODES,
    VAGUE_COUNTS,
    month_number,
    ordinal_value,
    weekday_number,
)
from pipeline.extract.numbers import parse_number
from pipeline.extract.periods import over_names_a_period

_SPACES = re.compile(r"\s+")
_NEXT_WORD = re.compile(r"['’]s\b|\s+([\w-]+)")
_PREVIOUS_WORD = re.compile(r"([\w$£€.]+)\s*$")
_PREVIOUS_WORD_REACH = 64
"""Searching the whole paragraph before a year for its last word costs as much as reading the
paragraph; the word almost always lies within this many characters."""
_TARGET_CLOSE_DAYS = 60
_TARGETS = frozenset({"to", "until", "till", "by", "through"})
"""A day a thing is moved, extended or due to is ahead even in the past tense ("extended its tender
offer to May 5" in a March paper), so the nearest one wins within two months, not one."""
_EVENT_CLOSE_DAYS = 7
"""How close a day after "on" must be to the publication date to be that occurrence against the
tense: "deadlines extended to Nov. 20" are ahead, but "strikes on 8 January" in a paper of 31
December, told in the past tense, were a year back."""
_NAME_BEFORE_TODAY = re.compile(r"\b[A-Z][A-Za-z]*\s+$")
"""A capitalised "Today" after a capitalised word is a title: "USA Today", "India Today's dashboard"."""
_FRACTION_OF_A_MEASURE = re.compile(r"\s+(?i:point|mile|length|inch|stake|share|majority)s?\b")
""""a three-quarter point increase", "a three-quarter stake": a fraction, not three quarters of a year."""
_SOME_QUARTERS = re.compile(r"(?i:some|certain|many|other|all)\s+quarters")
""""pressure from some quarters": people somewhere, not a span of quarters."""
_A_NTH = re.compile(r"an?\s+(?:third|fifth|sixth|seventh|eighth|ninth|tenth)")
_RUN_WORD = re.compile(r"(?i)\b(?:straight|consecutive|successive)\b")
_LISTED_DAY = re.compile(
    r"(?:\s*(?P<through>[-–]|\bto\b|\bthrough\b|\buntil\b)\s*|\s+(?:and|or|&)\s+)(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?\b"
    r"(?=\s*(?:[.;:)]|,\s|$)|\s+(?:and|or|respectively|in|at|after|for|with|from|before|this|next)\b)"
    r"|,\s*(?P<listed>[12]?\d|3[01])(?:st|nd|rd|th)?\b(?=,\s|\s+(?:and|or|&)\s)"
)
"""A day after a date and "and", "or" or "to" ("March 22 and 26 respectively", "April 20 and 21 in
Geneva", "from June 12 to 16"), or after a comma in a list that goes on ("May 20, 21 and 22");
not "On March 15, 12 of the 20 defendants" nor "On March 15 and 12 people"."""
_NOT_AN_ABBREVIATION = r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)"
_YEAR_VALUE = re.compile(r"\d{4}")
_POSSESSIVE_YEAR = re.compile(r"['’]s\s+")
_OPENS_THE_SENTENCE = re.compile(r"(?:^|[.!?]\s+)[\"“]?(?:(?:In|By|During|Early|Late|Earlier|Later)\s+(?:in\s+)?)?$")
_OTHER_CLAUSE = re.compile(
    r"\b(?:said|says|told|added|announced|reported|stated|noted|will|would|'ll|since|and|but|while|when|after|before)\b",
    re.IGNORECASE,
)
_RANGE_TO = re.compile(r"\s*(?:[-–]|to|until|through)\s*")
_FROM_A_DAY = re.compile(r"\b(?:from|between)\s+[^,;]{1,30}$", re.IGNORECASE)
_COUNT_BEFORE_ON = re.compile(r"\d[\d,]*(?:\s+[a-z]+){0,2}\s+on\s+$")
_ENDS_A_CLAUSE = re.compile(r"\s*(?:[.;:)]|,\s|$)")
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(rf"{_NOT_AN_ABBREVIATION}[.!?]\s")
"""A full stop that ends a sentence, not one of "Jan. 20", "Sept. 3" or "St. Louis"."""
_TOLD_FROM = re.compile(r"(?i)the\s+(?:previous|prior|following)\b")
_RATE_OF_A_MEASURE = re.compile(
    r"(?:\b(?:miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet|foot|knots?|litres?|liters?|gallons?|words|beats"
    r"|revolutions|frames|cubic\s+\w+|inch(?:es)?|millimet(?:re|er)s?|centimet(?:re|er)s?|mm|cm|barrels|tonnes"
    r"|tons|bushels)|\d(?:mm|cm|in))\s+$",
    re.IGNORECASE,
)
""""60 miles per hour", "3 inches per hour", "100,000 barrels per day": a speed or a rate of some
measure, not a TIMEX3 set."""
_YEAR_AFTER_DAY = re.compile(r",?\s+((?:19|20)\d\d)\b")
_SINCE_A_DAY = re.compile(r"\bsince\s+\S+(?:\s+\S+){0,2}$", re.IGNORECASE)
""""missing since December 12, 2019": a day long past, named as where a state began, is background,
which "the next day" in the sentence after does not follow."""
_STORY_DAYS = 14
_RECENT_DAYS = 60
_STORY_MONTHS = 3
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d(?!\d)")
_NOT_IN_HOLIDAY_KEY = re.compile(r"['’.]|\s+jr\b")
_CAPITALISED_NAME = re.compile(r"\s+[A-Z][a-z]")
_CALENDAR_WORD = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
_MONTH_PREPOSITIONS = frozenset(
    "in since until till by from of during before after through throughout between and or to "
    "for last next this early late mid end beginning start middle".split()
)
_NAME_BEFORE_YEAR_OK = frozenset(
    "In Since By From Until Before After During For Of And Or To Through The Between Early Late "
    "Mid Fiscal FY Summer Winter Spring Autumn Fall".split()
)
_COUNTED_NOUNS = frozenset(
    "people persons votes jobs troops soldiers workers employees staff members cars vehicles homes "
    "houses units shares points seats games matches runs goals metres meters km kilometres miles "
    "feet yards tonnes tons kg pounds dollars euros calories words pages times copies users "
    "customers visitors students children patients cases deaths hours minutes barrels acres "
    "hectares square cubic megabytes".split()
)
_HEDGES = frozenset("around nearly almost approximately roughly some".split())
_PLURAL_NEXT = re.compile(
    r"\s+(?:(?!(?:the|a|an|this|that|its|their|his|her|our)\b)[a-z-]+\s+)?"
    r"(?!(?:levels|figures|prices|rates|highs|lows|peaks|standards|forecasts|estimates|elections)\b)[a-z]{2,}s\b"
)
"""A plural that a hedged number counts ("roughly 1850 pupils"); not one a year dates ("nearly 2019
levels", "around 2010 prices")."""
_MORE_OR_FEWER_THAN = re.compile(r"(?i)\b(?:more|fewer|less)\s+than\s+$")
_CURRENCY_WORDS = frozenset("pounds dollars euros yen rupees $ £ € us$ rs no. number".split())
_NOT_IN_PHRASE = r"(?:and|or|but|it|is|was|has|his|its|this|thus|does|the|to|of|in|on|for|with|that|who|which)"
"""Words that end a counted phrase: "3 goals and it was a day to remember" has no rate."""
_RATE_REACH = 80
"""Characters before "a day" searched for the amount it divides: a number, its phrase and a blank."""
_RATE_BEFORE = re.compile(
    r"(?:\d|%|\b(?:percent|cent|times|once|twice|million|billion|bn|m|dollars|pounds|euros|more|less|plus))\W*$"
    r"|\b(?:hour|minute|second)s?\s+$"
    rf"|\d[\d,.]*\s+(?:(?!{_NOT_IN_PHRASE}\b)[a-z-]+\s+){{0,3}}(?!{_NOT_IN_PHRASE}\b)[a-z]{{2,}}(?<![su])s\s+$",
    re.IGNORECASE,
)
""""$3,500 a month", "twice a day", "an hour a day", "600,000 page views a day": after an amount,
a unit of time or a counted plural, "a day" is the rate's period (a set), not a duration; after a
plural with no number ("newspapers a day in advance") it stays one."""
_FUNCTION_WORDS = frozenset(
    "and or but to in on at for by from since until through with as than the a an of is are was "
    "were will would has have had".split()
)
"""Words after "quarterly" that leave it an adverb; any other word makes it an adjective
("a quarterly dividend"), which TimeML does not mark."""
_NOT_AFTER_CURRENT = frozenset({"account", "accounts", "affairs", "of", "and", "flows", "flowing"})


@dataclass(frozen=True)
class Reading:
    start: int
    end: int
    kind: str
    value_text: str | None
    value: float | None = None
    value_high: float | None = None
    unit: str | None = None
    change: str = "="


def _year_after_dated_day(match: re.Match[str], text: str) -> re.Match[str] | None:
    """The year after the dated day a clock time is "on" ("8:46 a.m. on Sept. 11, 2001"); a
    weekday has no year after it ("at 9 a.m. on Monday, 2000 troops")."""
    if not match["time_on"] or not any(character.isdigit() for character in match["time_day"]):
        return None
    return _YEAR_AFTER_DAY.match(text, match.end())


def _rate_of_a_measure(text: str, at: int) -> bool:
    return _RATE_OF_A_MEASURE.search(text, max(0, at - 30), at) is not None


class Normalizer:
    """Reads matches in document order, so anaphoric expressions see what came before them."""

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.discourse = Discourse()
        self._readers: dict[str, Callable[[re.Match[str], str], Reading | None]] = {
            "time": self._time,
            "iso": self._iso,
            "fdate": self._full_date,
            "my": self._month_year,
            "sy": self._season_year,
            "ago": self._ago,
            "set": self._set,
            "qtr": self._quarter,
            "qref": self._quarter_ref,
            "cent": self._century,
            "dec": self._decade,
            "year": self._year,
            "fy": self._year_span,
            "yago": self._year_ago,
            "pend": self._period_end,
            "rel": self._relative,
            "rday": self._relative_day,
            "nday": self._next_day,
            "hol": self._holiday,
            "dpart": self._day_part,
            "wday": self._weekday,
            "mon": self._month,
            "dur": self._duration,
            "ref": self._reference,
        }

    def read(self, match: re.Match[str], text: str) -> Reading | None:
        reading = self._readers[match.lastgroup or ""](match, text)
        if reading is not None and reading.kind in ("date", "time") and reading.value_text:
            self._follow(match, reading.value_text, text)
        return reading

    def _follow(self, match: re.Match[str], value: str, text: str) -> None:
        """Keeps the day and month the story is at: a day within a fortnight and a month within a
        season of publication ("Monday", "December 2022"), not the background ("the highest since
        Nov. 1, 1991", "founded in March 2010"), and nothing told from them ("the previous month"),
        so that a second "the previous month" means the same month as the first."""
        if match.lastgroup == "nday" or _TOLD_FROM.match(match.group(0)):
            return
        opens = _OPENS_THE_SENTENCE.search(text, 0, match.start()) is not None
        if _YEAR_VALUE.fullmatch(value) and (opens or _POSSESSIVE_YEAR.match(text, match.end())):
            near = self.published is None or abs(int(value) - self.published.year) <= 1
            if near or not opens:
                self.discourse.year_named = (int(value), text, match.end(), opens)
        day = _DAY_VALUE.match(value)
        if day is not None:
            named = dt.date.fromisoformat(day.group(0))
            self.discourse.named_day = (named, text, match.end())
            if self.published is None or abs((named - self.published).days) <= _STORY_DAYS:
                self.discourse.day = named
        if _MONTH_VALUE.match(value) and (
            self.published is None or _months_apart(value, self.published) <= _STORY_MONTHS
        ):
            self.discourse.month = value[:7]

    def _sentence_year(self, match: re.Match[str], text: str, month_day: tuple[int, int]) -> int | None:
        """The year a day or month without one falls in when the text fixes it: the end of a range
        whose start was just dated ("from April 28 to May 6", "from Dec. 20 to Jan. 5"), a year's
        possessive right before it ("last year's Christmas Eve storm"), or a year near publication
        that opens its sentence, unless a report or another clause comes between ("In 2023,
        inflation averaged 7.2 percent, the central bank said on March 12" is this year's)."""
        if self.discourse.named_day is not None:
            named, where, end = self.discourse.named_day
            if where is text and _RANGE_TO.fullmatch(text, end, match.start()) and _FROM_A_DAY.search(text, 0, end):
                return named.year + (month_day < (named.month, named.day))  # "from Dec. 20 to Jan. 5"
        if self.discourse.year_named is not None:
            year, where, end, opens = self.discourse.year_named
            if where is not text or end > match.start():
                return None
            if _POSSESSIVE_YEAR.fullmatch(text, end, match.start()):
                return year
            between = text[end : match.start()]
            if opens and not _SENTENCE_BREAK.search(between) and not _OTHER_CLAUSE.search(between):
                return year
        return None

    def listed_days(self, match: re.Match[str], reading: Reading, text: str) -> list[Reading]:
        """The days listed after a date that share its month: "on March 22 and 26", "April 29 or
        30", "May 20, 21 and 22", "from June 12 to 16"; and the day a clock time is "on", which
        TIMEX3 marks apart from the time and dates as the time's value does ("9 p.m. ET on
        Wednesday", where "p.m. ET" would cut the clause that tells the tense)."""
        if match.lastgroup == "time" and match["time_on"]:
            if _year_after_dated_day(match, text) is not None:
                return []  # "8:46 a.m. on Sept. 11, 2001": the date with its year is read next
            day = reading.value_text[:10] if reading.value_text else None
            return [Reading(match.start("time_day"), match.end("time_day"), "date", day)]
        if match.lastgroup != "fdate" or match["fd_d2"] is None or match["fd_y"]:
            return []
        value = reading.value_text
        days: list[Reading] = []
        position = reading.end
        counts_before = _COUNT_BEFORE_ON.search(text, max(0, match.start() - 40), match.start()) is not None
        while (listed := _LISTED_DAY.match(text, position)) is not None:
            if counts_before and not _ENDS_A_CLAUSE.match(text, listed.end()):
                break  # "killed 45 people on March 6 and 12 in the aftershocks" lists counts
            day = int(listed["day"] or listed["listed"])
            only_to = listed["through"] is not None and listed["through"].lower() == "to"
            if listed["through"] and (
                only_to and not _FROM_BEFORE.search(text, 0, match.start()) or day <= int(value[8:10])
            ):
                break  # "from June 12 to 16" ends later than it starts; "rose on March 8 to 23" is no range
            try:
                day_value = value[:8] + f"{day:02d}" if value and _DAY_VALUE.fullmatch(value) else None
                if day_value is not None:
                    dt.date.fromisoformat(day_value)
            except ValueError:
                break
            start = listed.start("day") if listed["day"] else listed.start("listed")
            days.append(Reading(start, listed.end(), "date", day_value))
            position = listed.end()
        return days

    def _date(self, match: re.Match[str], value: str | None, kind: str = "date", change: str = "=") -> Reading:
        return Reading(match.start(), match.end(), kind, value, change=change)

    def _tense(self, match: re.Match[str], text: str) -> Direction | None:
        return tense_near(text, match.start(), match.end())

    def _time(self, match: re.Match[str], text: str) -> Reading | None:
        if match["time_word"]:
            clock = "24:00" if match["time_word"].lower() == "midnight" else "12:00"
        elif match["time_ampm"]:
            hour = int(match["time_h"]) % 12 + (12 if match["time_ampm"][0].lower() == "p" else 0)
            clock = f"{hour:02d}:{match['time_min'] or '00'}"
        else:
            clock = f"{int(match['time_h24']):02d}:{match['time_min24']}"
        day = (
            self._day_phrase(match["time_day"], match, text)
            if match["time_day"]
            else self.discourse.day or self.published
        )
        year_after = _year_after_dated_day(match, text)
        if day and year_after is not None:
            try:
                day = day.replace(year=int(year_after.group(1)))
            except ValueError:
                day = None
        value = f"{iso_day(day)}T{clock}" if day else None
        if match["time_on"]:
            # "11:50pm on Nov. 19": TIMEX3 leaves the preposition out, so the day after "on" is a
            # date of its own (`listed_days`); the time still carries it in its value.
            return Reading(match.start(), match.start("time_on"), "time", value, change=_change(match["time_ap"]))
        return self._date(match, value, "time", _change(match["time_ap"]))

    def _day_phrase(self, phrase: str, match: re.Match[str], text: str) -> dt.date | None:
        """The day a clock time is attached to ("10 p.m. Wednesday", "5 p.m. EST Nov. 9")."""
        if self.published is None:
            return None
        lowered = phrase.lower()
        for word, offset in (("today", 0), ("yesterday", -1), ("tomorrow", 1)):
            if lowered == word:
                return add_days(self.published, offset)
        words = phrase.replace(",", " ").split()
        if words[0][:3].lower() in ("mon", "tue", "wed", "thu", "fri", "sat", "sun") and len(words) == 1:
            return weekday_near(self.published, weekday_number(words[0]), self._tense(match, text), False)
        month_word, day_word = (words[-2], words[-1]) if not words[-2].isdigit() else (words[-1], words[-2])
        day = int(day_word.rstrip("stndrh"))
        month = month_number(month_word)
        try:
            return dt.date(year_for_month(self.published, month, day, self._tense(match, text)), month, day)
        except ValueError:
            return None

    def _iso(self, match: re.Match[str], text: str) -> Reading | None:
        try:
            day = dt.date(int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"]))
        except ValueError:
            return None
        return self._date(match, iso_day(day))

    def _full_date(self, match: re.Match[str], text: str) -> Reading | None:
        month = month_number(match["fd_m1"] or match["fd_m2"])
        day_text = match["fd_d1"] or match["fd_d2"]
        day = ordinal_value(day_text)
        if day is None or not 1 <= day <= 31:
            return None
        if match["fd_y"]:
            year: int | None = _year_value(match["fd_y"])
        elif (named_year := self._sentence_year(match, text, (month, day))) is not None:
            year = named_year
        elif self.published is not None:
            before = _previous_word(text, match.start())
            word = before.group(1).lower() if before is not None else ""
            if word == "since":  # "held since May 1": a day gone by, however close
                year = year_for_month(self.published, month, day, "past", -1)
            else:
                close = _EVENT_CLOSE_DAYS if word == "on" else _TARGET_CLOSE_DAYS if word in _TARGETS else CLOSE_DAYS
                year = year_for_month(self.published, month, day, self._tense(match, text), close)
        else:
            year = None
        if year is None:
            return self._date(match, f"XXXX-{month:02d}-{day:02d}")
        try:
            return self._date(match, iso_day(dt.date(year, month, day)))
        except ValueError:
            return None

    def _month_year(self, match: re.Match[str], text: str) -> Reading | None:
        month = month_number(match["my_m"])
        if match["my_y"]:
            year = _year_value(match["my_y"])
        elif self.published is None:
            return self._date(match, None)
        else:
            year = self.published.year + {"this": 0, "last": -1, "next": 1}[match["my_rel"].lower()]
        return self._date(match, iso_month(year, month) if year else None)

    def _season_year(self, match: re.Match[str], text: str) -> Reading | None:
        year = _year_value(match["sy_y"])
        return self._date(match, f"{year:04d}-{SEASONS[match['sy_s'].lower()]}" if year else None)

    def _ago(self, match: re.Match[str], text: str) -> Reading | None:
        unit = _singular(match["ago_u"])
        direction = _SPACES.sub(" ", match["ago_dir"].lower())
        sign = -1 if direction in ("ago", "earlier") else 1
        change = _change(match["ago_ap"])
        count = _count_value(match["ago_n"])
        if count is None or count != int(count):
            return self._date(match, "PAST_REF" if sign < 0 else "FUTURE_REF", change=change)
        amount = sign * int(count)
        if unit == "year" and self.discourse.quarter and direction in ("ago", "earlier"):
            return self._date(match, shift_value(self.discourse.quarter, amount, "year"), change=change)
        if self.published is None:
            return self._date(match, None, change=change)
        return self._date(match, _deictic(self.published, amount, unit), change=change)

    def _set(self, match: re.Match[str], text: str) -> Reading | None:
        if match["set_adv"]:
            after = _NEXT_WORD.match(text, match.end())
            if after and after.group(1) and after.group(1) not in _FUNCTION_WORDS:
                return None
            unit = SET_ADVERBS[match["set_adv"]]
            code, size = UNIT_CODES[unit]
            return self._date(match, _period(1 * size, unit, code), "set")
        if match["set_wd"]:
            return self._date(match, f"XXXX-WXX-{weekday_number(match['set_wd'])}", "set")
        if match["set_m"]:
            return self._date(match, f"XXXX-{month_number(match['set_m']):02d}", "set")
        if match["set_part"]:
            part = match["set_part"].lower()
            value = "XXXX-WXX-WE" if part == "weekend" else f"XXXX-XX-XXT{DAY_PARTS[part]}"
            return self._date(match, value, "set")
        if match["set_q"].lower() == "per" and _rate_of_a_measure(text, match.start()):
            return None
        unit = _singular(match["set_u"])
        counted = match["set_n"]
        count = 2.0 if counted and counted.lower() == "other" else (_count_value(counted) if counted else 1.0)
        code, size = UNIT_CODES[unit]
        value = _period(count * size, unit, code) if count is not None else None
        written = count if counted and counted.lower() != "other" else None
        return Reading(match.start(), match.end(), "set", value, value=written, unit=unit)

    def _quarter(self, match: re.Match[str], text: str) -> Reading | None:
        if match["q_code"]:
            number, unit, year_text = int(match["q_code"][1]), "quarter", match["q_y3"]
        else:
            unit = match["q_unit"].lower()
            if match["q_month"] and unit != "quarter":
                return None
            last = (match["q_ord"] or "").lower() == "last"
            if match["q_month"]:
                number = month_number(match["q_month"]) // 3  # "the March quarter" ends in March
            else:
                number = (2 if unit == "half" else 4) if last else ordinal_value(match["q_ord"]) or 4
            year_text = match["q_y1"] or match["q_y2"]
            if last and unit == "quarter" and not (year_text or match["q_rel"]):
                if match["q_pre"] or match["q_ago"] or match["q_fy"] or self.published is None:
                    return None
                return self._date(
                    match, shift_value(f"{self.published.year:04d}-Q{quarter_of(self.published)}", -1, "quarter")
                )
        explicit_year = _year_value(year_text) if year_text else None
        offset = 0
        prefix = (match["q_pre"] or "").lower()
        if match["q_ago"] or prefix.startswith("last"):
            offset = -1
        elif prefix.startswith("next"):
            offset = 1
        if match["q_rel"]:
            offset = {"this": 0, "the": 0, "last": -1, "next": 1}[match["q_rel"].lower()]
        dated = explicit_year is not None or offset or match["q_rel"] or "year" in prefix or match["q_fy"]
        if unit == "half" and (not dated or number > 2):
            return None
        code = "Q" if unit == "quarter" else "H"
        if explicit_year is None and self.published is None:
            return self._date(match, f"XXXX-{code}{number}")
        year = (explicit_year if explicit_year is not None else self.published.year) + offset
        first_quarter = number if code == "Q" else number * 2 - 1
        if explicit_year is None and not dated and first_quarter > quarter_of(self.published):
            tense = self._tense(match, text)
            months_ahead = first_quarter * 3 - 2 - self.published.month
            months_back = self.published.month + 12 - (number * 3 if code == "Q" else number * 6)
            if tense == "past" or tense is None and months_back <= months_ahead:
                year -= 1  # a quarter yet to begin is last year's: "Zoom reported fourth-quarter earnings" in March
        value = f"{year:04d}-{code}{number}"
        if match["q_pl"]:
            return self._date(match, f"XXXX-{code}{number}", "set")
        if code == "Q" and offset == 0:
            self.discourse.quarter = value
        return self._date(match, value)

    def _quarter_ref(self, match: re.Match[str], text: str) -> Reading | None:
        det = (match["qr_det"] or "").lower()
        mod = _SPACES.sub(" ", (match["qr_mod"] or "").lower())
        unit = match["qr_unit"].lower()
        whole = match.group(0).lower()
        if not det and not mod:
            return None
        if unit == "period" and mod in ("", "current", "past", "last", "next", "coming", "previous"):
            return None
        if self.published is None and self.discourse.quarter is None:
            return self._date(match, None)
        current = f"{self.published.year:04d}-Q{quarter_of(self.published)}" if self.published else None
        topic = self.discourse.quarter or (shift_value(current, -1, "quarter") if current else None)
        if mod in ("current", "this") or det == "this":
            value = current
        elif mod in ("previous", "past", "last"):
            value = shift_value(topic, -1, "quarter") if self.discourse.quarter else topic
        elif mod in ("next", "coming"):
            value = shift_value(current, 1, "quarter") if current else None
        elif mod.isdigit():
            value = f"{mod}-Q{self.discourse.quarter[-1]}" if self.discourse.quarter else mod
        else:
            value = topic
        if value and ("year-ago" in whole or "year-earlier" in whole or match["qr_tail"]):
            value = shift_value(value, -1, "year")
        if match["qr_y"] and value:
            value = match["qr_y"] + value[4:]
        return self._date(match, value)

    def _century(self, match: re.Match[str], text: str) -> Reading | None:
        number = ordinal_value(match["cen_n"])
        return self._date(match, f"{number - 1:02d}") if number and number <= 21 else None

    def _decade(self, match: re.Match[str], text: str) -> Reading | None:
        if match["dec_y"]:
            return self._date(match, match["dec_y"][:3])
        if match["dec_w"]:
            return self._date(match, f"19{DECADE_WORDS[match['dec_w'].lower()]}")
        tens = int(match["dec_s"][0])
        current = self.published.year if self.published else 2000
        return self._date(match, f"{20 if 2000 + tens * 10 <= current else 19}{tens}")

    def _year(self, match: re.Match[str], text: str) -> Reading | None:
        year = _year_value(match["yr_y"])
        if year is None:
            return None
        if match["yr_next"] and int(match["yr_next"][1:]) != (year + 1) % 10 ** (len(match["yr_next"]) - 1):
            return None  # "2016/17" is the fiscal year that starts in 2016; "2016/19" no year at all
        if match.start("yr_y") == match.start():
            before = _previous_word(text, match.start())
            if before:
                word = before.group(1)
                if word.lower() in _CURRENCY_WORDS or word.endswith(("$", "£", "€")):
                    return None
                bounded = _MORE_OR_FEWER_THAN.search(text, max(0, before.start() - 12), match.start())
                if bounded and year < 1800:
                    return None  # "there may have been fewer than 1500": a count
                if (bounded or word.lower() in _HEDGES) and _PLURAL_NEXT.match(text, match.end()):
                    return None  # "more than 2000 protesters", "roughly 1850 pupils"
                if word[0].isupper() and word not in _NAME_BEFORE_YEAR_OK and not _CALENDAR_WORD.match(word):
                    sentence_start = before.start() == 0 or text[: before.start()].rstrip()[-1:] in '.!?"“:'
                    if not sentence_start:
                        return None
            after = _NEXT_WORD.match(text, match.end())
            if after and after.group(1) and after.group(1).lower() in _COUNTED_NOUNS:
                return None
        return self._date(match, f"{year:04d}")

    def _year_span(self, match: re.Match[str], text: str) -> Reading | None:
        """ "the year ended March 31" is twelve months; "for the full year" is this year."""
        mod = (match["fy_mod"] or "").lower()
        if match["fy_end"] is not None or mod in ("fiscal", "financial", "calendar"):
            return Reading(match.start(), match.end(), "duration", "P1Y", value=1.0, unit="year")
        if mod == "" and not text.endswith("for ", 0, match.start()):
            return None
        if self.published is None:
            return self._date(match, None)
        offset = -1 if mod in ("latest", "last", "previous") else 0
        return self._date(match, f"{self.published.year + offset:04d}")

    def _year_ago(self, match: re.Match[str], text: str) -> Reading | None:
        if self.discourse.quarter:
            return self._date(match, shift_value(self.discourse.quarter, -1, "year"))
        return self._date(match, f"{self.published.year - 1:04d}" if self.published else None)

    def _period_end(self, match: re.Match[str], text: str) -> Reading | None:
        if self.published is None:
            return self._date(match, None)
        unit = (match["pe_u"] or "year").lower()
        value = {
            "week": iso_week(self.published),
            "month": iso_month(self.published.year, self.published.month),
            "year": f"{self.published.year:04d}",
        }[unit]
        return self._date(match, value)

    def _relative(self, match: re.Match[str], text: str) -> Reading | None:
        word = _SPACES.sub(" ", match["rel_w"].lower())
        unit = _SPACES.sub(" ", match["rel_u"].lower()).split(" ")[-1]
        if word == "the" and unit not in ("weekend", "morning", "afternoon", "evening") and unit not in SEASONS:
            return None
        if match["rel_u"][0].isupper():
            return None
        if word in ("the next", "the coming") and unit in ("decade", "century"):
            return None
        if self.published is None:
            return self._date(match, None, "time" if unit in DAY_PARTS else "date")
        offset = _relative_offset(word)
        if offset is None:
            offset = {"future": 1, "past": -1}.get(self._tense(match, text) or "", 0)
            if unit in DAY_PARTS:
                offset = 0
            elif unit in SEASONS:
                offset = _season_offset(self.published, SEASONS[unit], offset)
        anchor = self.published
        if unit in DAY_PARTS:
            day = add_days(anchor, -1 if offset < 0 else 0)
            return self._date(match, f"{iso_day(day)}T{DAY_PARTS[unit]}", "time")
        if unit == "week":
            return self._date(match, iso_week(add_days(anchor, 7 * offset)))
        if unit == "weekend":
            return self._date(match, _weekend(anchor, offset))
        if unit == "month" and word == "the previous" and self.discourse.month:
            return self._date(match, shift_value(self.discourse.month, -1, "month"))
        if unit == "month":
            return self._date(match, iso_month(*add_months(anchor.year, anchor.month, offset)))
        if unit == "year":
            return self._date(match, f"{anchor.year + offset:04d}")
        if unit == "decade":
            return self._date(match, f"{anchor.year // 10 + offset:03d}")
        if unit == "century":
            return self._date(match, f"{anchor.year // 100 + offset:02d}")
        return self._date(match, _season(anchor, SEASONS[unit], offset))

    def _relative_day(self, match: re.Match[str], text: str) -> Reading | None:
        word = _SPACES.sub(" ", match["rd_w"].lower())
        if match["rd_w"] == "Today" and (
            re.match(r"\s+(?:programme|show)", text[match.end() :]) or _NAME_BEFORE_TODAY.search(text, 0, match.start())
        ):
            return None
        offset = {
            "today": 0,
            "tonight": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[word]
        part = "NI" if word == "tonight" else None
        if match["rd_part"]:
            part = DAY_PARTS[match["rd_part"].lower()]
        elif match["rd_mod"] and "afternoon" in match["rd_mod"].lower():
            part = "AF"
        elif match["rd_mod"] and "morning" in match["rd_mod"].lower():
            part = "MO"
        if self.published is None:
            return self._date(match, None, "time" if part else "date")
        day = iso_day(add_days(self.published, offset))
        return self._date(match, f"{day}T{part}" if part else day, "time" if part else "date")

    def _weekday(self, match: re.Match[str], text: str) -> Reading | None:
        if text.endswith("Good ", 0, match.start()):
            return None  # "the Good Friday agreement", a holiday's name that names something else
        following = _CAPITALISED_NAME.match(text, match.end())
        if following and not _CALENDAR_WORD.match(text, following.end() - 2):
            return None
        weekday = weekday_number(match["wd_d"])
        part = DAY_PARTS[match["wd_part"].lower()] if match["wd_part"] else None
        clock = {"noon": "T12:00", "midnight": "T24:00"}.get((match["wd_time"] or "").lower(), "")
        suffix = clock or (f"T{part}" if part else "")
        kind = "time" if suffix else "date"
        if match["wd_pl"] or match.group(0).endswith("s") and part:
            return self._date(match, f"XXXX-WXX-{weekday}{suffix}", "set")
        if self.published is None:
            return self._date(match, None, kind)
        relation = _SPACES.sub(" ", (match["wd_rel"] or "").lower())
        if relation in ("last", "this past", "past"):
            day = weekday_near(self.published, weekday, "past", True)
        elif relation in ("next", "this coming", "coming"):
            day = weekday_near(self.published, weekday, "future", True)
        elif relation == "earlier":
            day = weekday_near(self.published, weekday, "past", False)
        elif relation == "later":
            day = weekday_near(self.published, weekday, "future", False)
        else:
            day = weekday_near(self.published, weekday, self._tense(match, text), False)
        return self._date(match, iso_day(day) + suffix, kind)

    def _next_day(self, match: re.Match[str], text: str) -> Reading | None:
        anchor = self.discourse.day or self.published
        if self.discourse.named_day is not None:
            named, where, named_end = self.discourse.named_day
            if where is text and not _SENTENCE_BREAK.search(text, named_end, match.start()):
                anchor = named  # "arrested on March 3, 2019, and charged the following day"
            elif (
                self._one_sentence_on(where, named_end, text, match.start())
                and (self._recent(named) or _SINCE_A_DAY.search(where, max(0, named_end - 40), named_end) is None)
                and self._tense(match, text) == "past"
            ):
                anchor = named  # "... at 11:50pm on Nov. 19. He was arrested the next day."
        if anchor is None:
            return self._date(match, None)
        before = (match["nd_word"] or "").lower() == "previous" or (match["nd_side"] or "").lower() == "before"
        return self._date(match, iso_day(add_days(anchor, -1 if before else 1)))

    def _recent(self, day: dt.date) -> bool:
        """Within two months of publication: "missing since Nov. 2" is the story's own day,
        "missing since December 12, 2019" its background."""
        return self.published is None or abs((day - self.published).days) <= _RECENT_DAYS

    @staticmethod
    def _one_sentence_on(where: str, named_end: int, text: str, at: int) -> bool:
        """Whether `at` is in the sentence right after the one a day was named in, in the same
        paragraph or opening the next."""
        if where is text:
            return len(_SENTENCE_BREAK.findall(text, named_end, at)) == 1
        return _SENTENCE_BREAK.search(text, 0, at) is None

    def _holiday(self, match: re.Match[str], text: str) -> Reading | None:
        name = _SPACES.sub(" ", _NOT_IN_HOLIDAY_KEY.sub("", match["hol_n"].lower()))
        rule, first, second, third = HOLIDAYS[name]

        def day_in(year: int) -> dt.date:
            if rule == "fixed":
                return dt.date(year, first, second)
            if rule == "nth":
                return nth_weekday(year, first, second, third)
            return add_days(easter(year), first)

        relation = (match["hol_rel"] or "").lower()
        if match["hol_y"]:
            year = _year_value(match["hol_y"])
        elif self.published is None:
            return self._date(match, None)
        elif relation == "this":
            year = self.published.year
        elif relation:
            year = year_for_day(self.published, day_in, "past" if relation == "last" else "future")
            if relation == "last" and day_in(year) >= self.published:
                year -= 1
            if relation == "next" and day_in(year) <= self.published:
                year += 1
        elif (named_year := self._sentence_year(match, text, (13, 0))) is not None:
            year = named_year
        else:
            year = year_for_day(self.published, day_in, self._tense(match, text), _EVENT_CLOSE_DAYS)
        return self._date(match, iso_day(day_in(year)) if year is not None else None)

    def _day_part(self, match: re.Match[str], text: str) -> Reading | None:
        if self.published is None:
            return self._date(match, None, "time")
        if match["dp_u"] is None:
            night = self.published if self._tense(match, text) == "future" else add_days(self.published, -1)
            return self._date(match, f"{iso_day(night)}TNI", "time")
        return self._date(match, f"{iso_day(self.published)}T{DAY_PARTS[match['dp_u'].lower()]}", "time")

    def _month(self, match: re.Match[str], text: str) -> Reading | None:
        month_word = match["mo_m"]
        relation = _SPACES.sub(" ", (match["mo_rel"] or "").lower())
        modified = match.start("mo_m") > match.start()
        if not modified:
            if _CAPITALISED_NAME.match(text, match.end()) and not _CALENDAR_WORD.match(text, match.end() + 1):
                return None
            if month_word in ("May", "March"):
                before = _previous_word(text, match.start())
                possessive = text.startswith(("'s", "’s"), match.end())
                if not possessive and (before is None or before.group(1).lower() not in _MONTH_PREPOSITIONS):
                    return None
        month = month_number(month_word)
        if self.published is None:
            return self._date(match, f"XXXX-{month:02d}")
        anchor = self.published
        if relation in ("last", "this past"):
            year = anchor.year if month < anchor.month - (relation == "last") else anchor.year - 1
        elif relation in ("next", "this coming"):
            year = anchor.year if month > anchor.month + (relation == "next") else anchor.year + 1
        elif relation == "this":
            year = anchor.year
        elif (named_year := self._sentence_year(match, text, (month, 1))) is not None:
            year = named_year
        else:
            before = _previous_word(text, match.start())
            since = before is not None and before.group(1).lower() == "since"
            year = year_for_month(
                anchor, month, None, "past" if since else self._tense(match, text), -1 if since else CLOSE_DAYS
            )
        return self._date(match, iso_month(year, month))

    def _duration(self, match: re.Match[str], text: str) -> Reading | None:
        start, end = match.start(), match.end()
        if match["durv_u"]:
            unit = _singular(match["durv_u"])
            return Reading(start, end, "duration", _period(None, unit, UNIT_CODES[unit][0]), unit=unit)
        if match["dura_u"]:
            unit = match["dura_u"].lower()
            if unit == "quarter" and _FRACTION_OF_A_MEASURE.match(text, end):
                return None
            count = _count_value(match["dura_n"])
            change = _change(match["dura_ap"])
        else:
            unit = _singular(match["dur_u"])
            if match["dur_u"][0].isupper() and (not match.group(0).istitle() or _runs_into_name(text, start, end)):
                return None
            counted = match["dur_n"].lower()
            follows = text[end : end + 4]
            if follows == " old":
                return None
            if unit == "quarter" and (follows.startswith(" of") or _SOME_QUARTERS.fullmatch(match.group(0))):
                return None
            if unit == "second" and counted in ("a", "an"):
                return None
            count = 0.5 if counted.startswith("half") else _count_value(match["dur_n"])
            if count is not None and count < 1 and (_RUN_WORD.search(match.group(0)) or _A_NTH.fullmatch(counted)):
                return None  # "for a third straight month", "a third year of drought": ordinals
            if match["dur_half"] and count is not None:
                count += 0.5
            change = _change(match["dur_ap"])
            if match["dur_ap"] and match["dur_ap"].lower() == "over" and over_names_a_period(text, start):
                start, change = match.start("dur_n"), "="
            det = match["dur_det"]
            if det and match["dur_ap"] and match["dur_ap"].lower() in ("over", "within", "under"):
                start, change = match.start("dur_det"), "="
            if det and (det.lower() != "the" or not match["dur_dir"] and not match["dur_u"].lower().endswith("s")):
                start = match.start("dur_det") + len(det)
                start += len(text[start:]) - len(text[start:].lstrip())
            rate_window = max(0, start - _RATE_REACH)
            if counted in ("a", "an") and not match["dur_ap"] and _RATE_BEFORE.search(text, rate_window, start):
                if _rate_of_a_measure(text, start):
                    return None  # "250,000 barrels a day": a rate of a measure, as "per day" is
                code, size = UNIT_CODES[unit]
                return Reading(start, end, "set", _period(size, unit, code), unit=unit)
            if match["dur_hi"] and _SPACES.sub(" ", match["dur_hi"].lower()) in _HALVES:
                count = count + 0.5 if count is not None else None
            elif match["dur_hi"]:
                high = _count_value(match["dur_hi"])
                return Reading(
                    start,
                    end,
                    "duration",
                    _period(None, unit, UNIT_CODES[unit][0]),
                    value=count,
                    value_high=high,
                    unit=unit,
                    change=change,
                )
        code, size = UNIT_CODES[unit]
        value_text = _period(count * size if count is not None else None, unit, code)
        return Reading(start, end, "duration", value_text, value=count, unit=unit, change=change)

    def _reference(self, match: re.Match[str], text: str) -> Reading | None:
        phrase = _SPACES.sub(" ", match.group(0).lower())
        after = _NEXT_WORD.match(text, match.end())
        next_word = after.group(1) if after and after.group(1) else ""
        if phrase in ("current", "future") and (not next_word or not next_word[0].islower()):
            return None
        if phrase in ("current", "recent", "future") and (not next_word or next_word in _NOT_AFTER_CURRENT):
            return None
        unit = phrase.rpartition(" ")[2]
        if phrase.startswith("recent ") and unit in ("months", "weeks", "quarters"):
            code = UNIT_CODES[_singular(unit)][0]
            return Reading(match.start(), match.end(), "duration", f"PX{code}", unit=_singular(unit))
        if phrase.endswith("future") and next_word == "of":
            return None
        if phrase == "soon" and text[max(0, match.start() - 3) : match.start()].lower() == "as ":
            return None
        if match["ref_now"]:
            value = "PRESENT_REF"
        elif match["ref_past"]:
            value = "PAST_REF"
        else:
            value = "FUTURE_REF"
        return self._date(match, value)


def _previous_word(text: str, end: int) -> re.Match[str] | None:
    """`_PREVIOUS_WORD.search(text, 0, end)`, searching only the last characters before `end`
    unless the word there may reach further back: it starts where the window does, or the
    window holds nothing but white space."""
    window = max(0, end - _PREVIOUS_WORD_REACH)
    found = _PREVIOUS_WORD.search(text, window, end)
    if window and (found.start() == window if found else text[window:end].isspace()):
        return _PREVIOUS_WORD.search(text, 0, end)
    return found


def _change(approx: str | None) -> str:
    return APPROX.get(_SPACES.sub(" ", approx.lower()), "=") if approx else "="


def _singular(unit: str) -> str:
    lowered = unit.lower()
    for plural, singular in (("centuries", "century"), ("millennia", "millennium")):
        if lowered == plural:
            return singular
    return lowered[:-1] if lowered.endswith("s") else lowered


_HALVES = frozenset({"a half", "half"})
"""The second number of "three and a half months": one amount, 3.5, not the range 3 to 0.5."""


_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?][\"'”’)]*)\s*\Z")
"""Nothing but the end of a sentence, or the start of the text, before a word."""


def _runs_into_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised unit runs on into more capitalised words, as in the title "24 Hour
    Party People" or "the Six Day War": a name, not a duration.  Not when the word before is
    capitalised too, as everything is in a title-case headline ("Talks Last Two Days In Geneva"),
    unless that word only opens the sentence ("The Six Day War began")."""
    after = _NEXT_WORD.match(text, end)
    if not (after and after.group(1) and after.group(1)[0].isupper()):
        return False
    before = _PREVIOUS_WORD.search(text, max(0, start - _PREVIOUS_WORD_REACH), start)
    if before is None or not before.group(1)[0].isupper():
        return True
    return _SENTENCE_OPENING.search(text, 0, before.start(1)) is not None


def _count_value(text: str) -> float | None:
    lowered = _SPACES.sub(" ", text.lower())
    if lowered in VAGUE_COUNTS:
        return None
    if lowered in ("a", "an", "one"):
        return 1.0
    return parse_number(lowered)


def _year_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    words = _SPACES.sub(" ", text.lower().replace("-", " ")).replace(" and ", " ").split(" ")
    if words[0] in ("nineteen", "eighteen"):
        century = 19 if words[0] == "nineteen" else 18
        rest = " ".join(words[1:])
        tail = 0 if rest == "hundred" else parse_number(rest)
        return century * 100 + int(tail) if tail is not None else None
    value = parse_number(" ".join(words))
    return int(value) if value is not None else None


def _number(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def _period(amount: float | None, unit: str, code: str) -> str:
    """ISO 8601 duration; a fraction moves to the next smaller unit ("2 1/2 years" is P2Y6M)."""
    clock = "T" if unit in CLOCK_UNITS else ""
    if amount is None:
        return f"P{clock}X{code}"
    whole = int(amount)
    fraction = amount - whole
    smaller = {"Y": ("M", 12), "H": ("M", 60), "D": ("H", 24)}
    if fraction and code in smaller and (clock or code != "H"):
        small_code, factor = smaller[code]
        small = fraction * factor
        if small == int(small):
            small_clock = "T" if code == "D" else ""
            head = f"{whole}{code}" if whole else ""
            if code == "D":
                return f"P{head}T{int(small)}H"
            return f"P{clock}{head}{small_clock}{int(small)}{small_code}"
    if code == "M" and clock and fraction and (fraction * 60) == int(fraction * 60):
        return f"PT{whole}M{int(fraction * 60)}S" if whole else f"PT{int(fraction * 60)}S"
    return f"P{clock}{_number(amount)}{code}"


def _relative_offset(word: str) -> int | None:
    if word in ("this", "the current", "so far this", "earlier this", "later this", "earlier in the", "later in the"):
        return 0
    if word in ("last", "the last", "the past", "the previous", "this past"):
        return -1
    if word in ("next", "the next", "coming", "the coming", "this coming"):
        return 1
    return None


def _deictic(anchor: dt.date, amount: int, unit: str) -> str | None:
    """ "two years ago" is a year, "five months ago" a month: the value keeps the unit's grain."""
    if unit == "year":
        return f"{anchor.year + amount:04d}"
    if unit == "decade":
        return f"{(anchor.year + 10 * amount) // 10:03d}"
    if unit == "century":
        return f"{(anchor.year + 100 * amount) // 100:02d}"
    if unit == "quarter":
        year, month = add_months(anchor.year, anchor.month, 3 * amount)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "month":
        return iso_month(*add_months(anchor.year, anchor.month, amount))
    if unit in ("week", "fortnight"):
        return iso_week(add_days(anchor, 7 * amount * (2 if unit == "fortnight" else 1)))
    if unit in ("day", "night"):
        return iso_day(add_days(anchor, amount))
    return "PAST_REF" if amount < 0 else "FUTURE_REF"


def _weekend(anchor: dt.date, offset: int) -> str:
    """A Saturday or Sunday paper's "the weekend" is this one; earlier in the week it is the
    last one in the past tense and the coming one otherwise."""
    in_weekend = anchor.isoweekday() >= 6
    if offset < 0 and not in_weekend:
        anchor = add_days(anchor, -7)
    elif offset > 0 and in_weekend:
        anchor = add_days(anchor, 7)
    return iso_week(anchor) + "-WE"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _months_apart(value: str, published: dt.date) -> int:
    return abs((int(value[:4]) - published.year) * 12 + int(value[5:7]) - published.month)


def _season_offset(anchor: dt.date, code: str, tense_offset: int) -> int:
    """The tense places "the summer" in a year, except the season under way and one about to
    begin: said in May, "an election before the summer" is weeks ahead whatever the verb's
    tense, and in December "over the winter months" is this winter."""
    months_ahead = (_SEASON_START[code] - anchor.month) % 12
    if months_ahead in (0, 10, 11) or tense_offset < 0 and months_ahead <= 2:
        return 0
    return tense_offset


def _season(anchor: dt.date, code: str, offset: int) -> str:
    start = _SEASON_START[code]
    year = anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year
    if offset < 0 and anchor.month < start + 3 and not (code == "WI" and anchor.month <= 2):
        year -= 1
    elif offset < 0 and code == "WI" and anchor.month <= 2:
        year -= 1
    elif offset > 0 and anchor.month >= start:
        year += 1
    return f"{year:04d}-{code}"
