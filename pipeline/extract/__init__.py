"""Extract stage: reads a `SegmentedDocument`, yields an `ExtractedDocument`.

Each extractor is one module exposing `EXTRACTOR`; adding one means adding its module to
`EXTRACTORS`, nothing else.  Every fact is stamped with its extractor's name for provenance;
an extractor that sets `extractor=` itself saves the copy.  Extractors see the whole segmented document because attribution and
relative dates need more than one paragraph.
"""

from __future__ import annotations

from pipeline.extract import dates, figures, quotes
from pipeline.extract.base import Extractor
from pipeline.extract.merge import merge_figures
from pipeline.models import ExtractedDocument, ExtractorInfo, Figure, Quote, SegmentedDocument

EXTRACTORS: tuple[Extractor, ...] = (quotes.EXTRACTOR, figures.EXTRACTOR, dates.EXTRACTOR)
EXTRACTOR_INFOS = [ExtractorInfo(name=e.name, version=e.version) for e in EXTRACTORS]


def versions_key(extractors: list[ExtractorInfo]) -> str:
    """What `documents.extracted_with` stores, so a rerun can tell whether facts are current."""
    return ",".join(f"{info.name}={info.version}" for info in sorted(extractors, key=lambda i: i.name))


CURRENT_VERSIONS = versions_key(EXTRACTOR_INFOS)

VAGUE_TIME_REFERENCES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
"""TimeML's values for "now", "currently", "recently", "soon": the date extractor tags them, as
its gold data does, but they are no figure a user would count, compare or sum, so they are not
stored."""


def _worth_storing(figure: Figure) -> bool:
    return figure.value_text not in VAGUE_TIME_REFERENCES


def extract(segmented: SegmentedDocument) -> ExtractedDocument:
    found_quotes: list[Quote] = []
    found_figures: list[Figure] = []
    for extractor in EXTRACTORS:
        for fact in extractor.run(segmented):
            stamped = (
                fact if fact.extractor == extractor.name else fact.model_copy(update={"extractor": extractor.name})
            )
            (found_quotes if isinstance(stamped, Quote) else found_figures).append(stamped)
    return ExtractedDocument(
        document=segmented.document,
        paragraphs=segmented.paragraphs,
        sentences=segmented.sentences,
        quotes=sorted(found_quotes, key=lambda q: (q.start_char, q.end_char)),
        figures=merge_figures(f for f in found_figures if _worth_storing(f)),
        extractors=EXTRACTOR_INFOS,
    )
