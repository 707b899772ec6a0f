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


def set_pragmas_on_connect(engine: Engine, *pragmas: str) -> None:
    """Run `PRAGMA …` on every new SQLite connection, outside any transaction (several pragmas
    are silently ignored inside one), and leave transactions to SQLAlchemy's `begin` events."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()


def _configure_sqlite(engine: Engine) -> None:
    set_pragmas_on_connect(
        engine, f"busy_timeout = {_BUSY_TIMEOUT_MS}", "foreign_keys = ON", "synchronous = NORMAL", "journal_mode = WAL"
    )

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
