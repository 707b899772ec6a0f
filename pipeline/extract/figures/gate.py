"""Cheap first checks that let a large case-insensitive pattern run only where it may match.

`scan.QUANTITY` is one such pattern.  Searched over a paragraph, the regex engine tries it at every
word start, and case-insensitive alternatives cannot be rejected on their first character, so that
search was over half of the extractor's time although few word starts begin a number.  A gate is
a prefix tree of what the pattern may start with (a digit, a currency sign, a number word, "a
million"), written in plain character classes ("[tT]") that the engine rejects in a few steps; a
quantity gate starts at the character before the word, which lets the engine skip letters without
entering it.  A gate must open wherever the full pattern could match and may open where it does
not: the full pattern then decides.

Each gate also comes in lower case, for ASCII text lowered once per document: there every form is
a run of single characters, which the engine rejects in one comparison each, where a class costs
a call; that form is a third cheaper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_FOLDED_TO_ASCII = {"i": "İı", "k": "\u212a", "s": "ſ"}
"""Characters outside ASCII that `re.IGNORECASE` matches to an ASCII letter ("ſix" reads six)."""
_ANY_NON_ASCII = "\\x80-\\U0010ffff"

_Tree = dict[tuple[str, bool], "_Tree"]
_END = ("", False)
"""Marks where a form ends: a shorter form is a prefix of every longer one, so the tree stops there."""


@dataclass(frozen=True)
class Gate:
    """`caseless` reads any text as written; `lowercase` reads an ASCII text lowered, and opens
    wherever `caseless` does on the text as written (and a little more: "US$" lowered opens at
    "us$", "EUR" at "europe").  It leaves out the forms outside ASCII ("£", "€"): every branch
    costs a step at each blank of the text."""

    caseless: re.Pattern[str]
    lowercase: re.Pattern[str]


def compile_gate(not_before: str, caseless: Iterable[str], cased: Iterable[str], patterns: Iterable[str]) -> Gate:
    """A pattern matching the character before a possible quantity and nothing of the quantity.

    `not_before` is the body of the character class the full pattern refuses right before a
    quantity; `caseless`, `cased` and `patterns` are what a quantity may start with (see
    `prefix_tree`).  Characters outside ASCII all pass as the one before: the class stays a small
    table, and the full pattern rejects those it refuses.
    """
    refused = re.compile(f"[{not_before}]")
    before = f"[{''.join(re.escape(c) for c in map(chr, range(128)) if not refused.match(c))}{_ANY_NON_ASCII}]"
    caseless, cased, patterns = list(caseless), list(cased), list(patterns)
    lowered = [form.lower() for form in (*caseless, *cased) if form.isascii()]
    return Gate(
        caseless=re.compile(f"{before}(?={prefix_tree(caseless, cased, patterns)})"),
        lowercase=re.compile(f"{before}(?={prefix_tree((), lowered, patterns)})"),
    )


def lowered_ascii(text: str) -> str | None:
    """`text` in lower case for `Gate.lowercase`, or None when it is not ASCII: outside ASCII,
    lower case may change the length ("İ") or miss a case fold ("ſ" reads "s")."""
    return text.lower() if text.isascii() else None


def prefix_tree(caseless: Iterable[str], cased: Iterable[str], patterns: Iterable[str] = ()) -> str:
    """A regex matching the start of every form listed, and more: a form that is a prefix of
    another ends the branch.  A blank in a form stands for any run of blanks; `patterns` are regex
    alternatives for starts no list can spell ("\\d")."""
    return f"(?:{'|'.join([*patterns, _emit(_tree(caseless, cased))])})"


def form_tree(caseless: Iterable[str], cased: Iterable[str]) -> str:
    """A regex matching exactly the forms listed, a longer form tried before a shorter one it
    extends, as an alternation sorted longest first tries them.

    The forms that match at one place all lie on the one path the text spells, so both try the
    same forms in the same order; but the engine reaches that path in a few single-character
    steps, where a case-insensitive alternation of a few hundred units is tried form by form."""
    return _emit_all(_tree(caseless, cased))


def _tree(caseless: Iterable[str], cased: Iterable[str]) -> _Tree:
    tree: _Tree = {}
    for forms, is_caseless in ((caseless, True), (cased, False)):
        for form in forms:
            node = tree
            for char in form:
                key = (char.lower(), True) if is_caseless and char.isalpha() else (char, False)
                node = node.setdefault(key, {})
            node[_END] = {}
    return tree


def _emit(tree: _Tree) -> str:
    if _END in tree:
        return ""
    branches = [_character(*key) + _emit(child) for key, child in sorted(tree.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _emit_all(tree: _Tree) -> str:
    """Every branch in full; where a form ends inside a longer one, the empty branch comes last."""
    branches = [_character(*key) + _emit_all(child) for key, child in sorted(tree.items()) if key != _END]
    if _END in tree:
        branches.append("")
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _character(char: str, caseless: bool) -> str:
    if char == " ":
        return r"\s+"
    if caseless and char.isascii():
        return f"[{char}{char.upper()}{_FOLDED_TO_ASCII.get(char, '')}]"
    if caseless:
        return f"(?i:{re.escape(char)})"
    return re.escape(char)


def search(
    pattern: re.Pattern[str], gate: Gate, text: str, position: int, end: int, lowered: str | None = None
) -> re.Match[str] | None:
    """What `pattern.search(text, position, end)` finds, trying `pattern` only where `gate` opens.

    `lowered` is `lowered_ascii(text)`, computed once per document by the caller; without it the
    caseless gate reads `text`.  The gate consumes the character before a candidate, so it is
    searched from one character earlier; at the very start of the text there is none, and the
    pattern is tried there directly.
    """
    if position == 0 and (found := pattern.match(text, 0, end)) is not None:
        return found
    opener, gated = (gate.caseless, text) if lowered is None else (gate.lowercase, lowered)
    cursor = max(position - 1, 0)
    while (opening := opener.search(gated, cursor, end)) is not None:
        cursor = opening.end()
        if (found := pattern.match(text, cursor, end)) is not None:
            return found
    return None
