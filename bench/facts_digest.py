"""Golden-output check for speed work: one sha256 over every paragraph, sentence, figure and quote
that `segment` + `extract` produce for the BBC corpus, NewsQuant and TimeBank.

An optimisation that is meant to change nothing must leave the digest as it was.  One digest per
record type is printed beside the total, so a change can be traced to the stage that made it
(another engineer's quote work moves only the `quotes` line).  BBC articles carry no publication
date, so the corpus is also run through the dates extractor with one, which exercises the
relative-date arithmetic that TimeBank alone covers thinly.

    .venv/bin/python bench/facts_digest.py [--dump FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from pipeline.extract import dates, extract
from pipeline.ingest import document_from_text, read_file
from pipeline.models import Document
from pipeline.segment import segment

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
BBC = DATA / "corpus" / "bbc"
NEWSQUANT = DATA / "newsquant" / "dev.jsonl"
TIMEBANK = DATA / "timebank" / "timebank.jsonl"
BBC_PUBLISHED = dt.date(2005, 1, 1)
SECTIONS = ("paragraph", "sentence", "figure", "quote", "date@published")


def bbc_documents() -> list[Document]:
    return [read_file(path) for path in sorted(BBC.rglob("*.txt")) if path.name != "README.TXT"]


def jsonl_documents(path: Path) -> list[Document]:
    documents = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            published = record.get("published")
            documents.append(
                document_from_text(
                    record["text"],
                    f"{path.name}#{number}",
                    published=dt.date.fromisoformat(published[:10]) if published else None,
                )
            )
    return documents


def records(documents: list[Document], bbc_count: int) -> Iterator[tuple[str, str]]:
    """(section, JSON line) for every record, in a fixed order."""
    for number, document in enumerate(documents):
        extracted = extract(segment(document))
        source = document.source_uri
        for section, items in (
            ("paragraph", extracted.paragraphs),
            ("sentence", extracted.sentences),
            ("figure", extracted.figures),
            ("quote", extracted.quotes),
        ):
            for item in items:
                yield section, json.dumps([source, item.model_dump(mode="json")], sort_keys=True)
        if number < bbc_count:
            dated = segment(document.model_copy(update={"published": BBC_PUBLISHED}))
            for figure in dates.EXTRACTOR.run(dated):
                yield "date@published", json.dumps([source, figure.model_dump(mode="json")], sort_keys=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="also write every JSON line here, for diffing")
    args = parser.parse_args()
    bbc = bbc_documents()
    documents = [*bbc, *jsonl_documents(NEWSQUANT), *jsonl_documents(TIMEBANK)]
    total = hashlib.sha256()
    digests = {section: hashlib.sha256() for section in SECTIONS}
    counts = dict.fromkeys(SECTIONS, 0)
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for section, line in records(documents, len(bbc)):
        encoded = f"{section}\t{line}\n".encode()
        total.update(encoded)
        digests[section].update(encoded)
        counts[section] += 1
        if dump is not None:
            dump.write(encoded.decode())
    if dump is not None:
        dump.close()
    print(f"documents {len(documents)} (bbc {len(bbc)})")
    for section in SECTIONS:
        print(f"{section:15} {counts[section]:7d}  {digests[section].hexdigest()}")
    print(f"{'total':15} {sum(counts.values()):7d}  {total.hexdigest()}")


if __name__ == "__main__":
    main()
