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
from pipeline.ingest.options import DEFAULT_OPTIONS, IngestError, IngestOptions, JsonlFields, LoadedCheck, Unchanged
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
)
from pipeline.models import Document

__all__ = [
    "IngestError",
    "IngestOptions",
    "JsonlFields",
    "Unchanged",
    "document_from_text",
    "ingest",
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


def _document(raw: bytes, kind: Format, source: str, is_loaded: LoadedCheck | None) -> Document | Unchanged:
    if kind == "html":
        return _html_document(raw, source)
    if is_loaded is not None and is_loaded(source, hashlib.sha256(raw).hexdigest()):
        return Unchanged(source)
    return _text_document(raw, source)


def _read(
    item: Input, options: IngestOptions, is_loaded: LoadedCheck | None
) -> Iterator[Document | Unchanged | IngestError]:
    """A plain file is read in one go (`read_plain_file`); stdin, JSON Lines, compressed, large
    and changing files are streamed."""
    kind = format_by_name(item)
    if kind != "jsonl":
        raw = read_plain_file(item, options.max_bytes)
        if raw is not None:
            yield _document(raw, kind or format_by_content(item, raw), item.source, is_loaded)
            return
    with open_input(item) as stream:
        kind = input_format(item, stream)
        if kind == "jsonl":
            yield from read_jsonl(stream, item.source, options.jsonl_fields, options.max_bytes)
            return
        raw = read_limited(item, stream, options.max_bytes)
    yield _document(raw, kind, item.source, is_loaded)


def _from_stdin(document: Document) -> Document:
    """Standard input has no name that lasts from one run to the next, so a text without its own
    id is known by its content: a later run piping another article must not replace this one."""
    if document.external_id is not None:
        return document
    return document.model_copy(update={"source_uri": f"{STDIN_SOURCE}#{document.sha256[:16]}"})


def read_input(
    path: Path, options: IngestOptions = DEFAULT_OPTIONS, is_loaded: LoadedCheck | None = None
) -> Iterator[Document | Unchanged | IngestError]:
    """The documents of one file (or `-` for stdin): one for text and HTML, one per record for JSON
    Lines; a failure part-way through a stream keeps what was read before it.

    `is_loaded` lets a rerun skip a text file whose raw bytes hash to the text already loaded
    from it, before decoding: a clean UTF-8 file's bytes are its normalised text, so the hashes
    agree; any file that normalisation would change simply takes the full path."""
    return _read_guarded(Input.of(path), options, is_loaded)


def _read_guarded(
    item: Input, options: IngestOptions, is_loaded: LoadedCheck | None
) -> Iterator[Document | Unchanged | IngestError]:
    try:
        for read in _read(item, options, is_loaded):
            yield _from_stdin(read) if item.stdin and isinstance(read, Document) else read
    except IngestError as error:
        yield error
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        yield IngestError(item.source, f"not a valid gzip file ({error or 'truncated'})")
    except OSError as error:
        yield IngestError(item.source, f"cannot be read ({error.strerror or error})")


def read_file(path: Path, options: IngestOptions = DEFAULT_OPTIONS) -> Document:
    """The one article in a text or HTML file; raises the `IngestError` that `ingest` would yield."""
    items = read_input(path, options)
    first = next(items)
    if next(items, None) is not None:
        raise IngestError(str(path), "holds more than one article; read it with ingest()")
    if isinstance(first, IngestError):
        raise first
    assert isinstance(first, Document), "no is_loaded check was given"
    return first


def ingest(
    paths: Iterable[Path], options: IngestOptions = DEFAULT_OPTIONS, is_loaded: LoadedCheck | None = None
) -> Iterator[Document | Unchanged | IngestError]:
    for found in discover(paths, options):
        if isinstance(found, IngestError):
            yield found
        else:
            yield from _read_guarded(found, options, is_loaded)
