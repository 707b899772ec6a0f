"""What a relative expression needs beyond its own words: the tense of its sentence and the
period the document is currently talking about."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.extract.dates.calendar import Direction

_CLAUSE_END = re.compile(
    r"(?:(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.|[!?;:])['\"”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])|\n|,\s+(?=(?:but|while|although|though|whereas)\s)"
)
"""Where the clause whose verb dates an expression ends: a sentence, or a contrast after a comma
("passed it on Saturday, but the Senate is expected to..."). A full stop after a short
capitalised word ends an abbreviation, not a sentence: "No. 10", "Dr. Smith", "Nov. 6"."""
_WINDOW = 160

_PARTICIPLE = (
    r"(?:[a-z]+(?:ed|en|wn)|done|gone|come|been|seen|made|paid|said|had|put|set|cut|let|hit|run|won|lost|sent"
    r"|spent|built|felt|left|held|kept|told|found|brought|bought|thought|caught|taught|met|led|read|shut|quit)\b"
)
"""What follows "should have" when it looks back ("should have cut rates on Tuesday"); "should
have a decision on Tuesday" looks ahead."""
_FUTURE = (
    r"will|won't|wo\s+not|'ll|shall|going\s+to|gonna"
    r"|(?:is|are|be|was|were)\s+(?:due|set|expected|scheduled|slated|planned|poised|likely|forecast|to)"
    r"|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|wants?\s+to|expects?\s+to"
    r"|(?:set|due|expected|scheduled|slated)\s+to|(?:would|could)\s+(?!have\b|not\b|n't\b)[a-z]+"
    rf"|might\s+(?!(?:not\s+)?have\s+{_PARTICIPLE})[a-z]+|should(?!\s+(?:not\s+)?have\s+{_PARTICIPLE})"
    r"|next|upcoming|payable|effective|expires?|expiring|deadline"
)
_SCHEDULED = (
    r"(?:(?:re)?scheduled|slated|postponed|adjourned|deferred|delayed|pushed\s+back|put\s+off)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:for|until|till|to)"
)
"""A date a thing is put off to is ahead ("adjourned until Wednesday", "scheduled sentencing for
Jan. 6"); only right before the date, as "delayed for hours on Monday" was on Monday."""
_REPORT = r"said|says|told|added|announced|reported|stated|noted|explained|wrote"
_REPORTED_ON = re.compile(r"(?:\s+(?!(?:that|it|he|she|they|we)\b)[\w'’-]+){0,3}?\s+(?:on\s+)?")
"""Verbs that report speech date the report, not what it reports ("said it will vote on
Thursday", "Monday looks to be cooler, the bureau said"): they tell a tense only of a day that
follows them closely, the day of the report ("said on Wednesday", "told reporters Tuesday")."""
_PAST = (
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bmay\s)"
    r"(?:was|were|had|did|ago|last|earlier|since|met|went|came|took|made|gave|saw|began|won"
    r"|lost|held|left|sent|spoke|sold|bought|paid|fell|rose|hit|led|struck|fought|ran|flew"
    r"|became|brought|caught|chose|drove|fled|found|grew|heard|kept|knew|meant|quit|rang|sought"
    r"|stood|swore|taught|thought|threw|understood|woke|shot|swept|shook|broke|blew|built|burnt"
    r"|dealt|drew|drank|ate|fed|felt|forgot|froze|hid|hung|lay|lit|overtook|rode|sang|sank|sat|slept"
    r"|slid|spent|spun|split|spread|stole|stuck|stung|swam|swung|tore|wore|withdrew|wound|wept|upheld"
    r"|(?!(?:hundred|need|indeed|succeed|exceed|proceed|speed|seed|feed|breed|bleed|heed|greed|red|bed|shed)\b)"
    r"[a-z]{2,}ed)"
)
"""Past forms, but not a participle after a form of "be" ("will be paid", "would be held", "is
sentenced"), where the auxiliary tells the tense, nor a word after an article, "to" or a modal,
which is a noun or an infinitive ("the Fed", "a shot at the title", "will spread")."""
_CUES = re.compile(
    rf"\b(?:(?P<report>{_REPORT})|(?P<scheduled>{_SCHEDULED})|(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE
)
_POSSESSIVE_AFTER = re.compile(r"['’]")
_SCHEDULES_THIRD_PERSON = ("begins", "starts", "opens", "ends", "resumes", "kicks off", "goes on sale", "takes effect")
_SCHEDULES_BASE = ("begin", "start", "end", "resume", "kick off", "go on sale", "take effect")


def _phrases(phrases: tuple[str, ...]) -> str:
    return "|".join(phrase.replace(" ", r"\s+") for phrase in phrases)


_BEGINS_BEFORE = re.compile(
    rf"(?:\b(?:{_phrases(_SCHEDULES_THIRD_PERSON)})"
    rf"|(?:\b(?:they|we|and)|[a-z]{{3,}}s)\s+(?:{_phrases(_SCHEDULES_BASE)}))"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
""""The tour begins Oct. 3", "the new dates begin Oct. 3": a present tense of starting or ending,
right before a date, tells a schedule, so the date is ahead; a base form needs a plural subject
before it, so "his first start Sunday" and "a weak start Tuesday" are nouns, and "open" is left
out, as "kept their doors open Sunday" is an adjective."""
_NOT_PAST_OF_THE_DAY = frozenset(
    "was were had predicted forecast expected scheduled planned issued called booked postponed moved rescheduled"
    " announced hiked raised lowered cut revised set".split()
)
""""A warning was issued for Wednesday", "hiked its forecast for Tuesday": an auxiliary or a verb
of forecasting or scheduling tells no tense of the day after "for"; another verb of the clause in
the past does ("was left out of the side for Saturday and watched")."""
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.IGNORECASE)
_FIRST_BEFORE = re.compile(r"\bfirst\b(?:\s+\S+){0,4}\s+$", re.IGNORECASE)
_SCHEDULE_WORDS = frozenset(phrase.split()[-1] for phrase in (*_SCHEDULES_THIRD_PERSON, *_SCHEDULES_BASE))
"""The last words of what `_BEGINS_BEFORE` matches ("kicks off", "goes on sale", "takes effect"),
looked up before the pattern is tried."""
_WEEKDAY_AT = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_REPORT_AFTER = re.compile(rf"\s+(?:{_REPORT})\b", re.IGNORECASE)


def _scheduled_by_the_word_before(text: str, start: int, end: int, clause: tuple[int, int]) -> Direction | None:
    """ "Heavy rain is predicted for Wednesday", "a warning was issued for Wednesday" (but "held for
    Monday's attack"), "the tour begins Oct. 3" (but "in his first start Sunday"): a word right
    before the date that puts it ahead.  The word is looked up first, as this runs for every
    date."""
    before = text[max(0, start - 16) : start].split()
    word = before[-2] if len(before) > 1 and before[-1].lower() == "on" else before[-1] if before else ""
    word = word.lower()
    if word == "for":
        if not _WEEKDAY_AT.match(text, start) or _POSSESSIVE_AFTER.match(text, end):
            return None
        told = (cue for cue in _CUES.finditer(text, *clause) if cue["past"] and not start <= cue.start() < end)
        lexical_past = any(
            cue.group(0).lower() not in _NOT_PAST_OF_THE_DAY
            and not _PERFECT_BEFORE.search(text, clause[0], cue.start())
            for cue in told
        )
        return None if lexical_past else "future"
    if word not in _SCHEDULE_WORDS:
        return None
    return "future" if _BEGINS_BEFORE.search(text, max(0, start - 30), start) else None


def tense_near(text: str, start: int, end: int) -> Direction | None:
    """The tense of the verb nearest the expression within its sentence: news dates a "Friday"
    by whether the sentence says "said" or "will"."""
    left = max(0, start - _WINDOW)
    right = min(len(text), end + _WINDOW)
    for boundary in _CLAUSE_END.finditer(text, left, start + 2):  # its lookahead reads past `start`
        if boundary.end() <= start:
            left = boundary.end()
    boundary = _CLAUSE_END.search(text, end, min(len(text), right + 2))
    if boundary is not None and boundary.start() < right:
        right = boundary.start()
    best: Direction | None = None
    best_distance = _WINDOW * 2
    scheduled = _scheduled_by_the_word_before(text, start, end, (left, right))
    if scheduled is not None:
        return scheduled
    if _REPORT_AFTER.match(text, end) and not any(cue["future"] for cue in _CUES.finditer(text, left, start)):
        return "past"  # "The White House on Thursday said ...", not "Senators who will vote on Friday said"
    for cue in _CUES.finditer(text, left, right):
        if start <= cue.start() < end or cue["report"] and not _REPORTED_ON.fullmatch(text, cue.end(), start):
            continue
        if cue["scheduled"] and not text[cue.end() : start].isspace():
            continue
        if (
            cue["past"]
            and cue.group(0).lower() == "since"
            and not text[cue.end() : start].isspace()
            and _FIRST_BEFORE.search(text, left, cue.start())
        ):
            continue  # "will hold their first talks since 2022 on Wednesday": "since" dates the last ones
        distance = start - cue.end() if cue.end() <= start else cue.start() - end
        if distance < best_distance:
            best, best_distance = ("future" if cue["future"] or cue["scheduled"] else "past"), distance
    return best


@dataclass
class Discourse:
    """The financial period last named in the document, which "the quarter" and "a year
    earlier" refer back to; the day last named, which a bare clock time falls on ("on Monday ...
    The stabbing happened just after 10:30 p.m."); the day last named at all, with the paragraph
    and offset it was named at, which "the following day" in the same sentence follows ("arrested
    on March 3, 2019, and charged the following day"); and the
    month last named, which "the previous month" comes before ("6.5 percent in December, from 7.1
    percent the previous month"); and the year last named, with where and whether it opened its
    sentence, which a day named later in the sentence may fall in ("In 2023, the storm hit the
    coast on Aug. 30", "last year's Christmas Eve storm")."""

    quarter: str | None = None
    day: dt.date | None = None
    named_day: tuple[dt.date, str, int] | None = None
    month: str | None = None
    year_named: tuple[int, str, int, bool] | None = None
