"""Sentence spans inside a paragraph, by a compact rule set rather than a trained splitter:
pysbd gets the same news cases right at 0.3 MB/s, and segmentation has to stay a small part of a
pipeline that runs at 2 MB/s.

A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets) followed by white
space and a capital, digit or opening quote.  A full stop does not end one after a title ("Mr.",
"Gen."), an initial ("John F. Kennedy") or "No." before a number; after a dotted acronym ("U.S."),
a month ("Feb.") or a company suffix ("Inc.") it does only when the next word is one that starts
sentences ("in the U.S. The deal…" but "U.S. President").
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

_BREAK = re.compile(r"([.!?…])[\"'”’)\]]*(?=(\s+)[\"'“‘(\[]?[A-Z0-9])")
"""An end mark that a sentence start follows.  The scan is driven by the end mark, which is
fast (some 250 MB/s); the start is a look-ahead tried only where a mark is, and its white space
(group 2) tells where the next sentence begins, so one pass finds both."""
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([\w’']+)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_OPENERS = "\"'“‘(["
_NEVER = frozenset(
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "hon", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
        "sgt", "cpl", "pte", "sen", "rep", "gov", "pres", "supt", "insp", "det", "st", "mt", "messrs", "mme", "mlle",
        "vs", "v", "cf", "e.g", "i.e", "approx", "ca",
    }
)
_BEFORE_NUMBERS = frozenset({"no", "nos", "vol", "vols", "art", "fig", "figs", "p", "pp", "para", "ch", "sec", "op"})
_AMBIGUOUS = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co",
        "ltd", "bros", "plc", "llc", "jr", "sr", "esq", "etc",
    }
)
_STARTERS = frozenset(
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
        "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For",
        "From", "By", "With", "As", "If", "When", "While", "After", "Before", "Since", "Although", "Though",
        "However", "Meanwhile", "Also", "Now", "Then", "Still", "Some", "Many", "Most", "Other", "Others", "One",
        "What", "Why", "How", "Who", "Mr", "Mrs", "Ms", "Dr", "Last", "Earlier", "Later", "Today", "Yesterday",
    }
)
_LONGEST_ABBREVIATION = max(len(word) for word in _NEVER | _BEFORE_NUMBERS | _AMBIGUOUS)
_LONG_WORD = _LONGEST_ABBREVIATION + 1
"""A full stop after this many letters ends a sentence without its word being looked up: no
abbreviation is that long, and a dotted acronym has a single letter after its last dot."""
_TOKEN_WINDOW = 24
"""How far back from a full stop to look for the start of its word: far enough to see any
abbreviation or dotted acronym, so the look-back never runs the length of a paragraph."""


def _next_word(text: str, position: int) -> str:
    following = _NEXT_WORD.match(text, position)
    return following[1] if following else ""


def _abbreviation_ends_sentence(text: str, word: str, after: int) -> bool:
    lower = word.lower()
    if lower in _NEVER or (len(word) == 1 and word.isupper()):
        return False
    if lower in _BEFORE_NUMBERS:
        return not _next_word(text, after)[:1].isdigit()
    if lower in _AMBIGUOUS or ("." in word and _DOTTED.fullmatch(word)):
        return _next_word(text, after) in _STARTERS
    return True


class Breaks(NamedTuple):
    """Where sentences end in a document, and where the sentence after each end begins (past
    the white space), as two parallel sorted lists."""

    ends: list[int]
    starts: list[int]


def sentence_breaks(text: str) -> Breaks:
    """Sentence breaks in the whole document, found in one pass (one regex scan per paragraph
    would cost more than the scan itself); `sentence_spans` cuts paragraphs with them.
    Only a full stop after a short word needs a closer look, and most words are long."""
    ends: list[int] = []
    starts: list[int] = []
    rfind = text.rfind
    for mark in _BREAK.finditer(text):
        after, start = mark.span(2)
        if mark[1] == ".":
            dot = mark.start()
            if not (dot >= _LONG_WORD and text[dot - _LONG_WORD : dot].isalpha()):
                near = max(0, dot - _TOKEN_WINDOW)
                word = text[max(rfind(" ", near, dot), rfind("\n", near, dot), near - 1) + 1 : dot].lstrip(_OPENERS)
                short = len(word) <= _LONGEST_ABBREVIATION or "." in word
                if short and not _abbreviation_ends_sentence(text, word, after):
                    continue
        ends.append(after)
        starts.append(start)
    return Breaks(ends, starts)


def sentence_spans(breaks: Breaks, begin: int, end: int) -> list[tuple[int, int]]:
    """Spans of the sentences in `text[begin:end]`, a trimmed paragraph, as offsets into the
    document; a sentence after a break starts where `sentence_breaks` saw its first character."""
    first = bisect.bisect_right(breaks.ends, begin)
    last = bisect.bisect_left(breaks.ends, end)
    return list(zip([begin, *breaks.starts[first:last]], [*breaks.ends[first:last], end]))
