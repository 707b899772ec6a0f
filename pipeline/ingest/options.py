"""How inputs are found and read, and the error every bad input becomes.

`IngestOptions` is the one object the CLI builds from the ingest options of `run` and `ingest`
(see `pipeline.commands.ingest_options`), so a new option reaches every reader without touching
the commands.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

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


class FileStat(NamedTuple):
    """What `stat` says of a file, as a rerun compares it: the values make, rsync and git compare,
    plus `ctime_ns` and `inode`, which tools that restore an mtime (`touch -d`, `cp -p`,
    `rsync -t`, tar) cannot set.  Each is kept as a signed 64-bit integer, as the database
    stores it (an overlay filesystem's inode numbers use the top bit)."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int


@dataclass(frozen=True)
class Unchanged:
    """An input whose text is already loaded from the same source with the current extractor
    versions, as the caller's `Known` said: by its stat (`by="stat"`, the file was not opened)
    or by the hash of its raw bytes (`by="hash"`, read but neither decoded nor parsed)."""

    source: str
    by: Literal["stat", "hash"]


class Known(Protocol):
    """What a rerun knows of the sources loaded before, so ingest can skip their files."""

    def unmodified(self, source: str, stat: FileStat) -> bool:
        """Whether `source` was loaded, with the current extractor versions, from a file with
        exactly this stat."""
        ...

    def loaded(self, source: str, sha256: str) -> bool:
        """Whether `source`'s current text, with the current extractor versions, has this hash."""
        ...


class IngestError(Exception):
    """An input that cannot become a document; the message names the file (and the line, for
    JSON Lines) and the problem, so one log line is enough to find and fix it."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
