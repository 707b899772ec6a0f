"""Shared fixtures: a temp database URL, a CLI runner, and the read-only shared data folder."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import Engine

from pipeline.cli import main
from pipeline.store.engine import make_engine
from pipeline.store.migrate import upgrade
from tests.backends import Backend, Database, backend_fixture

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_5bcc1224fe1c96f2.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


def shared_data(relative: str) -> Path:
    """A file or folder under ../shared/data, or a skip saying why it is missing."""
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"evaluation data {path} is not present on this machine")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "facts.sqlite"


@pytest.fixture
def db_url(db_path: Path) -> str:
    return f"sqlite:///{db_path}"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    """A migrated SQLite database at `db_path`, for tests that call the stages' functions."""
    engine = make_engine(f"sqlite:///{db_path}")
    upgrade(engine)
    yield engine
    engine.dispose()


Invoke = Callable[..., Result]


@pytest.fixture
def factpipe(db_url: str) -> Invoke:
    """Run the CLI in-process against the temp database; stdout and stderr stay apart."""

    def invoke(*args: str, input: str | None = None, db: str | None = db_url) -> Result:
        argv = list(args)
        if db is not None:
            argv += ["--db", db]
        return CliRunner().invoke(main, argv, input=input, catch_exceptions=False)

    return invoke


def query(db_path: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql, params).fetchall()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    """Parametrises a test over every database backend (PostgreSQL only when configured)."""
    yield from backend_fixture(request, tmp_path)


@pytest.fixture
def database(backend: Backend) -> Database:
    return backend.new_database()


@pytest.fixture
def cli(database: Database) -> Invoke:
    """Run the CLI in-process against the test's database on the current backend."""

    def invoke(*args: str, input: str | None = None, db: str | None = database.url) -> Result:
        argv = list(args)
        if db is not None:
            argv += ["--db", db]
        return CliRunner().invoke(main, argv, input=input, catch_exceptions=False)

    return invoke
