"""The grammar that finds every temporal expression: twenty-four alternatives, compiled once.

Alternatives are tried in order at each position, so longer and more specific readings come
first ("the past two years" before "the past", "Tuesday, Feb. 18" before "Tuesday").  Each
alternative is one named group, whose name the normaliser dispatches on.
"""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass

from pipeline.extract.dates.first import DIGIT, NON_WORD, SPACE, first_chars, first_phrases
from pipeline.extract.dates.lexicon import (
    APPROX,
    COUNT,
    DAY_NUMBER,
    DAY_WORD,
    MONTH_ABBR,
    MONTH_ANY,
    MONTH_FULL,
    MONTHS,
    UNIT_ANY,
    UNIT_CODES,
    UNIT_SINGULAR,
    WEEKDAY,
    WORD_COUNT,
    YEAR_DIGITS,
    YEAR_SPOKEN,
    YEAR_WORDS,
)
from pipeline.extract.numbers import TENS, UNITS

_END = r"(?![\w-])"
_MOD = (
    r"(?:(?i:(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:-|\s+)"
    r"|(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?))?"
)
"""Modifiers that narrow an expression without changing its TimeML value ("late 2019")."""


def _approx(name: str) -> str:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(APPROX, key=len, reverse=True))
    return rf"(?:(?P<{name}>(?i:{words}))\s+)?"


_TIME = (
    rf"(?P<time>{_approx('time_ap')}"
    r"(?:(?P<time_h>1[0-2]|0?\d)(?:[:.](?P<time_min>[0-5]\d))?\s?(?P<time_ampm>(?i:[ap]\.m\.|[ap]m)(?!\w))"
    r"|(?P<time_h24>[01]?\d|2[0-3])[:.](?P<time_min24>[0-5]\d)(?=\s*(?:GMT|BST|UTC|CET|hours|hrs|local\s+time))"
    r"|(?P<time_word>(?i:noon|midday|midnight))(?!\s+(?:oil|mass)))"
    r"(?:\s+(?:[ECMP][SD]T|GMT|BST|UTC|CET|ET|PT|(?i:local\s+time))(?!\w))?"
    rf"(?:(?:(?P<time_on>,?\s+(?i:on)\s+)|,?\s+(?:(?i:of)\s+)?)(?P<time_day>(?i:today|tomorrow|yesterday)"
    rf"|{WEEKDAY}(?:,?\s+{MONTH_ANY}\s+{DAY_NUMBER})?|{MONTH_ANY}\s+{DAY_NUMBER}|{DAY_NUMBER}\s+{MONTH_FULL}))?)"
)
_ISO = r"(?P<iso>(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?!\d))"
_FULL_DATE = (
    rf"(?P<fdate>{_MOD}(?:(?P<fd_rel>(?i:this\s+coming|this\s+past|this|next|last))\s+)?"
    rf"(?:(?P<fd_wd>{WEEKDAY}),?\s+(?:the\s+)?)?"
    rf"(?:(?P<fd_d1>{DAY_NUMBER})(?:\s+of)?\s+(?P<fd_m1>{MONTH_ANY})"
    rf"|(?P<fd_m2>{MONTH_ANY})\s+(?:the\s+)?(?P<fd_d2>{DAY_NUMBER}|{DAY_WORD}))"
    rf"(?:,?\s+(?P<fd_y>{YEAR_DIGITS}|{YEAR_WORDS}))?{_END})"
)
_MONTH_YEAR = (
    rf"(?P<my>{_MOD}(?P<my_m>{MONTH_FULL}|{MONTH_ABBR})(?:\s+of)?,?\s+"
    rf"(?:(?P<my_y>{YEAR_DIGITS}|{YEAR_WORDS})|(?P<my_rel>(?i:this|last|next))\s+(?i:year)){_END})"
)
_SEASON_YEAR = (
    rf"(?P<sy>(?:(?i:the)\s+)?{_MOD}(?P<sy_s>(?i:spring|summer|autumn|fall|winter))(?:\s+of)?\s+"
    rf"(?P<sy_y>{YEAR_DIGITS}|{YEAR_WORDS}){_END})"
)
_AGO = (
    rf"(?P<ago>{_approx('ago_ap')}(?P<ago_n>{COUNT})\s+(?:(?i:more|full|trading|business|working)\s+)?"
    rf"(?P<ago_u>{UNIT_ANY})(?:\s+(?i:or\s+so))?\s+(?P<ago_dir>(?i:ago|from\s+now|hence|(?<=years\s)earlier|(?<=year\s)earlier|(?<=quarters\s)earlier|(?<=quarter\s)earlier)){_END})"
)
_SET = (
    rf"(?P<set>(?P<set_q>(?i:every|each|per))\s+(?:(?P<set_n>(?i:other)|{COUNT})\s+)?"
    rf"(?:(?P<set_u>{UNIT_ANY})|(?P<set_wd>{WEEKDAY})|(?P<set_m>{MONTH_FULL})"
    r"|(?P<set_part>(?i:morning|afternoon|evening|night|weekend))s?)"
    + _END
    + r"|(?P<set_adv>hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly)"
    + _END
    + ")"
)
_QUARTER = (
    r"(?P<qtr>(?:(?P<q_pre>(?i:the|its|their|this\s+year's|last\s+year's|next\s+year's))\s+)?"
    rf"(?:(?P<q_y1>{YEAR_DIGITS})\s+)?(?:(?P<q_ago>(?i:year-(?:ago|earlier)))\s+)?(?P<q_fy>(?i:fiscal|financial)[-\s]+)?"
    r"(?:(?P<q_ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))|(?<=the\s)(?P<q_month>March|June|September|December))"
    r"[-\s]+(?:(?i:fiscal)\s+)?"
    r"(?P<q_unit>(?i:quarter|half))(?P<q_pl>s)?"
    rf"(?:\s+(?:(?i:of|in|for)\s+)?(?:(?i:fiscal)\s+)?(?:(?P<q_y2>{YEAR_DIGITS})|(?P<q_rel>(?i:this|last|next|the))\s+(?i:year)))?"
    rf"{_END}|(?P<q_code>Q[1-4])(?:\s+(?P<q_y3>{YEAR_DIGITS}))?(?!\w))"
)
_QUARTER_REF = (
    r"(?P<qref>(?:(?P<qr_det>(?i:the|this|that|its|their))\s+)?"
    rf"(?:(?P<qr_mod>(?i:latest|current|most\s+recent|previous|past|last|next|coming|same|comparable|corresponding|year-ago|year-earlier)|{YEAR_DIGITS})"
    r"(?:[-\s]+(?i:year-ago|year-earlier|fiscal))?\s+)?(?P<qr_unit>(?i:quarter|period))"
    rf"(?:\s+(?P<qr_tail>(?i:a\s+year\s+(?:ago|earlier)|last\s+year)|(?i:of)\s+(?P<qr_y>{YEAR_DIGITS})))?(?!\s+of\b){_END})"
)
_CENTURY = (
    r"(?P<cent>(?:(?i:the)\s+)?(?:(?i:early|late|mid)[-\s]+)?"
    rf"(?P<cen_n>\d{{1,2}}(?:st|nd|rd|th)|{DAY_WORD})[-\s]+(?i:century){_END})"
)
_DECADE = (
    r"(?P<dec>(?:(?i:the)\s+)?(?:(?i:early|late|mid)[-\s]+)?(?:(?P<dec_y>1[5-9]\d0|20\d0)'?s|'(?P<dec_s>\d0)s)(?!\w)"
    r"|(?i:the)\s+(?:(?i:early|late|mid)[-\s]+)?(?P<dec_w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
    + _END
    + ")"
)
_YEAR = (
    rf"(?P<year>{_MOD}(?:(?P<yr_fy>(?i:fiscal(?:\s+year)?|financial\s+year|calendar\s+year)\s+|FY\s?)"
    rf"|(?P<yr_the>(?i:the\s+year)\s+))?(?P<yr_y>{YEAR_DIGITS}|{YEAR_SPOKEN}|(?<=year\s){YEAR_WORDS})"
    r"(?:(?P<yr_next>/(?:\d\d){1,2}|-\d\d(?:\d\d)?(?=\s+(?i:fiscal|financial|school|academic|season|budget)\b))(?![-/\d]))?"
    r"(?!\s*(?:%|(?i:per\s*cent|percent))|[-/]\d)" + _END + ")"
)
_YEAR_SPAN = (
    r"(?P<fy>(?i:the\s+(?:(?P<fy_mod>full|fiscal|calendar|current|financial|latest|last|previous)\s+)?(?:fiscal\s+)?year)"
    r"(?P<fy_end>(?=\s+(?i:ended|ending|to\s+date)))?(?!\s+\d)" + _END + ")"
)
_YEAR_AGO = (
    r"(?P<yago>(?i:year-(?:ago|earlier))(?!\s+(?i:quarter|period|third|second|first|fourth|nine|six))" + _END + ")"
)
_PERIOD_END = (
    r"(?P<pend>(?i:(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the|this)\s+)(?P<pe_u>(?i:week|month|year))"
    r"|(?i:year[-\s]end|year's\s+end)" + _END + ")"
)
_RELATIVE = (
    rf"(?P<rel>{_MOD}(?P<rel_w>(?i:this\s+(?:coming|past)|this|last|next|coming|the\s+(?:past|last|previous|coming|next|current)"
    r"|earlier\s+this|later\s+this|so\s+far\s+this|earlier\s+in\s+the|later\s+in\s+the|the))\s+"
    r"(?P<rel_u>(?i:week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|(?:fiscal|school|academic)\s+year))"
    + _END
    + ")"
)
_RELATIVE_DAY = (
    rf"(?P<rday>{_MOD}(?:(?P<rd_mod>(?i:earlier|later|mid-?afternoon|mid-?morning))\s+)?"
    r"(?P<rd_w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight))"
    r"(?:\s+(?P<rd_part>(?i:morning|afternoon|evening|night)))?" + _END + ")"
)
_WEEKDAY = (
    rf"(?P<wday>{_MOD}(?:(?P<wd_rel>(?i:this\s+coming|this\s+past|this|last|next|coming|past|earlier|later))\s+)?"
    rf"(?:(?P<wd_time>(?i:noon|midnight))\s+)?(?P<wd_d>{WEEKDAY})(?P<wd_pl>s)?"
    r"(?:\s+(?P<wd_part>(?i:morning|afternoon|evening|night))s?)?" + _END + ")"
)
_MONTH = (
    rf"(?P<mon>{_MOD}(?:(?P<mo_rel>(?i:this\s+past|this\s+coming|this|last|next))\s+)?(?P<mo_m>{MONTH_FULL}){_END})"
)
_DURATION = (
    rf"(?P<dur>{_approx('dur_ap')}(?:(?P<dur_det>(?i:the|its|their|his|her))\s+)?"
    r"(?:(?P<dur_dir>(?i:past|last|next|first|coming|previous|final|following|latest|initial|remaining|ensuing|subsequent|preceding))\s+)?"
    rf"(?P<dur_n>{COUNT})(?:\s*(?:-|to|or|and)\s*(?P<dur_hi>{COUNT}))?\s+"
    r"(?:(?i:more|additional|extra|further|full|straight|consecutive|successive|trading|business|working|calendar"
    r"|long|short|hard|difficult|tough|tumultuous|turbulent|painful|happy|eventful|lean|brutal|gruelling|grueling)\s+)?"
    rf"(?P<dur_u>{UNIT_ANY})(?P<dur_half>\s+(?i:and\s+a\s+half))?(?:\s+(?i:or\s+so))?{_END}"
    rf"|{_approx('dura_ap')}(?P<dura_n>\d+(?:\.\d+)?|{WORD_COUNT})-(?P<dura_u>{UNIT_SINGULAR})(?:-(?i:long))?(?!-)(?!\w)"
    r"|(?:(?<=for\s)|(?<=within\s)|(?<=in\s))(?:(?i:many|several)\s+)?(?P<durv_u>(?i:years|months|weeks|days|hours|decades|centuries))"
    + _END
    + ")"
)
_NEXT_DAY = (
    r"(?P<nday>(?i:the\s+(?P<nd_word>previous|next|following)\s+day|the\s+day\s+(?P<nd_side>before|after)(?=\s*[.,;:)]))"
    + _END
    + ")"
)
"""A day told from the day last named: "it gained 46.26 points the previous day"."""
_HOLIDAY = (
    r"(?P<hol>(?:(?P<hol_rel>(?i:this|last|next))\s+)?"
    r"(?<!Lunar\s)(?<!Chinese\s)(?<!Jewish\s)(?<!Persian\s)(?<!Islamic\s)(?<!Orthodox\s)"
    r"(?P<hol_n>Christmas(?:\s+(?:Day|Eve))?|New\s+Year(?:['’]s\s+(?:Day|Eve)|(?!['’]))|Boxing\s+Day"
    r"|Valentine['’]s\s+Day|St\.?\s+Patrick['’]s\s+Day|May\s+Day|Juneteenth|Canada\s+Day|Fourth\s+of\s+July"
    r"|Bastille\s+Day|Halloween|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Australia\s+Day"
    r"|(?<!['’]s\s)(?:Veterans['’]?\s+Day|Remembrance\s+Day|Armistice\s+Day"
    r"|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|Memorial\s+Day|Labor\s+Day"
    r"|Thanksgiving(?:\s+Day)?|Shrove\s+Tuesday|Ash\s+Wednesday|Palm\s+Sunday|Maundy\s+Thursday|Good\s+Friday"
    r"|Easter(?:\s+(?:Sunday|Monday))?))"
    rf"(?:,?\s+(?P<hol_y>{YEAR_DIGITS}))?(?![\w-])"
    r"(?!\s+(?:[A-Z][a-z]|eve\b|(?:tree|card|carol|pudding|cracker|light|decoration|present|song|movie|film|jumper|egg|bunny|hamper"
    r"|agreement|accord|peace|deal|talk|uprising|massacre|offensive)s?\b)))"
)
"""Holidays by name ("on Christmas Eve", "Thanksgiving 2019"), but not a thing named after one
("Christmas trees", "Easter Island", "the Good Friday agreement"), nor, after a possessive,
a feast whose day differs between nations or churches ("Canada's Thanksgiving", "Israel's
Memorial Day", "Russia's Easter"), where "Sydney's New Year's Eve" keeps its day.  "Independence Day" is left out: every
nation has its own."""
_DAY_PART = (
    r"(?P<dpart>(?P<dp_mod>(?i:early|late|mid))[-\s]?(?P<dp_u>(?i:morning|afternoon|evening))"
    r"(?!\s+(?i:hours\s+)?(?i:of|on)\s)"
    r"|(?<!almost\s)(?<!nearly\s)(?<!virtually\s)(?<!literally\s)(?<!happen\s)(?<!happens\s)(?<!happened\s)"
    r"(?i:overnight)(?!\s+(?i:rates?|sensation|success|stays?|bags?|trains?|flights?|lows?|highs?|temperatures?)\b)"
    + _END
    + ")"
)
"""A part of the publication day named on its own: "from early morning", "late-afternoon trading",
"rescuers worked overnight" (the night before, or the coming one in the future tense); not "the
early morning hours of Sunday", which the weekday dates, nor "it won't happen overnight"."""
_REFERENCE = (
    r"(?P<ref>(?P<ref_now>(?i:right\s+now|now|nowadays|currently|presently|at\s+present|these\s+days|at\s+the\s+moment|current))"
    + _END
    + r"|(?P<ref_past>(?i:recently|lately|formerly|the\s+past|recent(?:\s+(?:years|months|weeks|days|times|quarters))?|past\s+years))"
    + _END
    + r"|(?P<ref_future>(?i:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|future|soon|the\s+(?:near|short|medium|long)\s+term"
    r"|as\s+soon\s+as\s+possible|a\s+later\s+date|(?:the\s+)?coming\s+(?:years|months|weeks|days|decades)|the\s+years\s+to\s+come))"
    + _END
    + ")"
)

_ALTERNATIVES = (
    _TIME,
    _ISO,
    _FULL_DATE,
    _MONTH_YEAR,
    _SEASON_YEAR,
    _AGO,
    _SET,
    _QUARTER,
    _QUARTER_REF,
    _CENTURY,
    _DECADE,
    _YEAR,
    _YEAR_SPAN,
    _YEAR_AGO,
    _PERIOD_END,
    _RELATIVE,
    _RELATIVE_DAY,
    _NEXT_DAY,
    _HOLIDAY,
    _WEEKDAY,
    _MONTH,
    _DAY_PART,
    _DURATION,
    _REFERENCE,
)

_NOT_INSIDE = re.compile(r"(?<![\w$£€#@/.,:'’-])")
"""An expression never starts inside a word, a number or a currency amount."""
_ALPHABET = string.ascii_letters + string.digits + "'"


@dataclass(frozen=True)
class _Alternative:
    """One of `_ALTERNATIVES`, with the characters and the `_PHRASES` it can begin with."""

    name: str
    compiled: re.Pattern[str]
    chars: frozenset[str]
    phrases: frozenset[str]


@functools.cache
def _alternatives() -> tuple[_Alternative, ...]:
    """Compiled and indexed on first use rather than at import, which a run that never reads a
    date need not pay for."""
    phrases = first_phrases(list(_ALTERNATIVES), _PHRASES)
    return tuple(
        _Alternative(_NAME.match(pattern)[1], re.compile(pattern), first_chars(pattern, _ALPHABET), starts)  # type: ignore[index]
        for pattern, starts in zip(_ALTERNATIVES, phrases)
    )


_NAME = re.compile(r"\(\?P<(\w+)>")


@dataclass(frozen=True)
class Grammar:
    """Some of `_ALTERNATIVES`, in their order, indexed by the phrase a match begins with
    (`phrase_at`), else by its first character; a character outside `_ALPHABET` tries them
    all.  A phrase leaves far fewer than a letter: "in" and "for" none, "a" three, "the
    company" none, where "t" leaves sixteen."""

    by_phrase: dict[str, tuple[re.Pattern[str], ...]]
    by_first_char: dict[str, tuple[re.Pattern[str], ...]]
    everything: tuple[re.Pattern[str], ...]

    @staticmethod
    @functools.cache
    def without(names: frozenset[str]) -> Grammar:
        """Every alternative but those named."""
        chosen = [alternative for alternative in _alternatives() if alternative.name not in names]
        return Grammar(
            {phrase: tuple(a.compiled for a in chosen if phrase in a.phrases) for phrase in _PHRASES},
            {char: tuple(a.compiled for a in chosen if char in a.chars) for char in _ALPHABET},
            tuple(a.compiled for a in chosen),
        )

    def match_at(self, text: str, position: int, phrase: str) -> re.Match[str] | None:
        """What the alternation of the chosen alternatives matches at `position`, where the
        text begins with `phrase`: the first one that matches, trying only those that can begin
        there.  Each alternative is one named group, so `lastgroup` names the kind."""
        alternatives = self.by_phrase.get(phrase)
        if alternatives is None:
            alternatives = self.by_first_char.get(text[position : position + 1], self.everything)
        if not alternatives or _NOT_INSIDE.match(text, position) is None:
            return None
        for alternative in alternatives:
            found = alternative.match(text, position)
            if found is not None:
                return found
        return None


@dataclass(frozen=True)
class Anchor:
    """Alternatives each of whose matches holds a word that `TRIGGER` finds on its own, because
    a space, a hyphen or the start of the match comes before it and a non-word character after
    it; `prefixes` are how those triggers begin.  Past the last such trigger in a paragraph
    these alternatives cannot match."""

    names: frozenset[str]
    prefixes: tuple[str, ...]


ANCHORS = (
    Anchor(frozenset({"ago", "dur", "fy", "yago", "cent"}), (*UNIT_CODES, "centur", "millenni")),
    Anchor(frozenset({"fdate", "my", "mon"}), tuple(MONTHS)),
    Anchor(frozenset({"wday"}), ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
)
"""The unit of a duration or of "two years ago", the month of a date, the day of "last Friday":
the dearest alternatives to try, and the first two the most often tried in vain."""
AGO_WORDS = ("ago", "from", "hence", "earlier")
"""One of these follows the unit in every match of "ago"."""


_CORE_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays "
    "second seconds minute minutes hour hours day days night nights week weeks fortnight "
    "fortnights month months quarter quarters half year years decade decades century centuries "
    "millennium millennia spring summer autumn fall winter morning mornings afternoon afternoons "
    "evening evenings weekend weekends period today yesterday tomorrow tonight now nowadays "
    "current currently present presently moment recent recently lately formerly past future soon "
    "term later noon midday midnight hourly daily nightly weekly fortnightly monthly quarterly "
    "annually yearly twenties thirties forties fifties sixties seventies eighties nineties "
    "nineteen eighteen fy q1 q2 q3 q4 year-ago year-earlier year-end overnight christmas easter "
    "thanksgiving halloween juneteenth"
).split()


def _trie(words: list[str]) -> str:
    """An alternation factored by common prefixes; `re` tries it far faster than a flat list."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        return (
            body + "?"
            if optional and len(branches) == 1 and len(body) == 1
            else ("(?:" + "|".join(branches) + ")?" if optional else body)
        )

    return render(tree)


TRIGGER = re.compile(r"[\W\d](?:(?<=\d)\d*|(" + _trie(_CORE_WORDS) + r")\b)")
"""Every expression contains a number or one of `_CORE_WORDS` within `REACH` characters of its
start, so the full pattern is only tried near them: news text is mostly not temporal, and
trying every alternative at every word would be four times too slow.  Run it over the text
with a space put in front: a match is a number, first digit included, or a word (group 1)
with the character before it.  Beginning with a character class lets `re` skip the letters
in its fast loop; a pattern starting with the alternation found the same matches a third
slower."""

_FIRST_WORDS = (
    "the a an this that its their his her last next past coming early late mid very end beginning "
    "start middle close turn every each per fiscal financial calendar earlier later so right at "
    "these as within over under up no just more less fewer upwards some about around "
    "approximately roughly nearly almost circa few several many first third fourth final longer shorter "
    "new boxing valentine's valentine’s st may canada fourth bastille bonfire guy veterans "
    "remembrance armistice australia martin presidents memorial "
    "labor good shrove ash palm maundy"
).split()
"""Words besides `_CORE_WORDS` and numbers that an alternative may start with.  Not "in" or
"for", with which none starts (so `first_phrases` finds): they were a ninth of all the places
the grammar was tried."""
_NUMBER_WORDS = [*UNITS, *TENS, "hundred", "thousand", "dozen", "half", "couple", "pair", "score"]
_STARTER_WORDS = frozenset({*_FIRST_WORDS, *_CORE_WORDS, *_NUMBER_WORDS})
STARTER = re.compile(r"(?<![\w'’])(?:\d|'\d|" + _trie(sorted(_STARTER_WORDS)) + r"\b)")
"""Where a match may begin: a number or a word that some alternative starts with.  Both this and
`TRIGGER` run over lowercased text."""
REACH = 60

_LOOK_PAST = frozenset({"the"})
"""Starting words so common, and so seldom the start of an expression, that the word after
them is read too: "the" alone cost a third of all the grammar's tries."""
_NEXT_CHARS = string.ascii_lowercase + string.digits + "'"
_NUMBER_STARTS = frozenset(string.digits)
_NUMBER = re.compile(r"[0-9]{1,5}")
_NUMBER_LENGTH = 5
"""A number starts its phrase with its digits, up to five: four may be a year, five not."""
_AFTER_NUMBER = string.ascii_lowercase + string.punctuation
"""What a number's phrase may name of the character after it."""
_WORD = re.compile(r"\w")
_PHRASES = frozenset(
    {word + NON_WORD for word in _STARTER_WORDS}
    | {word + SPACE + following + NON_WORD for word in _LOOK_PAST for following in _STARTER_WORDS}
    | {word + SPACE + first for word in _LOOK_PAST for first in _NEXT_CHARS}
    | {word + SPACE + first + second for word in _LOOK_PAST for first in _NEXT_CHARS for second in _NEXT_CHARS}
    | {DIGIT * length for length in range(1, _NUMBER_LENGTH + 1)}
    | {DIGIT * length + after for length in range(1, _NUMBER_LENGTH) for after in [*_AFTER_NUMBER, NON_WORD, SPACE]}
    | {DIGIT * length + SPACE + char for length in range(1, _NUMBER_LENGTH) for char in _NEXT_CHARS}
)
"""What `phrase_at` can answer (see `first_phrases`).  After "the", the next word's first two
characters leave a quarter of the alternatives its first one does ("the co" four where "the c"
thirteen); a third would save a little more but cost more, in reading all its phrases at first
use, than a run over the whole BBC corpus saves."""


def phrase_at(folded: str, start: re.Match[str]) -> str:
    """The phrase the lowercased text begins with at `start`, a `STARTER` match: its word, or
    for a word of `_LOOK_PAST` and one space, that and the next word, or that and the next
    word's first two characters (or one) when it is no starting word ("the company").  A number
    starts its own phrase (`_number_phrase`)."""
    word = start[0]
    if word in _NUMBER_STARTS:
        return _number_phrase(folded, start.start())
    after = start.end()
    if word in _LOOK_PAST and folded[after : after + 1].isspace():
        following = STARTER.match(folded, after + 1)
        if following is not None and following[0] in _STARTER_WORDS:
            return word + SPACE + following[0] + NON_WORD
        chars = folded[after + 1 : after + 3]
        for phrase in (word + SPACE + chars, word + SPACE + chars[:1]):
            if phrase in _PHRASES:
                return phrase
    return word + NON_WORD


def _number_phrase(folded: str, position: int) -> str:
    """The phrase of a number at `position`: a `DIGIT` for each of its ASCII digits, up to
    `_NUMBER_LENGTH`, then what comes after them ("2005." is a year, "2005-" a span or a date,
    "25 m" a duration, "25%" nothing).  Numbers cost a third of all the grammar's tries while
    their first digit chose: a digit leaves ten alternatives, and a year was tried after six."""
    digits = _NUMBER.match(folded, position)[0]  # type: ignore[index]
    phrase = DIGIT * len(digits)
    if len(digits) == _NUMBER_LENGTH:
        return phrase
    after = position + len(digits)
    char = folded[after : after + 1]
    if char.isspace():
        following = folded[after + 1 : after + 2]
        return phrase + SPACE + following if following and following in _NEXT_CHARS else phrase + SPACE
    if char and char in _AFTER_NUMBER:
        return phrase + char
    if _WORD.match(char) is None:
        return phrase + NON_WORD
    return phrase
