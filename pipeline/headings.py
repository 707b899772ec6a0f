"""What a headline looks like, shared by ingest (the title) and segment (heading paragraphs)."""

from __future__ import annotations

import re

_CLOSING_QUOTES = "'\"’”»"
_SENTENCE_END = tuple(".!?:;,…)")
_STATEMENT_END = re.compile(r"(?<!\.)[.:;,]$")
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+(?=\S)")
MAX_HEADING_WORDS = 14
MAX_HEADLINE_WORDS = 20
_LONGEST_WORD = 25


def _short_line(text: str, max_words: int) -> bool:
    return len(text) <= max_words * _LONGEST_WORD and "\n" not in text and 0 < len(text.split()) <= max_words


def strip_heading_marker(text: str) -> str:
    """`## Results` in a Markdown file is the heading `Results`; the marks are layout, not words."""
    marker = _MARKDOWN_HEADING.match(text)
    return text[marker.end() :] if marker else text


def looks_like_heading(text: str) -> bool:
    """A short line inside an article that does not end like a sentence, or any Markdown heading.
    Closing quotation marks are looked through: `Rover deal 'may cost 2,000 jobs'` is a heading,
    `He said: "We won."` is not.  The length and ending are tested before the words are
    counted: most paragraphs fail one of them."""
    if text.startswith("#") and _MARKDOWN_HEADING.match(text):
        return "\n" not in text
    return (
        len(text) <= MAX_HEADING_WORDS * _LONGEST_WORD
        and not text.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_END)
        and _short_line(text, MAX_HEADING_WORDS)
        and (text[0].isupper() or text[0].isdigit() or text[0] in _CLOSING_QUOTES)
    )


def looks_like_headline(text: str) -> bool:
    """The first line of an article: its position is evidence enough for questions ("Could
    rivalry overshadow election?"), ellipses and lower-case brand names ("iTunes now selling…");
    only a line that ends like a statement is taken for body text."""
    text = strip_heading_marker(text)
    return _short_line(text, MAX_HEADLINE_WORDS) and not _STATEMENT_END.search(text.rstrip(_CLOSING_QUOTES))
