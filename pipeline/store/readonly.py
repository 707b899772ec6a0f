"""Engines that cannot write, for commands that only read (`query`, `export`).

SQLite opens the file with `mode=ro`: a query can never change it, never creates a missing file,
and in WAL mode it reads the last committed state while a run holds the write lock, so it needs
neither `BEGIN IMMEDIATE` nor the run lock that writers take; `query_only` extends the refusal to
any database a query attaches.  PostgreSQL sessions start with `default_transaction_read_only`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from pipeline.store.engine import set_pragmas_on_connect, sqlite_path

_BUSY_TIMEOUT_MS = 5_000
"""Only a checkpoint or a rollback of the WAL briefly blocks a reader; a writer never does."""


class NoDatabase(Exception):
    """The URL names a SQLite file that does not exist."""


def _sqlite_read_only(path: Path) -> Engine:
    if not path.is_file():
        raise NoDatabase(f"no database at {path}: run `factpipe run` or `factpipe migrate` first")
    engine = create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true")
    set_pragmas_on_connect(engine, f"busy_timeout = {_BUSY_TIMEOUT_MS}", "query_only = ON")
    return engine


def read_only_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        return _sqlite_read_only(path)
    if make_url(url).get_backend_name() == "postgresql":
        return create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})
    return create_engine(url)
