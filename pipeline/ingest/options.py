"""How inputs are found and read, and the error every bad input becomes.

`IngestOptions` is the one object the CLI builds from the ingest options of `run` and `ingest`
(see `pipeline.commands.ingest_options`), so a new option reaches every reader without touching
the commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

DEFAULT_GLOBS = ("*.txt",)
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""A news article is rarely over 1 MB even as an HTML page; 16 MiB keeps a stray log file or
disk image from being read whole into memory while leaving room for heavy pages."""


@dataclass(frozen=True)
class JsonlFields:
    """Which key of a JSON Lines record holds each part of the article.  A dotted key reaches
    into nested objects (`source.name`), as news APIs nest the outlet; `source` is the outlet."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    source: str = "source"


@dataclass(frozen=True)
class IngestOptions:
    """`globs` pick files from folders; `max_bytes` bounds one file or one JSON Lines record after
    decompression (a JSON Lines file itself is streamed, whatever its size)."""

    globs: tuple[str, ...] = DEFAULT_GLOBS
    max_bytes: int = DEFAULT_MAX_BYTES
    jsonl_fields: JsonlFields = JsonlFields()


DEFAULT_OPTIONS = IngestOptions()


@dataclass(frozen=True)
class Unchanged:
    """A text file whose bytes hash to a text already loaded from the same source: the caller
    said so through `ingest(…, is_loaded=…)`, and the file was neither decoded nor parsed."""

    source: str


LoadedCheck = Callable[[str, str], bool]
"""(source, sha256 of the raw bytes) -> whether that source's current text has that hash."""


class IngestError(Exception):
    """An input that cannot become a document; the message names the file (and the line, for
    JSON Lines) and the problem, so one log line is enough to find and fix it."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
