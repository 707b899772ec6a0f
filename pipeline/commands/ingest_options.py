"""The options that say how inputs are found and read, shared by `run` and `ingest`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from pipeline.ingest import IngestOptions


def ingest_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Adds the ingest options to a command and hands it one `IngestOptions` as `options`."""

    @click.option("--glob", default="*.txt", show_default=True, help="Which files to take from folders (recursive).")
    @functools.wraps(command)
    def wrapper(*args: Any, glob: str, **kwargs: Any) -> Any:
        return command(*args, options=IngestOptions(glob=glob), **kwargs)

    return wrapper
