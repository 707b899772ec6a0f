"""The figures grammar on news sentences written for these tests, one table per construction,
plus the seed article and a floor on the NewsQuant dev set so a rule change cannot quietly
trade recall for precision."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract.figures import EXTRACTOR, context, extract_figures, gate, scan
from pipeline.ingest import document_from_text
from pipeline.models import Figure
from pipeline.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_5bcc1224fe1c96f2.txt"
NEWSQUANT_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "newsquant" / "dev.jsonl"

Expected = tuple[str, float, str | None, str, str, float | None]
"""(text, value, unit, kind, change, value_high)"""


def figures_in(text: str) -> list[Figure]:
    return extract_figures(segment(document_from_text(text, "test")))


def summary(figure: Figure) -> Expected:
    return (figure.text, figure.value, figure.unit, figure.kind, figure.change, figure.value_high)  # type: ignore[return-value]


def check(sentence: str, expected: list[Expected]) -> None:
    found = figures_in(sentence)
    assert [summary(f) for f in found] == [
        (text, pytest.approx(value), unit, kind, change, None if high is None else pytest.approx(high))
        for text, value, unit, kind, change, high in expected
    ]
    for figure in found:
        assert sentence[figure.start_char : figure.end_char] == figure.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The blast caused 109 traumatic brain injuries among the crew.",
            [("109 traumatic brain injuries", 109, "traumatic brain injuries", "count", "=", None)],
        ),
        ("About 2,500 troops will stay.", [("2,500 troops", 2500, "troops", "count", "~", None)]),
        (
            "Police arrested 1.5 million people, officials said.",
            [("1.5 million people", 1_500_000, "people", "count", "=", None)],
        ),
        (
            "Tens of thousands of protesters marched in Minsk.",
            [("Tens of thousands of protesters", 10_000, "protesters", "count", "=", 100_000)],
        ),
        ("Missiles hit a pair of US bases overnight.", [("a pair of US bases", 2, "US bases", "count", "=", None)]),
        (
            "Twenty-five firefighters and two of the council's inspectors attended.",
            [
                ("Twenty-five firefighters", 25, "firefighters", "count", "=", None),
                ("two of the council's inspectors", 2, "council's inspectors", "count", "=", None),
            ],
        ),
        ("She has one daughter.", [("one daughter", 1, "daughter", "count", "=", None)]),
        ("The index closed at 6,327.80.", [("6,327.80", 6327.8, None, "count", "=", None)]),
        (
            "It was one thoroughly miserable afternoon.",
            [("one thoroughly miserable afternoon", 1, "miserable afternoon", "count", "=", None)],
        ),
        (
            "The 12 member committee met on Monday.",
            [("12 member committee", 12, "member committee", "count", "=", None)],
        ),
        ("We ate a three course meal, then left.", [("three course meal", 3, "course meal", "count", "=", None)]),
        ("Reyes (0.5 WAR) pitched well.", [("0.5 WAR", 0.5, "WAR", "count", "=", None)]),
        (
            "The lab runs three thousand tests per day.",
            [("three thousand tests per day", 3000, "tests per day", "count", "=", None)],
        ),
        ("Burglaries averaged 20 per week.", [("20 per week", 20, "per week", "count", "~", None)]),
        ("Half the flats were sold.", [("Half the flats", 0.5, "fraction of flats", "count", "=", None)]),
        (
            "A third of the workforce is on leave.",
            [("A third of the workforce", 1 / 3, "fraction of workforce", "count", "=", None)],
        ),
    ],
)
def test_counts_carry_their_noun_phrase(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal is worth $3.2bn.", [("$3.2bn", 3.2e9, "USD", "money", "=", None)]),
        ("Tickets cost £1,400 each.", [("£1,400", 1400, "GBP", "money", "=", None)]),
        ("The fine was pounds 1,400.", [("pounds 1,400", 1400, "GBP", "money", "=", None)]),
        ("Profits reached dollars 4.9m.", [("dollars 4.9m", 4.9e6, "USD", "money", "=", None)]),
        ("Brussels offered €5m in aid.", [("€5m", 5e6, "EUR", "money", "=", None)]),
        ("A meal costs US$20 there.", [("US$20", 20, "USD", "money", "=", None)]),
        ("The club paid 5 million euros for him.", [("5 million euros", 5e6, "EUR", "money", "=", None)]),
        ("The state set aside Rs 200 crore.", [("Rs 200 crore", 2e9, "INR", "money", "=", None)]),
        ("Shares closed at 118.5p.", [("118.5p", 118.5, "GBX", "money", "=", None)]),
        ("The IPO was priced at $62 per share.", [("$62 per share", 62, "USD per share", "money", "=", None)]),
        ("Rent is $3,500 a month.", [("$3,500 a month", 3500, "USD per month", "money", "=", None)]),
        (
            "Revenue rose to $7.36bn from $6.78bn a year earlier.",
            [("$7.36bn", 7.36e9, "USD", "money", "up", None), ("$6.78bn", 6.78e9, "USD", "money", "=", None)],
        ),
        ("Employers spent billions of pounds on pensions.", [("billions of pounds", 1e9, "GBP", "money", "=", 1e10)]),
        ("The bonus was worth up to PS2.7m.", [("PS2.7m", 2.7e6, "GBP", "money", "<", None)]),
        ("Fares came to PS21,700 in total.", [("PS21,700", 21_700, "GBP", "money", "=", None)]),
        (
            "Sony lost 2% to Y=5,182.",
            [("2%", 2, "%", "percent", "down", None), ("Y=5,182", 5182, "JPY", "money", "=", None)],
        ),
        ("Gas traded at $2.24 per mmBTU.", [("$2.24 per mmBTU", 2.24, "USD per mmBTU", "money", "=", None)]),
        (
            "Each pupil gets pounds 140 per household.",
            [("pounds 140 per household", 140, "GBP per household", "money", "=", None)],
        ),
        (
            "The pounds 100,000-a-year post is vacant.",
            [("pounds 100,000-a-year", 100_000, "GBP per year", "money", "=", None)],
        ),
        ("It cost pounds 9,000 per successful applicant.", [("pounds 9,000", 9000, "GBP", "money", "=", None)]),
    ],
)
def test_money_has_an_iso_currency(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turnout was 40%.", [("40%", 40, "%", "percent", "=", None)]),
        ("Inflation hit 4.5 per cent.", [("4.5 per cent", 4.5, "%", "percent", "=", None)]),
        (
            "Rates went two percentage points higher.",
            [("two percentage points", 2, "percentage point", "percent", "=", None)],
        ),
        ("The bank added 25 basis points.", [("25 basis points", 25, "basis point", "percent", "up", None)]),
    ],
)
def test_percentages_and_points(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The convoy drove 300 kilometres.", [("300 kilometres", 300, "km", "measure", "=", None)]),
        ("Winds reached 74 mph.", [("74 mph", 74, "mph", "measure", "=", None)]),
        ("The plane carried 12 tonnes of aid.", [("12 tonnes", 12, "tonne", "measure", "=", None)]),
        ("It was 38°C in Athens.", [("38°C", 38, "°C", "measure", "=", None)]),
        ("The field produced 1 million barrels.", [("1 million barrels", 1e6, "barrel", "measure", "=", None)]),
        ("The plant will generate 550 megawatts.", [("550 megawatts", 550, "MW", "measure", "=", None)]),
        ("It has a 6.1-inch screen.", [("6.1-inch", 6.1, "inch", "measure", "=", None)]),
        ("He won the 100m sprint.", [("100m", 100, "m", "measure", "=", None)]),
        (
            "Holmes will run the 800m and 1500m in Madrid.",
            [("800m", 800, "m", "measure", "=", None), ("1500m", 1500, "m", "measure", "=", None)],
        ),
        ("She won the women's 3,000m, her first race.", [("3,000m", 3000, "m", "measure", "=", None)]),
        ("The lifts climb at 17m/s.", [("17m/s", 17, "m per s", "measure", "=", None)]),
        ("The club lost 800m last year.", [("800m", 8e8, None, "count", "down", None)]),
        ("The charity holds 100m euros.", [("100m euros", 1e8, "EUR", "money", "=", None)]),
        ("The tablet ships with a 25 W charger.", [("25 W", 25, "W", "measure", "=", None)]),
        ("Athens will see 38 C on Friday.", [("38 C", 38, "°C", "measure", "=", None)]),
        ("The current peaked at 1.3 A/cm2.", [("1.3 A/cm2", 1.3, "A per cm²", "measure", "=", None)]),
        ("The field reached 10 kV/cm.", [("10 kV/cm", 10, "kV per cm", "measure", "=", None)]),
        ("The new unit gives 300 PS.", [("300 PS", 300, "PS", "measure", "=", None)]),
        (
            "It is a 52,000 barrel-a-day refinery.",
            [("52,000 barrel-a-day", 52_000, "barrel per day", "measure", "=", None)],
        ),
        (
            "The sun weighs about 1.99×10−30 kilograms.",
            [("1.99×10−30 kilograms", 1.99e-30, "kg", "measure", "~", None)],
        ),
        (
            "A mole holds 6.02 x 10^23 molecules.",
            [("6.02 x 10^23 molecules", 6.02e23, "molecules", "count", "=", None)],
        ),
    ],
)
def test_measures_use_a_singular_unit(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The trial lasted six months.", [("six months", 6, "month", "duration", "=", None)]),
        ("He served one year in prison.", [("one year", 1, "year", "duration", "=", None)]),
        ("The match was stopped after 90 minutes.", [("90 minutes", 90, "minute", "duration", "=", None)]),
        ("She signed a five-year contract.", [("five-year", 5, "year", "duration", "=", None)]),
        ("A man aged 34 was arrested.", [("34", 34, "year", "age", "=", None)]),
        ("A 34-year-old was arrested.", [("34-year-old", 34, "year", "age", "=", None)]),
        ("John Smith, 44, denies the charge.", [("44", 44, "year", "age", "=", None)]),
        ("Her 18-month-old son was unhurt.", [("18-month-old", 18, "month", "age", "=", None)]),
        (
            "Junior doctors work 40 to 50 hours a week.",
            [("40 to 50 hours a week", 40, "hour per week", "measure", "=", 50)],
        ),
    ],
)
def test_durations_and_ages(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Between 10 and 20 people were hurt.", [("10 and 20 people", 10, "people", "count", "=", 20)]),
        ("Some 10-20 people were hurt.", [("10-20 people", 10, "people", "count", "~", 20)]),
        ("Houses cost from $750,000 to $1 million.", [("$750,000 to $1 million", 750_000, "USD", "money", "=", 1e6)]),
        ("They want $10 to $15 billion.", [("$10 to $15 billion", 1e10, "USD", "money", "=", 1.5e10)]),
        ("Speeds of 15 to 22 miles per hour.", [("15 to 22 miles per hour", 15, "mph", "measure", "=", 22)]),
        ("Prices will rise between 5% and 6%.", [("5% and 6%", 5, "%", "percent", "=", 6)]),
        (
            "Analysts expect sales to grow from 8.1 to 9-10 billion euros.",
            [("8.1 to 9-10 billion euros", 8.1e9, "EUR", "money", "=", 1e10)],
        ),
        (
            "It posts a 0-to-60 mph time of 3.1 seconds.",
            [("0-to-60 mph", 0, "mph", "measure", "=", 60), ("3.1 seconds", 3.1, "second", "duration", "=", None)],
        ),
        (
            "Flats range from 450 sq ft up to 900 sq ft.",
            [("450 sq ft up to 900 sq ft", 450, "sq ft", "measure", "=", 900)],
        ),
        (
            "The bones are 200,000 to-260,000 years old.",
            [("200,000 to-260,000 years old", 200_000, "year", "age", "=", 260_000)],
        ),
    ],
)
def test_ranges_store_low_and_high(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nearly 300 homes flooded.", [("300 homes", 300, "homes", "count", "~", None)]),
        ("More than 1,000 customers signed up.", [("1,000 customers", 1000, "customers", "count", ">", None)]),
        ("At least 23,000 people died.", [("23,000 people", 23000, "people", "count", ">", None)]),
        ("It will hire up to 400 people.", [("400 people", 400, "people", "count", "<", None)]),
        ("Fewer than 50 seats remain.", [("50 seats", 50, "seats", "count", "<", None)]),
        ("Shares rose 5% on Monday.", [("5%", 5, "%", "percent", "up", None)]),
        ("The deficit fell by $2bn.", [("$2bn", 2e9, "USD", "money", "down", None)]),
        ("Crude was up 19 cents.", [("19 cents", 19, "cent", "money", "up", None)]),
        (
            "The Dow lost 190 points, or 0.6%.",
            [("190 points", 190, "points", "count", "down", None), ("0.6%", 0.6, "%", "percent", "down", None)],
        ),
        ("The firm hopes to grow sales by 35% this year.", [("35%", 35, "%", "percent", "up", None)]),
        ("The defence gave up 517 yards.", [("517 yards", 517, "yard", "measure", "=", None)]),
        (
            "Moths can fly more than 100km (60 miles).",
            [("100km", 100, "km", "measure", ">", None), ("60 miles", 60, "mile", "measure", ">", None)],
        ),
        ("Chipmakers target sub-7 nanometre chips.", [("sub-7 nanometre", 7, "nm", "measure", "<", None)]),
        ("Unemployment fell to 4.1% in March.", [("4.1%", 4.1, "%", "percent", "down", None)]),
        ("Winter nights can dip down to minus 40C.", [("minus 40C", -40, "°C", "measure", "down", None)]),
        (
            "Shares rose 9% to 84p.",
            [("9%", 9, "%", "percent", "up", None), ("84p", 84, "GBX", "money", "=", None)],
        ),
        ("Rents rose about 1.5% in May.", [("1.5%", 1.5, "%", "percent", "up", None)]),
        ("Exports grew more than sixfold.", [("sixfold", 6, "times", "count", ">", None)]),
        ("Analysts saw a 5-fold increase.", [("5-fold", 5, "times", "count", "=", None)]),
        ("The dispute came down to two votes.", [("two votes", 2, "votes", "count", "=", None)]),
    ],
)
def test_changes_and_bounds(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A vague plural's range carries its vagueness; change is "=" unless a hedge is written,
        # as NewsQuant annotates.
        ("Dozens of people were killed.", [("Dozens of people", 12, "people", "count", "=", 120)]),
        (
            "The plume extends hundreds of miles into space.",
            [("hundreds of miles", 100, "mile", "measure", "=", 1000)],
        ),
        ("Some hundreds of people were hurt.", [("hundreds of people", 100, "people", "count", "~", 1000)]),
        (
            "Police said more than tens of thousands of people marched.",
            [("tens of thousands of people", 10_000, "people", "count", ">", 100_000)],
        ),
        # A change named by a noun is no change of the figure; a verb's still is.
        ("The major gain of 2.13% came in August.", [("2.13%", 2.13, "%", "percent", "=", None)]),
        ("It compares with an increase of 60,600 jobs.", [("60,600 jobs", 60600, "jobs", "count", "=", None)]),
        (
            "Exports grew by 5%, a gain of about 2 points.",
            [("5%", 5, "%", "percent", "up", None), ("2 points", 2, "points", "count", "~", None)],
        ),
        (
            "An increase of 5% to 10% is expected.",
            [("5%", 5, "%", "percent", "=", None), ("10%", 10, "%", "percent", "=", None)],
        ),
        # "just", "only", "exactly" state the figure as it is.
        ("China's economy grew by just 3% last year.", [("3%", 3, "%", "percent", "=", None)]),
        ("Sales rose only 0.3% in May.", [("0.3%", 0.3, "%", "percent", "=", None)]),
        ("The top speed drops to just 87 mph.", [("87 mph", 87, "mph", "measure", "=", None)]),
        ("Output was cut by exactly 10%.", [("10%", 10, "%", "percent", "=", None)]),
        ("Sales rose by a further 5%.", [("5%", 5, "%", "percent", "up", None)]),
        # After an article the figure modifies the verb's object.
        ("Boeing lost a $23bn contract.", [("$23bn", 23e9, "USD", "money", "=", None)]),
        ("Hosmer added a 30 degree homer.", [("30 degree", 30, "degree", "measure", "=", None)]),
        ("Hextar added 15 sen.", [("15 sen", 15, "sen", "money", "up", None)]),
        # A player's tally is no change, as the blind sets mark it; an index's points are one.
        ("Hosmer added 30 points.", [("30 points", 30, "points", "count", "=", None)]),
        ("The FTSE index added 30 points.", [("30 points", 30, "points", "count", "up", None)]),
        # A mean given by a verb is approximate; "an average of" names the statistic.
        ("He has averaged 7.3 points this season.", [("7.3 points", 7.3, "points", "count", "~", None)]),
        ("Growth averages 2% a year.", [("2% a year", 2, "% per year", "percent", "~", None)]),
        ("Patients stay an average of 70 days.", [("70 days", 70, "day", "duration", "=", None)]),
    ],
)
def test_changes_follow_newsquant_conventions(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Soleimani was one of Iran's most respected generals.",
        "Rouhani said one of the consequences was clear.",
        "No one knows, and this one is different.",
        "The Section 427 notice covers Row 21 of the stand.",
        "Windows 10 and Boeing 747 owners were warned.",
        "The G7 met as F-16 jets flew over COVID-19 wards.",
        "Ring 020 7946 0958 for details.",
        "The First Minister spoke on 15 January 2021.",
        "It happened on Feb. 18, 2014 at 3pm.",
        "Growth was weak in 2019 and in late 2020.",
        "The meeting starts at 9:35 and ends at 10.45pm.",
        "See the note [3] below.",
        "Apple's new iPhone 11 was shown.",
        "The 22nd amendment and 5G networks were discussed.",
        "Publishers keep half.",
        "New Zealand (1), Scotland (8) and England (2) are seeded.",
        "Robinson will miss the rest of the Six Nations.",
        "Sony's PS2 outsold the Xbox in 2004.",
        "The abbey was built between AD 1100 and 1180.",
        "Growth slowed in the second half of the year.",
        "They sit in the bottom half of the table.",
        "The film got a 12A rating and the 29A virus group was named.",
        "In 2003, C-Murder was jailed.",
    ],
)
def test_non_figures_are_left_alone(sentence: str) -> None:
    assert figures_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The group plans up to eight Las Vegas style resorts in Macau.",
            [("eight Las Vegas style resorts", 8, "Las Vegas style resorts", "count", "<", None)],
        ),
        (
            "Three Premiership clubs and two BBC journalists were named.",
            [
                ("Three Premiership clubs", 3, "Premiership clubs", "count", "=", None),
                ("two BBC journalists", 2, "BBC journalists", "count", "=", None),
            ],
        ),
        (
            "Five New York hospitals closed as ministers from 12 EU countries met.",
            [
                ("Five New York hospitals", 5, "New York hospitals", "count", "=", None),
                ("12 EU countries", 12, "EU countries", "count", "=", None),
            ],
        ),
        (
            "The trust runs five NHS hospitals and two Texas oil refineries.",
            [
                ("five NHS hospitals", 5, "NHS hospitals", "count", "=", None),
                ("two Texas oil refineries", 2, "Texas oil refineries", "count", "=", None),
            ],
        ),
        (
            "Some 10,000 Hearts fans travelled west.",
            [("10,000 Hearts fans", 10_000, "Hearts fans", "count", "~", None)],
        ),
        (
            "Five Americans died and two Britons held at the camp were freed.",
            [("Five Americans", 5, "Americans", "count", "=", None), ("two Britons", 2, "Britons", "count", "=", None)],
        ),
        (
            "Three Los Angeles Lakers were fined.",
            [("Three Los Angeles Lakers", 3, "Los Angeles Lakers", "count", "=", None)],
        ),
        ("The final count was five. The Wales players left.", [("five", 5, None, "count", "=", None)]),
        ("Turnout was 300 Mrs Jones said.", [("300", 300, None, "count", "=", None)]),
    ],
)
def test_capitalised_modifiers_stay_in_the_noun_phrase(sentence: str, expected: list[Expected]) -> None:
    """A capitalised word that looks plural ("Las", "Texas", "NHS") is the noun only when no
    plural common noun follows it; a sentence break or a title ends the phrase."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sales have fallen for three quarters in a row.",
            [("three quarters", 3, "quarter", "duration", "=", None)],
        ),
        (
            "A recession is two consecutive quarters of negative growth.",
            [("two consecutive quarters", 2, "quarter", "duration", "=", None)],
        ),
        ("Output shrank in the preceding three quarters.", [("three quarters", 3, "quarter", "duration", "=", None)]),
        (
            "The recovery followed three quarters of contraction.",
            [("three quarters", 3, "quarter", "duration", "=", None)],
        ),
        (
            "Almost three quarters of all voters backed the plan.",
            [("three quarters of all voters", 0.75, "fraction of voters", "count", "~", None)],
        ),
        ("He found three quarters in his coat pocket.", [("three quarters", 3, "quarters", "count", "=", None)]),
    ],
)
def test_quarters_of_a_year_are_durations(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The app had 5.2 million users, up from 3.8 million a year ago.",
            [
                ("5.2 million users", 5.2e6, "users", "count", "=", None),
                ("3.8 million", 3.8e6, "users", "count", "=", None),
            ],
        ),
        (
            "Police held 120 fans on Saturday compared with 85 last year.",
            [("120 fans", 120, "fans", "count", "=", None), ("85", 85, "fans", "count", "=", None)],
        ),
        (
            "The ward has 42 nurses who trained abroad and 17 who did not.",
            [("42 nurses", 42, "nurses", "count", "=", None), ("17", 17, "nurses", "count", "=", None)],
        ),
        (
            "The index rose to 102.5, from 102.2 in 40 regions.",
            [
                ("102.5", 102.5, None, "count", "up", None),
                ("102.2", 102.2, None, "count", "=", None),
                ("40 regions", 40, "regions", "count", "=", None),
            ],
        ),
    ],
)
def test_an_elided_noun_is_borrowed_from_the_compared_count(sentence: str, expected: list[Expected]) -> None:
    """The offsets stay on the number: the noun is not written there."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The club saw 14 players leave this season, three to injury, two to bans and the remaining nine to transfers.",
            [
                ("14 players", 14, "players", "count", "=", None),
                ("three", 3, "players", "count", "=", None),
                ("two", 2, "players", "count", "=", None),
                ("nine", 9, "players", "count", "=", None),
            ],
        ),
        (
            "The jury heard 12 witnesses rather than the usual six.",
            [("12 witnesses", 12, "witnesses", "count", "=", None), ("six", 6, "witnesses", "count", "=", None)],
        ),
        (
            "She scored four of the Lions' eleven goals.",
            [("four", 4, "goals", "count", "=", None), ("eleven goals", 11, "goals", "count", "=", None)],
        ),
        (
            "Rain fell in five out of seven counties.",
            [("five out of seven counties", 5 / 7, "fraction of counties", "count", "=", None)],
        ),
        (
            "Three more councillors have resigned.",
            [("Three more councillors", 3, "councillors", "count", "=", None)],
        ),
        (
            "Turnover hit 9.1bn yen (dollars 80m), against 7.6bn the year before.",
            [
                ("9.1bn yen", 9.1e9, "JPY", "money", "=", None),
                ("dollars 80m", 8e7, "USD", "money", "=", None),
                ("7.6bn", 7.6e9, "JPY", "money", "=", None),
            ],
        ),
    ],
)
def test_lists_and_parts_borrow_the_noun_of_their_whole(sentence: str, expected: list[Expected]) -> None:
    """A bare number in a list after a counted one, after "the remaining", before "of the X's N
    nouns" or "out of N nouns", or before "more": each counts the noun written once nearby ("N
    more" adds to those before, so its change is "up")."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She moved up from her favoured 800m to the 1500m this winter.",
            [("800m", 800, "m", "measure", "=", None), ("1500m", 1500, "m", "measure", "=", None)],
        ),
        ("He won the indoor 60m titles in Glasgow.", [("60m", 60, "m", "measure", "=", None)]),
        (
            "The relay squad, an 11-strong group, flies out on Monday.",
            [("11-strong group", 11, "group", "count", "=", None)],
        ),
        ("Sales of five-door hatchbacks fell.", [("five-door", 5, "door", "count", "=", None)]),
        ("It will serve a 40-million population.", [("40-million population", 4e7, "population", "count", "=", None)]),
        (
            "The hotel costs dollars 300 (pounds 160) a night.",
            [
                ("dollars 300", 300, "USD per night", "money", "=", None),
                ("pounds 160", 160, "GBP per night", "money", "=", None),
            ],
        ),
        ("The fund holds USdollars 45 million in cash.", [("USdollars 45 million", 4.5e7, "USD", "money", "=", None)]),
        ("Arsenal's 22 shots came to nothing.", [("22 shots", 22, "shots", "count", "=", None)]),
        (
            "The shop sold 3,000 radios, up from 900 two years earlier.",
            [
                ("3,000 radios", 3000, "radios", "count", "=", None),
                ("900", 900, "radios", "count", "=", None),
                ("two years", 2, "year", "duration", "=", None),
            ],
        ),
        ("Spending is limited to 2% of output.", [("2%", 2, "%", "percent", "<", None)]),
        ("The ads helped lift the firm's quarterly web traffic by 9%.", [("9%", 9, "%", "percent", "up", None)]),
    ],
)
def test_news_writing_seen_on_unseen_bbc_text(sentence: str, expected: list[Expected]) -> None:
    """Classes from the blind BBC sample: race distances without a race word right before them,
    hyphened modifiers, a rate after a bracketed conversion, BBC's "USdollars", a possessive
    before a count, a count followed by a time phrase, "limited to", and "lift ... by"."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A bound on a level named before its figure.
        (
            "Jobless claims climbed above the politically sensitive level of three million.",
            [("three million", 3e6, None, "count", ">", None)],
        ),
        ("Inflation stayed below the target level of 2%.", [("2%", 2, "%", "percent", "<", None)]),
        ("Output reached a level of 40 tonnes.", [("40 tonnes", 40, "tonne", "measure", "=", None)]),
        # Every conversion in one pair of brackets restates the amount before them.
        (
            "The state will cut spending by 8bn euros (dollars 10.4bn; pounds 5.6bn) next year.",
            [
                ("8bn euros", 8e9, "EUR", "money", "down", None),
                ("dollars 10.4bn", 1.04e10, "USD", "money", "down", None),
                ("pounds 5.6bn", 5.6e9, "GBP", "money", "down", None),
            ],
        ),
        (
            "Fares rose to pounds 12 (dollars 22), while parking stayed at pounds 5.",
            [
                ("pounds 12", 12, "GBP", "money", "up", None),
                ("dollars 22", 22, "USD", "money", "up", None),
                ("pounds 5", 5, "GBP", "money", "=", None),
            ],
        ),
        # "N more", "N further": an addition to those before, "=" as NewsQuant annotators mark it.
        ("The airline ordered eight more jets.", [("eight more jets", 8, "jets", "count", "=", None)]),
        ("She hopes to run a couple more races.", [("a couple more races", 2, "races", "count", "=", None)]),
        ("The band released two further singles.", [("two further singles", 2, "singles", "count", "=", None)]),
        ("Some 300 extra nurses were hired.", [("300 extra nurses", 300, "nurses", "count", "~", None)]),
        ("Nobody wants one more meeting.", []),
        # "a factor of N" multiplies.
        ("Traffic could grow by a factor of 20.", [("a factor of 20", 20, "times", "count", "up", None)]),
        ("Error rates fell by a factor of four.", [("a factor of four", 4, "times", "count", "down", None)]),
        # "over" before a count of one thing is a preposition, not "more than".
        (
            "Calls travel over one shared fibre link.",
            [("one shared fibre link", 1, "shared fibre link", "count", "=", None)],
        ),
        ("They argued over one clause.", [("one clause", 1, "clause", "count", "=", None)]),
        ("The album sold over one million.", [("one million", 1e6, None, "count", ">", None)]),
        ("It has been over 40 years.", [("over 40 years"[5:], 40, "year", "duration", ">", None)]),
        (
            "Just over one third of the staff left.",
            [("one third of the staff", 1 / 3, "fraction of staff", "count", ">", None)],
        ),
        # A rate of growth keeps its unit of time.
        ("Exports are growing at 7% a year.", [("7% a year", 7, "% per year", "percent", "=", None)]),
        ("Debt rose by 2 per cent per month.", [("2 per cent per month", 2, "% per month", "percent", "up", None)]),
        ("Prices rose 3% a month earlier.", [("3%", 3, "%", "percent", "up", None)]),
    ],
)
def test_changes_from_levels_conversions_additions_and_factors(sentence: str, expected: list[Expected]) -> None:
    """Classes from the second blind BBC sample: "above the level of N", every conversion in one
    pair of brackets, "N more", "a factor of N", the preposition "over one", and "% a year"."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Verbs of change in every form, reaching their figure through "by" across an object.
        ("The bank will reduce its workforce by 1,920.", [("1,920", 1920, None, "count", "down", None)]),
        ("In 2003 the economy expanded by 1.3%.", [("1.3%", 1.3, "%", "percent", "up", None)]),
        ("Malaysia's economy expanded 7.1% in 2004.", [("7.1%", 7.1, "%", "percent", "up", None)]),
        ("It aims to slash $5bn from its costs.", [("$5bn", 5e9, "USD", "money", "down", None)]),
        ("Revisions subtracted 12,000 jobs from payrolls.", [("12,000 jobs", 12000, "jobs", "count", "down", None)]),
        ("The deficit narrowed by 4.9% in December.", [("4.9%", 4.9, "%", "percent", "down", None)]),
        # "raise": a change of a percentage, or of what "by"/"to" reaches; money raised is no change.
        ("Brown would have to raise taxes by pounds 10bn.", [("pounds 10bn", 1e10, "GBP", "money", "up", None)]),
        ("The defence budget was raised 7.8% this year.", [("7.8%", 7.8, "%", "percent", "up", None)]),
        ("The bid will be raised to pounds 1.5bn.", [("pounds 1.5bn", 1.5e9, "GBP", "money", "up", None)]),
        ("The charity match raised pounds 5.9m for victims.", [("pounds 5.9m", 5.9e6, "GBP", "money", "=", None)]),
        ("Air China plans to raise $1bn from the flotation.", [("$1bn", 1e9, "USD", "money", "=", None)]),
        # After "by a", the figure modifies a noun that names the change: NewsQuant's "=".
        ("The gap narrowed, helped by a 7.5% rise in exports.", [("7.5%", 7.5, "%", "percent", "=", None)]),
        ("The gains were led by a 4.3% jump in car sales.", [("4.3%", 4.3, "%", "percent", "=", None)]),
        (
            "Net income was boosted by 400m euros to 2.5bn euros.",
            [("400m euros", 4e8, "EUR", "money", "up", None), ("2.5bn euros", 2.5e9, "EUR", "money", "=", None)],
        ),
    ],
)
def test_change_verbs_in_every_form(sentence: str, expected: list[Expected]) -> None:
    """Classes from a third look at BBC business news: base forms of change verbs ("reduce",
    "expand", "slash"), and "raise", which also means raising money."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A number inside a title or a name.
        ("Fans queued for the film 48 Hour Film Club last night.", []),
        ("He also directed 30 Days Later.", []),
        ("The sequel Robo-Cop 3 opened in June.", []),
        ("Tickets for Half-Life 2 went on sale.", []),
        ("The seeds: 3 Thomas Berg (Sweden), 4 Jan Ek (Norway).", []),
        ("The race took 24 hours.", [("24 hours", 24, "hour", "duration", "=", None)]),
        ("The group owns 12 Riverside hotels.", [("12 Riverside hotels", 12, "Riverside hotels", "count", "=", None)]),
        (
            "They reached the last eight of the Champions Trophy.",
            [("eight of the Champions", 8, "Champions", "count", "=", None)],
        ),
        # A number spelled in lower case after a name counts its noun.
        (
            "Voters handed Mr Brown three election defeats.",
            [("three election defeats", 3, "election defeats", "count", "=", None)],
        ),
        ("Jones beat Smith four times in 2003.", [("four times", 4, "times", "count", "=", None)]),
        ("The British number two lost.", []),
        ("Round three begins today.", []),
        ("Windows 7 sold well.", []),
    ],
)
def test_titles_and_names_around_numbers(sentence: str, expected: list[Expected]) -> None:
    """A capitalised word after a figure's unit that runs on into another capitalised word makes
    it part of a title; a hyphened name before a number names it; a lower-case number word that
    counts a noun is a count even after a name."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "-strong" counts the group after it, over names and hyphened adjectives.
        (
            "A 300-strong Royal Navy boarding party arrived.",
            [("300-strong Royal Navy boarding party", 300, "Royal Navy boarding party", "count", "=", None)],
        ),
        (
            "The bank's seven-strong policy-making board met.",
            [("seven-strong policy-making board", 7, "policy-making board", "count", "=", None)],
        ),
        (
            "The 12-strong dance and drama company toured.",
            [("12-strong dance and drama company", 12, "dance and drama company", "count", "=", None)],
        ),
        (
            "A 200-strong workforce long-term contracts.",
            [("200-strong workforce", 200, "workforce", "count", "=", None)],
        ),
        (
            "They play in the 20-strong Premier League, as before.",
            [("20-strong Premier League", 20, "Premier League", "count", "=", None)],
        ),
        (
            "Their 80-strong lead shrank to nine.",
            [("80-strong lead", 80, "lead", "count", "=", None), ("nine", 9, None, "count", "down", None)],
        ),
        # "and a half" adds a half, before any scale word.
        (
            "The trial lasted four and a half weeks.",
            [("four and a half weeks", 4.5, "week", "duration", "=", None)],
        ),
        (
            "Some one and a half million viewers tuned in.",
            [("one and a half million viewers", 1.5e6, "viewers", "count", "~", None)],
        ),
        ("He ran 6 and a half miles.", [("6 and a half miles", 6.5, "mile", "measure", "=", None)]),
        ("Prices are two and a half times higher.", [("two and a half times", 2.5, "times", "count", "=", None)]),
        # Plurals in "-ae" and Latin plurals end the counted noun.
        ("The probe has six folding antennae.", [("six folding antennae", 6, "folding antennae", "count", "=", None)]),
        ("Two criteria were met.", [("Two criteria", 2, "criteria", "count", "=", None)]),
        # A third word closes a singular phrase when it is a noun.
        (
            "Trains run on one main signal line.",
            [("one main signal line", 1, "main signal line", "count", "=", None)],
        ),
        (
            "One takeover bid failed.",
            [("One takeover bid", 1, "takeover bid", "count", "=", None)],
        ),
        (
            "One rival bid collapsed early.",
            [("One rival bid", 1, "rival bid", "count", "=", None)],
        ),
        # Data sizes and data rates are measures.
        ("Users get 20 megabits a second.", [("20 megabits a second", 20, "Mbps", "measure", "=", None)]),
        ("It offers a ten gigabit link.", [("ten gigabit", 10, "Gbit", "measure", "=", None)]),
        ("The old line ran at 56 kilobits per second.", [("56 kilobits per second", 56, "kbps", "measure", "=", None)]),
        ("Basic service is 256kbps.", [("256kbps", 256, "kbps", "measure", "=", None)]),
        ("A bit of luck helped.", []),
    ],
)
def test_groups_halves_plurals_and_data_units(sentence: str, expected: list[Expected]) -> None:
    """Counts and units from the second blind BBC sample: "-strong" groups, "N and a half",
    Latin plurals, three-word singular compounds, and data sizes and rates."""
    check(sentence, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mare is the 7/2 favourite for the race.",
        "He was backed at 9/4 to win.",
        "Ministers promised zero tolerance of abuse.",
        "It was a one-off payment on a two-way deal.",
    ],
)
def test_odds_and_idioms_are_no_figures(sentence: str) -> None:
    assert figures_in(sentence) == []


def test_a_currency_word_before_digits_belongs_to_the_next_amount() -> None:
    found = figures_in("Labour will spend by 2008 pounds 60bn more.")
    assert [(f.text, f.value, f.unit) for f in found] == [("pounds 60bn", 6e10, "GBP")]


def test_only_body_and_heading_paragraphs_are_read() -> None:
    text = "Troops withdraw\n\nThe army moved 300 troops.\n\n© AP Photo / 40 pictures taken by 3 men"
    assert [f.text for f in figures_in(text)] == ["300 troops"]


def test_seed_article() -> None:
    figures = figures_in(SEED.read_text(encoding="utf-8"))
    by_text = {f.text: f for f in figures}
    assert by_text["109 traumatic brain injuries"].value == 109
    assert by_text["2,500 troops"].value == 2500
    years = [f for f in figures if f.text == "one year"]
    assert len(years) == 3 and all(f.kind == "duration" and f.unit == "year" for f in years)
    seed_text = SEED.read_text(encoding="utf-8")
    assert not any(seed_text[f.start_char :].lower().startswith("one of") for f in figures)
    assert not any(f.value in (8, 15, 2014, 2019, 2021, 18) for f in figures)


def test_extractor_is_registered_with_a_version() -> None:
    assert EXTRACTOR.name == "figures" and EXTRACTOR.version == "1.54.0"


def test_dev_set_stays_above_floors() -> None:
    if not NEWSQUANT_DEV.exists():
        pytest.skip(f"NewsQuant dev set {NEWSQUANT_DEV} is not present on this machine")
    from pipeline.evaluation.figures import evaluate

    scores = evaluate(NEWSQUANT_DEV)
    assert scores["sentences"] == 297 and scores["gold"] == 477
    assert scores["value_f1"] >= 0.94
    assert scores["value_unit_f1"] >= 0.90
    assert scores["value_change_f1"] >= 0.88


def _spellings(form: str) -> list[str]:
    """A form as news may case it, and with the characters outside ASCII that case-fold into it."""
    exotic = form.replace("s", "ſ").replace("k", "\u212a").replace("i", "ı").replace("I", "İ")
    return [form, form.lower(), form.upper(), form.title(), exotic]


GATE_PROBES = [
    f"{before}{spelling}{after}"
    for form in [
        *scan._GATE_CASELESS,
        *scan._GATE_CASED,
        "halfway",
        "ones",
        "tent",
        "USA",
        "a tenth",
        "a  million",
        "a\u00a0pair",
    ]
    for spelling in _spellings(form)
    for before in ("", " ", "(", "x", "-", "\u201c", "\u00e9", "\n")
    for after in ("", " 5", "fold", " of thousands of people", "-quarters of the", ".5m")
] + ["The 1.5m, -3 and −4, .5 and 2/3 of $US5 and US $6, PS2.7m, Y=28,030 and Rs. 40 or sub-$10 minus 3."]


def test_the_gate_opens_wherever_a_quantity_can_start() -> None:
    """The gate only saves time: a paragraph scan finds what the full pattern alone finds."""
    for text in GATE_PROBES:
        for pattern in (scan.QUANTITY, scan.QUANTITY_OR_FOLD):
            for position in range(len(text) + 1):
                expected = pattern.search(text, position)
                found = gate.search(pattern, scan.QUANTITY_GATE, text, position, len(text))
                assert (found and found.span()) == (expected and expected.span()), (text, position)


def test_every_case_fold_into_ascii_is_in_the_gate() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    folds = {chr(code) for code in range(128, 0x110000) if letter.match(chr(code))}
    assert folds == set("".join(gate._FOLDED_TO_ASCII.values()))


def test_bound_prefilter_keeps_every_bound() -> None:
    phrases = f"{context._MORE}|{context._LESS}|{context._APPROX}".replace(r"\s+", " ").replace("\\.", ".")
    for phrase in phrases.split("|"):
        for spelling in _spellings(phrase):
            for left in (spelling, f"rose well {spelling}  ", f"({spelling}\n"):
                assert context._BOUND.search(left) and context._may_end_in_bound(left), left


def test_unit_prefilter_keeps_every_unit() -> None:
    for form in [*scan._WORD_UNITS, *scan._SYMBOL_UNITS]:
        for spelling in _spellings(form):
            for text in (f"5{spelling}", f"5 {spelling} ", f"5-{spelling}", f"5 -{spelling}", f"5\u00a0{spelling}"):
                assert scan._UNIT_START.match(text, 1) or not scan._UNIT.match(text, 1), text


def test_newsquant_ranges_compare_in_the_written_order() -> None:
    """CQE's `values_match` compares a range end by end as written: "from 208 pounds to 193" is
    the gold "208-193", though the figure stores 193 as its low end; ends sharing a scale word
    are ordered by their numerals."""
    from pipeline.evaluation.figures import _gold_value, values_equal, written_value

    (falling,) = figures_in("He dropped from 208 pounds to 193.")
    (rising,) = figures_in("Fares rose from $10 to $15.")
    assert (falling.value, falling.value_high) == (193, 208)
    assert written_value(falling) == (208, 193) and written_value(rising) == (10, 15)
    assert values_equal(_gold_value("208.0-193.0"), written_value(falling), ordered=True)
    assert not values_equal(_gold_value("193.0-208.0"), written_value(falling), ordered=True)
    assert values_equal((193, 208), written_value(falling))
    (shared,) = figures_in("Pluto is between 4.67 and 2.66 billion miles away.")
    (mixed,) = figures_in("Between 500 and 2 million people came.")
    assert written_value(shared) == (4.67e9, 2.66e9) and written_value(mixed) == (500, 2e6)


def test_one_to_one_matching_is_stricter_than_the_official_loop() -> None:
    """The official loop keeps a prediction whose unit is wrong, so it credits it against every
    gold quantity with its value; the one-to-one matching credits it once."""
    from pipeline.evaluation.figures import _change_ok, _value_ok, matching, official_counts

    gold = [
        {"value": "5.0", "unit": "apples", "normalized_unit": "apple", "change": "="},
        {"value": "5.0", "unit": "pears", "normalized_unit": "pear", "change": "="},
    ]
    predicted = figures_in("Five cars were sold.")
    assert official_counts(gold, predicted) == (2, 0, 2)
    assert matching(gold, predicted, _value_ok) == matching(gold, predicted, _change_ok) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It took five m\u0131nutes.", [("five m\u0131nutes", 5.0, "minute", "duration")]),
        ("It cost 3 dollar\u017f.", [("3 dollar\u017f", 3.0, "USD", "money")]),
        ("The \u0130stanbul office hired 40 staff.", [("40 staff", 40.0, "staff", "count")]),
    ],
)
def test_letters_that_regex_reads_as_ascii_are_read_as_that_letter(
    sentence: str, expected: list[tuple[str, float, str, str]]
) -> None:
    """A dotless "ı" or a long "ſ" matches "i" or "s" when case is ignored; the unit must still
    be understood (it used to fail the whole document), and the figure keeps the text as written."""
    assert [(f.text, f.value, f.unit, f.kind) for f in figures_in(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A currency named with its nation.
        ("The dollar fell to 149.58 Japanese yen.", [("149.58 Japanese yen", 149.58, "JPY", "money", "down", None)]),
        ("It sold for 5,000 Hong Kong dollars.", [("5,000 Hong Kong dollars", 5000, "HKD", "money", "=", None)]),
        # "U.S." inside the counted noun phrase.
        ("The 500 U.S. factories closed.", [("500 U.S. factories", 500, "U.S. factories", "count", "=", None)]),
        # A bare noun after "of" is part of what is counted; a determiner, a name or a second noun is not.
        (
            "There were over 1,000 cases of RSV recorded.",
            [("1,000 cases of RSV", 1000, "cases of RSV", "count", ">", None)],
        ),
        (
            "Three pieces of equipment were stolen.",
            [("Three pieces of equipment", 3, "pieces of equipment", "count", "=", None)],
        ),
        ("Seven employees of Google quit.", [("Seven employees", 7, "employees", "count", "=", None)]),
        ("He faces two charges of child abuse.", [("two charges", 2, "charges", "count", "=", None)]),
        ("They are six points of leaders Barcelona.", [("six points", 6, "points", "count", "=", None)]),
        # "one in seven" is a share.
        (
            "One in seven schools is still underperforming.",
            [("One in seven schools", 1 / 7, "fraction of schools", "count", "=", None)],
        ),
        (
            "About one in every 20 drivers was stopped.",
            [("one in every 20 drivers", 0.05, "fraction of drivers", "count", "~", None)],
        ),
        ("He scored 5 in 2019.", [("5", 5, None, "count", "=", None)]),
        # Bounds written after the figure or around an age.
        ("Americans aged 75 and older were first.", [("75", 75, "year", "age", ">", None)]),
        ("Those aged 16 or younger pay less.", [("16", 16, "year", "age", "<", None)]),
        ("Men aged under 40 were asked.", [("40", 40, "year", "age", "<", None)]),
        (
            "Half of them are under the age of 40.",
            [("Half", 0.5, "fraction", "count", "=", None), ("40", 40, "year", "age", "<", None)],
        ),
        ("Temperatures will fall no lower than 23C.", [("23C", 23, "°C", "measure", ">", None)]),
        # Phone numbers after a dialling verb, and reference numbers.
        ("Anyone with information should call 101 quoting reference 273.", []),
        ("Police will call 100 witnesses.", [("100 witnesses", 100, "witnesses", "count", "=", None)]),
        # Earthquake magnitudes.
        ("A magnitude 7.8 earthquake struck.", [("7.8", 7.8, "magnitude", "measure", "=", None)]),
        ("A magnitude-6.5 earthquake knocked down homes.", [("6.5", 6.5, "magnitude", "measure", "=", None)]),
        (
            "The quake measured 6.1 on the Richter scale.",
            [("6.1 on the Richter scale", 6.1, "magnitude", "measure", "=", None)],
        ),
        # A falling range shares its scale word.
        (
            "Pluto is between 4.67 and 2.66 billion miles from Earth.",
            [("4.67 and 2.66 billion miles", 2.66e9, "mile", "measure", "=", 4.67e9)],
        ),
        ("Between 500 and 2 million people came.", [("500 and 2 million people", 500, "people", "count", "=", 2e6)]),
        # A price per barrel stays a rate whatever follows; "a year earlier" is a date.
        (
            "Brent fell to $74.25 a barrel after touching $74.01.",
            [
                ("$74.25 a barrel", 74.25, "USD per barrel", "money", "down", None),
                ("$74.01", 74.01, "USD", "money", "=", None),
            ],
        ),
        ("Revenue was $6.78bn a year earlier.", [("$6.78bn", 6.78e9, "USD", "money", "=", None)]),
        # A letter after a spelled number is a grade; after digits it may be Celsius.
        ("Pupils need five C grades.", [("five C grades", 5, "C grades", "count", "=", None)]),
        ("It was 25 C in London.", [("25 C", 25, "°C", "measure", "=", None)]),
        # A fraction standing for a share of people just named; an em dash sets off an aside.
        (
            "More than half—41—are self-made billionaires.",
            [("half", 0.5, "fraction", "count", ">", None), ("41", 41, None, "count", "=", None)],
        ),
        ("Almost half said they would vote.", [("half", 0.5, "fraction", "count", "~", None)]),
        ("Less than a quarter are maintained.", [("a quarter", 0.25, "fraction", "count", "<", None)]),
        ("In the second half were two goals.", [("two goals", 2, "goals", "count", "=", None)]),
        # Index and model names.
        ("The Standard & Poor’s 500 index fell 1%.", [("1%", 1, "%", "percent", "down", None)]),
        ("Regulators cleared the 737 MAX to fly.", []),
        ("It has 100 NHS trusts.", [("100 NHS trusts", 100, "NHS trusts", "count", "=", None)]),
    ],
)
def test_classes_from_the_third_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Classes from modern news sentences annotated blind (`figures_news_blind3.jsonl`): national
    currency names, "U.S." in a noun phrase, "cases of RSV", "one in seven", bounds after a figure
    and around ages, dialled numbers, magnitudes, a scale shared by a falling range, prices per
    barrel, grade letters, fractions standing alone, and index and model names."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A scale word glued to its digits, as tabloids write it.
        ("A total of 7.3million people are waiting.", [("7.3million people", 7.3e6, "people", "count", "=", None)]),
        ("The club paid £3.2million for him.", [("£3.2million", 3.2e6, "GBP", "money", "=", None)]),
        # "N out of ten" is a proportion; out of any other whole, both numbers count.
        (
            "Almost nine out of ten trainees found jobs.",
            [("nine out of ten trainees", 0.9, "fraction of trainees", "count", "~", None)],
        ),
        (
            "Bosses blamed 10 out of 144 hospital trusts.",
            [
                ("10", 10, "hospital trusts", "count", "=", None),
                ("144 hospital trusts", 144, "hospital trusts", "count", "=", None),
            ],
        ),
        # Nouns in "-s" that are no plurals.
        ("The school hired two maths teachers.", [("two maths teachers", 2, "maths teachers", "count", "=", None)]),
        # A fraction of one unit measures in that unit; half of one thing that is no unit is an idiom.
        (
            "Rates rose by three-quarters of a percentage point.",
            [("three-quarters of a percentage point", 0.75, "percentage point", "percent", "up", None)],
        ),
        ("The station is half a mile away.", [("half a mile", 0.5, "mile", "measure", "=", None)]),
        ("He waited half a dozen years.", [("half a dozen years", 6, "year", "duration", "=", None)]),
        ("Half a world away, the rain fell.", []),
        (
            "The Fed raised rates by a quarter of a point.",
            [("a quarter of a point", 0.25, "point", "count", "up", None)],
        ),
        # "range of X and Y" is a range; "not exceeding" bounds from above.
        (
            "The rate rose to a target range of 4.50 percent and 4.75 percent.",
            [("4.50 percent and 4.75 percent", 4.5, "%", "percent", "=", 4.75)],
        ),
        (
            "It carries a fine not exceeding $2,000.",
            [("$2,000", 2000, "USD", "money", "<", None)],
        ),
        # A model named with a letter glued to its number is no temperature.
        ("The iPhone 5C will cost $99.", [("$99", 99, "USD", "money", "=", None)]),
        # Adverbs of manner between a verb of change and its figure.
        (
            "Turnover expanded sharply to 587.62 billion yuan.",
            [("587.62 billion yuan", 587.62e9, "CNY", "money", "up", None)],
        ),
        ("Prices rose only 2%.", [("2%", 2, "%", "percent", "=", None)]),
        # "half" before a preposition; "hundreds more".
        (
            "The ice has shrunk by more than half in 40 years.",
            [("half", 0.5, "fraction", "count", ">", None), ("40 years", 40, "year", "duration", "=", None)],
        ),
        ("The index predicts growth a quarter in advance.", []),
        ("They delayed hundreds more takeoffs.", [("hundreds more takeoffs", 100, "takeoffs", "count", "=", 1000)]),
    ],
)
def test_classes_from_the_fourth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Classes from a fourth set of recent news annotated blind: glued scale words, proportions
    "out of ten", "maths", fractions of one unit, "range of", "not exceeding", model names,
    adverbs of manner, "half in" and "hundreds more"."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chelsea beat Charlton 2-1 after a 9-2 win last week.", [("2-1", 2, 1), ("9-2", 9, 2)]),
        ("Portugal held on for a 3-2 win.", [("3-2", 3, 2)]),
        ("The Wizards won a 135-131 overtime victory.", [("135-131", 135, 131)]),
        ("Despite finding themselves 3-1 down, Leeds won.", [("3-1", 3, 1)]),
        ("Wales came from 15-6 down to beat France 24-18.", [("15-6", 15, 6), ("24-18", 24, 18)]),
        ("The 6-3, 7-6 (7-4), 6-0 defeat was his worst.", [("6-3", 6, 3), ("7-6", 7, 6), ("7-4", 7, 4), ("6-0", 6, 0)]),
        ("Kim defeated Jan Hernych of the Czech Republic 7-5 6-3.", [("7-5", 7, 5), ("6-3", 6, 3)]),
        ("They were trounced 45-6 by New Zealand.", [("45-6", 45, 6)]),
        ("Spain won 1-0.", [("1-0", 1, 0)]),
        ("Liverpool beat Arsenal 2-0 on Sunday.", [("2-0", 2, 0)]),
        ("He tied the game at 2-2.", [("2-2", 2, 2)]),
    ],
)
def test_scores_keep_both_sides_in_written_order(sentence: str, expected: list[tuple[str, float, float]]) -> None:
    """A result is a figure of kind "score" (NewsQuant annotates "at 2-0 down"), its sides in the
    order written, since the first need not be the lower."""
    found = figures_in(sentence)
    assert [(f.text, f.value, f.value_high, f.kind, f.unit) for f in found] == [
        (text, first, second, "score", None) for text, first, second in expected
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It employs 10-20 people.",
        "Temperatures will be at 20-25 degrees.",
        "Prices rose 10-15%.",
        "The court ruled 5-4 in favour.",
        "He set up a 4-4-2 formation.",
        "Labour has a 10-12 per cent lead.",
        "It announced 50-60 job losses.",
        "The shop is open at 10-11am.",
        "The event is at 27-28 November.",
        "He lives at 10-12 Downing Street.",
        "Exit at Junction 10-11.",
        "It was priced at 40-50.",
        "Leicester are 10-1 to win the title.",
        "It is a 50-50 chance to win.",
        "People aged 18-24, 25-34 and 35-44 were asked.",
        "Bez is now 2-1 favourite, followed by Kenzie at 5-2.",
    ],
)
def test_dash_pairs_that_are_no_scores(sentence: str) -> None:
    """A pair that counts something is a range, and a pair with no word of result is no score."""
    assert all(f.kind != "score" for f in figures_in(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Ranges whose ends a qualifier separates, and what may not stand between them.
        (
            "The pass rate dropped from 47 per cent last year to 40 per cent this year.",
            [("47 per cent last year to 40 per cent", 40, "%", "percent", "=", 47)],
        ),
        (
            "Prices fell from $75 U.S. per barrel to $45.88 on December 20.",
            [("$75 U.S. per barrel to $45.88", 45.88, "USD", "money", "=", 75)],
        ),
        (
            "Rates were cut from 5% in May. They rose to 6% in June.",
            [("5%", 5, "%", "percent", "=", None), ("6%", 6, "%", "percent", "up", None)],
        ),
        (
            "It fell from 5% under Labour compared to 15% now.",
            [("5%", 5, "%", "percent", "=", None), ("15%", 15, "%", "percent", "=", None)],
        ),
        # Ages and conversions as ranges.
        (
            "A study of adults between ages 50 and 71 found that.",
            [("50 and 71", 50, "year", "age", "=", 71)],
        ),
        (
            "It measures between 10 and 15 meters (33 and 50 feet).",
            [("10 and 15 meters", 10, "m", "measure", "=", 15), ("33 and 50 feet", 33, "ft", "measure", "=", 50)],
        ),
        # Units and bounds.
        (
            "Those who drank three or more cups of coffee per day lived longer.",
            [("three or more cups of coffee per day", 3, "cups of coffee per day", "count", ">", None)],
        ),
        (
            "Coal must fall by 11 percent a year to keep within the limit.",
            [("11 percent a year", 11, "% per year", "percent", "down", None)],
        ),
        ("Revenue was $5bn a year to March.", [("$5bn", 5e9, "USD", "money", "=", None)]),
        (
            "It pumps 2 million barrels daily.",
            [("2 million barrels daily", 2e6, "barrel per day", "measure", "=", None)],
        ),
        ("300 police officers arrived.", [("300 police officers", 300, "police officers", "count", "=", None)]),
        ("500 police were deployed.", [("500 police", 500, "police", "count", "=", None)]),
        ("Bolt won in 9.63sec.", [("9.63sec", 9.63, "second", "duration", "=", None)]),
        ("Haaland earned 10-man City a win.", [("10-man", 10, "man", "count", "=", None)]),
        ("Temperatures are not dropping below 25C.", [("25C", 25, "°C", "measure", ">", None)]),
        (
            "Some 43,792 people waited longer than 12 hours.",
            [("43,792 people", 43792, "people", "count", "~", None), ("12 hours", 12, "hour", "duration", ">", None)],
        ),
        ("Detention should never exceed five years.", [("five years", 5, "year", "duration", "<", None)]),
        ("The death toll went up to 53.", [("53", 53, None, "count", "up", None)]),
        ("It costs up to $5.", [("$5", 5, "USD", "money", "<", None)]),
        # Shares and the words that only look like them.
        ("Two men were charged and a third was released.", [("Two men", 2, "men", "count", "=", None)]),
        ("Nearly a quarter said they struggled.", [("a quarter", 0.25, "fraction", "count", "~", None)]),
        ("The party was split in half over Brexit.", []),
        (
            "Kane has scored 8 in 12 games.",
            [("8", 8, None, "count", "=", None), ("12 games", 12, "games", "count", "=", None)],
        ),
        (
            "One in 5,000 babies is affected.",
            [("One in 5,000 babies", 1 / 5000, "fraction of babies", "count", "=", None)],
        ),
        # A place's name before a temperature; a grouped number is never a model.
        (
            "Manchester 22C and Edinburgh 18C.",
            [("22C", 22, "°C", "measure", "=", None), ("18C", 18, "°C", "measure", "=", None)],
        ),
        ("He sold 5,000 ETH last week.", [("5,000", 5000, None, "count", "=", None)]),
    ],
)
def test_classes_from_the_fifth_blind_set_and_the_review(sentence: str, expected: list[Expected]) -> None:
    """Classes from a fifth blind set of recent news and from a review of the rules added for the
    third and fourth: qualified ranges that must not cross a sentence or a comparison, ranges of
    ages and conversions, "or more" before a noun, rates written "daily" or "a year to", collective
    plurals, bounds written as comparisons, shares that are persons or idioms, and names."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Changes: a restatement after "or almost", a change in brackets, "as much as" after a verb,
        # "by" far from its verb, a noun of change before "to", and verbs that only change with "by".
        (
            "Shares rose 7.5 pence, or almost 3%.",
            [("7.5 pence", 7.5, "GBX", "money", "up", None), ("3%", 3, "%", "percent", "up", None)],
        ),
        (
            "It sold 83,000 units (down 12%).",
            [("83,000 units", 83000, "units", "count", "=", None), ("12%", 12, "%", "percent", "down", None)],
        ),
        ("The stock rose as much as 4.3 percent.", [("4.3 percent", 4.3, "%", "percent", "up", None)]),
        (
            "The bank raised its benchmark rate on Thursday by 25 basis points.",
            [("25 basis points", 25, "basis point", "percent", "up", None)],
        ),
        ("They predicted a final hike to 5.50%.", [("5.50%", 5.5, "%", "percent", "=", None)]),
        ("Band Aid 20 slipped to six.", [("six", 6, None, "count", "down", None)]),
        ("The rupee recovered by nine paise.", [("nine paise", 9, "paise", "money", "up", None)]),
        ("Police said 52 were recovered later.", [("52", 52, None, "count", "=", None)]),
        ("His rise as one half of Wham! began.", [("one half", 0.5, "fraction", "count", "=", None)]),
        ("Her fortune was estimated at $100m.", [("$100m", 1e8, "USD", "money", "~", None)]),
        (
            "More than a third (37%) of homes sold.",
            [("a third", 1 / 3, "fraction", "count", ">", None), ("37%", 37, "%", "percent", "=", None)],
        ),
        # Units of trade: barrels a day, prices per troy ounce, pound, megawatt-hour and square foot.
        (
            "Russia will curb output by around 228,000 bpd.",
            [("228,000 bpd", 228000, "barrel per day", "measure", "down", None)],
        ),
        (
            "Gold settled at $1,467.40 a troy ounce.",
            [("$1,467.40 a troy ounce", 1467.4, "USD per oz", "money", "=", None)],
        ),
        ("Copper settled at $4.1975 a pound.", [("$4.1975 a pound", 4.1975, "USD per lb", "money", "=", None)]),
        (
            "Gas averaged $6.97 per million British thermal units.",
            [("$6.97 per million British thermal units", 6.97, "USD per MMBtu", "money", "~", None)],
        ),
        ("Space cost $98 per square foot.", [("$98 per square foot", 98, "USD per sq ft", "money", "=", None)]),
        # Pounds of money and pounds of weight.
        (
            "The asking price rose to 218,954 pounds (AU$541,232).",
            [
                ("218,954 pounds", 218954, "GBP", "money", "up", None),
                ("AU$541,232", 541232, "AUD", "money", "up", None),
            ],
        ),
        ("He lost 30 pounds.", [("30 pounds", 30, "lb", "measure", "down", None)]),
        ("Police found 20 pounds of cocaine.", [("20 pounds", 20, "lb", "measure", "=", None)]),
        ("It cost millions of pounds of public money.", [("millions of pounds", 1e6, "GBP", "money", "=", 1e7)]),
        # Scales: "lakh crore", a fraction of a scale, and a range "through to".
        ("Of this, Rs 11 lakh crore is for investment.", [("Rs 11 lakh crore", 1.1e13, "INR", "money", "=", None)]),
        (
            "Fans spent nearly a quarter of a billion dollars.",
            [("a quarter of a billion dollars", 2.5e8, "USD", "money", "~", None)],
        ),
        (
            "Batteries run from 3,000 mAh through to 4,000 mAh.",
            [("3,000 mAh through to 4,000 mAh", 3000, "mAh", "measure", "=", 4000)],
        ),
        ("a 25-basis-point hike", [("25-basis-point", 25, "basis point", "percent", "=", None)]),
        # Fractions: thirds counted as a fraction, and a plural whole with no determiner.
        ("Budgets will shrink by two thirds.", [("two thirds", 2 / 3, "fraction", "count", "down", None)]),
        (
            "It needs the votes of two thirds of sitting MPs.",
            [("two thirds of sitting MPs", 2 / 3, "fraction of sitting MPs", "count", "=", None)],
        ),
    ],
)
def test_classes_from_the_sixth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Classes from a sixth blind set of recent news: how changes are restated and named, units of
    trade, pounds of money or weight, Indian scales and fractions of scales, and thirds."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("They won by an aggregate score of 10-0.", ("10-0", 10, 0)),
        ("The Wizards cruised past the Magic 131-116.", ("131-116", 131, 116)),
    ],
)
def test_scores_after_score_of_and_past(sentence: str, score: tuple[str, float, float]) -> None:
    assert [(f.text, f.value, f.value_high) for f in figures_in(sentence) if f.kind == "score"] == [score]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Currencies written as West African and Australian papers write them; Indian grouping.
        (
            "A bag moved from GH¢800.00 per bag to GH¢1,308.00 per bag.",
            [("GH¢800.00 per bag to GH¢1,308.00 per bag", 800, "GHS per bag", "money", "=", 1308)],
        ),
        ("The budget is N254 billion less.", [("N254 billion", 2.54e11, "NGN", "money", "=", None)]),
        ("N95 masks were sold.", []),
        ("They cut $A60.43 billion.", [("$A60.43 billion", 6.043e10, "AUD", "money", "down", None)]),
        (
            "This year, 13,31,058 students sat the exams.",
            [("13,31,058 students", 1331058, "students", "count", "=", None)],
        ),
        # Vague plurals: "hundreds of thousands" standing alone, "tens of thousands more", a hedge.
        (
            "Perhaps hundreds of thousands turned out.",
            [("hundreds of thousands", 1e5, None, "count", "~", 1e6)],
        ),
        ("Tens of thousands more marched.", [("Tens of thousands more", 1e4, None, "count", "=", 1e5)]),
        (
            "It left 79 dead and displaced thousands of people.",
            [("79 dead", 79, "dead", "count", "=", None), ("thousands of people", 1000, "people", "count", "=", 10000)],
        ),
        # Hyphened fractions stand alone; a singular one with a plural numerator is no fraction.
        ("The fire was one-fifth contained.", [("one-fifth", 0.2, "fraction", "count", "=", None)]),
        ("A two-thirds majority is needed.", [("two-thirds", 2 / 3, "fraction", "count", "=", None)]),
        ("Dragons three-quarter Hal Luscombe starts.", []),
        # Suspended hyphens, counts after a stop word, and labels.
        ("Rates are higher for 6- to 9-year-olds.", [("6- to 9-year-olds", 6, "year", "age", "=", 9)]),
        ("Bushfires claimed four lives.", [("four lives", 4, "lives", "count", "=", None)]),
        ("They lost their previous 11 away matches.", [("11 away matches", 11, "away matches", "count", "=", None)]),
        ("He got seven years on count eight.", [("seven years", 7, "year", "duration", "=", None)]),
        # Changes: an adjective after the article, verbs of cutting, a year before "declined to".
        ("The Nun fell a steep 66.2%.", [("66.2%", 66.2, "%", "percent", "down", None)]),
        ("Prices are rising a modest 2% to 3%.", [("2% to 3%", 2, "%", "percent", "up", 3)]),
        ("Lloyds is to axe 300 jobs.", [("300 jobs", 300, "jobs", "count", "down", None)]),
        (
            "Income in 2016-17 declined to Rs 296.34 crore.",
            [("Rs 296.34 crore", 2.9634e9, "INR", "money", "down", None)],
        ),
    ],
)
def test_classes_from_the_seventh_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Classes from a seventh blind set of recent news: West African and Australian currencies,
    Indian digit grouping, vague plurals, hyphened fractions, suspended hyphens and changes."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("The 235-189 partisan-line vote came early.", ("235-189", 235, 189)),
        ("Farrugia leveled it 1-1 in the 14th minute.", ("1-1", 1, 1)),
        ("Senators voted 51-49 to confirm.", ("51-49", 51, 49)),
    ],
)
def test_votes_and_equalisers_are_scores(sentence: str, score: tuple[str, float, float]) -> None:
    assert [(f.text, f.value, f.value_high) for f in figures_in(sentence) if f.kind == "score"] == [score]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It killed 300 people and injured hundreds as buildings fell.",
            [("300 people", 300, "people", "count", "=", None), ("hundreds", 100, None, "count", "=", 1000)],
        ),
        ("They came in their thousands.", []),
        (
            "A fifth gained twenty percent.",
            [("A fifth", 0.2, "fraction", "count", "=", None), ("twenty percent", 20, "%", "percent", "up", None)],
        ),
        (
            "One out of every three Americans is obese.",
            [("One out of every three Americans", 1 / 3, "fraction of Americans", "count", "=", None)],
        ),
        ("Sales are expected to grow 3 to 5 percent.", [("3 to 5 percent", 3, "%", "percent", "up", 5)]),
        (
            "The rig count rose by 17 to 541.",
            [("17", 17, None, "count", "up", None), ("541", 541, None, "count", "=", None)],
        ),
        ("Leaders met at the Group of 20 summit.", []),
        ("Southwest ordered the 737 MAX, which flies soon.", []),
        ("Profits almost doubled to $13.5bn.", [("$13.5bn", 1.35e10, "USD", "money", "up", None)]),
        ("The speedometer goes up to 200mph.", [("200mph", 200, "mph", "measure", "<", None)]),
        (
            "The index ended 1.29 per cent down at 58,766.59.",
            [("1.29 per cent", 1.29, "%", "percent", "down", None), ("58,766.59", 58766.59, None, "count", "=", None)],
        ),
        (
            "Sales were 3.9 million headsets, up from 2.4 million.",
            [
                ("3.9 million headsets", 3.9e6, "headsets", "count", "=", None),
                ("2.4 million", 2.4e6, "headsets", "count", "=", None),
            ],
        ),
        ("The race is 10 miles down the road.", [("10 miles", 10, "mile", "measure", "=", None)]),
        (
            "Blame went beyond one rogue bond trader.",
            [("one rogue bond trader", 1, "rogue bond trader", "count", "=", None)],
        ),
        ("A vertebra about 1.5 m high was found.", [("1.5 m", 1.5, "m", "measure", "~", None)]),
        ("She had 34 grandchildren.", [("34 grandchildren", 34, "grandchildren", "count", "=", None)]),
        ("He was fined 70m Egyptian pounds.", [("70m Egyptian pounds", 7e7, "EGP", "money", "=", None)]),
    ],
)
def test_classes_from_the_eighth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Classes from an eighth blind set of recent news: bare vague plurals, shares before a verb
    in the past tense, "one out of every three", a bare number before a unit after a verb of
    change, names, "doubled", directions written after a figure, and units."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The rate reached 67.9 per 100,000 population.",
            [("67.9 per 100,000 population", 67.9, "per 100000 population", "count", "=", None)],
        ),
        ("The proportion in week 7 was 6.4%.", [("6.4%", 6.4, "%", "percent", "=", None)]),
        ("Under the Emergency Measures (No. 11), schools reopen.", []),
        ("Floods left millions homeless.", [("millions homeless", 1e6, "homeless", "count", "=", 1e7)]),
        ("The stars are tens of light years away.", [("tens of light years", 10, "light year", "measure", "=", 100)]),
        (
            "Inflation dropped from 15.37 per cent in December to 15.13 in January.",
            [("15.37 per cent in December to 15.13", 15.13, "%", "percent", "=", 15.37)],
        ),
        ("Payrolls increased by a solid 215,000 jobs.", [("215,000 jobs", 215000, "jobs", "count", "up", None)]),
        ("It would extend benefits by 14 weeks.", [("14 weeks", 14, "week", "duration", "up", None)]),
        ("The plume extends hundreds of miles.", [("hundreds of miles", 100, "mile", "measure", "=", 1000)]),
        ("The deaths of 22 more children were reported.", [("22 more children", 22, "children", "count", "=", None)]),
        (
            "Biogen is cutting 11% of its workforce, or 889 employees.",
            [("11%", 11, "%", "percent", "down", None), ("889 employees", 889, "employees", "count", "down", None)],
        ),
        (
            "It is 0.21 per cent points higher.",
            [("0.21 per cent points", 0.21, "percentage point", "percent", "=", None)],
        ),
        ("Farmers got Sh1,700 for a bag.", [("Sh1,700", 1700, "KES", "money", "=", None)]),
        ("Half its revenue came from abroad.", [("Half its revenue", 0.5, "fraction of revenue", "count", "=", None)]),
    ],
)
def test_classes_from_the_ninth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Classes from a ninth blind set of recent news: rates per 100,000, labels, bare and "tens of"
    vague plurals, qualified ranges with a bare end, adjectives after "by a", "extend", "N more" as
    NewsQuant annotators mark it, restatements after "of its workforce, or", units and wholes."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Among the six 2010 draftees, George got a deal.", [("six", 6, None, "count", "=", None)]),
        ("Airbus capitalized on the 737 MAX’s travails.", []),
        ("The population grew to nearly 2,500.", [("2,500", 2500, None, "count", "up", None)]),
        (
            "It plans to add about 20 million customers.",
            [("20 million customers", 2e7, "customers", "count", "up", None)],
        ),
        ("Few sleep well on ≥ 5 nights.", [("5 nights", 5, "nights", "count", ">", None)]),
        (
            "The index ended 0.94 per cent higher at 61,305.95.",
            [("0.94 per cent", 0.94, "%", "percent", "up", None), ("61,305.95", 61305.95, None, "count", "=", None)],
        ),
        ("It has fallen a nasty 10.8% so far.", [("10.8%", 10.8, "%", "percent", "down", None)]),
        ("Said Yan Anqiao, 30.", [("30", 30, "year", "age", "=", None)]),
    ],
)
def test_classes_from_the_tenth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Classes from a tenth blind set of recent news: a year after a count, a possessive model
    name, a hedge after "to", "add", "≥", a direction and a level after a figure, and an age that
    ends a sentence."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He paid a fine of 54 million won.", [("54 million won", 5.4e7, "KRW", "money", "=", None)]),
        (
            "Of the 12 won by Spain, five came at home.",
            [("12", 12, None, "count", "=", None), ("five", 5, None, "count", "=", None)],
        ),
        ("The England international, 24, was hurt.", [("24", 24, "year", "age", "=", None)]),
        ("In the survey, 27, said no.", [("27", 27, None, "count", "=", None)]),
    ],
)
def test_won_after_a_scale_and_ages_after_a_word_for_a_person(sentence: str, expected: list[Expected]) -> None:
    """Units from the blind sets' remaining errors: the won is a currency only after a scale word,
    and an age may follow a word for a person as it follows a name."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The virus infected 2.4 million people, killed more than 165,000 and hit trade.",
            [
                ("2.4 million people", 2.4e6, "people", "count", "=", None),
                ("165,000", 165000, "people", "count", ">", None),
            ],
        ),
        (
            "It sold 1.2 million copies in its first week and 3.5 million in total.",
            [
                ("1.2 million copies", 1.2e6, "copies", "count", "=", None),
                ("3.5 million", 3.5e6, "copies", "count", "=", None),
            ],
        ),
        ("It sold 200 copies, and in 2019 the shop closed.", [("200 copies", 200, "copies", "count", "=", None)]),
    ],
)
def test_a_bare_count_in_the_same_sentence_counts_what_the_one_before_counted(
    sentence: str, expected: list[Expected]
) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It rose by more than 1 degree Celsius.", [("1 degree Celsius", 1, "°C", "measure", ">", None)]),
        ("Lady Gaga moved 1.108 million thanks to a sale.", [("1.108 million", 1.108e6, None, "count", "=", None)]),
        ("Every day 78 million messages are sent.", [("78 million messages", 7.8e7, "messages", "count", "=", None)]),
        ("Tesla delivered about 63000 Model 3 sedans.", [("63000", 63000, None, "count", "~", None)]),
    ],
)
def test_classes_from_the_thirteenth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Units from a thirteenth blind set: "degree Celsius" in the singular, and "thanks" ends a
    counted noun; "day" and a capitalised word after a number are left alone, since "every day 78
    million messages" and "63000 Model 3 sedans" count."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("The bill passed 72-26.", ("72-26", 72, 26)),
        ("It passed the House by a vote of 359-67.", ("359-67", 359, 67)),
    ],
)
def test_votes_that_pass_a_bill_are_scores(sentence: str, score: tuple[str, float, float]) -> None:
    assert [(f.text, f.value, f.value_high) for f in figures_in(sentence) if f.kind == "score"] == [score]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Some 12,000 soldiers and police were sent to the flooded region.",
            [("12,000 soldiers and police", 12000, "soldiers and police", "count", "~", None)],
        ),
        (
            "The storm cut power to 2 million homes and businesses across the state.",
            [("2 million homes and businesses", 2e6, "homes and businesses", "count", "=", None)],
        ),
        (
            "She appeared in 80 films and TV shows.",
            [("80 films and TV shows", 80, "films and TV shows", "count", "=", None)],
        ),
        ("The firm cut 200 jobs and prices rose.", [("200 jobs", 200, "jobs", "count", "down", None)]),
        ("The firm cut 200 jobs and unions protested.", [("200 jobs", 200, "jobs", "count", "down", None)]),
        (
            "It got 900 complaints and Republicans opposed it.",
            [("900 complaints", 900, "complaints", "count", "=", None)],
        ),
        (
            "It killed 3.7 million people and decimated economies.",
            [("3.7 million people", 3.7e6, "people", "count", "=", None)],
        ),
        (
            "It has indexed 5 billion pages and claims to update them daily.",
            [("5 billion pages", 5e9, "pages", "count", "=", None)],
        ),
        ("The summit drew 20 ministers and heads of state.", [("20 ministers", 20, "ministers", "count", "=", None)]),
        ("It drew 900 complaints and CBS apologised.", [("900 complaints", 900, "complaints", "count", "=", None)]),
        (
            "The club has 300 members and the town's new residents.",
            [("300 members", 300, "members", "count", "=", None)],
        ),
    ],
)
def test_a_plural_joined_by_and_is_counted_with_the_first(sentence: str, expected: list[Expected]) -> None:
    """Coordinated plurals from the read blind sets; a plural that starts a clause, takes a
    complement of its own or is a name or a possessive stays out."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The earthquake left 79 dead.", [("79 dead", 79, "dead", "count", "=", None)]),
        (
            "The blast killed 12 people and left 30 wounded.",
            [("12 people", 12, "people", "count", "=", None), ("30 wounded", 30, "wounded", "count", "=", None)],
        ),
        ("Officials reported 75 confirmed dead.", [("75 confirmed dead", 75, "confirmed dead", "count", "=", None)]),
        ("Five injured players missed the game.", [("Five injured players", 5, "injured players", "count", "=", None)]),
    ],
)
def test_people_counted_by_what_befell_them(sentence: str, expected: list[Expected]) -> None:
    """ "79 dead", "30 wounded": the adjective is the unit, and wins over the noun of a count
    before it; before a noun it stays that noun's modifier."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The central bank raised its benchmark interest rate on Thursday by 25 basis points.",
            [("25 basis points", 25, "basis point", "percent", "up", None)],
        ),
        (
            "The carmaker will cut first-quarter North American production by another 10,000 vehicles.",
            [("10,000 vehicles", 10000, "vehicles", "count", "down", None)],
        ),
    ],
)
def test_by_finds_its_verb_across_a_long_object(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exports fell by almost a fifth to 450 tonnes.",
            [("a fifth", 0.2, "fraction", "count", "down", None), ("450 tonnes", 450, "tonne", "measure", "=", None)],
        ),
        ("The firm cut its workforce by half.", [("half", 0.5, "fraction", "count", "down", None)]),
        ("Profits rose by a quarter last year.", [("a quarter", 0.25, "fraction", "count", "up", None)]),
        ("Two men were arrested, followed by a third.", [("Two men", 2, "men", "count", "=", None)]),
        ("Two men were arrested, followed by almost a third.", [("Two men", 2, "men", "count", "=", None)]),
        ("It was bought by a third party.", []),
        ("Production fell by close to 3 million kg.", [("3 million kg", 3e6, "kg", "measure", "down", None)]),
        ("Property taxes will increase by a net 2.07 percent.", [("2.07 percent", 2.07, "%", "percent", "up", None)]),
        (
            "Eskom will make R385-billion from the tariff increase.",
            [("R385-billion", 3.85e11, "ZAR", "money", "=", None)],
        ),
        ("It hopes to recover R351 billion.", [("R351 billion", 3.51e11, "ZAR", "money", "=", None)]),
        ("Take the R101 to the coast.", []),
        ("The county budget for 2019 includes a tax levy.", []),
    ],
)
def test_classes_from_the_fourteenth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Classes from a fourteenth blind set: fractions that size a change after "by", a verb of
    change before a hedge, "a net", the rand's "R" before a scaled amount, and "includes" as a
    verb after a year."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Season tickets will jump by 173 pounds (some 220 U.S. dollars).",
            [("173 pounds", 173, "GBP", "money", "up", None), ("220 U.S. dollars", 220, "USD", "money", "~", None)],
        ),
        ("Rail fares will rise by an average of 6.2% in January.", [("6.2%", 6.2, "%", "percent", "up", None)]),
        ("The maker will lay off approximately 385 workers.", [("385 workers", 385, "workers", "count", "down", None)]),
        (
            "The bank raised its cash rate target 25 basis points to 2.85%.",
            [("25 basis points", 25, "basis point", "percent", "up", None), ("2.85%", 2.85, "%", "percent", "=", None)],
        ),
        (
            "They took a bonus for losing by seven or fewer points.",
            [("seven or fewer points", 7, "points", "count", "<", None)],
        ),
        ("He was jailed for five-and-a-half years.", [("five-and-a-half years", 5.5, "year", "duration", "=", None)]),
        ("A total of 82 million accounts tuned in.", [("82 million accounts", 8.2e7, "accounts", "count", "=", None)]),
    ],
)
def test_classes_from_the_fourteenth_blind_set_second_half(sentence: str, expected: list[Expected]) -> None:
    """The second half of the fourteenth blind set: a conversion into dollars makes pounds money,
    "by an average of", "lay off", a change after a verb's object when a level follows, a bound
    inside the phrase beating the verb, hyphened halves, and "accounts" after a number."""
    check(sentence, expected)


def test_scores_listed_after_a_verb_of_result() -> None:
    sentence = "The All Blacks beat the Wallabies 22-16 in Auckland, 19-18 in Sydney and 33-6 in Wellington."
    scores = [(f.text, f.value, f.value_high) for f in figures_in(sentence) if f.kind == "score"]
    assert scores == [("22-16", 22, 16), ("19-18", 19, 18), ("33-6", 33, 6)]
    assert [f.kind for f in figures_in("Those aged 18-24, 25-34 and 35-44 were asked.")] == ["age"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Exports could be down by as much as half.", [("half", 0.5, "fraction", "count", "down", None)]),
        (
            "In the week ending February 17—week 7 of the season—it was 6.4%.",
            [("6.4%", 6.4, "%", "percent", "=", None)],
        ),
        ("Regulators grounded its 737 Max jets.", []),
        ("The 787 Dreamliner programme had a loss.", []),
        ("It ordered 25 737 MAX aircraft.", [("25", 25, None, "count", "=", None)]),
    ],
)
def test_classes_from_the_read_blind_sets(sentence: str, expected: list[Expected]) -> None:
    """ "by as much as half", a label after a dash, and Boeing's model numbers, which NewsQuant's
    dev set once counts ("787 Dreamliner") but the issue names as identifiers."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Netflix reported a 20m jump in subscribers.", [("20m", 2e7, None, "count", "=", None)]),
        ("The country's largest is the 1m McLellan Telescope.", [("1m", 1, "m", "measure", "=", None)]),
        ("Some 2m people watched the race.", [("2m people", 2e6, "people", "count", "~", None)]),
        ("Emirates posted a profit of Dh17.2 billion.", [("Dh17.2 billion", 1.72e10, "AED", "money", "=", None)]),
        (
            "Service revenue declined 3% to P36.68 billion.",
            [("3%", 3, "%", "percent", "down", None), ("P36.68 billion", 3.668e10, "PHP", "money", "=", None)],
        ),
        ("He handed in his P45 form.", []),
        ("They were humiliated 43-10 by the Springboks.", [("43-10", 43, None, "score", "=", 10)]),
        ("The elections saw 18 654 457 voters.", [("18 654 457 voters", 18654457, "voters", "count", "=", None)]),
        (
            "It needs between 37 000 and 50 000 votes.",
            [("37 000 and 50 000 votes", 37000, "votes", "count", "=", 50000)],
        ),
        ("Call 555 123 4567 now.", []),
        (
            "He won 3 100 metre titles.",
            [("3", 3, None, "count", "=", None), ("100 metre", 100, "m", "measure", "=", None)],
        ),
    ],
)
def test_classes_from_the_fifteenth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Classes from a fifteenth blind set: a glued "m" before the thing it measures, the dirham and
    the Philippine peso, more verbs of result, and thousands grouped by blanks, which a phone
    number's groups are not."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tickets cost 6 000 rand each.", [("6 000 rand", 6000, "ZAR", "money", "=", None)]),
        ("About 2 050 people applied.", [("2 050 people", 2050, "people", "count", "~", None)]),
        ("The fine was R16 000 in total.", [("R16 000", 16000, "ZAR", "money", "=", None)]),
        ("He was ordered to pay R1 500 000.", [("R1 500 000", 1500000, "ZAR", "money", "=", None)]),
        (
            "She ran 4 100 metre races.",
            [("4", 4, None, "count", "=", None), ("100 metre", 100, "m", "measure", "=", None)],
        ),
    ],
)
def test_thousands_grouped_by_blanks_after_one_digit(sentence: str, expected: list[Expected]) -> None:
    """One digit before a blank group is a count before a measure ("4 100 metre races") unless the
    group starts with a nought, which no count writes, or the rand's R stands before it."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Attempted murder has also increased 6,5% over the past year.", [("6,5%", 6.5, "%", "percent", "up", None)]),
        ("Prices rose 2,3 per cent.", [("2,3 per cent", 2.3, "%", "percent", "up", None)]),
        (
            "The position had worsened in a quarter of institutions.",
            [("a quarter of institutions", 0.25, "fraction of institutions", "count", "=", None)],
        ),
        ("They split the prize in half.", []),
        ("Housing starts fell for a third straight month.", []),
        ("It was a fourth consecutive loss.", []),
    ],
)
def test_classes_from_the_forty_second_blind_set(sentence: str, expected: list[Expected]) -> None:
    """A decimal comma before a percent sign, a share after "in" when "of" follows it, and an
    ordinal before "straight" or "consecutive" that is no fraction."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Eskom won approval to raise tariffs by an inflation-beating 18.65% this year.",
            [("18.65%", 18.65, "%", "percent", "up", None)],
        ),
        ("GDP grew a better-than-expected 3% in May.", [("3%", 3, "%", "percent", "up", None)]),
        ("The deficit ballooned to $61.9 billion.", [("$61.9 billion", 6.19e10, "USD", "money", "up", None)]),
        (
            "The price has since climbed back to US$100 per tonne.",
            [("US$100 per tonne", 100, "USD per tonne", "money", "up", None)],
        ),
        ("The CDU gained 32.9% of the vote.", [("32.9%", 32.9, "%", "percent", "=", None)]),
        ("The party gained 5% in the polls.", [("5%", 5, "%", "percent", "up", None)]),
        (
            "They cut the deficit from almost a million pounds.",
            [("a million pounds", 1e6, "GBP", "money", "~", None)],
        ),
        (
            "The committee voted by a majority of 8-1 on the increase.",
            [("8-1", 8, None, "score", "=", 1)],
        ),
        ("It will supply turbines for the Borssele 1 and 2 offshore wind power plant.", []),
        ("The volcano formed millions of years ago.", []),
        (
            "The price will rise by $10 a tonne a year.",
            [("$10 a tonne a year", 10, "USD per tonne per year", "money", "up", None)],
        ),
        (
            "A sample of 500 British 16 to 20-year-olds.",
            [("500", 500, None, "count", "=", None), ("20-year-olds", 20, "year", "age", "=", None)],
        ),
    ],
)
def test_classes_from_the_forty_first_blind_set(sentence: str, expected: list[Expected]) -> None:
    """An adjective of size between "by an" and the change, verbs of swelling, "back" between a
    verb and its level, a share of the vote gained, a scaled sum in pounds, a vote by a majority,
    numbers paired after a name, a vague span "ago" that dates, and a rate over a period."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There may have been fewer than 1500 in the entire North Pacific.",
            [("1500", 1500, None, "count", "<", None)],
        ),
        ("Mainland guests (556,000) came back.", [("556,000", 556000, None, "count", "=", None)]),
        ("Scotland (8) beat Wales.", []),
        ("The session took place in Riyadh, from 10 to 25 September.", []),
        ("Nearly all of it lies in the northern half of the Reef.", []),
        ("She spent about $75 a week on groceries.", [("$75 a week", 75, "USD per week", "money", "~", None)]),
        (
            "France reported a 71 percent increase to 64,000.",
            [("71 percent", 71, "%", "percent", "=", None), ("64,000", 64000, None, "count", "=", None)],
        ),
        (
            "Guests showed a significant increase by 19.4 per cent.",
            [("19.4 per cent", 19.4, "%", "percent", "=", None)],
        ),
        (
            "The salary rose from 13,750 Kenya shillings to 19,323 Kenya shillings.",
            [("13,750 Kenya shillings to 19,323 Kenya shillings", 13750, "KES", "money", "=", 19323)],
        ),
        ("Steel output collapsed to 10.1m tonnes.", [("10.1m tonnes", 1.01e7, "tonne", "measure", "down", None)]),
        ("Growth will slow sharply to 2.1 per cent.", [("2.1 per cent", 2.1, "%", "percent", "down", None)]),
        (
            "Cuts are approaching half a billion dollars.",
            [("half a billion dollars", 5e8, "USD", "money", "~", None)],
        ),
        ("BYD marked its five millionth new energy vehicle.", []),
        (
            "The airline is planning to cut thousands of jobs.",
            [("thousands of jobs", 1000, "jobs", "count", "=", 10000)],
        ),
        (
            "Disney reduced its staff by several hundred workers.",
            [("several hundred workers", 100, "workers", "count", "down", 1000)],
        ),
    ],
)
def test_classes_from_the_forty_third_and_forty_fourth_blind_sets(sentence: str, expected: list[Expected]) -> None:
    """A bound before a number that looks like an early year, a large count in brackets after a
    noun, day numbers before a month, a compass half, a weekly rate spent "on" something, a change
    named by a noun before "to" or "by", shillings by nation, more verbs, "approaching" as a hedge,
    an ordinal made with a scale word, and a vague plural right after a verb, which is no amount of
    change (NewsQuant dev: "adding tens of thousands of dollars", "="; the read sets four to one)."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The storm left half the city without power.",
            [("half the city", 0.5, "fraction of city", "count", "=", None)],
        ),
        (
            "It paid back half of its government loan.",
            [("half of its government loan", 0.5, "fraction of government loan", "count", "=", None)],
        ),
        ("Retail sales grew a slow 0.4%.", [("0.4%", 0.4, "%", "percent", "up", None)]),
        ("Stocks that drop by 20% are sold.", [("20%", 20, "%", "percent", "down", None)]),
        ("Labour's support fell to 28% of the vote.", [("28%", 28, "%", "percent", "down", None)]),
        ("The Dow fell hundreds of points.", [("hundreds of points", 100, "points", "count", "down", 1000)]),
        ("The US will send Israel 3 to 4 billion dollars.", [("4 billion dollars", 4e9, "USD", "money", "=", None)]),
        ("Spending was 10% more than 2019 levels.", [("10%", 10, "%", "percent", "=", None)]),
        (
            "They intend to reduce the force from 490,000 soldiers to 450,000.",
            [("490,000 soldiers to 450,000", 450000, "soldiers", "count", "=", 490000)],
        ),
        (
            "It went from 3 players to 25 teams.",
            [("3 players", 3, "players", "count", "=", None), ("25 teams", 25, "teams", "count", "=", None)],
        ),
        (
            "The unemployment rate decreased by 0,7 of a percentage point.",
            [("0,7 of a percentage point", 0.7, "percentage point", "percent", "down", None)],
        ),
        (
            "The number of inactive people fell to 13,1 million.",
            [("13,1 million", 1.31e7, "inactive people", "count", "down", None)],
        ),
        ("It made 2,5bn euros.", [("2,5bn euros", 2.5e9, "EUR", "money", "=", None)]),
    ],
)
def test_review_counter_examples_and_set_forty_five(sentence: str, expected: list[Expected]) -> None:
    """Sentences a review of this session's rules wrote to break them ("left half the city", a
    relative "that drop by", a name before a range), and classes from blind set 45: a range with
    the low end's noun between ("from 490,000 soldiers to 450,000") and more decimal commas."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He improved his javelin mark to 91.06m.", [("91.06m", 91.06, "m", "measure", "=", None)]),
        ("She cleared 5.86m at the first attempt.", [("5.86m", 5.86, "m", "measure", "=", None)]),
        ("Jugnot made 5.45m Euros last year.", [("5.45m Euros", 5.45e6, "EUR", "money", "=", None)]),
        ("The firm made $12.45m.", [("$12.45m", 1.245e7, "USD", "money", "=", None)]),
        (
            "Watson finished with a nine-under 271.",
            [("nine-under", 9, "under par", "count", "=", None), ("271", 271, None, "count", "=", None)],
        ),
        ("Nadal fell behind 0-2 in the second set.", [("0-2", 0, None, "score", "=", 2)]),
        ("Monfils took the tie-break 7-4.", [("7-4", 7, None, "score", "=", 4)]),
        ("Fassi's second try extended the lead to 22-7.", [("22-7", 22, None, "score", "=", 7)]),
        ("Ireland lost the Test against England by 143 runs.", [("143 runs", 143, "runs", "count", "=", None)]),
        ("Shares lost 3 points.", [("3 points", 3, "points", "count", "down", None)]),
        (
            "Prizes can add up to hundreds of thousands of dollars.",
            [("hundreds of thousands of dollars", 1e5, "USD", "money", "=", 1e6)],
        ),
        ("The total fees will exceed $1 billion.", [("$1 billion", 1e9, "USD", "money", ">", None)]),
        ("A near-50,000 crowd roared.", [("near-50,000", 50000, None, "count", "~", None)]),
        ("Michael took the lead on lap 53.", []),
        ("The BBC faces a £150m-a-year shortfall.", [("£150m-a-year", 1.5e8, "GBP per year", "money", "=", None)]),
    ],
)
def test_classes_from_the_forty_sixth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Sport, media and science: a glued "m" to the centimetre near a field event is metres, not
    millions; a golfer's score against par; tennis and rugby scores after "behind", "tie-break"
    and "the lead to"; a margin of defeat is no fall; "add up to" totals; "exceed" bounds; "near-"
    hedges; laps are labels; a sum "m-a-year"."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Shares in BP lost 3%, and the FTSE 100 fell by 50 points.",
            [("3%", 3, "%", "percent", "down", None), ("50 points", 50, "points", "count", "down", None)],
        ),
        ("Sterling lost ground after confidence fell by 4 points.", [("4 points", 4, "points", "count", "down", None)]),
        ("The show was watched by 8.16m viewers.", [("8.16m viewers", 8.16e6, "viewers", "count", "=", None)]),
        ("The fee was 4.25m.", [("4.25m", 4.25e6, None, "count", "=", None)]),
        (
            "The US economy lost hundreds of thousands of jobs.",
            [("hundreds of thousands of jobs", 1e5, "jobs", "count", "=", 1e6)],
        ),
        ("The Dow lost hundreds of points.", [("hundreds of points", 100, "points", "count", "down", 1000)]),
        ("The tariffs could add up to $500 to the price.", [("$500", 500, "USD", "money", "<", None)]),
        ("A three-match 50-over series.", [("50-over", 50, "over", "count", "=", None)]),
        ("Sales will recover in the back half of the year.", []),
    ],
)
def test_counter_examples_to_figures_1_43(sentence: str, expected: list[Expected]) -> None:
    """Sentences a second review wrote against 1.42 and 1.43: a margin of defeat needs "lost ... by"
    with no other verb of change between; a mark to the centimetre needs a field event nearby; a
    vague plural lost as an object is "=" but lost points fall; "add up to ... to" caps; cricket's
    "50-over" is no golf score; "the back half" is a part."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Saka's header extended Arsenal's lead to 2-0.", [("2-0", 2, None, "score", "=", 0)]),
        (
            "Heathrow handled 6.73m passengers in July, a record for the month.",
            [("6.73m passengers", 6.73e6, "passengers", "count", "=", None)],
        ),
        ("She set a personal best of 5.86m.", [("5.86m", 5.86, "m", "measure", "=", None)]),
        (
            "McIlroy is 3-over after two rounds.",
            [("3-over", 3, "over par", "count", "=", None), ("two rounds", 2, "rounds", "count", "=", None)],
        ),
        ("India lost the match, in Hyderabad, by 28 runs.", [("28 runs", 28, "runs", "count", "=", None)]),
        ("On Tuesday 15 to 20 cm of snow fell.", [("20 cm", 20, "cm", "measure", "=", None)]),
        (
            "Tesla lost billions of dollars in market value.",
            [("billions of dollars", 1e9, "USD", "money", "down", 1e10)],
        ),
        (
            "Exports fell back tens of millions of dollars.",
            [("tens of millions of dollars", 1e7, "USD", "money", "down", 1e8)],
        ),
    ],
)
def test_counter_examples_to_figures_1_44(sentence: str, expected: list[Expected]) -> None:
    """Sentences a third review wrote against 1.44: a possessive before "lead to", a record or a
    best that is no field event, a golfer "3-over" with nothing after, a margin with commas in
    the clause, a capitalised day before a range, money lost in value, "fell back"."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bangladesh set out a budget of nearly Tk 7.61 trillion.",
            [("Tk 7.61 trillion", 7.61e12, "BDT", "money", "~", None)],
        ),
        ("Price of eggs went up by Tk 15 per dozen.", [("Tk 15 per dozen", 15, "BDT per dozen", "money", "up", None)]),
        ("Police registered a case under Sections 302, 201, 34 of the IPC.", []),
        ("Sections 3, 4 and 5 apply.", []),
        (
            "Rates fell from 22 per cent through two successive cuts.",
            [
                ("22 per cent", 22, "%", "percent", "=", None),
                ("two successive cuts", 2, "successive cuts", "count", "=", None),
            ],
        ),
        (
            "Investors' wealth eroded by around Rs 7 lakh crore.",
            [("Rs 7 lakh crore", 7e12, "INR", "money", "down", None)],
        ),
        (
            "The closures will cost 780 jobs and up to 450 more will go.",
            [("780 jobs", 780, "jobs", "count", "=", None), ("450", 450, None, "count", "<", None)],
        ),
        ("Adults aged 65 and over are eligible.", [("65", 65, "year", "age", ">", None)]),
        ("Steve Rowe plans to shut 53 stores.", [("53 stores", 53, "stores", "count", "down", None)]),
        ("Shares closed 2% higher.", [("2%", 2, "%", "percent", "=", None)]),
    ],
)
def test_classes_from_the_forty_ninth_and_fiftieth_blind_sets(sentence: str, expected: list[Expected]) -> None:
    """European, US local, South Asian and Commonwealth news: the taka's "Tk", a list of section
    numbers after a plural label, a far end that counts its own noun, "eroded", "and up to" is no
    "and up", and sites closed or shut fall (a market that "closed 2% higher" does not)."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Dow closed 150 higher.", [("150", 150, None, "count", "=", None)]),
        ("Investigators closed 1,200 cases in 2023.", [("1,200 cases", 1200, "cases", "count", "=", None)]),
        ("He soared over 6.24m to break his own world record.", [("6.24m", 6.24, "m", "measure", ">", None)]),
        ("A 12-over chase followed.", [("12-over", 12, "over", "count", "=", None)]),
        ("Everyone 6 months and up to get a flu shot.", [("6 months", 6, "month", "duration", ">", None)]),
        ("They face £100-200 fines.", [("£100-200", 100, "GBP", "money", "=", 200)]),
        ("Users can upgrade from Windows 10 to 11 for free.", []),
        ("The US will send Israel 3 to 4 billion dollars.", [("4 billion dollars", 4e9, "USD", "money", "=", None)]),
        (
            "In recent weeks 30, 40 and even 50 migrants arrived.",
            [
                ("30", 30, None, "count", "=", None),
                ("40", 40, None, "count", "=", None),
                ("50 migrants", 50, "migrants", "count", "=", None),
            ],
        ),
    ],
)
def test_counter_examples_to_figures_1_46(sentence: str, expected: list[Expected]) -> None:
    """Sentences a fourth review wrote against 1.45 and 1.46: only sites fall when closed, a world
    record is a field event, a cricket "12-over chase", "and up to" a verb keeps an age floor, a
    glued money range before its noun, a version pair after a name, and a list after "weeks"."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He faces a fine of £5,000 and up to two years in prison.",
            [("£5,000", 5000, "GBP", "money", "=", None), ("two years", 2, "year", "duration", "<", None)],
        ),
        ("The chain closed 6 facilities.", [("6 facilities", 6, "facilities", "count", "down", None)]),
        ("Pogacar won stages 4, 11 and 15.", [("4", 4, None, "count", "=", None)]),
        ("He finished 10-over to miss the cut.", [("10-over", 10, "over par", "count", "=", None)]),
        (
            "Her world record swim was watched by 4.25m viewers.",
            [("4.25m viewers", 4.25e6, "viewers", "count", "=", None)],
        ),
    ],
)
def test_counter_examples_to_figures_1_47(sentence: str, expected: list[Expected]) -> None:
    """Sentences a fifth review wrote against 1.47: "and up to" a number is no "and up" floor,
    facilities are sites, stage numbers listed after "stages" are labels, a golfer "10-over to"
    something, and a plural after a mark counts millions."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Blight destroys $500m-worth of unpicked beans.", [("$500m", 5e8, "USD", "money", "=", None)]),
        ("It became a $20bn-plus company.", [("$20bn", 2e10, "USD", "money", ">", None)]),
        ("There are 20-plus candidates.", [("20-plus candidates", 20, "candidates", "count", ">", None)]),
        ("The manuscript ran to 40-odd pages.", [("40-odd pages", 40, "pages", "count", "~", None)]),
        ("A 5m-long boat sank.", [("5m", 5, "m", "measure", "=", None)]),
        ("The 4K plan will rise to $20 a month.", [("$20 a month", 20, "USD per month", "money", "up", None)]),
        (
            "Import loads declined 11.9 percent to 2.245 million TEUs.",
            [
                ("11.9 percent", 11.9, "%", "percent", "down", None),
                ("2.245 million TEUs", 2.245e6, "TEU", "measure", "=", None),
            ],
        ),
        (
            "Soybeans settled 2-1/4 cents higher to $10.36 per bushel.",
            [
                ("2-1/4 cents", 2.25, "cent", "money", "up", None),
                ("$10.36 per bushel", 10.36, "USD per bushel", "money", "=", None),
            ],
        ),
        (
            "The rate has fallen by 15% in one week, down to 3,180 dollars.",
            [
                ("15%", 15, "%", "percent", "down", None),
                ("one week", 1, "week", "duration", "=", None),
                ("3,180 dollars", 3180, "USD", "money", "=", None),
            ],
        ),
        (
            "The rate has fallen this week, down to 3,180 dollars.",
            [("3,180 dollars", 3180, "USD", "money", "down", None)],
        ),
        (
            "Without aid, up to 2.1 million people face hunger.",
            [("2.1 million people", 2.1e6, "people", "count", "<", None)],
        ),
        (
            "Its share jumped from about 31% to nearly 44% in one year.",
            [("31% to nearly 44%", 31, "%", "percent", "~", 44), ("one year", 1, "year", "duration", "=", None)],
        ),
        (
            "Cocoa fell from almost $12,000 per tonne in January to about $8,000.",
            [("$12,000 per tonne in January to about $8,000", 8000, "USD per tonne", "money", "~", 12000)],
        ),
        (
            "They moved from 10 Downing Street to just 11.",
            [("11", 11, None, "count", "=", None)],
        ),
        (
            "The MSP of paddy is Rs 850 per quintal.",
            [("Rs 850 per quintal", 850, "INR per quintal", "money", "=", None)],
        ),
        ("He lived in an 80-square-foot cabin.", [("80-square-foot", 80, "sq ft", "measure", "=", None)]),
        ("Spiegel was 21 when he founded Snapchat.", [("21", 21, "year", "age", "=", None)]),
        (
            "It needs a vote before more than a half-billion dollars in debt is authorised.",
            [("a half-billion dollars", 5e8, "USD", "money", ">", None)],
        ),
        ("The walk is a half-mile long.", [("a half-mile", 0.5, "mile", "measure", "=", None)]),
        ("The score was 21 when he scored.", [("21", 21, None, "count", "=", None)]),
        (
            "They sold more than one million vehicles, and one in 10 vehicles sold had a battery.",
            [
                ("one million vehicles", 1e6, "vehicles", "count", ">", None),
                ("one in 10 vehicles", 0.1, "fraction of vehicles", "count", "=", None),
            ],
        ),
    ],
)
def test_classes_from_the_fifty_first_and_second_blind_sets(sentence: str, expected: list[Expected]) -> None:
    """Politics, technology, farming and transport news: a scale glued to "-worth" or "-plus", a
    count "20-plus" or "40-odd" before its noun, a screen's "4K", containers in TEUs, a price per
    quintal or per square foot, "higher to", a level set off by a comma after the amount of its
    change, hedged range ends, a low end's "per" left out at the high end, the age someone "was
    ... when he", and a share that takes no bound from the count before it."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Oregon has confirmed 23 measles cases.", [("23 measles cases", 23, "measles cases", "count", "=", None)]),
        ("This week's injection of 97 Bcf beat forecasts.", [("97 Bcf", 97, "Bcf", "measure", "=", None)]),
        ("Gas fell to $7.10/MMBtu.", [("$7.10/MMBtu", 7.1, "USD per mmBTU", "money", "down", None)]),
        ("The purse was AUS$20 million.", [("AUS$20 million", 2e7, "AUD", "money", "=", None)]),
        (
            "It lies within a 12-nautical-mile radius.",
            [("12-nautical-mile", 12, "nautical mile", "measure", "=", None)],
        ),
        ("Offences against under-16s soared.", [("16s", 16, "year", "age", "<", None)]),
        ("Tickets for the over-65s are free.", [("65s", 65, "year", "age", ">", None)]),
        ("The Under-20s Six Nations starts soon.", []),
        ("Analysts found that 1) prices rose and 2) volumes fell.", []),
        ("Shares rose (up 2) in London.", [("2", 2, None, "count", "up", None)]),
        (
            "It was trading at more than 180p at one point last year.",
            [("180p", 180, "GBX", "money", ">", None), ("one point", 1, "point", "count", "=", None)],
        ),
    ],
)
def test_classes_from_the_fifty_fourth_and_fifth_blind_sets(sentence: str, expected: list[Expected]) -> None:
    """Health, energy, crime and sport: "measles" is no plural, so the phrase reads on to its noun;
    gas in Bcf and prices per MMBtu; the "AUS$"; a hyphened nautical mile; "under-16s" and
    "over-65s" are ages with their bound, but a capital names a team; a list number closed by a
    lone bracket is a marker.  "At one point" stays a count, as NewsQuant's dev marks it."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The YouTube channel passed 4K subscribers.", [("4K subscribers", 4000, "subscribers", "count", "=", None)]),
        ("Sony's 8K TVs sold well.", []),
        ("Subscriptions cost 15 plus VAT.", [("15", 15, None, "count", "=", None)]),
        ("The new model is priced 10% lower to compete with Tesla.", [("10%", 10, "%", "percent", "=", None)]),
        ("Shares fell on May 5, down to 120 pence.", [("120 pence", 120, "GBX", "money", "down", None)]),
        (
            "The FAA ordered airlines to cut 10% of flights at 40 airports, up to 1,800 flights a day.",
            [
                ("10%", 10, "%", "percent", "down", None),
                ("40 airports", 40, "airports", "count", "=", None),
                ("1,800 flights a day", 1800, "flights per day", "count", "<", None),
            ],
        ),
        ("She was just 19 when she won Wimbledon.", [("19", 19, "year", "age", "=", None)]),
        ("Smith was 14 when his family moved to Ohio.", [("14", 14, "year", "age", "=", None)]),
        ("Britain triggered Article 50 TEU in March 2017.", []),
        (
            "The tourist tax went from £2 per night when it began to £12m in receipts.",
            [("£2 per night", 2, "GBP per night", "money", "=", None), ("£12m", 1.2e7, "GBP", "money", "=", None)],
        ),
        ("The company sold 2m-worth of shares.", []),
    ],
)
def test_counter_examples_to_figures_1_49(sentence: str, expected: list[Expected]) -> None:
    """Sentences a sixth review wrote against 1.49: "4K" drops only before a screen word, "plus"
    bounds only when hyphened, "higher to" and "lower to" move a figure only before another, a
    comma-set level takes "=" only after an amount its verb moved the same way, more ways to say
    how old someone was when, "Article 50 TEU" is a treaty, a high end with its own scale keeps
    its unit, and "-worth" is no noun."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Shares ended 4% lower to close at 212p.",
            [("4%", 4, "%", "percent", "down", None), ("212p", 212, "GBX", "money", "=", None)],
        ),
        (
            "Shares in the lender fell more than 8% on Tuesday, down to 312 pence.",
            [("8%", 8, "%", "percent", ">", None), ("312 pence", 312, "GBX", "money", "=", None)],
        ),
        (
            "The company raised its dividend by 10 cents, up to $1.10 a share.",
            [
                ("10 cents", 10, "cent", "money", "up", None),
                ("$1.10 a share", 1.1, "USD per share", "money", "=", None),
            ],
        ),
        ("England were just 38 when they lost Root.", [("38", 38, None, "count", "=", None)]),
        ("The film is available to stream in 4K.", []),
        ("The event drew 100 plus people.", [("100 plus people", 100, "people", "count", ">", None)]),
        ("Under-16s will be barred from social media.", [("16s", 16, "year", "age", "<", None)]),
        ("Parents of under-5s get free childcare.", [("5s", 5, "year", "age", "<", None)]),
        ("Kerley became the first American to run under 10s this season.", []),
        ("LNG feedgas flows hit 16.5 bcfd on Tuesday.", [("16.5 bcfd", 16.5, "Bcf/d", "measure", "=", None)]),
    ],
)
def test_counter_examples_to_figures_1_50(sentence: str, expected: list[Expected]) -> None:
    """Sentences a seventh review wrote against 1.50: "lower to close at" still moves the figure,
    a hedged amount before a comma-set level is an amount, a cricket total "when they lost" a
    wicket is no age, "4K" counts only a plural noun, "100 plus people" bounds unless a charge
    follows "plus", under-16s open a sentence and under-5s have one digit, a time "under 10s"
    is no age group, and gas flows in bcfd."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nearly three out of four girls said they used make-up.",
            [("three out of four girls", 0.75, "fraction of girls", "count", "~", None)],
        ),
        (
            "Idea operates in 18 out of 22 circles.",
            [("18", 18, "circles", "count", "=", None), ("22 circles", 22, "circles", "count", "=", None)],
        ),
        ("He met Tony Blair at 10 Downing Street on Monday.", []),
        (
            "Police closed 12 Main Street shops.",
            [("12 Main Street shops", 12, "Main Street shops", "count", "down", None)],
        ),
        (
            "The tower is 300ft (91m) tall.",
            [("300ft", 300, "ft", "measure", "=", None), ("91m", 91, "m", "measure", "=", None)],
        ),
        ("It sold for 300 (10m).", [("300", 300, None, "count", "=", None), ("10m", 1e7, None, "count", "=", None)]),
        (
            "Analysts valued the tracks at between pounds 40m-pounds 50m.",
            [("pounds 40m-pounds 50m", 4e7, "GBP", "money", "=", 5e7)],
        ),
        ("If you get up at three o'clock, you go downstairs.", []),
    ],
)
def test_classes_from_the_fifty_ninth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """BBC business, politics, sport and culture from 2004-2005: a spelled part "out of" a whole is
    a share, as the blind sets mark it two times in three (a part in digits counts); a house
    number names its street; metres in brackets after feet; a range of "pounds" amounts with a
    glued scale; a clock time in words."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She was 21 when she lost her mother to cancer.", [("21", 21, "year", "age", "=", None)]),
        ("England were just 38 when they lost Root.", [("38", 38, None, "count", "=", None)]),
        (
            "Police fined 83 Downing Street staff.",
            [("83 Downing Street staff", 83, "Downing Street staff", "count", "=", None)],
        ),
        (
            "Critics gave the film three out of five stars.",
            [("three", 3, "stars", "count", "=", None), ("five stars", 5, "stars", "count", "=", None)],
        ),
        (
            "Labour won five out of seven seats.",
            [("five", 5, "seats", "count", "=", None), ("seven seats", 7, "seats", "count", "=", None)],
        ),
        (
            "Under-21s boss Lee Carsley named four uncapped players.",
            [("four uncapped players", 4, "uncapped players", "count", "=", None)],
        ),
        ("The new Golf GTI sits 15mm lower to the ground.", [("15mm", 15, "mm", "measure", "=", None)]),
        ("Disney+ raised the price of its 4K plans by $2.", [("$2", 2, "USD", "money", "up", None)]),
        (
            "Sales fell five percent, down to 1.2 million vehicles.",
            [
                ("five percent", 5, "%", "percent", "down", None),
                ("1.2 million vehicles", 1.2e6, "vehicles", "count", "=", None),
            ],
        ),
    ],
)
def test_counter_examples_to_figures_1_52(sentence: str, expected: list[Expected]) -> None:
    """Sentences an eighth review wrote against 1.51 and 1.52: the cricket guard needs a team's
    "were", a house number needs a preposition of place before it, a rating or a tally "out of" a
    whole counts, a role after "Under-21s" names a team, "lower to the ground" is a place, more
    screen words after "4K", and a spelled amount before a comma-set level."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The boy, now 17, would serve the rest of his term.", [("17", 17, "year", "age", "=", None)]),
        (
            "Almost half of UK rail fares are set to fall.",
            [("half of UK rail fares", 0.5, "fraction of UK rail fares", "count", "~", None)],
        ),
        (
            "More than half of U.S. tropical cyclone deaths were caused by flooding.",
            [
                (
                    "half of U.S. tropical cyclone deaths",
                    0.5,
                    "fraction of U.S. tropical cyclone deaths",
                    "count",
                    ">",
                    None,
                )
            ],
        ),
        ("Prices rose by half of 2019's rise.", [("half", 0.5, "fraction", "count", "up", None)]),
    ],
)
def test_units_the_recent_blind_sets_missed(sentence: str, expected: list[Expected]) -> None:
    """Value+unit classes left in blind sets 51 to 59: an age after "now" in an appositive, and a
    whole that a country's initials open."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Fed raised its rate by a quarter percentage point.",
            [("a quarter percentage point", 0.25, "percentage point", "percent", "up", None)],
        ),
        ("The move followed a half-point increase.", [("a half-point", 0.5, "point", "count", "=", None)]),
        (
            "It has pushed through three quarter-point rate rises.",
            [("three quarter-point rate rises", 3, "quarter-point rate rises", "count", "=", None)],
        ),
        ("The currency has depreciated almost 5%.", [("5%", 5, "%", "percent", "down", None)]),
    ],
)
def test_points_of_a_rate_and_currencies_that_lose_value(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "text", "change"),
    [
        ("The ratings dropped by 47% over six weeks.", "six weeks", "="),
        ("Over five years bills will rise by £7.5 billion.", "five years", "="),
        ("He has been in jail for over 10 years.", "over 10 years", ">"),
        ("It sold eight million copies in little over two years.", "over two years", ">"),
    ],
)
def test_over_a_duration_is_a_period_unless_it_bounds_one(sentence: str, text: str, change: str) -> None:
    """ "over six weeks" names the period of a change; after "for", "took" or "little" it is "more
    than".  The whole extract stage is asked, since the dates extractor reads durations too."""
    from pipeline.extract import extract

    figures = extract(segment(document_from_text(sentence, "test"))).figures
    assert [(f.text, f.change) for f in figures if f.kind == "duration"] == [(text, change)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The number of people out of work rose 32,000 to 1.41 million.",
            [("32,000", 32000, "people", "count", "up", None), ("1.41 million", 1.41e6, "people", "count", "=", None)],
        ),
        (
            "It takes the total number of jobs to go to 5,500.",
            [("5,500", 5500, "jobs", "count", "=", None)],
        ),
        ("A number of analysts said 5 would bid.", [("5", 5, None, "count", "=", None)]),
        ("The number of victims is unknown. Police said 12 were held.", [("12", 12, None, "count", "=", None)]),
        ("The number of victims is unknown, but police arrested 12.", [("12", 12, None, "count", "=", None)]),
        ("He served 14 aces--13 below his average.", [("14 aces", 14, "aces", "count", "=", None)]),
        ("Wheat traded at $7 a bushel.", [("$7 a bushel", 7, "USD per bushel", "money", "=", None)]),
    ],
)
def test_a_count_told_of_the_number_of_something_counts_it(sentence: str, expected: list[Expected]) -> None:
    """ "the number of people out of work rose 32,000": the subject names what the bare count
    counts; "a number of" means "several", and a sentence break ends the subject's reach."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the 10 or so images only one was hers.", [("10 or so images", 10, "images", "count", "~", None)]),
        ("It ran 10 or more miles.", [("10 or more miles", 10, "mile", "measure", ">", None)]),
    ],
)
def test_a_hedge_or_bound_between_a_count_and_its_unit(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Labour lead the Conservatives by 39% to 34%.",
            [("39%", 39, "%", "percent", "=", None), ("34%", 34, "%", "percent", "=", None)],
        ),
        ("Rates were cut from 5% to 4%.", [("5% to 4%", 4, "%", "percent", "=", 5)]),
    ],
)
def test_a_falling_pair_of_shares_without_from_is_no_range(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Inflation slowed to 4.9 percent in April.", [("4.9 percent", 4.9, "%", "percent", "down", None)]),
        ("Temperatures will be around 12ºC.", [("12ºC", 12, "°C", "measure", "~", None)]),
        ("It placed the two spacecraft into orbit.", [("two spacecraft", 2, "spacecraft", "count", "=", None)]),
    ],
)
def test_classes_from_the_sixteenth_blind_set(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Support has dwindled to 30 percent or lower.", [("30 percent", 30, "%", "percent", "<", None)]),
        ("The probe passed within 19km of the asteroid.", [("19km", 19, "km", "measure", "<", None)]),
        (
            "Patients lost an average of 28.7 percent of their weight.",
            [("28.7 percent", 28.7, "%", "percent", "down", None)],
        ),
        ("Bond yields softened to 8.68 per cent.", [("8.68 per cent", 8.68, "%", "percent", "down", None)]),
        ("Revenue was up 25% to 30% on the year.", [("25% to 30%", 25, "%", "percent", "up", 30)]),
        (
            "Shares rose 0.5% to 3.2%.",
            [("0.5%", 0.5, "%", "percent", "up", None), ("3.2%", 3.2, "%", "percent", "=", None)],
        ),
    ],
)
def test_classes_from_the_seventeenth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Bounds after a figure and "within" a distance, "an average of" after any verb, "softened",
    and two close percentages after a verb as the range of its change."""
    check(sentence, expected)


def test_longer_than_bounds_a_duration() -> None:
    from pipeline.extract import extract

    figures = extract(segment(document_from_text("They had waited longer than a year.", "test"))).figures
    assert [(f.text, f.kind, f.change) for f in figures] == [("longer than a year", "duration", ">")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Macron plans to raise the retirement age to 64.", [("64", 64, "year", "age", "up", None)]),
        ("A bill would lower the voting age to 18.", [("18", 18, "year", "age", "down", None)]),
        ("He shortened the jail time to 15 years.", [("15 years", 15, "year", "duration", "down", None)]),
        (
            "Shares rose 5% on Friday to $84.",
            [("5%", 5, "%", "percent", "up", None), ("$84", 84, "USD", "money", "=", None)],
        ),
        ("The pace is expected to rise only to 1.9%.", [("1.9%", 1.9, "%", "percent", "=", None)]),
        ("It plans to cut the number of MPs to 600.", [("600", 600, "MPs", "count", "=", None)]),
    ],
)
def test_a_level_after_a_verb_and_its_object_carries_the_verb(sentence: str, expected: list[Expected]) -> None:
    """As "fell to 49.55" is "down", so is a level a transitive verb brings its object to; an amount,
    a preposition or a word that states the figure as it is between them leaves it "="."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The company accelerated its monthly active users to 328 million.",
            [("328 million", 3.28e8, "monthly active users", "count", "up", None)],
        ),
        ("They raised their prices to 500.", [("500", 500, None, "count", "up", None)]),
    ],
)
def test_a_bare_level_counts_the_plural_a_verb_brings_to_it(sentence: str, expected: list[Expected]) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The vote was 67-28 in favour.", [("67-28", 67, None, "score", "=", 28)]),
        ("Republicans have a 220-213 edge in the House.", [("220-213", 220, None, "score", "=", 213)]),
        ("Passage by a 51-to-50 vote came at dawn.", [("51-to-50", 51, None, "score", "=", 50)]),
        ("She is a three-time Olympian.", [("three-time", 3, "time", "count", "=", None)]),
        ("He started with a one-shot lead.", [("one-shot", 1, "shot", "count", "=", None)]),
        ("It was a one-time payment.", []),
        (
            "Of those, 41,000, or 1.6% of the total, were cancelled.",
            [("41,000", 41000, None, "count", "=", None), ("1.6%", 1.6, "%", "percent", "=", None)],
        ),
        ("They named Zafar Moitheen (24) of Perumbavoor.", [("24", 24, "year", "age", "=", None)]),
        (
            "Police arrested two suspects, aged 31 and 48.",
            [
                ("two suspects", 2, "suspects", "count", "=", None),
                ("31", 31, "year", "age", "=", None),
                ("48", 48, "year", "age", "=", None),
            ],
        ),
        ("Scotland (8) beat Italy.", []),
        ("It beat the then-No. 7 in the rankings.", []),
    ],
)
def test_classes_from_the_eighteenth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Votes and edges as scores, "-time" and margins of one as counts, a restatement after ", or"
    lending no unit, ages in brackets before where a person is from and in a list after "aged",
    and a label after a hyphen."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "changes"),
    [
        ("Rents are up 8 percent in Buffalo, 8.6 percent in Knoxville and 11.5 percent in Springfield.", ["up"] * 3),
        ("Enrolments fell 6.3 percent, 5.5 percent at the graduate level, and 9.7 percent overall.", ["down"] * 3),
        ("Shares rose 2%, and 40% of analysts agree.", ["up", "="]),
        ("Sales rose 5%, while costs were 3%.", ["up", "="]),
    ],
)
def test_a_listed_percentage_shares_the_change_before_it(sentence: str, changes: list[str]) -> None:
    assert [f.change for f in figures_in(sentence)] == changes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some expected a 25bp raise.", [("25bp", 25, "basis point", "percent", "=", None)]),
        ("500 BP staff lost their jobs.", [("500 BP staff", 500, "BP staff", "count", "=", None)]),
        ("The plan went from $8 per month to $9.", [("$8 per month to $9", 8, "USD per month", "money", "=", 9)]),
        (
            "At least 2.6 million illnesses, 26,000 hospitalizations and 1,600 deaths were recorded.",
            [
                ("2.6 million illnesses", 2.6e6, "illnesses", "count", ">", None),
                ("26,000 hospitalizations", 26000, "hospitalizations", "count", ">", None),
                ("1,600 deaths", 1600, "deaths", "count", ">", None),
            ],
        ),
        (
            "He sold 173,000 tickets over three shows.",
            [
                ("173,000 tickets", 173000, "tickets", "count", "=", None),
                ("three shows", 3, "shows", "count", "=", None),
            ],
        ),
        ("He has played over 300 games.", [("300 games", 300, "games", "count", ">", None)]),
        (
            "The bank decided to raise the central bank base rate to 7.75%.",
            [("7.75%", 7.75, "%", "percent", "up", None)],
        ),
    ],
)
def test_classes_from_the_nineteenth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Basis points glued as "bp", a range whose low end carries a rate, a bound over a list of
    counts, "over" a count of occasions after another figure, and a six-word object."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It brought the total raised by the start-up to $55m.", [("$55m", 5.5e7, "USD", "money", "=", None)]),
        ("The plan would have raised the levy 4.3 percent.", [("4.3 percent", 4.3, "%", "percent", "up", None)]),
        ("The export boost offset a 1% rise in imports.", [("1%", 1, "%", "percent", "=", None)]),
        ("Output grew just 0.1% in the quarter.", [("0.1%", 0.1, "%", "percent", "=", None)]),
        (
            "It plans to cut 2.5 percent of its workforce, roughly 19,000 jobs.",
            [("2.5 percent", 2.5, "%", "percent", "down", None), ("19,000 jobs", 19000, "jobs", "count", "down", None)],
        ),
        (
            "The bank lifted interest rates 0.25% to 5.5%.",
            [("0.25%", 0.25, "%", "percent", "up", None), ("5.5%", 5.5, "%", "percent", "=", None)],
        ),
        (
            "The index ended down 1% at 1,463.78.",
            [("1%", 1, "%", "percent", "down", None), ("1,463.78", 1463.78, None, "count", "=", None)],
        ),
    ],
)
def test_changes_from_the_nineteenth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """A bound is never the end of a hyphened word ("start-up to"); a percentage after a verb's object
    is its change unless an article or a modifier makes it a noun's; a hedged apposition restates
    a cut."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2019 he played over 40 matches.", [("40 matches", 40, "matches", "count", ">", None)]),
        ("The S&P 500 ended up 0.3% on Friday.", [("0.3%", 0.3, "%", "percent", "up", None)]),
        ("The pound added 30 points.", [("30 points", 30, "points", "count", "up", None)]),
        ("It extended the offer to 5,000 workers.", [("5,000 workers", 5000, "workers", "count", "=", None)]),
        ("It covers the lower 48 states.", [("48 states", 48, "states", "count", "=", None)]),
        (
            "Of those aged 65, 300 were admitted.",
            [("65", 65, "year", "age", "=", None), ("300", 300, None, "count", "=", None)],
        ),
        ("All top-flight 20 clubs agreed.", [("20 clubs", 20, "clubs", "count", "=", None)]),
        ("Inflation of 3% and lower energy prices helped.", [("3%", 3, "%", "percent", "=", None)]),
        (
            "Prices fell 5% some 40 miles away.",
            [("5%", 5, "%", "percent", "down", None), ("40 miles", 40, "mile", "measure", "~", None)],
        ),
        ("The tax increase left households 3% worse off.", [("3%", 3, "%", "percent", "=", None)]),
        ("It will lower prices by 5%.", [("5%", 5, "%", "percent", "down", None)]),
        (
            "It plans to expand its capacity nearly five-fold to 450 gigawatts.",
            [("five-fold", 5, "times", "count", "up", None), ("450 gigawatts", 450, "GW", "measure", "=", None)],
        ),
    ],
)
def test_review_of_the_later_rules(sentence: str, expected: list[Expected]) -> None:
    """Sentences a review of the later rules found misread: a year is no total before "over",
    markets' points are changes, people after a verb's object and "to" receive it, "lower" as an
    adjective, a list after "aged" needs its "and", "-" joins a label only after "then-", "and
    lower" is no bound, a hedge restates only after a comma, a percentage that describes its object
    is no change."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Inflation accelerated to a 15-month high of 11%.",
            [("15-month", 15, "month", "duration", "=", None), ("11%", 11, "%", "percent", "up", None)],
        ),
        (
            "Shares fell to a four-month low of $4.50.",
            [("four-month", 4, "month", "duration", "=", None), ("$4.50", 4.5, "USD", "money", "down", None)],
        ),
        (
            "Treasury reduced the target for ordinary revenue to Sh2.835 trillion.",
            [("Sh2.835 trillion", 2.835e12, "KES", "money", "down", None)],
        ),
    ],
)
def test_classes_from_the_twentieth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """A level named before its figure ("to a 15-month high of") is reached as after "to", and an
    object may hold "for" ("the target for ordinary revenue")."""
    check(sentence, expected)


def test_a_hyphened_mixed_number_is_one_value() -> None:
    from pipeline.extract import extract

    figures = extract(segment(document_from_text("The match was delayed by 4-1/2 hours.", "test"))).figures
    assert [(f.text, f.value, f.unit) for f in figures] == [("4-1/2 hours", 4.5, "hour")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pliskova was up 3-0 in the first set.", [("3-0", 3, None, "score", "=", 0)]),
        ("They rallied to defeat the visiting Houston Rockets 135-131.", [("135-131", 135, None, "score", "=", 131)]),
        ("The Senate approved the measure by 56-43.", [("56-43", 56, None, "score", "=", 43)]),
        ("Prices were up 10-15 per cent.", [("10-15 per cent", 10, "%", "percent", "up", 15)]),
        (
            "Brent moved up by 7.3 per cent or $7.88 to $115 a barrel.",
            [
                ("7.3 per cent", 7.3, "%", "percent", "up", None),
                ("$7.88", 7.88, "USD", "money", "up", None),
                ("$115 a barrel", 115, "USD per barrel", "money", "=", None),
            ],
        ),
        (
            "The number of completed home sales dropped 10 per cent to 46,870.",
            [
                ("10 per cent", 10, "%", "percent", "down", None),
                ("46,870", 46870, "completed home sales", "count", "=", None),
            ],
        ),
    ],
)
def test_classes_from_the_twenty_first_blind_set(sentence: str, expected: list[Expected]) -> None:
    """More cues of a result, a change restated after "or" before its level, and "the number of"
    across a percentage."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Households that use up to 6‚000 litres will pay more.",
            [("6‚000 litres", 6000, "l", "measure", "<", None)],
        ),
        ("It expects profit of £1.2bn-£1.4bn this year.", [("£1.2bn-£1.4bn", 1.2e9, "GBP", "money", "=", 1.4e9)]),
        ("Councillors approved a 4.5-per-cent tax increase.", [("4.5-per-cent", 4.5, "%", "percent", "=", None)]),
        ("Please call Northumbria Police on 101.", []),
        ("The road was closed at the Hwy. 241 exit near milepost 137.", []),
        ('It sold copies of the anthology "Forty Licks" last year.', []),
        ('He said "Three people died in the crash."', [("Three people", 3, "people", "count", "=", None)]),
    ],
)
def test_classes_from_the_twenty_second_blind_set(sentence: str, expected: list[Expected]) -> None:
    """A low quotation mark written for a thousands comma, a scaled range with its currency on both
    ends, "per-cent" hyphened, a phone number after whom to call, highway and milepost labels, and a
    number word opening a quoted title (but not a quote after a verb of saying)."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Harvests are 21 and 26% below 2014.",
            [("21", 21, "%", "percent", "=", None), ("26%", 26, "%", "percent", "=", None)],
        ),
        (
            "It peaked at 11.9m and 49.2% of the audience.",
            [("11.9m", 1.19e7, None, "count", "=", None), ("49.2%", 49.2, "%", "percent", "=", None)],
        ),
        (
            "Of the 55 lots offered, 41 were sold.",
            [("55 lots", 55, "lots", "count", "=", None), ("41", 41, "lots", "count", "=", None)],
        ),
        (
            "The crop was 9.6 million tons, down from 14.25 million.",
            [
                ("9.6 million tons", 9.6e6, "ton", "measure", "=", None),
                ("14.25 million", 1.425e7, "ton", "measure", "=", None),
            ],
        ),
    ],
)
def test_units_shared_across_and_wholes_and_comparisons(sentence: str, expected: list[Expected]) -> None:
    """Two values of one measure joined by "and" share its unit, but not a share of a whole; the
    parts of a whole a sentence opens with count its noun; a measure lends its unit to a compared
    scaled number."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Millions have been forced to leave their homes.", [("Millions", 1e6, None, "count", "=", 1e7)]),
        ("Thousands marched through the capital on Sunday.", [("Thousands", 1e3, None, "count", "=", 1e4)]),
        ("The freeze hits millions in the public sector.", [("millions", 1e6, None, "count", "=", 1e7)]),
        ("Parents are expected to spend millions on video games.", [("millions", 1e6, None, "count", "=", 1e7)]),
        ("Their thousands of fans cheered.", [("thousands of fans", 1e3, "fans", "count", "=", 1e4)]),
        ("Several thousand more had left the camp.", [("Several thousand", 1e3, None, "count", "=", 1e4)]),
        ("A few hundred people gathered outside.", [("A few hundred people", 100, "people", "count", "=", 1000)]),
        (
            "It lies a couple hundred miles from the capital.",
            [("a couple hundred miles", 200, "mile", "measure", "=", None)],
        ),
        ("Adults 50 and older saw the greatest decreases.", [("50", 50, "year", "age", ">", None)]),
        ("Children 11 or younger travel free.", [("11", 11, "year", "age", "<", None)]),
        ("Exporters will get half as much as the decree envisaged.", [("half", 0.5, "fraction", "count", "=", None)]),
        (
            "Employment rose from 14.5 million in the fourth quarter of 2021 to 15.5 million in 2022.",
            [("14.5 million in the fourth quarter of 2021 to 15.5 million", 14.5e6, None, "count", "=", 15.5e6)],
        ),
        (
            "Films cost from pounds 1 or pounds 2 for archived movies to pounds 3.50 for new ones.",
            [
                ("pounds 1", 1, "GBP", "money", "=", None),
                ("pounds 2", 2, "GBP", "money", "=", None),
                ("pounds 3.50", 3.5, "GBP", "money", "=", None),
            ],
        ),
        ("The government unveiled its budget for the fiscal year 2024-25.", []),
        (
            "Delta, United and Southwest gained 69, 96 and 60 percent, respectively.",
            [
                ("69", 69, "%", "percent", "up", None),
                ("96", 96, "%", "percent", "up", None),
                ("60 percent", 60, "%", "percent", "up", None),
            ],
        ),
        ("Irma strengthened to 130 mph overnight.", [("130 mph", 130, "mph", "measure", "up", None)]),
        ("The rand weakened to R14.68 against the dollar.", [("R14.68", 14.68, "ZAR", "money", "down", None)]),
        ("Tickets cost N2,500 each.", [("N2,500", 2500, "NGN", "money", "=", None)]),
        ("He wore an N95 mask on the R101 road.", []),
    ],
)
def test_classes_from_the_twenty_third_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Vague plurals without "of" before a verb or a preposition, "several" or "a few" before a
    scale word, "a couple hundred", ages bounded by "and older" even after a capitalised noun,
    "half as much as", a range from "from" over a time phrase to "to" (but not over an
    alternative), a fiscal year named by its years, which is a date and no duration, bare numbers
    listed before the unit they share, "strengthened to", and the letters of the rand and the
    naira before amounts with cents or grouped thousands (not before a mask's or a road's
    number)."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Metro acquired a 2200 square metre development site.",
            [("2200 square metre", 2200, "m²", "measure", "=", None)],
        ),
        (
            "He made a 40% capital gain in 2½ years.",
            [("40%", 40, "%", "percent", "=", None), ("2½ years", 2.5, "year", "duration", "=", None)],
        ),
        ("A half-mile section of the motorway was closed.", [("A half-mile", 0.5, "mile", "measure", "=", None)]),
        (
            "Police recovered more than a quarter-ton of cocaine.",
            [("a quarter-ton", 0.25, "ton", "measure", ">", None)],
        ),
        ("Fans reached half-time level.", []),
        ("It will take a third-quarter charge.", []),
        ("Traffic is slow between junctions 29 and 31.", []),
        ("Flight 370 and 200 passengers vanished.", [("200 passengers", 200, "passengers", "count", "=", None)]),
        ("He has pocketed USD$63,768,403.", [("USD$63,768,403", 63768403, "USD", "money", "=", None)]),
        ("Riders brake for around 5.9s before the corner.", [("5.9s", 5.9, "second", "duration", "~", None)]),
        ("In the 1990s, fans in their 20s came.", [("20s", 20, "year", "age", "=", 29)]),
        ('Ratings for Fox\'s longtime "24" sank.', []),
        ("The film took an estimated $215 m.", [("$215 m", 215e6, "USD", "money", "~", None)]),
        ("It cost $3.2 bn.", [("$3.2 bn", 3.2e9, "USD", "money", "=", None)]),
        ("By putting up 31 points on Tuesday, he made history.", [("31 points", 31, "points", "count", "=", None)]),
        (
            "The film touched Rs 75 crore approximately in its first weekend.",
            [("Rs 75 crore", 75e7, "INR", "money", "~", None)],
        ),
        (
            "The drugs have an estimated street value of $19,236,096.",
            [("$19,236,096", 19236096, "USD", "money", "~", None)],
        ),
        (
            "It came after a delay of 202 months, or over 16 years.",
            [("202 months", 202, "month", "duration", "=", None), ("16 years", 16, "year", "duration", ">", None)],
        ),
        ("The finale averaged a 2.8 rating.", [("2.8 rating", 2.8, "rating", "count", "=", None)]),
        (
            "Boeing raised its compulsory aging-out age, to 70 from 65, last year.",
            [("70", 70, "year", "age", "=", None), ("65", 65, "year", "age", "=", None)],
        ),
        ("It is his third such game since turning 38.", [("38", 38, "year", "age", "=", None)]),
        ("Households with people over 60 get a payment.", [("60", 60, "year", "age", ">", None)]),
        ("Sales turned 5 percent higher.", [("5 percent", 5, "%", "percent", "=", None)]),
        (
            "Airbus sold 796 A320neo planes in 2019.",
            [("796 A320neo planes", 796, "A320neo planes", "count", "=", None)],
        ),
        ("Globe built 356 new 5G sites.", [("356 new 5G sites", 356, "new 5G sites", "count", "=", None)]),
        (
            "He was one of the world's top three 800m runners.",
            [("three", 3, None, "count", "=", None), ("800m", 800, "m", "measure", "=", None)],
        ),
    ],
)
def test_classes_from_the_twenty_fourth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """Singular square and cubic units, vulgar fractions after digits, a fraction hyphened to its
    unit (but not "half-time" or "third-quarter"), plural labels and the pair they label, "USD$",
    seconds glued to a decimal, a number that is a whole quoted title, a scale abbreviation set
    off after a currency, "putting up" as no rise, hedges after the figure and before a named
    value ("an estimated street value of"), "or over" as a bound, a singular noun after a
    decimal after "a", ages named by "age to", "turning" or a bound on a group of people, and codes
    and models inside a counted noun (but not a glued measure)."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bank raised rates for the first time in four-and-half-years.",
            [("four-and-half-years", 4.5, "year", "duration", "=", None)],
        ),
        (
            "Defence got Ksh 157 B and intelligence Ksh 45B.",
            [("Ksh 157 B", 157e9, "KES", "money", "=", None), ("Ksh 45B", 45e9, "KES", "money", "=", None)],
        ),
        ("Officers seized approximately 118kgs of cannabis.", [("118kgs", 118, "kg", "measure", "~", None)]),
        ("His putback broke a 66-66 tie.", [("66-66", 66, None, "score", "=", 66)]),
        (
            "It cut the average duration from approximately 14 years down to 10 years.",
            [("14 years down to 10 years", 10, "year", "duration", "~", 14)],
        ),
        (
            "He listed the suspects as Umaru Isah (21), Emmanuel Ita (19) and Moshood Ayinde (25).",
            [
                ("21", 21, "year", "age", "=", None),
                ("19", 19, "year", "age", "=", None),
                ("25", 25, "year", "age", "=", None),
            ],
        ),
        ("Seeds included Scotland (8), Wales (12) and Ireland (3).", []),
        ("It is an increase of 0.07 percentage over November.", [("0.07 percentage", 0.07, "%", "percent", "=", None)]),
        ("The budget includes a 5.2 increase in spending.", [("5.2", 5.2, None, "count", "=", None)]),
        (
            "Its rate dropped by 0.1 of a percentage point.",
            [("0.1 of a percentage point", 0.1, "percentage point", "percent", "down", None)],
        ),
        (
            "They're at least three or four times off.",
            [("three", 3, "times", "count", ">", None), ("four times", 4, "times", "count", "=", None)],
        ),
        (
            "Of 4,050 residents who died, 547 of these deaths were in Cuyahoga County.",
            [
                ("4,050 residents", 4050, "residents", "count", "=", None),
                ("547 of these deaths", 547, "deaths", "count", "=", None),
            ],
        ),
        ("RBI ups its inflation projection to 5.4 pc.", [("5.4 pc", 5.4, "%", "percent", "up", None)]),
        (
            "The temperature is shooting up to 40 degrees Celsius.",
            [("40 degrees Celsius", 40, "°C", "measure", "up", None)],
        ),
        ("Rates stayed near zero.", [("zero", 0, None, "count", "~", None)]),
    ],
)
def test_classes_from_the_twenty_fifth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """ "and half" without "a" and hyphened to its unit, a spaced "B" after a currency, "kgs", a
    tied score, "from approximately ... down to", bracketed ages listed after a word naming people
    (not seedings), "percentage" alone, a noun of change after a decimal that is no unit, a
    decimal part "of a percentage point", an alternative sharing "times", a partitive after
    "these", "ups" with its object, "shooting up to" and "near" as a hedge."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nearly a quarter made their fortunes in tech.", [("a quarter", 0.25, "fraction", "count", "~", None)]),
        ("The parade lasted a quarter mile.", [("a quarter mile", 0.25, "mile", "measure", "=", None)]),
        ("Profits rose after a third win.", []),
        ("Almost 3 in 4 say it is squeezing their budgets.", [("3 in 4", 0.75, "fraction", "count", "~", None)]),
        (
            "He scored 8 in 12 games.",
            [("8", 8, None, "count", "=", None), ("12 games", 12, "games", "count", "=", None)],
        ),
        ("Boeing's first-quarter 737 deliveries tumbled.", []),
        ("They surveyed a 10,000-sq-km expanse.", [("10,000-sq-km", 10000, "km²", "measure", "=", None)]),
        (
            "Contracts totalling 2.5 billion pounds of copper traded.",
            [("2.5 billion pounds", 2.5e9, "lb", "measure", "=", None)],
        ),
        ("The euro inched up to USD 1.3224.", [("USD 1.3224", 1.3224, "USD", "money", "up", None)]),
        (
            "It was valued at $71.3 billion or more than four times its worth.",
            [("$71.3 billion", 71.3e9, "USD", "money", "=", None), ("four times", 4, "times", "count", ">", None)],
        ),
        ("It could operate for five more months.", [("five more months", 5, "month", "duration", "=", None)]),
        ("It holds more than a 90% share of the market.", [("90%", 90, "%", "percent", ">", None)]),
        ("The film is about an 18-year-old girl.", [("18-year-old", 18, "year", "age", "=", None)]),
        ("The 737 is the best-selling airliner in history.", []),
        (
            "Passengers on the 747 were safe, and the 747 passengers flew on.",
            [
                ("747 passengers", 747, "passengers", "count", "=", None),
            ],
        ),
        ("Mo'unga capped it with a 70m intercept try.", [("70m", 70, "m", "measure", "=", None)]),
        (
            "The Sensex closed 520.25 points or 0.86% lower at 59,910.75.",
            [
                ("520.25 points", 520.25, "points", "count", "down", None),
                ("0.86%", 0.86, "%", "percent", "down", None),
                ("59,910.75", 59910.75, None, "count", "=", None),
            ],
        ),
    ],
)
def test_classes_from_the_twenty_sixth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """A share before a past-tense or modal verb (not an ordinal before a noun), a fraction spaced
    before its unit, a share of people polled written in digits, Boeing's model numbers before
    deliveries, "sq-km", pounds of a material, "inched up to", "or more than" as no bound of the
    figure before it, "more" durations, a bound before the article of a noun the figure
    modifies (not "about" as a preposition), and a change restated before "lower at"."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In recent weeks 30 people have died.", [("30 people", 30, "people", "count", "=", None)]),
        ("He cites section 8 and 40% of tenants.", [("40%", 40, "%", "percent", "=", None)]),
        ("Windows 10 and older versions are unsupported.", []),
        ("Police turned 40 protesters away.", [("40 protesters", 40, "protesters", "count", "=", None)]),
        ("Troops massed near 3 border towns.", [("3 border towns", 3, "border towns", "count", "=", None)]),
        ("It is a film about a $5 million heist.", [("$5 million", 5e6, "USD", "money", "=", None)]),
        (
            "Police arrested 12 and half of them were charged.",
            [("12", 12, None, "count", "=", None), ("half", 0.5, "fraction", "count", "=", None)],
        ),
        ("She won a £10 M&S voucher.", [("£10", 10, "GBP", "money", "=", None)]),
        (
            "A few hundred thousand people marched.",
            [("A few hundred thousand people", 1e5, "people", "count", "=", 1e6)],
        ),
        ("A couple hundred thousand fans came.", [("A couple hundred thousand fans", 2e5, "fans", "count", "=", None)]),
        ("He ate a half-pound burger.", [("a half-pound", 0.5, "lb", "measure", "=", None)]),
        ("Police seized 5 million pounds of drugs money.", [("5 million pounds", 5e6, "GBP", "money", "=", None)]),
        ("The accused were seen in Manchester (12) and Leeds (3).", []),
        ("His millions came from oil.", []),
    ],
)
def test_new_rules_leave_ordinary_text_alone(sentence: str, expected: list[Expected]) -> None:
    """Counter-examples to this session's rules, from a review of the change: a plural word that is
    no label of a pair, a pair that ends in a percentage, versions "and older", "turned" before a
    count, "near" places, "about" as a preposition, "and half of them", a shop's name after an
    amount, compound scales after "a few" and "a couple", a half-pound, drugs money, places in
    brackets, and someone's millions."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Raids took place in the 300 block of W. 31st Street.", []),
        ("He lost in the round of 16 in Madrid.", []),
        (
            "The French forward, 23, became their third-most expensive player.",
            [("23", 23, "year", "age", "=", None)],
        ),
        ("Bills will fall by £122 a year from July.", [("£122 a year", 122, "GBP per year", "money", "down", None)]),
        ("It opens a year from now.", []),
        (
            "The number of supermarkets increased from 447 in 2003/04 to 595 in 2013/14.",
            [("447 in 2003/04 to 595", 447, "supermarkets", "count", "=", 595)],
        ),
        (
            "Turnout has declined from 35 per cent during the 1980s to just 28 per cent.",
            [("35 per cent during the 1980s to just 28 per cent", 28, "%", "percent", "=", 35)],
        ),
        (
            "He moved from 10 Downing Street to 11.",
            [("11", 11, None, "count", "=", None)],
        ),
        (
            "Robot sales will swell from 81,000 units in 2003 to 106,000 in 2007.",
            [("81,000 units in 2003 to 106,000", 81000, "units", "count", "=", 106000)],
        ),
        (
            "The number of people who won British passports increased by a third to 120,145.",
            [("a third", 1 / 3, "fraction", "count", "up", None), ("120,145", 120145, "people", "count", "=", None)],
        ),
        (
            "Greek islands saw the most detections at 88 000, an 11-fold rise.",
            [("88 000", 88000, None, "count", "=", None), ("11-fold", 11, "times", "count", "=", None)],
        ),
        (
            "The Dow was surging nearly 400 points to 10614.21.",
            [("400 points", 400, "points", "count", "up", None), ("10614.21", 10614.21, None, "count", "=", None)],
        ),
        (
            "Carbon emissions rose last year to a record 31.6 gigatons.",
            [("31.6 gigatons", 31.6, "gigatons", "count", "up", None)],
        ),
        ("Shares fell on Friday to 49.55.", [("49.55", 49.55, None, "count", "down", None)]),
        (
            "More than 1,300 men, women and children have died.",
            [("1,300 men, women and children", 1300, "men, women and children", "count", ">", None)],
        ),
    ],
)
def test_classes_from_the_twenty_seventh_and_eighth_blind_sets(sentence: str, expected: list[Expected]) -> None:
    """Street blocks and a tournament's round as names, an age after a word for a player, a rate
    "a year from" a month (but not "a year from now"), ranges after "from" with words of time
    between bare ends and an adverb before the second, the counted noun of such a range, a "number
    of" subject told of after a fraction of change, blank-grouped thousands before a comma,
    plurals listed by commas, more verbs of change in "-ing", and the level a verb reaches after a
    phrase of time or "a record"."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At the end of May, 15,900 people were waiting.", [("15,900 people", 15900, "people", "count", "=", None)]),
        ("On May 15 it rained.", []),
        (
            "London (AFP) - Two prime ministers paid tribute.",
            [("Two prime ministers", 2, "prime ministers", "count", "=", None)],
        ),
        (
            "The second seed was an overwhelming favourite and eased to a 6-2, 6-1 victory.",
            [("6-2", 6, None, "score", "=", 2), ("6-1", 6, None, "score", "=", 1)],
        ),
        ("Bez is now 2-1 favourite to win.", []),
        ("The Court ruled in a 5-4 decision.", [("5-4", 5, None, "score", "=", 4)]),
        ("In August, 173,000 jobs were added.", [("173,000 jobs", 173000, "jobs", "count", "up", None)]),
        ("About 1,200 posts will be cut.", [("1,200 posts", 1200, "posts", "count", "down", None)]),
        ("Canada pledged $C5.3 billion.", [("$C5.3 billion", 5.3e9, "CAD", "money", "=", None)]),
        (
            "It was the largest of about a half dozen rallies.",
            [("a half dozen rallies", 6, "rallies", "count", "~", None)],
        ),
        (
            "The Commons voted by 315 votes to 274 for the amendment.",
            [("315 votes to 274", 315, "votes", "score", "=", 274)],
        ),
        ("Deliveries grew more than 3x in 2023.", [("3x", 3, "times", "count", ">", None)]),
        ("It has a 4x4 engine.", []),
        (
            "The fee is £115m/€133.9m with add-ons.",
            [("£115m", 115e6, "GBP", "money", "=", None), ("€133.9m", 133.9e6, "EUR", "money", "=", None)],
        ),
        ("The shop is open 24/7.", []),
    ],
)
def test_classes_from_the_twenty_ninth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """A thousands count after a month and a comma (only a day-sized number is a date there), a
    number word opening a sentence after a dateline, scores after a betting word when a result
    follows them, a court's "5-4 decision", changes told in the passive after the count, "$C", "a
    half dozen", a vote tally "315 votes to 274", a glued multiplier "3x" (not "4x4"), and a
    second currency after a slash (not "24/7")."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Argentina topped 850,000 barrels per day of crude.",
            [("850,000 barrels per day", 850000, "barrel per day", "measure", ">", None)],
        ),
        ("Lyft's bookings surpassed $8 billion last year.", [("$8 billion", 8e9, "USD", "money", "=", None)]),
        ("Sibanye will retrench 168 workers.", [("168 workers", 168, "workers", "count", "down", None)]),
        (
            "Vaca Muerta produces two out of every three barrels nationwide.",
            [("two out of every three barrels", 2 / 3, "fraction of barrels", "count", "=", None)],
        ),
        (
            "A ticket would go up by a minimum of 20c to $8.20.",
            [("20c", 20, "cent", "money", ">", None), ("$8.20", 8.2, "USD", "money", "=", None)],
        ),
        ("The Psion series 3c was launched.", []),
        (
            "Cocobod pays farmers GHC7,600 per tonne.",
            [("GHC7,600 per tonne", 7600, "GHS per tonne", "money", "=", None)],
        ),
        ("Aramco made SAR 119.54 billion.", [("SAR 119.54 billion", 119.54e9, "SAR", "money", "=", None)]),
        ("Rice was 5,400-6,400 VND per kilo.", [("5,400-6,400 VND per kilo", 5400, "VND per kg", "money", "=", 6400)]),
        (
            "A vehicle trip would go up by a minimum of $1.54 to $59.27.",
            [("$1.54", 1.54, "USD", "money", ">", None), ("$59.27", 59.27, "USD", "money", "=", None)],
        ),
        (
            "66 homes or businesses were damaged.",
            [("66 homes or businesses", 66, "homes or businesses", "count", "=", None)],
        ),
        (
            "It will cut 7.5 percent of its work force, or 24,600 jobs.",
            [("7.5 percent", 7.5, "%", "percent", "down", None), ("24,600 jobs", 24600, "jobs", "count", "down", None)],
        ),
        ("Ford scrapped 130 jobs.", [("130 jobs", 130, "jobs", "count", "down", None)]),
        (
            "The Hummer is quick, shaving 10 seconds off that time.",
            [("10 seconds", 10, "second", "duration", "=", None)],
        ),
    ],
)
def test_classes_from_the_thirtieth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """ "topped" as a bound (not "surpassed", which dev marks "="), "retrench", "every" making a
    share over a measured whole, cents glued to their number near money (not a model's "3c"),
    more ISO currency codes, a bound after a verb of change that makes "to" the level reached,
    plurals joined by "or", a restatement after "of its work force, or", and "scrapped" (not
    "shaving", which dev marks "=")."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There was a 20 percent increase among men ages 18 to 34.",
            [("20 percent", 20, "%", "percent", "=", None), ("18 to 34", 18, "year", "age", "=", 34)],
        ),
        ("The Oscars fell in the key demo of adults 18-49.", [("18-49", 18, "year", "age", "=", 49)]),
        ("It was their first 1-2 finish.", []),
        (
            "Rosewall (37 years and 2 months old) won.",
            [("37 years", 37, "year", "duration", "=", None), ("2 months old", 2, "month", "age", "=", None)],
        ),
        (
            "Shares were priced between $62 and $68 per share.",
            [("$62 and $68 per share", 62, "USD per share", "money", "=", 68)],
        ),
        ("Barrett helped overcome a 24-14 deficit.", [("24-14", 24, None, "score", "=", 14)]),
        ("Wilson's pass gave a 37-34 New York lead.", [("37-34", 37, None, "score", "=", 34)]),
        (
            "Waiting lists rose from 5.6 million in July to 5.7 million in August.",
            [("5.6 million in July to 5.7 million", 5.6e6, None, "count", "=", 5.7e6)],
        ),
        ("Her family joined the hearing in court 10 by video link.", []),
        (
            "A claim was filed at the Supreme Court. Seven London-based companies sued.",
            [("Seven London-based companies", 7, "London-based companies", "count", "=", None)],
        ),
    ],
)
def test_classes_from_the_thirty_first_and_second_blind_sets(sentence: str, expected: list[Expected]) -> None:
    """Age bands after a group of people ("adults 18-49", "men ages 18 to 34") but no other dash
    pair, two units joined by "and" kept apart while a rate written once is shared, a deficit and
    a named side's lead as results, scaled ends whose scales differ only in the last bit of a
    float, "court 10" as a label, and a full stop that ends a sentence rather than a label."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There were 3,000 cases of\u00a0flu, colds and coughs.",
            [("3,000 cases of\u00a0flu, colds and coughs", 3000, "cases of flu, colds and coughs", "count", "=", None)],
        ),
        ("Adults 2 to 3 times a week.", [("2 to 3 times a week", 2, "times per week", "count", "=", 3)]),
        ("Men 18-24 were hit hardest.", [("18-24", 18, "year", "age", "=", 24)]),
        ("Between the ages of approximately 18 and 25.", [("18 and 25", 18, "year", "age", "~", 25)]),
        (
            "He moved from 10 Downing Street in March to 11 Downing Street.",
            [],
        ),
        ("Bookmakers have her at 6-4 for victory.", []),
        ("Some 300 villages were cut off.", [("300 villages", 300, "villages", "count", "~", None)]),
        ("He has been to court 12 times.", [("12 times", 12, "times", "count", "=", None)]),
        ("It raised 2m across the country.", [("2m", 2e6, None, "count", "=", None)]),
        ("Hong Kong SAR 25 years after the handover.", [("25 years", 25, "year", "duration", "=", None)]),
        ("They sold a 5 million block of shares.", [("5 million", 5e6, None, "count", "=", None)]),
        ("The round of 16 matches will be played in May.", []),
        (
            "Sales rose by at least 5 to 10 million units.",
            [("5 to 10 million units", 5e6, "units", "count", ">", 1e7)],
        ),
        (
            "The labour force expanded by 66,000 to 25 million.",
            [("66,000", 66000, None, "count", "up", None), ("25 million", 25e6, None, "count", "=", None)],
        ),
        ("Temperatures will reach 30c as petrol prices climb.", []),
        ("The band (formed in 1990) - Three Dog Night - played.", []),
    ],
)
def test_second_review_counter_examples(sentence: str, expected: list[Expected]) -> None:
    """Counter-examples from a second review: a complement before a comma list with a non-breaking
    space, times after a group of people, age bands after "men", a hedge after "ages of", a range
    between names, betting prices before "for", "cut off", "court" before a count, metres and
    millions, a region's "SAR", blocks of shares, a tournament's "round of 16 matches", a shared
    scale after a bound, a change and its level, degrees written "30c", and a band's name after a
    bracket."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The grant is upped by R30 to R510, while another increases by R60 to R1130.",
            [
                ("R30", 30, "ZAR", "money", "up", None),
                ("R510", 510, "ZAR", "money", "=", None),
                ("R60", 60, "ZAR", "money", "up", None),
                ("R1130", 1130, "ZAR", "money", "=", None),
            ],
        ),
        ("Turn left to R30 road.", []),
        (
            "The number of officers also fell, by 438 to 16,378.",
            [("438", 438, "officers", "count", "down", None), ("16,378", 16378, None, "count", "=", None)],
        ),
        ("It has halved – from 9,088 then to 4,758 now.", [("9,088 then to 4,758", 4758, None, "count", "=", 9088)]),
        ("Enrolment fell for classes 1 to 8 and in class 3.", []),
        ("Protests are set for February 7 and 11.", []),
        (
            "Crude oil was down 0.24% or 0.18 to $76.23 a barrel.",
            [
                ("0.24%", 0.24, "%", "percent", "down", None),
                ("0.18", 0.18, None, "count", "down", None),
                ("$76.23 a barrel", 76.23, "USD per barrel", "money", "=", None),
            ],
        ),
        ("It closed with a market value of N59.7tn.", [("N59.7tn", 59.7e12, "NGN", "money", "=", None)]),
        ("The margin declined to negative 1.7%.", [("negative 1.7%", -1.7, "%", "percent", "down", None)]),
        ("A woman in her 60s was hurt.", [("60s", 60, "year", "age", "=", 69)]),
        ("It is the 24th entry to the 007 franchise.", []),
    ],
)
def test_classes_from_the_thirty_third_and_fourth_blind_sets(sentence: str, expected: list[Expected]) -> None:
    """The rand's letter before a change or a level ("by R30 to R510", not a road), a comma
    between a verb and "by", "then" between the ends of a range, "class" as a label, later days
    of a list of dates, a restated change before "to" a level, "tn" after a naira amount,
    "negative" as a minus sign, a decade of someone's life, and codes with a leading zero."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Six-in-10 drivers believe the roads are worse.",
            [("Six-in-10 drivers", 0.6, "fraction of drivers", "count", "=", None)],
        ),
        (
            "The number of households on waiting lists fell from 380,301 in 2012, to 255,729 in 2014.",
            [("380,301 in 2012, to 255,729", 255729, "households", "count", "=", 380301)],
        ),
        (
            "Probably half a dozen homes have been lost and maybe 20 homes affected.",
            [("half a dozen homes", 6, "homes", "count", "~", None), ("20 homes", 20, "homes", "count", "~", None)],
        ),
        (
            "The population is estimated to be between 410,000 and 650,000.",
            [("410,000 and 650,000", 410000, None, "count", "~", 650000)],
        ),
    ],
)
def test_classes_from_the_thirty_fifth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """A hyphened share ("Six-in-10"), a comma before the "to" of a range over a year, "probably"
    and "maybe" as hedges, and "estimated to be (between)" before a figure or a range."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Food prices rose by a quarter according to January figures.",
            [("a quarter", 0.25, "fraction", "count", "up", None)],
        ),
        (
            "Statins cut the risk by about a quarter for each millimole.",
            [("a quarter", 0.25, "fraction", "count", "down", None)],
        ),
        ("It follows a near to 20% drop in its share price.", [("20%", 20, "%", "percent", "~", None)]),
        ("He was followed by a third at the show.", []),
    ],
)
def test_classes_from_the_thirty_sixth_blind_set(sentence: str, expected: list[Expected]) -> None:
    """A fraction that is the size of a change after "by" before more words that end its phrase
    ("according to", "for each"), though not after a "by" no verb of change moves, and "near to"
    as a hedge."""
    check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He is worth about a hundred thousand U.S. dollars.",
            [("a hundred thousand U.S. dollars", 1e5, "USD", "money", "~", None)],
        ),
        (
            "Farmers hope for between FCFA 2,016 and FCFA 2,352 per kilogram.",
            [("FCFA 2,016 and FCFA 2,352 per kilogram", 2016, "XOF per kg", "money", "=", 2352)],
        ),
        ("Jazz said 270 jobs will be shaved from its workforce.", [("270 jobs", 270, "jobs", "count", "down", None)]),
        (
            "United said it will cut 1,400 to 1,600 jobs.",
            [("1,400 to 1,600 jobs", 1400, "jobs", "count", "down", 1600)],
        ),
        (
            "It will cut 400 to 1,600 jobs.",
            [("400", 400, None, "count", "down", None), ("1,600 jobs", 1600, "jobs", "count", "=", None)],
        ),
        ("The poll was conducted from June 15 to 18.", []),
    ],
)
def test_classes_from_the_thirty_ninth_and_fortieth_blind_sets(sentence: str, expected: list[Expected]) -> None:
    """A scale word after "a hundred", the CFA franc's code, "will be shaved" as a cut, two close
    counts after a verb as a range (not a change and its level), and a span of days after a
    month."""
    check(sentence, expected)
