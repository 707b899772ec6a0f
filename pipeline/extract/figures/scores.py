"""Results of games, matches and votes: "a 3-2 win", "beat France 24-18", "6-3, 7-6 (7-4), 6-0",
"the 235-189 vote".

A score is two numbers joined by a dash, which elsewhere make a range ("10-20 people"), so the
words around it decide: a noun or phrase of result after it ("victory", "lead", "down", "at
half-time"), a verb of result before it over the names of the sides ("beat France", "won"), or
another score before it (a tennis match's sets).  The figure keeps both sides in the order
written, `value` first and `value_high` second, since a score's first side need not be the lower;
NewsQuant annotates "at 2-0 down" as the pair "2-0".
"""

from __future__ import annotations

import re

from pipeline.extract.figures.nouns import counted_noun
from pipeline.extract.figures.scan import Quantity, attach_unit

_FOR_OR_TO = re.compile(r"\s+(?:for|to)\b")
""""at 6-4 for victory": after betting words, a pair before "for" or "to" is a price."""
_MOST_POINTS = 500
"""A vote of the US House (435 seats) or a basketball score fits; a larger pair is a range."""
_SCORE = re.compile(r"(?P<first>\d{1,3})(?:\s?[-–]\s?|-to-)(?P<second>\d{1,3})(?![\w%/-]|[.,]\d|\s?[-–]\s?\d)")
""""3-2", "135-131", "2 - 1", "a 51-to-50 vote"; not "4-4-2", "18-29%", "10-1.5" or "10-11am"."""
_RESULT_AFTER = re.compile(
    r"\s+(?:(?:(?!to\b|of\b|chance\b)[A-Za-z][\w-]*\s+){0,2}"
    r"(?:win|wins|victory|victories|defeat|defeats|loss|losses|lead|draw|draws|tie|ties|vote|votes|ruling|verdict"
    r"|decision|deficit|advantage"
    r"|triumph|thrashing|drubbing|success|scoreline|reverse|rout|hammering|comeback)\b"
    r"|(?:down|up|behind|on\s+aggregate|at\s+(?:half-time|halftime|the\s+break|full-time)|after\s+extra\s+time"
    r"|edge|majority|to\s+(?:pass|approve|reject|confirm|block|adopt|advance|acquit|convict))\b)"
    r"|,?\s+\(?\d{1,3}\s?[-–]\s?\d{1,3}\b",
)
""""a 3-2 win", "a 135-131 overtime victory", "broke a 66-66 tie", "3-1 down", "2-0 at the break", "the 235-189
partisan-line vote", and the first set of a tennis match before the next: "6-3, 7-6"; not odds
("10-1 to win", "a 50-50 chance to win")."""
_RESULT_VERB = (
    r"\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beating|beaten|defeat|defeated|defeats|drew|draw"
    r"|drawn|thrashed|trounced|hammered|routed|crushed|thumped|edged|overcame|trailed|trailing|trails|led"
    r"|humiliated|demolished|outclassed|stunned|downed|walloped|mauled|whitewashed|outscored"
    r"|leading|past|voted|behind|tie-?break(?:er)?|(?:the|their|his|her|its|[A-Z][\w.-]*['’]s)\s+(?:lead|advantage)\s+to|(?:the|their|his|her|its)\s+deficit\s+to"
    r"|(?:made|make|makes|levelled|leveled|pulled|brought)\s+it"
    r"|(?:tied|tie|level|locked|levelled|game|match|score)\s+at"
    r"|(?:score|scoreline|vote|margin)\s+of|passed|approved|rejected|confirmed|(?:vote|tally|score)\s+(?:was|is|stood\s+at)"
    r"|(?:was|were|is|are)\s+(?:up|down))"
    r"\s+(?:(?:[A-Z][\w'’.-]*|by|of|the|a|majority|visiting|host|home|rival|defending|bill|measure|motion|amendment|resolution"
    r"|nomination|legislation)\s+){0,6}"
)
_RESULT_BEFORE = re.compile(rf"{_RESULT_VERB}$")
""""beat France 24-18", "won 1-0", "cruised past the Magic 131-116", "made it 2-0", "tied the game
at 2-2", "an aggregate score of 10-0", "were beaten by New Zealand 45-6", "defeat the visiting
Houston Rockets 135-131", "approved the measure by 56-43", "voted by a majority of 8-1", "was up
3-0"; a bare "at" comes
before prices, times and addresses as often ("priced at 40-50")."""
_ODDS_NEAR = re.compile(
    r"\b(?:odds|favourite|favourites|favorite|favorites|bookmakers?|bookies|betting|punters|outsiders?"
    r"|Ladbrokes|William\s+Hill|Coral|Paddy\s+Power|Betfair)\b",
    re.IGNORECASE,
)
""""Bez is now 2-1 favourite", "Kenzie at 5-2": betting odds are written as a score is."""
_ODDS_REACH = 200
"""Characters searched before a pair, within its sentence, for words of betting: a list of odds
runs on after them ("2-1 favourite, followed by Kenzie at 5-2")."""
_SENTENCE_END = re.compile(r".*[.!?][\s\"”’']+", re.DOTALL)
_SCORE_BEFORE = re.compile(r"\d\s?[-–]\s?\d{1,3}\)?,?\s+\(?$")
""""6-3, 7-6 (7-4)": each set after the first, and a tie-break in brackets."""
_PAIR = r"\d{1,3}\s?[-–]\s?\d{1,3}\b"
_NEXT_IN_LIST = r"[^.;!?\d]*(?:,|\band)\s+"
"""Words after one score of a list and before the next, with no number or sentence end in them."""
_LISTED_AFTER_SCORE = re.compile(rf"{_RESULT_VERB}{_PAIR}(?:{_NEXT_IN_LIST}{_PAIR})*{_NEXT_IN_LIST}$")
""""defeated the Wallabies 22-16 in Auckland, 19-18 in Sydney and 33-6 in Wellington": each
score in a list after a verb of result."""
_LIST_REACH = 200
"""Characters searched back, within the sentence, for the verb that starts a list of scores."""


_VOTES_TO = re.compile(
    r"(?P<first>\d{1,3}(?:,\d{3})?)\s+(?P<unit>votes?)\s+to\s+(?P<second>\d{1,3}(?:,\d{3})?)"
    r"(?!\d|[.,]\d|%|\s+(?:votes?|per)\b)"
)
""""voted by 315 votes to 274": a tally written with its noun on the first side only."""


def read_vote_tally(text: str, start: int) -> Quantity | None:
    """The tally starting at `start` ("315 votes to 274"), a pair kept in the order written."""
    found = _VOTES_TO.match(text, start)
    if found is None or counted_noun(text, found.end(), singular=False, compound=False) is not None:
        return None
    first, second = (float(found.group(side).replace(",", "")) for side in ("first", "second"))
    return Quantity(start, found.end(), first, second, unit="votes", kind="score")


def pair_at(text: str, start: int) -> bool:
    """Whether a dash pair starts at `start`: the cheap test before the words around it are read."""
    return _SCORE.match(text, start) is not None


def read_score(text: str, start: int, left: str) -> Quantity | None:
    """The score starting at `start`, or None when the numbers there are no result.

    A word of result after the pair, or a verb of result or another score before it, makes it a
    score, unless a unit or a counted noun follows: "a 10-12 per cent lead" and "50-60 job
    losses" are ranges."""
    found = _SCORE.match(text, start)
    if found is None or max(int(found.group("first")), int(found.group("second"))) > _MOST_POINTS:
        return None
    result_after = _RESULT_AFTER.match(text, found.end())
    odds_wording = result_after is None or _FOR_OR_TO.match(text, found.end()) is not None
    if _ODDS_NEAR.match(text, found.end() + 1) or odds_wording and _betting_before(text, start):
        return None
    named = (
        result_after is not None
        or _RESULT_BEFORE.search(left) is not None
        or _SCORE_BEFORE.search(left) is not None
        or _LISTED_AFTER_SCORE.search(_sentence_before(text, start)) is not None
    )
    if not named or _counts_something(text, found.end()):
        return None
    return Quantity(start, found.end(), float(found.group("first")), float(found.group("second")), kind="score")


def _counts_something(text: str, position: int) -> bool:
    """Whether a unit or a plural counted noun follows: "10-15 percent", "10-20 people"; a singular
    phrase does not count ("a 3-2 home win over")."""
    unit = Quantity(position, position, 1.0)
    attach_unit(text, unit)
    return unit.unit is not None or counted_noun(text, position, singular=False, compound=False) is not None


def _betting_before(text: str, start: int) -> bool:
    """Whether words of betting come earlier in the pair's sentence."""
    return _ODDS_NEAR.search(_sentence_before(text, start, _ODDS_REACH)) is not None


def _sentence_before(text: str, start: int, reach: int = _LIST_REACH) -> str:
    """The words of the sentence before `start`, at most `reach` characters of them."""
    window = text[max(0, start - reach) : start]
    sentence_start = _SENTENCE_END.match(window)
    return window[sentence_start.end() :] if sentence_start else window
