"""`run_pipeline` in batches: every outcome reaches the summary, a failing batch aborts the run
after the batches before it have committed, and the collector's threshold is restored."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from pipeline import runner
from pipeline.ingest import DEFAULT_OPTIONS
from tests.conftest import SEED, query

ARTICLES = {
    "a.txt": 'Storm hits coast\n\n"We lost 40 homes," said Mayor Ann Lee on 3 January.',
    "b.txt": 'Budget agreed\n\nThe council approved $3.2bn. "It is fair," said Tom Hart.',
    "c.txt": 'Team wins\n\nThe club beat its rivals 3-1 before 2,500 fans. "Great night," said coach Bo Lund.',
}


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_one_document_batches_all_load_and_are_counted(engine: Engine, inbox: Path, db_path: Path) -> None:
    summary = runner.run_pipeline(engine, [inbox], "test", DEFAULT_OPTIONS, batch_size=1)

    assert summary.outcomes == {"inserted": 4}
    assert summary.failed == []
    stored_facts = query(db_path, "SELECT (SELECT count(*) FROM quotes) + (SELECT count(*) FROM figures)")[0][0]
    assert summary.facts_added == stored_facts > 12
    assert query(db_path, "SELECT count(*) FROM provenance")[0][0] == stored_facts
    assert query(db_path, "SELECT status FROM runs") == [("ok",)]


def test_a_failing_batch_aborts_the_run_after_the_batches_before_it(
    engine: Engine, inbox: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real_load_batch = runner.load_batch

    def load_batch_failing_second(*args: object, **kwargs: object) -> runner.BatchResult:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_load_batch(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "load_batch", load_batch_failing_second)

    with pytest.raises(OSError, match="disk full"):
        runner.run_pipeline(engine, [inbox], "test", DEFAULT_OPTIONS, batch_size=1)

    assert len(calls) == 2, "no batch is loaded after one has failed"
    assert query(db_path, "SELECT count(*) FROM documents")[0][0] == 1
    status, stats = query(db_path, "SELECT status, stats_json FROM runs")[0]
    assert status == "aborted"
    assert '"inserted": 1' in stats


def test_the_collector_threshold_is_raised_for_the_run_and_restored(engine: Engine, inbox: Path) -> None:
    seen: list[tuple[int, int, int]] = []
    before = gc.get_threshold()
    original = runner.process

    def spying_process(document: runner.Document) -> runner.Processed:
        seen.append(gc.get_threshold())
        return original(document)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runner, "process", spying_process)
        runner.run_pipeline(engine, [inbox], "test", DEFAULT_OPTIONS)

    assert seen and all(threshold[0] > before[0] for threshold in seen)
    assert gc.get_threshold() == before


def test_failing_to_store_file_stats_is_a_warning_not_an_abort(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def locked(*_args: object) -> None:
        raise OperationalError("UPDATE document_sources", {}, Exception("database is locked"))

    monkeypatch.setattr(runner, "record_stats", locked)
    runner.store_stats(engine, {("a.txt", "0" * 64): (1, 2, 3, 4)})  # type: ignore[dict-item]

    assert "could not store the stats of 1 unchanged files" in caplog.text
