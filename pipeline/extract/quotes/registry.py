"""Who the article names: full names and the roles they hold, so that a later "Mr Ingram",
"Rouhani" or "the president" can be written as the fullest name the article gives.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from pipeline.extract.quotes.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_SUFFIXES,
    PERSON_ROLES,
    TITLES,
)

_NAME_RUN = re.compile(
    r"(?:(?:[A-Z]\.|[A-Z][\w'’-]*|\b(?:of|de|van|von|der|bin|al|la|le|du|da)(?=\s+[A-Z]))[ \t]+)*[A-Z][\w'’-]*"
)
_APPOSITION_AFTER = re.compile(r"\A,\s+([^,.;:\"“”]{1,60})")
_APPOSITION_BEFORE = re.compile(r"([^,.;:\"“”]{1,60}),\s+\Z")
_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[\w'’-]+")
_ORG_WORDS = frozenset(
    "Party Office Council Union Commission Bank Ltd Plc plc Inc Group Association Ministry "
    "Department Agency Service Committee Court Police University Foundation Institute Corporation "
    "Company Street Parliament Government News Federation Club League FC United Trust Board "
    "Authority Organisation Organization Society Times Post Journal Securities Capital Fund "
    "Programme Airways Airlines Motors Bureau Centre Center Network Theatre Museum Gallery "
    "Hospital School College Stadium Airport Station Cup Awards Festival Church Channel Radio TV "
    "Television Magazine Records Studios Pictures Entertainment Media Holdings Systems "
    "Technologies Software Labs Games Prize Trophy Championship Championships Open Square "
    "House Hall Road Park Bridge City Street Council's Office's Party's".split()
)


def name_tokens(text: str) -> list[str]:
    """The words of a capitalised run that form the name itself: leading sentence words,
    titles and roles go ("Iranian President Hassan Rouhani" -> Hassan Rouhani); suffixes go."""
    words = text.split()
    if words and words[-1].endswith(("'s", "’s", "'", "’")):
        words[-1] = _POSSESSIVE.sub("", words[-1])
    while words and words[-1] in NAME_SUFFIXES:
        words.pop()
    while words and words[0].lower() in FUNCTION_WORDS:
        words.pop(0)
    owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=-1)
    words = words[owner + 1 :]
    last_title = max((i for i, w in enumerate(words) if w in TITLES or w.rstrip(".") in TITLES), default=-1)
    if 0 <= last_title < len(words) - 1:
        words = words[last_title + 1 :]
    return words


def is_organisation(words: list[str]) -> bool:
    return any(w in _ORG_WORDS for w in words) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)


@dataclass
class Registry:
    """Person names and roles in text order, so look-ups prefer the latest mention before a point."""

    names: list[tuple[int, str]] = field(default_factory=list)
    roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def add_text(self, text: str, offset: int) -> None:
        for match in _NAME_RUN.finditer(text):
            words = name_tokens(match.group())
            if len(words) < 2 or is_organisation(words) or any(w.lower() in PERSON_ROLES for w in words):
                continue
            full = " ".join(words)
            position = offset + match.start()
            self.names.append((position, full))
            self._add_roles(text, match, full, position)

    def _add_roles(self, text: str, match: re.Match[str], full: str, position: int) -> None:
        around = [match.group()]
        around.append(" ".join(text[max(0, match.start() - 60) : match.start()].split()[-5:]))
        after = _APPOSITION_AFTER.search(text[match.end() : match.end() + 64])
        if after:
            around.append(after.group(1))
        preceding = _APPOSITION_BEFORE.search(text[max(0, match.start() - 64) : match.start()])
        if preceding:
            around.append(preceding.group(1))
        for chunk in around:
            for word in _WORD.findall(chunk):
                low = word.lower()
                if low in PERSON_ROLES and full.split()[-1].lower() != low:
                    self.roles.setdefault(low, []).append((position, full))

    def fullest(self, mention: str, position: int) -> str:
        """The fullest name for a mention: the latest full name before `position` sharing its
        surname (or its first name after Sir/Dame), else the first one after; else the mention."""
        raw = mention.split()
        words = name_tokens(mention)
        if not words:
            return mention
        honorific = raw[len(raw) - len(words) - 1] if len(raw) > len(words) else ""
        by_first = honorific in ("Sir", "Dame")
        key = words[0] if by_first and len(words) == 1 else words[-1]
        candidates = [
            (pos, full) for pos, full in self.names
            if (full.split()[0] if by_first and len(words) == 1 else full.split()[-1]) == key
            and all(w in full.split() for w in words)
        ]
        if candidates:
            before = [c for c in candidates if c[0] <= position]
            chosen = max(before, key=lambda c: (c[0], len(c[1])))[1] if before else candidates[0][1]
            longest = max((c[1] for c in candidates if c[1].endswith(chosen)), key=len, default=chosen)
            return longest
        if len(words) == 1 and honorific in HONORIFICS | TITLES:
            return f"{honorific} {words[0]}"
        return " ".join(words) if len(words) > 1 or not raw else mention.strip()

    def latest_name(self, position: int) -> str | None:
        """The person most recently introduced with a role, else named, before `position`: whom
        "the actor" means when no one has been given that role."""
        holders = [held for entries in self.roles.values() for held in entries if held[0] <= position]
        if holders:
            return max(holders)[1]
        index = bisect_right(self.names, (position, "\uffff"))
        return self.names[index - 1][1] if index else None

    def latest_person(self, position: int) -> str | None:
        """The person named most recently before `position`, for a pronoun with no speaker yet."""
        index = bisect_right(self.names, (position, "\uffff"))
        return self.names[index - 1][1] if index else None

    def holder(self, role: str, position: int) -> str | None:
        """The person most recently given this role before `position`."""
        held = self.roles.get(role)
        if not held:
            return None
        index = bisect_right(held, (position, "\uffff"))
        return held[index - 1][1] if index else None
