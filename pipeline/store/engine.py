"""Engines configured for a single writer and concurrent readers.

SQLite gets per-connection pragmas and `BEGIN IMMEDIATE` write transactions: a deferred
transaction that reads and then writes fails at once with "database is locked" when another
process writes, while an immediate one waits up to `busy_timeout` for its turn.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DEFAULT_URL = "sqlite:///db/facts.sqlite"
_BUSY_TIMEOUT_MS = 30_000


def resolve_url(url: str | None) -> str:
    """`--db` first, then `FACTPIPE_DB`, then the embedded default."""
    return url or os.environ.get("FACTPIPE_DB") or DEFAULT_URL


def sqlite_path(url: str) -> Path | None:
    """The database file behind a SQLite URL, or None for other backends and `:memory:`."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine
