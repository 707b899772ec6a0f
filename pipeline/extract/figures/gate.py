"""Cheap first checks that let a large case-insensitive pattern run only where it may match.

`scan.QUANTITY` is one such pattern.  Searched over a paragraph, the regex engine tries it at every
word start, and case-insensitive alternatives cannot be rejected on their first character, so that
search was over half of the extractor's time although few word starts begin a number.  A gate is
a prefix tree of what the pattern may start with (a digit, a currency sign, a number word, "a
million"), written in plain character classes ("[tT]") that the engine rejects in a few steps; a
quantity gate starts at the character before the word, which lets the engine skip letters without
entering it.  A gate must open wherever the full pattern could match and may open where it does
not: the full pattern then decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_FOLDED_TO_ASCII = {"i": "İı", "k": "\u212a", "s": "ſ"}
"""Characters outside ASCII that `re.IGNORECASE` matches to an ASCII letter ("ſix" reads six)."""
_ANY_NON_ASCII = "\\x80-\\U0010ffff"

_Tree = dict[tuple[str, bool], "_Tree"]
_END = ("", False)
"""Marks where a form ends: a shorter form is a prefix of every longer one, so the tree stops there."""


def compile_gate(
    not_before: str, caseless: Iterable[str], cased: Iterable[str], patterns: Iterable[str]
) -> re.Pattern[str]:
    """A pattern matching the character before a possible quantity and nothing of the quantity.

    `not_before` is the body of the character class the full pattern refuses right before a
    quantity; `caseless`, `cased` and `patterns` are what a quantity may start with (see
    `prefix_tree`).  Characters outside ASCII all pass as the one before: the class stays a small
    table, and the full pattern rejects those it refuses.
    """
    refused = re.compile(f"[{not_before}]")
    before = "".join(re.escape(c) for c in map(chr, range(128)) if not refused.match(c))
    return re.compile(f"[{before}{_ANY_NON_ASCII}](?={prefix_tree(caseless, cased, patterns)})")


def prefix_tree(caseless: Iterable[str], cased: Iterable[str], patterns: Iterable[str] = ()) -> str:
    """A regex matching the start of every form listed, and more: a form that is a prefix of
    another ends the branch.  A blank in a form stands for any run of blanks; `patterns` are regex
    alternatives for starts no list can spell ("\\d")."""
    tree: _Tree = {}
    for forms, is_caseless in ((caseless, True), (cased, False)):
        for form in forms:
            node = tree
            for char in form:
                key = (char.lower(), True) if is_caseless and char.isalpha() else (char, False)
                node = node.setdefault(key, {})
            node[_END] = {}
    return f"(?:{'|'.join([*patterns, _emit(tree)])})"


def _emit(tree: _Tree) -> str:
    if _END in tree:
        return ""
    branches = [_character(*key) + _emit(child) for key, child in sorted(tree.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _character(char: str, caseless: bool) -> str:
    if char == " ":
        return r"\s+"
    if caseless and char.isascii():
        return f"[{char}{char.upper()}{_FOLDED_TO_ASCII.get(char, '')}]"
    if caseless:
        return f"(?i:{re.escape(char)})"
    return re.escape(char)


def search(pattern: re.Pattern[str], gate: re.Pattern[str], text: str, position: int, end: int) -> re.Match[str] | None:
    """What `pattern.search(text, position, end)` finds, trying `pattern` only where `gate` opens.

    The gate consumes the character before a candidate, so it is searched from one character
    earlier; at the very start of the text there is none, and the pattern is tried there directly.
    """
    if position == 0 and (found := pattern.match(text, 0, end)) is not None:
        return found
    cursor = max(position - 1, 0)
    while (opening := gate.search(text, cursor, end)) is not None:
        cursor = opening.end()
        if (found := pattern.match(text, cursor, end)) is not None:
            return found
    return None
