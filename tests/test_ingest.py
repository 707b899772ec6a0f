"""Ingest: normalisation that all offsets rely on, and one clear error per bad input."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline.ingest import IngestError, document_from_text, ingest, normalize, read_file


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
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n\t ", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Caf\u00e9 society".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_files_name_the_file_and_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as raised:
        read_file(path)
    assert str(path) in str(raised.value)
    assert problem in str(raised.value)


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
