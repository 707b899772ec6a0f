"""Looking after the database: `migrate` upgrades its schema, `stats` and `runs` show what it holds."""

from __future__ import annotations

import json

import click

from pipeline.commands.common import db_option, json_option, open_engine, open_read_only


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
    from pipeline.store.report import format_runs, recent_runs, table_counts

    engine = open_read_only(db_url)
    counts = table_counts(engine)
    reports = recent_runs(engine, run_limit)
    if as_json:
        click.echo(json.dumps({"tables": counts, "runs": [r.as_dict() for r in reports]}, sort_keys=True))
        return
    for table, count in counts.items():
        click.echo(f"{table:<18}{count:>10}")
    click.echo("")
    for line in format_runs(reports):
        click.echo(line)


@click.command()
@db_option
@json_option
@click.option("--limit", default=20, show_default=True, help="How many recent runs to list.")
def runs(db_url: str | None, as_json: bool, limit: int) -> None:
    """Recent runs: status, duration, documents loaded, skipped and failed, facts added."""
    from pipeline.store.report import format_runs, recent_runs

    engine = open_read_only(db_url)
    reports = recent_runs(engine, limit)
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in reports], sort_keys=True))
        return
    for line in format_runs(reports):
        click.echo(line)
