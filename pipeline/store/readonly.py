"""Engines that cannot write, for commands that only read (`query`, `export`).

SQLite opens the file with `mode=ro`: a query can never change it, never creates a missing file,
and in WAL mode it reads the last committed state while a run holds the write lock, so it needs
neither `BEGIN IMMEDIATE` nor the run lock that writers take; `query_only` extends the refusal to
any database a query attaches.  PostgreSQL sessions start with `default_transaction_read_only`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from pipeline.store.engine import sqlite_path

_BUSY_TIMEOUT_MS = 5_000
"""Only a checkpoint or a rollback of the WAL briefly blocks a reader; a writer never does."""


class NoDatabase(Exception):
    """The URL names a SQLite file that does not exist."""


def _sqlite_read_only(path: Path) -> Engine:
    if not path.is_file():
        raise NoDatabase(f"no database at {path}: run `factpipe run` or `factpipe migrate` first")
    engine = create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    return engine


def read_only_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        return _sqlite_read_only(path)
    if make_url(url).get_backend_name() == "postgresql":
        return create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})
    return create_engine(url)
