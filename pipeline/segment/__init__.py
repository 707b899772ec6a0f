"""Segment stage: reads a `Document`, yields a `SegmentedDocument` of typed paragraphs and the
sentences inside them.

Sentences never cross a paragraph, and every span is checked against the document text by the
model, so extractors can rely on `text[start_char:end_char]` whatever layout the article had.
"""

from __future__ import annotations

from pipeline.models import Document, Paragraph, SegmentedDocument, Sentence
from pipeline.segment.kinds import classify, dateline_of, has_footnote_marker, is_footnote
from pipeline.segment.paragraphs import paragraph_spans
from pipeline.segment.sentences import sentence_ends, sentence_spans

__all__ = ["classify", "segment"]


def segment(document: Document) -> SegmentedDocument:
    text = document.text
    spans = paragraph_spans(text)
    ends = sentence_ends(text)
    chunks = [text[begin:end] for begin, end in spans]
    marker_in_body = any(has_footnote_marker(chunk) for chunk in chunks if not is_footnote(chunk))
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    dateline_open = True
    for idx, ((begin, end), chunk) in enumerate(zip(spans, chunks)):
        kind = classify(chunk, marker_in_body, first=idx == 0)
        dateline = dateline_of(chunk) if kind == "body" and dateline_open else None
        dateline_open = dateline_open and kind != "body"
        paragraphs.append(Paragraph(idx=idx, kind=kind, start_char=begin, end_char=end, text=chunk, dateline=dateline))
        first = len(sentences)
        sentences.extend(
            Sentence(paragraph_idx=idx, idx=first + n, start_char=s, end_char=e, text=text[s:e])
            for n, (s, e) in enumerate(sentence_spans(text, begin, end, ends))
        )
    return SegmentedDocument(document=document, paragraphs=paragraphs, sentences=sentences)
