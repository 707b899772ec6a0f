"""Where in a paragraph the grammar is worth trying, and which of its alternatives.

The grammar is tried only at the words that can start an expression (`STARTER`) within `REACH`
characters before a trigger word.  Trigger windows overlap, so they are merged and each merged
window is read once: that finds the same places as reading the windows one by one, less a few
that `Grammar.match_at` refuses anyway (the "end" of "year-end", which begins inside a word).
The dearest alternatives need a unit word, a month or a weekday (`ANCHORS`), so past the
last of those in a paragraph they are left out.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from pipeline.extract.dates.grammar import AGO_WORDS, ANCHORS, REACH, TRIGGER, Grammar

_AGO_BIT = 1 << len(ANCHORS)


@functools.cache
def _grammar(mask: int) -> Grammar:
    """The grammar less the alternatives of each of `ANCHORS` (one bit each) and of "ago"
    (the top bit) whose anchor lies behind."""
    names = [anchor.names for bit, anchor in enumerate(ANCHORS) if mask >> bit & 1]
    if mask & _AGO_BIT:
        names.append(frozenset({"ago"}))
    return Grammar.without(frozenset().union(*names))


@functools.cache
def _anchor_bits(trigger: str) -> int:
    return sum(1 << bit for bit, anchor in enumerate(ANCHORS) if trigger.startswith(anchor.prefixes))


@dataclass(frozen=True)
class Paragraph:
    """The merged trigger windows of one paragraph, `[start, end)` in order, and which grammar
    to try where: `grammars[i]` up to and including `bounds[i]`, the last place an anchor
    (or the word after the unit of "ago") can be found, and the last grammar beyond them all."""

    windows: list[tuple[int, int]]
    bounds: list[int]
    grammars: list[Grammar]

    @classmethod
    def read(cls, folded: str) -> Paragraph:
        windows: list[tuple[int, int]] = []
        last = [-1] * len(ANCHORS)
        for trigger in TRIGGER.finditer(" " + folded):
            # Offsets in `folded` are one less, and a word's match begins one character early.
            start, end = trigger.span()
            word = trigger[1]
            if word is None:
                start -= 1
            end -= 1
            if windows and start - REACH <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((max(0, start - REACH), end))
            bits = _anchor_bits(word) if word is not None else 0
            if bits:
                for bit in range(len(ANCHORS)):
                    if bits >> bit & 1:
                        last[bit] = start
        ends = sorted([(end, 1 << bit) for bit, end in enumerate(last)] + [(max(map(folded.rfind, AGO_WORDS)), _AGO_BIT)])
        mask = 0
        grammars = [_grammar(0)]
        for _, bit in ends:
            mask |= bit
            grammars.append(_grammar(mask))
        return cls(windows, [end for end, _ in ends], grammars)

    def grammar_at(self, position: int) -> Grammar:
        """The alternatives that can match at `position`, in the grammar's order."""
        return self.grammars[bisect.bisect_left(self.bounds, position)]
