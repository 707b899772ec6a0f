"""factpipe: news articles in, quotes and figures with provenance out, as SQL rows."""

__version__ = "0.1.0"
