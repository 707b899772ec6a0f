"""The counted noun phrase after a bare number: "109 traumatic brain injuries", "2,500 troops".

Without a tagger, the phrase is read as the words up to and including the first plural noun
(counts above one agree in number with their noun), stopping at function words, verbs news writes
around figures, punctuation and other numbers.  A count of one takes the words up to a function
word instead ("one particular demand").  When no plural follows, a singular compound whose hyphen
was dropped ("an 11 member trade agreement") or a statistic's acronym ("0.5 WAR") still counts.
"""

from __future__ import annotations

import re

from pipeline.extract.figures import lexicon as lx
from pipeline.extract.numbers import SCALES, TENS, UNITS

MAX_WORDS = 4

_WORD = re.compile(
    r"[ \u00a0](?P<word>(?:[A-Z]\.){2,}(?![A-Za-z])|[A-Za-z](?:[A-Za-z'’&-]*[A-Za-z'’])?(?![A-Za-z'’]|-?\d)"
    r"|\d[A-Z]+(?![\w-])|[A-Z][A-Za-z-]*\d[A-Za-z0-9-]*)"
)
""""U.S." and "U.K." are one word: "500 U.S. factories"; so are a code and a model, which modify a
noun after them: "356 new 5G sites", "90,000 COVID-19 infections", "796 A320neo planes".  A word
of digits and lower-case letters is a measure ("three 800m runners") or an ordinal ("one 5th")."""
_PARTITIVE = re.compile(
    r"[ \u00a0]of(?:[ \u00a0](?:the|its|their|his|her|our|your|these|those)(?!\w)|(?=[ \u00a0][A-Z]\w*['’]s\b))",
)
""""Two of Johnson's deputies", "35m of its Echo devices": the count is of the noun after "of"."""
_STOP = lx.words(
    """a an the of in on at to for from by with without about after before since during between
    among amongst behind beneath below above along inside outside near toward like unlike
    past through throughout despite except amid into onto over under than and or but nor as per each every this that these those
    who whom whose which what where when while is are was were be been being has have had do does
    did will would can could may might must shall should it its they their them he his she her we
    our you your i my me us not no more less most least also only just so up down out off back ago
    later earlier last next said says say told total apiece respectively too very still yet now
    then there here all both either neither such another same own if unless until whereas
    always perhaps besides towards afterwards sometimes across against via versus vs within upon
    including plus minus compared around nearly almost roughly about away each overall alone
    instead thus hence however although though because whether soon already again today yesterday
    tomorrow tonight ever never pounds dollars euros lives remains thanks
    accounts owns holds uses gets goes comes wants needs believes thinks seems appears becomes
    continues why how ahead includes contains involves requires represents"""
)
"""Currency words start the next amount ("half of the pounds 11m"); the third-person verbs end a
singular subject ("a third of the population lives") that would otherwise read as a plural."""
_WHOLE_OPENER = re.compile(
    r"(?:[ \u00a0]of)?[ \u00a0](?:the|its|their|his|her|our|your|all|these|those)(?=[ \u00a0])", re.IGNORECASE
)
""""half the condos", "a third of the population", "two-thirds of its staff"."""
_BARE_OF = re.compile(r"[ \u00a0]of(?=[ \u00a0](?:[a-z]|(?:U\.S\.|U\.K\.|US|UK|EU)[ \u00a0][a-z]))")
""""two thirds of sitting MPs", "nearly a quarter of participants": a whole with no determiner
is read only when it is plural, since "half of 2019" or "a third of Britain" name no count."""
_COUNTRY_MODIFIER = re.compile(r"[ \u00a0](U\.S\.|U\.K\.|US|UK|EU)(?=[ \u00a0][a-z])")
""""half of U.S. tropical cyclone deaths", "almost half of UK rail fares": a country's initials
before the whole."""
_OF_COMPLEMENT = re.compile(r"[ \u00a0]of[ \u00a0](?P<word>[a-z]{3,}|[A-Z]{2,6})\b(?![-'’]|[ \u00a0][A-Z])")
""""cases of RSV", "pieces of equipment": a bare noun after "of" that says what the units hold."""
_ADVERB = re.compile(r"[a-z]{5,}ly")
""""one particularly entertaining match": an adverb before the counted noun is no part of it."""
_SINGULAR_WORDS = 2
_WHOLE_WORDS = 3
_NUMBER_NEXT = re.compile(r"[ \u00a0]\d")
""""a fifth of the world's 500 largest companies": the whole is a figure of its own."""
_ACRONYM = re.compile(r"[ \u00a0](?P<acronym>[A-Z]{2,5})(?=[),;]|\.(?:\s|$))")
_LOWER_WORD = re.compile(r"[ \u00a0](?P<word>[a-z]{2,})\b(?![-'’])")
_CLOSE = re.compile(r"[ \u00a0]?[,;:.)(]")
_COMPOUND_WORDS = 3
"""A compound is two or three lower-case words closed by punctuation, a function word or a
verb; none of them may be a function word, a verb or an adverb ("24 million saw him")."""
_NOT_NOUN_ENDINGS = ("ed", "ly", "ing")
_NO_COMPOUND = lx.words(
    """saw took made won got went came said gave put set ran began told lost left met fell rose grew
    paid sold built kept held led spent sent stood thought bought brought found felt heard hit cut
    quit wrote drove broke chose spoke drew flew knew threw became is are was were has have had
    live work say think want need form make take get go come see use face remain die own hold pay
    vote local"""
)
"""Verbs that end a compound (a bare count is often a subject: "800,000 live in huts"), and
"local", since "at 2100 local time" is a clock time."""
_PAST_VERBS = lx.words(
    """came went said took made got gave ran began told left met fell rose grew paid sold built kept
    held led spent sent stood thought bought brought found felt heard wrote drove broke chose spoke
    drew flew knew threw became saw won lost is are was were has have had"""
)
""""half its revenue came from abroad": a verb ends a singular phrase; "one television set" does not,
so words that are nouns as often ("set", "cut") are left out."""
_NUMBER_WORDS = frozenset({*UNITS, *TENS, *SCALES, "tens", "dozens", "hundreds", "thousands", "millions", "billions"})
"""A number word starts the next figure, never the counted noun: "up from 440,000 six months earlier",
"79 dead and displaced thousands of people"."""
_JOINERS = frozenset({"and", "or"})
"""Inside a plural phrase only: "4.3m digital and physical sales", "460 Kia and Hyundai vehicles"."""
_AND = re.compile(r"[ \u00a0](?:and|or)(?=[ \u00a0])")
_LIST_ITEM = re.compile(r",[ \u00a0](?P<word>[a-z]+)(?=,?[ \u00a0]and[ \u00a0]|,[ \u00a0][a-z]+\b)")
_COMMA_AND = re.compile(r",[ \u00a0](?:and|or)(?=[ \u00a0])")
""""1,300 men, women and children": plurals listed by commas before the last, joined by "and"."""
_COORDINATE_WORDS = 3
_AFTER_COORDINATE = lx.words(
    "in across around from who which were are was is have had with for throughout including nationwide worldwide"
)
_STATE_OF_PEOPLE = re.compile(
    r"[ \u00a0](?P<state>(?:confirmed[ \u00a0]|reported[ \u00a0])?"
    r"(?:dead|injured|wounded|missing|homeless|displaced|hurt))"
    r"\b(?![-'’])"
)
_TITLES = lx.words("Mr Mrs Ms Dr Sir Lord Lady Dame Prof President Prince Princess Pope Rev")
"""Case-sensitive; a title starts a person's name, which no count counts ("aged 45 Mrs Smith")."""
_IRREGULAR_PLURALS = lx.words(
    """people men women children police staff personnel cattle sheep fish deer feet teeth mice
    geese crew aircraft spacecraft hovercraft livestock data media clergy offspring folk youth
    troops criteria phenomena bacteria fungi cacti nuclei stimuli radii alumni oxen dice lice"""
)
_SINGULARS_IN_S = lx.words(
    "maths mathematics physics economics politics athletics gymnastics news measles mumps rabies herpes diabetes"
)
""""two maths teachers": nouns ending in "s" that are not plurals, so the phrase reads on."""
_COLLECTIVES = lx.words("police staff crew media data personnel")
"""Plurals without an "-s" that also modify a noun after them ("300 police officers")."""
_LATIN_PLURAL = "ae"
""""four receiving antennae", "two larvae": English has almost no singular noun in "-ae"."""
_NOT_LATIN_PLURALS = lx.words("reggae")


def _is_adverb(word: str) -> bool:
    return _ADVERB.fullmatch(word) is not None and word not in lx.NOT_ADVERBS


def _is_stop(word: str) -> bool:
    """Acronyms are names, not pronouns: "US bases" keeps its "US"."""
    lower = word.lower()
    return lower in _NUMBER_WORDS or lower in _STOP and not (len(word) > 1 and word.isupper())


def _is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    if lower in _SINGULARS_IN_S:
        return False
    if lower.endswith(_LATIN_PLURAL) and len(lower) > 4:
        return lower not in _NOT_LATIN_PLURALS
    return (
        lower.endswith(("men", "children"))
        or len(lower) > 2
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "'s", "’s"))
    )


def counted_noun(text: str, position: int, singular: bool, *, compound: bool = True) -> tuple[str, int] | None:
    """The noun phrase starting after `position` and where it ends, or None when there is none.

    `compound` allows a singular phrase closed by punctuation or a function word ("11 member
    trade agreement,"); a year test turns it off, since "the 1992 comeback victory" is a year."""
    found = _phrase(text, position, singular)
    if found is not None and not singular:
        found = _with_coordinate(text, _with_complement(text, found))
    if found is None and not singular:
        partitive = _PARTITIVE.match(text, position)
        if partitive is not None:
            found = _phrase(text, partitive.end(), singular)
    if found is None and not singular:
        found = _acronym(text, position) or (_compound(text, position) if compound else None)
    return found


def _with_complement(text: str, phrase: tuple[str, int]) -> tuple[str, int]:
    """ "1,000 cases of RSV", "three pieces of equipment": a bare noun after "of" says what the
    counted units hold, and NewsQuant reads it into the unit.  "Of the" starts a whole instead; a
    name after "of" ("employees of Google") is no part of what is counted, nor is a noun a name
    follows, which is a title ("six points of leaders Barcelona"), nor a word that another noun
    follows ("two charges of child abuse", "two quarters of negative growth")."""
    found = _OF_COMPLEMENT.match(text, phrase[1])
    if found is None:
        return phrase
    word = found.group("word")
    if word.islower() and (not _noun_like(word) or word in _NUMBER_WORDS):
        return phrase
    following = _WORD.match(text, found.end())
    after = following.group("word") if following is not None else ""
    if after in _JOINERS or after and not (_closes(after) or after.endswith("ing")):
        return phrase
    return f"{phrase[0]} of {word}", found.end()


def _with_coordinate(text: str, phrase: tuple[str, int]) -> tuple[str, int]:
    """ "300 police officers and firefighters", "4 million homes and businesses", "1,300 men, women
    and children", "66 homes or businesses": a second plural joined by "and" or "or" without a
    determiner or a number of its own is counted with the first, as are plurals listed by commas
    before it.

    A plural that starts a clause ("200 jobs and prices rose", "200 jobs and unions protested",
    "webpages and claims to") or takes a complement of its own ("leaders and heads of state")
    stays out, so only punctuation or a word that follows a whole noun phrase may come after it.
    So do a lone name ("900 complaints and CBS"), a possessive, which starts a phrase of its own,
    and a word in "-ed", more often a second verb than an adjective ("killed 3.7 million people
    and decimated economies")."""
    listed, cursor = [], phrase[1]
    while (item := _LIST_ITEM.match(text, cursor)) is not None and _is_plural(item.group("word")):
        listed.append(item.group("word"))
        cursor = item.end()
    joiner = _AND.match(text, cursor) or (_COMMA_AND.match(text, cursor) if listed else None)
    if joiner is None:
        return phrase
    second = _phrase(text, joiner.end(), singular=False, limit=_COORDINATE_WORDS)
    if second is None:
        return phrase
    first_word = second[0].split()[0]
    lone_name = " " not in second[0] and first_word[0].isupper()
    if lone_name or first_word.endswith(("'s", "’s", "ed")):
        return phrase
    following = _WORD.match(text, second[1])
    word = following.group("word") if following is not None else ""
    at_end = _CLOSE.match(text, second[1]) is not None or second[1] == len(text.rstrip())
    if not (at_end or word in _AFTER_COORDINATE):
        return phrase
    return phrase[0] + text[phrase[1] : second[1]], second[1]


def state_of_people(text: str, position: int) -> tuple[str, int] | None:
    """ "79 dead", "12,000 injured", "75 confirmed dead": news counts people by what befell them,
    with an adjective standing for its noun, and that adjective is the unit.  Before a noun it is
    the noun's modifier instead ("five injured players"), which the counted phrase reads."""
    found = _STATE_OF_PEOPLE.match(text, position)
    return (found.group("state"), found.end()) if found else None


def _acronym(text: str, position: int) -> tuple[str, int] | None:
    """ "(0.5 WAR)", "3 RBI,": a statistic's abbreviation closing a clause is the figure's unit."""
    found = _ACRONYM.match(text, position)
    return (found.group("acronym"), found.end("acronym")) if found else None


def _compound(text: str, position: int) -> tuple[str, int] | None:
    """ "an 11 member trade agreement", "a three course meal": a number written before a singular
    noun phrase without its hyphen ("11-member") still counts that phrase's first noun."""
    words: list[re.Match[str]] = []
    cursor = position
    while len(words) <= _COMPOUND_WORDS and (found := _LOWER_WORD.match(text, cursor)) is not None:
        words.append(found)
        cursor = found.end()
    for size in range(min(len(words), _COMPOUND_WORDS), 1, -1):
        if not all(_noun_like(w.group("word")) for w in words[:size]):
            continue
        end = words[size - 1].end()
        if len(words) > size and _closes(words[size].group("word")) or _CLOSE.match(text, end):
            return text[words[0].start("word") : end], end
    return None


def _noun_like(word: str) -> bool:
    return not (_is_stop(word) or word.endswith(_NOT_NOUN_ENDINGS) or word in _NO_COMPOUND)


def _closes(word: str) -> bool:
    """A function word or a verb ends the phrase: "the 12 member committee met"."""
    return _is_stop(word) or word in _NO_COMPOUND or word.endswith("ed")


def _phrase(
    text: str, position: int, singular: bool, limit: int = MAX_WORDS, width: int = _SINGULAR_WORDS
) -> tuple[str, int] | None:
    """Up to `limit` words ending at the first plural; a singular phrase keeps its first `width`."""
    words: list[re.Match[str]] = []
    cursor = position
    while len(words) < limit:
        found = _WORD.match(text, cursor)
        if found is not None and words and not singular and found.group("word") in _JOINERS:
            words.append(found)
            cursor = found.end()
            continue
        if found is None or found.group("word") in _TITLES:
            break
        if _is_stop(found.group("word")) and not (not words and _noun_after_number(text, found)):
            break
        if singular and not words and _is_adverb(found.group("word")):
            cursor = found.end()
            continue
        if singular and words and found.group("word") in _PAST_VERBS:
            break
        words.append(found)
        cursor = found.end()
        if not singular and _is_plural(found.group("word")) and not _modifies_next(text, found):
            if found.group("word")[0].isupper():
                return _through_names(text, words[0].start("word"), cursor, limit - len(words))
            return text[words[0].start("word") : cursor], cursor
    if singular and words:
        last = min(len(words), width)
        if last == _SINGULAR_WORDS == len(words) - 1 and _ends_compound(words[1].group("word"), words[2].group("word")):
            last += 1
        return text[words[0].start("word") : words[last - 1].end()], words[last - 1].end()
    return None


def _noun_after_number(text: str, found: re.Match[str]) -> bool:
    """ "four lives", "82 million accounts", "11 away matches": words the stop list holds for their
    other uses ("the population lives", "the top 10 accounts for", "five miles away") that right
    after a number are a noun or modify one."""
    word = found.group("word")
    following = _WORD.match(text, found.end())
    if word == "lives" or (word == "accounts" and not (following and following.group("word") == "for")):
        return True
    return word == "away" and following is not None and _is_plural(following.group("word"))


def _modifies_next(text: str, found: re.Match[str]) -> bool:
    """ "300 police officers", "20 staff members": a collective plural before a plural noun
    modifies it, so the phrase ends at that noun."""
    if found.group("word").lower() not in _COLLECTIVES:
        return False
    following = _WORD.match(text, found.end())
    return following is not None and following.group("word").islower() and _is_plural(following.group("word"))


def _ends_compound(second: str, third: str) -> bool:
    """ "one radio frequency band.", "one Tesco distribution centre in": a third word closing a
    singular phrase is its head noun when neither it nor the second is a verb ("one takeover
    attempt turned down", "one supporter required treatment", "one recruit calls himself")."""
    return (
        not second.endswith("ed")
        and third.isalpha()
        and third.islower()
        and not third.endswith("s")
        and not _is_plural(third)
        and _noun_like(third)
    )


def _through_names(text: str, start: int, name_end: int, room: int) -> tuple[str, int]:
    """The phrase from `start` when its first plural-looking word, ending at `name_end`, is
    capitalised: "Las", "Texas", "NHS" and "Champions" are names modifying the noun that follows
    ("eight Las Vegas style resorts", "two Texas bank accounts"), so the phrase reads on, over
    more names and then lower-case modifiers, to a plural common noun.  When none comes within
    `room` words the capitalised word was the noun ("five Americans died", "two Britons held"),
    or the last one of a name ("three Los Angeles Lakers")."""
    cursor = name_end
    common = False
    for _ in range(room):
        found = _WORD.match(text, cursor)
        if found is None:
            break
        word = found.group("word")
        if word[0].isupper():
            if common or word in _TITLES:
                break
            cursor = found.end()
            if _is_plural(word):
                name_end = cursor
            continue
        if word in _JOINERS or not _noun_like(word):
            break
        cursor = found.end()
        if _is_plural(word):
            return text[start:cursor], cursor
        common = True
    return text[start:name_end], name_end


def whole_after_fraction(text: str, position: int) -> tuple[str, int] | None:
    """What a fraction is a fraction of, and where it ends; after a determiner the whole may be
    singular ("a third of the US economy"), so it is read up to `_WHOLE_WORDS` words when no plural
    comes first."""
    opener = _WHOLE_OPENER.match(text, position)
    if opener is None:
        bare = _BARE_OF.match(text, position)
        country = _COUNTRY_MODIFIER.match(text, bare.end()) if bare else None
        start = country.end() if country else bare.end() if bare else 0
        whole = _phrase(text, start, singular=False, limit=_WHOLE_WORDS) if bare else None
        if whole is not None and country is not None:
            whole = (f"{country.group(1)} {whole[0]}", whole[1])
    else:
        whole = _phrase(text, opener.end(), singular=False, limit=_WHOLE_WORDS) or _phrase(
            text, opener.end(), singular=True, width=_WHOLE_WORDS
        )
    if whole is None or _NUMBER_NEXT.match(text, whole[1]):
        return None
    return whole


_HYPHEN_MODIFIER = re.compile(r"-(?P<unit>[a-z]{3,})(?=[ \u00a0][A-Za-z])")
""""seven-seat vehicles", "a 10-man Manchester City", "the eight-core SPARC64 chip"."""
_NOT_HYPHEN_UNITS = lx.words("off way sided horse party fold odd plus old nil all bit worth")
"""Second halves of compounds that count nothing ("one-off", "two-way", "24-hour" is a duration's)."""
_MARGINS_OF_ONE = lx.words("point shot stroke goal run seat vote wicket game")
""""a one-shot lead", "a one-point lead": a margin of one counts, where "one-off" and "one-time"
do not."""


def hyphen_modifier(text: str, position: int, value: float) -> tuple[str, int] | None:
    """ "a 19-strong panel", "seven-seat vehicles", "a 17-million population": a number joined by
    a hyphen to the word after it modifies the noun that follows.  "-strong" and a scale word
    count that noun; any other joined noun is itself the unit ("seat"; "a three-time champion"
    counts occasions, "time", where "three times" multiplies); "a nine-under 271" is a score
    against par.  Durations, measures and ages joined this way are left to the tables that read
    them."""
    par = _TO_PAR.match(text, position)
    if par is not None and (par.group("side") or value <= _MOST_OVER_PAR):
        return f"{(par.group('side') or par.group('over')).lower()} par", par.end()
    found = _HYPHEN_MODIFIER.match(text, position)
    if found is not None:
        unit = found.group("unit")
        if unit == "strong":
            return _group_after_strong(text, found.end())
        if (value == 1 and unit not in _MARGINS_OF_ONE) or unit in _NOT_HYPHEN_UNITS:
            return None
        if unit in lx.DURATIONS or unit in lx.MEASURES or unit in lx.AGES:
            return None
        return unit, found.end()
    return None


_TO_PAR = re.compile(
    r"-(?:(?P<side>under)(?:-par)?|(?P<over>over)(?:-par|(?!\s+(?:series|games?|match(?:es)?|innings|formats?|cricket"
    r"|sides?|contests?|competition|internationals?|world|cup|tournament|version|league|legs?|quota|spells?|chase"
    r"|powerplay|clash(?:es)?|fixtures?|encounters?|affair|thriller|knock|final|semi-final|decider|opener|blitz)\b)))"
    r"\b(?!-)",
    re.IGNORECASE,
)
""""a nine-under 271", "a 1-over-par 73", "carded a two-over round": a golfer's score against
par; "a 50-over series", "a 12-over chase" are cricket."""
_MOST_OVER_PAR = 20
"""A golfer rarely finishes more than this over par; "a 50-over game" is cricket."""
_TO_NEXT = re.compile(r"[ \u00a0]to\b")
""""its 80-strong lead shrank to nine": a word before "to" is more often a verb than a noun."""
_STRONG_WORDS = 5
"""Words read after "-strong": "a 6,000-strong Entertainment Weekly magazine panel"."""


def _group_after_strong(text: str, position: int) -> tuple[str, int] | None:
    """The group a "-strong" number counts: names and hyphened adjectives before its noun ("the
    13-strong AFI jury", "the nine-strong rate-setting committee"), and the nouns that compound
    with it when the phrase then closes ("magazine panel,", "music and theatre troupe in"), but no
    verb after it ("its 161-strong majority cut to 14") and no modifier of a next noun ("the
    6,000-strong community up-to-date information").  A run of names alone is the group's name
    ("the 20-strong Primera Liga,")."""
    words: list[re.Match[str]] = []
    cursor = position
    while len(words) < _STRONG_WORDS and (found := _WORD.match(text, cursor)) is not None:
        word = found.group("word")
        if word not in _JOINERS and (_is_stop(word) or word.islower() and _closes(word) or word in _TITLES):
            break
        words.append(found)
        cursor = found.end()
    closed = len(words) < _STRONG_WORDS
    head = next((i for i, w in enumerate(words) if _plain_noun(w.group("word"))), None)
    if head is None:
        names = [w for w in words if w.group("word")[0].isupper()]
        if not names or len(names) < len(words) or not closed:
            return None
        return text[words[0].start("word") : words[-1].end()], words[-1].end()
    last = head
    for index in range(head + 1, len(words)):
        word = words[index].group("word")
        if not (_plain_noun(word) or word in _JOINERS and index + 1 < len(words)):
            break
        last = index
    if last > head and (last + 1 < len(words) or not closed or _TO_NEXT.match(text, words[last].end())):
        last = head
    return text[words[0].start("word") : words[last].end()], words[last].end()


def _plain_noun(word: str) -> bool:
    """A lower-case word with no hyphen that may be a noun."""
    return word.islower() and word.isalpha() and _noun_like(word)
