"""What keeps a cron rerun cheap: heavy modules stay unimported until an input needs them, the
schema check skips Alembic on a current database, and a plain file is read in one go with the
same result as the streamed path it replaces."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ingest import IngestError, IngestOptions, ingest, read_input, sources
from pipeline.ingest.sources import Input, read_plain_file
from pipeline.store import migrate
from tests.conftest import ROOT

LAZY_MODULES = ("alembic", "charset_normalizer", "ftfy", "selectolax")
_RUN_AND_LIST_MODULES = """
import json, sys
from pipeline.cli import main

db, *folders = sys.argv[1:]
for folder in folders:
    try:
        main(["run", "--db", db, folder])
    except SystemExit as exit:
        assert exit.code == 0, (folder, exit.code)
    lazy = sorted(name for name in {lazy!r} if name in sys.modules)
    sys.stderr.write("lazy modules: " + json.dumps(lazy) + "\\n")
"""
CLEAN = "Rates rise again\n\n“We will act,” the governor said of the 3% rise.\n"


def _lazy_modules_after_runs(db_url: str, *folders: Path) -> list[list[str]]:
    """The lazy modules imported after each `factpipe run`, the runs made one after another in
    one fresh interpreter, so nothing a test process imported earlier counts."""
    script = _RUN_AND_LIST_MODULES.format(lazy=LAZY_MODULES)
    completed = subprocess.run(
        [sys.executable, "-c", script, db_url, *map(str, folders)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    prefix = "lazy modules: "
    return [json.loads(line[len(prefix) :]) for line in completed.stderr.splitlines() if line.startswith(prefix)]


def test_heavy_modules_are_imported_only_for_the_inputs_and_databases_that_need_them(
    tmp_path: Path, db_url: str
) -> None:
    plain, more_plain, other = tmp_path / "plain", tmp_path / "more_plain", tmp_path / "other"
    for folder in (plain, more_plain, other):
        folder.mkdir()
    (plain / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (more_plain / "ascii.txt").write_text("Council votes\n\nThe council voted 7-2 on Monday.\n", encoding="utf-8")
    (other / "page.txt").write_text(
        "<!doctype html><html><body><article><p>Page text here.</p></article></body></html>"
    )
    (other / "windows.txt").write_bytes("Café owners said “no” to the plan.\n".encode("cp1252"))
    (other / "mojibake.txt").write_text("The minister said it wasnâ€™t over.\n", encoding="utf-8")

    first = _lazy_modules_after_runs(db_url, plain, other)
    assert first == [["alembic"], ["alembic", "charset_normalizer", "ftfy", "selectolax"]]
    rerun = _lazy_modules_after_runs(db_url, plain, more_plain)
    assert rerun == [[], []]


def test_schema_revision_is_alembics_head() -> None:
    assert migrate.SCHEMA_REVISION == migrate.head_revision(), (
        "a migration was added: set pipeline.store.migrate.SCHEMA_REVISION to its revision"
    )


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "read_whole"),
    [
        ("story.txt", b"Headline\n\nBody text.", True),
        ("page.txt", b"<!DOCTYPE html><html><body><p>Body text.</p></body></html>", True),
        ("story.txt", gzip.compress(b"Headline\n\nBody text."), False),
        ("empty.txt", b"", False),
        ("big.txt", b"x" * 101, False),
    ],
)
def test_plain_files_are_read_in_one_go_and_everything_else_is_streamed(
    tmp_path: Path, name: str, content: bytes, read_whole: bool
) -> None:
    path = _write(tmp_path, name, content)
    raw = read_plain_file(Input.of(path), max_bytes=100)
    assert raw == (content if read_whole else None)


def test_a_file_that_grows_while_it_is_read_is_read_to_its_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`fstat` and `read` disagree: the stream path reads the file again, whole."""
    path = _write(tmp_path, "story.txt", b"Headline\n\nBody text, and a late paragraph.")
    real_fstat = os.fstat

    def fstat_before_the_append(fd: int) -> os.stat_result:
        status = list(real_fstat(fd))
        status[6] = 10  # st_size
        return os.stat_result(status)

    monkeypatch.setattr(sources.os, "fstat", fstat_before_the_append)
    assert read_plain_file(Input.of(path), max_bytes=1000) is None
    [document] = read_input(path)
    assert not isinstance(document, IngestError)
    assert document.text == "Headline\n\nBody text, and a late paragraph."


@pytest.mark.parametrize("root", [".", "inbox", "inbox/", "./inbox", "inbox/../inbox"])
def test_walked_files_are_named_as_their_paths_print(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, root: str
) -> None:
    """Sources must not change between versions, or a rerun would load every file again."""
    (tmp_path / "inbox" / "politics").mkdir(parents=True)
    for name in ("a.txt", "politics/b.txt"):
        (tmp_path / "inbox" / name).write_text(f"Article {name}.")
    monkeypatch.chdir(tmp_path if root != "." else tmp_path / "inbox")
    found = list(sources.discover([Path(root)], IngestOptions()))
    assert [item.source for item in found] == [str(item.path) for item in found]  # type: ignore[union-attr]
    documents = list(ingest([Path(root)]))
    expected = {".": ["a.txt", "politics/b.txt"]}.get(root)
    if expected is None:
        prefix = str(Path(root))
        expected = [f"{prefix}/a.txt", f"{prefix}/politics/b.txt"]
    assert [d.source_uri for d in documents] == expected  # type: ignore[union-attr]
