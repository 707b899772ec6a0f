"""Segment stage: reads a `Document`, yields a `SegmentedDocument` of typed paragraphs and the
sentences inside them.

Sentences never cross a paragraph, and every span is checked against the document text by the
model, so extractors can rely on `text[start_char:end_char]` whatever layout the article had.
"""

from __future__ import annotations

from pipeline.models import Document, SegmentedDocument
from pipeline.segment.kinds import classify, dateline_of, has_footnote_marker, is_footnote
from pipeline.segment.paragraphs import paragraph_spans
from pipeline.segment.sentences import sentence_breaks, sentence_spans

__all__ = ["classify", "segment"]


def segment(document: Document) -> SegmentedDocument:
    """Paragraphs and sentences go in as plain fields and are validated in one call for the
    whole document: building each record on its own cost more than finding them.  Most
    articles have no `*` at all, so the footnote-marker scan is skipped for them."""
    text = document.text
    spans = paragraph_spans(text)
    breaks = sentence_breaks(text)
    chunks = [text[begin:end] for begin, end in spans]
    marker_in_body = "*" in text and any(has_footnote_marker(chunk) for chunk in chunks if not is_footnote(chunk))
    paragraphs: list[dict[str, object]] = []
    sentences: list[dict[str, object]] = []
    dateline_open = True
    for idx, ((begin, end), chunk) in enumerate(zip(spans, chunks)):
        kind = classify(chunk, marker_in_body, first=idx == 0)
        dateline = dateline_of(chunk) if kind == "body" and dateline_open else None
        dateline_open = dateline_open and kind != "body"
        paragraphs.append(
            {"idx": idx, "kind": kind, "start_char": begin, "end_char": end, "text": chunk, "dateline": dateline}
        )
        sentences += [
            {"paragraph_idx": idx, "idx": n, "start_char": start, "end_char": stop, "text": text[start:stop]}
            for n, (start, stop) in enumerate(sentence_spans(breaks, begin, end), len(sentences))
        ]
    return SegmentedDocument.model_validate({"document": document, "paragraphs": paragraphs, "sentences": sentences})
