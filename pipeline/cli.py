"""The `factpipe` command: a thin click layer over the stage functions and the store.

Exit codes: 0 all done, 1 some inputs failed (the rest were loaded), 2 usage, configuration or
database error, 75 another run holds the database (EX_TEMPFAIL, so cron tries again next time).
"""

from __future__ import annotations

import logging

import click
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from pipeline import __version__
from pipeline.commands import admin, evaluate, sql, stages
from pipeline.commands.common import ConfigError
from pipeline.logs import LogFormat
from pipeline.logs import configure as configure_logging


class _Factpipe(click.Group):
    """Database failures become one line naming the database, not a traceback: a wrong URL, a
    missing driver, a server that is down or a disk that is full is the user's to fix, and cron
    mails whatever we print."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (ArgumentError, NoSuchModuleError) as error:
            raise ConfigError(f"not a usable database URL: {error}") from error
        except DBAPIError as error:
            raise ConfigError(f"database error: {error.orig or error}") from error


@click.group(cls=_Factpipe, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factpipe")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Format of the log lines on stderr.",
)
def main(verbose: bool, log_format: LogFormat) -> None:
    """Turn news articles into quotes and figures you can query with SQL."""
    configure_logging(logging.INFO if verbose else logging.WARNING, log_format)


for command in (
    stages.run,
    stages.ingest_command,
    stages.segment_command,
    stages.extract_command,
    stages.load_command,
    admin.migrate,
    admin.stats,
    admin.runs,
    sql.query,
    sql.export_command,
    evaluate.eval_group,
):
    main.add_command(command)
