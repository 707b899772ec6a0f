"""Bytes to text, with the encoding named so it can be stored beside the document.

A wrong guess silently corrupts names and quotes, so every step is strict: a byte-order mark or
a page's declared charset is believed only if the bytes decode under it; UTF-8 is tried before any
guess; Windows-1252 / Latin-1 is taken only when charset-normalizer finds the decoded text
coherent; anything else is refused.  Mojibake (`â€™` for `’`) is repaired by ftfy, which changes
text only when the repaired version is clearly less garbled.

charset-normalizer and ftfy are imported where they are called, not with this module: together
they cost about 0.1 s of start-up, and clean UTF-8 text, most of what a run reads and all of what
an unchanged rerun reads, never needs them.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from pipeline.ingest.options import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_SINGLE_BYTE = ("cp1252", "latin_1")
_NAMES = {"cp1252": "windows-1252", "latin_1": "iso-8859-1", "iso8859-1": "iso-8859-1"}
"""The names `documents.encoding` holds: WHATWG's, whichever Python alias found the codec."""
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
"""Browsers read a page that declares Latin-1 or ASCII as Windows-1252, and so do pages' authors."""
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
"""A UTF-8 lead byte read as Windows-1252 followed by a continuation byte read the same way: the
cheap test that decides whether ftfy needs to look at all."""
SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _utf16_without_bom(head: bytes) -> str | None:
    """Latin-script UTF-16 has a NUL in every other byte; which half holds them gives the order."""
    even, odd = head[0::2], head[1::2]
    if not even or not odd:
        return None
    even_nuls, odd_nuls = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _strict(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _single_byte(raw: bytes, source: str) -> Decoded:
    import charset_normalizer

    best = charset_normalizer.from_bytes(raw, cp_isolation=list(_SINGLE_BYTE)).best()
    if best is None:
        raise IngestError(source, "undecodable bytes: not UTF-8, UTF-16 or Windows-1252/Latin-1 text")
    return Decoded(str(best), _NAMES[best.encoding])


def _decode(raw: bytes, source: str, declared: str | None) -> Decoded:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = _strict(raw[len(bom) :], codec.removesuffix("-sig"))
            if text is None:
                raise IngestError(
                    source, f"undecodable bytes: starts with a {codec} byte-order mark but is not {codec}"
                )
            return Decoded(text, codec)
    head = raw[:SNIFF_BYTES]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise IngestError(source, f"binary file ({what}), not text")
    if b"\x00" in head:
        codec = _utf16_without_bom(head)
        text = _strict(raw, codec) if codec else None
        if text is None or "\x00" in text:
            raise IngestError(source, "binary file (contains NUL bytes), not text")
        return Decoded(text, codec)
    if declared:
        codec = _WHATWG_ALIASES.get(declared.lower(), declared)
        text = _strict(raw, codec)
        if text is not None:
            name = codecs.lookup(codec).name
            return Decoded(text, _NAMES.get(name, name))
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        if _UTF8_SEQUENCE.search(raw):
            raise IngestError(
                source,
                f"undecodable bytes: UTF-8 text with an invalid byte 0x{raw[error.start]:02x} at offset {error.start}",
            ) from error
    return _single_byte(raw, source)


def decode(raw: bytes, source: str, declared: str | None = None) -> Decoded:
    """`declared` is a charset the input names itself (an HTML `<meta charset>`).  Mojibake is
    looked for in the composed (NFC) text that will be stored, so that reading a stored text
    back gives the same text: decoding then normalising stays idempotent."""
    decoded = _decode(raw, source, declared)
    if "\x00" in decoded.text:
        raise IngestError(source, "binary file (contains NUL characters), not text")
    if decoded.text.isascii():
        return decoded
    composed = unicodedata.normalize("NFC", decoded.text)
    if _MOJIBAKE.search(composed):
        import ftfy

        repaired = ftfy.fix_encoding(composed)
        if repaired != composed:
            return Decoded(repaired, f"{decoded.encoding} (mojibake repaired)")
    return decoded
