"""Who said each quote: the reporting verb next to it, else the speaker of the surrounding
quotes; mentions are written as the fullest name or the description the article gives.

Documents are read in order because pronouns and definite descriptions ("he", "the president")
point back at the latest fitting speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from pipeline.extract.quotes.gender import phrase_gender
from pipeline.extract.quotes.lexicon import (
    ADJACENT_ONLY_CUES,
    CHARACTERISING_VERBS,
    COMPANY_HEADS,
    CUE_VERBS,
    FUNCTION_WORDS,
    INVERTING_CUES,
    KIN_ROLES,
    NOUN_LIKE_CUES,
    PERSON_ROLES,
    PRONOUNS,
    REPORTER_ROLES,
    UNNAMED_ROLES,
)
from pipeline.extract.quotes.mentions import Mention, mention_after, mention_before
from pipeline.extract.quotes.registry import Registry, is_organisation, name_tokens
from pipeline.extract.quotes.spans import RawQuote
from pipeline.extract.quotes.trie import word_alternation
from pipeline.models import SpeakerType

_CUES = CUE_VERBS - NOUN_LIKE_CUES
_MASK = "\x01"
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_CUE_WORDS = word_alternation(w for w in _CUES | INVERTING_CUES | {"according"} if _LOWER_WORD.fullmatch(w))
"""The lower-case words of three letters or more that `find_cues` may keep; only these are read
further."""
_CUE_WORD = re.compile(rf"\b({_CUE_WORDS})\b")
_LED_CUE_WORD = re.compile(rf"[\x00-/:-@\[-^`{{-\U0010ffff](?!{_MASK})(?<=\W)({_CUE_WORDS})\b")
"""`_CUE_WORD` after the non-word character before it. A pattern opening on `\\b` is tried at
every character; one opening on a character class lets `re` skip to the characters in it, here
every ASCII non-word character and everything beyond ASCII (`(?<=\\W)` drops the word
characters among these). Of a masked run, only the last character is tried. A cue opening the
text has no character before it: `_cue_words` looks for it with `_CUE_WORD`."""
_ACCORDING = "according to"
_SENTENCE_BREAK = re.compile(
    r"[.!?](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\b[A-Z].)['\"”’»]?\s+(?=[\"“„«‘'(]?[A-Z0-9\x01])"
)
_ONLY_PUNCTUATION = re.compile(r"[\s,;:\"“”«»„\x01.!?-]*")
_GAP_WORDS = re.compile(r"\w+")
_MAX_WORDS_TO_RIGHT_CUE = 7
_DEFINITE = ("the", "its", "his", "her", "their", "our")
_ATTACHED_MAX_WORDS = 4
_CATAPHORA_CHARS = 400
_ANTECEDENT_CHARS = 600
_HISTORY_CHARS = 1500
"""How far back a "she" looks for an earlier person in focus when the latest one is a "he"."""
"""How far back a pronoun with nobody in focus looks for a named person (about a paragraph)."""
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "&"})
"""Lower-case words inside a proper name read as a description ("The Bank of England")."""
_AGENT = re.compile(r"\bby\b")
_BE_FORMS = frozenset("was were is are be been being".split())
_ADVERBS = frozenset("also widely once often repeatedly publicly privately famously later".split())
_SPEAKER_PASSIVES = frozenset({"quoted", "reported"})
_QUOTE_VERBS = frozenset({"quote", "quotes", "quoted", "quoting"})
_QUOTED_AS = re.compile(r"\b(quote[sd]?|quoting)\b[^\x01\"“”.;:]{1,80}?\bas\s+$")
_QUOTED_FRAME_CHARS = 120
_AS_WORD = re.compile(r"\bas\b")
_QUOTE_START = frozenset('"“«„' + _MASK)
_LEADING_ADVERBIAL = re.compile(
    r"(?:[A-Z][a-z]*ly|(?:On|In|At|As|After|Before|When|While|During|Since|With|Despite|Earlier|Later|Last|This)"
    r"\b[^,\x01\"]{0,40}?),\s+"
)
"""An adverbial opening a sentence ("On Wednesday, ", "However, " is a function word and
"Separately, " an adverb) before the subject of a participle."""
_OPENING_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet|So)\s+")
_CUE_THEN_COMMA = re.compile(r"\b([a-z]+),\s+$")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}
_GAP_PUNCTUATION = re.compile(r"[,;:.!?\"“”«»\x01()-]")
_QUOTE_JUST_BEFORE = re.compile(r"[\x01\"”»][.,!?]?[\"”»]?\s+(?:[\w.'’-]+\s+){0,3}\Z")
_QUOTE_JUST_AFTER = re.compile(r"[,:]?\s*[\x01\"“«„]")
_ADJACENT_LOOK_BACK = 40
_INVERTED_BEFORE = re.compile(r",\s*\Z")
_INVERTED_AFTER = re.compile(r"\s+(?:the\s+|[A-Z])")
_FRAME_CLOSE = re.compile(r"\s*(?:[.,;!?]|\Z)")
_SUBJECT_CACHE = 256
"""Cues kept by `subject_of`: enough for the longest paragraph, since asks repeat only there."""


@dataclass(frozen=True)
class Attribution:
    """`start`/`end` are document offsets of the mention the attribution used; `kind` steers
    pronouns (person, organisation, group); `described` marks a speaker written as a description
    because the article never names it ("a Home Office spokesman")."""

    speaker: str | None
    start: int | None
    end: int | None
    cue: str | None
    kind: str
    described: bool = False

    @property
    def speaker_type(self) -> SpeakerType:
        if self.described:
            return "description"
        return "person" if self.kind == "person" else "organisation"


class Cue(NamedTuple):
    """A reporting verb where a paragraph writes it. A named tuple rather than a dataclass: it
    keys the `subject_of` cache, and a tuple hashes and compares in C."""

    start: int
    end: int
    word: str


def mask(text: str, spans: list[RawQuote]) -> str:
    """The paragraph with quoted words blanked, so cues and names are only read in the reporter's
    words; a final stop stays visible because it ends the reporter's sentence too."""
    pieces: list[str] = []
    done = 0
    for span in spans:
        last = span.end - 1 if text[span.end - 1] in ".!?," else span.end
        pieces += (text[done : span.start], _MASK * (last - span.start))
        done = last
    pieces.append(text[done:])
    return "".join(pieces)


def sentence_spans(masked: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(masked):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(masked)))
    return spans


def is_partial(text: str, masked: str, span: RawQuote, sentence_start: int) -> bool:
    """A fragment is woven into the reporter's sentence: it follows words (not a colon or the
    sentence start) and either starts in lower case or does not end like a sentence."""
    before = masked[sentence_start : max(sentence_start, span.start - 1)].rstrip()
    if not before or before.endswith((":", _MASK)) or before[-1] in '"”»':
        return False
    quoted = text[span.start : span.end]
    return quoted[0].islower() or quoted.rstrip()[-1] not in ".!?,…"


@dataclass
class Attributor:
    """Resolves mentions against the registry and the speakers seen so far."""

    registry: Registry
    latest: dict[str, Attribution] = field(default_factory=dict)
    descriptions: list[tuple[str, Attribution]] = field(default_factory=list)
    people: list[Attribution] = field(default_factory=list)
    """Every person that was in focus, oldest first: where a "she" looks when the focus is a "he"."""
    genders: dict[str, str] = field(default_factory=dict)
    """"he"/"she" per speaker, from titles and role words, then from the pronouns resolved to them."""

    def __post_init__(self) -> None:
        self.genders.update(self.registry.genders)

    def note(self, attribution: Attribution) -> None:
        """Two people named together ("Tony Blair and Gordon Brown") are a "they", never a "he";
        a relative ("her pop star son") is no antecedent for a "she" or "he" of unknown sex."""
        if attribution.speaker is None:
            return
        joint = attribution.kind == "person" and " and " in attribution.speaker
        relative = attribution.described and attribution.speaker.split()[-1].lower() in KIN_ROLES
        if not relative:
            self.latest["group" if joint else attribution.kind] = attribution
            if attribution.kind == "person" and not joint:
                self.people.append(attribution)
        self.latest["any"] = attribution

    def subject(self, mention: Mention, offset: int) -> Attribution | None:
        """Notes a clause subject as the person "he"/"she" now points at, when the registry or a
        title shows it is a person (a plain capitalised subject may be a team or a country)."""
        words = name_tokens(mention.text)
        if not words or not (mention.head or self.registry.knows(words)):
            return None
        attribution = self.resolve(mention, offset, None)
        if attribution is None or attribution.kind != "person":
            return None
        self.latest["person"] = attribution
        self.people.append(attribution)
        return attribution

    def resolve(self, mention: Mention, offset: int, cue: str | None) -> Attribution | None:
        start, end = offset + mention.start, offset + mention.end
        if mention.kind == "pronoun" and mention.head in ("he", "she"):
            return self._personal(mention.head, start, end, cue)
        if mention.kind == "pronoun":
            wanted = "organisation" if mention.head == "it" else "group"
            found = self.latest.get(wanted) or (self.latest.get("organisation") if wanted == "group" else None)
            return Attribution(found.speaker, start, end, cue, found.kind, found.described) if found else None
        if mention.kind == "name":
            name = self.registry.person_part(mention.text)
            words = name_tokens(name)
            if not words:
                return None
            if len(words) == 1 and self.registry.is_sentence_adverb(words[0]):
                return None
            speaker = self.registry.fullest(name, start)
            single = len(speaker.split()) == 1
            organisation = not mention.head and (is_organisation(words) or single or " of " in speaker)
            kind = "organisation" if organisation else "person"
            return Attribution(speaker, start, end, cue, kind)
        return self._description(mention, start, end, cue)

    def _personal(self, pronoun: str, start: int, end: int, cue: str | None) -> Attribution | None:
        """A "he" or "she" means the person in focus (the latest speaker or clause subject) unless
        the article has shown that person to be of the other sex; then the latest one in focus
        nearby who fits, else a person introduced nearby, else nobody. The sex a pronoun resolves
        to is remembered, so a later "she" skips a known "he"."""
        found = self.latest.get("person")
        if found is None or not self.fits(found, pronoun):
            found = next(
                (
                    p
                    for p in reversed(self.people)
                    if start - (p.start or 0) <= _HISTORY_CHARS and self.fits(p, pronoun)
                ),
                None,
            )
        if found is None:
            named = self.registry.latest_person(
                start, _ANTECEDENT_CHARS, lambda name: self.genders.get(name, pronoun) == pronoun
            )
            if named is None:
                return None
            found = Attribution(named, start, end, cue, "person")
        if found.speaker is not None:
            self.genders.setdefault(found.speaker, pronoun)
        return Attribution(found.speaker, start, end, cue, found.kind, found.described)

    def fits(self, attribution: Attribution, pronoun: str | None) -> bool:
        """Whether a "he"/"she" (or no pronoun at all) may stand for this speaker: not when the
        article's titles, role words or earlier pronouns show the other sex."""
        if pronoun is None:
            return True
        speaker = attribution.speaker or ""
        known = self.genders.get(speaker) or phrase_gender(speaker)
        return known is None or known == pronoun

    def _assumed_holder(self, position: int) -> str | None:
        """Whom "the minister" means when nobody was given that role: the latest speaking person,
        else the latest person named, else one named just after (a lead's cataphora)."""
        if "person" in self.latest:
            return self.latest["person"].speaker
        return self.registry.latest_name(position) or self.registry.next_name(position, _CATAPHORA_CHARS)

    def _description(self, mention: Mention, start: int, end: int, cue: str | None) -> Attribution:
        head = mention.head
        singular = head[:-1] if head.endswith("s") and head[:-1] in PERSON_ROLES else head
        plural = singular != head
        kind = "group" if plural else ("person" if singular in PERSON_ROLES else "organisation")
        definite = mention.text.split()[0].lower() in _DEFINITE
        if definite:
            for seen_head, seen in reversed(self.descriptions):
                if seen_head == head:
                    return Attribution(seen.speaker, start, end, cue, seen.kind, seen.described)
            topic = self.registry.topic_organisation(start) if head in COMPANY_HEADS else None
            if topic is not None:
                attribution = Attribution(topic, start, end, cue, "organisation")
                self.descriptions.append((head, attribution))
                return attribution
            if singular in PERSON_ROLES and singular not in UNNAMED_ROLES and not plural:
                holder = self.registry.holder(singular, start)
                if holder is None and singular not in KIN_ROLES | REPORTER_ROLES:
                    holder = self._assumed_holder(start)
                if holder is not None:
                    return Attribution(holder, start, end, cue, "person")
        words = mention.text.split()
        proper = len(words) > 1 and all(w[:1].isupper() for w in words[1:] if w not in _NAME_JOINERS)
        attribution = Attribution(mention.text, start, end, cue, kind, described=not proper)
        self.descriptions.append((head, attribution))
        return attribution


def find_cues(masked: str) -> list[Cue]:
    """Reporting verbs as written, in text order; the scan stops only at words that can report
    (see `trie`). One scan per paragraph: a sentence breaks after whitespace, so no cue straddles
    one, and per-sentence scans cost a call and a scanner each for the 57% of sentences without a
    cue."""
    cues: list[Cue] = []
    for match in _cue_words(masked):
        word, start, end = match.group(1), match.start(1), match.end(1)
        if _reports(masked, word, start, end):
            cues.append(Cue(start, end, word))
        elif word == "according" and masked.startswith(" to", end):
            cues.append(Cue(start, end + 3, _ACCORDING))
    return cues


def _cue_words(masked: str) -> Iterator[re.Match[str]]:
    """`_CUE_WORD`'s matches in text order, the word in group 1."""
    opening = _CUE_WORD.match(masked)
    if opening is not None:
        yield opening
    yield from _LED_CUE_WORD.finditer(masked)


def _reports(masked: str, word: str, start: int, end: int) -> bool:
    """Whether this word reports speech where it stands: "continued" only next to a quote, and a
    usually noun-like form ("thinks") only in the inverted frame."""
    if word in _CUES and (word not in ADJACENT_ONLY_CUES or _next_to_quote(masked, start, end)):
        return True
    return word in INVERTING_CUES and _inverted(masked, start, end)


def _inverted(masked: str, start: int, end: int) -> bool:
    """A verb after a comma and before a name (`, thinks Mr Dean,`) reports even in the forms
    that are usually nouns or opinions."""
    return (
        _INVERTED_AFTER.match(masked, end) is not None
        and _INVERTED_BEFORE.search(masked, max(0, start - 3), start) is not None
    )


def _next_to_quote(masked: str, start: int, end: int) -> bool:
    """Whether a verb stands in a quotation's frame: after the quote and its short subject
    (`," he continued`) or right before the quote (`He continued: "`)."""
    if _QUOTE_JUST_AFTER.match(masked, end):
        return True
    return _QUOTE_JUST_BEFORE.search(masked[max(0, start - _ADJACENT_LOOK_BACK) : start]) is not None


def attached(masked: str, quote_end: int, cue: Cue) -> bool:
    """Whether a cue follows a quote with only its short subject between (`the "bonfire" New
    Labour had promised`): it reports that quote, so it is no cue for the words after it."""
    gap = masked[quote_end : cue.start]
    words = gap.split()
    if not 0 < len(words) <= _ATTACHED_MAX_WORDS or _GAP_PUNCTUATION.search(gap):
        return False
    return words[0][0].isupper() or words[0] in PRONOUNS


@lru_cache(maxsize=_SUBJECT_CACHE)
def subject_of(masked: str, cue: Cue, lo: int, sentence: tuple[int, int]) -> Mention | None:
    """The speaker a cue points at: inverted after a quote, a comma (`..., says Mr Dean.`) or
    "according to", a participle's sentence subject (also right after a quote: `," describing
    Charles as` names the object), else the phrase before it. Cached: each quote of a sentence
    and then its leftover cues ask again about the same cues."""
    source = _quoted_source(masked, cue, sentence)
    if source is not None:
        return source
    if cue.word in INVERTING_CUES and _INVERTED_BEFORE.search(masked, max(sentence[0], cue.start - 3), cue.start):
        inverted = mention_after(masked, cue.end, sentence[1])
        opening = inverted.text.split()[0] if inverted is not None else ""
        proper = opening.lower() not in FUNCTION_WORDS or opening.lower() in _DEFINITE + ("a", "an")
        if (
            inverted is not None
            and inverted.kind != "pronoun"
            and proper
            and _FRAME_CLOSE.match(masked, inverted.end, sentence[1])
        ):
            return inverted
    after_quote = _ONLY_PUNCTUATION.fullmatch(masked, lo, cue.start) and masked[lo - 1 : lo] in '"”»'
    if cue.word == _ACCORDING or after_quote and not cue.word.endswith("ing"):
        return mention_after(masked, cue.end, sentence[1])
    if cue.word.endswith("ing"):
        if not _GAP_WORDS.search(masked, sentence[0], cue.start):
            return None
        return _participle_subject(masked, cue, lo, sentence)
    if _is_passive(masked, lo, cue):
        agent = _AGENT.search(masked, cue.end, sentence[1])
        return mention_after(masked, agent.end(), sentence[1]) if agent else None
    return mention_before(masked, lo, cue.start)


def _participle_subject(masked: str, cue: Cue, lo: int, sentence: tuple[int, int]) -> Mention | None:
    """A participle's subject is the sentence subject, past an opening conjunction or adverbial
    ("However, Edu tried to play it down, adding"); right after a reporting verb ("he says,
    insisting") it shares that verb's subject."""
    previous = _CUE_THEN_COMMA.search(masked, sentence[0], cue.start)
    if previous is not None and previous.group(1) in _CUES:
        return mention_before(masked, lo, previous.start(1))
    start = sentence[0]
    opener = _OPENING_CONJUNCTION.match(masked, start, cue.start)
    if opener is not None:
        start = opener.end()
    subject = mention_after(masked, start, cue.start)
    adverbial = _LEADING_ADVERBIAL.match(masked, start, cue.start)
    if subject is None and adverbial is not None:
        subject = mention_after(masked, adverbial.end(), cue.start)
    return subject


def _quoted_source(masked: str, cue: Cue, sentence: tuple[int, int]) -> Mention | None:
    """ "AP quoted prosecutor Russell McGuire as saying" and "The paper quotes him as telling":
    the speaker is the object of "quote", not its subject (the outlet). The "as saying" after it
    points at the same object."""
    verb = cue
    if cue.word.endswith("ing") and cue.word not in _QUOTE_VERBS:
        frame = _QUOTED_AS.search(masked, max(sentence[0], cue.start - _QUOTED_FRAME_CHARS), cue.start)
        if frame is None:
            return None
        verb = Cue(frame.start(1), frame.end(1), frame.group(1))
    elif cue.word not in _QUOTE_VERBS:
        return None
    as_word = _AS_WORD.search(masked, verb.end, sentence[1])
    if as_word is None:
        return None
    between = masked[verb.end : as_word.start()].strip()
    pronoun = _OBJECT_PRONOUNS.get(between.lower())
    if pronoun is not None:
        start = masked.index(between, verb.end)
        return Mention(start, start + len(between), between, "pronoun", pronoun)
    mention = mention_after(masked, verb.end, as_word.start())
    if mention is None or masked[mention.end : as_word.start()].strip():
        return None
    return mention


def _is_passive(masked: str, lo: int, cue: Cue) -> bool:
    """ "Fletcher was described as ... by Michael Pointon": the subject of a passive cue is the
    one talked about; the speaker is the agent after "by", or nobody. "was quoted as saying"
    keeps its subject as the speaker. A characterising participle with the quote as its only
    complement names the noun before it ("groups dubbed "pioneers"", unlike "what she called
    "bullying"") and is passive too."""
    if cue.word in _SPEAKER_PASSIVES:
        return False
    before = _GAP_WORDS.findall(masked, max(lo, cue.start - 40), cue.start)
    naming = cue.word.endswith("ed") and cue.word in CHARACTERISING_VERBS
    if naming and masked[cue.end + 1 : cue.end + 2] in _QUOTE_START:
        return bool(before) and before[-1].islower() and before[-1] not in FUNCTION_WORDS
    while before and (before[-1].endswith("ly") or before[-1].lower() in _ADVERBS):
        before.pop()
    return bool(before) and before[-1].lower() in _BE_FORMS
