"""A live count of inputs on stderr, shown only when stderr is a terminal, never under cron."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_REFRESH_SECONDS = 0.25


class Progress:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self.enabled = self._stream.isatty()
        self._count = 0
        self._started = time.monotonic()
        self._shown_at = 0.0

    def tick(self) -> None:
        self._count += 1
        now = time.monotonic()
        if self.enabled and now - self._shown_at >= _REFRESH_SECONDS:
            self._shown_at = now
            rate = self._count / max(now - self._started, 1e-9)
            self._stream.write(f"\rfactpipe: {self._count} inputs read ({rate:.0f}/s)")
            self._stream.flush()

    def close(self) -> None:
        if self.enabled and self._shown_at:
            self._stream.write("\n")
            self._stream.flush()
