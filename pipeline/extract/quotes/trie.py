"""Word lists as regular expressions that Python's `re` can scan quickly.

`re` tries the branches of an alternation one after another, so "said|says|saying|..." over three
hundred verbs costs three hundred attempts at every word. Nested by shared prefix
("sa(?:id|y(?:ing|s)?)"), a branch fails on its first letter and a word costs a few steps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_alternation(words: Iterable[str]) -> str:
    """A pattern matching exactly the given non-empty words, safe to concatenate; wrap it in
    `\\b` to find them as whole words."""
    return _branches({*words})


def _branches(tails: set[str]) -> str:
    """The alternation of what may follow a shared prefix; an empty tail (the prefix is a word
    itself) makes it optional."""
    heads: dict[str, set[str]] = {}
    for tail in tails:
        if tail:
            heads.setdefault(tail[0], set()).add(tail[1:])
    if not heads:
        return ""
    branches = [re.escape(head) + _branches(rest) for head, rest in sorted(heads.items())]
    if len(branches) == 1 and "" not in tails:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in tails else group
