"""Which characters, and which phrases ("the early"), a regex can begin a match with, read from
its parse tree.

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
import string
from collections.abc import Callable
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




NON_WORD = "\0"
"""In a phrase, one character that is not a word character, or the end of the text."""
SPACE = "\1"
"""In a phrase, one whitespace character."""
DIGIT = "\2"
"""In a phrase, one ASCII digit."""
_WORD = re.compile(r"\w")


def first_phrases(patterns: list[str], phrases: frozenset[str]) -> list[frozenset[str]]:
    """For each pattern, the `phrases` that a match of it may begin with.  A phrase is lowercase
    ASCII, `NON_WORD`, `SPACE` and `DIGIT`, and stands for every text that lowercases to it,
    followed by anything at all.  A match may end inside the phrase, at its end, or go on past
    it."""
    reader = _PhraseReader(phrases)
    return [reader.read(pattern) for pattern in patterns]


class _PhraseReader:
    """Runs a parse tree over all of `phrases` at once.  A state is the prefix of some phrase
    that a match has read so far; once a whole phrase is read, the rest of the pattern is taken
    to match, as is anything the reading cannot tell for sure (an assertion, an unknown
    construct)."""

    def __init__(self, phrases: frozenset[str]) -> None:
        self.phrases = phrases
        following: dict[str, set[str]] = {phrase[:length]: set() for phrase in phrases for length in range(len(phrase))}
        for phrase in phrases:
            for length in range(len(phrase)):
                following[phrase[:length]].add(phrase[: length + 1])
        self.next = {state: sorted(states) for state, states in following.items()}
        self.read_through: set[str] = set()

    def read(self, pattern: str) -> frozenset[str]:
        parsed = _parser.parse(pattern)
        self.read_through = set()
        ends = self.sequence(parsed.data, parsed.state.flags, frozenset({""}))
        return frozenset(
            phrase for phrase in self.phrases if phrase in self.read_through or any(phrase.startswith(end) for end in ends)
        )

    def sequence(self, items: list[tuple[object, object]], flags: int, states: frozenset[str]) -> frozenset[str]:
        for op, value in items:
            if not states:
                break
            states = self.item(op, value, flags, states)
        return states

    def item(self, op: object, value: object, flags: int, states: frozenset[str]) -> frozenset[str]:
        ignore_case = bool(flags & sre.SRE_FLAG_IGNORECASE)
        if op is sre.LITERAL:
            return self.step(states, functools.partial(_literal_reads, value, ignore_case=ignore_case))
        if op is sre.IN:
            return self.step(states, functools.partial(_set_reads, tuple(value), ignore_case=ignore_case))  # type: ignore[arg-type]
        if op in _ZERO_WIDTH:
            return states
        if op is sre.SUBPATTERN:
            _, add, remove, items = value  # type: ignore[misc]
            return self.sequence(items.data, (flags | add) & ~remove, states)
        if op is sre.ATOMIC_GROUP:
            return self.sequence(value.data, flags, states)  # type: ignore[attr-defined]
        if op in _REPEATS:
            low, high, items = value  # type: ignore[misc]
            return self.repeat(low, high, items.data, flags, states)
        if op is sre.BRANCH:
            return frozenset().union(*(self.sequence(items.data, flags, states) for items in value[1]))  # type: ignore[index]
        return self.anything(states)

    def step(self, states: frozenset[str], reads: Callable[[str], bool]) -> frozenset[str]:
        """The states one symbol on, through a symbol that `reads` accepts."""
        found: set[str] = set()
        for state in states:
            for following in self.next[state]:
                if reads(following[-1]):
                    if following in self.phrases:
                        self.read_through.add(following)
                    if following in self.next:
                        found.add(following)
        return frozenset(found)

    def repeat(self, low: int, high: int, items: list[tuple[object, object]], flags: int, states: frozenset[str]) -> frozenset[str]:
        """The states after `low` to `high` rounds of `items`, read until a round brings
        nothing new."""
        found: set[str] = set()
        seen: set[tuple[int, frozenset[str]]] = set()
        rounds = 0
        while states and (min(rounds, low), states) not in seen:
            seen.add((min(rounds, low), states))
            if rounds >= low:
                found |= states
            if rounds == high:
                break
            states = self.sequence(items, flags, states)
            rounds += 1
        return frozenset(found)

    def anything(self, states: frozenset[str]) -> frozenset[str]:
        """Every state reachable from `states`, whatever is read."""
        self.read_through.update(phrase for phrase in self.phrases if phrase.startswith(tuple(states)))
        return frozenset(state for state in self.next if state.startswith(tuple(states)))


def _cased(char: str) -> str:
    """The characters that a symbol of a phrase stands for: besides itself, a letter's capital
    and, for "k", the Kelvin sign, the one character outside ASCII whose lowercase is an ASCII
    letter."""
    if char == SPACE:
        return _spaces()
    if char == DIGIT:
        return string.digits
    return char + char.upper() + ("\u212a" if char == "k" else "")


@functools.cache
def _spaces() -> str:
    """Every character `\\s` matches, all below U+3001."""
    return "".join(chr(code) for code in range(0x3001) if chr(code).isspace())


@functools.cache
def _literal_reads(code: int, char: str, ignore_case: bool) -> bool:
    if char == NON_WORD:
        return _WORD.match(chr(code)) is None
    return any(_accepts(re.escape(chr(code)), cased, ignore_case) for cased in _cased(char))


@functools.cache
def _set_reads(items: tuple[tuple[object, object], ...], char: str, ignore_case: bool) -> bool:
    if char == NON_WORD:
        return _set_reads_non_word(items)
    return any(_in_set(list(items), cased, ignore_case) for cased in _cased(char))


def _set_reads_non_word(items: tuple[tuple[object, object], ...]) -> bool:
    for op, value in items:
        if op is sre.NEGATE:
            return True
        if op is sre.LITERAL and _WORD.match(chr(value)) is None:  # type: ignore[arg-type]
            return True
        if op is sre.RANGE and any(_WORD.match(chr(code)) is None for code in range(value[0], value[1] + 1)):  # type: ignore[index]
            return True
        if op is sre.CATEGORY and value not in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD):
            return True
    return False
