"""JSON Lines: one article per line, streamed, so a feed of any size is read in bounded memory.

Each record becomes a document whose source is `path#id` (or `path#L<line>` when the record has
no id), so a record keeps its identity when the feed around it changes.  A bad line costs only
itself: it becomes one `IngestError` naming the file and line, and the lines after it are read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import BinaryIO

from pipeline.ingest.document import document_from_text, parse_published
from pipeline.ingest.options import IngestError, JsonlFields
from pipeline.models import Document

log = logging.getLogger("factpipe")


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; a line over `max_bytes` is skipped without being held whole
    and comes back as None."""
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _field(record: dict[str, object], key: str) -> object:
    value: object = record
    for part in key.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _string(record: dict[str, object], key: str, where: str) -> str | None:
    value = _field(record, key)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise IngestError(where, f"field {key!r} is {type(value).__name__}, not a string")


def _record_document(line: bytes, number: int, source: str, fields: JsonlFields) -> Document:
    where = f"{source} line {number}"
    try:
        record = json.loads(line.removeprefix(b"\xef\xbb\xbf").rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError as error:
        raise IngestError(where, f"not UTF-8 (byte 0x{line[error.start]:02x} at column {error.start + 1})") from error
    except json.JSONDecodeError as error:
        raise IngestError(where, f"not valid JSON: {error.msg} (column {error.colno})") from error
    if not isinstance(record, dict):
        raise IngestError(where, f"not a JSON object but {type(record).__name__}")
    text = _string(record, fields.text, where)
    if text is None:
        raise IngestError(where, f"no {fields.text!r} field with the article text")
    if not text.strip():
        raise IngestError(where, f"field {fields.text!r} is empty")
    external_id = _string(record, fields.id, where)
    published_text = _string(record, fields.published, where)
    published = parse_published(published_text)
    if published_text and published is None:
        log.warning("%s: field %r %r is not a date; published left empty", where, fields.published, published_text)
    return document_from_text(
        text,
        f"{source}#{external_id}" if external_id else f"{source}#L{number}",
        title=_string(record, fields.title, where),
        url=_string(record, fields.url, where),
        published=published,
        outlet=_string(record, fields.source, where),
        external_id=external_id,
    )


def read_jsonl(stream: BinaryIO, source: str, fields: JsonlFields, max_bytes: int) -> Iterator[Document | IngestError]:
    empty = True
    for number, line in _lines(stream, max_bytes):
        if line is None:
            empty = False
            yield IngestError(
                f"{source} line {number}", f"longer than the --max-bytes limit of {max_bytes:,} bytes; skipped"
            )
            continue
        if not line.strip():
            continue
        empty = False
        try:
            yield _record_document(line, number, source, fields)
        except IngestError as error:
            yield error
    if empty:
        yield IngestError(source, "empty file (no JSON Lines records)")
