"""Whether a person is a "he" or a "she", read only from the article: the title it gives them
(Mr, Mrs, Sir, Dame), a sexed role word ("spokeswoman", "her husband") and the pronouns it has
already used for them. A first name says nothing here: without a name list it would be a guess.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.extract.quotes.lexicon import FEMALE_WORDS, MALE_WORDS

_PHRASE_CACHE = 4096
"""Distinct phrases kept by `phrase_gender`: every pronoun check asks again about the same few
speakers."""


def word_gender(word: str) -> str | None:
    """ "he" or "she" for a title or role word that tells a person's sex, else None."""
    if word in MALE_WORDS:
        return "he"
    if word in FEMALE_WORDS:
        return "she"
    return None


@lru_cache(maxsize=_PHRASE_CACHE)
def phrase_gender(phrase: str) -> str | None:
    """The sex the first telling word of a description or titled name shows ("a spokeswoman
    for the ICO", "Mr Dean"); in "Mrs Thatcher's spokesman" the owner's title tells nothing
    about the spokesman."""
    words = phrase.split()
    owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=-1)
    for word in words[owner + 1 :]:
        found = word_gender(word)
        if found is not None:
            return found
    return None
