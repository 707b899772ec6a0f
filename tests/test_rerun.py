"""What keeps a cron rerun cheap: heavy modules stay unimported until an input needs them, the
schema check skips Alembic on a current database, a plain file is read in one go with the same
result as the streamed path it replaces, and a file whose stat is the one stored with its text is
not opened at all."""

from __future__ import annotations

import builtins
import gzip
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from pipeline.ingest import IngestError, IngestOptions, ingest, read_input, sources
from pipeline.ingest.sources import Input, read_plain_file
from pipeline.store import migrate
from tests.backends import Database
from tests.conftest import ROOT, Invoke

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


# Skipping unchanged files on their stat: a rerun opens only the files whose size, mtime, ctime or
# inode differ from those stored with their text.

STORY = "Rates rise again\n\nThe governor said the 3% rise would be the last this year.\n"
HOUR_AGO_NS = 3600 * 10**9


def _stored_stats(database: Database) -> dict[str, tuple[int | None, ...]]:
    rows = database.query(
        "SELECT source_uri, file_size, file_mtime_ns, file_ctime_ns, file_inode FROM document_sources"
    )
    return {Path(source).name: tuple(stat) for source, *stat in rows}


def _file_stat(path: Path) -> tuple[int, ...]:
    status = path.stat()
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def _run(cli: Invoke, folder: Path) -> dict[str, object]:
    result = cli("run", str(folder), "--json", "--glob", "*.txt", "--glob", "*.gz", "--glob", "*.jsonl")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _story(tmp_path: Path) -> Path:
    """One article in an inbox folder of its own."""
    story = tmp_path / "inbox" / "story.txt"
    story.parent.mkdir()
    story.write_text(STORY, encoding="utf-8")
    return story


def _back_date(path: Path, ns: int = HOUR_AGO_NS) -> None:
    """An mtime an hour old, as a file that arrived earlier has; os.utime leaves ctime at now."""
    then = time.time_ns() - ns
    os.utime(path, ns=(then, then))


@pytest.fixture
def later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest's clock a minute ahead, as the next cron run would see it: files written by the
    test are settled then, without the test sleeping."""
    real = time.time_ns
    monkeypatch.setattr(sources, "time", SimpleNamespace(time_ns=lambda: real() + 60 * 10**9))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Names of the files in tmp_path/inbox that are opened from now on."""
    names: list[str] = []
    real_open = io.open
    inbox = tmp_path / "inbox"

    def spy(file: object, *args: object, **kwargs: object) -> object:
        if isinstance(file, (str, Path)) and Path(file).parent == inbox:
            names.append(Path(file).name)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(io, "open", spy)
    monkeypatch.setattr(builtins, "open", spy)
    return names


def test_an_unchanged_rerun_opens_no_one_document_file(
    cli: Invoke, database: Database, tmp_path: Path, later: None, opened: list[str]
) -> None:
    """Text, HTML and gzip files are skipped by stat; a JSON Lines file holds many sources, which
    one stat cannot vouch for, so it is read and its records recognised by hash."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(STORY, encoding="utf-8")
    (inbox / "page.txt").write_text(
        "<!doctype html><html><body><article><p>Page text here.</p></article></body></html>"
    )
    (inbox / "b.txt.gz").write_bytes(gzip.compress(STORY.replace("3%", "4%").encode()))
    (inbox / "feed.jsonl").write_text(json.dumps({"id": "x1", "text": STORY.replace("3%", "5%")}) + "\n")
    first = _run(cli, inbox)
    assert first["documents"] == {"inserted": 4}
    stats = _stored_stats(database)
    assert stats == {
        "a.txt": _file_stat(inbox / "a.txt"),
        "page.txt": _file_stat(inbox / "page.txt"),
        "b.txt.gz": _file_stat(inbox / "b.txt.gz"),
        "feed.jsonl#x1": (None, None, None, None),
    }

    opened.clear()
    rerun = _run(cli, inbox)
    assert rerun["documents"] == {"unchanged": 4}
    assert rerun["unchanged_by"] == {"hash": 1, "stat": 3}
    assert opened == ["feed.jsonl"]
    assert _stored_stats(database) == stats


@pytest.mark.parametrize("how", ["in place", "replaced by rename"])
def test_an_edit_that_keeps_size_and_mtime_is_caught(
    cli: Invoke, database: Database, tmp_path: Path, later: None, how: str
) -> None:
    """`touch -d`, `cp -p`, `rsync -t` or tar can put an edited file's mtime back; its ctime
    (which no tool can set) or its inode still differs."""
    story = _story(tmp_path)
    _back_date(story)
    assert _run(cli, story.parent)["documents"] == {"inserted": 1}
    before = story.stat()

    edited = STORY.replace("3%", "4%")
    if how == "in place":
        story.write_text(edited, encoding="utf-8")
    else:
        (story.parent / "story.tmp").write_text(edited, encoding="utf-8")
        os.replace(story.parent / "story.tmp", story)
    os.utime(story, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = story.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert (after.st_ctime_ns, after.st_ino) != (before.st_ctime_ns, before.st_ino)

    rerun = _run(cli, story.parent)
    assert rerun["documents"] == {"replaced": 1}
    assert database.query("SELECT text FROM documents") == [(edited,)]
    assert _stored_stats(database) == {"story.txt": _file_stat(story)}


def test_a_file_changed_within_seconds_of_its_read_is_hashed_until_it_settles(
    cli: Invoke, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file written just now could be written again within the same timestamp tick without
    its stat changing, so its stat is not kept until it is a few seconds old."""
    story = _story(tmp_path)
    assert _run(cli, story.parent)["documents"] == {"inserted": 1}
    assert _stored_stats(database) == {"story.txt": (None, None, None, None)}

    _back_date(story)  # mtime old, ctime still now: racy all the same
    rerun = _run(cli, story.parent)
    assert (rerun["documents"], rerun["unchanged_by"]) == ({"unchanged": 1}, {"hash": 1})
    assert _stored_stats(database) == {"story.txt": (None, None, None, None)}

    real = time.time_ns
    monkeypatch.setattr(sources, "time", SimpleNamespace(time_ns=lambda: real() + sources.SETTLE_NS + 10**8))
    settled = _run(cli, story.parent)
    assert settled["unchanged_by"] == {"hash": 1}
    assert _stored_stats(database) == {"story.txt": _file_stat(story)}
    assert _run(cli, story.parent)["unchanged_by"] == {"stat": 1}


def test_a_touched_but_identical_file_gets_its_new_stat_and_no_new_facts(
    cli: Invoke, database: Database, tmp_path: Path, later: None, opened: list[str]
) -> None:
    story = _story(tmp_path)
    _back_date(story)
    first = _run(cli, story.parent)
    facts = database.query("SELECT id, run_id FROM provenance ORDER BY id")
    stored = _stored_stats(database)["story.txt"]

    _back_date(story, HOUR_AGO_NS // 2)  # touched: a new mtime and ctime, the same bytes
    opened.clear()
    touched = _run(cli, story.parent)
    assert (touched["documents"], touched["unchanged_by"], touched["facts_added"]) == ({"unchanged": 1}, {"hash": 1}, 0)
    assert opened == ["story.txt"]
    assert _stored_stats(database)["story.txt"] == _file_stat(story) != stored
    assert database.query("SELECT id, run_id FROM provenance ORDER BY id") == facts
    assert database.query("SELECT DISTINCT run_id FROM document_sources") == [(first["run_id"],)]

    opened.clear()
    assert _run(cli, story.parent)["unchanged_by"] == {"stat": 1}
    assert opened == []


def test_a_changed_file_replaces_its_facts_and_its_stat(
    cli: Invoke, database: Database, tmp_path: Path, later: None
) -> None:
    story = _story(tmp_path)
    _back_date(story)
    _run(cli, story.parent)

    longer = STORY.replace("the last this year", "the last rise of 2% or more this year")
    story.write_text(longer, encoding="utf-8")
    _back_date(story)
    rerun = _run(cli, story.parent)
    assert rerun["documents"] == {"replaced": 1}
    [(sha,)] = database.query("SELECT sha256 FROM documents")
    assert database.query("SELECT DISTINCT source_sha256, run_id FROM provenance") == [(sha, rerun["run_id"])]
    assert {text for (text,) in database.query("SELECT text FROM figures")} >= {"2%", "3%"}
    assert _stored_stats(database) == {"story.txt": _file_stat(story)}


def test_the_stat_of_a_file_named_on_the_command_line_is_kept_too(
    cli: Invoke, database: Database, tmp_path: Path, later: None, opened: list[str]
) -> None:
    story = _story(tmp_path)
    assert json.loads(cli("run", str(story), "--json").stdout)["documents"] == {"inserted": 1}
    opened.clear()
    assert json.loads(cli("run", str(story), "--json").stdout)["unchanged_by"] == {"stat": 1}
    assert opened == []


def test_extractor_versions_that_changed_make_an_unmodified_file_read_again(
    cli: Invoke, database: Database, tmp_path: Path, later: None
) -> None:
    story = _story(tmp_path)
    _back_date(story)
    _run(cli, story.parent)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE documents SET extracted_with = 'quotes=0.0.1'"))
    assert _run(cli, story.parent)["documents"] == {"reextracted": 1}
    assert _stored_stats(database) == {"story.txt": _file_stat(story)}
    assert _run(cli, story.parent)["unchanged_by"] == {"stat": 1}


@pytest.mark.parametrize(
    ("inode", "stored"),
    [(12345, 12345), (2**63 - 1, 2**63 - 1), (2**63, -(2**63)), (2**64 - 1, -1)],
)
def test_stats_are_kept_as_signed_64_bit_integers(inode: int, stored: int) -> None:
    """Overlay filesystems number inodes with the top bit set; databases store signed BIGINTs."""
    old = time.time_ns() - HOUR_AGO_NS
    status = SimpleNamespace(st_mode=0o100644, st_size=10, st_mtime_ns=old, st_ctime_ns=old, st_ino=inode)
    entry = SimpleNamespace(stat=lambda: status)
    assert sources.settled_stat(Input("x.txt", False, entry)) == (10, old, old, stored)  # type: ignore[arg-type]
