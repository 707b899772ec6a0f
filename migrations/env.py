"""Alembic environment: runs on the connection factpipe hands over, or on `sqlalchemy.url`.

On SQLite, batch mode lets later migrations alter tables, and foreign keys are off while a
migration rebuilds tables, then checked once at the end.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, text

from pipeline.store.engine import make_engine, resolve_url
from pipeline.store.migrate import include_name
from pipeline.store.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()
        if is_sqlite:
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"migration left rows with broken foreign keys: {problems[:5]}")
    if is_sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url")))
    with engine.connect() as connection:
        _run(connection)
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("factpipe migrations run online only: use `factpipe migrate`")
run_migrations_online()
