"""Real processes: a run killed with SIGKILL, and two overlapping runs on one database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEED, query

ARTICLES = 1500


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Distinct articles built on the seed, enough that a run takes a few seconds."""
    folder = tmp_path_factory.mktemp("corpus")
    seed = SEED.read_text(encoding="utf-8")
    for number in range(ARTICLES):
        (folder / f"{number:05d}.txt").write_text(
            f"{seed}\n\nUpdate {number}: officials said {number + 3} more troops arrived on Monday.\n",
            encoding="utf-8",
        )
    return folder


def start_run(db_path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--db", f"sqlite:///{db_path}", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until(predicate, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)


def count(db_path: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
            return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def assert_consistent(db_path: Path) -> None:
    """Every stored document is whole: all its paragraphs, facts with provenance, a source."""
    assert query(db_path, "PRAGMA integrity_check") == [("ok",)]
    paragraph_counts = {n for (n,) in query(db_path, "SELECT count(*) FROM paragraphs GROUP BY document_id")}
    assert paragraph_counts == {13}
    assert query(db_path, "SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM document_sources)") == [(0,)]
    facts = query(db_path, "SELECT (SELECT count(*) FROM quotes) + (SELECT count(*) FROM figures)")[0][0]
    assert query(db_path, "SELECT count(*) FROM provenance") == [(facts,)]


def test_sigkill_mid_run_leaves_whole_documents_and_a_rerun_finishes(corpus: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "killed.sqlite"
    process = start_run(db_path, str(corpus), "--batch-size", "10")
    wait_until(lambda: count(db_path, "documents") >= 50)
    assert process.poll() is None, "the run finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    loaded = count(db_path, "documents")
    assert 50 <= loaded < ARTICLES
    assert_consistent(db_path)
    assert query(db_path, "SELECT status FROM runs") == [("running",)]

    rerun = start_run(db_path, str(corpus), "--json")
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert count(db_path, "documents") == ARTICLES
    assert_consistent(db_path)
    assert f'"unchanged": {loaded}' in out


def test_overlapping_run_exits_75_and_a_waiting_one_queues(corpus: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "shared.sqlite"
    first = start_run(db_path, str(corpus))
    wait_until(lambda: count(db_path, "runs") >= 1)
    second = start_run(db_path, str(SEED))
    out, err = second.communicate(timeout=60)
    assert first.poll() is None, "the first run ended before the overlap was tested"
    assert second.returncode == 75
    assert out == ""
    assert err.count("\n") == 1 and "another factpipe run holds the lock" in err

    waiting = start_run(db_path, str(corpus), "--wait", "--json")
    assert first.wait(timeout=300) == 0
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    assert f'"unchanged": {ARTICLES}' in out
    assert count(db_path, "documents") == ARTICLES
    assert_consistent(db_path)
