"""Direct quotations with their speakers, read with English news-writing rules (no model)."""

from pipeline.extract.base import Extractor
from pipeline.extract.quotes.extractor import NAME, extract_quotes

EXTRACTOR = Extractor(name=NAME, version="1.3.0", run=extract_quotes)

__all__ = ["EXTRACTOR", "extract_quotes"]
