"""`factpipe eval`: score the extractors against the gold data described in ../shared/data/README.md."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.commands.common import json_option


@click.group("eval")
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
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder the gold `doc` paths are relative to.",
)
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


@eval_group.command("figures-in-articles")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder the gold `doc` paths are relative to [default: ../shared/data/corpus/bbc].",
)
@json_option
def eval_figures_in_articles(gold: Path, corpus: Path | None, as_json: bool) -> None:
    """Figures, dates included, against GOLD paragraphs of whole articles (offsets, e.g.
    tests/fixtures/figures_bbc_blind.jsonl)."""
    from pipeline.evaluation.figures_bbc import CORPUS, evaluate

    _print_scores(evaluate(gold, corpus or CORPUS), as_json)


@eval_group.command("dates")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
def eval_dates(gold: Path, as_json: bool) -> None:
    """Date, time and duration spans and ISO values against GOLD (TimeBank JSON lines)."""
    from pipeline.evaluation.dates import evaluate

    _print_scores(evaluate(gold), as_json)
