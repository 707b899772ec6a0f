"""Where the quotations are: pairs quotation marks inside one paragraph.

Straight marks (`"`) carry no direction, so direction comes from the neighbouring characters; the
news conventions for long speech (a paragraph that opens a quote and never closes it, a sentence
that reopens a quote without closing the previous one) decide where a span ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.quotes.lexicon import (
    CHARACTERISING_VERBS,
    FUNCTION_WORDS,
    NAMING_WORDS,
    SMALL_WORDS,
    WORK_NOUNS,
)

_MARK = re.compile(r'["“”«»„]')
_OPENERS = frozenset("“«„")
_CLOSERS = frozenset("”»")
_SENTENCE_END = frozenset(".!?…")
_WORD = re.compile(r"[\w'’-]+")
_WORDS_BEFORE = re.compile(r"(?<![\w'’-])([\w'’-]+)\W*?([\w'’-]+)?\W*$")
"""The last one or two words before a quote. A match starting inside a word would also match
from that word's start, so only word starts are tried: the lookbehind spares the search the
backtracking through every other character."""
_TERMINALS = (".", "!", "?", ",", ";", ":", "…")
_LAST_CHUNKS_REVERSED = re.compile(r"\s*(?:[^\w\s]*\w\S*\s+){2}[^\w\s]*\w\S*")
"""The last three whitespace-separated chunks of a reversed text, each holding a word character."""
_LOOK_BACK = 80
"""Characters before a quote that hold the two words deciding whether it is a title; an anchored
search over the whole paragraph would retry at every position."""
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\"“”]")
_MAX_OBJECT_WORDS = 5
_WORD_AFTER = re.compile(r"\s*([\w'’-]+)")


@dataclass(frozen=True)
class RawQuote:
    """A quoted span in paragraph-relative offsets, marks excluded."""

    start: int
    end: int


def _looks_opening(text: str, at: int) -> bool:
    """A straight mark opens when it follows a space or bracket and precedes a non-space."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-/") and not after.isspace()


def _reopens(text: str, at: int, start: int) -> bool:
    """A mark inside an open quote that starts a new sentence reopens rather than closes: the
    previous quote ran to the sentence end without a closing mark (`weeks. "We are going`)."""
    if not _looks_opening(text, at):
        return False
    left = text[start:at].rstrip()
    return (
        bool(left)
        and left[-1] in _SENTENCE_END
        and (at + 1 < len(text))
        and (text[at + 1].isupper() or text[at + 1].isdigit() or text[at + 1] in "['‘")
    )


def find_spans(text: str) -> list[RawQuote]:
    """Quoted spans of one paragraph; an unclosed quote runs to the paragraph end."""
    spans: list[RawQuote] = []
    start: int | None = None
    opened_with = ""
    for match in _MARK.finditer(text):
        at = match.start()
        mark = text[at]
        if start is None:
            stray = mark == '"' and not _looks_opening(text, at) and (at + 1 == len(text) or text[at + 1].isspace())
            if mark not in _CLOSERS and not stray:
                start, opened_with = at + 1, mark
            continue
        closes_low_mark = opened_with == "„" and mark in "“”"
        if not closes_low_mark and (mark in _OPENERS or mark == '"') and _reopens(text, at, start):
            spans.append(RawQuote(start, len(text[:at].rstrip())))
            start, opened_with = at + 1, mark
            continue
        if mark in _OPENERS and not closes_low_mark:
            continue
        spans.append(RawQuote(start, at))
        start = None
    if start is not None:
        spans.append(RawQuote(start, len(text.rstrip())))
    return [span for span in spans if text[span.start : span.end].strip()]


def is_title_or_name(paragraph: str, span: RawQuote) -> bool:
    """Titles of works, nicknames and names in quotation marks are nobody's words."""
    quoted = paragraph[span.start : span.end].strip()
    if quoted.endswith(_TERMINALS):
        return False
    words = _WORD.findall(quoted)
    if not words:
        return False
    before = _words_before(paragraph[max(0, span.start - _LOOK_BACK) : max(0, span.start - 1)])
    previous = [w.lower() for w in (before.groups() if before else ()) if w]
    first_upper = quoted[0].isupper() or quoted[0].isdigit()
    if not first_upper and _is_characterisation(paragraph, span):
        return False
    if previous:
        last = previous[-1] if len(previous) == 1 else previous[1]
        earlier = previous[0]
        if last in WORK_NOUNS or (last == "the" and earlier in WORK_NOUNS):
            return first_upper or len(words) <= 4
        if last in NAMING_WORDS or (last == "as" and earlier == "known"):
            return first_upper or last not in ("called", "named")
    significant = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(words) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in significant)


def _words_before(window: str) -> re.Match[str] | None:
    """`_WORDS_BEFORE` in `window`, searched only from the last three chunks with a word
    character: a match holds at most two runs of word characters, so it cannot start earlier, and
    trying every position of the window cost more than the rest of `is_title_or_name`."""
    tail = _LAST_CHUNKS_REVERSED.match(window[::-1])
    return _WORDS_BEFORE.search(window, len(window) - tail.end() if tail else 0)


def _is_characterisation(paragraph: str, span: RawQuote) -> bool:
    """`called the nine-year term "outrageous" and said`: a characterising verb, a short object
    and the quote closing the verb phrase (the next word is no content word, unlike `called the
    word "fantastic" offensive`)."""
    before = paragraph[max(0, span.start - _LOOK_BACK) : max(0, span.start - 1)]
    words = _CLAUSE_BREAK.split(before)[-1].split()
    if words and words[-1] == "as":
        words.pop()
    if not any(w in CHARACTERISING_VERBS for w in words[-_MAX_OBJECT_WORDS - 1 : -1]):
        return False
    after = _WORD_AFTER.match(paragraph, span.end + 1)
    return after is None or after.group(1).lower() in FUNCTION_WORDS
