"""Result rows out of the database, as a text table, JSON, JSON lines or CSV.

Rows are fetched in batches and written as they arrive, so exporting every fact of a large
database holds one batch in memory, not the result; only the text table, which must measure every
cell before it prints the first, reads the whole result.  Facts are exported from the views
`quote_facts` and `figure_facts`, so a downstream tool sees the same columns as a SQL user: the
fact, its paragraph, its document's source, and the run and extractor version that produced it.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from sqlalchemy import Connection, text

FACT_VIEWS: dict[str, tuple[str, str]] = {
    "quotes": ("quote_facts", "quote_id"),
    "figures": ("figure_facts", "figure_id"),
}
"""Exported table -> (view, key that orders it)."""

_BATCH_ROWS = 1_000
DEFAULT_MAX_WIDTH = 60


@dataclass
class Result:
    columns: list[str]
    rows: Iterator[Sequence[Any]]


def run_query(connection: Connection, sql: str) -> Result:
    """Stream a query's rows; the caller keeps `connection` open while it reads them."""
    result = connection.execution_options(stream_results=True, yield_per=_BATCH_ROWS).execute(text(sql))
    return Result(columns=list(result.keys()), rows=(tuple(row) for row in result))


def fact_query(table: str) -> str:
    view, key = FACT_VIEWS[table]
    return f"SELECT * FROM {view} ORDER BY {key}"


def _jsonable(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return str(value)


def _json(columns: list[str], row: Sequence[Any]) -> str:
    return json.dumps(dict(zip(columns, row, strict=True)), default=_jsonable, ensure_ascii=False)


def write_jsonl(result: Result, out: TextIO) -> int:
    count = 0
    for row in result.rows:
        out.write(_json(result.columns, row))
        out.write("\n")
        count += 1
    return count


def write_json(result: Result, out: TextIO) -> int:
    """One JSON array, written element by element."""
    count = 0
    out.write("[")
    for row in result.rows:
        out.write(",\n" if count else "\n")
        out.write(_json(result.columns, row))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_csv(result: Result, out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    count = 0
    for row in result.rows:
        writer.writerow(row)
        count += 1
    return count


def _cell(value: object, max_width: int) -> str:
    shown = "" if value is None else " ".join(str(value).split("\n"))
    if max_width and len(shown) > max_width:
        return shown[: max_width - 1] + "…"
    return shown


def write_table(result: Result, out: TextIO, max_width: int = DEFAULT_MAX_WIDTH) -> int:
    """Columns padded to their widest cell; cells longer than `max_width` (0: no limit) are cut
    with an ellipsis, since a paragraph in full would make every row wrap."""
    cells = [[_cell(value, max_width) for value in row] for row in result.rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(result.columns)]
    for line in (result.columns, ["-" * width for width in widths], *cells):
        out.write("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        out.write("\n")
    return len(cells)


WRITERS = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv}
