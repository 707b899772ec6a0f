"""Segment stage: reads a `Document`, yields a `SegmentedDocument` of typed paragraphs.

Paragraph kinds decide what extraction looks at: a photo credit or a footnote is kept as a row
(users may want it) but must not lend its names or numbers to the article's facts.
"""

from __future__ import annotations

import re

from pipeline.headings import looks_like_heading, looks_like_headline
from pipeline.models import Document, Paragraph, ParagraphKind, SegmentedDocument

_BLANK_LINE = re.compile(r"\n[ \t\f\v\u00a0]*\n")
_CAPTION = re.compile(
    r"^(?:©|\(c\)\s|Photo(?:graph)?s?\s*:|Image\s*:|Picture\s*:|Credit\s*:)"
    r"|\b(?:AP|AFP|Reuters|Getty Images|EPA|PA)\s+Photo\b"
    r"|^[^.]{0,80}\b(?:Photograph|Photo|Image):",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^By\s+(?:[A-Z][\w'’.-]+\s*){1,4}(?:(?:and|,)\s+(?:[A-Z][\w'’.-]+\s*){1,4})*$")
_BOILERPLATE = re.compile(
    r"^(?:Read more|Related|Sign up|Subscribe|Follow us|Click here|Advertisement|Share this)\b",
    re.IGNORECASE,
)
_FOOTNOTE = re.compile(r"^\*+\s*\S")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blank lines separate paragraphs; an article with none uses one line per paragraph."""
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    spans: list[tuple[int, int]] = []
    start = 0
    for match in separator.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for begin, end in spans:
        chunk = text[begin:end]
        stripped = chunk.strip()
        if stripped:
            left = begin + (len(chunk) - len(chunk.lstrip()))
            trimmed.append((left, left + len(stripped)))
    return trimmed


def classify(text: str, body_has_marker: bool, first: bool = False) -> ParagraphKind:
    """Kind of one paragraph from its own text and place; footnotes need a `*` marker in the body."""
    if _CAPTION.search(text):
        return "caption"
    if _FOOTNOTE.match(text) and body_has_marker:
        return "footnote"
    if _BYLINE.match(text):
        return "byline"
    if _BOILERPLATE.match(text):
        return "boilerplate"
    if looks_like_headline(text) if first else looks_like_heading(text):
        return "heading"
    return "body"


def segment(document: Document) -> SegmentedDocument:
    text = document.text
    spans = _paragraph_spans(text)
    marker_in_body = any(
        re.search(r"[\w)\]]\*", text[begin:end]) for begin, end in spans if not _FOOTNOTE.match(text[begin:end])
    )
    paragraphs = [
        Paragraph(
            idx=idx,
            kind=classify(text[begin:end], marker_in_body, first=idx == 0),
            start_char=begin,
            end_char=end,
            text=text[begin:end],
        )
        for idx, (begin, end) in enumerate(spans)
    ]
    return SegmentedDocument(document=document, paragraphs=paragraphs)
