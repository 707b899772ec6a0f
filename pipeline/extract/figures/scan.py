"""Reads one quantity at a time: currency sign, number, and the unit glued or next to it.

A quantity here is still context-free ("15" in "15 January" is read like "15" in "15 troops");
`context` decides afterwards what the words around it make of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.figures import lexicon as lx
from pipeline.extract.numbers import (
    GROUPS,
    NUMBER_PATTERN,
    SCALES,
    SUFFIXES,
    parse_number,
)

_DENOMINATORS = {
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
_NUMERATORS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (12, 120),
    "scores": (20, 200),
    "tens": (10, 100),
    "hundreds": (1e2, 1e3),
    "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7),
    "billions": (1e9, 1e10),
}
"""Plural scale words as the benchmark reads them: "thousands of" spans one order of magnitude."""

_FRACTION = (
    rf"(?:(?:{'|'.join(_NUMERATORS)})[\s-](?:{'|'.join(_DENOMINATORS)})s?|half)"
    r"(?=\s+(?:of|the|its|their|his|her|our|all)\b)"
)
_VAGUE_PATTERN = (
    r"(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)"
    r"|(?:dozens|scores|hundreds|thousands|millions|billions))\s+of(?=\s)"
)
_BODY = (
    r"(?P<sub>(?i:sub)-)?"
    rf"(?:(?P<cur>(?-i:{lx.alternation(lx.CURRENCY_PREFIXES, case_sensitive=True)}))\s?)?"
    r"(?P<neg>[-−](?=\d)|minus[\s-](?=\d))?"
    rf"(?:(?P<vague>{_VAGUE_PATTERN})|(?P<frac>{_FRACTION})|(?P<num>{NUMBER_PATTERN}))"
)
QUANTITY = re.compile(rf"(?<![\w.,:/'’$£€¥₹#&-]){_BODY}", re.IGNORECASE)
"""Where a quantity may start in running text: not inside a word, code or another number."""
QUANTITY_AT = re.compile(_BODY, re.IGNORECASE)
"""The second half of a range ("10-20", "$10 to $15 billion") starts right after a connector."""

_WORD_UNITS = {
    **{k: ("percent", v) for k, v in lx.PERCENT.items()},
    **{k: ("age", v) for k, v in lx.AGES.items()},
    **{k: ("money", v) for k, v in lx.CURRENCY_WORDS.items()},
    **{k: ("duration", v) for k, v in lx.DURATIONS.items()},
    **{k: ("measure", v) for k, v in lx.MEASURES.items()},
    "pound": ("pound", "lb"),
    "pounds": ("pound", "lb"),
}
_SYMBOL_UNITS = {
    **{k: ("measure", v) for k, v in lx.MEASURE_SYMBOLS.items()},
    **{k: ("money", v) for k, v in lx.MONEY_GLUED.items()},
    **{k: ("money", v) for k, v in lx.CURRENCY_CODES.items()},
    "%": ("percent", "%"),
}
_UNIT = re.compile(
    r"(?P<sep>-|[ \u00a0]?-?)"
    rf"(?:(?P<word>{lx.alternation(_WORD_UNITS, case_sensitive=False)})"
    rf"|(?P<symbol>{lx.alternation(_SYMBOL_UNITS, case_sensitive=True)}))"
    r"(?![\w°²])"
)
_RATE = re.compile(
    rf"\s?(?:per|an?|each|/)\s?(?P<den>{lx.alternation(lx.RATE_DENOMINATORS, case_sensitive=False)})"
    r"(?!\w)(?!\s+(?:earlier|ago|later|before|after|from|on|to|of)\b)",
    re.IGNORECASE,
)
""""$6.78bn a year earlier" is no rate: the "a year" belongs to a date."""
_BLANKS = re.compile(r"\s+")
_DIGIT_NEXT = re.compile(r"\s?\d")
""""by 2008 pounds 60bn": a currency word before digits is the next amount's sign, not a unit."""
_SCALE_SPLIT = re.compile(
    rf"^(.*?[\d\w])(?:(?:\s+|-)?(?:{'|'.join(sorted([*SCALES, *SUFFIXES], key=len, reverse=True))}))$",
    re.IGNORECASE,
)
_METRE_CONTEXT = re.compile(rf"\s(?:{'|'.join(lx.SCALE_WORD_WHEN_METRE)})\b", re.IGNORECASE)


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
    currency_prefix: bool = False
    scale: float = 1.0

    @property
    def bare(self) -> bool:
        """No unit, currency or percent sign: what follows may be the counted noun."""
        return self.unit is None


def read_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    """Number plus currency sign plus following unit, or None when the match is no number."""
    if match.group("vague"):
        low, high = _vague_bounds(match.group("vague"))
        quantity = Quantity(match.start(), match.end(), low, high, is_word=True, change="~")
        _attach_after_of(text, quantity)
        return quantity
    if match.group("frac"):
        return Quantity(match.start(), match.end(), _fraction_value(match.group("frac")), unit="fraction", is_word=True)
    numeral = match.group("num")
    value = parse_number(numeral)
    if value is None or (numeral.lower() in GROUPS and value < 1):
        return None
    quantity = Quantity(
        match.start(),
        match.end(),
        -value if match.group("neg") else value,
        is_word=not numeral[0].isdigit() and numeral[0] != ".",
        scale=_scale_of(numeral, value),
    )
    if match.group("sub"):
        quantity.change = "<"
    if match.group("cur"):
        quantity.unit = lx.CURRENCY_PREFIXES[match.group("cur")]
        quantity.kind = "money"
        quantity.currency_prefix = True
        attach_rate(text, quantity)
    elif numeral[-1] in "mM" and numeral[-2].isdigit() and _METRE_CONTEXT.match(text, match.end()):
        quantity.value /= quantity.scale
        quantity.unit, quantity.kind, quantity.scale = "m", "measure", 1.0
    else:
        attach_unit(text, quantity)
    return quantity


def _scale_of(numeral: str, value: float) -> float:
    found = _SCALE_SPLIT.match(numeral)
    base = parse_number(found.group(1)) if found else None
    return value / base if base else 1.0


def _fraction_value(text: str) -> float:
    words = re.split(r"[\s-]+", text.lower())
    if len(words) == 1:
        return 0.5
    return _NUMERATORS[words[0]] / _DENOMINATORS[words[1].removesuffix("s")]


def _vague_bounds(text: str) -> tuple[float, float]:
    words = text.lower().split()
    low, high = _VAGUE[words[0]]
    if len(words) > 3:
        scale = _VAGUE[words[2]][0]
        return low * scale, high * scale
    return low, high


def _attach_after_of(text: str, quantity: Quantity) -> None:
    """ "hundreds of miles": the unit of a vague quantity sits after its "of"."""
    gap = _BLANKS.match(text, quantity.end)
    probe = Quantity(quantity.start, gap.end() if gap else quantity.end, quantity.value, scale=quantity.value)
    attach_unit(text, probe)
    if probe.unit is not None:
        quantity.unit, quantity.kind, quantity.end = probe.unit, probe.kind, probe.end


def attach_unit(text: str, quantity: Quantity) -> None:
    """Extend a quantity without a currency sign over the unit written after it."""
    unit = _UNIT.match(text, quantity.end)
    if unit is None:
        return
    glued = unit.group("sep") == ""
    if unit.group("word"):
        kind, canonical = _WORD_UNITS[" ".join(unit.group("word").lower().split())]
    else:
        kind, canonical = _SYMBOL_UNITS[unit.group("symbol")]
        if not glued and (unit.group("symbol") in lx.GLUED_ONLY or unit.group("symbol") in lx.MONEY_GLUED):
            return
    if kind in ("pound", "money") and _DIGIT_NEXT.match(text, unit.end()):
        return
    if kind == "pound":
        kind, canonical = ("money", "GBP") if quantity.scale > 1 else ("measure", "lb")
    quantity.unit, quantity.kind, quantity.end = canonical, kind, unit.end()
    if kind in ("money", "measure"):
        attach_rate(text, quantity)


def attach_rate(text: str, quantity: Quantity) -> None:
    """ "$62 per share", "$3,500 a month": money and measures may be divided by what follows."""
    rate = _RATE.match(text, quantity.end)
    if rate and quantity.unit is not None and " per " not in quantity.unit:
        quantity.unit = f"{quantity.unit} per {lx.RATE_DENOMINATORS[rate.group('den').lower()]}"
        quantity.end = rate.end()
