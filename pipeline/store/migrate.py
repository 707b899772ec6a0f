"""Alembic, driven from code: upgrade a database, or refuse to work on an out-of-date one.

Alembic is imported inside the functions that drive it, not with this module: importing it costs
about 0.3 s, more than anything else a cron run over unchanged files does, and a database that is
already at `SCHEMA_REVISION` — every run but the first after an upgrade — is recognised with one
query on its `alembic_version` table instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

import migrations

if TYPE_CHECKING:
    from alembic.config import Config

SCHEMA_REVISION = "0006"
"""The newest revision in migrations/versions, which `ensure_schema` checks without Alembic; a
test compares it with Alembic's head, so adding a migration means updating it."""
_VERSION_TABLE = "alembic_version"


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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "migrations/versions holds no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _is_at_schema_revision(engine: Engine) -> bool:
    """Whether the database records exactly `SCHEMA_REVISION`, asked with plain SQL; anything
    else (no version table, another revision, several) is left to Alembic to judge."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(_VERSION_TABLE):
            return False
        stored = connection.execute(text(f"SELECT version_num FROM {_VERSION_TABLE}")).scalars().all()
    return stored == [SCHEMA_REVISION]


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Upgrade to the newest schema; returns (revision before, revision after)."""
    from alembic import command

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
    if _is_at_schema_revision(engine):
        return
    current = current_revision(engine)
    if current == head_revision():
        return
    if current is None and migrate_fresh:
        upgrade(engine)
        return
    state = "has no factpipe schema" if current is None else f"is at schema revision {current}"
    raise SchemaOutOfDate(f"the database {state}, this factpipe needs {head_revision()}: run `factpipe migrate` first")
