"""Who a sentence without a reporting verb is about: news introduces a speaker as the subject of
a plain sentence ("Rijkaard was critical of the decision.", "but captain Fabien Pelous sees
hope") and then quotes them with only "he said", so that subject outranks the previous speaker.
"""

from __future__ import annotations

import re

from pipeline.extract.quotes.lexicon import FUNCTION_WORDS, HONORIFICS, PERSON_ROLES, SENTENCE_ADVERBS
from pipeline.extract.quotes.mentions import Mention

_CLAUSE_OPENERS = frozenset("and but while as when after because although though so ;".split())
_NOT_PREDICATES = frozenset("of and or".split()) | PERSON_ROLES
"""Words after a name that show it is no subject: a longer name, a list, or a modifier of a role
("Real Madrid striker Michael Owen")."""
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_CAP_RUN = re.compile(
    r"[A-Z](?<!\w.)[\w'’-]*(?:[ \t]+(?:(?:of|de|van|von|der|la|le|du|da|al|bin)[ \t]+)?[A-Z][\w'’-]*)*"
)
"""A capitalised run from a word start; the start is checked behind the capital so that the pattern
opens on a character class, which `re` skips to instead of trying every position."""
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w'’-]*)")
_ASIDE_THEN_WORD = re.compile(
    r",[ \t]+(?:though|however|meanwhile|too|also|instead|in turn|\d+|(?:the|a|an)[ \t][^,;:.\x01\"]{1,40}?),[ \t]+([a-z][\w'’-]*)"
)
"""An aside between a subject and its verb: "Ruddock, though, is keen", "Ruddock, the Wales
coach, wants"."""
_PREVIOUS_WORDS = re.compile(r"[\w'’-]+|[;,]")
_FRONTED = re.compile(
    r"\s*(?:(?:And|But|So|Yet|Now)[ \t]+)?(?:[A-Za-z][a-z]+ly|(?i:with|in|on|at|after|before|when|while|during|"
    r"since|despite|although|though|because|if|as|for|like|unlike|following|having|under|without|by|from|"
    r"over|earlier|later|last|this|speaking|asked|once|until|amid|against|through|however|meanwhile|"
    r"instead|still|indeed|nevertheless|yet|now|then|today|yesterday))\b[^,;:\x01\"]{0,150},"
)
"""A phrase fronted before the subject ("And with 27 caps to his name, White is"): the name after
its comma still opens the clause."""
_PREPOSITIONS = frozenset(
    "with in on at for from by after before during despite like unlike under without over to of".split()
)
"""A sentence opening "With Tom Hale injured," puts the name in a fronted phrase, not the subject."""
_PRONOUN_SUBJECTS = frozenset("he she they we i".split())
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
        following = _NEXT_WORD.match(masked, match.end(), end) or _ASIDE_THEN_WORD.match(masked, match.end(), end)
        if run.endswith(_POSSESSIVE) or following is None or following.group(1) in _NOT_PREDICATES:
            continue
        words = run.split()
        leading = 0
        while leading < len(words) and (words[leading].lower() in FUNCTION_WORDS or words[leading] in SENTENCE_ADVERBS):
            leading += 1
        if leading == len(words):
            continue
        if leading:
            opener = words[leading - 1].lower()
            opens = opener in _CLAUSE_OPENERS or match.start() == start and opener not in _PREPOSITIONS
        else:
            opens = _opens_clause(masked, start, match.start())
        if opens:
            first = match.start() + run.index(words[leading]) if leading else match.start()
            text = masked[first : match.end()]
            subjects.append(Mention(first, match.end(), text, "name", _honorific(words[leading])))
    return subjects


def _opens_clause(masked: str, start: int, at: int) -> bool:
    """Whether only role words and capitalised modifiers, or a description ending in a role
    ("the culture and media secretary"), stand between a clause opener (or the sentence start, or
    a fronted phrase) and the name at `at`. "and" after a pronoun or a name joins a second subject
    to the first ("Corbett claims he and Barker differ"), it opens no clause."""
    found = list(_PREVIOUS_WORDS.finditer(masked, max(start, at - _LOOK_BACK), at))
    if at - _LOOK_BACK > start:
        found = found[1:]
    before = [match.group() for match in found]
    described = False
    while before and (
        before[-1] in PERSON_ROLES or before[-1][:1].isupper() and before[-1].lower() not in FUNCTION_WORDS
    ):
        described = described or before[-1] in PERSON_ROLES
        before.pop()
    if described:
        for back, word in enumerate(reversed(before[-_MODIFIERS:]), 1):
            if word.lower() in _ARTICLES:
                del before[-back:]
                break
    if not before:
        return at - _LOOK_BACK <= start
    if before[-1] == ",":
        return _FRONTED.fullmatch(masked, start, found[len(before) - 1].end()) is not None
    if (
        before[-1] == "and"
        and len(before) > 1
        and (before[-2].lower() in _PRONOUN_SUBJECTS or before[-2][:1].isupper())
    ):
        return False
    return before[-1].lower() in _CLAUSE_OPENERS


def _honorific(word: str) -> str:
    """ "Mr Lewis" is a person even when the article never gives a first name."""
    return word if word in HONORIFICS else ""
