"""`prepare`: what a worker sends to load instead of the models is plain data, and loading it
stores exactly what the `ExtractedDocument` it came from says, ids filled in."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from pipeline.extract import extract
from pipeline.ingest import read_file
from pipeline.load import load_batch, start_run
from pipeline.load_rows import (
    DOCUMENT_COLUMNS,
    FIGURE_COLUMNS,
    PARAGRAPH_COLUMNS,
    QUOTE_COLUMNS,
    SENTENCE_COLUMNS,
    PreparedDocument,
    prepare,
)
from pipeline.models import Document, ExtractedDocument, Figure, Paragraph, Quote, Sentence
from pipeline.segment import segment
from tests.conftest import SEED, query

PLAIN = (str, int, float, type(None), dt.date)


@pytest.fixture(scope="module")
def extracted() -> ExtractedDocument:
    return extract(segment(read_file(SEED)))


def _leaves(value: object) -> Iterator[object]:
    if isinstance(value, tuple):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def test_a_prepared_record_is_plain_tuples_and_values(extracted: ExtractedDocument) -> None:
    prepared = prepare(extracted)

    assert extracted.quotes and extracted.figures, "the seed exercises every kind of row"
    assert all(isinstance(leaf, PLAIN) for leaf in _leaves(tuple(prepared)))
    assert pickle.loads(pickle.dumps(prepared)) == prepared


@pytest.mark.parametrize(
    ("model", "columns", "not_stored"),
    [
        (Document, DOCUMENT_COLUMNS, set()),
        (Paragraph, PARAGRAPH_COLUMNS, set()),
        (Sentence, SENTENCE_COLUMNS, {"paragraph_idx"}),
        (Quote, QUOTE_COLUMNS, {"paragraph_idx", "extractor", "speaker_type"}),
        (Figure, FIGURE_COLUMNS, {"paragraph_idx", "extractor"}),
    ],
)
def test_every_field_is_stored_except_those_load_resolves(
    model: type[Document], columns: tuple[str, ...], not_stored: set[str]
) -> None:
    """A field added to a model without a column would otherwise be dropped silently."""
    assert set(model.model_fields) - not_stored == set(columns) - {"extracted_with"}


def test_loading_a_prepared_record_stores_what_the_models_say(
    extracted: ExtractedDocument, engine: Engine, db_path: Path
) -> None:
    prepared: PreparedDocument = pickle.loads(pickle.dumps(prepare(extracted)))

    result = load_batch(engine, [prepared], start_run(engine, "test"))

    doc = extracted.document
    assert result.outcomes == [(doc.source_uri, "inserted")]
    assert result.facts_added == len(extracted.quotes) + len(extracted.figures)
    assert query(db_path, "SELECT source_uri, sha256, title, text FROM documents") == [
        (doc.source_uri, doc.sha256, doc.title, doc.text)
    ]
    assert query(db_path, "SELECT idx, kind, start_char, end_char, text, dateline FROM paragraphs ORDER BY id") == [
        (p.idx, p.kind, p.start_char, p.end_char, p.text, p.dateline) for p in extracted.paragraphs
    ]
    assert query(
        db_path,
        "SELECT p.idx, s.idx, s.start_char, s.end_char, s.text FROM sentences s "
        "JOIN paragraphs p ON p.id = s.paragraph_id ORDER BY s.id",
    ) == [(s.paragraph_idx, s.idx, s.start_char, s.end_char, s.text) for s in extracted.sentences]
    assert query(
        db_path,
        "SELECT p.idx, q.start_char, q.text, q.speaker, s.name, s.kind, q.cue, q.is_partial FROM quotes q "
        "JOIN paragraphs p ON p.id = q.paragraph_id LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY q.id",
    ) == [
        (
            q.paragraph_idx,
            q.start_char,
            q.text,
            q.speaker,
            q.speaker,
            q.speaker_type if q.speaker else None,
            q.cue,
            q.is_partial,
        )
        for q in extracted.quotes
    ]
    assert query(
        db_path,
        "SELECT p.idx, f.start_char, f.text, f.value, f.value_high, f.value_text, f.unit, f.kind, f.change "
        "FROM figures f JOIN paragraphs p ON p.id = f.paragraph_id ORDER BY f.id",
    ) == [
        (f.paragraph_idx, f.start_char, f.text, f.value, f.value_high, f.value_text, f.unit, f.kind, f.change)
        for f in extracted.figures
    ]
    versions = {info.name: info.version for info in extracted.extractors}
    assert query(
        db_path,
        "SELECT fact_table, extractor, extractor_version, source_uri, source_sha256 FROM provenance ORDER BY id",
    ) == [
        (table, fact.extractor or table, versions.get(fact.extractor or table, "unknown"), doc.source_uri, doc.sha256)
        for table, facts in (("quotes", extracted.quotes), ("figures", extracted.figures))
        for fact in facts
    ]
