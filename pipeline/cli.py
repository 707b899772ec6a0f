"""The `factpipe` command: a thin click layer over the stage functions and the store.

stdout carries only results (summaries, JSON lines between stages, `--json` output); logs and
errors go to stderr.  Exit codes: 0 all done, 1 some inputs failed (the rest were loaded),
2 usage or configuration error, 75 another run holds the database (EX_TEMPFAIL, cron retries).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import click
from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine

from pipeline import __version__
from pipeline.logs import LogFormat
from pipeline.logs import configure as configure_logging

EXIT_OK = 0
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
json_option = click.option("--json", "as_json", is_flag=True, help="Print a JSON object instead of text.")


class ConfigError(click.ClickException):
    exit_code = EXIT_USAGE


def _engine(db_url: str | None) -> Engine:
    from pipeline.store.engine import make_engine, resolve_url

    return make_engine(resolve_url(db_url))


def _ensure_schema(engine: Engine, *, migrate_fresh: bool) -> None:
    from pipeline.store.migrate import SchemaOutOfDate, ensure_schema

    try:
        ensure_schema(engine, migrate_fresh=migrate_fresh)
    except SchemaOutOfDate as error:
        raise ConfigError(str(error)) from error


class _StdinRecords(Iterator[Model]):
    """JSON lines from stdin; a line that is not a valid record is reported by number, counted
    and skipped, so one bad line does not cost the others."""

    def __init__(self, model: type[Model]) -> None:
        self._model = model
        self._lines = enumerate(sys.stdin, start=1)
        self.failed = 0

    def __next__(self) -> Model:
        for number, line in self._lines:
            if not line.strip():
                continue
            try:
                return self._model.model_validate_json(line)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "record"
                log.error("stdin line %d: not a %s record (%s: %s)", number, self._model.__name__, where, first["msg"])
                self.failed += 1
        raise StopIteration


def _write_record(record: BaseModel) -> None:
    sys.stdout.write(record.model_dump_json())
    sys.stdout.write("\n")


def _exit_for_failures(failed: int) -> None:
    if failed:
        sys.exit(EXIT_INPUT_FAILED)


def _write_locked(engine: Engine, wait: bool, body: Callable[[], None]) -> None:
    """Run `body` as the database's only writer; a fresh database is migrated under the lock so
    two first runs cannot both try to create the schema."""
    from pipeline.store.lock import Locked, run_lock

    try:
        with run_lock(engine, wait):
            _ensure_schema(engine, migrate_fresh=True)
            body()
    except Locked as error:
        click.echo(f"factpipe: {error}; exiting without changes (use --wait to queue)", err=True)
        sys.exit(EXIT_LOCKED)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factpipe")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
@click.option(
    "--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Format of the log lines on stderr."
)
def main(verbose: bool, log_format: LogFormat) -> None:
    """Turn news articles into quotes and figures you can query with SQL."""
    configure_logging(logging.INFO if verbose else logging.WARNING, log_format)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@json_option
@click.option("--wait", is_flag=True, help="Wait for a running factpipe to finish instead of exiting 75.")
@click.option("--batch-size", default=200, show_default=True, type=click.IntRange(min=1), help="Documents per transaction.")
def run(paths: tuple[Path, ...], db_url: str | None, as_json: bool, wait: bool, batch_size: int) -> None:
    """Ingest, segment, extract and load PATHS (files or folders) into the database."""
    from pipeline.runner import run_pipeline

    engine = _engine(db_url)
    command = "factpipe run " + " ".join(str(p) for p in paths)

    def body() -> None:
        summary = run_pipeline(engine, paths, command, batch_size=batch_size)
        if as_json:
            click.echo(json.dumps(summary.as_dict(), sort_keys=True))
        else:
            outcomes = ", ".join(f"{n} {k}" for k, n in sorted(summary.outcomes.items())) or "no documents"
            click.echo(
                f"run {summary.run_id}: {outcomes}; {len(summary.failed)} failed; "
                f"{summary.facts_added} facts added in {summary.seconds:.2f} s -> {engine.url}"
            )
        _exit_for_failures(len(summary.failed))

    _write_locked(engine, wait, body)


@main.command()
@db_option
def migrate(db_url: str | None) -> None:
    """Upgrade the database to the newest schema."""
    from pipeline.store.lock import run_lock
    from pipeline.store.migrate import upgrade

    engine = _engine(db_url)
    with run_lock(engine, wait=True):
        before, after = upgrade(engine)
    click.echo(f"schema {before or 'empty'} -> {after} ({engine.url})")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def ingest_command(paths: tuple[Path, ...]) -> None:
    """Read PATHS and print one Document JSON line per article."""
    from pipeline.ingest import IngestError, ingest

    failed = 0
    for item in ingest(paths):
        if isinstance(item, IngestError):
            log.error("%s", item)
            failed += 1
        else:
            _write_record(item)
    _exit_for_failures(failed)


@main.command("segment")
def segment_command() -> None:
    """Read Document JSON lines on stdin, print SegmentedDocument lines."""
    from pipeline.models import Document
    from pipeline.segment import segment

    records = _StdinRecords(Document)
    for document in records:
        _write_record(segment(document))
    _exit_for_failures(records.failed)


@main.command("extract")
def extract_command() -> None:
    """Read SegmentedDocument JSON lines on stdin, print ExtractedDocument lines."""
    from pipeline.extract import extract
    from pipeline.models import SegmentedDocument

    records = _StdinRecords(SegmentedDocument)
    for segmented in records:
        _write_record(extract(segmented))
    _exit_for_failures(records.failed)


@main.command("load")
@db_option
@json_option
@click.option("--wait", is_flag=True, help="Wait for a running factpipe to finish instead of exiting 75.")
def load_command(db_url: str | None, as_json: bool, wait: bool) -> None:
    """Read ExtractedDocument JSON lines on stdin and store them."""
    from collections import Counter

    from pipeline.load import finish_run, load_batch, start_run
    from pipeline.models import ExtractedDocument

    engine = _engine(db_url)

    def body() -> None:
        run_id = start_run(engine, "factpipe load")
        records = _StdinRecords(ExtractedDocument)
        result = load_batch(engine, records, run_id)
        for failure in result.failures:
            log.error("%s: %s", failure.source_uri, failure.problem)
        failed = len(result.failures) + records.failed
        stats = {
            "run_id": run_id,
            "documents": dict(Counter(result.outcomes.values())),
            "failed": failed,
            "facts_added": result.facts_added,
        }
        finish_run(engine, run_id, "partial" if failed else "ok", stats)
        click.echo(json.dumps(stats, sort_keys=True) if as_json else f"run {run_id}: {stats['documents']}, {failed} failed, {result.facts_added} facts added")
        _exit_for_failures(failed)

    _write_locked(engine, wait, body)


@main.command()
@db_option
@json_option
@click.option("--runs", "run_limit", default=5, show_default=True, help="How many recent runs to list.")
def stats(db_url: str | None, as_json: bool, run_limit: int) -> None:
    """Row counts per table and the most recent runs."""
    from pipeline.load import recent_runs, table_counts

    engine = _engine(db_url)
    _ensure_schema(engine, migrate_fresh=False)
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


@main.group("eval")
def eval_group() -> None:
    """Score the extractors against gold data (see ../shared/data/README.md)."""


def _print_scores(scores: dict[str, float], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(scores))
        return
    for name, value in scores.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        click.echo(f"{name:<24}{shown:>10}")


@eval_group.command("quotes")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder the gold `doc` paths are relative to.")
@json_option
def eval_quotes(gold: Path, corpus: Path | None, as_json: bool) -> None:
    """Quote spans, speakers and end-to-end F1 against GOLD (quotes/dev.jsonl)."""
    from pipeline.evaluation.quotes import evaluate

    _print_scores(evaluate(gold, corpus), as_json)


@eval_group.command("figures")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
def eval_figures(gold: Path, as_json: bool) -> None:
    """Figure values, units and changes against GOLD (NewsQuant JSON lines)."""
    from pipeline.evaluation.figures import evaluate

    _print_scores(evaluate(gold), as_json)


@eval_group.command("dates")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
def eval_dates(gold: Path, as_json: bool) -> None:
    """Date, time and duration spans and ISO values against GOLD (TimeBank JSON lines)."""
    from pipeline.evaluation.dates import evaluate

    _print_scores(evaluate(gold), as_json)
