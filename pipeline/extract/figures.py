"""Placeholder until the figures extractor lands; yields nothing."""

from pipeline.extract.base import Extractor

EXTRACTOR = Extractor(name="figures", version="0.0.0", run=lambda segmented: [])
