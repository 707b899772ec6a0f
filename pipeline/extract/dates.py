"""Placeholder until the dates extractor lands; yields nothing."""

from pipeline.extract.base import Extractor

EXTRACTOR = Extractor(name="dates", version="0.0.0", run=lambda segmented: [])
