"""Records that flow between the stages: ingest -> segment -> extract -> load.

They are the only thing the stages share, so they are strict (`extra="forbid"`) and frozen: a
stage can trust what it reads and cannot mutate what an earlier stage produced.  Every span is a
Python code-point `[start_char, end_char)` range into `Document.text`, which matches SQL `substr`
on the stored, NFC-normalised text.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

ParagraphKind = Literal["body", "heading", "caption", "footnote", "byline", "boilerplate"]
FigureKind = Literal["count", "money", "percent", "measure", "age", "duration", "date", "time", "set", "score"]
Change = Literal["=", "~", ">", "<", "up", "down"]
SpeakerType = Literal["person", "organisation", "description"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Record):
    """A piece of the document text; the invariant `text == document.text[start:end]` is checked
    where the span meets its document (see `SegmentedDocument` and `ExtractedDocument`)."""

    start_char: int
    end_char: int
    text: str


class Document(Record):
    """`source_uri` is where the text came from (a path, `path#line` for JSON Lines, or a URL);
    `external_id`, `url`, `outlet` and `published` are the article's own metadata when the input
    carries them."""

    source_uri: str
    sha256: str
    title: str | None = None
    text: str
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    external_id: str | None = None
    encoding: str = "utf-8"


class Paragraph(Span):
    """`dateline` is the wire dateline that opens a story's first body paragraph ("LONDON
    (Reuters)"), a prefix of `text`; it stays in the text, which remains body."""

    idx: int
    kind: ParagraphKind
    dateline: str | None = None


class Sentence(Span):
    paragraph_idx: int
    idx: int


class Quote(Span):
    """`text` is the quoted words without the quotation marks; `extractor` is stamped by the
    extract stage so provenance can name who produced the row."""

    paragraph_idx: int
    extractor: str | None = None
    speaker: str | None = None
    speaker_type: SpeakerType | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    is_partial: bool = False


class Figure(Span):
    """`value` is what SQL compares and sums; `value_text` holds an ISO 8601 value for dates,
    times and durations ("2021-01-15", "2019-01", "P1Y")."""

    paragraph_idx: int
    extractor: str | None = None
    value: float | None = None
    value_high: float | None = None
    value_text: str | None = None
    unit: str | None = None
    kind: FigureKind
    change: Change = "="


class ExtractorInfo(Record):
    name: str
    version: str


def _check_spans(text: str, spans: list[Span], what: str) -> None:
    for span in spans:
        if text[span.start_char : span.end_char] != span.text:
            raise ValueError(
                f"{what} [{span.start_char}:{span.end_char}] {span.text!r} does not match the "
                "document text at those offsets"
            )


class SegmentedDocument(Record):
    document: Document
    paragraphs: list[Paragraph]
    sentences: list[Sentence] = []

    @model_validator(mode="after")
    def _offsets_match(self) -> SegmentedDocument:
        _check_spans(self.document.text, list(self.paragraphs), "paragraph")
        _check_spans(self.document.text, list(self.sentences), "sentence")
        return self


class ExtractedDocument(Record):
    document: Document
    paragraphs: list[Paragraph]
    sentences: list[Sentence] = []
    quotes: list[Quote]
    figures: list[Figure]
    extractors: list[ExtractorInfo]

    @model_validator(mode="after")
    def _offsets_match(self) -> ExtractedDocument:
        text = self.document.text
        _check_spans(text, list(self.paragraphs), "paragraph")
        _check_spans(text, list(self.sentences), "sentence")
        _check_spans(text, list(self.quotes), "quote")
        _check_spans(text, list(self.figures), "figure")
        return self
