"""One writer per database: overlapping cron runs wait or give up, they never interleave.

SQLite gets an `flock` on a file beside the database (released by the kernel if the process dies);
PostgreSQL gets a session-level advisory lock held on its own connection for the run.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text

from pipeline.store.engine import sqlite_path

_ADVISORY_KEY = 0x66616374  # "fact"


class Locked(Exception):
    """Another run holds the database."""


@contextmanager
def _file_lock(path_text: str, wait: bool) -> Iterator[None]:
    with open(path_text, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as error:
            raise Locked(f"another factpipe run holds the lock {path_text}") from error
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _advisory_lock(engine: Engine, wait: bool) -> Iterator[None]:
    with engine.connect() as connection:
        if wait:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _ADVISORY_KEY})
        elif not connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": _ADVISORY_KEY}).scalar():
            raise Locked("another factpipe run holds this database's advisory lock")
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _ADVISORY_KEY})
            connection.commit()


@contextmanager
def run_lock(engine: Engine, wait: bool) -> Iterator[None]:
    path = sqlite_path(str(engine.url))
    if path is not None:
        with _file_lock(f"{path}.lock", wait):
            yield
    elif engine.dialect.name == "postgresql":
        with _advisory_lock(engine, wait):
            yield
    else:
        yield
