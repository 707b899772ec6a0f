"""Who said each quote: the reporting verb next to it, else the speaker of the surrounding
quotes; mentions are written as the fullest name or the description the article gives.

Documents are read in order because pronouns and definite descriptions ("he", "the president")
point back at the latest fitting speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.quotes.lexicon import (
    CUE_VERBS,
    NOUN_LIKE_CUES,
    PERSON_ROLES,
    UNNAMED_ROLES,
)
from pipeline.extract.quotes.mentions import Mention, mention_after, mention_before
from pipeline.extract.quotes.registry import Registry, is_organisation, name_tokens
from pipeline.extract.quotes.spans import RawQuote

_CUES = CUE_VERBS - NOUN_LIKE_CUES
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_ACCORDING = "according to"
_SENTENCE_BREAK = re.compile(r"[.!?](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\b[A-Z].)['\"”’»]?\s+(?=[\"“„«‘'(]?[A-Z0-9\x01])")
_ONLY_PUNCTUATION = re.compile(r"[\s,;:\"“”«»„\x01.!?-]*")
_GAP_WORDS = re.compile(r"\w+")
_MAX_WORDS_TO_RIGHT_CUE = 7
_DEFINITE = ("the", "its", "his", "her", "their")
_MASK = "\x01"


@dataclass(frozen=True)
class Attribution:
    """`start`/`end` are document offsets of the mention the attribution used."""

    speaker: str | None
    start: int | None
    end: int | None
    cue: str | None
    kind: str


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    word: str


def mask(text: str, spans: list[RawQuote]) -> str:
    """The paragraph with quoted words blanked, so cues and names are only read in the reporter's
    words; a final stop stays visible because it ends the reporter's sentence too."""
    chars = list(text)
    for span in spans:
        last = span.end - 1 if text[span.end - 1] in ".!?," else span.end
        for index in range(span.start, last):
            chars[index] = _MASK
    return "".join(chars)


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
    if not before or before.endswith((":", _MASK)) or before[-1] in "\"”»":
        return False
    quoted = text[span.start : span.end]
    return quoted[0].islower() or quoted.rstrip()[-1] not in ".!?,…"


@dataclass
class Attributor:
    """Resolves mentions against the registry and the speakers seen so far."""

    registry: Registry
    latest: dict[str, Attribution] = field(default_factory=dict)
    descriptions: list[tuple[str, Attribution]] = field(default_factory=list)

    def note(self, attribution: Attribution) -> None:
        if attribution.speaker is None:
            return
        self.latest[attribution.kind] = attribution
        self.latest["any"] = attribution

    def resolve(self, mention: Mention, offset: int, cue: str | None) -> Attribution | None:
        start, end = offset + mention.start, offset + mention.end
        if mention.kind == "pronoun":
            wanted = {"he": "person", "she": "person", "it": "organisation"}.get(mention.head, "group")
            found = self.latest.get(wanted) or (self.latest.get("organisation") if wanted == "group" else None)
            if found is None:
                named = self.registry.latest_person(start) if wanted == "person" else None
                return Attribution(named, start, end, cue, "person") if named else None
            return Attribution(found.speaker, start, end, cue, found.kind)
        if mention.kind == "name":
            words = name_tokens(mention.text)
            if not words:
                return None
            speaker = self.registry.fullest(mention.text, start)
            single = len(speaker.split()) == 1
            kind = "organisation" if is_organisation(words) or single or " of " in speaker else "person"
            return Attribution(speaker, start, end, cue, kind)
        return self._description(mention, start, end, cue)

    def _description(self, mention: Mention, start: int, end: int, cue: str | None) -> Attribution:
        head = mention.head
        singular = head[:-1] if head.endswith("s") and head[:-1] in PERSON_ROLES else head
        plural = singular != head
        kind = "group" if plural else ("person" if singular in PERSON_ROLES else "organisation")
        definite = mention.text.split()[0].lower() in _DEFINITE
        if definite:
            for seen_head, seen in reversed(self.descriptions):
                if seen_head == head:
                    return Attribution(seen.speaker, start, end, cue, seen.kind)
            if singular in PERSON_ROLES and singular not in UNNAMED_ROLES and not plural:
                holder = self.registry.holder(singular, start)
                if holder is None and "person" in self.latest:
                    holder = self.latest["person"].speaker
                if holder is None:
                    holder = self.registry.latest_name(start)
                if holder is not None:
                    return Attribution(holder, start, end, cue, "person")
        attribution = Attribution(mention.text, start, end, cue, kind)
        self.descriptions.append((head, attribution))
        return attribution


def find_cues(masked: str, start: int, end: int) -> list[Cue]:
    """Reporting verbs as written; a word scan with a set look-up beats one big alternation."""
    cues: list[Cue] = []
    for match in _LOWER_WORD.finditer(masked, start, end):
        word = match.group()
        if word in _CUES:
            cues.append(Cue(match.start(), match.end(), word))
        elif word == "according" and masked.startswith(" to", match.end()):
            cues.append(Cue(match.start(), match.end() + 3, _ACCORDING))
    return cues


def subject_of(masked: str, cue: Cue, lo: int, sentence: tuple[int, int]) -> Mention | None:
    """The speaker a cue points at: inverted after a quote or "according to", a participle's
    sentence subject, else the phrase before it."""
    if cue.word == _ACCORDING or _ONLY_PUNCTUATION.fullmatch(masked, lo, cue.start) and masked[lo - 1 : lo] in "\"”»":
        return mention_after(masked, cue.end, sentence[1])
    if cue.word.endswith("ing"):
        if not _GAP_WORDS.search(masked, sentence[0], cue.start):
            return None
        return mention_after(masked, sentence[0], cue.start)
    return mention_before(masked, lo, cue.start)
