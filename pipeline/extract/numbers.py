"""Numbers as news writes them: numerals with separators and scale suffixes, and English words.

Shared by the figures and the date extractors so that "twenty-five", "1.5 million" and "3.2bn"
mean the same value everywhere.  `NUMBER_PATTERN` is a regex fragment (no groups that capture,
no anchors) to embed in larger patterns; `parse_number` turns whatever it matched into a float.
"""

from __future__ import annotations

import math
import re

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
"""Words that multiply what precedes them; "lakh" and "crore" are how Indian news counts."""
SCALES.update({"dozen": 12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12})

SUFFIXES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
"""Scale abbreviations glued to money figures ("3.2bn", "5m", "10k")."""

GROUPS: dict[str, float] = {
    "a pair of": 2,
    "a pair": 2,
    "a couple of": 2,
    "a couple": 2,
    "a score of": 20,
    "half a dozen": 6,
    "a half dozen": 6,
    "a half-dozen": 6,
    "a hundred": 100,
    "a thousand": 1e3,
    "a million": 1e6,
    "a billion": 1e9,
    "a trillion": 1e12,
    "a half": 0.5,
    "half": 0.5,
    "a quarter": 0.25,
    "a third": 1 / 3,
}
"""Phrases that stand for a number; "a pair of US bases" is two bases."""

_WORD = r"(?:" + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True)) + r")"
_SCALE = r"(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")"
_SUFFIX = r"(?:" + "|".join(sorted(SUFFIXES, key=len, reverse=True)) + r")"
_GROUP = r"(?:" + "|".join(re.escape(g).replace(r"\ ", r"\s+") for g in sorted(GROUPS, key=len, reverse=True)) + r")"

THOUSANDS_BLANK = "[ \u00a0\u2009\u202f]"
"""The blanks that group thousands in South African and European writing: "18 654 457"."""
_DIGITS = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    rf"|\d{{1,3}}(?:{THOUSANDS_BLANK}\d{{3}}){{2,}}(?![\d,]|\.\d)"
    rf"|(?:\d{{2,3}}{THOUSANDS_BLANK}\d|\d{THOUSANDS_BLANK}0)\d{{2}}(?![\w-]|[.,]\d|\s(?-i:[A-Z]))"
    r"|\d{1,3},\d{1,2}(?=\s?(?:%|per\s?cent|percent|(?:million|billion|trillion|bn|m)\b))|0,\d+(?![\d,])"
    r"|\d+(?:\.\d+)?|\.\d+)"
)
"""1,400 / 2500 / 3.2 / .5, the Indian grouping of lakhs and crores, 13,31,058, and thousands
grouped by blanks, 18 654 457 and 37 000; a comma only groups digits so, so "3,2" is two
numbers, except before a percent sign or a scale word, where "6,5%" and "13,1 million" are the
decimal comma of European and South African writing, and after a nought ("0,7").  A single blank group needs two digits before it, or one before a group that
starts with a nought ("6 000", which no count writes), and no name, letter or hyphen after it,
since a count may stand before a distance or a model: "3 100 metre titles", "25 737 MAX
aircraft", "12 747s"."""
_FRACTION = r"(?:(?:\d+(?:\s+|-))?\d/(?:2|3|4|8)|\d{1,3}[½¼¾⅓⅔])"
"""Only the fractions news writes as numbers ("1 1/2", "4-1/2", "3/4", "2½"); "9/11" and "24/7" are
names."""
_VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3}
_WORD_NUMBER = (
    rf"(?:{_WORD}(?:[\s-]+{_WORD})?"
    rf"(?:\s+{_SCALE}(?:\s+(?:and\s+)?{_WORD}(?:[\s-]+{_WORD})?)?)*"
    rf"|a\s+{_SCALE}(?:\s+{_SCALE})*(?:\s+(?:and\s+)?{_WORD}(?:[\s-]+{_WORD})?)?)"
)

_LETTER_NEXT = r"(?=(?:\s*|-)[a-z])"
"""Scale words and suffixes start with a letter; most numerals are followed by none, and each
alternative of a case-insensitive list costs a step to reject, twice over around a blank."""

NUMBER_PATTERN: str = (
    rf"(?:(?=\D)(?:half\s+an?\s+{_SCALE}(?!\w)|a\s+couple(?:\s+of)?(?:\s+{_SCALE}){{1,2}}(?!\w)|{_GROUP}(?!\w|\s+{_SCALE}\b))"
    rf"|{_FRACTION}(?![\d/])"
    rf"|{_DIGITS}(?:{_LETTER_NEXT}(?:(?:\s*|-){_SCALE}(?!\w)|{_SUFFIX}(?![\w]|-(?!an?-|(?:worth|plus|pounds|dollars|euros)\b)[A-Za-z])))?"
    rf"|{_WORD_NUMBER}(?!\w))"
)
"""Words are written in lower case: compile with `re.IGNORECASE` to accept "Two" and "Million".
The lookaheads only skip alternatives that cannot match ("(?=\\D)": the phrases start with a
letter), so they change no match."""


_DIGITS_FULL = re.compile(rf"{_DIGITS}", re.IGNORECASE)
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}|0,\d+")
_FRACTION_FULL = re.compile(r"(?:(\d+)\s+)?(\d+)/(\d+)")
_NUMERAL_THEN_SUFFIX = re.compile(rf"({_DIGITS})\s*-?\s*({_SUFFIX})", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s-]+")
_DIGITS_THEN_LETTER = re.compile(r"(?<=\d)(?=[a-z])")
""""6.2million", as tabloids write it, is "6.2 million"."""


def _digits_value(token: str) -> float:
    if _DECIMAL_COMMA.fullmatch(token):
        return float(token.replace(",", "."))
    return float(token.replace(",", "").replace(" ", ""))


def _words_value(tokens: list[str]) -> float | None:
    """Left-to-right accumulation: "one hundred and five thousand" = (1*100 + 5) * 1000; a scale
    right after another multiplies it ("11 lakh crore" = 11 * 1e5 * 1e7)."""
    total = 0.0
    current: float | None = None
    previous = ""
    for token in tokens:
        if token == "and" or token == "a":
            previous = token
            continue
        if token in SCALES and previous in SCALES and current is None and total:
            total *= SCALES[token]
            previous = token
            continue
        previous = token
        if _DIGITS_FULL.fullmatch(token) or _DECIMAL_COMMA.fullmatch(token):
            if current is not None or total:
                return None
            current = _digits_value(token)
        elif token in UNITS or token in TENS:
            value = UNITS.get(token, TENS.get(token, 0))
            if current is not None and (current % 10 != 0 or current == 0 or (value >= 10 and current < 100)):
                return None
            current = (current or 0) + value
        elif token in SCALES:
            scale = SCALES[token]
            base = 1.0 if current is None else current
            if scale == 100:
                current = base * scale
            else:
                total += base * scale
                current = None
        else:
            return None
    if current is None and total == 0 and not any(t in SCALES for t in tokens):
        return None
    return total + (current or 0)


def parse_number(text: str) -> float | None:
    """The value of one number as written, or None when `text` is not exactly a number.

    Rounded to 12 significant digits so that "8.2bn" is 8200000000, not 8.2 * 1e9's
    8199999999.999999.
    """
    value = _parse(text)
    return None if value is None else float(f"{value:.12g}")


def _parse(text: str) -> float | None:
    cleaned = _SEPARATORS.sub(" ", text.strip().lower())
    if not cleaned:
        return None
    if cleaned in GROUPS:
        return float(GROUPS[cleaned])
    if cleaned.startswith(("half a ", "a half ")) and cleaned[7:] in SCALES:
        return SCALES[cleaned[7:]] / 2
    if cleaned.startswith("a couple ") and (scales := [SCALES[w] for w in cleaned.split()[2:] if w in SCALES]):
        return 2 * math.prod(scales)
    if _DIGITS_FULL.fullmatch(cleaned) or _DECIMAL_COMMA.fullmatch(cleaned):
        return _digits_value(cleaned)
    if cleaned[-1] in _VULGAR and cleaned[:-1].isdigit():
        return int(cleaned[:-1]) + _VULGAR[cleaned[-1]]
    fraction = _FRACTION_FULL.fullmatch(cleaned)
    if fraction:
        whole, numerator, denominator = fraction.groups()
        if int(denominator) == 0:
            return None
        return int(whole or 0) + int(numerator) / int(denominator)
    suffixed = _NUMERAL_THEN_SUFFIX.fullmatch(text.strip())
    if suffixed:
        return _digits_value(suffixed.group(1)) * SUFFIXES[suffixed.group(2).lower()]
    return _words_value(_DIGITS_THEN_LETTER.sub(" ", cleaned).split(" "))
