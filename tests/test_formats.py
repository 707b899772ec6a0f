"""Real-world inputs through the CLI: every format, encoding and kind of bad input of issue 3,
from the files in tests/fixtures/ and a few made on the spot (symlinks, a 200 MB file)."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import Invoke, query, shared_data

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = FIXTURES / "formats"
BROKEN = FIXTURES / "broken"
ALL_FORMATS = ("--glob", "*.txt", "--glob", "*.md", "--glob", "*.html", "--glob", "*.jsonl", "--glob", "*.gz")


def summary_of(result) -> dict[str, object]:
    return json.loads(result.stdout)


def test_every_format_loads_with_its_metadata_and_encoding(factpipe: Invoke, db_path: Path) -> None:
    result = factpipe("run", "--json", *ALL_FORMATS, str(FORMATS))
    assert result.exit_code == 0, result.stderr
    assert summary_of(result)["failed"] == 0
    rows = query(
        db_path,
        "SELECT source_uri, title, url, published, outlet, external_id, encoding FROM documents ORDER BY source_uri",
    )
    assert [(Path(uri).name, *rest) for uri, *rest in rows] == [
        (
            "article.html",
            "Harbour bridge reopens after two-year repair",
            "https://herald.example/news/harbour-bridge-reopens",
            "2024-03-07",
            "The Coastal Herald",
            None,
            "utf-8",
        ),
        ("article.txt.gz", "Tram line extended to airport", None, None, None, None, "utf-8"),
        ("feed.jsonl#1003", "Museum opens new wing", None, None, None, "1003", "utf-8"),
        ("feed.jsonl#L2", "Rain delays harvest", None, "2024-02-19", "Farm Weekly", None, "utf-8"),
        (
            "feed.jsonl#wire-1001",
            "Port strike ends after pay deal",
            "https://wire.example/1001",
            "2024-02-18",
            "Example Wire",
            "wire-1001",
            "utf-8",
        ),
        ("feed.jsonl.gz#gz-1", None, None, None, None, "gz-1", "utf-8"),
        ("feed.jsonl.gz#gz-2", None, None, None, None, "gz-2", "utf-8"),
        ("mojibake.txt", "Chef’s café wins award", None, None, None, None, "utf-8 (mojibake repaired)"),
        ("utf16.txt", "Snowfall closes Alpine passes", None, None, None, None, "utf-16-le"),
        ("utf8_bom.md", "Library extends opening hours", None, None, None, None, "utf-8-sig"),
        ("windows1252.txt", "Café prices rise in Zürich", None, None, None, None, "windows-1252"),
        ("wire.txt", "Ministers agree fishing quotas", None, None, None, None, "utf-8"),
        ("wrapped.txt", "Council tax rise capped at 5%", None, None, None, None, "utf-8"),
    ]


def test_decoded_text_is_nfc_with_unix_line_ends_and_keeps_curly_quotes(factpipe: Invoke, db_path: Path) -> None:
    assert factpipe("run", str(FORMATS / "windows1252.txt")).exit_code == 0
    [(text,)] = query(db_path, "SELECT text FROM documents")
    assert text == (
        "Café prices rise in Zürich\n\n"
        "“We’re paying €5 for an espresso now,” said Rémy Favé, a naïve customer – and he was not alone.\n"
    )


def test_default_glob_takes_only_txt_and_glob_widens_it(factpipe: Invoke, db_path: Path) -> None:
    assert summary_of(factpipe("run", "--json", str(FORMATS)))["documents"] == {"inserted": 5}
    result = factpipe("run", "--json", "--glob", "*.html", "--glob", "*.md", str(FORMATS))
    assert summary_of(result)["documents"] == {"inserted": 2}


@pytest.mark.parametrize(
    ("stdin", "source"),
    [
        (b"Snow closes schools\n\nSchools in Leeds closed on Monday.\n", "stdin#"),
        (gzip.compress(b"Snow closes schools\n\nSchools in Leeds closed on Monday.\n"), "stdin#"),
        (b'{"id": "s-1", "text": "Schools in Leeds closed on Monday."}\n', "stdin#s-1"),
        (
            b"<!DOCTYPE html><html><body><article><p>Schools in Leeds closed on Monday.</p></article></body></html>",
            "stdin#",
        ),
    ],
)
def test_stdin_is_read_in_any_format(factpipe: Invoke, db_path: Path, stdin: bytes, source: str) -> None:
    result = factpipe("run", "--json", "-", input=stdin)
    assert result.exit_code == 0, result.stderr
    [(uri, text)] = query(db_path, "SELECT source_uri, text FROM documents")
    assert uri.startswith(source) and "Schools in Leeds closed on Monday." in text


def test_same_article_as_a_file_and_a_feed_record_is_stored_once_with_both_sources(
    factpipe: Invoke, db_path: Path, tmp_path: Path
) -> None:
    article = "Bus fares frozen\n\nBus fares in Leeds will be frozen until April, the mayor said."
    (tmp_path / "story.txt").write_text(article)
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": article}) + "\n")
    result = factpipe("run", "--json", "--glob", "*.txt", "--glob", "*.jsonl", str(tmp_path))
    assert summary_of(result)["documents"] == {"inserted": 1, "linked": 1}
    sources = query(db_path, "SELECT source_uri FROM document_sources ORDER BY source_uri")
    assert sources == [(f"{tmp_path}/feed.jsonl#L1",), (f"{tmp_path}/story.txt",)]


def test_bad_inputs_get_one_line_each_and_the_rest_is_loaded(factpipe: Invoke, db_path: Path, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(BROKEN, inbox)
    shutil.copy(FORMATS / "wire.txt", inbox / "wire.txt")
    (inbox / "gone.txt").symlink_to(inbox / "deleted-before-reading.txt")
    (inbox / "loop").symlink_to(".")
    (inbox / "passwd.txt").symlink_to("/etc/passwd")
    with (inbox / "huge.txt").open("wb") as sparse:
        sparse.truncate(200 * 1024 * 1024)
    result = factpipe("run", "--json", "--max-bytes", "50M", *ALL_FORMATS, str(inbox))
    assert result.exit_code == 1
    summary = summary_of(result)
    assert summary["documents"] == {"inserted": 3}
    expected = [
        f"{inbox}/bad.jsonl line 2: not valid JSON",
        f"{inbox}/bad.jsonl line 3: no 'text' field",
        f"{inbox}/bad.jsonl line 4: not a JSON object",
        f"{inbox}/binary.txt: binary file",
        f"{inbox}/corrupt.txt.gz: not a valid gzip file",
        f"{inbox}/empty.txt: empty file",
        f"{inbox}/gone.txt: cannot be read (No such file or directory)",
        f"{inbox}/huge.txt: 209,715,200 bytes is over the --max-bytes limit of 52,428,800",
        f"{inbox}/loop: symbolic link loop",
        f"{inbox}/passwd.txt: symbolic link leads outside {inbox}",
        f"{inbox}/shell.html: HTML page has no main text",
        f"{inbox}/undecodable.txt: undecodable bytes",
    ]
    lines = result.stderr.splitlines()
    assert len(lines) == len(expected) == summary["failed"]
    for line, start in zip(lines, expected, strict=True):
        assert start in line, (start, line)
    loaded = query(db_path, "SELECT source_uri FROM document_sources ORDER BY source_uri")
    assert loaded == [(f"{inbox}/bad.jsonl#ok-1",), (f"{inbox}/bad.jsonl#ok-5",), (f"{inbox}/wire.txt",)]


def test_file_unreadable_mid_run_is_named_and_the_rest_is_loaded(
    factpipe: Invoke, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"Story {name}\n\nCouncil said so on {name}.")
    real_open = Path.open

    def open_refusing_b(path: Path, *args, **kwargs):
        if path.name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_refusing_b)
    result = factpipe("run", "--json", str(tmp_path))
    assert summary_of(result)["documents"] == {"inserted": 2} and summary_of(result)["failed"] == 1
    assert f"{tmp_path}/b.txt: cannot be read (Permission denied)" in result.stderr


def test_oversized_jsonl_record_is_refused_and_the_feed_goes_on(
    factpipe: Invoke, db_path: Path, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "small", "text": "Short story."})
        + "\n"
        + json.dumps({"id": "big", "text": "word " * 1000})
        + "\n"
        + json.dumps({"id": "after", "text": "Another short story."})
        + "\n"
    )
    result = factpipe("run", "--json", "--max-bytes", "1K", str(feed))
    assert summary_of(result)["documents"] == {"inserted": 2}
    assert f"{feed} line 2: longer than the --max-bytes limit of 1,024 bytes; skipped" in result.stderr


def test_paragraph_kinds_reach_the_database(factpipe: Invoke, db_path: Path) -> None:
    assert factpipe("run", str(FORMATS / "wire.txt"), str(FORMATS / "wrapped.txt")).exit_code == 0
    kinds = query(
        db_path,
        "SELECT d.title, p.kind, substr(p.text, 1, 20) FROM paragraphs p JOIN documents d ON d.id = p.document_id "
        "ORDER BY d.id, p.idx",
    )
    assert kinds == [
        ("Ministers agree fishing quotas", "heading", "Ministers agree fish"),
        ("Ministers agree fishing quotas", "byline", "By Jane Doe and Omar"),
        ("Ministers agree fishing quotas", "body", "BRUSSELS (Reuters) -"),
        ("Ministers agree fishing quotas", "caption", "© AP Photo / Virgini"),
        ("Ministers agree fishing quotas", "body", "Conservation groups*"),
        ("Ministers agree fishing quotas", "boilerplate", "Read more: How quota"),
        ("Ministers agree fishing quotas", "boilerplate", "Sign up for our morn"),
        ("Ministers agree fishing quotas", "footnote", "* WWF and Oceana, am"),
        ("Council tax rise capped at 5%", "heading", "Council tax rise cap"),
        ("Council tax rise capped at 5%", "body", "Councils in England "),
        ("Council tax rise capped at 5%", "body", "Local Government Ass"),
        ("Council tax rise capped at 5%", "body", "The Treasury said it"),
    ]


def test_sentences_come_out_of_the_segment_stage(factpipe: Invoke) -> None:
    ingested = factpipe("ingest", str(FORMATS / "wrapped.txt"), db=None)
    segmented = json.loads(factpipe("segment", input=ingested.stdout, db=None).stdout)
    text = segmented["document"]["text"]
    assert all(text[s["start_char"] : s["end_char"]] == s["text"] for s in segmented["sentences"])
    assert [(s["paragraph_idx"], " ".join(s["text"].split())) for s in segmented["sentences"]] == [
        (0, "Council tax rise capped at 5%"),
        (
            1,
            "Councils in England will be allowed to raise council tax by up to 5% next year without holding a local referendum, the government has announced.",
        ),
        (
            1,
            "Ministers said the extra money was needed to pay for adult social care, which has seen demand rise sharply since the pandemic.",
        ),
        (
            2,
            "Local Government Association chairman Shaun Davies said the rise would not close a funding gap that councils put at four billion pounds over two years.",
        ),
        (2, "He warned that some authorities could still face bankruptcy."),
        (3, "The Treasury said it had already given councils more money than in any year since 2010."),
    ]


def test_dateline_travels_with_its_paragraph_between_stages(factpipe: Invoke) -> None:
    ingested = factpipe("ingest", str(FORMATS / "wire.txt"), db=None)
    segmented = json.loads(factpipe("segment", input=ingested.stdout, db=None).stdout)
    assert [(p["kind"], p["dateline"]) for p in segmented["paragraphs"][:3]] == [
        ("heading", None),
        ("byline", None),
        ("body", "BRUSSELS (Reuters)"),
    ]


def test_all_bbc_articles_load_without_failures(factpipe: Invoke, db_path: Path) -> None:
    corpus = shared_data("corpus/bbc")
    result = factpipe("run", "--json", str(corpus))
    summary = summary_of(result)
    assert summary["failed"] == 0, result.stderr
    assert sum(summary["documents"].values()) == 2225
    headings = query(
        db_path,
        "SELECT count(*) FROM documents d JOIN paragraphs p ON p.document_id = d.id AND p.idx = 0 "
        "WHERE p.kind = 'heading' AND p.text = d.title",
    )
    assert headings == query(db_path, "SELECT count(*) FROM documents")


@pytest.mark.parametrize(
    "text",
    ["A\u0303\u00a9 caf\u00e9 prices rose.", "\ufeff\ufeffStacked marks before the headline", "Plain caf\u00e9 news."],
)
def test_reading_a_stored_text_back_gives_the_same_text(text: str) -> None:
    """The rerun shortcut skips a file whose bytes are a stored text; that is only right when
    decoding and normalising a stored text changes nothing."""
    from pipeline.ingest import normalize
    from pipeline.ingest.encodings import decode

    stored = normalize(decode(text.encode("utf-8"), "a.txt").text)
    assert normalize(decode(stored.encode("utf-8"), "a.txt").text) == stored
