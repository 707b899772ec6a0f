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
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from pathlib import Path, PurePath
from typing import BinaryIO, Literal

from pipeline.ingest.options import FileStat, IngestError, IngestOptions

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
_SNIFF_BYTES = 2048
SETTLE_NS = 2_000_000_000
"""How much older than the moment of its stat a file's last change must be for the stat to be
kept (git's "racily clean" rule).  A write within the same timestamp tick as the one before
leaves the times unchanged; a file that old cannot be written again within its tick, since every
later write stamps a later time.  The later of mtime and ctime counts, as an edit followed by
`touch -d` leaves only ctime recent.  Two seconds, not one: FAT keeps mtimes in two-second steps."""
_INT64_MAX = (1 << 63) - 1


@dataclass(frozen=True)
class Input:
    """One input to read: `source` is the name its documents and errors carry, and the path of
    a file (`str(path)`, as given or as the folder walk joined it)."""

    source: str
    stdin: bool
    entry: os.DirEntry[str] | None = field(default=None, compare=False)
    """The folder walk's entry for the file, whose `stat` costs no path handling."""

    @classmethod
    def of(cls, path: Path) -> Input:
        name = str(path)
        return cls(STDIN_SOURCE, True) if name == "-" else cls(name, False)

    @cached_property
    def path(self) -> Path:
        """Built only when the file is opened: a rerun that skips a file by its stat never needs it."""
        return Path("-") if self.stdin else Path(self.source)


def _resolve(path: Path) -> Path | None:
    """The real path, or None when the link chain loops."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return None


def _matcher(globs: tuple[str, ...]) -> Callable[[str, str], bool]:
    """(file name, path below the folder) -> whether a glob takes it.  A pattern without `/` is
    matched against the file name, as `rglob` does, all of them by one regular expression built
    as `fnmatchcase` builds each; one with `/` against the end of the path below the folder
    (`politics/*.txt`)."""
    names = [pattern for pattern in globs if "/" not in pattern]
    paths = [pattern for pattern in globs if "/" in pattern]
    name_matches = re.compile("|".join(map(fnmatch.translate, names))).match if names else None

    def matches(name: str, relative: str) -> bool:
        if name_matches is not None and name_matches(name):
            return True
        return any(PurePath(relative).match(pattern) for pattern in paths)

    return matches


def _name_prefix(folder: Path) -> str:
    """What `str(folder / name)` starts with, so that a walk names each file by concatenation."""
    text = str(folder)
    return "" if text == "." else text if text.endswith("/") else f"{text}/"


def _walk(root: Path, globs: tuple[str, ...]) -> Iterator[Input | IngestError]:
    """A file's `Input` is named by its folder's path and its name rather than by parsing its
    full path, the walk's largest cost when a rerun finds every file unchanged."""
    top = root.resolve()
    prefix = len(str(root)) + 1
    matches = _matcher(globs)

    def visit(folder: Path, inside: frozenset[Path]) -> Iterator[Input | IngestError]:
        try:
            entries = sorted(os.scandir(folder), key=attrgetter("name"))
        except OSError as error:
            yield IngestError(str(folder), f"folder cannot be listed ({error.strerror or error})")
            return
        name_prefix = _name_prefix(folder)
        for entry in entries:
            wanted = matches(entry.name, entry.path[prefix:])
            is_link = entry.is_symlink()
            if not is_link and wanted and entry.is_file():
                yield Input(name_prefix + entry.name, stdin=False, entry=entry)
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
            elif wanted and path.exists() and not path.is_file():
                yield IngestError(str(path), "not a regular file (a pipe, socket or device); skipped")
            elif wanted:
                yield Input.of(path)

    yield from visit(root, frozenset({top}))


def discover(paths: Iterable[Path], options: IngestOptions) -> Iterator[Input | IngestError]:
    """Inputs to read, in a stable order; a folder without matching files is itself an error."""
    for path in paths:
        if str(path) == "-":
            yield Input.of(path)
        elif path.is_dir():
            found = False
            for item in _walk(path, options.globs):
                found = found or isinstance(item, Input)
                yield item
            if not found:
                yield IngestError(str(path), f"folder has no {' or '.join(options.globs)} files")
        elif path.exists() or path.is_symlink():
            yield Input.of(path)
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


def format_by_name(item: Input) -> Format | None:
    """The format a file's name says (`.gz` looked through), or None when only its bytes can tell."""
    if item.stdin:
        return None
    return _SUFFIX_FORMATS.get(os.path.splitext(item.source.removesuffix(".gz"))[1].lower())


def format_by_content(item: Input, head: bytes) -> Format:
    """What the first bytes say, for inputs whose name does not: a page saved as `.txt` is read
    as HTML, and stdin may be JSON Lines."""
    head = head[:_SNIFF_BYTES]
    if _HTML_START.match(head):
        return "html"
    if item.stdin and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "jsonl"
    return "text"


def input_format(item: Input, stream: BinaryIO) -> Format:
    """By file name when it says; otherwise by the first bytes, so that stdin and a page saved
    as `.txt` are read for what they are."""
    return format_by_name(item) or format_by_content(item, stream.peek(_SNIFF_BYTES))  # type: ignore[attr-defined]


def settled_stat(item: Input) -> FileStat | None:
    """The stat of a regular file last changed at least `SETTLE_NS` before now, or None (stdin,
    not a regular file, or changed too recently to be told apart by its stat).

    Taken before the file is read, so the text read is never older than the stat: a write in
    between changes the stat, and the next run reads the file again.  `now` is taken before the
    stat, on the clock the kernel stamps mtimes from, so "old enough" errs on the safe side."""
    if item.stdin:
        return None
    now = time.time_ns()
    status = item.entry.stat() if item.entry is not None else os.stat(item.path)
    if not stat.S_ISREG(status.st_mode) or max(status.st_mtime_ns, status.st_ctime_ns) > now - SETTLE_NS:
        return None
    values = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
    if max(values) > _INT64_MAX:
        values = tuple(value - (1 << 64) if value > _INT64_MAX else value for value in values)
    return FileStat(*values)


def read_plain_file(item: Input, max_bytes: int) -> bytes | None:
    """A file's bytes in one read when it is the common case: a regular, uncompressed file of at
    most `max_bytes` that does not change while it is read.  None asks the caller to stream it
    through `open_input` and `read_limited` instead, which handle every other case.

    This is the whole cost of recognising an unchanged file on a rerun, so it does the least:
    an unbuffered open, one `fstat`, one `read`.  A read that returns the size `fstat` gave is
    the whole file; one that returns more or less means the file changed under us, and the
    stream path reads it again."""
    if item.stdin:
        return None
    with item.path.open("rb", buffering=0) as file:
        status = os.fstat(file.fileno())
        size = status.st_size
        if not stat.S_ISREG(status.st_mode) or not 0 < size <= max_bytes:
            return None
        raw = file.read(size + 1)
    if len(raw) != size or raw.startswith(_GZIP_MAGIC):
        return None
    return raw


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
