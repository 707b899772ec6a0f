"""Who a reporting verb points at: the noun phrase before it ("the president said") or, in the
inverted order news uses after a quote, after it ("said Mr Ingram").

Without a parser, a phrase is read from tokens: a pronoun, a run of capitalised words (a name), or
a description ending in a role noun ("a Labour spokesman", "a spokeswoman for the ICO").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pipeline.extract.quotes.lexicon import (
    ARTICLES,
    AUXILIARIES,
    COLLECTIVE_HEADS,
    CUE_VERBS,
    DOCUMENT_HEADS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOUN_LIKE_CUES,
    ORGANISATION_WORDS,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    RAISING_VERBS,
    TIME_NOUNS,
    TIME_OPENERS,
)

MentionKind = Literal["pronoun", "name", "description"]

TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Jr|Prof|Gen|Col|Lt|Sgt|Rev)\.|\w[\w&-]*(?:['’]\w+)*['’]?|[^\w\s]"
)
_MAX_NP_TOKENS = 12
_MAX_RELATIVE_TOKENS = 40
_RELATIVES = frozenset({"who", "whose"})
_PHRASE_INNER = PREPOSITIONS | ARTICLES | frozenset({"and", "&"})
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
_AFFILIATIONS = frozenset({"from", "at", "of"})
_VERB_CUES = CUE_VERBS - NOUN_LIKE_CUES
"""Reporting verbs never modify a role noun: "Dr Bjorn said groups" is two phrases."""
_BE_FORMS = frozenset("is are was were be been being".split())
_MAX_PARENTHESIS_TOKENS = 8
_CLOSING_ASIDES = {")": "(", "-": "-", "–": "–", "—": "—"}
_MASK = "\x01"
_MASK_RUN = re.compile(r"\x01+")


@dataclass(frozen=True)
class Mention:
    """`start`/`end` are offsets into the text the mention was read from; `head` is a
    description's role noun, the pronoun itself, or the person role written before a name."""

    start: int
    end: int
    text: str
    kind: MentionKind
    head: str = ""


def _is_cap(word: str) -> bool:
    return word[0].isupper() or (word in NAME_SUFFIXES)


def _is_word(word: str) -> bool:
    return word[0].isalnum()


def role_head(word: str) -> str | None:
    """The role a noun names, singular, or None; possessives are modifiers, never heads."""
    if word.endswith(("'s", "’s", "'", "’")):
        return None
    low = word.lower()
    if low in PERSON_ROLES or low in COLLECTIVE_HEADS:
        return low
    if low.endswith("s") and (low[:-1] in PERSON_ROLES or low[:-1] in COLLECTIVE_HEADS):
        return low
    return None


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """`TOKEN`'s matches in text[start:end]. A masked quotation (`attribution.mask`) is one token
    per character, often hundreds, and no token runs into or out of one, so those are counted out
    instead of matched."""
    tokens: list[tuple[int, int, str]] = []
    while (masked := text.find(_MASK, start, end)) >= 0:
        tokens += [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, masked)]
        start = _MASK_RUN.match(text, masked, end).end()
        tokens += [(at, at + 1, _MASK) for at in range(masked, start)]
    tokens += [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]
    return tokens


def _name_run_end(tokens: list[tuple[int, int, str]], last: int) -> int:
    """Index of the first token of the capitalised run that ends at `last`."""
    first = last
    index = last - 1
    while index >= 0:
        word = tokens[index][2]
        if _is_word(word) and (_is_cap(word) or (word[0].isdigit() and first == last)):
            first = index
        elif word in NAME_PARTICLES and index > 0 and _is_cap(tokens[index - 1][2]) and _is_cap(tokens[first][2]):
            pass
        else:
            break
        index -= 1
    while first < last and tokens[first][2].lower() in FUNCTION_WORDS:
        first += 1
    return first


def _mention(
    text: str, tokens: list[tuple[int, int, str]], first: int, last: int, kind: MentionKind, head: str = ""
) -> Mention:
    start, end = tokens[first][0], tokens[last][1]
    return Mention(start, end, text[start:end], kind, head)


def _description_start(tokens: list[tuple[int, int, str]], head: int) -> int | None:
    """First token of the description whose head noun is at `head`, or None when the words
    before it cannot be modifiers (a bare singular noun is a description only after an article).
    "and" joins modifiers only inside a phrase that opens with an article ("the work and pensions
    minister"); elsewhere it joins two phrases."""
    first = head
    index = head - 1
    joined = head
    while index >= 0 and head - index <= 6:
        word = tokens[index][2]
        low = word.lower()
        if low in ARTICLES:
            return index
        if low == "and" and joined == head and first < head:
            joined = first
        elif not _is_word(word) or low in FUNCTION_WORDS or low in _VERB_CUES:
            break
        else:
            first = index
        index -= 1
    if joined != head:
        first = joined
    head_word = tokens[head][2].lower()
    if (
        head_word.endswith("s")
        or first < head
        and (_is_cap(tokens[first][2]) or tokens[first][2].endswith(("'s", "'")))
    ):
        return first
    return first if first < head else None


def _extend_with_phrase(tokens: list[tuple[int, int, str]], first: int) -> int:
    """Start of a description that ends with a prepositional phrase holding this name
    ("a spokeswoman for [the Information Commissioner's Office]"), else `first`."""
    index = first - 1
    if index >= 0 and tokens[index][2].lower() in ARTICLES:
        index -= 1
    if index < 1 or tokens[index][2].lower() not in PREPOSITIONS:
        return first
    head = index - 1
    if role_head(tokens[head][2]) is None:
        return first
    start = _description_start(tokens, head)
    return first if start is None else start


def _affiliated_person(text: str, tokens: list[tuple[int, int, str]], first: int) -> Mention | None:
    """The person in "David Graham from the FDA's Office of Drug Safety said" or "Anne Porter
    from the city's Office of Fair Trading": a name of two or more words before from/at/of and
    the organisation is the subject, not the organisation; a comma may set the affiliation off
    ("Jeff Joseph, from the Consumer Electronics Association (CEA) told")."""
    index = first - 1
    if index >= 0 and tokens[index][2].endswith(_POSSESSIVE_ENDINGS):
        index -= 1
    if index >= 0 and tokens[index][2].lower() in ARTICLES:
        index -= 1
    if index < 1 or tokens[index][2].lower() not in _AFFILIATIONS:
        return None
    last = index - 1
    if tokens[last][2] == "," and last > 0:
        last -= 1
    if not (_is_word(tokens[last][2]) and _is_cap(tokens[last][2])) or role_head(tokens[last][2]) is not None:
        return None
    start = _name_run_end(tokens, last)
    names = [t[2] for t in tokens[start : last + 1]]
    if len(names) < 2 or any(w in ORGANISATION_WORDS for w in names):
        return None
    return _mention(text, tokens, start, last, "name", _role_before(tokens, start))


def mention_before(text: str, lo: int, hi: int) -> Mention | None:
    """The subject that ends just before a reporting verb at `hi`, looking no further than `lo`."""
    tokens = _tokens(text, lo, hi)
    last = _subject_end(tokens, len(tokens) - 1)
    if last < 0:
        return None
    word = tokens[last][2]
    if word.lower() in _RELATIVES:
        return _antecedent(text, tokens, last)
    if word == ",":
        relative = _relative_clause_start(tokens, last)
        if relative is not None:
            return _antecedent(text, tokens, relative)
        return _appositive(text, tokens, last)
    return _phrase_ending_at(text, tokens, last)


def _subject_end(tokens: list[tuple[int, int, str]], last: int) -> int:
    """Index of the subject's last token: auxiliaries and adverbs ("has also"), a raising
    frame ("is alleged to have"), a time phrase ("who this week") and an aside in brackets or
    dashes ("the British Phonographic Industry (BPI)") stand between a subject and its verb."""
    while last >= 0:
        low = tokens[last][2].lower()
        if low in AUXILIARIES and not _name_part(tokens, last) or (low.endswith("ly") and tokens[last][2].islower()):
            last -= 1
        elif last >= 2 and tokens[last][2] == tokens[last - 2][2] == "," and tokens[last - 1][2].lower() in AUXILIARIES:
            last -= 3
        elif (
            low in RAISING_VERBS
            and 0 < last < len(tokens) - 1
            and tokens[last + 1][2] == "to"
            and (tokens[last - 1][2].lower() in _BE_FORMS)
        ):
            last -= 1
        elif low in TIME_NOUNS and last > 0 and tokens[last - 1][2].lower() in TIME_OPENERS:
            last -= 1
            while last >= 0 and tokens[last][2].lower() in TIME_OPENERS:
                last -= 1
        elif low in _CLOSING_ASIDES:
            opening = _opening_bracket(tokens, last)
            if opening is None:
                break
            last = opening - 1
        else:
            break
    return last


def _name_part(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """A capitalised word after a capitalised word belongs to a name ("Christine May", "Tom
    McCabe MSP") even when it could be an auxiliary or a role."""
    if index == 0 or not _is_cap(tokens[index][2]):
        return False
    previous = tokens[index - 1][2]
    return (
        _is_word(previous)
        and previous[0].isupper()
        and previous.lower() not in FUNCTION_WORDS
        and role_head(previous) is None
    )


def _after_article(tokens: list[tuple[int, int, str]], last: int) -> bool:
    """Whether the capitalised run ending at `last` follows an article: "the Manchester Central
    MP" is a description, "Andrew Tyrie MP" a name."""
    first = _name_run_end(tokens, last)
    return first > 0 and tokens[first - 1][2].lower() in ARTICLES


def _opening_bracket(tokens: list[tuple[int, int, str]], closing: int) -> int | None:
    """Where the aside closed at `closing` opens: "(" for ")", the previous dash for a dash
    ("Lord Bingham - a senior law lord - said")."""
    wanted = _CLOSING_ASIDES[tokens[closing][2]]
    index = closing - 1
    while index > 0 and closing - index <= _MAX_PARENTHESIS_TOKENS:
        if tokens[index][2] == wanted:
            return index
        index -= 1
    return None


def _relative_clause_start(tokens: list[tuple[int, int, str]], comma: int) -> int | None:
    """Index of the "who"/"whose" opening a relative clause that ends at this comma
    ("The actor, whose films include Star Wars: The Phantom Menace, said")."""
    index = comma - 1
    while index > 0 and comma - index <= _MAX_RELATIVE_TOKENS:
        if tokens[index][2].lower() in _RELATIVES and tokens[index - 1][2] == ",":
            return index
        if tokens[index][2] in '"“”«»\x01':
            return None
        index -= 1
    return None


def _antecedent(text: str, tokens: list[tuple[int, int, str]], relative: int) -> Mention | None:
    """The phrase a relative pronoun refers to, skipping an age or title set off by commas
    ("Staunton, 49, who told")."""
    index = relative - 1
    while index >= 0 and (tokens[index][2] == "," or tokens[index][2].isdigit()):
        index -= 1
    return _phrase_ending_at(text, tokens, index) if index >= 0 else None


def _phrase_ending_at(text: str, tokens: list[tuple[int, int, str]], last: int) -> Mention | None:
    """The phrase ending at `last`. A possessive is never a subject: in "Chelsea's expected
    complaint" the cue-like word is a modifier. "it" after a content word is an object ("described
    it said"), while he/she/they/we are subjects wherever they stand ("At the conference he said")."""
    word = tokens[last][2]
    low = word.lower()
    after_word = last > 0 and _is_word(tokens[last - 1][2]) and tokens[last - 1][2].lower() not in FUNCTION_WORDS
    if low in PRONOUNS and not (low == "it" and after_word):
        return _mention(text, tokens, last, last, "pronoun", low)
    if not _is_word(word) or word.endswith(_POSSESSIVE_ENDINGS):
        return None
    suffix = word in NAME_SUFFIXES and _name_part(tokens, last) and not _after_article(tokens, last)
    if _is_cap(word) and (role_head(word) is None or suffix) or word[0].isdigit():
        first = _name_run_end(tokens, last)
        if tokens[first][2].lower() in FUNCTION_WORDS:
            return None
        start = _extend_with_phrase(tokens, first)
        if start != first:
            return _mention(text, tokens, start, last, "description", _head_of(tokens, start, last))
        person = _affiliated_person(text, tokens, first)
        if person is not None:
            return person
        return _mention(text, tokens, first, last, "name", _role_before(tokens, first))
    head = role_head(word)
    if head is None:
        return None
    start = _description_start(tokens, last)
    if start is None:
        return None
    outer = _extend_with_phrase(tokens, start)
    if outer != start:
        return _mention(text, tokens, outer, last, "description", _head_of(tokens, outer, last))
    return _mention(text, tokens, start, last, "description", head)


def _role_before(tokens: list[tuple[int, int, str]], first: int) -> str:
    """The lower-case role noun right before a name ("daughter Jill", "midfielder Deco"): it makes
    a one-word name a person rather than an organisation."""
    if first == 0:
        return ""
    word = tokens[first - 1][2]
    return word if word.islower() and role_head(word) == word and word in PERSON_ROLES else ""


def _head_of(tokens: list[tuple[int, int, str]], first: int, last: int) -> str:
    for index in range(first, last + 1):
        head = role_head(tokens[index][2])
        if head:
            return head
    return ""


def _appositive(text: str, tokens: list[tuple[int, int, str]], comma: int) -> Mention | None:
    """`NAME, description,` or `description, NAME,` before the verb: the name is the speaker.
    Between two descriptions the head phrase opening the clause speaks and the one set off by
    commas only describes it ("a spokesman for Unison, Britain's biggest union, said"), unless
    the head is a document ("The letter, from the Home Office, says")."""
    opening = comma - 1
    while opening >= 0 and comma - opening <= _MAX_NP_TOKENS + 6 and tokens[opening][2] not in ",;:":
        opening -= 1
    if opening < 0 or tokens[opening][2] != ",":
        inner = _phrase_ending_at(text, tokens, comma - 1) if comma > 0 else None
        return inner
    inner = _phrase_ending_at(text, tokens, comma - 1)
    if inner is not None and inner.kind == "name" and tokens[opening + 1][0] == inner.start:
        return inner
    outer = _phrase_ending_at(text, tokens, opening - 1) if opening > 0 else None
    if outer is not None and (
        outer.kind == "name"
        or outer.kind == "description"
        and outer.head not in DOCUMENT_HEADS
        and _opens(tokens, outer.start)
    ):
        return outer
    return inner if inner is not None and inner.kind != "pronoun" else outer


def _opens(tokens: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the phrase starting at offset `start` opens its clause: nothing but a conjunction
    or a clause break stands before it."""
    index = next(i for i, token in enumerate(tokens) if token[0] == start)
    return index == 0 or tokens[index - 1][2] in (";", ":") or tokens[index - 1][2].lower() in ("and", "but")


def mention_after(text: str, lo: int, hi: int) -> Mention | None:
    """The speaker written after the verb in inverted attribution (`," said the spokeswoman`)."""
    tokens = _tokens(text, lo, hi)
    if not tokens:
        return None
    word = tokens[0][2]
    if word.lower() in PRONOUNS:
        return _mention(text, tokens, 0, 0, "pronoun", word.lower())
    end = 0
    while end < len(tokens) and end < _MAX_NP_TOKENS:
        word = tokens[end][2]
        low = word.lower()
        if (
            not _is_word(word)
            or (low in FUNCTION_WORDS and low not in _PHRASE_INNER)
            or low in AUXILIARIES
            or low in CUE_VERBS
        ):
            break
        end += 1
    if end == 0:
        return None
    phrase = _phrase_in(text, tokens, end - 1)
    if phrase is not None and phrase.kind == "description" and end + 1 < len(tokens) and tokens[end][2] == ",":
        follower = _mention_after_comma(text, tokens, end + 1)
        if follower is not None:
            return follower
    return phrase


def _mention_after_comma(text: str, tokens: list[tuple[int, int, str]], first: int) -> Mention | None:
    last = first
    while last + 1 < len(tokens) and _is_word(tokens[last + 1][2]) and _is_cap(tokens[last + 1][2]):
        last += 1
    if _is_word(tokens[first][2]) and _is_cap(tokens[first][2]) and role_head(tokens[first][2]) is None:
        return _mention(text, tokens, first, last, "name")
    return None


def _phrase_in(text: str, tokens: list[tuple[int, int, str]], last: int) -> Mention | None:
    """Best speaker phrase among tokens[0..last]: a name after its role words ("his friend and
    fellow broadcaster Michael Pointon" -> Michael Pointon), else the whole description up to its
    head and any prepositional phrase."""
    while last > 0 and tokens[last][2].lower() in _PHRASE_INNER:
        last -= 1
    heads = [i for i in range(last + 1) if role_head(tokens[i][2]) and not _is_cap(tokens[i][2])]
    if heads:
        for head in reversed(heads):
            after = head + 1
            if after <= last and _is_cap(tokens[after][2]) and tokens[after][2].lower() not in FUNCTION_WORDS:
                return _mention(text, tokens, after, _name_end(tokens, after, last), "name")
        if _is_cap(tokens[last][2]) and role_head(tokens[last][2]) is None:
            first = _name_run_end(tokens, last)
            if first > heads[-1] and tokens[first - 1][2].lower() not in FUNCTION_WORDS:
                return _mention(text, tokens, first, last, "name", _role_before(tokens, first))
        return _mention(text, tokens, 0, last, "description", role_head(tokens[heads[0]][2]) or "")
    if _is_cap(tokens[0][2]) and tokens[0][2].lower() not in FUNCTION_WORDS:
        return _mention(text, tokens, 0, _name_end(tokens, 0, last), "name")
    start = 1 if tokens[0][2].lower() in ARTICLES and len(tokens) > 1 else 0
    if start and _is_cap(tokens[start][2]):
        return _mention(text, tokens, start, _name_end(tokens, start, last), "name")
    return None


def _name_end(tokens: list[tuple[int, int, str]], first: int, last: int) -> int:
    end = first
    while end + 1 <= last and (
        _is_cap(tokens[end + 1][2])
        or (tokens[end + 1][2] in NAME_PARTICLES and end + 2 <= last and _is_cap(tokens[end + 2][2]))
    ):
        end += 1
    return end
