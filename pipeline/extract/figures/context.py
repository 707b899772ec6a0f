"""What the words around a number make of it: not a figure at all, an age, or a change.

The left context is read as a short window ending at the number, with patterns anchored at its
end, so each rule costs one small regex search whatever the paragraph length.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.figures import lexicon as lx
from pipeline.extract.figures.nouns import counted_noun
from pipeline.extract.figures.scan import Quantity
from pipeline.extract.numbers import TENS, UNITS, parse_number
from pipeline.extract.periods import over_names_a_period

WINDOW = 64
"""Characters of left context; enough for "an increase of more than" before a number, and for
a "by" to find its verb eight words back ("raised its benchmark interest rate on Thursday by")."""

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?,?\s*$")
_MONTH_DAY_LIST_BEFORE = re.compile(
    rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?)*\s*(?:,|and|&|or|to|through)\s*$"
)
""""on February 7 and 11", "May 3, 4 and 5", "from June 15 to 18": later days of a list or a span of
dates after a month."""
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}\b")
_DAY_RANGE_BEFORE_MONTH = re.compile(
    rf"(?:st|nd|rd|th)?\s*(?:[-–]|to|and|&|until|till)\s*(?:[12]?\d|3[01])(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}\b"
)
_TIME_AFTER = re.compile(
    r"(?::\d\d|\.\d\d\s?[ap]\.?m\b)|\s?(?:[ap]\.?m\.?(?!\w)|[AP]M\b|(?:GMT|BST|UTC|EST|EDT|CET|CEST|"
    r"PST|PDT|ET|PT|IST|JST)\b|o['’]clock)"
)
_GLUED_LETTER = re.compile(r"[A-Za-z]|-(?!(?:plus|odd)\b)[A-Za-z]|[-/]\d|\.\d|[\d]")
_CLOSE_BRACKET = re.compile(r"[\])]")
_LIST_MARKER = re.compile(r"[.)]\s")
_INLINE_MARKER = re.compile(r"\)\s+[A-Za-z]")
""""found that 1) prices rose and 2) volumes fell": a list number closed by a bracket that no
bracket opened."""
_APPOSITIVE_END = re.compile(r",(?!\d)|\.(?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|^\s*$|\([A-Z][A-Za-z]{1,10}\)\s+[-–—]\s*$")
"""Where a sentence may start: after its end mark, or after a dateline ("London (AFP) - Two")."""
_LAST_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")
_PARTITIVE_IN = re.compile(r"\sof\s")
""""the last eight of the Champions League": a count of part of a whole the name belongs to."""
_TITLE_QUOTE = re.compile(
    r"(?<!\bsaid)(?<!\bsays)(?<!\btold)(?<!\badded)(?<!\basked)(?<!\bwrote)(?<!\bsaying)(?<![,:])\s+[\"“‘]$"
)
""""anthology "Forty": a quotation mark opening a title inside a sentence; after a verb of saying
or a comma it opens a quote ("he said "Three people died"")."""
_CLOSING_QUOTES = ('"', "”", "’")
_NAME_NEXT = re.compile(r"[ \u00a0][A-Z][a-z]")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)

_LABEL_LIST_BEFORE = re.compile(r"(?P<first>\d+)(?:\s*,\s*\d+)*(?:\s*,|,?\s+(?:and|or|&))\s*$")
_LABEL_LIST_REACH = 60
_SPAN_OF_TIME_BEFORE = re.compile(r"\b(?:recent|past|last|few|several|coming|next)\s+\w+s\s+$", re.IGNORECASE)
""""In recent weeks 30, 40 and even 50 migrants": a span of time before a list counts nothing;
"won stages 4, 11 and 15" labels."""
_ALLOWED_CAPITALISED = lx.words(
    "about around some nearly almost over under only just the and but with in by for at of to "
    "from all another those these his her its their our up down more less fewer than roughly "
    "approximately exactly precisely a an between each every on after before since until when "
    "while as if it there here we they he she i you barely fully still even many total aged "
    "also another another's than what where which who why how whether so then now yet "
    "reportedly perhaps maybe least most almost well nearly another once twice"
)
"""Capitalised words that open a sentence before a number; any other capitalised word or code
right before a number names something ("Section 427", "Windows 10", "Boeing 747")."""

_TOKEN_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘'/]))(?P<token>[A-Za-z][\w&.'’-]*|\w*\d\w*)[\s-]$")
""""Windows 10", "G8 2", and the hyphened names of games and films: "Half-Life 2", "Spider-Man 2"."""
_LABELS = lx.words(
    """section sections row page pages pp p no nos number reference ref extension ext count week chapter
    article
    clause room flight route level grade size version episode season stage round gate platform line
    channel highway interstate exit seat paragraph rule amendment category model type tier phase zone
    ward district
    bus lot suite box step figure fig table vol volume issue act part schedule item question
    proposition prop resolution bill game match test apartment flat studio floor station track lane
    junction pier terminal hwy milepost class lap hole"""
)
"""Lower-case words that label the number after them ("page 12", "flight 370", "no. 10")."""
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|before|after|during|between|of|to|the|a|an|this|that|"
    r"last|next|its|their|his|her|our|early|late|mid|and|or|through|circa|year|fiscal|financial|two|three|four"
    r"|five|six|seven|eight|nine|ten|\d+)|['’]s|s['’])\s*$",
    re.IGNORECASE,
)
_EARLY_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|until|till|during|circa|before|after|AD|A\.D\.|BC|year)\s*$", re.IGNORECASE
)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|last|latter|final|other|1st|2nd|top|bottom|upper|lower|opposite"
    r"|northern|southern|eastern|western|(?:the|its|their)\s+(?:back|front|rear|north|south|east|west))\s+$",
    re.IGNORECASE,
)
_DIALLED_BEFORE = re.compile(
    r"\b(?i:call|calling|dial|dialled|dialed|dialling|ring|phone|telephone|contact)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:on\s+)?$"
)
""""call 101", "dial 999", "call Northumbria Police on 101": the verbs that put a phone number after
them, with the name of whom to call between; case-sensitive, so the name is capitalised."""
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude\s$", re.IGNORECASE)
"""The scale of an earthquake before its number."""
_DASHES = re.compile(r"[—–]|(?<=^then)-|(?<=^ex)-|(?<=^former)-", re.IGNORECASE)
""""February 17—week 7", "the then-No. 7": a dash, or the hyphen of "then-", "ex-" or "former-",
joins a label to the word before it; "top-flight 20 clubs" keeps its count."""
_RUN_AFTER = re.compile(r"\s+(?:straight|consecutive|successive|running)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|into)\s+$", re.IGNORECASE)
""""split in half", "tore it into halves": a way of dividing, not a share."""
_AGED_BEFORE = re.compile(
    r"\b(?:aged|age of|ages of|ages|age)"
    r"(?:\s+(?:under|over|below|above|between|from|about|around|approximately|roughly|just|nearly|almost))*\s*$",
    re.IGNORECASE,
)
""""aged 34", and with a bound or range between: "aged under 40", "aged between 18 and 24"."""
_NAME_COMMA_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z'’-]+|\b(?:man|woman|boy|girl|mother|father|son|daughter|wife|husband|defendant|victim"
    r"|juvenile|teenager|student|driver|player|international|striker|midfielder|defender|goalkeeper|actor"
    r"|actress|singer|officer|soldier|pensioner|resident|suspect|chef|nurse|teacher|doctor|forward|winger"
    r"|captain|coach|manager|keeper|batsman|bowler|pitcher|quarterback|rookie|veteran|champion|athlete|rider"
    r"|sprinter|boxer|fighter|author|artist|musician|rapper|politician|lawmaker|senator|founder|worker"
    r"|employee|mum|dad|grandmother|grandfather|toddler|patient|survivor|refugee|migrant)),\s(?:now\s)?$"
)
""""Smith, 44,", "the Iceland international, 27,", "a juvenile, 10,": a name or a word for a person
before an age set off by commas."""
_NAME_BRACKET_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+\s\($")
"""A name and the bracket an age opens: "Asif ("."""
_FULL_NAME_BRACKET_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+\s\($")
"""A first and a last name before the bracket: "Umaru Isah (", not a place such as "Leeds (" """
_HOME_AFTER_BRACKET = re.compile(r"\),?\s+(?:of|from)\s+[A-Z]")
"""Where the person is from, after the age's bracket: ") of Ulliyanoor", "), from Leeds"."""
_LISTED_PERSON_AFTER = re.compile(r"\)(?:[,.;]|\s+(?:and|were|was|who|are)\b)")
_PEOPLE_NAMED = re.compile(
    r"\b(?:suspects?|accused|victims?|deceased|defendants?|arrested|convicts?|identified|named|listed)\b",
    re.IGNORECASE,
)
_PEOPLE_REACH = 200
""""He listed the suspects as Chukwuemeka Emmanuel (21), Chukwuebuka Innocent (24), ...": after
words that name people, a bracketed number closing a name in a list is an age, where "Scotland
(8)" after no such word is a seeding."""
_PEOPLE = (
    r"(?:children|child|kids|patients|adults|women|men|those|people|anyone|teenagers|girls|boys|seniors"
    r"|residents|voters|workers|players|drivers|americans|britons|users)"
)
"""Nouns for groups of people, whose bound is an age: "patients over 60", "Adults 50 and older"."""
_BE_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z'’-]+|\b(?:he|she|they|I|we|He|She|They|We|who))\s+(?:was|were)\s+(?:(?:just|only|barely|still)\s+)?$"
)
_WHEN_SOMEONE_AFTER = re.compile(r"\s+when\s+(?:he|she|they|I|we|his|her|their|my|our)\b")
""""Spiegel was 21 when he founded Snapchat": the age someone was when they did something."""
_INNINGS_AFTER = re.compile(r"[^.;]{0,60}?\b(?:lost|wickets?|out|declared|caught|bowled|innings|dismissed)\b")
_TEAM_WERE_BEFORE = re.compile(r"\bwere\s+(?:(?:just|only|barely|still)\s+)?$")
""""England were just 38 when they lost Root": a team's total when a wicket fell, where "she was 21
when she lost her mother" is an age."""
_AGE_NAMED_BEFORE = re.compile(
    r"\bages?,?(?:\s+in\s+\d{4})?\s+(?:to|from|was|is|at|reached|hit|hits|rose\s+to|fell\s+to)"
    r"(?:\s+\d{1,3}\s+(?:from|to))?\s+$"
    r"|\b(?:turning|turned|turns)\s+$"
    rf"|\b{_PEOPLE}\s+(?:over|under|above|below)\s+$",
    re.IGNORECASE,
)
_AGE_NAMED_WORDS = 7
""""raise the retirement age to 64", "its aging-out age, to 70 from 65", "since turning 38",
"patients over 60": a bare number after the word "age" and a verb or preposition, after
"turning", or bounding a group of people, is an age."""
_AGED_LIST_BEFORE = re.compile(r"\baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+(?:and|or)\s+$", re.IGNORECASE)
""""aged 31 and 48": each number of a list after "aged" is an age."""
_ODDS_AFTER = re.compile(
    r"\s+(?:joint[\s-]+)?(?:favourite|favorite|shot|outsider|chance|on\b|against\b)", re.IGNORECASE
)
_ODDS_BEFORE = re.compile(r"\b(?:odds\s+of|odds\s+at|priced\s+at|at)\s+$", re.IGNORECASE)
_ODDS = re.compile(r"\d+/\d+")
_ZERO_IDIOM = re.compile(r"[\s-]+(?:tolerance|sum|hour)\b", re.IGNORECASE)
_ONE_BLOCKERS = re.compile(
    r"\b(?:the|this|that|no|any|every|each|which|only|another|some|someone|anyone|no-one)\s*$",
    re.IGNORECASE,
)

_APPROX = (
    r"about|around|roughly|approximately|approx\.|nearly|almost|near|near\s+to|nearer|some|an\s+estimated|estimated|"
    r"circa|c\.|close\s+to|just\s+about|more\s+or\s+less|in\s+the\s+region\s+of|as\s+many\s+as|"
    r"estimated\s+at|estimated\s+to\s+be|estimated\s+to\s+be\s+between|perhaps|possibly|maybe|probably|"
    r"as\s+much\s+as|averaged|averaging|averages|approaching|~"
)
""""He averaged 7.3 points": the verb gives a mean, which NewsQuant (and CQE's lexicon) marks
approximate; "an average of 70 days" names the statistic and stays "=" as NewsQuant marks it."""
_MORE = (
    r"more\s+than|over|at\s+least|above|in\s+excess\s+of|upwards\s+of|exceeding|greater\s+than|"
    r"higher\s+than|no\s+fewer\s+than|no\s+less\s+than|no\s+lower\s+than|not\s+less\s+than|"
    r"not\s+lower\s+than|not\s+dropping\s+below|not\s+falling\s+below|"
    r"not\s+going\s+below|longer\s+than|older\s+than|"
    r"larger\s+than|bigger\s+than|"
    r"north\s+of|surpassing|topping|topped|tops|exceeded|exceeds|exceed|exceeding|beyond|≥|"
    r"a\s+minimum\s+of|minimum\s+of"
)
_LESS = (
    r"less\s+than|fewer\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|lower\s+than|"
    r"not\s+exceeding|not\s+to\s+exceed|not\s+exceed|never\s+exceed|shorter\s+than|younger\s+than|"
    r"smaller\s+than|≤|"
    r"as\s+few\s+as|shy\s+of|short\s+of|sub-|not\s+more\s+than|a\s+maximum\s+of|maximum\s+of|"
    r"as\s+little\s+as|as\s+low\s+as|limited\s+to|capped\s+at|restricted\s+to|within"
)
_UP_VERBS = lx.words(
    """rose rise rises rising risen up increased increase increases increasing grew grow grows
    growing grown gained gain gains gaining jumped jump jumps jumping climbed climb climbs climbing
    soared soar soars surged surge surges rallied advanced add added adds adding boosted hiked
    spiked rocketed leapt leaped improved firmed lift lifts lifted lifting
    boost boosts boosting hike hikes hiking expanded expand expands expanding widened widening
    rebounded rebounding accelerated doubled doubling tripled tripling quadrupled appreciated
    appreciates appreciating strengthened strengthens strengthening ups upped upping surging soaring
    spiking rocketing leaping ballooned ballooning balloons swelled swelling swells spiralled spiraled
    spiralling spiraling mushroomed mushrooming skyrocketed skyrocketing skyrockets"""
)
_DOWN_VERBS = lx.words(
    """fell fall falls falling fallen down dropped drop drops dropping declined decline declines
    declining decreased decrease decreases lost lose loses losing slid slide slides sliding slipped
    slip slips shed sheds shedding sank sink sinks sunk plunged plunge plunges plummeted tumbled
    tumble tumbles dipped dip dips eased eases slumped slump slumps retreated weakened contracted
    shrank shrunk shrink lowered reduced slashed tanked cut cuts reduce reduces reducing lowers
    lowering slash slashes slashing trim trims trimmed trimming narrowed narrowing plunging
    plummeting tumbling slumping dived diving subtracted subtracts wiped wipes wiping curb curbs
    curbed curbing cutting axe axes axed axing erased erasing halved halving depreciated depreciates
    depreciating devalued slowed slows slowing cooled cools cooling softened softens softening wipe
    dipping retracted retracting
    shorten shortens shortened shortening weakens weakening slipping easing tanking retrench
    retrenched retrenching scrap scraps scrapped scrapping collapsed collapse collapses collapsing slow
    eroded erode erodes eroding"""
)
_LAY = lx.words("lay lays laid laying")
""""laid off 385 workers": jobs cut."""
_UP_BY_OR_TO = lx.words(
    "raise raises raising raised recover recovers recovering recovered extend extends extended extending"
)
"""Up only with "by" or "to", or for a percentage: "raise taxes by 3p", "recovered by nine paise" and
"extend benefits by 14 weeks" are changes, "raised $100m from the sale", "52 were recovered nine
days later" and "the plume extends hundreds of miles" are not."""
_VERBS_BEFORE_LEVEL = (_UP_VERBS | _DOWN_VERBS | _UP_BY_OR_TO) - {"up"}
""""rose to 6.7%", "dip down to -130": verbs whose "to" names the level reached ("up to" is a bound)."""
_LEVEL_NAMED = re.compile(
    r"\s+to\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:high|low|peak|record|level|rate|total)\s+of\s+$",
    re.IGNORECASE,
)
""""accelerated to a 15-month high of 11%", "fell to an annualised rate of 17.7 million": the level
reached, named before its figure, as after a bare "to".  A range reached ("rose to a target range
of 4.50 percent and 4.75 percent") stays "=", as ranges after a verb do on NewsQuant dev."""
_RESTATED_CHANGE = re.compile(r"\s[\d.,]+\s*(?:%|per\s*cent|percent|points?)?,?\s+or\s+$", re.IGNORECASE)
""""up by 7.3 per cent or $7.88": a change, then the same change in another unit."""
_LEVEL_AFTER = re.compile(r"\s+to\s+(?:[$£€¥]|[A-Z]{1,3}\$|\d)")
_NO_CHANGE_AFTER = re.compile(r"\s+(?:of|worse|better|short|shorter|more|less|higher|lower)\b", re.IGNORECASE)
""""80% of the time", "3% worse off": a percentage that describes its object rather than changing it."""
""""25 basis points to 2.85%": the level a change reaches, written after it."""
TRANSITIVE_CHANGE = lx.words(
    """raise raises raised raising lower lowers lowered lowering cut cuts cutting reduce reduces
    reduced reducing increase increases increased increasing boost boosts boosted boosting lift
    lifts lifted lifting extend extends extended extending shorten shortens shortened shortening
    slash slashes slashed slashing trim trims trimmed trimming hike hikes hiked hiking accelerate
    accelerates accelerated accelerating ups upped upping double doubles doubled doubling triple
    triples tripled tripling"""
)
"""Verbs of change that take an object before the change or the level they bring it to."""
_OBJECT_WORDS = 6
"""The most words a verb's object spans: "raise the central bank base rate to 7.75%"."""
_OBJECT_WORD = re.compile(r"[a-z][a-z-]*(?:['’]s)?")
"""A plain word or a possessive; a figure, a name's punctuation or a symbol ends the object."""
_NOT_IN_OBJECT = lx.words(
    """and or but which that who whom whose when while whereas as after before because since to from
    by than of between in on at with into just only exactly merely about around roughly
    approximately nearly almost some is are was were be been has have had will would could should
    may might"""
)
"""Words that end a verb's object: a clause, a preposition, a hedge, a word that states the figure
as it is, or an auxiliary."""
_SUPPLIES = lx.words(
    "power electricity water gas supplies supply services service aid access funding help flights links"
)
"""Objects whose "to" names who receives them: "cut power to 2 million homes"."""
_RECIPIENTS = lx.words(
    """people workers staff employees pensioners families households firms companies businesses
    suppliers customers members students patients homes schools families residents farmers"""
)
""""extended the offer to 5,000 workers", "cut benefits to 2 million people": after a verb and its
object, a count of these is who receives it, not the level reached."""
_ADDED_BEFORE = re.compile(r"\badd(?:ed|s|ing)\s+(?:another\s+)?$", re.IGNORECASE)
""""added 21 points", "adding another 10": a tally a player adds in a game."""
_STATISTICS = lx.words(
    "points rebounds assists goals runs yards tries wickets saves tackles steals blocks touchdowns aces birdies"
)
"""What a player "added" in a game: NewsQuant marks "Bradley Beal added 26" "=", no change."""
_MARKET = re.compile(
    r"\b(?:index|indices|shares|stocks|FTSE|Dow|Nasdaq|S&P|Nikkei|Sensex|Nifty|market|pound|dollar|euro|yen"
    r"|rupee|currency|gold|silver|oil|crude|bond|yield|futures)\b",
    re.IGNORECASE,
)
""""the FTSE added 20 points": an index's points are a change."""
_EVENTS = lx.words(
    """shows games matches races seasons starts tournaments rounds legs laps stages innings sessions events
    concerts nights performances meetings days weekends"""
)
"""Occasions a figure may be spread over: "over three shows", "over two legs"."""
_FIGURE_BEFORE_OVER = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s*(?:%|million|billion|m|bn))(?:\s+[a-z]+){0,3}\s+$", re.IGNORECASE
)
"""A total before "over": thousands or a scale, so a year or an age ("In 2019 he played over 40
matches") is no such figure."""
_UP_NOUNS = lx.words("rise increase gain growth jump hike boost surge climb rally")
_DOWN_NOUNS = lx.words("fall drop decline decrease cut reduction slump dip slide contraction")
"""Nouns of change: "an increase of 5% to 10%" is no range, though the 5% is no change of its own."""

_BY_ONLY = {"higher": "up", "lower": "down"}
_ADVERB_OF_MANNER = re.compile(r"[a-z]{3,}ly")
""""sharply", "slightly", "steadily": between a verb of change and its figure they change nothing
(`lx.NOT_ADVERBS` lists the words in "-ly" that are none)."""
_BACK_AGAIN = lx.words("back again")
_FILLERS = lx.words(
    """by of a an further another additional extra just only about around roughly approximately
    nearly almost some estimated exactly merely mere"""
)
"""Words allowed between a change verb and its number: "rose by a further 5%", "fell about 2%"."""
_OPENERS = '("“‘'
""""(down 12%)", '"risen by 20%': an opening bracket or quotation mark before a word of change."""
_AS_MUCH_AS = (["as", "much", "as"], ["as", "many", "as"])
""""rose as much as 4.3 percent": a hedge between a verb of change and its figure."""
_AVERAGE_OR_TOTAL = (["an", "average"], ["a", "total"])
""""rise by an average of 6.2%", "lost an average of 28.7 percent", "cut a total of 300 jobs": the
change is the figure after "of"."""
_EXACT = lx.words("just only exactly merely mere")
_HEDGES = lx.words("about around roughly approximately nearly almost some")
""""grew to nearly 2,500": a hedge between "to" and the level leaves the level reached."""
"""Words that state the figure as it is, whatever the verb: NewsQuant marks "grew by just 3%",
"drops to just 87 mph" and "rise only to 1.9%" as "=", and CQE's own lexicon reads "just" and
"exactly" as equality."""
_ARTICLES = frozenset({"a", "an"})
_DETERMINERS = _ARTICLES | lx.words("the its their this that another final further sharp big")
"""Words before a noun of change: "a final hike", "another rise", "the sharp drop"."""
_PERCENT_WORDS = lx.words("percent cent pc")
_FIGURE_MODIFIER = re.compile(r"\d-[a-z]")
""""a 25-basis-point hike": a figure joined to a unit before a word of change; "2016-17" is a year."""
_CHANGE_ADJECTIVES = lx.words(
    "steep sharp modest whopping massive hefty staggering solid healthy paltry nasty painful strong robust dramatic net"
    " record further surprise surprising impressive remarkable stunning unprecedented above-inflation slow"
    " below-inflation near-record"
)
_CHANGE_ADJECTIVE_FORM = re.compile(r".-than-expected$|.-(?:beating|busting|watering|dropping|breaking)$")
""""raise tariffs by an inflation-beating 18.65%", "grew a better-than-expected 3%"."""
""""fell a steep 66.2%", "rising a modest 2% to 3%": an adjective after the article makes the figure
the verb's change, where a bare article makes it the object ("added a 30 degree homer"); and the
figure is a noun phrase of its own, so a "to" after it may end a range."""
_PARTICLE_VERBS = lx.words(
    """gave give gives giving made make makes making took take takes taking picked pick set sets
    built build put puts signed sign turned turn showed show shows backed wrote write stepped ran
    run racked rack rounded round broke break shut held hold mopped totted summed sum brought bring
    came come comes coming boiled boil boils winding
    knocked knock cut scaled scale wound wind narrowed narrow bogged slowed putting racking racks
    picking picks piled pile piling chalked chalk chalking notched notch notching"""
)
"""Verbs whose "up"/"down" is a particle ("gave up 517 yards"), not a change of the figure."""
_LOWER = lx.words("lower lowers")
""""lower the voting age to 18": a verb only with its object, since "the lower 48 states" is an
adjective."""
_BY_REACH = 8
"""How far back a "by" looks for its verb: "grow sales by 35 per cent", "lift Channel 4's January
audience share by 12%", "raised its benchmark interest rate on Thursday by 25 basis points"."""
_BOUND = re.compile(
    rf"(?<![\w-])(?:(?:well|just|slightly|a\s+little|far|much)\s+)?"
    rf"(?:(?P<more>{_MORE})|(?P<less>{_LESS})|(?P<approx>{_APPROX}))\s*$",
    re.IGNORECASE,
)
_BOUND_PHRASES = [
    re.split(r"\\s\+", alternative.replace("\\.", ".")) for alternative in f"{_MORE}|{_LESS}|{_APPROX}".split("|")
]
_BOUND_LAST_WORDS = tuple({words[-1] for words in _BOUND_PHRASES})
""""than", "of", "about": every `_BOUND` ends with one of these, so a left context ending in none
is rejected without searching it (the regex is tried at each of its characters)."""
_BOUND_TAIL = max(map(len, _BOUND_LAST_WORDS))
_BOUND_WORDS = 2 + max(map(len, _BOUND_PHRASES))
"""The most words a `_BOUND` match spans: "a little" before its longest bound ("in the region of")."""
_LEVEL_BOUND = re.compile(
    r"\b(?:(?:(?P<more>above|over|beyond)|(?P<less>below|under|beneath))\s+(?:the|a|an|this|that|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:level|mark|threshold|barrier|ceiling|age)"
    r"|(?P<approx>an\s+estimated)(?:\s+[\w-]+){1,3}?)\s+of\s+$",
    re.IGNORECASE,
)
""""rose above the psychologically important level of five million", "under the age of 40": a
bound on a level named before its figure, and "an estimated street value of", a hedge on one.
"past the 1000 hp barrier", with the figure inside, NewsQuant marks "=".  The groups are those of
`_BOUND`."""
_PASSIVE = r"\s+(?:were|was|have\s+been|has\s+been|had\s+been|will\s+be)"
""""173,000 jobs were added", "1,200 posts will be cut": a change told in the passive after it."""
_RESTATED = r",?\s+or\s+[\d.,]+\s*(?:%|per\s*cent|percent)"
""""closed 520.25 points or 0.86% lower at": the same change restated before its direction."""
_LEVEL_NEXT = (
    r"(?=\s+(?:[$£€¥\d]|(?:about|around|nearly|almost|just|roughly|some|close|end|finish|settle|a|an|record"
    r"|under|over)\b))"
)
""""ended 4% lower to close at 212p", "1.1% lower to about $72", "1.2% higher to a record": the
level after "higher to"; "priced 10% lower to compete" is a purpose and "15mm lower to the ground" a
place, and the figure stays as it is."""
_AFTER_CHANGE = re.compile(
    r"(?P<more>\+|-plus\b|\s+or\s+(?:more|older|higher|greater|longer)\b(?!\s+than)"
    r"|\s+and\s+(?:above|over|upwards|older)\b"
    r"|\s+and\s+up\b(?!\s+to\s+(?!(?:get|book|be|apply|receive|take|have|register|sign|vote|attend|join|enter|use|buy)\b)))"
    r"|(?P<less>\s+(?:or|and)\s+(?:less|fewer|under|below|younger)\b|\s+or\s+lower\b)"
    r"|(?P<approx>\s+or\s+(?:so|thereabouts)\b|-odd\b|\s+approximately\b(?!\s+(?:the|as|equal|equivalent)\b))"
    rf"|(?P<up>\s+up(?![\w-])(?!\s+(?:to|from|for|the|front)\b)|(?:{_RESTATED})?\s+(?:higher|stronger)\s+(?:at|to{_LEVEL_NEXT})\b"
    rf"|{_PASSIVE}\s+(?:added|created)\b)"
    rf"|(?P<down>\s+down(?![\w-])(?!\s+(?:to|from|for|the)\b)|(?:{_RESTATED})?\s+(?:lower|weaker)\s+(?:at|to{_LEVEL_NEXT})\b"
    rf"|{_PASSIVE}\s+(?:cut|shed|axed|slashed|shaved)\b(?!\s+off\b))",
    re.IGNORECASE,
)
"""Words after a figure: bounds ("5 or more", "30 percent or lower", "65 and over"; "35 or above"
NewsQuant marks "="), hedges ("or so", "75 crore approximately") and a direction
("ended 1.29 per cent down at", "2% up on last year", "ended the day 0.94 per cent higher at
61,305.95"); "up from", "up for sale", "down the road" and "up front" are no direction of the
figure, nor is "0.68 percent lower" with no level after it, as NewsQuant marks it."""
_WENT_UP_TO = re.compile(
    r"\b(?:went|gone|moved|shot|shooting|shoots|inched|edged|crept|ticked|climbed)\s+up\s+to\s+$", re.IGNORECASE
)
""""the death toll went up to 53": "up" belongs to the verb, and "to" names the level reached; "the
speedometer goes up to 200mph" names a limit."""
_SET_OFF_LEVEL = re.compile(r",\s+(?:up|down)\s+to\s+$", re.IGNORECASE)
""""has fallen by 15% in one week, down to 3,180 dollars": the level a change reached, set off by a
comma after the clause that told the change."""
_AMOUNT_WORDS = frozenset([*UNITS, *TENS, "half", "third", "quarter", "dozen", "tenths"])
_PREPOSITIONS_BEFORE_AMOUNT = frozenset(
    {"on", "at", "after", "before", "in", "from", "for", "of", "since", "during", "to"}
)
_ADDS_UP_TO = re.compile(r"\badd(?:s|ed|ing)?\s+up\s+to\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
""""prizes can add up to hundreds of thousands of dollars": a total, not a limit; "could add up to
$500 to the price" caps what is added."""
_LIST_GAP = 60
"""The most characters between two items of a list of changes: a place or a group."""
_LIST_JOIN = re.compile(r"(?:,|\band)\s*$")
""""8 percent in Buffalo, 8.6 percent": how an item of a list ends before the next."""
_NOT_IN_LIST = re.compile(
    r"\d|[.;:!?(]|\b(?:to|from|than|while|but|whereas|compared|against|versus|vs|or|of|was|were|is|are|has|had"
    r"|rose|fell|rising|falling|up|down|gained|lost)\b",
    re.IGNORECASE,
)
"""What ends a list of changes: a figure, a sentence or a bracket, a comparison, a restatement, a
verb of its own."""
_OR_BEFORE = re.compile(
    r"^(?:\s+of\s+(?:its|their|the)\s+\w+(?:\s+force)?)?(?:,|\s*[—–])?\s*"
    r"(?:or\s+(?:(?:about|around|almost|nearly|roughly|some|just)\s+)?|(?<=,)\s*(?:about|around|almost|nearly|roughly|some)\s+)$"
)
""""lost 190 points, or 0.6%", "rising 7.5 pence, or almost 3%", "cut 2.5 percent of its workforce,
roughly 19,000 jobs", "cutting 11% of its workforce, or
889 employees": a restatement of a change."""
_CONVERSION_BEFORE = re.compile(r"^\s*[(/]\s*$")
_NEXT_CONVERSION_BEFORE = re.compile(r"^\s*[;,]\s*$")
_RANGE_START_BEFORE = re.compile(
    r"(?:\b(?P<word>between|from|range\s+of)(?:\s+(?:the\s+)?ages?(?:\s+of)?)?"
    r"(?:\s+(?:about|around|roughly|approximately|nearly|almost|some))?|\()\s*$",
    re.IGNORECASE,
)
""""between 10 and 20", "from 10 to 20", "from approximately 14 years down to 10", "between ages 50
and 71", "a target range of 4.50 percent and 4.75 percent", and a conversion in brackets, which
restates a range before it: "between 10 and 15 meters (33 and 50 feet)"."""
_RANGE_START_TAIL = 48
_RANGE_START_WORDS = 5
"""How far back `_RANGE_START_BEFORE` can reach: "between the ages of approximately " is five words
and 34 characters."""

_QUARTERS = re.compile(r"(?P<number>\S+)\s+(?:(?P<run>consecutive|straight|successive)\s+)?quarters", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(
    r"\b(?:past|last|first|next|previous|preceding|coming|following|recent|latest|final)\s+$", re.IGNORECASE
)
_SPAN_BEFORE = re.compile(r"\b(?:for|over|in|during|within|after)\s+$", re.IGNORECASE)
_CYCLE_AFTER = re.compile(
    r"\s+(?:in\s+a\s+row|running|ahead|ago|earlier|later"
    r"|of\s+(?:(?:negative|positive|economic)\s+)?(?:growth|contraction|decline|expansion|recession))\b",
    re.IGNORECASE,
)


def left_of(text: str, start: int, floor: int) -> str:
    return text[max(floor, start - WINDOW) : start]


def _last_words_start(left: str, count: int) -> int:
    """Where the last `count` blank-separated words of `left` start, or earlier.

    A pattern anchored at the end of `left` whose match spans at most `count` words finds the same
    match searched from there (its lookbehinds still see the characters before): searched from the
    window's start, the regex engine tries it at every character of the window."""
    words = left.rsplit(maxsplit=count)
    return len(words[0]) if len(words) > count else 0


def is_labelled(left: str) -> bool:
    """A label right before the number: "Section 427", "page 12", "number one", "#5", and after a
    dash ("February 17—week 7")."""
    if left.rstrip().endswith("#"):
        return True
    return left[-1:].isspace() and _last_label_word(left) in _LABELS


def continues_a_label_list(left: str) -> bool:
    """ "under Sections 302, 201, 34 of the IPC": a number after a comma in a list that a plural
    label opened is a label too."""
    listed = _LABEL_LIST_BEFORE.search(left, max(0, len(left) - _LABEL_LIST_REACH))
    before = left[: listed.start("first")] if listed is not None else ""
    return listed is not None and is_plural_label(before) and not _SPAN_OF_TIME_BEFORE.search(before)


def is_plural_label(left: str) -> bool:
    """A label in the plural ("between junctions 29 and 31", "matches 3 and 4"), which labels a
    pair of numbers and no single one: "In recent weeks 30 people have died" counts."""
    if not left.endswith("s "):
        return False
    word = _last_label_word(left)
    return word.isalpha() and word[-1:] == "s" and (word[:-1] in _LABELS or word[:-2] in _LABELS)


def _last_label_word(left: str) -> str:
    """The word before the number, as `_LABELS` spells it; a full stop ends it only after an
    abbreviation ("No. 10", "Fig. 3"), else it ends a sentence ("Supreme Court. Seven firms")."""
    last = left.rsplit(None, 1)[-1]
    word = (_DASHES.split(last)[-1] if "-" in last or "—" in last or "–" in last else last).lower().strip("(")
    if word.endswith(".") and word.rstrip(".") not in _ABBREVIATED_LABELS:
        return ""
    return word.rstrip(".")


_ABBREVIATED_LABELS = lx.words("no nos p pp fig vol ext ref hwy prop sec art")


def names_a_change(word: str) -> bool:
    """ "a 5.2 increase": a noun of change after a figure is what the figure measures, not its unit."""
    return word.lower() in _UP_NOUNS or word.lower() in _DOWN_NOUNS


def after_magnitude(left: str) -> bool:
    """ "a magnitude 7.8 earthquake": the scale names the number's unit."""
    return bool(_MAGNITUDE_BEFORE.search(left, _last_words_start(left, 1)))


def is_dialled(text: str, quantity: Quantity, left: str) -> bool:
    """ "call 101", "dial 999": a number of three or more plain digits after a dialling verb is a
    phone number; "call 100 witnesses" counts, and the caller checks for that noun."""
    digits = text[quantity.start : quantity.end]
    return len(digits) >= 3 and digits.isdigit() and bool(_DIALLED_BEFORE.search(left, _last_words_start(left, 6)))


def is_product_name(left: str) -> bool:
    """A product's name right before a number, written as no place or person is: "iPhone 5C",
    "SPARC64 VIIIfx"; "Manchester 22C" is a temperature."""
    token = _TOKEN_BEFORE.search(left, _last_words_start(left, 1))
    return token is not None and is_named(left) and not token.group("token").istitle()


def is_named(left: str) -> bool:
    """A name or code right before the number: "Windows 10", "Half-Life 2", "COVID -19".  A
    possessive owns what is counted, it does not name it: "the All Blacks' seven tries"."""
    token = _TOKEN_BEFORE.search(left, _last_words_start(left, 1))
    if token is None:
        return False
    word = token.group("token")
    if word.endswith((".", "'", "’", "'s", "’s")):
        return False
    if not word.isalpha() and any(c.isdigit() for c in word):
        return True
    return _has_capital(word) and word.lower().rstrip(".") not in _ALLOWED_CAPITALISED


def _has_capital(word: str) -> bool:
    """Whether any letter is upper case; in ASCII, every word with a letter but not all in lower
    case has one, and the test runs on the word before every number."""
    if word.isascii():
        return not word.islower()
    return any(c.isupper() for c in word)


def inside_a_name(text: str, quantity: Quantity) -> bool:
    """ "the film 24 Hour Party People", "5 Carlos Moya (Spain)": a figure whose last word is
    capitalised and runs into another capitalised word is part of a title or a name, not a
    duration or a count; "34 Grosvenor casinos" and "two Texas bank accounts" end in lower case."""
    if _NAME_NEXT.match(text, quantity.end) is None:
        return False
    last = _LAST_WORD.search(text, quantity.start, quantity.end)
    return last is not None and not _PARTITIVE_IN.search(text, quantity.start, last.start())


def is_title_word(text: str, quantity: Quantity, left: str) -> bool:
    """A capitalised number word inside a sentence is part of a name: "the Six Nations"; so is one
    that opens a quoted title ("the anthology "Forty Licks""), when a capitalised word follows,
    and a bare number that is the whole title ("Fox's longtime "24"", "the film "300"")."""
    if text.startswith(_CLOSING_QUOTES, quantity.end) and quantity.bare and not quantity.is_word:
        return _TITLE_QUOTE.search(left) is not None
    if not (quantity.is_word and text[quantity.start].isupper()):
        return False
    if _TITLE_QUOTE.search(left) and _NAME_NEXT.match(text, quantity.end):
        return True
    return bool(left.strip()) and not _SENTENCE_END.search(left)


def is_ordinal_part(text: str, quantity: Quantity, left: str) -> bool:
    """ "the first half of 2004", "the bottom half of the table": a period, a part of a match or
    a place, not a share; "a third straight month": an ordinal; and "split in half", "tore the
    letter in half": a way of dividing, where "worsened in a quarter of institutions" names a share."""
    if _ORDINAL_BEFORE.search(left) or _RUN_AFTER.match(text, quantity.end):
        return True
    return _IN_BEFORE.search(left) is not None and _OF_AFTER.match(text, quantity.end) is None


_OCLOCK_AFTER = re.compile(r"\s+o['’]\s?clock\b", re.IGNORECASE)
""""three o'clock in the morning": a clock time in words."""


def is_date_or_time(text: str, quantity: Quantity, left: str) -> bool:
    """Day numbers next to a month, clock times, and bare years are the date extractor's; after a
    month only a number that can be a day is one ("At the end of May, 15,900 people" counts)."""
    if quantity.is_word:
        return quantity.bare and _OCLOCK_AFTER.match(text, quantity.end) is not None
    could_be_day = 0 < quantity.value <= 31 and quantity.value.is_integer()
    listed_day = left.endswith((", ", "and ", "& ", "or ", "to ", "through ")) and _MONTH_DAY_LIST_BEFORE.search(
        left, _last_words_start(left, 6)
    )
    day_after_month = could_be_day and (_MONTH_BEFORE.search(left, _last_words_start(left, 1)) or listed_day)
    if quantity.bare and (day_after_month or _MONTH_AFTER.match(text, quantity.end)):
        return True
    if quantity.bare and could_be_day and _DAY_RANGE_BEFORE_MONTH.match(text, quantity.end):
        return True  # "from 10 to 25 September"
    return quantity.bare and bool(_TIME_AFTER.match(text, quantity.end))


LAST_YEAR = 2200
"""The latest four-digit number read as a year."""


def looks_like_year(quantity: Quantity, numeral: str) -> bool:
    return quantity.bare and len(numeral) == 4 and numeral.isdigit() and 1000 <= quantity.value <= LAST_YEAR


def is_year(quantity: Quantity, text: str, left: str, numeral: str, has_noun: Callable[[], bool]) -> bool:
    """ "in 2019", "the 2020 Escape", "Keytruda's 2018 sales", "more than 2019 levels"; "2000
    people" stays a count, and so does "about 1500" (years before 1800 need a word that introduces
    a year).  `has_noun` is asked last, as reading a noun costs more than reading the word before."""
    if not looks_like_year(quantity, numeral):
        return False
    if quantity.value < 1800:
        return bool(_EARLY_YEAR_BEFORE.search(left, _last_words_start(left, 1)))
    if _YEAR_BEFORE.search(left, _last_words_start(left, 1)) or _DATED_NOUN_AFTER.match(text, quantity.end):
        return True
    return not has_noun()


def is_decade_of_life(text: str, quantity: Quantity, left: str) -> bool:
    """ "a woman in her 60s", "men in their early 20s": a decade of someone's life, the ages from
    60 to 69, as one read set marks "in his 70s"."""
    return (
        text.startswith("s", quantity.end)
        and quantity.value in _DECADES
        and _DECADE_OWNER.search(left, _last_words_start(left, 4)) is not None
        and not text[quantity.end + 1 : quantity.end + 2].isalnum()
    )


_DATED_NOUN_AFTER = re.compile(
    r"\s+(?:levels?|figures|prices|season|census|budget|elections?|peak|highs?|lows?|forecasts?|estimates?)\b"
)
""""10% more than 2019 levels": nouns a year dates rather than a count counts."""
_DECADES = frozenset(float(decade) for decade in range(10, 110, 10))
_DECADE_OWNER = re.compile(r"\bin\s+(?:his|her|their|its|my|your|our)\s+(?:early\s+|mid-?|late\s+)?$", re.IGNORECASE)


def glued_to_something(text: str, quantity: Quantity) -> bool:
    """Digits running into letters or more digits are codes or ordinals ("22nd", "5G", "4x4")."""
    return quantity.bare and bool(_GLUED_LETTER.match(text, quantity.end))


def is_marker(text: str, quantity: Quantity, left: str, paragraph_start: int) -> bool:
    """Footnote "[3]", a seeding or ranking "Scotland (8)", or a list number opening the paragraph
    or closed by a lone bracket inside it."""
    if quantity.bare and left.endswith(("[", "(")) and _CLOSE_BRACKET.match(text, quantity.end):
        if "," in text[quantity.start : quantity.end] or quantity.value >= 10_000:
            return False  # "mainland guests (556,000)": a count, where markers are small
        return not (10 <= quantity.value <= 110 and not quantity.is_word and _bracketed_age(text, quantity, left))
    if quantity.start == paragraph_start:
        return bool(_LIST_MARKER.match(text, quantity.end))
    return (
        quantity.bare
        and not quantity.is_word
        and quantity.value.is_integer()
        and 1 <= quantity.value <= 20
        and _INLINE_MARKER.match(text, quantity.end) is not None
        and left[-1:].isspace()
        and left.count("(") <= left.count(")")
    )


def is_odds_or_idiom(text: str, quantity: Quantity, left: str) -> bool:
    """Betting odds ("the 5/4 favourite", "odds of 7/2") and "zero tolerance" are no quantities."""
    if quantity.value == 0 and quantity.is_word:
        return bool(_ZERO_IDIOM.match(text, quantity.end))
    slashed = text.find("/", quantity.start, quantity.end) >= 0
    return (
        slashed
        and bool(_ODDS.fullmatch(text, quantity.start, quantity.end))
        and bool(_ODDS_AFTER.match(text, quantity.end) or _ODDS_BEFORE.search(left))
    )


def is_pronoun_one(text: str, quantity: Quantity, left: str, has_noun: bool) -> bool:
    """ "one of the consequences", "the only one", "no one": not the count 1."""
    if not (quantity.is_word and quantity.value == 1 and quantity.bare):
        return False
    if _OF_AFTER.match(text, quantity.end):
        return True
    return not has_noun or bool(_ONE_BLOCKERS.search(left))


def after_aged(left: str) -> bool:
    return bool(_AGED_BEFORE.search(left, _last_words_start(left, 3)))


def after_band_owner(left: str) -> bool:
    """ "adults 18-49", "persons 25-54", "men ages 18 to 34": a group of people right before a
    range of numbers names an age band, as ratings and polls write them."""
    return left.endswith(" ") and _BAND_OWNER_BEFORE.search(left, _last_words_start(left, 1)) is not None


_BAND_OWNER_BEFORE = re.compile(r"\b(?:adults|persons|people|viewers|men|women|voters|those)\s+$", re.IGNORECASE)


def _direction(left: str, *, as_change: bool = True, relative: bool = False) -> str | None:
    """Word lookups rather than one end-anchored regex: this runs for every figure.

    "fell to 49.55" carries the fall when no amount does, so it is marked down; in "fell 2% to
    49.55" the 2% carries it and the level stays "=" (NewsQuant annotates both that way).

    As a change, only a verb moves the figure: NewsQuant marks a change named by a noun ("a gain
    of 2.13%", "an increase of 60,600 jobs", as it marks "a 19% drop") "=", and so it marks a
    figure stated as it is ("grew by just 3%") or one that modifies a noun after an article
    ("added a 30 degree homer", "helped by a 7.5% rise").  Whether a "to" after the figure ends a
    range still asks whether any of these words came before it (`as_change=False`).

    "raise" moves a `relative` figure (a percentage: "raised 7.8%") or one it reaches with "by"
    or "to"; the money it takes as its object is money raised ("raised $100m from the sale")."""
    words = left.lower().split()
    if any(opener in left for opener in _OPENERS):
        words = [word.lstrip(_OPENERS) for word in words]
    if len(words) > 1 and words[-1] == "by" and words[-2].endswith(","):
        words[-2] = words[-2][:-1]  # "fell, by 438 to 16,378": the comma sets off the change
    index = len(words)
    skipped: set[str] = set()
    if words[-3:] in _AS_MUCH_AS:
        index -= 3
        skipped.add("as")
    elif words[-3:-1] in _AVERAGE_OR_TOTAL and words[-1] == "of":
        index -= 3
    while index and (words[index - 1] in _FILLERS or as_change and _article_and_adjective(words, index)):
        if words[index - 1] in _FILLERS:
            index -= 1
            skipped.add(words[index])
        else:
            index -= 2
    if not index:
        return None
    if as_change and (
        skipped & _EXACT or "of" in skipped or skipped and (skipped <= _ARTICLES or words[-1] in _ARTICLES)
    ):
        return None
    index = _before_adverbs(words, index)
    word = words[index - 1] if index else ""
    verb_at = _verb_before_to(words, index - 1) if word == "to" else 0
    reached = (
        word == "to"
        and skipped <= _HEDGES
        and verb_at > 0
        and _verb_direction(words[verb_at - 1]) is not None
        and not (as_change and _named_by_a_noun(words, verb_at - 1))
    )
    if reached:
        index = verb_at
        word = words[index - 1]
        if word in _LOWER:
            return "down"
    if word in _UP_BY_OR_TO:
        return "up" if reached or relative or "by" in skipped else None
    if word == "off" and index > 1 and words[index - 2] in _LAY:
        return "down"
    if word in _UP_VERBS or word in _DOWN_VERBS:
        if word in ("up", "down") and index > 1 and words[index - 2] in _PARTICLE_VERBS:
            return None
        if (
            as_change
            and "by" in skipped
            and not word.endswith(("s", "ed", "ing"))
            and words[index - 2 : index - 1] != ["that"]
            and _named_by_a_noun(words, index - 1)
        ):
            return None  # "a significant increase by 19.4 per cent", but "another increases by R60"
        return "up" if word in _UP_VERBS else "down"
    if "of" in skipped and (word in _UP_NOUNS or word in _DOWN_NOUNS):
        return "up" if word in _UP_NOUNS else "down"
    if "by" in skipped:
        if word in _BY_ONLY:
            return _BY_ONLY[word]
        for earlier in reversed(words[max(0, index - _BY_REACH) : index]):
            if _verb_direction(earlier, adverbs=True) is not None:
                return _verb_direction(earlier, adverbs=True)
    return None


def _change_told_before_comma(left: str) -> str | None:
    """ "has fallen by 15% in one week, down to 3,180 dollars": a level set off by a comma after the
    clause whose verb moved an amount the same way is "=", as the level of "rose 5% to $84" is.
    Only that clause counts, and only an amount its verb moved: the first figure after the verb
    with no preposition between ("fell on May 5, down to 120 pence" told none; "cut 10% of
    flights, up to 1,800 flights a day" caps, as the direction differs)."""
    head, _, tail = left.rstrip().rpartition(",")
    clause = re.split(r"[,;:(]", head)[-1].lower().split()
    direction = tail.split()[0].lower() if tail.split() else ""
    for at in range(len(clause) - 1, -1, -1):
        verb = _verb_direction(clause[at])
        if verb is None:
            continue
        for word in clause[at + 1 : at + 7]:
            if word in _PREPOSITIONS_BEFORE_AMOUNT:
                return None
            if any(character.isdigit() for character in word) or word in _AMOUNT_WORDS:
                return "=" if verb == direction else None
        return None
    return None


def _verb_across_object(left: str, *, level_after: bool) -> str | None:
    """ "raised its cash rate target 25 basis points to 2.85%", "cut the price 10 cents to $1",
    "raised the levy 4.3 percent", "expand its capacity nearly five-fold to 450 gigawatts": with a
    level after it, or as a percentage, a figure that follows a verb's object, and any hedge, is
    the size of that verb's change.  A percentage with no level after it must
    follow the object's noun itself: after an article or a modifier it modifies a noun of its own
    ("offset a 1% rise in imports", "increasing the likely 40% turnout")."""
    words = left.lower().split()
    while words and words[-1] in _HEDGES:
        words.pop()
    if not words or not level_after and (_ADVERB_OF_MANNER.fullmatch(words[-1]) or words[-1] in _DETERMINERS):
        return None
    verb_end = _verb_over_object(
        words,
        len(words),
        lambda at: _verb_direction(words[at]) is not None and not _named_by_a_noun(words, at),
        also_ends=frozenset() if level_after else _ARTICLES,
    )
    return _verb_direction(words[verb_end - 1]) if verb_end else None


def _verb_over_object(
    words: list[str], end: int, is_verb: Callable[[int], bool], also_ends: frozenset[str] = frozenset()
) -> int:
    """Where a verb ends that takes the object between it and `end`, or 0: at most
    `_OBJECT_WORDS` plain words, none of `_NOT_IN_OBJECT` or `also_ends`; a verb right at `end`
    has no object and ends the search."""
    for back in range(end - 1, max(0, end - _OBJECT_WORDS) - 1, -1):
        word = words[back]
        if is_verb(back):
            return back + 1 if back < end - 1 else 0
        if not _OBJECT_WORD.fullmatch(word) or word in _NOT_IN_OBJECT or word in also_ends:
            return 0
    return 0


def _verb_direction(word: str, *, adverbs: bool = False) -> str | None:
    """The direction a verb of change gives, whichever table lists it; with `adverbs`, "up" and
    "down" too ("went up by 0.4% on the month and by 12.6%")."""
    if (word in _DOWN_VERBS and (adverbs or word != "down")) or word in _LOWER:
        return "down"
    if word in _VERBS_BEFORE_LEVEL or word in TRANSITIVE_CHANGE or (adverbs and word == "up"):
        return "up"
    return None


def _verb_before_to(words: list[str], at: int) -> int:
    """Where the verb whose "to" names the level ends: right before it ("fell to 49.55"), or a
    verb that takes an object before it ("raise the retirement age to 64", "cut them to £11m",
    "lower the official range to 310 miles").  The object is a few plain words: a figure, a
    clause, a preposition or a word that states the figure as it is ends it, and the level of
    "rose 5% on Friday to $84" stays "=".  After a supply, "to" names who receives it: "cut power
    to 2 million homes"."""
    adjacent = _before_time(words, _before_adverbs(words, at))
    if adjacent and words[adjacent - 1] in _VERBS_BEFORE_LEVEL:
        return adjacent
    if at and words[at - 1] in _SUPPLIES:
        return 0
    return _verb_over_object(words, at, lambda back: words[back] in TRANSITIVE_CHANGE)


def _article_and_adjective(words: list[str], index: int) -> bool:
    """ "increased by a solid 215,000 jobs", "fell a steep 66.2%": the article and the adjective
    between a verb of change and its figure."""
    adjective = words[index - 1] if index > 2 else ""
    return (adjective in _CHANGE_ADJECTIVES or _CHANGE_ADJECTIVE_FORM.search(adjective) is not None) and words[
        index - 2
    ] in _ARTICLES


def _named_by_a_noun(words: list[str], at: int) -> bool:
    """ "a final 25-basis-point hike to 5.50%", "the rise to 6%", "a 71 percent increase to 64,000",
    "a significant increase by 19.4 per cent": a word of change after an article, an article and
    an adjective, or a figure is a noun, and the figure it names is "=" as NewsQuant marks a change
    named by one."""
    before = words[at - 1] if at else ""
    if before in _DETERMINERS or before.endswith("%") or before in _PERCENT_WORDS:
        return True
    adjective_after_article = at > 1 and words[at - 2] in _ARTICLES and before.isalpha()
    return adjective_after_article or _FIGURE_MODIFIER.search(before) is not None


def _before_time(words: list[str], index: int) -> int:
    """Where `words[:index]` ends once a short phrase of time is dropped from its end: "rose last
    year to a record 31.6 gigatons", "fell on Friday to 49.55"."""
    if index >= 2 and words[index - 2] in _TIME_OPENERS and words[index - 1].strip(",") in _TIME_NOUNS:
        return index - 2
    if index and words[index - 1].strip(",") in ("yesterday", "today", "overnight"):
        return index - 1
    return index


_TIME_OPENERS = lx.words("last this next on in")
_TIME_NOUNS = lx.words(
    """year week month quarter monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december"""
)


def _before_adverbs(words: list[str], index: int) -> int:
    """Where `words[:index]` ends once adverbs of manner are dropped from its end: "rose sharply
    5%", "expanded sharply to 587.62 billion yuan", "has since climbed back to US$100"."""
    while index and (
        _ADVERB_OF_MANNER.fullmatch(words[index - 1])
        and words[index - 1] not in lx.NOT_ADVERBS
        or words[index - 1] in _BACK_AGAIN
    ):
        index -= 1
    return index


def restates_a_change(left: str) -> bool:
    """ "was down 0.24% or 0.18 to $76.23": after a change and "or", the figure restates the change
    and "to" names the level reached."""
    restated = _RESTATED_CHANGE.search(left)
    return restated is not None and _direction(left[: restated.start()], relative=True) is not None


def direction_before(left: str, *, relative: bool) -> bool:
    """ "rose 8.15% to 3.65", "lifted interest rates 0.25% to 5.5%", "moving up by 7.3 per cent or
    $7.88 to $115", "go up by a minimum of $1.54 to $59.27": after a change verb, a verb and its
    object, a change restated after "or", or a bound after any of these, "to" gives the new
    level, not a range end."""
    if restates_a_change(left):
        return True
    bound = _BOUND.search(left, _last_words_start(left, _BOUND_WORDS)) if _may_end_in_bound(left) else None
    if bound is not None and _direction(left[: bound.start()], as_change=False, relative=relative) is not None:
        return True
    return (
        _direction(left, as_change=False, relative=relative) is not None
        or _verb_across_object(left, level_after=True) is not None
    )


_OLDER_OR_YOUNGER = re.compile(r"\s+(?:and|or)\s+(?:older|younger)\b", re.IGNORECASE)
_PEOPLE_BEFORE = re.compile(rf"\b{_PEOPLE}\s+$", re.IGNORECASE)


def bounds_an_age(text: str, quantity: Quantity, left: str) -> bool:
    """ "Adults 50 and older", "children 11 or younger": only an age is older or younger, even
    after a capitalised word that would otherwise make the number a name, when that word names
    people; "Windows 10 and older" and "iPhone 11 and older models" are versions."""
    found = _OLDER_OR_YOUNGER.match(text, quantity.end) if quantity.bare and not quantity.is_word else None
    return (
        found is not None
        and quantity.value.is_integer()
        and 0 < quantity.value <= 110
        and counted_noun(text, found.end(), singular=False, compound=False) is None
        and (_PEOPLE_BEFORE.search(left, _last_words_start(left, 1)) is not None or not is_named(left))
    )


def age_from_context(text: str, quantity: Quantity, left: str) -> bool:
    """ "aged 34", "aged 31 and 48", "Smith, 44, said", "Zafar Moitheen (24) of": a bare number
    that is someone's age."""
    if not quantity.bare:
        return False
    if after_aged(left):
        return True
    if quantity.value_high is not None and after_band_owner(left):
        return counted_noun(text, quantity.end, singular=False) is None
    if quantity.is_word or not quantity.value.is_integer() or not 0 < quantity.value <= 110:
        return False
    if _AGED_LIST_BEFORE.search(left) or bounds_an_age(text, quantity, left):
        return True
    if (
        quantity.value >= 10
        and _AGE_NAMED_BEFORE.search(left, _last_words_start(left, _AGE_NAMED_WORDS))
        and counted_noun(text, quantity.end, singular=False) is None
    ):
        return True
    if (
        _BE_BEFORE.search(left, _last_words_start(left, 3))
        and _WHEN_SOMEONE_AFTER.match(text, quantity.end)
        and not (_TEAM_WERE_BEFORE.search(left) and _INNINGS_AFTER.match(text, quantity.end))
    ):
        return True
    if quantity.value < 10:
        return False
    if _NAME_COMMA_BEFORE.search(left):
        return bool(_APPOSITIVE_END.match(text, quantity.end))
    return _bracketed_age(text, quantity, left)


def _bracketed_age(text: str, quantity: Quantity, left: str) -> bool:
    """ "Asif (22) of Ulliyanoor", "John Smith (34), from Leeds": an age in brackets after a name and
    before where the person is from, as Indian and British crime reports write it, or closing a
    name listed after words that name people (`_PEOPLE_NAMED`); "Scotland (8)" is a seeding."""
    if _NAME_BRACKET_BEFORE.search(left) is None:
        return False
    if _HOME_AFTER_BRACKET.match(text, quantity.end) is not None:
        return True
    return (
        _FULL_NAME_BRACKET_BEFORE.search(left) is not None
        and _LISTED_PERSON_AFTER.match(text, quantity.end) is not None
        and _PEOPLE_NAMED.search(text, max(0, quantity.start - _PEOPLE_REACH), quantity.start) is not None
    )


def change_from_context(text: str, quantity: Quantity, left: str) -> str:
    """Bounds ("more than", "up to") outrank direction ("rose"), which outranks a hedge ("about",
    "close to"), so the verb before a hedge still moves the figure ("fell by close to 3m kg")."""
    bound = _BOUND.search(left, _last_words_start(left, _BOUND_WORDS)) if _may_end_in_bound(left) else None
    if bound is None and left.endswith((" a ", " an ")):
        bound = _bound_before_article(left, quantity)
    adds_up = _ADDS_UP_TO.search(left) is not None and _TO_AFTER.match(text, quantity.end) is None
    if bound and (_over_as_preposition(bound, quantity) or _near_a_place(bound, quantity) or adds_up):
        bound = None
    if bound is None and left.endswith("of "):
        bound = _LEVEL_BOUND.search(left)
    if bound and _WENT_UP_TO.search(left):
        return "up"
    if _SET_OFF_LEVEL.search(left) and (told := _change_told_before_comma(left)) is not None:
        return told
    after = _AFTER_CHANGE.match(text, quantity.end)
    if bound and (bound.group("more") or bound.group("less")):
        return ">" if bound.group("more") else "<"
    if after and (after.group("more") or after.group("less")):
        return ">" if after.group("more") else "<"
    if quantity.change in (">", "<"):
        return quantity.change
    relative = quantity.kind == "percent"
    named_level = left.rstrip().endswith("of")
    direction = _direction(_LEVEL_NAMED.sub(" to ", left) if named_level else left, relative=relative)
    if direction is None and bound and bound.group("approx") and left[: bound.start()].strip():
        direction = _direction(left[: bound.start()], relative=relative)
    level_after = _LEVEL_AFTER.match(text, quantity.end) is not None
    changes_alone = relative and _NO_CHANGE_AFTER.match(text, quantity.end) is None
    if direction is None and (changes_alone or level_after):
        direction = _verb_across_object(left, level_after=level_after)
    if direction is not None and (_received(quantity, left) or _gained_a_share_of_the_vote(text, quantity, left)):
        direction = None
    if direction == "down" and _is_margin_of_defeat(quantity, left):
        direction = None
    if direction is None and _closes_sites(quantity, left):
        direction = "down"
    if direction == "up" and _ADDED_BEFORE.search(left) and _is_statistic(quantity) and not _MARKET.search(left):
        return "="
    if direction:
        return direction
    if after and (after.group("up") or after.group("down")):
        return "up" if after.group("up") else "down"
    if (bound and bound.group("approx")) or (after and after.group("approx")):
        return "~"
    return quantity.change


def _over_as_preposition(bound: re.Match[str], quantity: Quantity) -> bool:
    """ "sent over one radio frequency band", "the furore over one sentence": a count of one
    thing after a bare "over" is the object of the preposition, since "more than one" is not
    written "over one"; "over one million" and "just over one third" keep their bound.  So is a
    duration or a count of occasions that names the span of a change or a total ("fell 47% over
    six weeks", "173,000 tickets over three shows"), as the dates extractor reads durations."""
    if bound.group().split()[0].lower() == "over" and quantity.kind == "duration":
        return over_names_a_period(bound.string, bound.start())
    if bound.group().split()[0].lower() == "over" and _counts_events(quantity):
        return _FIGURE_BEFORE_OVER.search(bound.string, 0, bound.start()) is not None
    return (
        bound.group().split()[0].lower() in ("over", "beyond")
        and quantity.kind == "count"
        and quantity.value == 1
        and quantity.scale == 1
        and quantity.unit is not None
        and quantity.unit != "fraction"
        and not quantity.unit.startswith("fraction ")
    )


_SHARE_OF_THE_VOTE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:vote|votes|ballots)\b", re.IGNORECASE)
_GAINED_BEFORE = re.compile(
    r"\bgain(?:ed|s|ing)?\s+(?:(?:about|around|nearly|almost|some|over|just\s+over)\s+)?$", re.IGNORECASE
)


def _gained_a_share_of_the_vote(text: str, quantity: Quantity, left: str) -> bool:
    """ "the CDU gained 32.9% of the vote": a share won, not a change (as "won 27.79 percent of");
    "support fell to 28% of the vote" still falls."""
    return _GAINED_BEFORE.search(left) is not None and _SHARE_OF_THE_VOTE.match(text, quantity.end) is not None


_SHUT_BEFORE = re.compile(
    r"\b(?:close|closes|closed|closing|shut|shuts|shutting|shutter|shutters|shuttered|shuttering)\s+(?:down\s+)?$",
    re.IGNORECASE,
)


_SITES = lx.words(
    """store stores shop shops branch branches outlet outlets plant plants factory factories site sites
    office offices centre centres center centers school schools mine mines restaurant restaurants
    hospital hospitals clinic clinics station stations library libraries pub pubs location locations
    depot depots warehouse warehouses mill mills cafe cafes café cafés website websites house houses
    bank banks venue venues theatre theatres theaters cinema cinemas optician opticians facility facilities
    supermarket supermarkets home homes pharmacy pharmacies prison prisons church churches hotel hotels
    refinery refineries airport airports gym gyms dealership dealerships atm atms unit units furnace furnaces
    reactor reactors ward wards court courts campus campuses"""
)


def _closes_sites(quantity: Quantity, left: str) -> bool:
    """ "plans to close 60 of its 593 UK stores", "shut 53 stores": a count of sites closed falls,
    as four blind annotators mark it; "The Dow closed 150 higher", "closed 1,200 cases" and
    "closed 3 shots behind" close no sites."""
    head = (quantity.unit or "").lower().split()[-1:]
    return quantity.kind == "count" and bool(head) and head[0] in _SITES and _SHUT_BEFORE.search(left) is not None


_LOST_BY = re.compile(r"\blos(?:t|e|es|ing)\b(?P<gap>[^.;!?]{0,60}?)\bby\s+$", re.IGNORECASE)
_MARGINS = lx.words(
    "run runs wicket wickets point points goal goals stroke strokes shot shots length lengths try tries"
)


def _is_margin_of_defeat(quantity: Quantity, left: str) -> bool:
    """ "Ireland lost their Test against England by 143 runs": the margin of a result, not a fall;
    "Sterling lost ground after confidence fell by 4 points" is a fall of its own."""
    unit = (quantity.unit or "").split()
    lost = _LOST_BY.search(left) if unit and unit[-1].lower() in _MARGINS else None
    return lost is not None and not any(_verb_direction(word) for word in lost.group("gap").lower().split())


def _received(quantity: Quantity, left: str) -> bool:
    """ "extended the offer to 5,000 workers": people or firms after a verb's object and "to" receive
    it; after the verb itself they are the level ("rose to 5,000 workers")."""
    words = left.lower().split()
    return (
        quantity.unit is not None
        and quantity.unit.split()[-1].lower() in _RECIPIENTS
        and len(words) > 1
        and words[-1] == "to"
        and _verb_direction(words[-2]) is None
    )


def _is_statistic(quantity: Quantity) -> bool:
    """ "Schröder added 21 points": a player's tally in a game, which adds to nothing."""
    return quantity.kind == "count" and quantity.unit is not None and quantity.unit.split()[-1].lower() in _STATISTICS


def _counts_events(quantity: Quantity) -> bool:
    """ "sold 173,000 tickets over three shows": a count of occasions after "over" and another
    figure spans that figure; "played over 300 games" is "more than"."""
    return quantity.kind == "count" and quantity.unit is not None and quantity.unit.split()[-1].lower() in _EVENTS


def _bound_before_article(left: str, quantity: Quantity) -> re.Match[str] | None:
    """ "more than a 90% share", "at least a 15 rating", "about a 21% stake": a bound or a hedge
    before the article of the noun the figure modifies still bounds the figure.  Words that are
    also prepositions or particles do not: "over a 10-year period", "sign up to a $1.1bn rescue";
    nor does a verb of mean ("averaged a 2.8 rating" is the mean itself); and "about" or
    "around" only before a percentage ("a film about an 18-year-old girl", "a report about a $5
    million heist")."""
    trimmed = left[: left.rstrip().rfind(" ") + 1]
    if not _may_end_in_bound(trimmed):
        return None
    bound = _BOUND.search(trimmed, _last_words_start(trimmed, _BOUND_WORDS))
    if bound is None:
        return None
    words = " ".join(bound.group().lower().split())
    if words in _PREPOSITION_BOUNDS or words in _HEDGE_PREPOSITIONS and quantity.kind != "percent":
        return None
    return bound


def _near_a_place(bound: re.Match[str], quantity: Quantity) -> bool:
    """ "massed near 3 border towns": "near" before things counted places them; before a level
    ("near zero", "a near 50% premium", "near 30-year low") it hedges."""
    return bound.group().split()[0].lower() == "near" and quantity.kind == "count" and quantity.unit is not None


_PREPOSITION_BOUNDS = frozenset(
    {"over", "under", "above", "below", "beyond", "within", "some", "up to", "averaged", "averaging", "averages"}
)
_HEDGE_PREPOSITIONS = frozenset({"about", "around"})


def _may_end_in_bound(left: str) -> bool:
    """Whether `_BOUND` can match; outside ASCII, case folding is the regex's to decide."""
    tail = left.rstrip()[-_BOUND_TAIL:]
    return not tail.isascii() or tail.lower().endswith(_BOUND_LAST_WORDS)


def is_conversion(between: str, *, after_conversion: bool) -> bool:
    """Whether a figure restates the one before it in other units: "more than 100km (60 miles)",
    and each further conversion in the same brackets: "6.5bn euros (dollars 8.6bn; pounds 4.5bn)"."""
    return bool(_CONVERSION_BEFORE.match(between) or after_conversion and _NEXT_CONVERSION_BEFORE.match(between))


def inherited_change(between: str, previous: str, *, conversion: bool) -> str | None:
    """The change a figure takes from the one before it when it restates it: "lost 190 points,
    or 0.6%" (a change, so not a bound) and conversions (`is_conversion`)."""
    if conversion:
        return previous
    if _OR_BEFORE.match(between) and previous in ("up", "down"):
        return previous
    return None


def listed_change(between: str, previous: str) -> str | None:
    """ "up almost 8 percent in Buffalo, 8.6 percent in Knoxville and 11.5 percent in Springfield":
    a percentage listed after a changed one, with only the place or group it belongs to between,
    shares the change."""
    if previous not in ("up", "down") or len(between) > _LIST_GAP or not _LIST_JOIN.search(between):
        return None
    return None if _NOT_IN_LIST.search(between) else previous


def range_opener(left: str) -> str | None:
    """ "between" or "from" before a figure; a "range of" or an opening bracket opens an "and"
    range as "between" does."""
    tail = left[-_RANGE_START_TAIL:].lower()
    if "from" not in tail and "between" not in tail and "range" not in tail and "(" not in tail:
        return None
    found = _RANGE_START_BEFORE.search(left, _last_words_start(left, _RANGE_START_WORDS))
    if found is None:
        return None
    word = (found.group("word") or "between").lower()
    return "between" if word.startswith("range") else word


def quarters_of_a_year(text: str, quantity: Quantity, left: str) -> float | None:
    """How many quarters of a year "N quarters" counts, or None when it is a share or a count.

    "the past three quarters", "four consecutive quarters", "three quarters of contraction",
    "two quarters ahead" are durations.  As a fraction ("three quarters of voters") only a period
    word before or a business cycle after makes it one: "over three quarters of the staff" is a
    share.  A count of quarters after "for", "over" or "in" is a duration too ("grown for six
    quarters"); the coins of "three quarters in change" stay a count."""
    found = _QUARTERS.fullmatch(text, quantity.start, quantity.end)
    if found is None or quantity.kind != "count":
        return None
    timed = found.group("run") or _PERIOD_BEFORE.search(left) or _CYCLE_AFTER.match(text, quantity.end)
    if not timed and (quantity.unit == "fraction" or not _SPAN_BEFORE.search(left)):
        return None
    return parse_number(found.group("number"))
