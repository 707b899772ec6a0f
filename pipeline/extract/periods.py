"""Whether "over" before a duration bounds it or names a period, for both extractors that read
durations: the dates extractor's reading and the figures extractor's must agree, since the two
are merged into one row."""

from __future__ import annotations

import re

_OVER_AS_BOUND = re.compile(
    r"\b(?:for|of|in|than|last|lasts|lasted|lasting|take|takes|took|taken|spend|spends|spent|aged|after|since"
    r"|served|serving|lived|worked|waited|waiting|been|is|was|are|were|be|little|just|spanning|spanned"
    r"|delayed|or)\s+$",
    re.IGNORECASE,
)
""""for over 10 years", "took over five years", "in little over two years", "a delay of 202 months,
or over 16 years": "over" is "more than" after these."""
_REACH = 16
"""Characters before "over" that hold the word deciding it; the longest word listed fits."""


def over_names_a_period(text: str, over_start: int) -> bool:
    """Whether the "over" starting at `over_start` names the period a change spans ("fell 47% over
    six weeks", "Over five years, bills will rise") rather than meaning "more than"."""
    return _OVER_AS_BOUND.search(text, max(0, over_start - _REACH), over_start) is None
