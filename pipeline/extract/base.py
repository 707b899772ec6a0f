"""What every extractor module exposes as `EXTRACTOR`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.models import Figure, Quote, SegmentedDocument

ASCII_LOOKALIKES = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u201a": ","})
"""Letters that case-insensitive `re` matches as ASCII letters but that `lower()` and word
tables do not map to them ("five m\u0131nutes" matches a unit pattern, and then "m\u0131nutes"
is no key of the unit table).  Extractors match on text with these mapped to the letter they
match (one character for one, so offsets hold) and slice figure texts from the original.  The
low quotation mark "‚" is mapped to the comma that feeds mis-encode as it ("6‚000 litres")."""

EXTRACTABLE_KINDS = frozenset({"body", "heading"})
"""Paragraph kinds whose text states facts; captions, credits, footnotes and boilerplate do not."""


@dataclass(frozen=True)
class Extractor:
    """`version` goes into provenance; bump it whenever the output for some input changes."""

    name: str
    version: str
    run: Callable[[SegmentedDocument], Sequence[Quote] | Sequence[Figure]]
