"""The pure half of the load stage: reads an `ExtractedDocument`, yields a `PreparedDocument`,
the row values load writes for it, without touching the database.

It exists so that with `--workers` the rows are built in the worker processes: a prepared
record is plain tuples, strings and numbers, several times cheaper to pickle and unpickle than
the pydantic models it comes from, and leaves the main process (the one writer, and the serial
part of a run) only the database ids to fill in.  Ids are assigned at insert, so rows refer to
their paragraph by its index in the document, as the models do.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

from pydantic import BaseModel

from pipeline.extract import versions_key
from pipeline.models import Document, ExtractedDocument, Figure, Paragraph, Quote, Sentence
from pipeline.store import schema

Values = tuple[Any, ...]
"""A row's values: str, int, float, bool, a date or None, of the types its columns hold."""


def _columns(model: type[BaseModel], table: type[schema.Base]) -> tuple[str, ...]:
    """A model's fields that are columns of its table, in the table's order: the order of an
    insert's parameters, so load can hand most rows to the driver without reordering them."""
    return tuple(column.name for column in table.__table__.columns if column.name in model.model_fields)


DOCUMENT_COLUMNS = (*_columns(Document, schema.Document), "extracted_with")
PARAGRAPH_COLUMNS = _columns(Paragraph, schema.Paragraph)
SENTENCE_COLUMNS = _columns(Sentence, schema.Sentence)
QUOTE_COLUMNS = _columns(Quote, schema.Quote)
FIGURE_COLUMNS = _columns(Figure, schema.Figure)
SPEAKER_COLUMNS = ("name", "kind", "quote_count")
QUOTE_SPEAKER = QUOTE_COLUMNS.index("speaker")
"""Where a quote row holds its speaker's name, which load turns into a `speakers` id."""


class PreparedDocument(NamedTuple):
    """One document's rows, each a tuple in the order of the `*_COLUMNS` above.

    `sentences` rows start with their paragraph's index; `quotes` and `figures` rows with their
    paragraph's index, then the extractor and extractor version their provenance names."""

    source_uri: str
    sha256: str
    extracted_with: str
    document: Values
    paragraphs: tuple[Values, ...]
    sentences: tuple[Values, ...]
    speakers: tuple[Values, ...]
    quotes: tuple[Values, ...]
    figures: tuple[Values, ...]


def _values(record: BaseModel, columns: tuple[str, ...]) -> Values:
    return tuple(getattr(record, name) for name in columns)


def _speakers(quotes: list[Quote]) -> tuple[Values, ...]:
    """One row per distinct speaker name, in order of first quote; its kind is the one its last
    quote gives."""
    counts = Counter(q.speaker for q in quotes if q.speaker)
    kinds = {q.speaker: q.speaker_type for q in quotes if q.speaker}
    return tuple((name, kinds[name], count) for name, count in counts.items())


def _facts(
    facts: list[Quote] | list[Figure], columns: tuple[str, ...], default_extractor: str, versions: dict[str, str]
) -> tuple[Values, ...]:
    rows = []
    for fact in facts:
        extractor = fact.extractor or default_extractor
        rows.append((fact.paragraph_idx, extractor, versions.get(extractor, "unknown"), *_values(fact, columns)))
    return tuple(rows)


def prepare(extracted: ExtractedDocument) -> PreparedDocument:
    """The rows load writes for `extracted`; pure, so it can run in a worker process."""
    doc = extracted.document
    versions = {info.name: info.version for info in extracted.extractors}
    key = versions_key(extracted.extractors)
    return PreparedDocument(
        source_uri=doc.source_uri,
        sha256=doc.sha256,
        extracted_with=key,
        document=(*_values(doc, DOCUMENT_COLUMNS[:-1]), key),
        paragraphs=tuple(_values(p, PARAGRAPH_COLUMNS) for p in extracted.paragraphs),
        sentences=tuple((s.paragraph_idx, *_values(s, SENTENCE_COLUMNS)) for s in extracted.sentences),
        speakers=_speakers(extracted.quotes),
        quotes=_facts(extracted.quotes, QUOTE_COLUMNS, schema.Quote.__tablename__, versions),
        figures=_facts(extracted.figures, FIGURE_COLUMNS, schema.Figure.__tablename__, versions),
    )
