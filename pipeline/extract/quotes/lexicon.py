"""Word lists that carry the English news conventions the quote rules rely on.

Kept apart from the rules so that widening coverage (a new reporting verb, a new job title) is a
one-line data change, not a logic change.
"""

from __future__ import annotations


def _forms(*stems: str) -> frozenset[str]:
    """Inflections of regular verbs written as `stem/3sg/past/ing` or just the stem."""
    words: set[str] = set()
    for stem in stems:
        words.update(stem.split("/"))
    return frozenset(words)


CUE_VERBS = _forms(
    "say/says/said/saying",
    "tell/tells/told/telling",
    "add/adds/added/adding",
    "warn/warns/warned/warning",
    "argue/argues/argued/arguing",
    "insist/insists/insisted/insisting",
    "claim/claims/claimed/claiming",
    "explain/explains/explained/explaining",
    "state/states/stated/stating",
    "declare/declares/declared/declaring",
    "announce/announces/announced/announcing",
    "note/notes/noted/noting",
    "observe/observes/observed/observing",
    "remark/remarks/remarked",
    "comment/comments/commented/commenting",
    "reply/replies/replied/replying",
    "respond/responds/responded/responding",
    "answer/answers/answered",
    "ask/asks/asked/asking",
    "urge/urges/urged/urging",
    "suggest/suggests/suggested/suggesting",
    "admit/admits/admitted/admitting",
    "concede/concedes/conceded/conceding",
    "acknowledge/acknowledges/acknowledged/acknowledging",
    "confirm/confirms/confirmed/confirming",
    "deny/denies/denied/denying",
    "describe/describes/described/describing",
    "call/calls/called/calling",
    "brand/brands/branded/branding",
    "label/labels/labelled/labeled",
    "accuse/accuses/accused/accusing",
    "criticise/criticises/criticised/criticising",
    "criticize/criticizes/criticized/criticizing",
    "praise/praises/praised/praising",
    "welcome/welcomes/welcomed/welcoming",
    "condemn/condemns/condemned/condemning",
    "predict/predicts/predicted/predicting",
    "forecast/forecasts",
    "believe/believes/believed",
    "think/thinks/thought",
    "write/writes/wrote/writing/written",
    "continue/continues/continued",
    "conclude/concludes/concluded/concluding",
    "stress/stresses/stressed/stressing",
    "emphasise/emphasises/emphasised/emphasising",
    "emphasize/emphasizes/emphasized/emphasizing",
    "maintain/maintains/maintained/maintaining",
    "promise/promises/promised/promising",
    "pledge/pledges/pledged/pledging",
    "vow/vows/vowed/vowing",
    "complain/complains/complained",
    "allege/alleges/alleged/alleging",
    "joke/jokes/joked/joking",
    "recall/recalls/recalled",
    "reveal/reveals/revealed/revealing",
    "express/expresses/expressed/expressing",
    "attack/attacks/attacked/attacking",
    "dismiss/dismisses/dismissed/dismissing",
    "reject/rejects/rejected/rejecting",
    "hail/hails/hailed/hailing",
    "speak/speaks/spoke/speaking",
    "caution/cautions/cautioned",
    "contend/contends/contended",
    "assert/asserts/asserted",
    "boast/boasts/boasted",
    "agree/agrees/agreed",
    "hint/hints/hinted/hinting",
    "reiterate/reiterates/reiterated",
    "mention/mentions/mentioned",
    "quip/quips/quipped",
    "demand/demands/demanded",
    "exclaim/exclaims/exclaimed",
    "retort/retorts/retorted",
    "counter/counters/countered",
    "plead/pleads/pleaded",
    "lament/laments/lamented",
    "blast/blasts/blasted",
    "slam/slams/slammed",
    "tweet/tweets/tweeted",
    "post/posts/posted",
    "quote/quotes/quoted",
    "accept/accepts/accepted",
    "indicate/indicates/indicated",
    "testify/testifies/testified",
    "advise/advises/advised",
    "acclaim/acclaims/acclaimed",
    "recommend/recommends/recommended",
    "fear/fears/feared",
    "question/questions/questioned",
    "wonder/wonders/wondered",
    "feel/feels/felt",
    "hope/hopes/hoped",
    "expect/expects/expected",
    "point/points/pointed",
    "put/puts",
    "report/reports/reported",
    "concur/concurs/concurred",
    "dub/dubs/dubbed/dubbing",
    "term/terms/termed/terming",
)
"""Verbs that introduce reported speech in news prose."""

INVERTING_CUES = frozenset(
    "say says said add adds added explain explains explained insist insists insisted claim claims "
    "claimed argue argues argued think thinks thought believe believes believed note notes noted "
    "warn warns warned admit admits admitted write writes wrote recall recalls recalled reckon "
    "reckons reckoned suggest suggests suggested observe observes observed conclude concludes "
    "concluded predict predicts predicted report reports reported".split()
)
"""Verbs news puts before their subject after a comma (`..., says Mr Dean.`, `thinks Mr Dean,`);
verbs with an object after them ("told the BBC") never invert."""

ADJACENT_ONLY_CUES = frozenset("continue continues continued".split())
"""Verbs that report speech only right next to a quotation (`," he continued.`); elsewhere they
are ordinary verbs ("said the company would continue to make")."""

NOUN_LIKE_CUES = frozenset(
    "report reports point points put puts post posts state states note notes comment comments "
    "question questions counter counters quote quotes fear fears hope hopes call calls claim claims "
    "remark remarks answer answers forecast forecasts demand demands promise promises pledge "
    "pledges welcome welcomes attack attacks vow vows blast blasts stress tweet tweets brand brands "
    "label labels reply replies comment quip quips plea feel feels expect expects think thinks "
    "believe believes hail hails speaking writing dub dubs term terms".split()
)
"""Cue forms that are more often nouns or opinions than reporting verbs; only the unambiguous
forms of these verbs introduce speech."""

AUXILIARIES = frozenset(
    "has have had also then later would will could may might is was were are be been being "
    "not never had already once further again previously earlier recently repeatedly today "
    "yesterday tonight publicly privately initially subsequently reportedly famously did does "
    "do just simply even still went go goes gone on to as was quoted meanwhile however though too "
    "instead now himself herself itself themselves separately".split()
)
"""Words that may stand between a subject and its reporting verb ("he has also said", "Ed Davey
meanwhile said", "Mr Lee, however, said")."""

RAISING_VERBS = frozenset("alleged reported understood said thought believed known claimed rumoured heard seen".split())
"""Participles of "X is alleged to have said": after a form of "be" and before "to" they leave X
the subject of the reporting verb that follows."""

TIME_NOUNS = frozenset(
    "week weekend month year morning afternoon evening night summer spring autumn winter season "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)
TIME_OPENERS = frozenset("this last next that earlier later on in at the every each".split())
"""A time phrase between a subject and its verb ("who this week criticised", "Mr Blair on Monday
said") is read from these words: openers, then the time noun that ends it."""

PRONOUNS = {"he": "person", "she": "person", "it": "organisation", "they": "group", "we": "group"}

ARTICLES = frozenset("a an the its his her their our one another this that".split())

FUNCTION_WORDS = frozenset(
    "a an the and but or nor so yet for of to in on at by with from as if that which who whom whose "
    "when where while because although though after before since until than however meanwhile "
    "also then there here this these those it its he she they we i you his her their our my your "
    "what why how not no yes asked speaking writing referring responding commenting much many "
    "most some all each both few several none any every".split()
)
"""Words that never belong to a name or to the modifiers of a speaker description."""

PREPOSITIONS = frozenset("for of at from within with in on".split())

NAME_PARTICLES = frozenset("of de del della di da du van von der den la le al bin ibn and &".split())
"""Lower-case words allowed inside a capitalised name ("Bank of England", "Ludwig van Beethoven")."""

NAME_SUFFIXES = frozenset("QC KC MP MEP MSP AM Jr Jnr Sr Snr OBE MBE CBE PhD".split())

NAME_LABELS = frozenset("Lib Dem Tory Labour Green Earlier Later Meanwhile Now Then Veteran Fellow".split())
"""Capitalised words news writes before a name as a label ("Lib Dem Norman Baker", "Veteran Tony
Bullock"); nationalities, days and acronyms ("DJ Mike Read") are labels there too."""

SENTENCE_ADVERBS = frozenset("Now Then Earlier Later Meanwhile Today Yesterday Still Instead".split())
"""Capitalised adverbs opening a sentence right before its subject ("Now Wilson believes"): never
part of the name."""

HONORIFICS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Baroness Baron Prof Prof. Professor".split()
)
"""Titles dropped once a first name is known ("Sir Howard Newby" -> "Howard Newby")."""

TITLES = HONORIFICS | frozenset(
    "President Vice Prime Minister Chancellor Secretary Senator Sen Governor Gov Mayor Judge "
    "Justice General Gen Colonel Col Major Maj Captain Capt Admiral Commander Lieutenant Lt "
    "Sergeant Sgt Inspector Insp Constable PC Detective Det Superintendent Supt Chief Acting "
    "Deputy Assistant Commissioner Chairman Chairwoman Chair Director Producer Coach Manager "
    "Ayatollah Sheikh King Queen Prince Princess Pope Archbishop Bishop Cardinal Reverend Rev "
    "Father Rabbi Imam Ambassador Chief Executive Speaker Leader Premier Emir Earl Duke "
    "Former Shadow Senior Junior Officer Agent Private Executive Minister".split()
)
"""Capitalised words that precede a name without being part of it ("Chancellor Gordon Brown")."""

PERSON_ROLES = frozenset(
    "president minister chancellor secretary leader chairman chairwoman chair chief executive "
    "boss head director manager coach captain commissioner superintendent inspector officer "
    "detective professor governor mayor senator premier king queen prince ayatollah general "
    "commander ambassador envoy lawyer solicitor barrister attorney judge prosecutor mp "
    "economist analyst strategist researcher scientist expert doctor actor actress star singer "
    "producer writer author novelist comedian musician rapper player striker midfielder defender "
    "goalkeeper winger champion founder owner editor presenter host diplomat chairperson "
    "treasurer supremo frontman guitarist drummer designer architect artist campaigner "
    "activist consultant spokesman spokeswoman spokesperson official aide adviser advisor "
    "insider source representative negotiator partner trader dealer candidate cleric "
    "secretary-general vice-president deputy fan critic observer colleague lecturer teacher "
    "inventor developer engineer creator filmmaker film-maker organiser organizer veteran "
    "opponent rival colleague daughter son wife husband mother father brother sister widow "
    "widower friend girlfriend boyfriend fiancee uncle aunt nephew niece grandson granddaughter "
    "victim witness resident worker employee member spokesmen dj keeper referee umpire "
    "broadcaster journalist correspondent columnist songwriter composer pianist "
    "photographer historian poet playwright teenager youngster magistrate sheriff coroner "
    "councillor goalscorer skipper hooker fly-half scrum-half full-back flanker prop wing "
    "batsman bowler jockey golfer boxer sprinter athlete cyclist farmer chef pundit".split()
)
"""Head nouns of descriptions that stand for one person or a group of people."""

UNNAMED_ROLES = frozenset(
    "spokesman spokeswoman spokesperson official aide adviser advisor insider source "
    "representative diplomat observer critic fan".split()
)
"""Roles news uses for sources it does not name: "the spokesman" points back to "a spokesman for
X", never to an unrelated named person."""

KIN_ROLES = frozenset(
    "daughter son wife husband mother father brother sister widow widower friend girlfriend "
    "boyfriend fiancee fiance uncle aunt nephew niece grandson granddaughter partner".split()
)
"""Relations: "her husband" is somebody other than the latest "she", so without a named holder
it stays a description."""

REPORTER_ROLES = frozenset("correspondent journalist columnist".split())
"""The outlet's own staff: "our correspondent" is whoever the article names with that role, else
the description itself, never the latest speaker."""

COLLECTIVE_HEADS = frozenset(
    "newsletter report statement handbook guidance document letter study survey website "
    "newspaper paper magazine memo manifesto leaflet company firm group party government ministry "
    "department council union agency organisation organization association committee commission "
    "court police team club board bank watchdog regulator charity federation institute website "
    "opposition administration army military tories democrats republicans sources officials "
    "experts analysts critics campaigners residents fans economists observers ministers "
    "researchers scientists doctors officials".split()
)
"""Heads of descriptions that are not one person but still speak in news ("the newsletter says")."""

WORK_NOUNS = frozenset(
    "film films movie movies book books novel novels song songs single singles album albums show "
    "shows series sitcom drama dramas programme programmes program programs play plays musical "
    "musicals opera game games title titles track tracks hit hits comedy documentary magazine "
    "newspaper column campaign slogan record video poem painting exhibition festival brand band "
    "character role tour ep ballad anthem hymn sketch episode blockbuster thriller epic sequel "
    "remake biopic franchise release website site software operation project scheme initiative "
    "award category word words phrase term logo motto headline sign message banner "
    "hashtag label blog podcast".split()
)
"""Nouns after which a quoted phrase is a name of a work or thing, not somebody's words."""

NAMING_WORDS = frozenset("dubbed nicknamed entitled titled so-called christened billed named called known".split())
"""Words that put a name, not a statement, in quotation marks."""

CHARACTERISING_VERBS = _forms(
    "call/calls/called/calling",
    "brand/brands/branded/branding",
    "label/labels/labelled/labeled",
    "dub/dubs/dubbed/dubbing",
    "term/terms/termed/terming",
    "describe/describes/described/describing",
    "dismiss/dismisses/dismissed/dismissing",
    "hail/hails/hailed/hailing",
    "deem/deems/deemed",
)
"""Verbs that characterise an object in someone's words ("called the term "outrageous"",
"dismissed the plan as "desperate""): a lower-case quote after their object is a judgement, not
a name, even after a noun like "term" or "song"."""

SMALL_WORDS = frozenset("a an the of and or in on to for at by with from vs v de la".split())

ORGANISATION_WORDS = frozenset(
    "Party Office Council Union Commission Bank Ltd Plc plc Inc Group Association Ministry "
    "Department Agency Service Committee Court Police University Foundation Institute Corporation "
    "Company Street Parliament Government News Federation Club League FC United Trust Board "
    "Authority Organisation Organization Society Times Post Journal Securities Capital Fund "
    "Programme Airways Airlines Motors Bureau Centre Center Network Theatre Museum Gallery "
    "Hospital School College Stadium Airport Station Cup Awards Festival Church Channel Radio TV "
    "Television Magazine Records Studios Pictures Entertainment Media Holdings Systems "
    "Technologies Software Labs Games Prize Trophy Championship Championships Open Square "
    "House Hall Road Park Bridge City Street Council's Office's Party's Labour Conservative "
    "Conservatives Tory Tories Democrats Democrat Dems Republicans Republican Liberal Greens "
    "Energy Oil Petroleum Telecom Telecommunications Communications Electronics Pharmaceuticals "
    "Insurance Financial Investments Partners Brands Foods Stores Industries Resources Mining "
    "Steel Motor Electric Power Airline Express Mobile Fellowship Chamber Alliance Coalition "
    "Confederation Congress Forum Assembly Institution Academy Lenders Republic Kingdom States "
    "Emirates Islands Industry Army Navy Force Guard Exchange".split()
)
"""Capitalised words that make a name an organisation, a place or an event, not a person."""

DOCUMENT_HEADS = frozenset(
    "newsletter report statement handbook guidance document letter study survey website newspaper "
    "paper magazine memo manifesto leaflet".split()
)
"""Heads of descriptions that carry somebody else's words ("The letter, from the Home Office,
says"): the source set off after them is the speaker."""

FEMALE_WORDS = frozenset(
    "Mrs Mrs. Ms Ms. Miss Dame Lady Baroness spokeswoman actress chairwoman businesswoman "
    "sportswoman congresswoman policewoman wife mother daughter sister widow girlfriend fiancee "
    "aunt niece granddaughter grandmother queen princess waitress heroine".split()
)
MALE_WORDS = frozenset(
    "Mr Mr. Sir Lord spokesman businessman sportsman congressman policeman husband father son "
    "brother widower boyfriend fiance uncle nephew grandson grandfather king prince".split()
)
"""Titles and role words that tell a person's sex, so "she said" skips a "Mr" and "he said" a
"spokeswoman". Capitalised "King" or "Prince" are left out: they are surnames too."""

COMPANY_HEADS = frozenset("company firm group bank carmaker maker retailer airline operator chain giant club".split())
"""Heads of definite descriptions ("the firm said") that stand for the organisation the story is
about rather than for an unnamed source."""

NOT_ORGANISATIONS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Christmas Easter UK US USA EU Britain "
    "British England English Scotland Scottish Wales Welsh Ireland Irish Europe European America "
    "American China Chinese Japan Japanese India Indian Germany German France French Russia "
    "Russian Italy Italian Spain Spanish Australia Australian Canada Canadian Africa African Asia "
    "Asian London Washington Paris Brussels Tokyo Beijing Internet I".split()
)
"""Capitalised single words that are places, nationalities or dates, never the company meant by
"the firm"."""
