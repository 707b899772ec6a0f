"""Which characters a regex can begin a match with, read from its parse tree.

The date grammar has twenty alternatives and Python's `re` tries each in turn at every place an
expression may start, though at a given letter most of them cannot match: only three can begin
with an "i", and those same three are all that is worth trying before "in".  Knowing each
alternative's first characters lets the grammar skip the rest.

The reading errs on the side of "may begin": an assertion counts as passing, a back-reference
or an unknown construct as any character, a negated class as containing every character; and
whether a literal or a range accepts a character is asked of `re` itself, case folding and all.
So leaving out an alternative whose first characters do not include the one at hand never
changes what matches.  `re._parser` is private,
but it is the parser `re.compile` itself uses, so it reads a pattern exactly as the engine will.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre
from re import _parser

_CATEGORIES = {
    sre.CATEGORY_DIGIT: re.compile(r"\d"),
    sre.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    sre.CATEGORY_SPACE: re.compile(r"\s"),
    sre.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    sre.CATEGORY_WORD: re.compile(r"\w"),
    sre.CATEGORY_NOT_WORD: re.compile(r"\W"),
}
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})


def first_chars(pattern: str, alphabet: str) -> frozenset[str]:
    """The characters of `alphabet` that a match of `pattern` may begin with; a pattern that can
    match the empty string may begin with any of them."""
    parsed = _parser.parse(pattern)
    chars, empty = _Reader(frozenset(alphabet)).sequence(parsed.data, parsed.state.flags)
    return frozenset(alphabet) if empty else chars


class _Reader:
    def __init__(self, alphabet: frozenset[str]) -> None:
        self.alphabet = alphabet

    def sequence(self, items: list[tuple[object, object]], flags: int) -> tuple[frozenset[str], bool]:
        """(first characters, may match the empty string) of items matched one after another."""
        found: set[str] = set()
        for op, value in items:
            chars, empty = self.item(op, value, flags)
            found |= chars
            if not empty:
                return frozenset(found), False
        return frozenset(found), True

    def item(self, op: object, value: object, flags: int) -> tuple[frozenset[str], bool]:
        ignore_case = bool(flags & sre.SRE_FLAG_IGNORECASE)
        if op is sre.LITERAL:
            return self.literal(value, ignore_case), False  # type: ignore[arg-type]
        if op is sre.IN:
            return frozenset(char for char in self.alphabet if _in_set(value, char, ignore_case)), False  # type: ignore[arg-type]
        if op in _ZERO_WIDTH:
            return frozenset(), True
        if op is sre.SUBPATTERN:
            _, add, remove, items = value  # type: ignore[misc]
            return self.sequence(items.data, (flags | add) & ~remove)
        if op is sre.ATOMIC_GROUP:
            return self.sequence(value.data, flags)  # type: ignore[attr-defined]
        if op in _REPEATS:
            low, _, items = value  # type: ignore[misc]
            chars, empty = self.sequence(items.data, flags)
            return chars, empty or low == 0
        if op is sre.BRANCH:
            results = [self.sequence(items.data, flags) for items in value[1]]  # type: ignore[index]
            return frozenset().union(*(chars for chars, _ in results)), any(empty for _, empty in results)
        return self.alphabet, True

    def literal(self, code: int, ignore_case: bool) -> frozenset[str]:
        return frozenset(char for char in self.alphabet if _accepts(re.escape(chr(code)), char, ignore_case))


def _in_set(items: list[tuple[object, object]], char: str, ignore_case: bool) -> bool:
    for op, value in items:
        if op is sre.NEGATE:
            return True
        if op is sre.LITERAL and _accepts(re.escape(chr(value)), char, ignore_case):  # type: ignore[arg-type]
            return True
        if op is sre.RANGE and _accepts(f"[{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}]", char, ignore_case):  # type: ignore[index]
            return True
        if op is sre.CATEGORY and (value not in _CATEGORIES or _CATEGORIES[value].match(char)):
            return True
    return False


@functools.cache
def _accepts(pattern: str, char: str, ignore_case: bool) -> bool:
    """Whether one character class or literal matches `char`, asked of the engine itself, so
    that case folding is the engine's own ("ſ" matches "s" when case is ignored)."""
    return re.fullmatch(pattern, char, re.IGNORECASE if ignore_case else 0) is not None
