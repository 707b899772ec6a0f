"""One test body, every database backend: SQLite always, PostgreSQL when a server is configured.

`.ci/run` starts a local PostgreSQL server and sets FACTPIPE_TEST_POSTGRES_URL to a URL whose
role may create databases; each test gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import time
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from pipeline.store.report import PUBLIC_TABLES

POSTGRES_URL_VARIABLE = "FACTPIPE_TEST_POSTGRES_URL"
_DROP_ATTEMPTS = 5
FACT_TABLES = [table for table in PUBLIC_TABLES if table != "runs"]
TIMESTAMPS = {"ingested_at", "created_at"}
FILE_STATS = {"file_size", "file_mtime_ns", "file_ctime_ns", "file_inode"}
"""When and from which file inode a row was read: the same facts loaded at another moment, or
through the stage commands (which pass no stats), differ only here."""


@dataclass
class Database:
    url: str
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = create_engine(self.url)
        return self._engine

    @property
    def dialect(self) -> str:
        return make_url(self.url).get_backend_name()

    def query(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        with self.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]

    def snapshot(self, *, with_times: bool = True) -> dict[str, list[dict[str, Any]]]:
        """Every row of every table but `runs`; without timestamps and file stats to compare two
        databases built at different moments or by different commands."""
        with self.engine.connect() as connection:
            return {
                table: [
                    {k: v for k, v in row._mapping.items() if with_times or k not in TIMESTAMPS | FILE_STATS}
                    for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY id"))
                ]
                for table in FACT_TABLES
            }

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


class Backend:
    """Makes fresh databases of one kind for one test."""

    def __init__(self, name: str, tmp_path: Path) -> None:
        self.name = name
        self._tmp_path = tmp_path
        self._made: list[tuple[Database, str | None]] = []

    def new_database(self) -> Database:
        if self.name == "sqlite":
            database = Database(f"sqlite:///{self._tmp_path / f'facts-{len(self._made)}.sqlite'}")
            self._made.append((database, None))
            return database
        server = make_url(os.environ[POSTGRES_URL_VARIABLE])
        name = f"factpipe_test_{uuid.uuid4().hex[:12]}"
        with create_engine(server, isolation_level="AUTOCOMMIT").connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        database = Database(server.set(database=name).render_as_string(hide_password=False))
        self._made.append((database, name))
        return database

    def drop_all(self) -> None:
        for database, name in self._made:
            database.close()
            if name is not None:
                _drop(name)


def _drop(name: str) -> None:
    """Drop a test database; a backend the server is still winding down (or an autovacuum
    worker the test role may not terminate) can hold it for a moment, so try a few times and
    then leave it, with a warning, rather than fail a test that passed."""
    server = make_url(os.environ[POSTGRES_URL_VARIABLE])
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        for attempt in range(_DROP_ATTEMPTS):
            try:
                with engine.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except DBAPIError:
                time.sleep(0.2 * (attempt + 1))
        warnings.warn(f"could not drop test database {name}", stacklevel=2)
    finally:
        engine.dispose()


def backend_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "postgresql" and not os.environ.get(POSTGRES_URL_VARIABLE):
        pytest.skip(f"{POSTGRES_URL_VARIABLE} is not set; .ci/run starts a PostgreSQL server and sets it")
    backend = Backend(request.param, tmp_path)
    try:
        yield backend
    finally:
        backend.drop_all()
