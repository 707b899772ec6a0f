"""Alembic, driven from code: upgrade a database, or refuse to work on an out-of-date one."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

import migrations


class SchemaOutOfDate(Exception):
    """The database exists but is behind this version of factpipe."""


def include_name(name: str | None, type_: str, _parent_names: Mapping[str, str | None]) -> bool:
    """Leave full-text search out of model comparisons: the migrations make it (FTS5 tables and
    their shadow tables on SQLite, GIN indexes on PostgreSQL) and no model describes it.  Views
    need no rule, as reflection never lists them among tables."""
    if name is None or type_ not in ("table", "index"):
        return True
    return not (name.endswith("_fts") or "_fts_" in name)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "migrations/versions holds no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Upgrade to the newest schema; returns (revision before, revision after)."""
    before = current_revision(engine)
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    return before, head_revision()


def ensure_schema(engine: Engine, *, migrate_fresh: bool) -> None:
    """A fresh database may be created here; an older one is upgraded only on request, because
    migrating a populated database is a step its owner should take knowingly."""
    current = current_revision(engine)
    if current == head_revision():
        return
    if current is None and migrate_fresh:
        upgrade(engine)
        return
    state = "has no factpipe schema" if current is None else f"is at schema revision {current}"
    raise SchemaOutOfDate(f"the database {state}, this factpipe needs {head_revision()}: run `factpipe migrate` first")
