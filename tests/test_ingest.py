"""Ingest: normalisation that all offsets rely on, decoding, folder walks, and one clear error per
bad input."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from pipeline.ingest import IngestError, IngestOptions, JsonlFields, document_from_text, ingest, normalize, read_file
from pipeline.ingest.html import extract_page

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Line one\r\nLine two\r\n", "Line one\nLine two\n"),
        ("Old Mac\rline", "Old Mac\nline"),
        ("\ufeffHeadline\n\nBody", "Headline\n\nBody"),
        ("Cafe\u0301 owners said", "Café owners said"),
        ("“Curly” quotes – and dashes — stay", "“Curly” quotes – and dashes — stay"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
    assert unicodedata.is_normalized("NFC", normalize(raw))


def test_document_has_hash_and_headline_title() -> None:
    doc = document_from_text("Ad sales boost Time Warner profit\r\n\r\nQuarterly profits rose 76%.", "a.txt")
    assert doc.title == "Ad sales boost Time Warner profit"
    assert doc.text == "Ad sales boost Time Warner profit\n\nQuarterly profits rose 76%."
    assert len(doc.sha256) == 64
    assert doc.sha256 == document_from_text(doc.text, "b.txt").sha256


def test_first_sentence_is_not_taken_as_title() -> None:
    assert document_from_text("The minister resigned on Friday.\n\nMore follows.", "x.txt").title is None


@pytest.mark.parametrize(
    ("content", "text", "encoding"),
    [
        ("Café “owners”".encode(), "Café “owners”", "utf-8"),
        ("\ufeffCafé “owners”".encode(), "Café “owners”", "utf-8-sig"),
        ("\ufeffCafé “owners”".encode("utf-16-le"), "Café “owners”", "utf-16-le"),
        ("\ufeffCafé “owners”".encode("utf-16-be"), "Café “owners”", "utf-16-be"),
        (
            "Prices in Zürich rose again this week.".encode("utf-16-le"),
            "Prices in Zürich rose again this week.",
            "utf-16-le",
        ),
        ("Café “owners” paid €5 – naïvely".encode("cp1252"), "Café “owners” paid €5 – naïvely", "windows-1252"),
        ("Caf\u00e9 society".encode("latin-1"), "Café society", "windows-1252"),
        ("It’s the café’s".encode().decode("cp1252").encode(), "It’s the café’s", "utf-8 (mojibake repaired)"),
        ("Ã la carte for Â£5".encode(), "à la carte for £5", "utf-8 (mojibake repaired)"),
        ("The café–bar and Ölçer’s shop".encode(), "The café–bar and Ölçer’s shop", "utf-8"),
    ],
)
def test_encodings_are_detected_and_recorded(tmp_path: Path, content: bytes, text: str, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    document = read_file(path)
    assert (document.text, document.encoding) == (text, encoding)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n\t ", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document)"),
        (b"plain words then \x00\x01\x02\x03 raw bytes", "binary file (contains NUL bytes)"),
        ("Café “owners”".encode() + b" \xff\xfe", "UTF-8 text with an invalid byte 0xff at offset 19"),
        (bytes(range(128, 256)) * 4, "undecodable bytes: not UTF-8, UTF-16 or Windows-1252/Latin-1"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03not deflate", "not a valid gzip file"),
    ],
)
def test_bad_files_name_the_file_and_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as raised:
        read_file(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert problem in str(raised.value)


def test_gzip_is_read_through_and_named_by_the_inner_format(tmp_path: Path) -> None:
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(b"Headline\n\nBody text."))
    (tmp_path / "feed.jsonl.gz").write_bytes(
        gzip.compress(b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n')
    )
    documents = list(ingest([tmp_path], IngestOptions(globs=("*.gz",))))
    assert [(d.source_uri.removeprefix(str(tmp_path)), d.text) for d in documents] == [
        ("/feed.jsonl.gz#a", "One."),
        ("/feed.jsonl.gz#b", "Two."),
        ("/story.txt.gz", "Headline\n\nBody text."),
    ]


def test_size_limit_refuses_without_reading_and_counts_decompressed_bytes(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as sparse:
        sparse.truncate(200 * 1024 * 1024)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 2_000_000))
    errors = [str(e) for e in ingest([huge, bomb], IngestOptions(max_bytes=1_000_000))]
    assert errors == [
        f"{huge}: 209,715,200 bytes is over the --max-bytes limit of 1,000,000; skipped",
        f"{bomb}: more than the --max-bytes limit of 1,000,000 bytes; skipped",
    ]


def test_large_jsonl_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    feed = tmp_path / "big.jsonl"
    line = '{"text": "%s"}\n' % ("Turnout rose to 64% in the capital. " * 50)
    with feed.open("w") as out:
        for _ in range(5000):
            out.write(line)
    assert feed.stat().st_size > 9_000_000
    tracemalloc.start()
    count = sum(1 for item in ingest([feed]) if not isinstance(item, IngestError))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 5000
    assert peak < 1_000_000


def test_jsonl_fields_are_configurable_and_reach_into_objects(tmp_path: Path) -> None:
    feed = tmp_path / "api.jsonl"
    feed.write_text(
        '{"uuid": "n-7", "body": "Rates were held at 5%.", "headline": "Rates held", '
        '"publishedAt": "2024-05-02T13:00:00Z", "link": "https://x.example/n-7", "source": {"name": "Daily"}}\n'
    )
    fields = JsonlFields(
        text="body", id="uuid", title="headline", url="link", published="publishedAt", source="source.name"
    )
    [document] = list(ingest([feed], IngestOptions(jsonl_fields=fields)))
    assert not isinstance(document, IngestError)
    assert (
        document.source_uri,
        document.external_id,
        document.title,
        document.url,
        document.published,
        document.outlet,
    ) == (
        f"{feed}#n-7",
        "n-7",
        "Rates held",
        "https://x.example/n-7",
        dt.date(2024, 5, 2),
        "Daily",
    )


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"text": "unterminated', "not valid JSON: Unterminated string starting at (column 10)"),
        ('["a list"]', "not a JSON object but list"),
        ('{"title": "no body"}', "no 'text' field with the article text"),
        ('{"text": "   "}', "field 'text' is empty"),
        ('{"text": ["a", "b"]}', "field 'text' is list, not a string"),
    ],
)
def test_bad_jsonl_line_is_named_by_line_and_the_rest_is_read(tmp_path: Path, line: str, problem: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "First."}\n' + line + '\n{"text": "Third."}\n')
    items = list(ingest([feed]))
    assert [str(i) if isinstance(i, IngestError) else i.source_uri for i in items] == [
        f"{feed}#L1",
        f"{feed} line 2: {problem}",
        f"{feed}#L3",
    ]


def test_html_page_keeps_main_text_and_metadata() -> None:
    document = read_file(FIXTURES / "formats" / "article.html")
    assert document.text.split("\n\n") == [
        "Harbour bridge reopens after two-year repair",
        "By Mara Quinn",
        "The Harbour Bridge reopened to traffic on Wednesday after a £48 million repair that took two years, the city council said.",
        "Photo: Lena Ortiz / Coastal Herald",
        "“It’s been a long wait,” said council leader Tom Reyes. About 30,000 vehicles a day\ncrossed the bridge before it closed.",
        "Traffic expected to ease",
        "Engineers replaced 1,200 steel cables and resurfaced the deck.",
    ]
    assert (document.title, document.url, document.published, document.outlet, document.encoding) == (
        "Harbour bridge reopens after two-year repair",
        "https://herald.example/news/harbour-bridge-reopens",
        dt.date(2024, 3, 7),
        "The Coastal Herald",
        "utf-8",
    )


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<html><body><div class='content'><p>First para.</p><p>Second para.</p></div><div class='sidebar'><p>Ad</p></div></body></html>",
            "First para.\n\nSecond para.",
        ),
        ("<div><p>Kept.</p></div><div id='comments'><p>Great story!</p></div>", "Kept."),
        (
            "<article><p>Body.</p><ul><li><a href='/1'>Other story</a></li></ul><ul><li>Point one</li></ul></article>",
            "Body.\n\nPoint one",
        ),
        ("<article><p>A<br>B</p><pre>x  = 1\n y = 2</pre></article>", "A\nB\n\nx  = 1\n y = 2"),
    ],
)
def test_html_main_text_rules(html: str, text: str) -> None:
    assert extract_page(html).text == text


def test_html_declared_windows_1252_charset_is_used(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(
        '<html><head><meta charset="iso-8859-1"></head><body><p>Prices – “up”</p></body></html>'.encode("cp1252")
    )
    document = read_file(page)
    assert (document.text, document.encoding) == ("Prices – “up”", "windows-1252")


def test_folder_walk_is_recursive_sorted_and_reports_missing_inputs(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article.")
    (tmp_path / "1.txt").write_text("First article.")
    (tmp_path / "notes.csv").write_text("a,b")
    (tmp_path / "empty_dir").mkdir()
    items = list(ingest([tmp_path, tmp_path / "missing.txt"]))
    documents = [i for i in items if not isinstance(i, IngestError)]
    errors = [str(i) for i in items if isinstance(i, IngestError)]
    assert [Path(d.source_uri).name for d in documents] == ["1.txt", "2.txt"]
    assert errors == [f"{tmp_path / 'missing.txt'}: no such file or folder"]
    assert [str(e) for e in ingest([tmp_path / "empty_dir"])] == [
        f"{tmp_path / 'empty_dir'}: folder has no *.txt files"
    ]


@pytest.mark.parametrize(
    ("globs", "names"),
    [
        (("*.txt",), ["a.txt", "politics/b.txt"]),
        (("*.txt", "*.md"), ["a.txt", "c.md", "politics/b.txt"]),
        (("politics/*.txt",), ["politics/b.txt"]),
    ],
)
def test_globs_pick_files(tmp_path: Path, globs: tuple[str, ...], names: list[str]) -> None:
    for name in ("a.txt", "c.md", "politics/b.txt", "d.html"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Article {name}.")
    documents = list(ingest([tmp_path], IngestOptions(globs=globs)))
    assert [Path(d.source_uri).relative_to(tmp_path).as_posix() for d in documents] == names


def test_symlinks_that_loop_or_leave_the_folder_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Not for ingest.")
    root = tmp_path / "inbox"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "story.txt").write_text("Inside story.")
    (root / "sub" / "up").symlink_to("..")
    (root / "escape").symlink_to(outside)
    (root / "leak.txt").symlink_to(outside / "secret.txt")
    (root / "self.txt").symlink_to("self.txt")
    (root / "alias.txt").symlink_to(root / "sub" / "story.txt")
    items = [str(i) if isinstance(i, IngestError) else i.source_uri for i in ingest([root])]
    assert items == [
        f"{root}/alias.txt",
        f"{root / 'escape'}: symbolic link leads outside {root} (to {outside}); skipped",
        f"{root / 'leak.txt'}: symbolic link leads outside {root} (to {outside / 'secret.txt'}); skipped",
        f"{root / 'self.txt'}: symbolic link loop; skipped",
        f"{root / 'sub' / 'story.txt'}",
        f"{root / 'sub' / 'up'}: symbolic link loop (back to {root}); skipped",
    ]


def test_a_pipe_in_a_folder_is_refused_rather_than_waited_on(tmp_path: Path) -> None:
    """Opening a named pipe blocks until something writes to it, which under cron would hold the
    database lock for good; a folder's pipes, sockets and devices are skipped with an error."""
    (tmp_path / "a.txt").write_text("Article a.")
    os.mkfifo(tmp_path / "b.txt")
    items = [str(i) if isinstance(i, IngestError) else i.source_uri for i in ingest([tmp_path])]
    assert items == [
        str(tmp_path / "a.txt"),
        f"{tmp_path / 'b.txt'}: not a regular file (a pipe, socket or device); skipped",
    ]


def test_file_that_vanishes_mid_run_is_one_error_and_the_rest_is_read(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"Article {name}.")
    items = ingest([tmp_path])
    first = next(items)
    os.remove(tmp_path / "b.txt")
    rest = [str(i) if isinstance(i, IngestError) else i.source_uri for i in items]
    assert not isinstance(first, IngestError)
    assert rest == [f"{tmp_path / 'b.txt'}: cannot be read (No such file or directory)", str(tmp_path / "c.txt")]
