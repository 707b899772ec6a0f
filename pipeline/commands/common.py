"""What every command shares: exit codes, options, opening the database, stdin/stdout records.

stdout carries only results (summaries, JSON lines between stages, `--json` output); logs and
errors go to stderr.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from typing import TypeVar

import click
from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine

EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 75

Model = TypeVar("Model", bound=BaseModel)
log = logging.getLogger("factpipe")

db_option = click.option(
    "--db",
    "db_url",
    envvar="FACTPIPE_DB",
    default=None,
    metavar="URL",
    help="SQLAlchemy URL of the database [env FACTPIPE_DB; default sqlite:///db/facts.sqlite].",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text, for scripts.")


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class ConfigError(click.ClickException):
    exit_code = EXIT_USAGE


def _engine_for(db_url: str | None, make: Callable[[str], Engine]) -> Engine:
    from sqlalchemy.engine import make_url

    from pipeline.store.engine import resolve_url

    url = resolve_url(db_url)
    parsed = make_url(url)
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise ConfigError(f"factpipe stores facts in SQLite or PostgreSQL, not {parsed.get_backend_name()} ({shown})")
    try:
        return make(url)
    except ImportError as error:
        raise ConfigError(f"no driver for {shown}: {error}; PostgreSQL needs the 'postgres' extra (psycopg)") from error


def open_engine(db_url: str | None) -> Engine:
    """The database as a writer opens it: a missing SQLite file is created."""
    from pipeline.store.engine import make_engine

    return _engine_for(db_url, make_engine)


def open_read_only(db_url: str | None) -> Engine:
    """The database as a reader opens it: nothing is created or changed, a missing or
    out-of-date database is refused with the command that fixes it, and a running write never
    blocks the read."""
    from pipeline.store.readonly import NoDatabase, read_only_engine

    try:
        engine = _engine_for(db_url, read_only_engine)
    except NoDatabase as error:
        raise ConfigError(str(error)) from error
    ensure_schema(engine, migrate_fresh=False)
    return engine


def ensure_schema(engine: Engine, *, migrate_fresh: bool) -> None:
    from pipeline.store import migrate

    try:
        migrate.ensure_schema(engine, migrate_fresh=migrate_fresh)
    except migrate.SchemaOutOfDate as error:
        raise ConfigError(str(error)) from error


class StdinRecords(Iterator[Model]):
    """JSON lines from stdin; a line that is not a valid record is reported by number, counted
    and skipped, so one bad line does not cost the others."""

    def __init__(self, model: type[Model]) -> None:
        self._model = model
        self._lines = enumerate(sys.stdin, start=1)
        self.problems: list[str] = []

    @property
    def failed(self) -> int:
        return len(self.problems)

    def __next__(self) -> Model:
        for number, line in self._lines:
            if not line.strip():
                continue
            try:
                return self._model.model_validate_json(line)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "record"
                problem = f"stdin line {number}: not a {self._model.__name__} record ({where}: {first['msg']})"
                log.error("%s", problem)
                self.problems.append(problem)
        raise StopIteration


def write_record(record: BaseModel) -> None:
    sys.stdout.write(record.model_dump_json())
    sys.stdout.write("\n")


def exit_for_failures(failed: int) -> None:
    if failed:
        sys.exit(EXIT_INPUT_FAILED)


def write_locked(engine: Engine, wait: bool, body: Callable[[], None], *, exclusive: bool = True) -> None:
    """Run `body` as the database's only writer; a fresh database is migrated under the lock so
    two first runs cannot both try to create the schema.  `exclusive=False` holds the lock only
    for that brief step, always waiting for it, for writers that coordinate through the work
    queue instead."""
    from pipeline.store.lock import Locked, run_lock

    try:
        with run_lock(engine, wait or not exclusive):
            ensure_schema(engine, migrate_fresh=True)
            if exclusive:
                body()
    except Locked as error:
        click.echo(f"factpipe: {error}; exiting without changes (use --wait to queue)", err=True)
        sys.exit(EXIT_LOCKED)
    if not exclusive:
        body()
