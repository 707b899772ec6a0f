"""Looking after the database: `migrate` upgrades its schema, `stats` shows what it holds."""

from __future__ import annotations

import json

import click

from pipeline.commands.common import db_option, ensure_schema, json_option, open_engine


@click.command()
@db_option
def migrate(db_url: str | None) -> None:
    """Upgrade the database to the newest schema."""
    from pipeline.store.lock import run_lock
    from pipeline.store.migrate import upgrade

    engine = open_engine(db_url)
    with run_lock(engine, wait=True):
        before, after = upgrade(engine)
    click.echo(f"schema {before or 'empty'} -> {after} ({engine.url})")


@click.command()
@db_option
@json_option
@click.option("--runs", "run_limit", default=5, show_default=True, help="How many recent runs to list.")
def stats(db_url: str | None, as_json: bool, run_limit: int) -> None:
    """Row counts per table and the most recent runs."""
    from pipeline.load import recent_runs, table_counts

    engine = open_engine(db_url)
    ensure_schema(engine, migrate_fresh=False)
    counts = table_counts(engine)
    runs = recent_runs(engine, run_limit)
    if as_json:
        click.echo(json.dumps({"tables": counts, "runs": runs}, sort_keys=True))
        return
    for table, count in counts.items():
        click.echo(f"{table:<18}{count:>10}")
    click.echo("")
    for entry in runs:
        summary = entry["stats"] or {}
        documents = summary.get("documents", {}) if isinstance(summary, dict) else {}
        click.echo(
            f"run {entry['id']:<5} {entry['status']:<8} {entry['started_at']}  "
            f"{documents}  facts+{summary.get('facts_added', 0) if isinstance(summary, dict) else 0}  {entry['command']}"
        )
