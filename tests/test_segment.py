"""Segment: paragraph spans and kinds on real layouts, datelines, and sentences."""

from __future__ import annotations

import textwrap

import pytest

from pipeline.ingest import IngestError, document_from_text, ingest, read_file
from pipeline.segment import classify, segment
from tests.conftest import SEED, shared_data

BBC_BUSINESS_001 = (
    (
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, "
        "from $639m year-earlier. The firm, which is now one of the biggest investors in Google, benefited from sales of "
        "high-speed internet connections and higher advert sales."
    ),
    (
        "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn. Its profits were buoyed by one-off gains "
        "which offset a profit dip at Warner Bros, and less users for AOL."
    ),
    "Time Warner's fourth quarter profits were slightly better than analysts' expectations.",
)


def paragraphs(text: str) -> list[str]:
    return [p.text for p in segment(document_from_text(text, "x.txt")).paragraphs]


def sentences(text: str) -> list[str]:
    return [s.text for s in segment(document_from_text(text, "x.txt")).sentences]


def test_seed_paragraph_kinds() -> None:
    segmented = segment(read_file(SEED))
    kinds = [p.kind for p in segmented.paragraphs]
    assert len(kinds) == 12
    assert kinds[6] == "caption" and segmented.paragraphs[6].text.startswith("© AP Photo")
    assert kinds[8] == "heading" and segmented.paragraphs[8].text == "Anniversary of Assassination Approaches"
    assert kinds[11] == "footnote" and segmented.paragraphs[11].text.startswith("* A terrorist group")
    assert kinds.count("body") == 9


def test_single_newline_layout_gives_one_paragraph_per_line() -> None:
    text = "Oil prices hit record\nCrude rose 3% on Monday.\nTraders said supply was tight."
    segmented = segment(document_from_text(text, "wire.txt"))
    assert [p.text for p in segmented.paragraphs] == text.split("\n")
    assert [p.kind for p in segmented.paragraphs] == ["heading", "body", "body"]


def test_whitespace_around_paragraphs_is_trimmed_from_spans() -> None:
    assert paragraphs("  First paragraph here.  \n \n\tSecond one.\n\n\n") == ["First paragraph here.", "Second one."]


@pytest.mark.parametrize("width", [60, 70, 79])
def test_hard_wrapped_paragraphs_separated_by_blank_lines_stay_whole(width: int) -> None:
    text = "TimeWarner profits jump 76%\n\n" + "\n\n".join(textwrap.fill(p, width) for p in BBC_BUSINESS_001)
    found = paragraphs(text)
    assert [" ".join(p.split()) for p in found] == ["TimeWarner profits jump 76%", *BBC_BUSINESS_001]


def test_hard_wrapped_text_without_blank_lines_breaks_where_the_next_word_would_have_fitted() -> None:
    text = (
        "Rail fares to rise by 3%\n"
        "Rail fares in England will rise by an average of 3% in January, the\n"
        "Department for Transport said.\n"
        "Passengers deserve better, said Anthony Smith, chief executive of the\n"
        "watchdog Transport Focus, who called the rise unfair.\n"
        "The rail industry said the money would go into services.\n"
    )
    assert [" ".join(p.split()) for p in paragraphs(text)] == [
        "Rail fares to rise by 3%",
        "Rail fares in England will rise by an average of 3% in January, the Department for Transport said.",
        "Passengers deserve better, said Anthony Smith, chief executive of the watchdog Transport Focus, who called the rise unfair.",
        "The rail industry said the money would go into services.",
    ]


def test_indented_first_lines_start_paragraphs_in_wrapped_text() -> None:
    text = (
        "    The council met on Monday and voted to close\n"
        "the library at the end of the month.\n"
        "    Residents said they would appeal against the\n"
        "decision in the courts.\n"
    )
    assert [" ".join(p.split()) for p in paragraphs(text)] == [
        "The council met on Monday and voted to close the library at the end of the month.",
        "Residents said they would appeal against the decision in the courts.",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("By Jane Doe", "byline"),
        ("By Jane Doe and Omar Khalid", "byline"),
        ("By JANE DOE, Reuters", "byline"),
        ("(Reporting by Jane Doe; Editing by Omar Khalid)", "byline"),
        ("Photo: Reuters", "caption"),
        ("© Getty Images", "caption"),
        ("© AP Photo / Menahem Kahana, Pool Israeli Prime Minister Benjamin Netanyahu visits a hospital", "caption"),
        ("Firefighters tackle the blaze in Leeds on Monday. (AP Photo/Jon Super)", "caption"),
        ("A man walks past the closed bank in Athens. REUTERS/Alkis Konstantinidis", "caption"),
        ("Read more: How the vote was won", "boilerplate"),
        ("Sign up for our morning newsletter", "boilerplate"),
        ("Related stories", "boilerplate"),
        ("Copyright 2024 The Coastal Herald. All rights reserved.", "boilerplate"),
        ("Advertisement", "boilerplate"),
        ("Election Results", "heading"),
        ("## Election results by region", "heading"),
        ("By the end of the year, the company had cut 2,000 jobs.", "body"),
        ("Shares fell 5% on the news.", "body"),
        ("Related costs rose by 4% in the quarter.", "body"),
        ("Subscribers to the service rose to 2 million.", "body"),
        ("A Reuters/Ipsos poll put the party on 38%, the agency's Photo desk said nothing.", "body"),
    ],
)
def test_classify(text: str, kind: str) -> None:
    assert classify(text, body_has_marker=False) == kind


def test_asterisk_line_without_a_marker_in_the_body_is_body() -> None:
    assert classify("* Prices include VAT and delivery.", body_has_marker=False) == "body"
    assert classify("* Prices include VAT and delivery.", body_has_marker=True) == "footnote"


@pytest.mark.parametrize(
    ("first_body", "dateline"),
    [
        ("LONDON (Reuters) - Shares fell on Monday.", "LONDON (Reuters)"),
        ("WASHINGTON — The Senate voted 51-49 on Tuesday.", "WASHINGTON"),
        ("PARIS, Feb. 18 (AP) — Talks began on Friday.", "PARIS, Feb. 18 (AP)"),
        ("NEW YORK, Jan 5 (Reuters) - Stocks rose 1%.", "NEW YORK, Jan 5 (Reuters)"),
        ("BRUSSELS/LONDON (Reuters) - EU ministers met.", "BRUSSELS/LONDON (Reuters)"),
        ("Kabul, Afghanistan (CNN) -- A blast hit the city.", "Kabul, Afghanistan (CNN)"),
        ("BREAKING - A blast hit the city.", None),
        ("UK GDP grew 2% - the ONS said.", None),
        ("Shares fell on Monday - the third fall in a row.", None),
    ],
)
def test_dateline_is_recorded_and_the_paragraph_stays_body(first_body: str, dateline: str | None) -> None:
    segmented = segment(document_from_text(f"Markets slide\n\nBy Jane Doe\n\n{first_body}\n\nLONDON - Not a dateline here.", "x.txt"))
    body = segmented.paragraphs[2]
    assert (body.kind, body.dateline) == ("body", dateline)
    assert body.text.startswith(dateline or "")
    assert segmented.paragraphs[3].dateline is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resume on Feb. 18 in Geneva. Mr. Smith will attend.", ["Talks resume on Feb. 18 in Geneva.", "Mr. Smith will attend."]),
        ("The U.S. President spoke at 10 a.m. on Monday.", ["The U.S. President spoke at 10 a.m. on Monday."]),
        ("Prices rose 3.5% in the U.S. The euro fell.", ["Prices rose 3.5% in the U.S.", "The euro fell."]),
        ("The No. 10 spokesman said no. Then he left.", ["The No. 10 spokesman said no.", "Then he left."]),
        ("John F. Kennedy was shot in 1963. It shocked the world.", ["John F. Kennedy was shot in 1963.", "It shocked the world."]),
        ("Shares in Acme Inc. rose 2%. Dr. Lee, of St. Mary's, disagreed.", ["Shares in Acme Inc. rose 2%.", "Dr. Lee, of St. Mary's, disagreed."]),
        ('He said: "We won." Then he left.', ['He said: "We won."', "Then he left."]),
        ("“Will it work?” she asked. Nobody knew.", ["“Will it work?” she asked.", "Nobody knew."]),
        ("It cost $1.5bn... Analysts were surprised! Why? Nobody said.", ["It cost $1.5bn...", "Analysts were surprised!", "Why?", "Nobody said."]),
        ("Growth was 2.7% (down from 3.1%). “It is bad,” he said.", ["Growth was 2.7% (down from 3.1%).", "“It is bad,” he said."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_stay_inside_paragraphs_and_number_through_the_document() -> None:
    segmented = segment(document_from_text("Rates held\n\nThe bank held rates. It said so.\n\nMarkets rose.", "x.txt"))
    assert [(s.paragraph_idx, s.idx, s.text) for s in segmented.sentences] == [
        (0, 0, "Rates held"),
        (1, 1, "The bank held rates."),
        (1, 2, "It said so."),
        (2, 3, "Markets rose."),
    ]


def test_every_bbc_article_has_its_headline_as_title_and_heading_and_spans_that_match() -> None:
    corpus = shared_data("corpus/bbc")
    items = list(ingest([corpus]))
    failures = [str(i) for i in items if isinstance(i, IngestError)]
    assert failures == [] and len(items) == 2225
    for document in items:
        assert not isinstance(document, IngestError)
        segmented = segment(document)
        first = segmented.paragraphs[0]
        assert (first.kind, first.text) == ("heading", document.title), document.source_uri
        text = document.text
        assert all(text[p.start_char : p.end_char] == p.text and p.text == p.text.strip() for p in segmented.paragraphs)
        assert all(text[s.start_char : s.end_char] == s.text and s.text for s in segmented.sentences)
        assert [p.start_char for p in segmented.paragraphs] == sorted(p.start_char for p in segmented.paragraphs)
