"""Paragraph kinds, and the dateline that opens a wire story.

Kinds decide what extraction looks at: a photo credit, a footnote or a "Sign up for…" line is kept
as a row (users may want it) but must not lend its names or numbers to the article's facts.  A
dateline ("LONDON (Reuters) -") is part of a body paragraph, so it is recorded beside the
paragraph instead of changing its kind.
"""

from __future__ import annotations

import re

from pipeline.headings import looks_like_heading, looks_like_headline
from pipeline.models import ParagraphKind

_CAPTION_START = re.compile(
    r"©|\(c\)\s|(?:Photo(?:graph)?s?|Image|Picture|Credit)\s*:|\(?(?:Photo|Image|Picture)s?\s+(?:by|credit|courtesy)\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\b(?:(?:AP|AFP|Reuters|Getty Images|EPA|PA)\s+Photo\b|(?:Photograph|Photo|Image):|(?-i:(?:REUTERS|AFP|EPA|AP)/\s?[A-Z][a-z]))",
    re.IGNORECASE,
)
CREDIT_WINDOW = 100
"""Credits open or close a caption ("… (AP Photo/Evan Vucci)"); looking only there keeps a body
paragraph that mentions "an AP Photo editor" body, and classification cheap."""
_BYLINE = re.compile(
    r"^By\s+(?:[A-Z][\w'’.-]+\s*){1,4}(?:(?:and|,|\|)\s+(?:[A-Z][\w'’.-]+\s*){1,4})*$"
    r"|^\((?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\b[^)]*\)$"
)
_BOILERPLATE = re.compile(
    r"^(?:Read more|Related(?: stories| articles| coverage| content)?|See also|More on this story|Also read)\s*(?:[:\-–—]|$)"
    r"|^(?:Sign up|Subscribe|Follow us|Click here|Share this|Listen to this article|Download (?:our|the)\b.*\bapp)\b"
    r"|^Advertisement$",
    re.IGNORECASE,
)
_NOTICE_START = re.compile(
    r"Copyright\b|This (?:article|story) (?:was|has been) (?:updated|amended|corrected)\b", re.IGNORECASE
)
_RIGHTS_RESERVED = re.compile(r"\bAll rights reserved\b", re.IGNORECASE)
"""A case-blind search tries every position of the paragraph, so it runs only where the
lower-cased text holds "rved", which any spelling it matches contains (r, v, e and d have no
case-blind look-alikes outside ASCII)."""
_NOTICE_LENGTH = 200
_FOOTNOTE = re.compile(r"^\*+\s*\S")
_FOOTNOTE_MARKER = re.compile(r"[\w)\]]\*")
_DATELINE = re.compile(
    r"(?P<dateline>"
    r"(?:[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]*){0,3}"
    r"(?:,\s+[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
    r"(?:\s+\([A-Z][\w .&/-]{0,30}\))?"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\s+\([A-Z][\w .&/-]{0,30}\))"
    r")\s*[-–—]{1,2}\s+(?=\S)"
)
_NOT_PLACES = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE", "NOTE"})


def _has_credit(window: str) -> bool:
    """The regex only runs where a credit's words are: most paragraphs have none of them."""
    lowered = window.lower()
    return ("/" in window or "photo" in lowered or "image" in lowered) and bool(_CREDIT.search(window))


def _is_notice(text: str) -> bool:
    """A copyright or correction notice, which only a short paragraph can be."""
    return len(text) <= _NOTICE_LENGTH and bool(
        _NOTICE_START.match(text) or ("rved" in text.lower() and _RIGHTS_RESERVED.search(text))
    )


def is_footnote(text: str) -> bool:
    return bool(_FOOTNOTE.match(text))


def has_footnote_marker(text: str) -> bool:
    """A `*` right after a word or bracket ("Daesh (ISIS)*"): what makes a `*` line a footnote."""
    return "*" in text and bool(_FOOTNOTE_MARKER.search(text))


def classify(text: str, body_has_marker: bool, first: bool = False) -> ParagraphKind:
    """Kind of one paragraph from its own text and place; footnotes need a `*` marker in the body."""
    if (
        _CAPTION_START.match(text)
        or _has_credit(text[:CREDIT_WINDOW])
        or (len(text) > CREDIT_WINDOW and _has_credit(text[-CREDIT_WINDOW:]))
    ):
        return "caption"
    if body_has_marker and is_footnote(text):
        return "footnote"
    if _BYLINE.match(text):
        return "byline"
    if _BOILERPLATE.match(text) or _is_notice(text):
        return "boilerplate"
    if looks_like_headline(text) if first else looks_like_heading(text):
        return "heading"
    return "body"


def dateline_of(text: str) -> str | None:
    """`LONDON (Reuters)` from "LONDON (Reuters) - Shares fell…", without the dash."""
    match = _DATELINE.match(text)
    if match is None or match["dateline"].split(maxsplit=1)[0].rstrip(",") in _NOT_PLACES:
        return None
    return match["dateline"]
