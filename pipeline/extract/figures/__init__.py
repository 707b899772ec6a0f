"""Figures extractor: counts, money, percentages, measures, durations and ages in news text.

A left-to-right scan reads each number with its currency sign and unit (`scan`), joins it with a
second number into a range when a connector allows, attaches the counted noun to a bare count
(`nouns`), and lets the surrounding words reject it or set its change (`context`).  A bare count
compared with a counted one ("up from 2.4 million") borrows its noun.  Calendar dates and clock
times are skipped: the date extractor claims them.
"""

from __future__ import annotations

import math
import re

from pydantic import TypeAdapter

from pipeline.extract.base import ASCII_LOOKALIKES, EXTRACTABLE_KINDS, Extractor
from pipeline.extract.figures import context as cx
from pipeline.extract.figures import gate, shares
from pipeline.extract.figures import lexicon as lx
from pipeline.extract.figures.nouns import counted_noun, hyphen_modifier, state_of_people
from pipeline.extract.figures.scan import (
    DENOMINATORS,
    QUANTITY,
    QUANTITY_AT,
    QUANTITY_GATE,
    QUANTITY_OR_FOLD,
    Quantity,
    attach_unit,
    rate_after,
    read_quantity,
)
from pipeline.extract.figures.scores import pair_at, read_score, read_vote_tally
from pipeline.extract.numbers import THOUSANDS_BLANK
from pipeline.models import Figure, Paragraph, SegmentedDocument

_RANGE_LINK = re.compile(
    r"[ \u00a0]?(?P<dash>[-–])(?![ \u00a0]?(?:to\s|and\s))[ \u00a0]?(?!to-)"
    r"|-?\s+(?P<word>to|and|through\s+to|through|up\s+to|down\s+to)(?:\s+|-(?=\d))"
    r"|-(?P<hyphened>to)-",
    re.IGNORECASE,
)
""""10-20", "10 to 20", "between 10 and 20", "from 450 up to 900", "from 14 years down to 10", "a
0-to-60 time", "6- to 9-year-olds", and the "200,000 to-260,000" that copy editing leaves behind.  An em dash sets off
an aside ("more than half—41—are"), never a range's end."""
_QUALIFIED_LINK = re.compile(
    r"(?:[ \u00a0]+(?!(?:to|from|compared|versus|vs|against|and|or|but|while|than)\b|per\s+\d)"
    r"(?:(?:[A-Z]\.){2,}|[^\s,;:()!?]*[^\s,;:()!?.]))"
    r"{1,7}?,?[ \u00a0]+to[ \u00a0]+(?=\S)",
    re.IGNORECASE,
)
""""from $36,040 at 10.45pm last night to $34,935", "from $75 U.S. per barrel to $45.88", "from 14.5
million people in the fourth quarter of 2021 to 15.5 million": up to seven words, none ending a
sentence or a clause, none a comparison ("from 5% under Labour compared to 15%") or an
alternative ("from pounds 1 or pounds 2 for archived movies to"), and no rate's own number ("from
80mg of alcohol per 100ml of blood to 50mg"), then "to"."""
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
""""from 10 Downing Street in March to 11": a bare number before a name is part of it."""
_TIME_IN_GAP = re.compile(
    r"\b(?:\d{4}(?:/\d{2,4}|s)?|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|quarter|year|month|week|decade|period|then)\b",
    re.IGNORECASE,
)
"""Words of time between the ends of a range after "from": "in 2003/04", "during the 1980s"."""
_ADVERB_BEFORE_END = re.compile(r"(?:just|only|about|around|nearly|almost|roughly)\s+", re.IGNORECASE)
_YEAR_LINK = re.compile(r"\s*(?:[-–—]|\s(?:to|and|through|or)\s)\s*(?P<year>\d{3,4})(?!\d)", re.IGNORECASE)
_ELIDED_CUE = re.compile(
    r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst"
    r"|\b(?:remaining|other|usual|another)|\brest\s+of\s+the|,)\s*$",
    re.IGNORECASE,
)
""""up from 2.4 million", "the remaining 10", "the usual five", and list items after a counted
figure: "24 fouls in the game, seven on Heinze, five on Ronaldo"."""
_CLAUSE_THEN_VERB = re.compile(r",\s+[a-z]+(?:\s+(?:more\s+than|about|nearly|almost|some|over))?\s*$")
""""infected 2.4 million people, killed more than 165,000": a comma, a verb and perhaps a bound."""
_ELIDED_RATIO = 100
"""A count that borrows a noun is within this factor of the count it borrows from."""
_RELATIVE_AFTER = re.compile(r"\s+who\b")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]")
_ALTERNATIVE = re.compile(r",?\s+(?:or|and)\s+")
_TIMES_AFTER = re.compile(r"\s+times\b", re.IGNORECASE)
_OF_ONE = re.compile(r"\s+of\s+an?\s")
""""dropped by 0.1 of a percentage point": a decimal part of one unit, as "a quarter of a point" is."""
_ORDINAL_SCALE_AFTER = re.compile(r"[\s-]?(?:hundred|thousand|million|billion)th\b", re.IGNORECASE)
_OBJECT_VERB_BEFORE = re.compile(
    r"\b(?:add|adds|added|adding|cut|cuts|cutting|shed|sheds|shedding|slash|slashes|slashed|slashing|axe|axes|axed"
    r"|axing|eliminate|eliminates|eliminated|eliminating|scrap|scraps|scrapped|scrapping|off"
    r"|(?:cut|cuts|cutting)\s+back|(?P<lost>lose|loses|lost|losing))\s+$",
    re.IGNORECASE,
)
""""cut thousands of jobs", "lay off thousands of workers", "adding tens of thousands of dollars",
"lost hundreds of thousands of jobs": a vague plural as the object of such a verb is "=" in
NewsQuant dev and the read sets; "the Dow fell hundreds of points", "lost hundreds of points" and
"Tesla lost billions of dollars in market value" still fall."""
_TO_AFTER_NOUN = re.compile(r",?\s+to\s+")
_AGO_AFTER = re.compile(r"\s+ago\b", re.IGNORECASE)
_LABELLED_PAIR = re.compile(
    r"(?:\s*[-–]\s*|\s+(?:and|or|to|through)\s+)\d+(?![\d-]|[.,]\d|[A-Za-z%]|\s*(?:per\s*cent|percent)\b)"
)
_AMOUNT_GOES_ON = re.compile(
    r"\s+(?:thousand|million|billion|trillion|bn|m|more|additional|extra|further|other|new)\b", re.IGNORECASE
)
_NAMED_PAIR = re.compile(
    r"\s+(?P<word>and|or|&|to)\s+(?P<second>\d+)(?![\d-]|[.,]\d|[A-Za-z%]|\s*(?:per\s*cent|percent)\b)"
)
""""the Borssele 1 and 2 plant", "from Windows 10 to 11": after a name a second bare number is part
of it, unless a unit follows it ("On Tuesday 15 to 20 cm of snow fell" is a range)."""
_LISTED_NUMBERS = re.compile(r"(?:,\s*\d+(?:\.\d+)?)+,?\s+(?:or|and)\s+")
""""gaining 85, 69, 96 and 60 percent": bare numbers listed before the last, which alone writes the
unit all of them share."""
_WHOLE_OPENS = re.compile(
    r"(?:^|[.!?]\s+|\n)Of\s+(?:the|those|these|its|their)\s+(?:(?:about|approximately|some|nearly|almost|roughly)\s+)?$"
)
""""Of the 55 lots offered, ...": a whole named at the opening of its sentence."""
_NUMBER_OF = re.compile(r"\bthe\s+(?:(?:total|overall|average)\s+)?number\s+of(?:\s+the)?(?=\s)", re.IGNORECASE)
_NUMBER_OF_REACH = 160
"""Characters searched back for a "number of" subject; a sentence's subject and verb fit."""
_TOLD_OF = re.compile(
    r"\b(?:to|by|at|of|from|reach|reached|hit|topped|exceeded|surpassed|passed|broken|is|was|are|were|stood"
    r"|stands|totalled|totaled|rose|fell|grew|dropped|jumped|climbed|increased|decreased|declined)"
    r"\s+(?:(?:more|less|fewer|than|about|around|nearly|almost|some|roughly|over|under|just|a|an|the|further"
    r"|another|estimated)\s+){0,3}$",
    re.IGNORECASE,
)
""""rose 32,000 to 1.41 million", "has broken the 100 million mark", "stood at nearly 2,500": the
words that give a count to the subject before them, with the bounds and hedges after them."""
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:but|while|whereas|although|though)\b|;")
""""the number of victims is unknown, but police arrested 12": another clause's count."""
_CLOSE_SHARES = 1.5
"""The largest ratio of two percentages after a verb of change that still reads as a range."""
_VERB_AND_OWNER = re.compile(
    rf"\b(?:{'|'.join(sorted(cx.TRANSITIVE_CHANGE))})\s+(?:its|their|the|his|her|our)(?=\s)", re.IGNORECASE
)
""""accelerated its", "cut their": a verb of change and the owner of the object it brings to a level."""
_TO_BEFORE = re.compile(r"\s+to\s+")
"""Between a verb's plural object and the bare level it is brought to."""
_OF_NEXT = re.compile(r"\s+of\b")
""""40% of analysts": a share of a whole, no item of a list of changes."""
_LIST_COMMA = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
"""What stands between two items of a list of counts."""
_PART_OR_COMPARISON_AFTER = re.compile(r"\s+(?:of|more|fewer|less|than)\b", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had|said|died)\b", re.IGNORECASE)
"""A verb after a count that a comma alone joins starts a clause: "more than 50 people, 12 officers
were injured"; after "and" the verb is the whole list's ("and 1,600 deaths were recorded")."""
_MEASURED_PLURALS = lx.words(
    """prices rates taxes costs fees wages salaries charges tariffs fares rents payments profits
    revenues earnings forecasts estimates targets limits levels sizes speeds temperatures ages scores
    stakes holdings budgets bids offers margins yields returns ratings odds losses debts emissions
    deficits"""
)
"""Plurals that a figure measures rather than counts: "raised their prices to 500"."""
_NOT_NOUNS = frozenset({None, "times"})
"""Count units that are no counted noun, so no later bare count can borrow them."""
_MORE_AFTER = re.compile(r"\s+(?:more|extra|additional|further)(?=\s)(?!\s+than\b)", re.IGNORECASE)
_AGES_BEFORE = re.compile(r"\bage[sd]?\b", re.IGNORECASE)
"""A list of age bands runs on after "aged": no pair in it is a score."""
_BY_BEFORE = re.compile(r"\bby\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
""""followed by a third.", "followed by almost a third": a bare fraction after "by" is the size of
a change only when a verb of change moves it ("fell by a third")."""
_OR_BOUND_AFTER = re.compile(
    r"(?:\s+or\s+(?P<word>more|so|fewer|less)|[-\s](?P<suffix>plus)(?!\s+(?:VAT|GST|tax|taxes|fees?|costs?|expenses"
    r"|shipping|postage|interest|delivery|tips?|commission|bonus(?:es)?|extras?)\b)|[-\s](?P<odd>odd))(?=\s)",
    re.IGNORECASE,
)
""""three or more cups of coffee", "20 or so years", "20-plus candidates", "40-odd pages": the
bound or the hedge stands between the count and its noun or unit."""
_OR_BOUND_CHANGE = {"more": ">", "so": "~", "fewer": "<", "less": "<", "plus": ">", "odd": "~"}
_FACTOR_BEFORE = re.compile(r"\b(?:an?\s+)?factor\s+of\s+$", re.IGNORECASE)
""""rise by a factor of 10" multiplies as "tenfold" does, and the figure spans the words."""
_WHOLE_AFTER = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[A-Z][\w.-]*(?:['’]s?)?\s+){0,3}(?=\S)"
)
""""of the All Blacks' ", "out of ": what stands between a part and the whole it is counted in."""
_SHARED_SCALE_RATIO = 10
""""between 4.67 and 2.66 billion miles" shares the scale word (a falling range), "between 500 and 2
million" does not: the low end takes the high end's scale when that keeps it within this factor."""
_MODEL_LETTER = re.compile(r"\d{1,3}[A-Z]")
""""the iPhone 5C": after a name, digits with one capital glued on are a model, not 5 °C."""
_AGE_GROUP_BEFORE = re.compile(r"(?:\b(?:under|over)|(?:^|[.!?:]\s+|\n)(?:Under|Over))\u00a0$")
_PLURAL_S = re.compile(r"s\b")
_TEAM_ROLE_AFTER = re.compile(
    r"\s+(?:boss|coach|captain|manager|squad|side|team|players?|international|head|skipper|star|striker|midfielder"
    r"|defender|goalkeeper|debut|cap|caps|level|tournament|championships?|cup)\b",
    re.IGNORECASE,
)
_RESOLUTION = re.compile(r"[48]K")
_SCREEN_WORDS = frozenset(
    "tvs televisions videos screens displays cameras monitors projectors versions models tiers options sets movies films"
    " games frames plans streams clips images pictures discs blu-rays titles channels broadcasts photos phones"
    " laptops".split()
)
""""the 4K plan", "in native 4K", "8K televisions": a screen's resolution, not 4,000 of anything;
"4K subscribers" are 4,000."""
_NAME_AFTER = re.compile(r"\s+(?:stock\s+|share\s+)?index\b|(?<=00)\s+block\s+of\b", re.IGNORECASE)
""""the Standard & Poor's 500 index", "the Nikkei 225 index": a number before "index" names it, and
"the 300 block of W. 31st Street" is an address, as US police reports write them (in hundreds:
"a 5 million block of shares" counts)."""
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Place|Square|Terrace"
    r"|Crescent|Way|Court|Close|Gardens|Row|Parade|Highway)\b(?!\s+[a-z]+s\b)"
)
""""at 10 Downing Street", "outside 32 High Street": a house number after a preposition of place
names a building ("83 Downing Street staff" are counted)."""
_PLACE_BEFORE = re.compile(r"\b(?:at|to|from|outside|of|on|in|near|into|inside|opposite|behind)\s+$", re.IGNORECASE)
_GROUP_OF = re.compile(r"\bGroup\s+of\s+$")
""""the Group of 20": a name, as "G20" is."""
_ROUND_OF = re.compile(r"\b[Rr]ound\s+of\s+$")
_STAGE_NOUNS = frozenset({"matches", "ties", "games", "fixtures", "clashes", "draw"})
""""in the round of 16", "the round of 16 matches": a stage of a tournament, unless the number
counts another noun ("a round of 16 talks")."""
_MODEL_AFTER = re.compile(r"\s+[A-Z]{3,}(?:['’]s)?\b(?![-'’.]|\s+of\b)")
""""the 737 MAX to resume service": digits before a capitalised word that counts nothing are a
model's name ("100 NHS trusts" counts trusts, "300 TEU of containers" measures them); three digits
before a lone or possessive acronym are one too ("the 737 MAX,", "the 737 MAX's travails"), where
one or two may count a statistic ("3 RBI,")."""
_JETLINER = re.compile(
    r"7[0-8]7\s+(?:max|dreamliner|series|program|programme|jets?|jetliners?|planes?|aircraft|family|fleet|models?"
    r"|freighters?|airliners?|deliveries|orders|pilots?|crash|crashes|grounding|production|cockpits?)\b",
    re.IGNORECASE,
)
""""grounded 737 Max jets", "the 737 series", "787 Dreamliner program", "first-quarter 737
deliveries", "chief 747 pilot": Boeing's model numbers."""
_JET_NUMBER = re.compile(r"7[0-8]7")
""""The 737 is the best-selling airliner", "a version of the 737": after "the" with no noun it
counts, Boeing's model number is the name of the jet."""
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\b0?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b")
_THOUSANDS = re.compile(rf"[1-9]\d{{0,2}}(?:{THOUSANDS_BLANK}\d{{3}})+")
""""18 654 457": thousands grouped by blanks, as South African and European papers write them; a
phone number's groups have a leading zero or four digits ("020 7946 0000", "555 123 4567")."""
_PHONE_HINT = re.compile(r"\d\)?[\s.-]\d{3,4}[\s.-]\d{3}")
"""What every phone number contains; it starts with a digit, so the regex engine skips to digits
and the text around a figure is cleared at a sixth of the cost of `_PHONE`."""
_PHONE_LENGTH = 22
"""The longest `_PHONE` match ("+44 (0123) 4567 8901"), so a phone number holding a position lies
within this many characters of it on either side."""


def _compatible(low: Quantity, high: Quantity, opener: str | None) -> bool:
    """Whether "low to high" is one range: same unit, or one end borrows the other's ("from $8 per
    month to $9")."""
    if low.unit is None or low.unit == high.unit:
        return True
    if high.unit is not None and high.unit.startswith(f"{low.unit} per "):
        return True
    if high.unit is not None and low.unit.startswith(f"{high.unit} per "):
        return True
    return opener == "from" and high.unit is None


def _close_shares(low: Quantity, high: Quantity) -> bool:
    """ "was up 25% to 30%", "should fall 20% to 25%": after a verb of change, two close
    percentages are a range of the change, since a change of 25% that reaches a level of 30%
    would need a base near 24%; "rose 0.5% to 3.2%" and "rose 5% to 10%" name a change and a level."""
    return (
        low.kind == high.kind == "percent"
        and low.value_high is None
        and high.value_high is None
        and 0 < low.value < high.value <= _CLOSE_SHARES * low.value
    )


def _join_range(text: str, low: Quantity, left: str) -> tuple[Quantity | None, int] | None:
    """Join `low` with a second number after "-", "to" or "and".

    Returns None when no second number follows, else the range and where the scan continues.  A
    falling dash pair of bare numbers ("(4-7)") is no range; `scores` reads the ones that are
    results, and the rest is dropped (None in place of the range).  Nor is a falling pair of
    percentages without "from": "a 2-point lead — 49 percent to 47 percent" gives two shares.
    """
    link = _RANGE_LINK.match(text, low.end)
    if link is None:
        return _join_qualified_range(text, low, left)
    adverb = _ADVERB_BEFORE_END.match(text, link.end()) if link.group("word") == "to" else None
    if adverb is not None and cx.range_opener(left) != "from":
        adverb = None
    second = QUANTITY_AT.match(text, adverb.end() if adverb else link.end())
    if second is None or second.group("vague"):
        return None
    high = read_quantity(text, second)
    if high is None:
        return None
    high = _nested_high(text, high)
    opener = cx.range_opener(left)
    word = " ".join((link.group("word") or link.group("hyphened") or "").lower().split())
    if word == "to" and cx.restates_a_change(left):
        return None
    if word in ("up to", "down to") and opener != "from":
        return None
    if link.group("dash"):
        if high.value <= low.value and low.bare and high.bare:
            return None, high.end
        if high.value <= low.value:
            return None
    elif word == "and":
        if opener != "between" or _different_units(low, high):
            return None
    elif _is_age_band(text, low, high, left):
        pass
    elif (
        (
            not (low.bare and high.unit is not None)
            and not (low.bare and _shares_scale(low, high))
            and not _close_shares(low, high)
            and not _close_counts(text, low, high, left)
            and cx.direction_before(left, relative=low.kind == "percent")
        )
        or not _compatible(low, high, opener)
        or (low.kind == "percent" and high.value < low.value and opener != "from")
    ):
        return None
    glued = link.group("dash") is not None and link.group(0) == link.group(0).strip()  # "£100-200 fines"
    if (
        low.unit is not None
        and high.bare
        and not glued
        and counted_noun(text, high.end, singular=high.value == 1) is not None
    ):
        return None  # "from 22 per cent through two successive cuts": the far end counts its own noun
    if _shares_scale(low, high):
        low.value *= high.scale
    if low.unit is not None and (high.unit is None or low.unit.startswith(f"{high.unit} per ")):
        high.unit, high.kind = low.unit, low.kind
    low.value, low.value_high = sorted((low.value, high.value))
    low.unit, low.kind, low.end = high.unit, high.kind, high.end
    return low, low.end


def _join_qualified_range(text: str, low: Quantity, left: str) -> tuple[Quantity, int] | None:
    """ "from 47 per cent last year to 40 per cent this year", "from €1.13203 at 6am to €1.12898":
    after "from", a few words saying when or where may stand between the ends of a range, when
    both ends are written in the same unit or the second in none ("from 15.37 per cent in December
    to 15.13 in January"), and an adverb may stand before the second ("to just 28 per cent").
    Bare ends need the same scale word ("from 17 million last year to 55 million"), words of time
    between ("from 333 in the first nine months of 2000 to 2,295") or only the low end's noun
    ("from 490,000 soldiers to 450,000"): without one of these, "from 10 Downing Street to 11"
    would join."""
    if cx.range_opener(left) != "from":
        return None
    gap = _QUALIFIED_LINK.match(text, low.end)
    bare_low = low.unit is None and low.scale == 1
    if gap is None or bare_low and _NAME_NEXT.match(text, low.end):
        return None
    if bare_low and not _TIME_IN_GAP.search(gap.group()) and not _only_its_noun_between(text, low, gap.end()):
        return None
    adverb = _ADVERB_BEFORE_END.match(text, gap.end())
    second = QUANTITY_AT.match(text, adverb.end() if adverb else gap.end())
    high = read_quantity(text, second) if second and not second.group("vague") else None
    if high is None or high.value_high is not None or high.unit not in (low.unit, _per_dropped(low.unit), None):
        return None
    if high.unit != low.unit and high.unit is not None and not math.isclose(high.scale, low.scale):
        return None  # "from £2 per night when it began to £12m in receipts"
    if low.unit is None and not math.isclose(high.scale, low.scale):
        return None
    noun = counted_noun(text, low.end, singular=False) if low.unit is None else None
    other = counted_noun(text, high.end, singular=False) if noun is not None and high.unit is None else None
    if other is not None and other[0].lower().split()[-1] != noun[0].lower().split()[-1]:
        return None  # "from 3 players to 25 teams": two counts of two things
    if noun is not None and noun[1] <= gap.end():
        low.unit = noun[0]
    low.value, low.value_high = sorted((low.value, high.value))
    low.end = other[1] if other is not None else high.end
    return low, low.end


def _counts_a_noun(text: str, quantity: Quantity) -> bool:
    """Whether a plural noun other than a screen's follows: "4K subscribers", not "4K TVs"."""
    noun = counted_noun(text, quantity.end, singular=False)
    return noun is not None and noun[0].lower().split()[-1] not in _SCREEN_WORDS


def _is_age_group(text: str, quantity: Quantity, left: str) -> bool:
    """ "under-16s", "over-65s" (their hyphen blanked by `_unglued`); "Under-21s boss" is a team's."""
    return (
        not quantity.is_word
        and _AGE_GROUP_BEFORE.search(left) is not None
        and _PLURAL_S.match(text, quantity.end) is not None
        and _TEAM_ROLE_AFTER.match(text, quantity.end + 1) is None
    )


def _per_dropped(unit: str | None) -> str | None:
    """ "from $12,000 per tonne in January to $8,000": the second end leaves out the first's "per"."""
    return unit.partition(" per ")[0] if unit else None


def _only_its_noun_between(text: str, low: Quantity, gap_end: int) -> bool:
    """ "reduce the force from 490,000 soldiers to 450,000": the low end's counted noun, and nothing
    else, stands before "to"."""
    noun = counted_noun(text, low.end, singular=False)
    return noun is not None and _TO_AFTER_NOUN.fullmatch(text, noun[1], gap_end) is not None


def _shares_scale(low: Quantity, high: Quantity) -> bool:
    """Whether the low end takes the high end's scale word: "5 to 10 million"."""
    return low.scale == 1 < high.scale and low.value <= _SHARED_SCALE_RATIO * high.value / high.scale


def _close_counts(text: str, low: Quantity, high: Quantity, left: str) -> bool:
    """ "will cut 1,400 to 1,600 jobs": after a verb, two bare counts close together, the second
    naming what both count, are a range, where "cut 400 to 1,600 jobs" gives the level reached."""
    return (
        low.bare
        and high.bare
        and not left.endswith("by ")
        and 0 < low.value < high.value <= _CLOSE_COUNTS * low.value
        and counted_noun(text, high.end, singular=False) is not None
    )


_CLOSE_COUNTS = 2


def _is_age_band(text: str, low: Quantity, high: Quantity, left: str) -> bool:
    """ "aged 18 to 34", "men ages 18 to 34": two bare ends after "aged" or a group of people are an
    age band, whatever verb of change came earlier; "adults 2 to 3 times a week" counts times."""
    return (
        low.bare
        and high.bare
        and (cx.after_aged(left) or cx.after_band_owner(left))
        and counted_noun(text, high.end, singular=False) is None
    )


def _different_units(low: Quantity, high: Quantity) -> bool:
    """ "(37 years and 2 months old)": two units joined by "and" are two figures; "between $62 and
    $68 per share" is one range, the rate written once."""
    if low.unit is None or high.unit is None:
        return False
    return low.unit.partition(" per ")[0] != high.unit.partition(" per ")[0]


def _nested_high(text: str, high: Quantity) -> Quantity:
    """ "from 24.2 to 33-35 billion euros": the far end is itself a range, so its top is the end."""
    link = _RANGE_LINK.match(text, high.end)
    if not (high.bare and link and link.group("dash")):
        return high
    second = QUANTITY_AT.match(text, link.end())
    top = read_quantity(text, second) if second and not second.group("vague") else None
    if top is None or top.value / top.scale <= high.value:
        return high
    return top


def _labelled_pair_end(text: str, quantity: Quantity, left: str) -> int | None:
    """Where a pair of labelled numbers ends: "between junctions 29 and 31", "pages 12-14" and
    "the Borssele 1 and 2 wind farms" label or name both; None when no label or no second number,
    or when the second counts a noun ("Flight 370 and 200 passengers")."""
    labelled = cx.is_labelled(left) or cx.is_plural_label(left)
    if labelled:
        pair = _LABELLED_PAIR.match(text, quantity.end)
    else:
        pair = _NAMED_PAIR.match(text, quantity.end) if cx.is_named(left) else None
        if pair is not None and pair.group("word") == "to" and float(pair.group("second")) <= quantity.value:
            return None  # "approved by the Senate 68 to 32": a tally, where "Windows 10 to 11" rises
        if pair is not None:
            probe = Quantity(pair.end(), pair.end(), 1.0)
            attach_unit(text, probe)
            if probe.unit is not None or _AMOUNT_GOES_ON.match(text, pair.end()):
                return None
    if pair is None or counted_noun(text, pair.end(), singular=False) is not None:
        return None
    return pair.end()


def _year_range_end(text: str, year: Quantity, numeral: str) -> int:
    """Where a range of years that starts at a rejected `year` ends: "between AD 1000 and 1260" is
    two years; any other rejected number ends where it ends."""
    link = _YEAR_LINK.match(text, year.end) if cx.looks_like_year(year, numeral) else None
    if link is None:
        return year.end
    following = float(link.group("year"))
    return link.end() if year.value < following <= cx.LAST_YEAR else year.end


def _borrow_unit(text: str, quantity: Quantity) -> None:
    """ "eight or nine euros", "three or four times", "21 and 26% below", "85, 69, 96 and 60
    percent": the first numbers have the last one's unit; after a comma the "or" restates it in
    another unit ("41,000, or 1.6% of the total"), and "and" joins two counts of their own
    ("killed 20 and injured 30 people").  A list or an "and" shares only a measure, a sum or a
    percentage that is no share of a whole: "with 25, 30 and 40 percent of users" and "jailed for
    5, 7 and 10 years" lend nothing."""
    link = _ALTERNATIVE.match(text, quantity.end) or _LISTED_NUMBERS.match(text, quantity.end)
    listed = link is not None and link.group().startswith(",") and link.group()[1:].lstrip()[:1].isdigit()
    if link is None or "," in link.group() and not listed:
        return
    second = QUANTITY_AT.match(text, link.end())
    other = read_quantity(text, second) if second else None
    if other is not None and other.unit is None and _TIMES_AFTER.match(text, other.end):
        other.unit = "times"
    if other is None or other.unit is None or other.kind == "count" and other.unit != "times":
        return
    if ("and" in link.group() or listed) and not _shares_unit_by_and(text, quantity, other):
        return
    quantity.unit, quantity.kind = other.unit, other.kind


def _shares_unit_by_and(text: str, quantity: Quantity, other: Quantity) -> bool:
    """ "21 and 26% below", "14 and 15 inch screens": two values of one measure share its unit; a
    share of a whole ("11.9m and 49.2% of the audience"), a range, and a duration after a number of
    years ("aged 21 and 144 days") do not."""
    return (
        other.kind in ("percent", "money", "measure")
        and quantity.value_high is None
        and _OF_NEXT.match(text, other.end) is None
    )


def _is_unread_result(text: str, match: re.Match[str], quantity: Quantity, left: str) -> bool:
    """A dash pair of bare numbers counting nothing that `scores` did not take ("the 1-2 finish",
    "25-34" in a list of age bands) is no range either, so it is dropped."""
    link = _RANGE_LINK.match(text, match.end())
    return (
        bool(link and link.group("dash"))
        and not cx.after_aged(left)
        and not cx.after_band_owner(left)
        and (counted_noun(text, quantity.end, singular=False) is None)
    )


def _read(text: str, match: re.Match[str], paragraph: Paragraph) -> tuple[Quantity | None, int]:
    """The figure starting at `match` (None when it is not one) and where the scan continues."""
    quantity = read_quantity(text, match)
    if quantity is None:
        return None, match.end()
    if _ORDINAL_SCALE_AFTER.match(text, quantity.end):
        return None, quantity.end  # "its five millionth vehicle": an ordinal
    left = cx.left_of(text, quantity.start, paragraph.start_char)
    numeral = match.group("num") or ""
    if quantity.bare and not quantity.is_word and pair_at(text, quantity.start) and _may_be_score(text, quantity, left):
        score = read_score(text, quantity.start, left)
        if score is not None:
            return score, score.end
    votes_next = "vote" in text[quantity.end : quantity.end + 7]
    tally = read_vote_tally(text, quantity.start) if votes_next and quantity.bare and not quantity.is_word else None
    if tally is not None and cx.range_opener(left) != "from" and not cx.direction_before(left, relative=False):
        return tally, tally.end
    if quantity.bare and _names_something(text, quantity, left) or cx.is_title_word(text, quantity, left):
        return None, _labelled_pair_end(text, quantity, left) or _year_range_end(text, quantity, numeral)
    if _MODEL_LETTER.fullmatch(text, quantity.start, quantity.end) and cx.is_product_name(left):
        return None, quantity.end
    if (
        quantity.bare
        and _RESOLUTION.fullmatch(text, quantity.start, quantity.end)
        and not _counts_a_noun(text, quantity)
    ):
        return None, quantity.end
    if quantity.unit == "TEU" and cx.is_labelled(left):
        return None, quantity.end  # "Article 50 TEU": the Treaty on European Union's article
    if quantity.bare and shares.read_as_ratio(text, quantity):
        quantity.change = cx.change_from_context(text, quantity, left)
        return quantity, quantity.end
    if quantity.unit == "fraction":
        _read_as_quarters(text, quantity, left)
    if quantity.unit == "fraction" and cx.is_ordinal_part(text, quantity, left):
        return None, quantity.end
    if cx.is_marker(text, quantity, left, paragraph.start_char) or cx.is_odds_or_idiom(text, quantity, left):
        return None, quantity.end
    if cx.is_date_or_time(text, quantity, left):
        return None, quantity.end
    if cx.is_year(quantity, text, left, numeral, lambda: _followed_by_noun(text, quantity)):
        return None, _year_range_end(text, quantity, numeral)
    joined = _join_range(text, quantity, left)
    if joined is not None:
        ranged, resume = joined
        if ranged is None:
            return None, resume
        quantity = ranged
    elif quantity.bare and (modifier := hyphen_modifier(text, quantity.end, quantity.value)) is not None:
        quantity.unit, quantity.end = modifier
    elif quantity.bare and cx.is_decade_of_life(text, quantity, left):
        quantity.value_high, quantity.end = quantity.value + 9, quantity.end + 1
        quantity.unit, quantity.kind = "year", "age"
        return quantity, quantity.end
    elif quantity.bare and _is_age_group(text, quantity, left):
        quantity.unit, quantity.kind, quantity.end = "year", "age", quantity.end + 1
        quantity.change = cx.change_from_context(text, quantity, left)
        return quantity, quantity.end
    elif quantity.bare and cx.glued_to_something(text, quantity):
        return None, quantity.end
    if quantity.bare:
        _borrow_unit(text, quantity)
    if quantity.bare and quantity.value < 1 and _OF_ONE.match(text, quantity.end):
        shares.attach_unit_of_one(text, quantity)
    if joined is not None and quantity.bare and _is_unread_result(text, match, quantity, left):
        return None, quantity.end
    if quantity.bare and cx.after_magnitude(left):
        quantity.unit, quantity.kind = "magnitude", "measure"
    if quantity.bare and cx.age_from_context(text, quantity, left):
        quantity.unit, quantity.kind = "year", "age"
    elif quantity.kind == "duration" and cx.after_aged(left):
        quantity.kind = "age"
    if quantity.bare and left.endswith("of ") and (factor := _FACTOR_BEFORE.search(left)) is not None:
        quantity.start -= len(left) - factor.start()
        quantity.unit = "times"
        left = cx.left_of(text, quantity.start, paragraph.start_char)
    if quantity.bare:
        more = quantity.value != 1 and _MORE_AFTER.match(text, quantity.end) is not None
        noun = None if more else counted_noun(text, quantity.end, singular=_takes_singular(quantity, numeral, left))
        if noun is not None and quantity.value != 1 and cx.names_a_change(noun[0]):
            noun = None
        # "the 17-million population": a hyphened scale makes the number a modifier of one noun.
        if noun is None and quantity.scale > 1 and "-" in text[quantity.start : quantity.end]:
            noun = counted_noun(text, quantity.end, singular=True)
        if noun is None and (bound := _OR_BOUND_AFTER.match(text, quantity.end)) is not None:
            change = _OR_BOUND_CHANGE[bound.group(bound.lastgroup or "word").lower()]
            probe = Quantity(bound.end(), bound.end(), quantity.value)
            attach_unit(text, probe)
            if probe.unit is not None:
                quantity.unit, quantity.kind, quantity.end, quantity.change = probe.unit, probe.kind, probe.end, change
            else:
                noun = counted_noun(text, bound.end(), singular=False)
                if noun is not None:
                    quantity.change = change
        if noun is None:
            noun = state_of_people(text, quantity.end)
        if cx.is_pronoun_one(text, quantity, left, noun is not None):
            return None, quantity.end
        if noun is None:
            _count_more_or_of_whole(text, quantity)
        else:
            quantity.unit, quantity.end = noun
            _read_as_quarters(text, quantity, left)
            _read_as_fraction(quantity)
        _attach_count_rate(text, quantity)
    elif quantity.unit == "fraction" and not shares.attach_unit_of_one(text, quantity):
        if shares.is_idiom(text, quantity):
            return None, quantity.end
        shares.attach_whole(text, quantity)
    if quantity.unit is not None and cx.inside_a_name(text, quantity):
        return None, quantity.end
    if quantity.kind == "duration" and _AGO_AFTER.match(text, quantity.end):
        return None, quantity.end  # "millions of years ago" dates, as "seven years ago" does
    quantity.change = cx.change_from_context(text, quantity, left)
    if quantity.unit == "fraction" and quantity.change in ("=", "~") and _BY_BEFORE.search(left):
        return None, quantity.end
    verb = _OBJECT_VERB_BEFORE.search(left) if match.group("vague") and quantity.change in ("up", "down") else None
    if (
        verb is not None
        and not (quantity.unit or "").lower().startswith(("point", "percent", "%"))
        and not (verb.group("lost") and quantity.kind == "money")
    ):
        quantity.change = "="  # "cut thousands of jobs": a vague range is no amount of change
    return quantity, quantity.end


def _takes_singular(quantity: Quantity, numeral: str, left: str) -> bool:
    """One takes a singular noun, and so does a decimal after "a": "a 2.8 rating", "a 4.1 average"."""
    if quantity.value_high is not None:
        return False
    return quantity.value == 1 or "." in numeral and f" {left[-4:].lower()}".endswith((" a ", " an "))


def _may_be_score(text: str, quantity: Quantity, left: str) -> bool:
    """Scores are read before names ("beat France 24-18"), so the ages, labels, dates and times
    that a dash pair can also be are ruled out here: "aged 18-24, 25-34 and 35-44", "Junction
    10-11", "27-28 November"."""
    return not (
        _AGES_BEFORE.search(left)
        or cx.after_band_owner(left)
        or cx.is_labelled(left)
        or cx.is_date_or_time(text, quantity, left)
    )


def _followed_by_noun(text: str, quantity: Quantity) -> bool:
    """Whether a plural noun follows, as after a count ("2000 people") and not after a year."""
    return counted_noun(text, quantity.end, singular=False, compound=False) is not None


def _names_something(text: str, quantity: Quantity, left: str) -> bool:
    """Whether a label or a name before a bare number makes it part of a name or code.

    Names are numbered in digits, so a number spelled in lower case that counts a noun is a count
    after a name too: "gave Tony Blair two election victories", "beat Williams three times"; with
    no noun it is often a headline's name for a group ("Guantanamo four questioned")."""
    if cx.is_labelled(left) or _NAME_AFTER.match(text, quantity.end) or _GROUP_OF.search(left):
        return True
    if not quantity.is_word and _PLACE_BEFORE.search(left) and _STREET_AFTER.match(text, quantity.end):
        return True
    if cx.is_plural_label(left) and _labelled_pair_end(text, quantity, left) is not None:
        return True
    if cx.continues_a_label_list(left):
        return True
    if left.endswith(("court ", "Court ")) and counted_noun(text, quantity.end, singular=False) is None:
        return True  # "the hearing in court 10", but "been to court 12 times"
    if left.endswith("of ") and _ROUND_OF.search(left, max(0, len(left) - len("round of  "))):
        noun = counted_noun(text, quantity.end, singular=False)
        return noun is None or noun[0].lower() in _STAGE_NOUNS
    digits = text[quantity.start : quantity.end]
    if _JETLINER.match(text, quantity.start) or len(digits) > 1 and digits.startswith("0") and digits.isdigit():
        return True  # a model number, or a code with a leading zero: "the 007 franchise"
    if _JET_NUMBER.fullmatch(digits) and left.endswith(("the ", "The ")):
        return counted_noun(text, quantity.end, singular=False) is None
    if digits.isdigit() and _MODEL_AFTER.match(text, quantity.end):
        noun = counted_noun(text, quantity.end, singular=False)
        first = noun[0].split()[0] if noun else ""
        lone_acronym = noun is not None and noun[0] == first and first.isupper()
        if noun is None or len(digits) >= 3 and (lone_acronym or first.endswith(("'s", "’s"))):
            return True
    if cx.is_dialled(text, quantity, left):
        return counted_noun(text, quantity.end, singular=False) is None
    if not cx.is_named(left) or cx.bounds_an_age(text, quantity, left) or cx.after_band_owner(left):
        return False
    if not quantity.is_word or not text[quantity.start].islower():
        return True
    return counted_noun(text, quantity.end, singular=quantity.value == 1) is None


def _count_more_or_of_whole(text: str, quantity: Quantity) -> None:
    """ "five more barristers", "two further hits" count barristers and hits, added to those
    before, and "five more months" is a duration; their change stays "=", as NewsQuant
    annotators mark "22 more children" and "an additional 15 miles".  "Two of the All Blacks'
    seven tries" and "211 out of 359 lawmakers" count what the whole counts, and the whole stays
    a figure of its own, so the span does not grow over it."""
    more = _MORE_AFTER.match(text, quantity.end)
    if more is not None and quantity.value != 1:
        noun = counted_noun(text, more.end(), singular=False)
        head = noun[0].lower().partition(" of ")[0] if noun is not None else ""
        if noun is not None and head in lx.DURATIONS:
            quantity.unit, quantity.kind, quantity.end = lx.DURATIONS[head], "duration", noun[1]
        elif noun is not None:
            quantity.unit, quantity.end = noun
        return
    whole = _WHOLE_AFTER.match(text, quantity.end)
    second = QUANTITY_AT.match(text, whole.end()) if whole else None
    other = read_quantity(text, second) if second and not second.group("vague") else None
    if other is not None and other.bare:
        noun = counted_noun(text, other.end, singular=False)
        quantity.unit = noun[0] if noun else None


def _read_as_quarters(text: str, quantity: Quantity, left: str) -> None:
    """ "for the past three quarters": a number of quarters of a year is a duration, whether the
    grammar read it as a fraction or as a count of the noun "quarters"."""
    count = cx.quarters_of_a_year(text, quantity, left)
    if count is not None:
        quantity.value, quantity.unit, quantity.kind = count, "quarter", "duration"


def _read_as_fraction(quantity: Quantity) -> None:
    """ "shrink by two thirds": a count of thirds or fifths is a fraction; "three quarters" may be
    coins or a share, so a count of quarters stays one unless `_read_as_quarters` took it."""
    word = (quantity.unit or "").lower().removesuffix("s")
    denominator = DENOMINATORS.get(word) if word != "quarter" else None
    if quantity.kind == "count" and denominator is not None and quantity.value < denominator:
        quantity.value /= denominator
        quantity.unit = "fraction"


def _attach_count_rate(text: str, quantity: Quantity) -> None:
    """ "3,000 tests per day", "20 deaths a week": a count divided by a unit of time or such; a
    bare "an average of 20 per week" counts what the sentence named earlier, so its unit is the rate."""
    rate = rate_after(text, quantity.end)
    if rate is not None:
        quantity.unit = f"{quantity.unit} per {rate[0]}" if quantity.unit else f"per {rate[0]}"
        quantity.end = rate[1]


def _elided_unit(text: str, quantity: Quantity, found: list[Quantity], floor: int) -> Quantity | None:
    """The earlier figure whose unit a bare count borrows, if any.

    "3.9 million headsets, up from 2.4 million", "460 vehicles compared with 63": a bare count
    compared with a counted one in the same sentence counts the same thing; "4.3bn rupees
    (dollars 98m), against 2.7bn" compares amounts of money, in the currency outside the brackets.
    A bare count in between ("rose to 102.5, from 102.2") is what the comparison is with, so
    nothing is borrowed.  With no such cue, a scaled count in the same sentence still counts what
    the earlier one counted ("sold 2m copies in its first week and 3.5 million in total"), and so
    does one of 100 or more after a comma and a verb ("infected 2.4 million people, killed more
    than 165,000").  A sentence that opens with its whole ("Of the 440,288 admissions last year,
    3,357 were for children") counts its parts in the whole's noun, however small."""
    if not quantity.bare or quantity.kind != "count" or quantity.value_high is not None:
        return None
    earlier = next((q for q in reversed(found) if _may_lend(text, q, quantity)), None)
    if earlier is None or earlier.unit in _NOT_NOUNS:
        return None
    between = text[earlier.end : quantity.start]
    if _SENTENCE_BREAK.search(between):
        return None
    whole = _whole_of_sentence(text, found, quantity, floor)
    if whole is not None:
        return whole
    if not _comparable(earlier.value, quantity.value):
        return None
    if _ELIDED_CUE.search(text, max(floor, quantity.start - cx.WINDOW), quantity.start) or _RELATIVE_AFTER.match(
        text, quantity.end
    ):
        return earlier
    if quantity.scale > 1 or (quantity.value >= 100 and _CLAUSE_THEN_VERB.search(between)):
        return earlier
    return None


def _number_of(text: str, quantity: Quantity, since: int) -> str | None:
    """ "the number of people unemployed has dropped by 1.9 million", "the total number of cases in
    2017 to 81": a bare count that a sentence's "number of" subject is told of counts that noun.
    Only with no figure and no sentence break between, with a plural noun after "of", and with
    the count given by a verb or a preposition of measure ("rose to", "by", "reached"), so that
    "the number of victims is unknown, but police arrested 12" lends nothing."""
    if not _TOLD_OF.search(text, max(since, quantity.start - cx.WINDOW), quantity.start):
        return None
    window = text[max(since, quantity.start - _NUMBER_OF_REACH) : quantity.start]
    subject = next(reversed(list(_NUMBER_OF.finditer(window))), None)
    if subject is None or _SENTENCE_BREAK.search(window, subject.end()) or _NEW_CLAUSE.search(window, subject.end()):
        return None
    start = quantity.start - len(window) + subject.end()
    noun = counted_noun(text, start, singular=False, compound=False)
    return noun[0] if noun is not None else None


def _object_brought_to(text: str, quantity: Quantity, since: int) -> str | None:
    """ "accelerated its monthly active users to 328 million": the plural a verb of change brings to
    a bare count is what the count counts, unless it is a measure ("raised their prices to 500")."""
    window = text[max(since, quantity.start - cx.WINDOW) : quantity.start]
    verb = _VERB_AND_OWNER.search(window)
    if verb is None:
        return None
    start = quantity.start - len(window) + verb.end()
    noun = counted_noun(text, start, singular=False, compound=False)
    if noun is None or _TO_BEFORE.fullmatch(text, noun[1], quantity.start) is None:
        return None
    head = noun[0].split()[-1].lower()
    return None if head in _MEASURED_PLURALS or head in lx.DURATIONS else noun[0]


def _change_from_before(
    text: str, between: str, earlier: Quantity, quantity: Quantity, *, conversion: bool
) -> str | None:
    """The change a figure takes from the one before it: a restatement's or a conversion's, a listed
    percentage's direction, or a listed count's bound.  An alternative keeps its own: NewsQuant
    marks "about 8 or $9" as "~" and "=", the hedge on the first only."""
    restated = cx.inherited_change(between, earlier.change, conversion=conversion)
    if restated is not None:
        return restated
    if _listed_share(text, earlier, quantity):
        return cx.listed_change(between, earlier.change)
    return _listed_bound(text, between, earlier, quantity)


def _listed_bound(text: str, between: str, earlier: Quantity, quantity: Quantity) -> str | None:
    """ "at least 2.6 million illnesses, 26,000 hospitalizations, and 1,600 deaths", "at least 30
    points, 15 rebounds and five assists": a bound before a list of counts bounds each of them.
    An item must name what it counts in its own words; one that is part of the first ("300 games,
    120 of them"), compares with it ("10 more than needed") or starts a clause ("12 officers were
    injured") is no item, nor is a share ("and one in 10 vehicles sold")."""
    if earlier.change not in (">", "<") or not (earlier.kind == quantity.kind == "count" and quantity.unit):
        return None
    if _is_share(quantity):
        return None
    own_noun = not text[quantity.end - 1].isdigit()
    if not own_noun or _PART_OR_COMPARISON_AFTER.match(text, quantity.end):
        return None
    if "and" not in between and _VERB_AFTER.match(text, quantity.end):
        return None
    return earlier.change if _LIST_COMMA.fullmatch(between) else None


def _listed_share(text: str, earlier: Quantity, quantity: Quantity) -> bool:
    """Whether two percentages may be items of one list: a share of a whole ("40% of analysts")
    starts a statement of its own."""
    return earlier.kind == quantity.kind == "percent" and _OF_NEXT.match(text, quantity.end) is None


def _whole_of_sentence(text: str, found: list[Quantity], quantity: Quantity, floor: int) -> Quantity | None:
    """The count a sentence opens with as its whole ("Of the 440,288 admissions last year, ..."),
    when it is in the same sentence as `quantity`."""
    for earlier in reversed(found):
        if _SENTENCE_BREAK.search(text, earlier.end, quantity.start):
            return None
        opening = text[max(floor, earlier.start - cx.WINDOW) : earlier.start]
        if earlier.kind == "count" and earlier.unit and _WHOLE_OPENS.search(opening):
            return earlier
    return None


def _may_lend(text: str, earlier: Quantity, quantity: Quantity) -> bool:
    """A count lends its noun; an amount of money or a measure lends its unit to a scaled bare
    number ("2.7bn", "9.6 million tons, down from 14.25 million"), unless it is a conversion in
    brackets that closed before that number."""
    if earlier.kind == "count":
        return not _is_share(earlier)
    between = text[earlier.end : quantity.start]
    return earlier.kind in ("money", "measure") and quantity.scale > 1 and not (")" in between and "(" not in between)


def _restates_a_share(previous: Quantity, quantity: Quantity) -> bool:
    """ "more than a third (37%)": the percentage in brackets is the share's exact value, so it
    takes none of the bound on the fraction before it."""
    return _is_share(previous) and quantity.kind == "percent"


def _is_share(quantity: Quantity) -> bool:
    """A fraction, bare or of a whole ("fraction of schools"): it counts no noun of its own."""
    return (quantity.unit or "").startswith("fraction")


def _comparable(a: float, b: float) -> bool:
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= _ELIDED_RATIO


def _share_rate_after_conversion(text: str, first: Quantity, conversion: Quantity) -> None:
    """ "dollars 40,000 (pounds 21,000) per day": a rate written after the bracketed conversion
    divides both amounts."""
    if first.unit is None or conversion.unit is None or " per " in first.unit or " per " in conversion.unit:
        return
    opening = _OPEN_BRACKET.fullmatch(text, first.end, conversion.start)
    closing = _CLOSE_BRACKET.match(text, conversion.end)
    rate = rate_after(text, closing.end()) if opening and closing else None
    if rate is not None:
        first.unit = f"{first.unit} per {rate[0]}"
        conversion.unit = f"{conversion.unit} per {rate[0]}"


class _Phones:
    """The phone numbers of one paragraph, searched for only once a figure may start inside one.

    A phone number is written in digits, blanks and ".-()+", so a figure starting with a letter
    or a currency sign ("two", "$5") cannot be part of one, nor one with no `_PHONE_HINT` around
    it; checking those few characters spares most paragraphs a scan of the whole paragraph."""

    def __init__(self, text: str, paragraph: Paragraph) -> None:
        self._text = text
        self._bounds = (paragraph.start_char, paragraph.end_char)
        self._spans: list[tuple[int, int]] | None = None

    def contain(self, position: int) -> bool:
        char = self._text[position]
        if not (char.isdecimal() or char in ".-()+" or char.isspace()):
            return False
        if self._spans is None:
            if not self._hint_around(position):
                return False
            self._spans = [
                m.span() for m in _PHONE.finditer(self._text, *self._bounds) if not _THOUSANDS.fullmatch(m.group())
            ]
        return any(start <= position < end for start, end in self._spans)

    def _hint_around(self, position: int) -> bool:
        first, last = self._bounds
        around = (max(first, position - _PHONE_LENGTH), min(last, position + _PHONE_LENGTH))
        return _PHONE_HINT.search(self._text, *around) is not None


def _paragraph_figures(text: str, lowered: str | None, paragraph: Paragraph) -> list[dict[str, object]]:
    """The fields of each figure in the paragraph; `lowered` is the document's
    `gate.lowered_ascii`, for the cheaper gate."""
    phones = _Phones(text, paragraph)
    found: list[Quantity] = []
    conversion = False
    position = paragraph.start_char
    scanner = QUANTITY_OR_FOLD if text.find("fold", paragraph.start_char, paragraph.end_char) >= 0 else QUANTITY
    while (match := gate.search(scanner, QUANTITY_GATE, text, position, paragraph.end_char, lowered)) is not None:
        if phones.contain(match.start()):
            position = match.end()
            continue
        quantity, position = _read(text, match, paragraph)
        if quantity is None:
            continue
        lender = _elided_unit(text, quantity, found, paragraph.start_char)
        if lender is not None:
            quantity.unit, quantity.kind = lender.unit, lender.kind
        elif quantity.bare and quantity.kind == "count":
            counted = [q for q in found if q.kind != "percent" and not (q.unit or "").startswith("fraction")]
            since = counted[-1].end if counted else paragraph.start_char
            quantity.unit = _number_of(text, quantity, since) or _object_brought_to(text, quantity, since)
        if found:
            _share_rate_after_conversion(text, found[-1], quantity)
            between = text[found[-1].end : quantity.start]
            conversion = cx.is_conversion(between, after_conversion=conversion and quantity.kind == found[-1].kind)
            if quantity.change in ("=", "~") and not _restates_a_share(found[-1], quantity):
                inherited = _change_from_before(text, between, found[-1], quantity, conversion=conversion)
                if inherited is not None and (quantity.change == "=" or inherited in ("up", "down")):
                    quantity.change = inherited
        found.append(quantity)
    return [
        {
            "start_char": q.start,
            "end_char": q.end,
            "text": text[q.start : q.end],
            "paragraph_idx": paragraph.idx,
            "value": q.value,
            "value_high": q.value_high,
            "unit": q.unit,
            "kind": q.kind,
            "change": q.change,
            "extractor": NAME,
        }
        for q in found
    ]


_GLUED_MAGNITUDE = re.compile(r"(?<=magnitude)-(?=\d)", re.IGNORECASE)
""""a magnitude-6.5 earthquake": the scale glued to its number by a hyphen, which elsewhere makes a
name of a number ("F-16", "COVID-19"); read as "magnitude 6.5", a blank of the same length."""
_SLASHED_CURRENCY = re.compile(r"(?<=[\dmnbk])/(?=[$£€¥₹]\d)")
""""£115m/€133.9m": a second currency after a slash, which elsewhere joins numbers ("24/7",
"3/4"); read as a blank of the same length."""


_AGE_GROUP_HYPHEN = re.compile(r"(?:(?<=\b[Uu]nder)|(?<=\b[Oo]ver))-(?=\d{1,2}s\b)")
""""under-16s", "over-65s": the people under or over an age, as British papers write them; read as
"under 16s", which `_is_age_group` takes as an age with its bound.  A capital names a team
("Under-20s Six Nations")."""
_GLUED_HINT = re.compile(r"agnitude-|AGNITUDE-|/[$£€¥₹]|r-\d{1,2}s\b")
"""One scan of a document for what `_unglued` blanks; most documents have none."""


def _unglued(text: str) -> str:
    """`text` with the hyphen of "magnitude-6.5" and the slash of "£115m/€133.9m" blanked, so the
    scan reads what they join; offsets stay those of the stored text."""
    if _GLUED_HINT.search(text) is None:
        return text
    return _AGE_GROUP_HYPHEN.sub("\u00a0", _SLASHED_CURRENCY.sub(" ", _GLUED_MAGNITUDE.sub(" ", text)))


def extract_figures(segmented: SegmentedDocument) -> list[Figure]:
    original = segmented.document.text
    text = _unglued(original.translate(ASCII_LOOKALIKES))
    lowered = gate.lowered_ascii(text)
    fields: list[dict[str, object]] = []
    for paragraph in segmented.paragraphs:
        if paragraph.kind in EXTRACTABLE_KINDS:
            fields.extend(_paragraph_figures(text, lowered, paragraph))
    if text != original:
        for field in fields:
            field["text"] = original[field["start_char"] : field["end_char"]]  # type: ignore[misc]
    return _FIGURES.validate_python(fields)


_FIGURES = TypeAdapter(list[Figure])
"""Validates a document's figures in one call: a `Figure(...)` each costs a third more."""


NAME = "figures"
"""Set on every figure built, so that the extract stage need not copy each one to stamp it."""
EXTRACTOR = Extractor(name=NAME, version="1.54.0", run=extract_figures)
