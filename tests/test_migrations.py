"""The Alembic migrations and the SQLAlchemy models describe the same schema."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pipeline.ingest import sources
from pipeline.store.engine import make_engine
from pipeline.store.migrate import alembic_config, current_revision, head_revision, include_name, upgrade
from pipeline.store.schema import Base
from tests.conftest import SEED, Invoke, query


def test_migrated_database_matches_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_of_a_populated_database_keeps_its_rows(factpipe: Invoke, db_url: str, db_path: Path) -> None:
    assert factpipe("run", str(SEED)).exit_code == 0
    before = query(db_path, "SELECT count(*) FROM paragraphs")
    engine = make_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert query(db_path, "SELECT count(*) FROM paragraphs") == before
    assert query(db_path, "PRAGMA foreign_key_check") == []
    assert query(db_path, "PRAGMA integrity_check") == [("ok",)]


def test_fresh_database_is_in_wal_mode_after_a_run(factpipe: Invoke, db_path: Path) -> None:
    factpipe("run", str(SEED))
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]


def test_source_stats_migration_keeps_a_populated_database_and_the_next_run_fills_them(
    factpipe: Invoke, db_url: str, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0006 adds the file stat columns as NULL: the next run reads and hashes each file once,
    finds it unchanged, and stores its stat."""
    from alembic import command

    story = tmp_path / "inbox" / "story.txt"
    story.parent.mkdir()
    shutil.copy2(SEED, story)
    assert factpipe("run", str(story.parent)).exit_code == 0
    engine = make_engine(db_url)
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
        connection.commit()
    before = query(db_path, "SELECT * FROM document_sources")
    upgrade(engine)
    assert query(db_path, "SELECT id, document_id, source_uri, run_id FROM document_sources") == before
    assert query(db_path, "SELECT file_size, file_mtime_ns, file_ctime_ns, file_inode FROM document_sources") == [
        (None, None, None, None)
    ]
    assert query(db_path, "PRAGMA foreign_key_check") == []

    real = time.time_ns
    monkeypatch.setattr(sources, "time", SimpleNamespace(time_ns=lambda: real() + 60 * 10**9))  # the copy settled
    result = factpipe("run", str(story.parent), "--json")
    assert json.loads(result.stdout)["unchanged_by"] == {"hash": 1}
    [(size, inode)] = query(db_path, "SELECT file_size, file_inode FROM document_sources")
    assert (size, inode) == (story.stat().st_size, story.stat().st_ino)
