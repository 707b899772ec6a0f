"""Ingest stage: reads files, folders and stdin; yields normalised `Document` records or
`IngestError`s.

Formats: plain text and Markdown, HTML pages (main text only), JSON Lines (one article per line),
and gzip-compressed files of any of these.  Every bad input becomes one `IngestError` in the
stream instead of an exception, so the caller counts and reports it and goes on with the rest.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.ingest.document import document_from_text, normalize, sha256_of
from pipeline.ingest.encodings import decode
from pipeline.ingest.html import declared_charset, extract_page
from pipeline.ingest.jsonl import read_jsonl
from pipeline.ingest.options import (
    DEFAULT_OPTIONS,
    FileStat,
    IngestError,
    IngestOptions,
    JsonlFields,
    Known,
    Unchanged,
)
from pipeline.ingest.sources import (
    STDIN_SOURCE,
    Format,
    Input,
    discover,
    format_by_content,
    format_by_name,
    input_format,
    open_input,
    read_limited,
    read_plain_file,
    settled_stat,
)
from pipeline.models import Document

__all__ = [
    "FileStat",
    "IngestError",
    "IngestOptions",
    "JsonlFields",
    "Known",
    "Read",
    "Unchanged",
    "document_from_text",
    "ingest",
    "ingest_with_stats",
    "normalize",
    "read_file",
    "read_input",
    "sha256_of",
]


def _html_document(raw: bytes, source: str) -> Document:
    decoded = decode(raw, source, declared=declared_charset(raw))
    page = extract_page(decoded.text)
    if not page.text.strip():
        raise IngestError(
            source, "HTML page has no main text (nothing left once navigation, scripts and page furniture are dropped)"
        )
    return document_from_text(
        page.text,
        source,
        encoding=decoded.encoding,
        title=page.title,
        url=page.url,
        published=page.published,
        outlet=page.outlet,
    )


def _text_document(raw: bytes, source: str) -> Document:
    decoded = decode(raw, source)
    return document_from_text(decoded.text, source, encoding=decoded.encoding)


Read = Document | Unchanged | IngestError


def _document(raw: bytes, kind: Format, source: str, known: Known | None) -> Document | Unchanged:
    if kind == "html":
        return _html_document(raw, source)
    if known is not None and known.loaded(source, hashlib.sha256(raw).hexdigest()):
        return Unchanged(source, "hash")
    return _text_document(raw, source)


def _read(item: Input, options: IngestOptions, known: Known | None) -> Iterator[Read]:
    """A plain file is read in one go (`read_plain_file`); stdin, JSON Lines, compressed, large
    and changing files are streamed."""
    kind = format_by_name(item)
    if kind != "jsonl":
        raw = read_plain_file(item, options.max_bytes)
        if raw is not None:
            yield _document(raw, kind or format_by_content(item, raw), item.source, known)
            return
    with open_input(item) as stream:
        kind = input_format(item, stream)
        if kind == "jsonl":
            yield from read_jsonl(stream, item.source, options.jsonl_fields, options.max_bytes)
            return
        raw = read_limited(item, stream, options.max_bytes)
    yield _document(raw, kind, item.source, known)


def _from_stdin(document: Document) -> Document:
    """Standard input has no name that lasts from one run to the next, so a text without its own
    id is known by its content: a later run piping another article must not replace this one."""
    if document.external_id is not None:
        return document
    return document.model_copy(update={"source_uri": f"{STDIN_SOURCE}#{document.sha256[:16]}"})


def _one_document_stat(item: Input) -> FileStat | None:
    """The settled stat of a file that holds one document (text or HTML, compressed or not).  A
    JSON Lines file has none: its records are sources of their own, and one stat cannot say
    that each of them is loaded and current."""
    return None if format_by_name(item) == "jsonl" else settled_stat(item)


def _read_guarded(item: Input, options: IngestOptions, known: Known | None) -> Iterator[tuple[Read, FileStat | None]]:
    """Each read with the stat of its file taken before reading it (None when there is none to
    keep, see `settled_stat`).  With `known`, a file whose stat is the one stored with its
    current text is not opened at all."""
    try:
        stat = _one_document_stat(item) if known is not None else None
        if stat is not None and known is not None and known.unmodified(item.source, stat):
            yield Unchanged(item.source, "stat"), stat
            return
        for read in _read(item, options, known):
            yield (_from_stdin(read) if item.stdin and isinstance(read, Document) else read), stat
    except IngestError as error:
        yield error, None
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        yield IngestError(item.source, f"not a valid gzip file ({error or 'truncated'})"), None
    except OSError as error:
        yield IngestError(item.source, f"cannot be read ({error.strerror or error})"), None


def read_input(path: Path, options: IngestOptions = DEFAULT_OPTIONS, known: Known | None = None) -> Iterator[Read]:
    """The documents of one file (or `-` for stdin): one for text and HTML, one per record for JSON
    Lines; a failure part-way through a stream keeps what was read before it.

    `known` lets a rerun skip a file whose stat is the one stored for its source without opening
    it, and a text file whose raw bytes hash to the text already loaded from it before decoding:
    a clean UTF-8 file's bytes are its normalised text, so the hashes agree; any file that
    normalisation would change simply takes the full path."""
    return (read for read, _ in _read_guarded(Input.of(path), options, known))


def read_file(path: Path, options: IngestOptions = DEFAULT_OPTIONS) -> Document:
    """The one article in a text or HTML file; raises the `IngestError` that `ingest` would yield."""
    items = read_input(path, options)
    first = next(items)
    if next(items, None) is not None:
        raise IngestError(str(path), "holds more than one article; read it with ingest()")
    if isinstance(first, IngestError):
        raise first
    assert isinstance(first, Document), "no known sources were given"
    return first


def ingest_with_stats(
    paths: Iterable[Path], options: IngestOptions = DEFAULT_OPTIONS, known: Known | None = None
) -> Iterator[tuple[Read, FileStat | None]]:
    """Every read with its file's stat (see `_read_guarded`); stats are taken only with `known`."""
    for found in discover(paths, options):
        if isinstance(found, IngestError):
            yield found, None
        else:
            yield from _read_guarded(found, options, known)


def ingest(paths: Iterable[Path], options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Read]:
    return (read for read, _ in ingest_with_stats(paths, options))
