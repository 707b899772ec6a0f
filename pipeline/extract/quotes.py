"""Placeholder until the quotes extractor lands; yields nothing."""

from pipeline.extract.base import Extractor

EXTRACTOR = Extractor(name="quotes", version="0.0.0", run=lambda segmented: [])
