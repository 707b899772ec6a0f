"""What every extractor module exposes as `EXTRACTOR`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.models import Figure, Quote, SegmentedDocument

EXTRACTABLE_KINDS = frozenset({"body", "heading"})
"""Paragraph kinds whose text states facts; captions, credits, footnotes and boilerplate do not."""


@dataclass(frozen=True)
class Extractor:
    """`version` goes into provenance; bump it whenever the output for some input changes."""

    name: str
    version: str
    run: Callable[[SegmentedDocument], Sequence[Quote] | Sequence[Figure]]
