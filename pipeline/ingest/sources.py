"""Where inputs come from: the files of a folder walk, a single file, or standard input (`-`),
opened as a peekable byte stream with gzip undone and the format told apart.

A folder walk follows symbolic links only while they stay inside the folder it was asked to walk
and never into a folder it is already inside, so a link to `/` or back to a parent costs one
error line instead of reading the disk or looping forever.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import BinaryIO, Literal

from pipeline.ingest.options import IngestError, IngestOptions

Format = Literal["text", "html", "jsonl"]
STDIN_SOURCE = "stdin"
_GZIP_MAGIC = b"\x1f\x8b"
_SUFFIX_FORMATS: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL
)


_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Input:
    """One input to read: `source` is the name its documents and errors carry."""

    path: Path
    source: str
    stdin: bool

    @classmethod
    def of(cls, path: Path) -> Input:
        name = str(path)
        return cls(path, STDIN_SOURCE, True) if name == "-" else cls(path, name, False)


def _resolve(path: Path) -> Path | None:
    """The real path, or None when the link chain loops."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return None


def _matches(name: str, relative: str, globs: tuple[str, ...]) -> bool:
    """A pattern without `/` is matched against the file name, as `rglob` does; one with `/`
    against the end of the path below the folder (`politics/*.txt`)."""
    return any(
        PurePath(relative).match(pattern) if "/" in pattern else fnmatch.fnmatchcase(name, pattern) for pattern in globs
    )


def _walk(root: Path, globs: tuple[str, ...]) -> Iterator[Path | IngestError]:
    top = root.resolve()
    prefix = len(str(root)) + 1

    def visit(folder: Path, inside: frozenset[Path]) -> Iterator[Path | IngestError]:
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            yield IngestError(str(folder), f"folder cannot be listed ({error.strerror or error})")
            return
        for entry in entries:
            wanted = _matches(entry.name, entry.path[prefix:], globs)
            is_link = entry.is_symlink()
            if not is_link and wanted and entry.is_file():
                yield Path(entry.path)
                continue
            path = Path(entry.path)
            target = _resolve(path) if is_link else None
            if is_link:
                if target is None:
                    yield IngestError(str(path), "symbolic link loop; skipped")
                    continue
                if not target.is_relative_to(top):
                    if wanted or target.is_dir():
                        yield IngestError(str(path), f"symbolic link leads outside {root} (to {target}); skipped")
                    continue
            if entry.is_dir():
                real = target or path.resolve()
                if real in inside:
                    yield IngestError(str(path), f"symbolic link loop (back to {real}); skipped")
                    continue
                yield from visit(path, inside | {real})
            elif wanted:
                yield path

    yield from visit(root, frozenset({top}))


def discover(paths: Iterable[Path], options: IngestOptions) -> Iterator[Path | IngestError]:
    """Inputs to read, in a stable order; a folder without matching files is itself an error."""
    for path in paths:
        if str(path) == "-":
            yield path
        elif path.is_dir():
            found = False
            for item in _walk(path, options.globs):
                found = found or isinstance(item, Path)
                yield item
            if not found:
                yield IngestError(str(path), f"folder has no {' or '.join(options.globs)} files")
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


@contextmanager
def open_input(item: Input) -> Iterator[BinaryIO]:
    """A peekable byte stream of the input, decompressed when it starts with the gzip magic."""
    try:
        raw: BinaryIO = sys.stdin.buffer if item.stdin else item.path.open("rb")
    except OSError as error:
        raise IngestError(item.source, f"cannot be read ({error.strerror or error})") from error
    try:
        stream = io.BufferedReader(raw) if item.stdin else raw  # type: ignore[arg-type]
        if stream.peek(2)[:2] == _GZIP_MAGIC:  # type: ignore[attr-defined]
            stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
        yield stream
    finally:
        if not item.stdin:
            raw.close()


def input_format(item: Input, stream: BinaryIO) -> Format:
    """By file name (`.gz` looked through) when it says; otherwise by the first bytes, so that
    stdin and a page saved as `.txt` are read for what they are."""
    name = "" if item.stdin else item.path.name.removesuffix(".gz")
    by_name = _SUFFIX_FORMATS.get(os.path.splitext(name)[1].lower())
    if by_name:
        return by_name
    head = stream.peek(2048)[:2048]  # type: ignore[attr-defined]
    if _HTML_START.match(head):
        return "html"
    if item.stdin and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "jsonl"
    return "text"


def read_limited(item: Input, stream: BinaryIO, max_bytes: int) -> bytes:
    """The whole input, or a refusal once it passes `max_bytes`: never more than that in memory.
    Read in chunks, since asking for `max_bytes` at once allocates that much for every file."""
    if not item.stdin and not isinstance(stream, gzip.GzipFile):
        size = os.fstat(stream.fileno()).st_size
        if size > max_bytes:
            raise IngestError(item.source, f"{size:,} bytes is over the --max-bytes limit of {max_bytes:,}; skipped")
    chunks = []
    total = 0
    while chunk := stream.read(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise IngestError(item.source, f"more than the --max-bytes limit of {max_bytes:,} bytes; skipped")
        chunks.append(chunk)
    if not total:
        raise IngestError(item.source, "empty file")
    return b"".join(chunks)
