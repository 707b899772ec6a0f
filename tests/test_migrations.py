"""The Alembic migrations and the SQLAlchemy models describe the same schema."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pipeline.store.engine import make_engine
from pipeline.store.migrate import current_revision, head_revision, include_name, upgrade
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
