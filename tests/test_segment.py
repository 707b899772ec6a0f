"""Segment: paragraph spans and kinds on real layouts."""

from __future__ import annotations

import pytest

from pipeline.ingest import document_from_text, read_file
from pipeline.segment import classify, segment
from tests.conftest import SEED, shared_data


def test_seed_paragraph_kinds() -> None:
    segmented = segment(read_file(SEED))
    kinds = [p.kind for p in segmented.paragraphs]
    assert len(kinds) == 12
    assert kinds[6] == "caption" and segmented.paragraphs[6].text.startswith("© AP Photo")
    assert kinds[8] == "heading" and segmented.paragraphs[8].text == "Anniversary of Assassination Approaches"
    assert kinds[11] == "footnote" and segmented.paragraphs[11].text.startswith("* A terrorist group")
    assert kinds.count("body") == 9
    for paragraph in segmented.paragraphs:
        assert segmented.document.text[paragraph.start_char : paragraph.end_char] == paragraph.text


def test_single_newline_layout_gives_one_paragraph_per_line() -> None:
    text = "Oil prices hit record\nCrude rose 3% on Monday.\nTraders said supply was tight."
    paragraphs = segment(document_from_text(text, "wire.txt")).paragraphs
    assert [p.text for p in paragraphs] == text.split("\n")
    assert [p.kind for p in paragraphs] == ["heading", "body", "body"]


def test_whitespace_around_paragraphs_is_trimmed_from_spans() -> None:
    text = "  First paragraph here.  \n \n\tSecond one.\n\n\n"
    segmented = segment(document_from_text(text, "x.txt"))
    assert [p.text for p in segmented.paragraphs] == ["First paragraph here.", "Second one."]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("By Jane Doe", "byline"),
        ("By Jane Doe and Omar Khalid", "byline"),
        ("Photo: Reuters", "caption"),
        ("© Getty Images", "caption"),
        ("Read more: How the vote was won", "boilerplate"),
        ("Sign up for our morning newsletter", "boilerplate"),
        ("Election Results", "heading"),
        ("By the end of the year, the company had cut 2,000 jobs.", "body"),
        ("Shares fell 5% on the news.", "body"),
    ],
)
def test_classify(text: str, kind: str) -> None:
    assert classify(text, body_has_marker=False) == kind


def test_asterisk_line_without_a_marker_in_the_body_is_body() -> None:
    assert classify("* Prices include VAT and delivery.", body_has_marker=False) == "body"
    assert classify("* Prices include VAT and delivery.", body_has_marker=True) == "footnote"


def test_bbc_headlines_become_headings_and_titles() -> None:
    folder = shared_data("corpus/bbc/business")
    for path in sorted(folder.glob("*.txt"))[:50]:
        segmented = segment(read_file(path))
        first = segmented.paragraphs[0]
        assert first.kind == "heading", path
        assert segmented.document.title == first.text, path
