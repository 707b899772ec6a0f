"""Which named people a "he" or "she" may point back to when no speaker or subject is in focus.

News names films, shows and squads in passing ("He has worked on Star Wars, Finding Nemo and
Indiana Jones"), and a two-word title looks like a person's name. A pronoun picks up a person the
reporter introduced on their own, so names inside quotations, lists, examples ("such as"), names
of works ("the film Vera Drake"), employers ("manager at Snappy Snaps") and runs after an article
are no antecedents.
"""

from __future__ import annotations

import re

from pipeline.extract.quotes.lexicon import WORK_NOUNS

_ITEM_REST = r"[\w'’.-]*+(?:[ \t]+(?:(?:of|the|in|on)[ \t]+){0,2}[A-Z0-9][\w'’.-]*+)*+"
_ITEM = rf"(?:The[ \t]+)?[A-Z]{_ITEM_REST}"
_FIRST_ITEM = rf"[A-Z](?<![\w'’.-].)(?:(?<=T)he[ \t]+[A-Z])?{_ITEM_REST}"
"""`_ITEM` not inside a word, written to open on its capital as a plain character class: `re`
then skips from capital to capital instead of trying the list at every character."""
_LIST = re.compile(rf"{_FIRST_ITEM}(?:,[ \t]+{_ITEM})*+,?[ \t]+(?:and|or)[ \t]+{_ITEM}")
"""Capitalised items joined by commas and a final "and"/"or" ("Finding Nemo, The Incredibles and
Indiana Jones", "Tony Blair and Gordon Brown"); possessive quantifiers keep the scan linear."""
_EXAMPLE = re.compile(r"\b(?:such as|like|including|include|includes|included)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}\Z")
_WORK_BEFORE = re.compile(r"\b([a-z]+)[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?\Z")
_LOOK_BACK = 40
_ARTICLES = frozenset({"the", "a", "an"})
_OPENING_ARTICLES = ("The ", "A ", "An ")
_AFFILIATION = re.compile(r"\b(?:at|of)[ \t]+\Z")
"""A name after "at" or "of" is where someone works ("marketing manager at Snappy Snaps")."""
"""A capitalised run after an article names a thing ("the Star Wars DVD trilogy"); a person
after an article comes with a role word between ("the actor Tom Hanks")."""


def excluded_spans(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraph-relative stretches whose names no pronoun points back to: quotations and lists."""
    return quoted + [match.span() for match in _LIST.finditer(text)]


def is_antecedent(text: str, start: int, end: int, excluded: list[tuple[int, int]], titled: bool) -> bool:
    """Whether the name at text[start:end] introduces a person a later pronoun may mean; a
    `titled` name ("the US President George Bush") is a person even after an article."""
    if any(lo <= start and end <= hi for lo, hi in excluded):
        return False
    before = text[max(0, start - _LOOK_BACK) : start]
    if _EXAMPLE.search(before):
        return False
    if _AFFILIATION.search(before) or not titled and text.startswith(_OPENING_ARTICLES, start):
        return False
    work = _WORK_BEFORE.search(before)
    return work is None or work.group(1) not in WORK_NOUNS and (titled or work.group(1) not in _ARTICLES)
