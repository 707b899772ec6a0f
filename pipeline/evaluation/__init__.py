"""Scoring of extractors against gold annotations."""
