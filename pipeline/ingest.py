"""Ingest stage: reads files and folders, yields normalised `Document` records or `IngestError`s.

All offsets downstream point into the text produced here, so normalisation happens exactly once:
NFC, a leading BOM dropped, every line ending turned into `\\n`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.headings import looks_like_headline
from pipeline.models import Document


@dataclass(frozen=True)
class IngestOptions:
    """How inputs are found and read; the CLI builds it from the ingest options of `run` and
    `ingest` (see `pipeline.commands.ingest_options`)."""

    glob: str = "*.txt"


class IngestError(Exception):
    """An input that cannot become a document; the message names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


def normalize(text: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _title_of(text: str) -> str | None:
    """The first line is the headline when it is short and stands alone, as news files have it."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    return first if looks_like_headline(first) and rest.startswith("\n") else None


def document_from_text(text: str, source_uri: str) -> Document:
    text = normalize(text)
    if not text.strip():
        raise IngestError(source_uri, "no text (the file is empty or only white space)")
    return Document(source_uri=source_uri, sha256=sha256_of(text), title=_title_of(text), text=text)


def read_file(path: Path) -> Document:
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IngestError(source, f"cannot be read ({error.strerror or error})") from error
    if not raw:
        raise IngestError(source, "empty file")
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(source, "binary file (contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(
            source, f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start})"
        ) from error
    return document_from_text(text, source)


def discover(paths: Iterable[Path], options: IngestOptions) -> Iterator[Path | IngestError]:
    """Files to read, in a stable order; a folder without matching files is itself an error."""
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob(options.glob) if p.is_file())
            if not found:
                yield IngestError(str(path), f"folder has no {options.glob} files")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def ingest(paths: Iterable[Path], options: IngestOptions = IngestOptions()) -> Iterator[Document | IngestError]:
    for found in discover(paths, options):
        if isinstance(found, IngestError):
            yield found
            continue
        try:
            yield read_file(found)
        except IngestError as error:
            yield error
