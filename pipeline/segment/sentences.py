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
import itertools
import re

_END = re.compile(r"([.!?…])[\"'”’)\]]*(?=\s)")
_STARTS = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9]")
"""The end mark alone is the regex that scans the text (it runs at nearly 300 MB/s); whether a
sentence starts after it is checked only where one might end."""
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


def sentence_ends(text: str) -> list[int]:
    """Where sentences end in the whole document, found in one pass (one regex scan per
    paragraph would cost more than the scan itself); `sentence_spans` cuts paragraphs with it.
    Only a full stop after a short word needs a closer look, and most words are long."""
    ends = []
    rfind = text.rfind
    for mark in _END.finditer(text):
        after = mark.end()
        if not _STARTS.match(text, after):
            continue
        if mark[1] == ".":
            dot = mark.start()
            near = max(0, dot - _TOKEN_WINDOW)
            word = text[max(rfind(" ", near, dot), rfind("\n", near, dot), near - 1) + 1 : dot].lstrip(_OPENERS)
            if (len(word) <= _LONGEST_ABBREVIATION or "." in word) and not _abbreviation_ends_sentence(text, word, after):
                continue
        ends.append(after)
    return ends


def sentence_spans(text: str, begin: int, end: int, ends: list[int]) -> list[tuple[int, int]]:
    """Spans of the sentences in `text[begin:end]`, a trimmed paragraph, as offsets into `text`."""
    cuts = [begin, *ends[bisect.bisect_right(ends, begin) : bisect.bisect_left(ends, end)], end]
    spans = []
    for start, stop in itertools.pairwise(cuts):
        while text[start].isspace():
            start += 1
        spans.append((start, stop))
    return spans
