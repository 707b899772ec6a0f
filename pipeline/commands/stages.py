"""The pipeline commands: `run` chains the four stages; `ingest`, `segment`, `extract` and `load`
run one stage each, passing JSON lines on stdin and stdout so each can be run and inspected alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click
from pydantic import BaseModel
from sqlalchemy import Engine

from pipeline.commands.common import (
    Model,
    StdinRecords,
    db_option,
    exit_for_failures,
    json_option,
    log,
    open_engine,
    write_locked,
    write_record,
)
from pipeline.commands.ingest_options import ingest_options
from pipeline.ingest import IngestOptions

if TYPE_CHECKING:
    from pipeline.runner import RunSummary


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@json_option
@click.option("--wait", is_flag=True, help="Wait for a running factpipe to finish instead of exiting 75.")
@click.option(
    "--batch-size", default=200, show_default=True, type=click.IntRange(min=1), help="Documents per transaction."
)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(min=1), help="Processes for segment and extract."
)
@click.option(
    "--lease-seconds",
    default=300,
    show_default=True,
    type=click.IntRange(min=1),
    help="PostgreSQL: how long a claimed batch stays reserved for this run before others may take it over.",
)
@ingest_options
def run(
    paths: tuple[Path, ...],
    db_url: str | None,
    as_json: bool,
    wait: bool,
    batch_size: int,
    workers: int,
    lease_seconds: int,
    options: IngestOptions,
) -> None:
    """Ingest, segment, extract and load PATHS (files or folders) into the database.

    On SQLite one run writes at a time (another exits 75, or queues with --wait). On PostgreSQL
    any number of runs, on any number of machines, split the work between them."""
    import datetime as dt

    from pipeline.progress import Progress
    from pipeline.runner import run_pipeline
    from pipeline.shared_run import run_shared

    engine = open_engine(db_url)
    command = "factpipe run " + " ".join(str(p) for p in paths)

    def body() -> None:
        progress = Progress()
        try:
            if shared:
                summary = run_shared(
                    engine,
                    paths,
                    command,
                    options,
                    batch_size,
                    workers,
                    dt.timedelta(seconds=lease_seconds),
                    progress.tick,
                )
            else:
                summary = run_pipeline(engine, paths, command, options, batch_size, workers, progress.tick)
        finally:
            progress.close()
        _report(summary, as_json, engine)

    shared = engine.dialect.name == "postgresql"
    write_locked(engine, wait, body, exclusive=not shared)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@ingest_options
def ingest_command(paths: tuple[Path, ...], options: IngestOptions) -> None:
    """Read PATHS and print one Document JSON line per article."""
    from pipeline.ingest import IngestError, ingest

    failed = 0
    for item in ingest(paths, options):
        if isinstance(item, IngestError):
            log.error("%s", item)
            failed += 1
        else:
            write_record(item)
    exit_for_failures(failed)


def _transform_stdin(model: type[Model], stage: Callable[[Model], BaseModel]) -> None:
    records = StdinRecords(model)
    for record in records:
        write_record(stage(record))
    exit_for_failures(records.failed)


@click.command("segment")
def segment_command() -> None:
    """Read Document JSON lines on stdin, print SegmentedDocument lines."""
    from pipeline.models import Document
    from pipeline.segment import segment

    _transform_stdin(Document, segment)


@click.command("extract")
def extract_command() -> None:
    """Read SegmentedDocument JSON lines on stdin, print ExtractedDocument lines."""
    from pipeline.extract import extract
    from pipeline.models import SegmentedDocument

    _transform_stdin(SegmentedDocument, extract)


@click.command("load")
@db_option
@json_option
@click.option("--wait", is_flag=True, help="Wait for a running factpipe to finish instead of exiting 75.")
@click.option(
    "--batch-size", default=200, show_default=True, type=click.IntRange(min=1), help="Documents per transaction."
)
def load_command(db_url: str | None, as_json: bool, wait: bool, batch_size: int) -> None:
    """Read ExtractedDocument JSON lines on stdin and store them, a batch per transaction."""
    from itertools import islice

    from pipeline.load_rows import prepare
    from pipeline.models import ExtractedDocument
    from pipeline.runner import load, recorded_run

    engine = open_engine(db_url)

    def body() -> None:
        records = StdinRecords(ExtractedDocument)
        with recorded_run(engine, "factpipe load") as summary:
            while batch := list(islice(records, batch_size)):
                load(engine, summary, [prepare(extracted) for extracted in batch])
            summary.failed.extend(records.problems)
        _report(summary, as_json, engine)

    write_locked(engine, wait, body)


def _report(summary: RunSummary, as_json: bool, engine: Engine) -> None:
    """The run's summary on stdout, and an exit code that tells cron whether any input failed."""
    if as_json:
        click.echo(json.dumps(summary.as_dict(), sort_keys=True))
    else:
        outcomes = ", ".join(f"{n} {k}" for k, n in sorted(summary.outcomes.items())) or "no documents"
        click.echo(
            f"run {summary.run_id}: {outcomes}; {len(summary.failed)} failed; "
            f"{summary.facts_added} facts added in {summary.seconds:.2f} s -> {engine.url}"
        )
    exit_for_failures(len(summary.failed))
