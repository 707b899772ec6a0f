"""Reads one quantity at a time: currency sign, number, and the unit glued or next to it.

A quantity here is still context-free ("15" in "15 January" is read like "15" in "15 troops");
`context` decides afterwards what the words around it make of it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.figures import gate
from pipeline.extract.figures import lexicon as lx
from pipeline.extract.numbers import (
    GROUPS,
    NUMBER_PATTERN,
    SCALES,
    SUFFIXES,
    TENS,
    THOUSANDS_BLANK,
    UNITS,
    parse_number,
)

DENOMINATORS = {
    "half": 2,
    "halve": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
"""The words of a fraction's denominator, singular ("a third", "two thirds", "three-quarters")."""
_NUMERATORS = {"a": 1, **{word: value for word, value in UNITS.items() if 1 <= value <= 9}}
_VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (12, 120),
    "scores": (20, 200),
    "tens": (10, 100),
    "hundreds": (1e2, 1e3),
    "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7),
    "billions": (1e9, 1e10),
}
"""Plural scale words as the benchmark reads them: "thousands of" spans one order of magnitude.
Their change is "=", as NewsQuant annotates them: the range already says how vague "tens of
thousands of protesters" is, and `change` keeps "~" for a hedge the writer added ("about
thousands" is rare; "some hundreds of" is "~"), as it keeps ">" for "more than tens of thousands"."""

_FRACTION_NEXT = (
    rf"\s+(?:(?:of|the|its|their|his|her|our|all)\b|as\s+(?:much|many|[a-z]+\s+as)\b"
    rf"|an?\b(?!\s+(?:{'|'.join(SCALES)})\b))|\s*[—–(]"
)
"""What a fraction needs after it to be one: a whole ("half of", "a third the"), a comparison
("half as much as", "a third as many people as"), one unit ("half a mile") or an aside."""
POINT_AFTER = r"[\s-](?:percentage[\s-])?points?\b"
""""a quarter percentage point", "a half-point": a fraction of one point; "three quarter-point
rises" counts rises."""
_SHARE_VERB = (
    r"\s+(?:were|are|have|had|say|said|voted|agreed|want|wanted|think|believe|expect|made|did|got|took|came"
    r"|went|saw|found|felt|lost|won|paid|spent|bought|will|would|could|can|may|might|must"
    r"|[a-z]{3,}ed)\b"
)
""""nearly a quarter made their fortunes": a verb after "a quarter" makes it a share of people;
only forms that are no noun, since "a third win" is an ordinal."""
_ANY_VERB = (
    r"\s+(?:were|are|was|is|said|say|says|have|has|had|will|would|could|did|do|voted|agreed|want|wanted"
    r"|thought|think|believe|believed|reported|expect|expected)\b"
)
_SHARES = [word for word, value in _NUMERATORS.items() if value > 1]
_HEDGES_AFTER_BY = (
    r"",
    r"almost\s",
    r"nearly\s",
    r"about\s",
    r"around\s",
    r"roughly\s",
    r"over\s",
    r"more\sthan\s",
    r"as\smuch\sas\s",
)
_AFTER_BY = "(?:{})".format("|".join(rf"(?<=\bby\s{hedge})" for hedge in _HEDGES_AFTER_BY))
"""Fixed-width lookbehinds, one a hedge, since `re` has no variable-width one."""
_CHANGE_ENDS = (
    r"\s*(?:[,.;:)]|$)"
    r"|\s+(?:to|in|from|since|on|last|this|over|after|compared|and|or|than|while|as|but|a|an|the|according|for"
    r"|at|with|amid|despite|during|following|within)\b"
)
_HYPHENED_UNIT = (
    r"[ -](?:mile|ton|tonne|pound|kilo|kilogram|kilometre|kilometer|metre|meter|litre|liter|gallon|acre|inch|hour)\b"
)
""""a half-mile section", "a quarter-ton of cocaine", "lasted a quarter mile": a fraction of one
unit, hyphened or spaced to it."""
_FRACTION = (
    rf"(?:(?:a|one)\s(?:half|quarter|third)(?={_HYPHENED_UNIT})|half(?={_HYPHENED_UNIT})"
    rf"|(?:a|one)-(?:{'|'.join(DENOMINATORS)})(?![\w-])"
    rf"|(?:{'|'.join(_SHARES)})-(?:{'|'.join(DENOMINATORS)})s(?![\w-])"
    rf"|(?:{'|'.join(_SHARES)})\s(?:{'|'.join(DENOMINATORS)})s?(?={_FRACTION_NEXT}|{_ANY_VERB})"
    rf"|(?:a|one)\s(?:{'|'.join(DENOMINATORS)})(?={_FRACTION_NEXT}|{_SHARE_VERB}|{POINT_AFTER})"
    rf"|half(?={_FRACTION_NEXT}|{_ANY_VERB}|{POINT_AFTER}|\s+(?:in|over|since|during|between)\b)"
    rf"|{_AFTER_BY}(?:(?:a|one)\s(?:{'|'.join(DENOMINATORS)})|half)(?={_CHANGE_ENDS}))"
)
""""one-fifth contained", "a two-thirds majority": a hyphened fraction is one wherever it stands
(not "three-quarter", an adjective or a rugby position);
"half of the", "half a mile" (not "half a dozen", a number of its own), and a fraction standing
for a share of people just named: "more than half were women", "more than half (535) needed
hospital care", "just over a quarter — 26% — of".  After "a third" a verb in the singular ("two
men were charged and a third was released") counts a person, so only a plural verb or "said" makes
it a share ("a third were", "nearly a quarter said").
"half" also comes before a preposition ("shrunk by more than half in 40 years"), which after "a
quarter" or "a third" names a time ("a quarter in advance", "a third in as many months").
After "by" a fraction that ends its phrase is the size of a change ("fell by almost a fifth to",
"cut by half,"); `_read` drops it when no verb of change moves it ("followed by a third.")."""
_SEVERAL = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
"""Scales after "several" or "a few": "several thousand more" spans what "thousands" spans."""
_VAGUE_PATTERN = (
    rf"(?:several|a\s+few)\s+(?:{'|'.join(_SEVERAL)})(?:\s+(?:thousand|million|billion))?(?:\s+of(?=\s))?(?![\w-])"
    r"|(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)(?:\s+(?:of|more)(?=\s)|(?![\w-]))"
    r"|(?:dozens|scores|tens|hundreds|thousands|millions|billions)\s+of(?=\s)(?!\s+(?:thousand|million|billion)\b)"
    r"|(?:dozens|hundreds|thousands|millions|billions)\s+more(?=\s)"
    r"|(?<!\btheir\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bour\s)(?<!\bmy\s)"
    r"(?:dozens|hundreds|thousands|millions)(?=\s*[,.;:)—–]"
    r"|\s+(?:as|were|are|more|dead|homeless|injured|displaced|affected|have|has|had|will|would|could|can|may"
    r"|who|in|on|across|from|[a-z]{2,}ed|began|came|fled|took|went|lost|left|stood|face|remain|flee|gather"
    r"|attend|still)\b)"
)
"""A vague plural without "of" counts when its phrase ends, a verb follows ("Thousands marched",
"Millions have fled", "injured hundreds as"), or a place or target does ("spent millions on")."""
_FOLD_WORDS = {**{k: v for k, v in UNITS.items() if v >= 2}, **TENS, "hundred": 100, "thousand": 1000}
_FOLD = rf"(?:{'|'.join(sorted(_FOLD_WORDS, key=len, reverse=True))})fold(?![\w-])"
""""sixfold", "tenfold": a multiplier written as one word; "5-fold" is a numeral with a unit."""
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_EXPONENT = r"\s?[×x]\s?10(?:\^(?P<exp>[-−]?\d{1,3})|(?P<exp_dash>[-−]\d{1,3})|(?P<exp_sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
"""Scientific notation ("1.99×10−30", "3 x 10^8"); only with a written exponent, so "4x10" stays a size."""


_A_HALF_SCALE = r"a\s+half[\s-](?:thousand|million|billion|trillion)(?!\w)"
""""a half-billion dollars": kept out of the shared `NUMBER_PATTERN`, where an alternative starting
with "a" cost the dates grammar a twentieth of its time."""


def _body(fold: str) -> str:
    return (
        r"(?P<sub>(?i:sub)-)?(?P<near>(?i:near)-(?=\d))?"
        rf"(?:(?P<cur>(?-i:{lx.alternation(lx.CURRENCY_PREFIXES, case_sensitive=True)}))\s?"
        r"|(?P<mangled>(?-i:PS(?=\d[.,]?\d)|Y=(?=\d)|SAR(?=\s?\d[\d,.]*[\s-]?(?:trillion|billion|million|bn)\b)"
        r"|(?<=\bby\s)R(?=\d{2,}(?:,\d{3})*(?![\w-]|[.,]\d))"
        r"|(?<=\bto\s)R(?=\d{2,}(?:,\d{3})*(?:[.,;)]|\s+(?:from|a|per|each|in|on|over|for)\b))"
        r"|[NRP](?=\d[\d,.]*[\s-]?(?:trillion|billion|million|bn|tn|trn|m)\b"
        rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d\d)?(?![\d,]|\.\d)|\d{{1,3}}(?:{THOUSANDS_BLANK}\d{{3}})+(?![\w,-]|\.\d)"
        r"|\d+\.\d\d(?![\d,]|\.\d))))\s?)?"
        r"(?P<neg>[-−](?=\d)|(?:minus|negative)[\s-](?=\d))?"
        rf"(?:(?=\D)(?:(?P<vague>{_VAGUE_PATTERN})|(?P<frac>{_FRACTION})|(?P<fold>{fold}))"
        rf"|(?P<num>{_A_HALF_SCALE}|{NUMBER_PATTERN})(?:{_EXPONENT})?)"
    )


_NEVER = r"(?!)"
_NOT_BEFORE = r"\w.,:/'’$£€¥₹#&-"
_START = rf"(?<![{_NOT_BEFORE}])"
QUANTITY = re.compile(rf"{_START}{_body(_NEVER)}", re.IGNORECASE)
"""Where a quantity may start in running text: not inside a word, code or another number."""
QUANTITY_OR_FOLD = re.compile(rf"{_START}{_body(_FOLD)}", re.IGNORECASE)
"""`QUANTITY` that also reads "sixfold", for paragraphs that contain "fold" in lower case; it once
cost a quarter of the scan to try everywhere, and a capitalised "TENFOLD" has never been read."""
QUANTITY_AT = re.compile(_body(_NEVER), re.IGNORECASE)
"""The second half of a range ("10-20", "$10 to $15 billion") starts right after a connector."""
_AFTER_A = {*SCALES, *DENOMINATORS, *(group.split()[1] for group in GROUPS if group.startswith("a "))}
""""a million", "a pair of", "a-quarter of": what makes "a" a number."""
_GATE_CASELESS = [
    "sub-",
    "near-",
    "minus",
    "negative",
    "half",
    *UNITS,
    *TENS,
    *_VAGUE,
    "several",
    "a few",
    *_FOLD_WORDS,
    *(f"a{blank}{word}" for blank in " -" for word in _AFTER_A),
]
_PREFIXES = [*lx.CURRENCY_PREFIXES, *lx.MANGLED_PREFIXES]
_GATE_CASED = [prefix for prefix in _PREFIXES if len(prefix) > 1 or not prefix.isalpha()]
_LETTERS = "".join(prefix for prefix in _PREFIXES if len(prefix) == 1 and prefix.isalpha())
_LETTER_PREFIXES = rf"[{_LETTERS}{_LETTERS.lower()}]\d"
"""One-letter prefixes ("N254 billion", "R385-billion") open the gate only before a digit: the gate
matches lower-cased text, where "n" or "p" alone would start a word in ten."""
QUANTITY_GATE = gate.compile_gate(
    _NOT_BEFORE, _GATE_CASELESS, _GATE_CASED, patterns=[r"\d", r"[-−.]\d", _LETTER_PREFIXES]
)
"""Where `QUANTITY` and `QUANTITY_OR_FOLD` may match: every form their alternatives start with."""

_WORD_UNITS = {
    **{k: ("percent", v) for k, v in lx.PERCENT.items()},
    **{k: ("age", v) for k, v in lx.AGES.items()},
    **{k: ("money", v) for k, v in lx.CURRENCY_WORDS.items()},
    **{k: ("duration", v) for k, v in lx.DURATIONS.items()},
    **{k: ("measure", v) for k, v in lx.MEASURES.items()},
    "pound": ("pound", "lb"),
    "pounds": ("pound", "lb"),
    "fold": ("count", "times"),
}
_SYMBOL_UNITS = {
    **{k: ("measure", v) for k, v in lx.MEASURE_SYMBOLS.items()},
    **{k: ("money", v) for k, v in lx.MONEY_GLUED.items()},
    **{k: ("money", v) for k, v in lx.CURRENCY_CODES.items()},
    "%": ("percent", "%"),
    "bp": ("percent", "basis point"),  # case-sensitive, so "500 BP staff" are the oil company's
}
_UNIT = re.compile(
    r"(?P<sep>-|[ \u00a0]?-?)"
    rf"(?:(?P<word>{lx.alternation(_WORD_UNITS, case_sensitive=False)})"
    rf"|(?P<symbol>{lx.alternation(_SYMBOL_UNITS, case_sensitive=True)}))"
    r"(?![\w°²])"
)
_UNIT_START = re.compile(rf"(?:-|[ \u00a0]?-?){gate.prefix_tree(caseless=_WORD_UNITS, cased=_SYMBOL_UNITS)}")
"""What `_UNIT` may match, checked first: most numbers have no unit, and the case-insensitive
`_UNIT` costs several times as much to reject them."""
_LISTED_DENOMINATOR = lx.alternation(lx.RATE_DENOMINATORS, case_sensitive=False)
_ANY_NOUN = (
    r"(?!cent\b|million\b|billion\b|thousand\b)[a-z]+(?<!ful)(?<!ous)(?<!ive)(?<!ble)(?<!al)(?<!ic)(?<!ed)(?<!ing)"
)
""""per share": one noun after "per"; not an adjective ("per successful applicant") and not a scale
word, which begins a longer unit ("per million British thermal units")."""
_TIME_DENOMINATORS = ("hour", "day", "week", "month", "year", "annum", "night", "minute", "second", "century")
_AFTER_TIME_DENOMINATOR = "(?:" + "|".join(f"(?<=(?i:{word}))" for word in _TIME_DENOMINATORS) + ")"
_RATE = re.compile(
    rf"(?:\s?(?:(?i:per)|/)\s?)"
    rf"(?P<den>{_LISTED_DENOMINATOR}|{lx.alternation(lx.MEASURE_SYMBOLS, case_sensitive=True)}|{_ANY_NOUN})"
    r"(?![\w-])"
    rf"|(?:\s(?i:an?|each)\s|-(?i:an?|per)-)(?P<listed>{_LISTED_DENOMINATOR})(?![\w-])"
    rf"(?!{_AFTER_TIME_DENOMINATOR}\s+(?:(?i:earlier|ago|later|before|after|of)\b|(?i:on)\s+(?:[A-Z\d]|(?i:the)\b)"
    r"|(?i:from)\s+(?i:now|today|then|that|this|the)\b"
    r"|(?i:to)\s+(?:[A-Z\d]|(?i:the|end)\b)))"
    r"|\s(?P<adverb>(?i:daily|weekly|monthly|yearly|annually))(?![\w-])"
    r"|\s(?i:per)\s(?P<per_count>1(?:00|,000|0,000|00,000|,000,000)|100000|1000000)(?![\d,])"
    r"(?:\s(?P<per_noun>(?i:population|people|residents|inhabitants|live\s+births|births|adults|children|pupils))\b)?",
)
""""$5 per mmBTU", "10 kV/cm", "52,000 barrel-a-day", "four cups daily": after "per" or "/" any one
noun divides (an adjective ending means the noun comes later: "per successful applicant"), after
"a" only a listed one; "$6.78bn a year earlier" and "a year to March" are no rates: the "a year"
belongs to a date, which only a unit of time starts ("$74.25 a barrel after touching $74.01" and
"fall by 11 percent a year to keep within" are rates).  "67.9 per 100,000 population" divides by
a round count of people."""
_DENOMINATOR_TABLES: tuple[dict[str, str], ...] = (lx.MEASURE_SYMBOLS, lx.MEASURES, lx.DURATIONS)
_DIMENSION_NEXT = re.compile(r"\s+(?:high|long|wide|deep|tall|thick|across|away)\b")
""""1.5 m high", "a femur about 2 m long": a spaced "m" before a dimension is metres."""
_SPACED_LETTER_END = re.compile(r"/|(?=[\s,;:)]|\.(?:\s|$)|$)")
_METRE_SPEED = re.compile(r"/(?:s|h|min)\b|\s+(?:per|a|an)\s+(?:second|minute|hour)\b", re.IGNORECASE)
""""17m/s", "426m per minute": millions are never divided by a unit of time this way."""
_MONEY_BEFORE = re.compile(r"pounds|dollars|euros|[$£€¥]|\b(?:USD|GBP|EUR)\b")
_MONEY_WORD_BEFORE = re.compile(
    r"\b(?:prices?|priced|costs?|paid|pays?|worth|fees?|salary|salaries|wages?|fined?|sold|bought|spent|spend"
    r"|budget|earn(?:ed|s)?|earnings|profits?|revenue|sales?|asking|charged?|bill|valued|value|fares?|tickets?)\b"
    r"|[$£€¥]",
    re.IGNORECASE,
)
""""the asking price rose to 218,954 pounds": words of money before a "pounds" written after its number."""
_CONVERSION_TO_MONEY = re.compile(
    r"\s*\(\s*(?:(?:some|about|around|roughly|nearly|almost|approximately)\s+)?"
    r"(?:[A-Z]{0,3}\$|[$£€¥]|\d[\d,.]*\s*(?:[A-Z][\w.]*\s+)?(?:dollars|euros))"
)
""""218,954 pounds (AU$541,232)", "173 pounds (some 220 U.S. dollars)": a conversion into a currency."""
_OF_NEXT = re.compile(r"\s+of\b")
_MONEY_LOOKBACK = 300
"""Characters searched for a currency before a bare "800m": money nearby makes it 800 million."""
_RACE_BEFORE = re.compile(
    r"(?:(?:\b(?:the|a|an|that|this|his|her|their|over|final|last|first|indoor|outdoor|world|individual|tight"
    r"|favoured|favourite|preferred|usual|specialist|own)"
    r"|['’]s?|\b[A-Z][a-z]+|\d[\d,]*m(?:,|\s+(?:and|or|to)))\s|\n)$"
)
""""the 800m", "women's 400m", "Olympic 1500m", "the 800m and 1000m", "his favoured 400m", or a
results line: how a race is introduced."""
_RACE_LOOKBACK = 24
_NOUN_OR_CURRENCY_AFTER = re.compile(
    rf"\s+(?:{lx.alternation(lx.CURRENCY_WORDS, case_sensitive=False)}"
    r"|(?!(?:this|is|was|has|as|its|his|us|thus|plus|across|unless|whereas)\b)[a-z]+s)\b"
)
""""800m euros", "50m passengers": what a count of millions is followed by, and a race is not;
"the 1500m this winter" ends in an "s" that is no plural."""
_BLANKS = re.compile(r"\s+")
_DIGIT_NEXT = re.compile(r"\s?\d")
""""by 2008 pounds 60bn": a currency word before digits is the next amount's sign, not a unit."""
_SCALE_SPLIT = re.compile(
    rf"^(.*?[\d\w])(?:(?:\s+|-)?(?:{'|'.join(sorted([*SCALES, *SUFFIXES], key=len, reverse=True))}))$",
    re.IGNORECASE,
)
_AND_A_HALF = re.compile(
    r"(?:\s+|-)and(?:\s+|-)(?:a(?:\s+|-)half|half(?!\s+(?:of|the|its|their|his|her|our|all|these|those)\b))"
    r"(?!\w|-(?:a|an)\b)"
    rf"(?:\s+(?P<scale>{'|'.join(sorted(SCALES, key=len, reverse=True))})(?!\w))?",
    re.IGNORECASE,
)
""""three and a half months", "five-and-a-half years", "two and a half million cars": a half added
to a whole number, before its scale word when there is one.  `NUMBER_PATTERN` stops before "and",
since the dates extractor shares it."""
_METRE_GAP = r"(?:world|indoor|outdoor|national|olympic|european|commonwealth|in|the|intercept|solo|breakaway)"
"""Words that may stand between a distance and its event: "60m world indoor silver", "1.80m in
the high jump", "a 70m intercept try"."""
_METRE_CONTEXT = re.compile(
    rf"(?:(?:,\s*|\s+(?:and|or)\s+)[\d,]+m)*\s(?:(?:(?-i:[A-Z][A-Za-z-]*)(?<!s)|{_METRE_GAP})\s){{0,2}}"
    rf"(?:{'|'.join(lx.SCALE_WORD_WHEN_METRE)})\b",
    re.IGNORECASE,
)
""""the 100m and 200m titles": the words that make a glued "m" metres may follow a list of distances,
a name ("the 1m McLellan Telescope") or a word of `_METRE_GAP`."""


@dataclass
class Quantity:
    """One number with what is attached to it; `end` grows as units and nouns are attached.

    `scale` is what a scale word multiplied the numeral by (1e9 for "15 billion"), so that the
    low end of "$10 to $15 billion" can borrow it and "500 to 1.5 million" does not.
    """

    start: int
    end: int
    value: float
    value_high: float | None = None
    unit: str | None = None
    kind: str = "count"
    change: str = "="
    is_word: bool = False
    scale: float = 1.0

    @property
    def bare(self) -> bool:
        """No unit, currency or percent sign: what follows may be the counted noun."""
        return self.unit is None


def read_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    """Number plus currency sign plus following unit, or None when the match is no number."""
    vague, fraction, fold, numeral = match.group("vague", "frac", "fold", "num")
    if vague:
        low, high = _vague_bounds(vague)
        quantity = Quantity(match.start(), match.end(), low, high, is_word=True)
        _attach_after_of(text, quantity)
        return quantity
    if fraction:
        return Quantity(match.start(), match.end(), _fraction_value(fraction), unit="fraction", is_word=True)
    if fold:
        value = _FOLD_WORDS[fold.lower().removesuffix("fold")]
        return Quantity(match.start(), match.end(), value, unit="times", is_word=True)
    reading = _read_numeral(numeral)
    if reading is None:
        return None
    value, scale = reading
    quantity = Quantity(
        match.start(),
        match.end(),
        _signed_power(match, value),
        is_word=not numeral[0].isdigit() and numeral[0] != ".",
        scale=scale,
    )
    if match.group("sub"):
        quantity.change = "<"
    elif match.group("near"):
        quantity.change = "~"  # "a near-50,000 crowd"
    _add_a_half(text, quantity, numeral)
    currency = match.group("cur") or match.group("mangled")
    if currency:
        quantity.unit = lx.CURRENCY_PREFIXES.get(currency) or lx.MANGLED_PREFIXES[currency]
        quantity.kind = "money"
        _scale_by_spaced_suffix(text, quantity)
        attach_rate(text, quantity)
    elif _is_metres(text, match, numeral, quantity.scale):
        quantity.value /= quantity.scale
        quantity.unit, quantity.kind, quantity.scale = "m", "measure", 1.0
        attach_rate(text, quantity)
    else:
        attach_unit(text, quantity)
        if quantity.unit is None and "." in numeral and _SECONDS_GLUED.match(text, quantity.end):
            quantity.unit, quantity.kind, quantity.end = "second", "duration", quantity.end + 1
        elif quantity.unit is None and _TIMES_GLUED.match(text, quantity.end):
            quantity.unit, quantity.end = "times", quantity.end + 1
        elif quantity.unit is None and _CENTS_GLUED.match(text, quantity.end) and _money_near(text, quantity):
            quantity.unit, quantity.kind, quantity.end = "cent", "money", quantity.end + 1
            attach_rate(text, quantity)
    return quantity


_CENTS_GLUED = re.compile(r"c(?![\w'’-])")
_MONEY_NEAR = re.compile(r"[$€£¥]\s?\d|\b(?:cents?|dollars?|fares?)\b", re.IGNORECASE)
_MONEY_REACH = 40
_NOT_CENTS_NEAR = re.compile(r"\b(?:temperatures?|degrees|heat|warm|hot|cold|weather|iPhone|series)\b", re.IGNORECASE)
""""go up by a minimum of 20c to $8.20": cents glued to their number, when money is written
nearby; "the Psion series 3c" and "the iPhone 5c" are models."""


def _money_near(text: str, quantity: Quantity) -> bool:
    window = max(0, quantity.start - _MONEY_REACH), quantity.end + _MONEY_REACH
    return _MONEY_NEAR.search(text, *window) is not None and _NOT_CENTS_NEAR.search(text, *window) is None


_TIMES_GLUED = re.compile(r"[x×](?![\w'’×-])")
""""grew more than 3x in 2023": a multiplier glued to its number; "4x4" and "3x3" are names."""
_SECONDS_GLUED = re.compile(r"s(?![\w'’-])")
""""ran 9.58s", "braked for 5.9s": a decimal with a glued "s" is a time; "the 1990s" or "in their
20s" have no decimal."""


def _scale_by_spaced_suffix(text: str, quantity: Quantity) -> None:
    """ "$215 m", "$3.2 bn", "Ksh 157 B": after a currency sign, a scale abbreviation set off by a
    blank still scales the amount; after a bare number "5 m" may be metres."""
    suffix = _SPACED_SUFFIX.match(text, quantity.end) if quantity.scale == 1 else None
    if suffix is not None:
        quantity.scale = SUFFIXES[suffix.group(1).lower()]
        quantity.value = float(f"{quantity.value * quantity.scale:.12g}")
        quantity.end = suffix.end()


_SPACED_SUFFIX = re.compile(r"[ \u00a0](bn|mn|mln|m|tn|trn|(?-i:B))\b(?![-'’.]\w|&)", re.IGNORECASE)


def _add_a_half(text: str, quantity: Quantity, numeral: str) -> None:
    """A whole number takes the half; "a couple and a half" or "1.5 and a half" is no number."""
    half = _AND_A_HALF.match(text, quantity.end) if quantity.scale == 1 and quantity.value.is_integer() else None
    if half is None or numeral.lower() in GROUPS:
        return
    scale = SCALES[half.group("scale").lower()] if half.group("scale") else 1.0
    quantity.value = float(f"{(quantity.value + 0.5) * scale:.12g}")
    quantity.scale, quantity.end = scale, half.end()


_CACHED_NUMERALS = 4096
"""Distinct numerals whose reading is remembered; a long run meets more, and reads them again."""


@lru_cache(maxsize=_CACHED_NUMERALS)
def _read_numeral(numeral: str) -> tuple[float, float] | None:
    """A numeral's value and `Quantity.scale`, or None when it is no number ("a half" alone).

    Cached: the reading depends on the spelling alone, and news repeats few spellings ("2004",
    "two", "1m"), so most numbers are read once per run instead of once per mention."""
    value = parse_number(numeral)
    if value is None or (value < 1 and numeral.lower() in GROUPS):
        return None
    return value, _scale_of(numeral, value)


def _signed_power(match: re.Match[str], value: float) -> float:
    """`value` with the sign and the power of ten written around it ("-3", "1.99×10−30").

    `parse_number` has rounded `value` to 12 significant digits already, so only a power of ten
    calls for rounding again."""
    if match.group("neg"):
        value = -value
    written = match.group("exp") or match.group("exp_dash") or match.group("exp_sup")
    if written is None:
        return value
    return float(f"{value * 10.0 ** int(written.translate(_SUPERSCRIPTS).replace('−', '-')):.12g}")


_CENTIMETRE_PRECISE = re.compile(r"\d{1,2}\.\d\dm")
_FIELD_EVENT = re.compile(
    r"\b(?:jump\w*|leap\w*|throw\w*|threw|vault\w*|clear(?:ed|ing|ance)|javelin|discus|hammer|shot\s+put"
    r"|(?:personal|season['’]s|lifetime|life-time)\s+best|best\s+(?:effort|throw|jump|leap|mark|clearance|height)"
    r"|(?:world|olympic|national|european|british|commonwealth|championship|meeting|games|area)\s+record"
    r"|heptathlon|decathlon|athlet\w*|field\s+event|metres|meters)\b",
    re.IGNORECASE,
)
_IMPERIAL_LENGTH_BEFORE = re.compile(r"\d\s?(?:ft|feet|foot|yards?|yds?|in|inches|miles?)\s?\($", re.IGNORECASE)
""""jumped 30ft (10m)", "a 300ft (91m) tower": metres converting a length in brackets."""
_FIELD_REACH = 120
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
""""watched by 4.25m viewers": a plural after the mark makes it a count in millions."""
"""Characters searched on each side of a mark to the centimetre for the field event it measures."""


def _is_metres(text: str, match: re.Match[str], numeral: str, scale: float) -> bool:
    """ "the 800m and 1000m", "the 60m, the distance": a glued "m" is metres after a race word, or
    on a race distance introduced like a race with no money nearby (an amount of money in news
    carries its currency somewhere close); and "clearing 5.86m", "a 91.06m throw": under a hundred,
    to the centimetre, with a field event nearby and no money, it measures a jump or a throw, not
    millions ("watched by 8.16m viewers" counts)."""
    if not (numeral[-1] in "mM" and numeral[-2].isdigit()):
        return False
    if _METRE_CONTEXT.match(text, match.end()) or _METRE_SPEED.match(text, match.end()):
        return True
    start = match.start()
    if _IMPERIAL_LENGTH_BEFORE.search(text, max(0, start - 20), start):
        return True
    if _CENTIMETRE_PRECISE.fullmatch(numeral):
        near = text[max(0, start - _FIELD_REACH) : match.end() + _FIELD_REACH]
        after = _UNIT.match(text, match.end())
        money_after = (
            after is not None
            and after.group("word") is not None
            and _WORD_UNITS[" ".join(after.group("word").lower().split())][0] == "money"
        )
        return (
            _FIELD_EVENT.search(near) is not None
            and not money_after
            and not _PLURAL_AFTER.match(text, match.end())
            and not _MONEY_BEFORE.search(text, max(0, start - _MONEY_LOOKBACK), start)
        )
    if scale != 1e6 or parse_number(numeral[:-1]) not in lx.RACE_DISTANCES:
        return False
    return (
        bool(_RACE_BEFORE.search(text, max(0, start - _RACE_LOOKBACK), start))
        and not _NOUN_OR_CURRENCY_AFTER.match(text, match.end())
        and not _MONEY_BEFORE.search(text, max(0, start - _MONEY_LOOKBACK), start)
    )


def _scale_of(numeral: str, value: float) -> float:
    """What a scale word or suffix multiplied the numeral by; both end in a letter, so a numeral
    ending in a digit, as most do, is spared the split's lazy scan."""
    if not numeral[-1].isalpha():
        return 1.0
    found = _SCALE_SPLIT.match(numeral)
    base = parse_number(found.group(1)) if found else None
    return value / base if base else 1.0


def _fraction_value(text: str) -> float:
    words = re.split(r"[\s-]+", text.lower())
    if len(words) == 1:
        return 0.5
    return _NUMERATORS[words[0]] / DENOMINATORS[words[1].removesuffix("s")]


def _vague_bounds(text: str) -> tuple[float, float]:
    words = text.lower().split()
    if words[0] in ("several", "a"):
        scale = math.prod(_SEVERAL[word] for word in words[1:] if word in _SEVERAL)
        return scale, 10 * scale
    low, high = _VAGUE[words[0]]
    if len(words) > 2 and words[2] in _VAGUE:
        scale = _VAGUE[words[2]][0]
        return low * scale, high * scale
    return low, high


def _attach_after_of(text: str, quantity: Quantity) -> None:
    """ "hundreds of miles": the unit of a vague quantity sits after its "of", read as if glued to
    it; without "of", what follows is spaced ("millions in the public sector" has no inches)."""
    gap = _BLANKS.match(text, quantity.end) if text[quantity.end - 2 : quantity.end].lower() == "of" else None
    probe = Quantity(quantity.start, gap.end() if gap else quantity.end, quantity.value, scale=quantity.value)
    attach_unit(text, probe)
    if probe.unit is not None:
        quantity.unit, quantity.kind, quantity.end = probe.unit, probe.kind, probe.end


def attach_unit(text: str, quantity: Quantity) -> None:
    """Extend a quantity without a currency sign over the unit written after it."""
    unit = _UNIT.match(text, quantity.end) if _UNIT_START.match(text, quantity.end) else None
    if unit is None:
        return
    glued = unit.group("sep") == ""
    if unit.group("word"):
        kind, canonical = _WORD_UNITS[" ".join(unit.group("word").lower().split())]
    else:
        symbol = unit.group("symbol")
        kind, canonical = _SYMBOL_UNITS[symbol]
        if not glued and symbol in lx.MONEY_GLUED:
            return
        if (not glued and symbol in lx.GLUED_ONLY or symbol in lx.COMPOUND_ONLY) and not _spaced_symbol_ok(
            text, symbol, unit.end()
        ):
            return
        if not glued and quantity.is_word and symbol in lx.SPACED_LETTERS:
            return  # "five C grades": a letter after a spelled number is a grade, not a unit
    if kind in ("pound", "money") and _DIGIT_NEXT.match(text, unit.end()):
        return
    if canonical == "KRW" and quantity.scale == 1 and unit.group("word") and unit.group("word").lower() == "won":
        return  # "54 million won" is money; "the 12 won by Spain" is a verb
    if kind == "pound":
        kind, canonical = ("money", "GBP") if _pounds_of_money(text, quantity, unit.end()) else ("measure", "lb")
    quantity.unit, quantity.kind, quantity.end = canonical, kind, unit.end()
    if kind in ("money", "measure"):
        attach_rate(text, quantity)
    elif kind == "duration" and attach_rate(text, quantity, listed_only=True):
        quantity.kind = "measure"
    elif kind == "percent":
        attach_rate(text, quantity, listed_only=True, time_only=True)


_OF_MATERIAL = re.compile(
    r"\s+of\s+(?:\w+\s+)?(?:copper|gold|silver|aluminium|aluminum|zinc|nickel|steel|iron|coal|beef|pork|chicken"
    r"|meat|fish|cheese|butter|sugar|coffee|cocoa|rice|wheat|corn|soybeans|cotton|cocaine|heroin|cannabis"
    r"|marijuana|methamphetamine|meth|fentanyl|drugs|food|waste|trash|garbage|plastic|explosives|ivory)\b"
    r"(?!\s+(?:money|cash|profits?|funds?|proceeds|trade|trading|business|revenues?|deals?)\b)",
    re.IGNORECASE,
)
"""Materials weighed in pounds, whatever the scale: "2.5 billion pounds of copper traded"."""


def _pounds_of_money(text: str, quantity: Quantity, end: int) -> bool:
    """ "5 million pounds", "almost a million pounds", "rose to 218,954 pounds (AU$541,232)", "a fee
    of 400 pounds" are money; "lost 30 pounds", "20 pounds of beef" and "2.5 billion pounds of
    copper" weigh something."""
    if _OF_MATERIAL.match(text, end):
        return False
    if quantity.scale > 1 or quantity.is_word and quantity.value >= 1e6 or _CONVERSION_TO_MONEY.match(text, end):
        return True
    if _OF_NEXT.match(text, end):
        return False
    return _MONEY_WORD_BEFORE.search(text, max(0, quantity.start - _MONEY_LOOKBACK), quantity.start) is not None


def _spaced_symbol_ok(text: str, symbol: str, end: int) -> bool:
    """ "12 C", "a 5 W charger", "1.3 A/cm2", "1.5 m high"; not "C-Murder", "C. S. Lewis" or a
    grade letter."""
    if symbol == "m" and _DIMENSION_NEXT.match(text, end):
        return True
    after = _SPACED_LETTER_END.match(text, end)
    if after is None:
        return False
    return after.group() == "/" or symbol in lx.SPACED_LETTERS


def attach_rate(text: str, quantity: Quantity, *, listed_only: bool = False, time_only: bool = False) -> bool:
    """ "$62 per share", "$3,500 a month", "40 hours a week": a unit divided by what follows, and
    once more by a period after it ("$10 a tonne a year").

    `listed_only` keeps to the denominators of `RATE_DENOMINATORS`: "hours per game" is a rate,
    but a duration is more often followed by a word that is not ("days per cent" never is).
    `time_only` keeps to units of time: a percentage is a rate of growth ("growing at 5% a
    year"), while "5% a share" is no unit.
    """
    rate = _RATE.match(text, quantity.end)
    if rate is None or quantity.unit is None or " per " in quantity.unit:
        return False
    written = _written_denominator(rate)
    if listed_only and written.lower() not in lx.RATE_DENOMINATORS:
        return False
    if time_only and _denominator(written) not in lx.DURATIONS:
        return False
    quantity.unit = f"{quantity.unit} per {_denominator(written)}"
    quantity.end = rate.end()
    period = _RATE.match(text, quantity.end)
    if period is not None and _denominator(written) not in lx.DURATIONS:
        over = _denominator(_written_denominator(period))
        if over in lx.DURATIONS:
            quantity.unit, quantity.end = f"{quantity.unit} per {over}", period.end()
    return True


def rate_after(text: str, position: int) -> tuple[str, int] | None:
    """ "3,000 tests per day": the denominator a counted noun is divided by, and where it ends."""
    rate = _RATE.match(text, position)
    if rate is None:
        return None
    return _denominator(_written_denominator(rate)), rate.end()


def _written_denominator(rate: re.Match[str]) -> str:
    """What a rate divides by as written; a round count keeps its digits and its noun."""
    if rate.group("per_count"):
        count = rate.group("per_count").replace(",", "")
        return f"{count} {rate.group('per_noun')}" if rate.group("per_noun") else count
    return rate.group("listed") or rate.group("den") or rate.group("adverb")


def _denominator(written: str) -> str:
    """One spelling per denominator, so "per kilogram", "/kg" and "a kilo" group together."""
    lower = written.lower()
    if lower in lx.RATE_DENOMINATORS:
        return lx.RATE_DENOMINATORS[lower]
    for table in _DENOMINATOR_TABLES:
        for form in (written, lower):
            if form in table:
                return table[form]
    return written
