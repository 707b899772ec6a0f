"""The SQL surface from the shell: `query` prints any SELECT, `export` streams facts to other tools.

Both open the database read-only, so they never write, never wait for a running `factpipe run`
and never take its lock.
"""

from __future__ import annotations

import sys

import click
from sqlalchemy.exc import DBAPIError, ResourceClosedError

from pipeline import export
from pipeline.commands.common import EXIT_USAGE, db_option, json_option, open_read_only


class QueryFailed(click.ClickException):
    """The database refused the SQL: a usage error, like a bad option."""

    exit_code = EXIT_USAGE


@click.command()
@click.argument("sql")
@db_option
@json_option
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV with a header row instead of a table.")
@click.option(
    "--max-width",
    default=export.DEFAULT_MAX_WIDTH,
    show_default=True,
    metavar="N",
    help="Cut table cells longer than N characters (0: never).",
)
def query(sql: str, db_url: str | None, as_json: bool, as_csv: bool, max_width: int) -> None:
    """Run SQL against the database, read-only, and print the rows."""
    if as_json and as_csv:
        raise click.UsageError("--json and --csv exclude each other")
    engine = open_read_only(db_url)
    try:
        with engine.connect() as connection:
            result = export.run_query(connection, sql)
            if as_json:
                export.write_json(result, sys.stdout)
            elif as_csv:
                export.write_csv(result, sys.stdout)
            else:
                export.write_table(result, sys.stdout, max_width)
    except DBAPIError as error:
        raise QueryFailed(f"query failed: {error.orig}") from error
    except ResourceClosedError as error:
        raise QueryFailed("query failed: the statement returns no rows; `factpipe query` is for SELECT") from error


@click.command("export")
@click.option(
    "--table", "table", type=click.Choice(list(export.FACT_VIEWS)), required=True, help="Which facts to export."
)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True, help="Output format."
)
@db_option
def export_command(table: str, fmt: str, db_url: str | None) -> None:
    """Stream every quote or figure with its paragraph, document source and provenance to stdout."""
    engine = open_read_only(db_url)
    with engine.connect() as connection:
        result = export.run_query(connection, export.fact_query(table))
        export.WRITERS[fmt](result, sys.stdout)
