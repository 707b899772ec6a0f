"""Who a sentence without a reporting verb is about: news introduces a speaker as the subject of
a plain sentence ("Rijkaard was critical of the decision.", "but captain Fabien Pelous sees
hope") and then quotes them with only "he said", so that subject outranks the previous speaker.
"""

from __future__ import annotations

import re

from pipeline.extract.quotes.lexicon import FUNCTION_WORDS, HONORIFICS, PERSON_ROLES
from pipeline.extract.quotes.mentions import Mention

_CLAUSE_OPENERS = frozenset("and but while as when after because although though so ;".split())
_NOT_PREDICATES = frozenset("of and or".split()) | PERSON_ROLES
"""Words after a name that show it is no subject: a longer name, a list, or a modifier of a role
("Real Madrid striker Michael Owen")."""
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_CAP_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|de|van|von|der|la|le|du|da|al|bin)[ \t]+)?[A-Z][\w'’-]*)*")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w'’-]*)")
_PREVIOUS_WORDS = re.compile(r"[\w'’-]+|;")
_LOOK_BACK = 60
_MODIFIERS = 4
_ARTICLES = frozenset({"the", "a", "an"})


def clause_subjects(masked: str, start: int, end: int) -> list[Mention]:
    """Capitalised names that open a clause (after optional role words: "Newcastle boss Graeme
    Souness") and are followed by a lower-case word, in reading order; objects, possessives and
    modifiers ("replacement for Alan Shearer", "Kraft's label", "Real Madrid striker") are not."""
    subjects: list[Mention] = []
    for match in _CAP_RUN.finditer(masked, start, end):
        run = match.group()
        following = _NEXT_WORD.match(masked, match.end(), end)
        if run.endswith(_POSSESSIVE) or following is None or following.group(1) in _NOT_PREDICATES:
            continue
        words = run.split()
        leading = 0
        while leading < len(words) and words[leading].lower() in FUNCTION_WORDS:
            leading += 1
        if leading == len(words):
            continue
        if leading:
            opens = words[leading - 1].lower() in _CLAUSE_OPENERS or match.start() == start
        else:
            opens = _opens_clause(masked, start, match.start())
        if opens:
            first = match.start() + run.index(words[leading]) if leading else match.start()
            text = masked[first : match.end()]
            subjects.append(Mention(first, match.end(), text, "name", _honorific(words[leading])))
    return subjects


def _opens_clause(masked: str, start: int, at: int) -> bool:
    """Whether only role words and capitalised modifiers, or a description ending in a role
    ("the culture and media secretary"), stand between a clause opener (or the sentence start)
    and the name at `at`."""
    before = _PREVIOUS_WORDS.findall(masked, max(start, at - _LOOK_BACK), at)
    if at - _LOOK_BACK > start:
        before = before[1:]
    described = False
    while before and (before[-1] in PERSON_ROLES or before[-1][:1].isupper()):
        described = described or before[-1] in PERSON_ROLES
        before.pop()
    if described:
        for back, word in enumerate(reversed(before[-_MODIFIERS:]), 1):
            if word.lower() in _ARTICLES:
                del before[-back:]
                break
    if not before:
        return at - _LOOK_BACK <= start
    return before[-1].lower() in _CLAUSE_OPENERS


def _honorific(word: str) -> str:
    """"Mr Lewis" is a person even when the article never gives a first name."""
    return word if word in HONORIFICS else ""
