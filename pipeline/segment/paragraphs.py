"""Paragraph spans: blank lines always separate paragraphs; a single newline does too, unless the
document is hard-wrapped (lines cut at a fixed width, as in e-mail and wire copy), where it is
just a space.

Whether a document is hard-wrapped is decided once for the whole document, from how its single
newlines fall: in wrapped text most of them land mid-sentence (the next line goes on in lower
case, or a full-width line stops without punctuation), in one-paragraph-per-line text almost none
do.  Inside wrapped text a paragraph still ends
where the next line is indented or starts a list item, or where its first word would have fitted
on the line before — a greedy wrapper would have put it there, so the break was meant.
"""

from __future__ import annotations

import itertools
import re

_BLANK_LINE = re.compile(r"\n[ \t\f\v\u00a0]*\n")
_CONTINUES = (",", ";", "-", "(")
_ENDS = tuple(".!?:…\"'”’)")
FULL_LINE = 0.6
_LIST_ITEM = re.compile(r"(?:[-*•–]|\d{1,2}[.)])\s")
_SENTENCE_START = re.compile(r"[\"'“‘(\[]?[A-Z0-9]")
WRAPPED_SHARE = 0.3
"""Share of single newlines that fall mid-sentence above which a document is taken as wrapped;
wrapped prose runs at 0.6-0.8, one paragraph per line near 0."""

Span = tuple[int, int]


def _trimmed(text: str, begin: int, end: int) -> Span | None:
    left = text[begin:end].lstrip()
    if not left:
        return None
    start = end - len(left)
    return start, start + len(left.rstrip())


def _split(text: str, begin: int, end: int, separator: re.Pattern[str]) -> list[Span]:
    spans: list[Span] = []
    for match in separator.finditer(text, begin, end):
        if (span := _trimmed(text, begin, match.start())) is not None:
            spans.append(span)
        begin = match.end()
    if (span := _trimmed(text, begin, end)) is not None:
        spans.append(span)
    return spans


def _lines(text: str, block: Span) -> list[Span]:
    """Line spans inside a block, indentation included so that it can be measured."""
    spans = []
    begin = block[0]
    while (newline := text.find("\n", begin, block[1])) != -1:
        spans.append((begin, newline))
        begin = newline + 1
    spans.append((begin, block[1]))
    return [(b, e) for b, e in spans if text[b:e].strip()]


def _continues(previous: str, following: str) -> bool:
    """The next line goes on in lower case, or the line stopped on a comma or hyphen."""
    return following[0].islower() or previous.endswith(_CONTINUES)


def _cut(previous: str, width: int) -> bool:
    """A full-width line that stops without punctuation was probably cut; a short one may be a
    heading, so this alone is weaker evidence."""
    return not previous.endswith(_ENDS) and len(previous) >= FULL_LINE * width


def _is_wrapped(text: str, blocks: list[list[Span]], width: int) -> bool:
    pairs = [
        (text[a[0] : a[1]].rstrip(), text[b[0] : b[1]].lstrip()) for lines in blocks for a, b in itertools.pairwise(lines)
    ]
    continued = sum(_continues(previous, following) for previous, following in pairs)
    mid_sentence = sum(_continues(previous, following) or _cut(previous, width) for previous, following in pairs)
    return (continued > 0 or mid_sentence > 1) and mid_sentence >= WRAPPED_SHARE * len(pairs)


def _indent(text: str, line: Span) -> int:
    content = text[line[0] : line[1]]
    return len(content) - len(content.lstrip())


def _meant_break(text: str, previous: Span, following: Span, width: int) -> bool:
    body = text[following[0] : following[1]].lstrip()
    if _indent(text, following) > _indent(text, previous) or _LIST_ITEM.match(body):
        return True
    first_word = body.split(maxsplit=1)[0]
    line = text[previous[0] : previous[1]].rstrip()
    return bool(_SENTENCE_START.match(body)) and len(line) + 1 + len(first_word) <= width


def _unwrap(text: str, lines: list[Span], width: int) -> list[Span]:
    spans: list[Span] = []
    start = lines[0][0]
    for previous, following in itertools.pairwise(lines):
        if _meant_break(text, previous, following, width):
            spans.append((start, previous[1]))
            start = following[0]
    spans.append((start, lines[-1][1]))
    return [span for b, e in spans if (span := _trimmed(text, b, e)) is not None]


def paragraph_spans(text: str) -> list[Span]:
    """Paragraph spans, trimmed.  Most articles put a blank line between paragraphs and no
    single newline anywhere: their blocks are their paragraphs, and wrapping cannot arise."""
    spans = _split(text, 0, len(text), _BLANK_LINE)
    if all(text.find("\n", begin, end) == -1 for begin, end in spans):
        return spans
    blocks = [_lines(text, block) for block in spans]
    width = max((e - b for lines in blocks for b, e in lines), default=0)
    if not _is_wrapped(text, blocks, width):
        return [span for lines in blocks for b, e in lines if (span := _trimmed(text, b, e)) is not None]
    return [span for lines in blocks for span in _unwrap(text, lines, width)]
