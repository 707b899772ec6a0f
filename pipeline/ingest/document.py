"""Decoded text to `Document`: the one place text is normalised and metadata is cleaned.

All offsets downstream point into the text produced here, so normalisation happens exactly once:
NFC, a leading BOM dropped, every line ending turned into `\\n`; quotes and dashes stay as
written, because quotes are extracted by their marks.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
import unicodedata

from pipeline.headings import looks_like_headline, strip_heading_marker
from pipeline.ingest.options import IngestError
from pipeline.models import Document

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def normalize(text: str) -> str:
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_of(text: str) -> str | None:
    """The first line is the headline when it is short and stands alone, as news files have it."""
    first, _, rest = text.partition("\n")
    first = strip_heading_marker(first.strip())
    return first if looks_like_headline(first) and rest.startswith("\n") else None


def clean_field(value: object) -> str | None:
    """Metadata as one NFC line: feeds and pages pad titles with newlines and runs of spaces."""
    if value is None:
        return None
    text = " ".join(normalize(str(value)).split())
    return text or None


def parse_published(value: str | None) -> dt.date | None:
    """The date an article carries, from ISO 8601 (feeds, `<meta>`, JSON-LD) or RFC 2822 (RSS);
    the date as written, without converting time zones, since that is the date the outlet meant."""
    if not value:
        return None
    iso = _ISO_DATE.match(value.strip())
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def document_from_text(
    text: str,
    source_uri: str,
    *,
    encoding: str = "utf-8",
    title: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    external_id: str | None = None,
) -> Document:
    text = normalize(text)
    if not text.strip():
        raise IngestError(source_uri, "no text (the input is empty or only white space)")
    return Document(
        source_uri=source_uri,
        sha256=sha256_of(text),
        title=clean_field(title) or title_of(text),
        text=text,
        published=published,
        url=clean_field(url),
        outlet=clean_field(outlet),
        external_id=clean_field(external_id),
        encoding=encoding,
    )
