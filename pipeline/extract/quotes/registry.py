"""Who the article names: full names and the roles they hold, so that a later "Mr Ingram",
"Rouhani" or "the president" can be written as the fullest name the article gives.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from pipeline.extract.quotes.antecedents import excluded_spans, is_antecedent
from pipeline.extract.quotes.gender import phrase_gender
from pipeline.extract.quotes.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_LABELS,
    NAME_SUFFIXES,
    NOT_ORGANISATIONS,
    ORGANISATION_WORDS,
    PERSON_ROLES,
    SENTENCE_ADVERBS,
    TITLES,
)

_NAME_TAIL = r"[\w'’-]*"
_PARTICLE_WORDS = ("of", "de", "van", "von", "der", "bin", "al", "la", "le", "du", "da")
_PARTICLES = rf"(?:{'|'.join(_PARTICLE_WORDS)})"
_PARTICLE_ENDINGS = frozenset(word[-2:] for word in _PARTICLE_WORDS)
"""The last two letters of every particle: most runs follow no particle, and this spares them
the search."""
_NAME_WORD = rf"(?:[A-Z]\.|[A-Z]{_NAME_TAIL}|\b{_PARTICLES}(?=\s+[A-Z]))[ \t]+"
_NAME_RUN = re.compile(rf"[A-Z](?:(?:\.|{_NAME_TAIL})[ \t]+(?:{_NAME_WORD})*[A-Z]{_NAME_TAIL}|{_NAME_TAIL})")
"""Capitalised words in a row, initials and particles inside ("George W. Bush", "Bank of
England"), read from a capital: a pattern that opens on a plain character class lets `re` skip
from capital to capital instead of trying every character. The first word is `_NAME_WORD` or the
last word with its capital already read; a particle before it is `_name_runs`' business."""
_PARTICLE_BEFORE = re.compile(rf"\b{_PARTICLES}\Z")
_APPOSITION_AFTER = re.compile(r"\A,\s+([^,.;:\"“”]{1,60})")
_APPOSITION_STOPS = ',.;:"“”'
_APPOSITION_CHARS = 60
_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[\w'’-]+")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_NAME_CACHE = 32768
"""Distinct capitalised runs kept by `name_tokens` and `_read_run` (a few megabytes): a corpus
repeats most of them ("The", "Mr Blair"), and a run is read again at every sighting and look-up."""


@lru_cache(maxsize=_NAME_CACHE)
def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a capitalised run that form the name itself: leading sentence words,
    titles, roles and labels go ("Iranian President Hassan Rouhani" -> Hassan Rouhani, "Spokesman
    William Gaillard" -> William Gaillard, "DJ Mike Read" -> Mike Read); suffixes go. Cached, so
    the words are a tuple that no caller can change."""
    words = text.split()
    if words and words[-1].endswith(("'s", "’s", "'", "’")):
        words[-1] = _POSSESSIVE.sub("", words[-1])
    while words and words[-1] in NAME_SUFFIXES:
        words.pop()
    while words and (words[0].lower() in FUNCTION_WORDS or words[0] in SENTENCE_ADVERBS and len(words) > 1):
        words.pop(0)
    owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=-1)
    words = words[owner + 1 :]
    last_title = max(
        (i for i, w in enumerate(words) if w in TITLES or w.rstrip(".") in TITLES or w.lower() in PERSON_ROLES),
        default=-1,
    )
    if 0 <= last_title < len(words) - 1:
        words = words[last_title + 1 :]
    while len(words) > 2 and _is_label(words[0]) and _is_personal(words[1:]):
        words = words[1:]
    return tuple(words)


def _is_label(word: str) -> bool:
    """A word before a person's first name that is no part of the name: a party, a nationality,
    a day, a sentence adverb or an acronym ("DJ", "UKIP")."""
    return word in NAME_LABELS or word in NOT_ORGANISATIONS or (len(word) > 1 and word.isalpha() and word.isupper())


def _is_personal(words: Sequence[str]) -> bool:
    """Whether words left after a label can be a person's name: capitalised, no role and no
    organisation ("British [Chambers of Commerce]", "Lib [Dem MPs]" keep their first word)."""
    return not is_organisation(words) and all(
        w[:1].isupper() and w.lower() not in PERSON_ROLES and w.lower()[:-1] not in PERSON_ROLES for w in words
    )


def _could_be_organisation(word: str) -> bool:
    """A one-word capitalised name that may be a company or club ("Kraft", "Chelsea"), not a
    place, a date, a role or a plural acronym ("DVDs")."""
    return (
        word.lower() not in FUNCTION_WORDS
        and word not in NOT_ORGANISATIONS
        and word.lower() not in PERSON_ROLES
        and word not in TITLES
        and len(word) > 1
        and not _ACRONYM_PLURAL.fullmatch(word)
    )


def _name_runs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of `_NAME_RUN`, each opening on the particle right before its capital ("of World of
    Warcraft") unless the run before took that particle in."""
    previous = 0
    for match in _NAME_RUN.finditer(text):
        start, end = match.span()
        gap = start
        while gap > previous and text[gap - 1] in " \t":
            gap -= 1
        if gap < start and text[gap - 2 : gap] in _PARTICLE_ENDINGS:
            particle = _PARTICLE_BEFORE.search(text, max(previous, gap - 3), gap)
            if particle is not None:
                start = particle.start()
        yield start, end
        previous = end


def _apposition_before(window: str) -> str | None:
    """The words set off by a comma right before a name ("the club's chairman, Ken Bates"): up to
    60 characters with no stop in them, ending in a comma and whitespace. Read back from the end,
    where an end-anchored search would retry the whole 60-character run at every position."""
    body = window.rstrip()
    if len(body) == len(window) or not body.endswith(","):
        return None
    body = body[:-1]
    start = max(len(body) - _APPOSITION_CHARS, *(body.rfind(stop) + 1 for stop in _APPOSITION_STOPS))
    return body[start:] or None


def is_organisation(words: Sequence[str]) -> bool:
    return any(w in ORGANISATION_WORDS for w in words) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)


@dataclass(frozen=True)
class _Run:
    """What a capitalised run says wherever it stands. Most runs ("The", "Mr Blair") recur
    through a corpus, so each distinct one is read once (`_read_run`)."""

    text: str
    words: tuple[str, ...]
    person: bool
    """Two name words or more and none of an organisation: somebody's name, or a role ("Labour
    leader") when `role` says so."""
    role: bool
    honorific: str
    """The title before a lone name word ("Mr" of "Mr Blair"), else ""."""
    organisation: str
    """The name the run registers as an organisation (see `_could_be_organisation`), else ""."""
    titles: tuple[str, ...]
    """The written words before the name words ("Chancellor" of "Chancellor Gordon Brown")."""
    titled: bool
    adverb_like: bool
    """One word ending in -ly ("Currently"), which may be a fronted adverb (`Registry.fronted`)."""
    lead: int
    """Where the first capitalised word starts: a run may open with a particle ("of World of
    Warcraft"), whose context is the words before it."""


@lru_cache(maxsize=_NAME_CACHE)
def _read_run(run: str) -> _Run:
    words = name_tokens(run)
    raw = run.split()
    person = len(words) >= 2 and not is_organisation(words)
    lone = len(words) == 1 and len(raw) >= 2 and raw[-2] in HONORIFICS
    return _Run(
        text=run,
        words=words,
        person=person,
        role=person and any(w.lower() in PERSON_ROLES for w in words),
        honorific=raw[-2] if lone else "",
        organisation=" ".join(words) if words and (len(words) > 1 or _could_be_organisation(words[0])) else "",
        titles=tuple(raw[: len(raw) - len(words)]),
        titled=any(w in TITLES for w in raw),
        adverb_like=len(words) == 1 and words[0].endswith("ly"),
        lead=next(i for i, c in enumerate(run) if c.isupper()),
    )


@dataclass
class _Sighting:
    """A person's name where a paragraph writes it, kept so that its roles and whether a pronoun
    may point back to it are read only when a look-up needs them."""

    start: int
    end: int
    run: _Run
    full: str
    position: int
    antecedent: bool | None
    """Already decided for a titled lone name ("Mr Blair"), whose sex is read at once; None for a
    full name, decided on demand."""


@dataclass
class _Paragraph:
    """A body paragraph as `Registry.add_text` saw it, for the look-ups only some articles make:
    the holders of roles, the antecedents of pronouns and the organisations named."""

    text: str
    offset: int
    quoted: list[tuple[int, int]]
    sightings: list[_Sighting] = field(default_factory=list)
    organisations: list[tuple[int, str]] = field(default_factory=list)
    """Paragraph offsets and names of the runs that may name an organisation."""

    @cached_property
    def excluded(self) -> list[tuple[int, int]]:
        return excluded_spans(self.text, self.quoted)


def _opens_sentence(text: str, start: int) -> tuple[str, bool]:
    """The non-space characters of the three before `start`, and whether they end a sentence."""
    before = text[max(0, start - 3) : start].rstrip()
    return before, not before or before[-1] in ".!?\"'"


@dataclass
class Registry:
    """Person names and roles in text order, so look-ups prefer the latest mention before a point.

    Names, sexes and fronted adverbs are read as paragraphs are added, since the paragraphs after
    need them; roles, antecedents and organisations only as look-ups reach them (`_read_pending`),
    since most articles never ask and a look-up wants only what stands before its point."""

    names: list[tuple[int, str]] = field(default_factory=list)
    fronted: dict[str, bool] = field(default_factory=dict)
    """Capitalised -ly words and whether every sighting opened a sentence before a comma."""

    genders: dict[str, str] = field(default_factory=dict)
    """"he"/"she" for people whose title or role word tells their sex ("Mr", "actress")."""
    _roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _organisations: list[tuple[int, str, bool]] = field(default_factory=list)
    _antecedents: list[tuple[int, str]] = field(default_factory=list)
    """Names a pronoun may point back to (see `antecedents.is_antecedent`), in text order."""
    _pending: list[_Paragraph] = field(default_factory=list)
    _by_surname: dict[str, list[tuple[int, str, tuple[str, ...]]]] = field(default_factory=dict)
    _by_first_name: dict[str, list[tuple[int, str, tuple[str, ...]]]] = field(default_factory=dict)
    """`names` with their words, by last and by first word: a look-up reads only the names that
    can match instead of splitting every name of the article again."""
    _name_words: set[str] = field(default_factory=set)
    _matches: dict[tuple[tuple[str, ...], bool], list[tuple[int, str]]] = field(default_factory=dict)
    """`_candidates`' answers since the last name was added."""

    def add_text(self, text: str, offset: int, quoted: list[tuple[int, int]]) -> None:
        """Registers the people and organisations of one paragraph; `quoted` holds its quotation
        spans, whose names are nobody a reporter's pronoun points at."""
        paragraph = _Paragraph(text, offset, quoted)
        for start, end in _name_runs(text):
            run = _read_run(text[start:end])
            if not run.person:
                if run.honorific:
                    self._add_titled(paragraph, start, end, run)
                if run.adverb_like:
                    _, opens_sentence = _opens_sentence(text, start)
                    fronted = opens_sentence and text.startswith(",", end)
                    self.fronted[run.words[0]] = self.fronted.get(run.words[0], True) and fronted
                if run.organisation:
                    paragraph.organisations.append((start, run.organisation))
                continue
            if run.role:
                continue
            full = self.person_part(" ".join(run.words))
            position = offset + start
            self._add_name(position, full)
            role = text[max(0, start - 20) : start].split()[-1:]
            sex = phrase_gender(" ".join([*role, *run.titles]))
            if sex is not None:
                self.genders.setdefault(full, sex)
            paragraph.sightings.append(_Sighting(start, end, run, full, position, None))
        self._pending.append(paragraph)

    def _add_name(self, position: int, full: str) -> None:
        words = tuple(full.split())
        self._matches.clear()
        self.names.append((position, full))
        self._by_surname.setdefault(words[-1], []).append((position, full, words))
        self._by_first_name.setdefault(words[0], []).append((position, full, words))
        self._name_words.update(words)

    def _add_titled(self, paragraph: _Paragraph, start: int, end: int, run: _Run) -> None:
        """ "Mr Blair" is a person a pronoun may mean even with no first name in sight; it stands
        for the fullest name known so far."""
        if is_antecedent(paragraph.text, start + run.lead, end, paragraph.excluded, True):
            position = paragraph.offset + start
            full = self.fullest(f"{run.honorific} {run.words[0]}", position)
            paragraph.sightings.append(_Sighting(start, end, run, full, position, True))
            sex = phrase_gender(run.honorific)
            if sex is not None:
                self.genders.setdefault(full, sex)

    def _read_pending(self, position: int) -> None:
        """Roles, antecedents and organisations of the paragraphs added since the last look-up
        that open by `position`: every look-up wants only what stands before its point, so the
        paragraphs after the last look-up are never read."""
        read = 0
        for paragraph in self._pending:
            if paragraph.offset > position:
                break
            self._read_paragraph(paragraph)
            read += 1
        del self._pending[:read]

    def _read_paragraph(self, paragraph: _Paragraph) -> None:
        """Whom its names may be the antecedent of, the roles they hold, the organisations named."""
        text = paragraph.text
        for sighting in paragraph.sightings:
            start, end, run = sighting.start, sighting.end, sighting.run
            antecedent = sighting.antecedent
            if antecedent is None:
                antecedent = is_antecedent(text, start + run.lead, end, paragraph.excluded, run.titled)
            if antecedent:
                self._antecedents.append((sighting.position, sighting.full))
            if run.person:
                self._add_roles(text, start, end, run.text, sighting.full, sighting.position)
        for start, name in paragraph.organisations:
            before, opens_sentence = _opens_sentence(text, start)
            if not before[-1:].isdigit():
                self._organisations.append((paragraph.offset + start, name, opens_sentence))

    def _add_roles(self, text: str, start: int, end: int, run: str, full: str, position: int) -> None:
        around = [run]
        around.append(" ".join(text[max(0, start - 60) : start].split()[-5:]))
        after = _APPOSITION_AFTER.search(text[end : end + 64])
        if after:
            around.append(after.group(1))
        preceding = _apposition_before(text[max(0, start - 64) : start])
        if preceding:
            around.append(preceding)
        for chunk in around:
            for word in _WORD.findall(chunk):
                low = word.lower()
                if low in PERSON_ROLES and full.split()[-1].lower() != low:
                    self._roles.setdefault(low, []).append((position, full))

    def fullest(self, mention: str, position: int) -> str:
        """The fullest name for a mention: the latest full name before `position` sharing its
        surname (or its first name after Sir/Dame), else the first one after; else the mention."""
        raw = mention.split()
        words = name_tokens(mention)
        if not words:
            return mention
        honorific = raw[len(raw) - len(words) - 1] if len(raw) > len(words) else ""
        candidates = self._candidates(words, honorific in ("Sir", "Dame") and len(words) == 1)
        if candidates:
            before = [c for c in candidates if c[0] <= position]
            chosen = max(before, key=lambda c: (c[0], len(c[1])))[1] if before else candidates[0][1]
            longest = max((c[1] for c in candidates if c[1].endswith(chosen)), key=len, default=chosen)
            return longest
        if len(words) == 1 and (honorific in HONORIFICS or honorific in TITLES):
            return f"{honorific} {words[0]}"
        return " ".join(words) if len(words) > 1 or not raw else mention.strip()

    def _candidates(self, words: tuple[str, ...], by_first: bool) -> list[tuple[int, str]]:
        """The names holding all of `words`, found by first name or by surname. Kept until the
        next name is added: attribution asks about the same few speakers again and again."""
        key = (words, by_first)
        found = self._matches.get(key)
        if found is None:
            named = self._by_first_name.get(words[0]) if by_first else self._by_surname.get(words[-1])
            found = [(pos, full) for pos, full, name_words in named or () if all(w in name_words for w in words)]
            self._matches[key] = found
        return found

    def person_part(self, name: str) -> str:
        """The person in "Mr Skeens of Brownsville" or "Steve Radley of EEF": the words before "of"
        when they name a person (a title, two words, or a known name), not "Bank of England" nor
        "British Chambers of Commerce" (a nationality or place is no part of a person's name)."""
        head, found, _ = name.partition(" of ")
        if not found:
            return name
        words = name_tokens(head)
        if not words or is_organisation(words) or any(w in NOT_ORGANISATIONS for w in words):
            return name
        titled = head.split()[0] in HONORIFICS
        return head if titled or len(words) >= 2 or self.knows(words) else name

    def is_sentence_adverb(self, word: str) -> bool:
        """ "Currently, ..." is an adverb, not an organisation: a capitalised -ly word the article
        only ever writes opening a sentence before a comma, and no part of a person's name."""
        return self.fronted.get(word, False) and word not in self._name_words

    def knows(self, words: Sequence[str]) -> bool:
        """Whether the article names a person with these words, surname last."""
        named = self._by_surname.get(words[-1], ())
        return any(all(w in name_words for w in words) for _, _, name_words in named)

    def latest_name(self, position: int) -> str | None:
        """The person most recently introduced with a role, else named, before `position`: whom
        "the actor" means when no one has been given that role."""
        self._read_pending(position)
        holders = [held for entries in self._roles.values() for held in entries if held[0] <= position]
        if holders:
            return max(holders)[1]
        index = bisect_right(self.names, (position, "\uffff"))
        return self.names[index - 1][1] if index else None

    def next_name(self, position: int, window: int) -> str | None:
        """The first person named within `window` characters after `position`: a lead often says
        "the pensions minister has said" and names him in the next sentence."""
        index = bisect_right(self.names, (position, "\uffff"))
        if index < len(self.names) and self.names[index][0] - position <= window:
            return self.names[index][1]
        return None

    def topic_organisation(self, position: int) -> str | None:
        """The organisation named most often before `position` (the latest on a tie): the one a
        story's "the firm" or "the company" means. Names shared with a person are left out, and so
        are words only ever seen opening a sentence ("Shares", "Earlier")."""
        people = self._name_words
        counts: dict[str, tuple[int, int]] = {}
        inside: set[str] = set()
        self._read_pending(position)
        for at, name, opens_sentence in self._organisations:
            if at > position:
                break
            if name not in people:
                counts[name] = (counts.get(name, (0, 0))[0] + 1, at)
                if not opens_sentence:
                    inside.add(name)
        ranked = {name: count for name, count in counts.items() if name in inside}
        return max(ranked, key=ranked.__getitem__) if ranked else None

    def latest_person(self, position: int, window: int, fits: Callable[[str], bool]) -> str | None:
        """The person introduced most recently, within `window` characters before `position`,
        that `fits` the pronoun, for a pronoun with no speaker yet; further back the guess is
        worse than none."""
        self._read_pending(position)
        antecedents = self._antecedents
        index = bisect_right(antecedents, (position, "\uffff"))
        while index and position - antecedents[index - 1][0] <= window:
            if fits(antecedents[index - 1][1]):
                return antecedents[index - 1][1]
            index -= 1
        return None

    def holder(self, role: str, position: int) -> str | None:
        """The person most recently given this role before `position`."""
        self._read_pending(position)
        held = self._roles.get(role)
        if not held:
            return None
        index = bisect_right(held, (position, "\uffff"))
        return held[index - 1][1] if index else None
