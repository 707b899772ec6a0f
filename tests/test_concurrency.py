"""Real processes: a run killed with SIGKILL, overlapping runs on SQLite, and four workers
sharing one PostgreSQL database with one of them killed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.backends import Backend, Database
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
    assert query(
        db_path, "SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM document_sources)"
    ) == [(0,)]
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


def canonical_facts(database: Database) -> dict[str, list[tuple]]:
    """Everything a user queries, keyed by text rather than by ids, so databases built by
    different processes and backends compare equal when they hold the same facts."""
    queries = {
        "sources": "SELECT s.source_uri, d.sha256 FROM document_sources s JOIN documents d ON d.id = s.document_id",
        "paragraphs": "SELECT d.sha256, p.idx, p.kind, p.start_char, p.end_char FROM paragraphs p "
        "JOIN documents d ON d.id = p.document_id",
        "quotes": "SELECT d.sha256, q.start_char, q.end_char, q.text, q.speaker, q.cue, "
        "CASE WHEN q.is_partial THEN 1 ELSE 0 END FROM quotes q JOIN documents d ON d.id = q.document_id",
        "figures": "SELECT d.sha256, f.start_char, f.end_char, f.text, f.value, f.value_high, f.value_text, f.unit, "
        "f.kind, f.change FROM figures f JOIN documents d ON d.id = f.document_id",
        "provenance": "SELECT d.sha256, p.fact_table, p.extractor, p.extractor_version FROM provenance p "
        "JOIN documents d ON d.id = p.document_id",
    }
    return {name: sorted(database.query(sql), key=repr) for name, sql in queries.items()}


def test_four_postgresql_workers_one_killed_load_everything_exactly_once(
    corpus: Path, backend: Backend, tmp_path: Path
) -> None:
    if backend.name != "postgresql":
        pytest.skip("workers share a database through the PostgreSQL work queue; SQLite has one writer")
    shared = backend.new_database()
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pipeline",
                "run",
                "--db",
                shared.url,
                str(corpus),
                "--batch-size",
                "10",
                "--lease-seconds",
                "3",
                "--json",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    victim = workers[0]

    def victim_holds_work() -> bool:
        try:
            held = shared.query(
                "SELECT count(*) FROM work_items WHERE state = 'claimed' AND claimed_by LIKE :me", me=f"%:{victim.pid}"
            )
        except Exception:  # noqa: BLE001 - the schema may not exist yet
            return False
        return held[0][0] > 0

    wait_until(victim_holds_work, seconds=120)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    for survivor in workers[1:]:
        _, err = survivor.communicate(timeout=600)
        assert survivor.returncode == 0, err
    assert shared.query("SELECT state, count(*) FROM work_items GROUP BY state") == [("done", ARTICLES)]

    single = Backend("sqlite", tmp_path).new_database()
    assert (
        subprocess.run(
            [sys.executable, "-m", "pipeline", "run", "--db", single.url, str(corpus)], capture_output=True, check=False
        ).returncode
        == 0
    )
    assert canonical_facts(shared) == canonical_facts(single)
    assert shared.query("SELECT count(*) FROM documents") == [(ARTICLES,)]
