"""The counted noun phrase after a bare number: "109 traumatic brain injuries", "2,500 troops".

Without a tagger, the phrase is read as the words up to and including the first plural noun
(counts above one agree in number with their noun), stopping at function words, verbs news writes
around figures, punctuation and other numbers.  A count of one takes the words up to a function
word instead ("one particular demand").
"""

from __future__ import annotations

import re

from pipeline.extract.figures import lexicon as lx

MAX_WORDS = 4

_WORD = re.compile(r"[ \u00a0](?P<word>[A-Za-z][A-Za-z'’&-]*)")
_PARTITIVE = re.compile(
    r"[ \u00a0]of(?:[ \u00a0](?:the|its|their|his|her|our|your|these|those)|(?=[ \u00a0][A-Z]\w*['’]s\b))",
)
""""Two of Johnson's deputies", "35m of its Echo devices": the count is of the noun after "of"."""
_STOP = lx.words(
    """a an the of in on at to for from by with without about after before since during between
    among amongst behind beneath below above along inside outside near toward like unlike
    past through throughout despite except amid into onto over under than and or but nor as per each every this that these those
    who whom whose which what where when while is are was were be been being has have had do does
    did will would can could may might must shall should it its they their them he his she her we
    our you your i my me us not no more less most least also only just so up down out off back ago
    later earlier last next said says say told total apiece respectively too very still yet now
    then there here all both either neither such another same own if unless until whereas
    always perhaps besides towards afterwards sometimes across against via versus vs within upon
    including plus minus compared around nearly almost roughly about away each overall alone
    instead thus hence however although though because whether"""
)
_JOINERS = frozenset({"and", "or"})
"""Inside a plural phrase only: "4.3m digital and physical sales", "460 Kia and Hyundai vehicles"."""
_IRREGULAR_PLURALS = lx.words(
    """people men women children police staff personnel cattle sheep fish deer feet teeth mice
    geese crew aircraft livestock data media clergy offspring folk youth troops"""
)


def _is_stop(word: str) -> bool:
    """Acronyms are names, not pronouns: "US bases" keeps its "US"."""
    return word.lower() in _STOP and not (len(word) > 1 and word.isupper())


def _is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    return (
        lower.endswith("men")
        or len(lower) > 2
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "'s", "’s"))
    )


def counted_noun(text: str, position: int, singular: bool) -> tuple[str, int] | None:
    """The noun phrase starting after `position` and where it ends, or None when there is none."""
    found = _phrase(text, position, singular)
    if found is None and not singular:
        partitive = _PARTITIVE.match(text, position)
        if partitive is not None:
            found = _phrase(text, partitive.end(), singular)
    return found


def _phrase(text: str, position: int, singular: bool) -> tuple[str, int] | None:
    words: list[re.Match[str]] = []
    cursor = position
    while len(words) < MAX_WORDS:
        found = _WORD.match(text, cursor)
        if found is not None and words and not singular and found.group("word") in _JOINERS:
            words.append(found)
            cursor = found.end()
            continue
        if found is None or _is_stop(found.group("word")):
            break
        words.append(found)
        cursor = found.end()
        if not singular and _is_plural(found.group("word")):
            return text[words[0].start("word") : cursor], cursor
    if singular and words:
        last = min(len(words), 2)
        return text[words[0].start("word") : words[last - 1].end()], words[last - 1].end()
    return None
