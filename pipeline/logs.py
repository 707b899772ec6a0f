"""Logs go to stderr, one line per event, as text for people or JSON for log shippers.

The handler looks up stderr at each record (through click) rather than binding the stream once,
so redirected or captured stderr (cron, CliRunner) receives every line.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Literal

import click

LogFormat = Literal["text", "json"]


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps(
            {
                "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(),
                "level": record.levelname.lower(),
                "message": record.getMessage(),
            }
        )


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            click.echo(self.format(record), err=True)
        except Exception:  # noqa: BLE001 - logging must never take the run down
            self.handleError(record)


def configure(level: int, log_format: LogFormat) -> None:
    logger = logging.getLogger("factpipe")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(
        _JsonFormatter() if log_format == "json" else logging.Formatter("factpipe: %(levelname)s: %(message)s")
    )
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
