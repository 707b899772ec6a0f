"""The quote extractor: spans per paragraph, then attribution in reading order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

from pipeline.extract.base import EXTRACTABLE_KINDS
from pipeline.extract.quotes.attribution import (
    Attribution,
    Attributor,
    Cue,
    attached,
    find_cues,
    is_partial,
    mask,
    sentence_spans,
    subject_of,
)
from pipeline.extract.quotes.mentions import mention_before
from pipeline.extract.quotes.registry import Registry
from pipeline.extract.quotes.spans import RawQuote, find_spans, is_title_or_name
from pipeline.extract.quotes.subjects import clause_subjects
from pipeline.models import Paragraph, Quote, SegmentedDocument

NAME = "quotes"
"""The extractor's name in provenance; set on each quote here so the extract stage need not
copy every quote to stamp it."""

_ANY_MARK = re.compile(r'["“”«»„]')
_QUOTED_KINDS = EXTRACTABLE_KINDS - {"heading"}
_NAME_KINDS = frozenset({"body"})
_SPANNED_KINDS = _QUOTED_KINDS | _NAME_KINDS
_CONTEXT_PARAGRAPHS = 2
_FRAME_TAIL_WORDS = 4
_MENTION_MAX_WORDS = 3
_STATEMENT_END = (".", "!", "?", ",", "…")


@dataclass
class _Found:
    span: RawQuote
    paragraph: Paragraph
    partial: bool
    attribution: Attribution | None
    local: bool
    pronoun: str | None
    """The "he"/"she" of the quote's own cue when it resolved to nobody: whoever the quote is
    then credited to must be of that sex."""


def _local_attribution(
    attributor: Attributor,
    masked: str,
    span: RawQuote,
    partial: bool,
    sentence: tuple[int, int],
    cues: list[Cue],
    previous_end: int,
    offset: int,
) -> tuple[Attribution | None, str | None]:
    """The cue in the quote's own sentence: for a whole statement the verb right after it, for a
    fragment the nearest verb before it; a pronoun subject of an embedded verb ("X said he
    thought") yields to the main clause's subject. Also returns a "he"/"she" subject that
    resolved to nobody, which still tells the speaker's sex."""
    after_quote = previous_end > sentence[0]
    left = [
        c
        for c in cues
        if previous_end <= c.start and c.end <= span.start and not (after_quote and attached(masked, previous_end, c))
    ]
    right = [c for c in cues if c.start > span.end]
    ordered: list[tuple[Cue, int]] = []
    if not partial and right:
        gap = masked[span.end + 1 : right[0].start]
        if len(gap.split()) <= 7 and '"' not in gap:
            ordered.append((right[0], span.end + 1))
    ordered += [(c, previous_end) for c in reversed(left)]
    if right and len(masked[right[-1].end : sentence[1]].split()) <= _FRAME_TAIL_WORDS:
        right = [right[-1]] + right[:-1]
    ordered += [(c, span.end + 1) for c in right if (c, span.end + 1) not in ordered]
    fallback: Attribution | None = None
    unresolved: str | None = None
    for cue, lo in ordered:
        mention = subject_of(masked, cue, lo, sentence)
        if mention is None:
            continue
        attribution = attributor.resolve(mention, offset, cue.word)
        if attribution is None:
            if mention.head in ("he", "she"):
                unresolved = unresolved or mention.head
            continue
        if mention.kind == "pronoun" and cue in left and cue is not left[0]:
            fallback = fallback or attribution
            continue
        return attribution, None
    return fallback, None if fallback else unresolved


_Located = TypeVar("_Located", RawQuote, Cue)


def _by_sentence(sentences: list[tuple[int, int]], items: list[_Located]) -> list[list[_Located]]:
    """The quotes or cues starting in each sentence; both lists are in text order, so one pass
    sorts them."""
    grouped: list[list[_Located]] = [[] for _ in sentences]
    number = 0
    for item in items:
        while number < len(sentences) and sentences[number][1] <= item.start:
            number += 1
        if number < len(sentences) and sentences[number][0] <= item.start:
            grouped[number].append(item)
    return grouped


def _paragraph_quotes(
    attributor: Attributor, paragraph: Paragraph, spans: list[RawQuote], quotes: list[RawQuote], found: list[_Found]
) -> None:
    """Sentence by sentence: names opening the clause before a cue are noted first, so that the
    "he" of "Mr Lewis wants ... he says" finds them; then the quotes (`spans` less titles and
    names); then the cues outside quotes. A plain sentence's subject is only worth reading when a
    quote follows it."""
    text = paragraph.text
    offset = paragraph.start_char
    masked = mask(text, spans)
    paragraph_speaker: Attribution | None = None
    sentences = sentence_spans(masked)
    grouped = _by_sentence(sentences, quotes)
    cues_by_sentence = _by_sentence(sentences, find_cues(masked))
    quoted = [bool(in_sentence) for in_sentence in grouped] + [True]
    for number, sentence in enumerate(sentences):
        cues = cues_by_sentence[number]
        previous_end = sentence[0]
        in_sentence = grouped[number]
        if in_sentence and (not cues or cues[0].start < in_sentence[0].start):
            for mention in clause_subjects(masked, sentence[0], cues[0].start if cues else in_sentence[0].start):
                attributor.subject(mention, offset)
        for span in in_sentence:
            partial = is_partial(text, masked, span, sentence[0])
            attribution, pronoun = _local_attribution(
                attributor, masked, span, partial, sentence, cues, previous_end, offset
            )
            if attribution is None and partial:
                attribution = _fragment_fallback(attributor, masked, span, sentence, cues, offset)
                if attribution is None:
                    previous_end = span.end + 1
                    continue
            if attribution is None and _is_mention(text, span):
                previous_end = span.end + 1
                continue
            local = attribution is not None
            if attribution is None and paragraph_speaker is not None and attributor.fits(paragraph_speaker, pronoun):
                attribution = paragraph_speaker
            found.append(_Found(span, paragraph, partial, attribution, local, pronoun))
            if attribution is not None:
                attributor.note(attribution)
                paragraph_speaker = attribution
            previous_end = span.end + 1
        reported = False
        for cue in cues:
            if any(s.start <= cue.start < s.end or attached(masked, s.end + 1, cue) for s in in_sentence):
                continue
            mention = subject_of(masked, cue, sentence[0], sentence)
            reported = reported or mention is not None
            if mention is not None and mention.kind != "pronoun":
                resolved = attributor.resolve(mention, offset, cue.word)
                if resolved is not None:
                    attributor.note(resolved)
                    paragraph_speaker = resolved
        if not in_sentence and not reported and quoted[number + 1]:
            for mention in clause_subjects(masked, *sentence):
                paragraph_speaker = attributor.subject(mention, offset) or paragraph_speaker


def _is_mention(text: str, span: RawQuote) -> bool:
    """A few words in quotation marks with no speaker and no sentence punctuation are a term
    being talked about ("Forward" is in italics), not a statement."""
    quoted = text[span.start : span.end].rstrip()
    return len(quoted.split()) <= _MENTION_MAX_WORDS and not quoted.endswith(_STATEMENT_END)


def _fragment_fallback(
    attributor: Attributor, masked: str, span: RawQuote, sentence: tuple[int, int], cues: list[Cue], offset: int
) -> Attribution | None:
    """A fragment right after a name is that person's words ("Richard Thomas "condemned" ...");
    one in a sentence with a reporting verb whose subject is unclear goes to the latest speaker."""
    if masked[span.start - 2 : span.start - 1].isspace() or span.start < 2:
        mention = mention_before(masked, sentence[0], span.start - 1)
        if mention is not None and mention.kind == "name" and mention.end >= span.start - 2:
            resolved = attributor.resolve(mention, offset, None)
            if resolved is not None and resolved.kind == "person":
                return resolved
    if any(c.word != "according to" for c in cues) and "any" in attributor.latest:
        return attributor.latest["any"]
    return None


def _needs_genders(found: list[_Found]) -> bool:
    """Whether `_fill_gaps` will ask the sex of a speaker: only for a quote left without one whose
    own "he"/"she" resolved to nobody. Otherwise the paragraphs after the last quote can change
    nothing, and are not read."""
    return any(item.attribution is None and item.pronoun is not None for item in found)


def _fill_gaps(attributor: Attributor, found: list[_Found]) -> None:
    """Statements without their own cue continue the speech around them: the previous quote's
    speaker when it is close, else the next attributed quote in the same paragraph; never a
    speaker of the other sex than the quote's own unresolved "he"/"she"."""
    for index, item in enumerate(found):
        if item.attribution is not None:
            continue
        previous = found[index - 1] if index else None
        if (
            previous is not None
            and previous.attribution is not None
            and item.paragraph.idx - previous.paragraph.idx <= _CONTEXT_PARAGRAPHS
        ):
            if attributor.fits(previous.attribution, item.pronoun):
                item.attribution = previous.attribution
            continue
        for later in found[index + 1 :]:
            if later.paragraph.idx != item.paragraph.idx:
                break
            if later.attribution is not None and later.local and attributor.fits(later.attribution, item.pronoun):
                item.attribution = later.attribution
                break


def extract_quotes(segmented: SegmentedDocument) -> list[Quote]:
    """Quotes in document order with their speakers and speaker types; the whole article is read for names
    first because a description may name its holder later ("the minister ... Alan Johnson")."""
    if not _ANY_MARK.search(segmented.document.text):
        return []
    spans = {p.idx: find_spans(p.text) for p in segmented.paragraphs if p.kind in _SPANNED_KINDS}
    registry = Registry()
    for paragraph in segmented.paragraphs:
        if paragraph.kind in _NAME_KINDS:
            quoted = [(span.start, span.end) for span in spans[paragraph.idx]]
            registry.add_text(paragraph.text, paragraph.start_char, quoted)
    attributor = Attributor(registry)
    quoted_paragraphs = [p for p in segmented.paragraphs if p.kind in _QUOTED_KINDS]
    statements = [[s for s in spans[p.idx] if not is_title_or_name(p.text, s)] for p in quoted_paragraphs]
    last = max((number for number, kept in enumerate(statements) if kept), default=-1)
    found: list[_Found] = []
    for number, paragraph in enumerate(quoted_paragraphs):
        if number > last and not _needs_genders(found):
            break
        _paragraph_quotes(attributor, paragraph, spans[paragraph.idx], statements[number], found)
    _fill_gaps(attributor, found)
    text = segmented.document.text
    quotes: list[Quote] = []
    for item in found:
        start = item.paragraph.start_char + item.span.start
        end = item.paragraph.start_char + item.span.end
        attribution = item.attribution
        quote = Quote(
            start_char=start,
            end_char=end,
            text=text[start:end],
            paragraph_idx=item.paragraph.idx,
            extractor=NAME,
            speaker=attribution.speaker if attribution else None,
            speaker_start=attribution.start if attribution else None,
            speaker_end=attribution.end if attribution else None,
            cue=attribution.cue if attribution else None,
            is_partial=item.partial,
            speaker_type=attribution.speaker_type if attribution and attribution.speaker else None,
        )
        quotes.append(quote)
    return quotes
