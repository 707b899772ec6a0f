"""The dates extractor on news sentences of our own, the seed article, and TimeBank floors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.extract.dates import EXTRACTOR, extract_dates
from pipeline.ingest import document_from_text
from pipeline.models import Figure
from pipeline.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
THURSDAY = dt.date(2021, 1, 14)


def run(text: str, published: dt.date | None = THURSDAY) -> list[Figure]:
    document = document_from_text(text, "test").model_copy(update={"published": published})
    return extract_dates(segment(document))


def found(text: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.kind, f.value_text) for f in run(text, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The troops will leave by 15 January 2021, officials said.", ("15 January 2021", "date", "2021-01-15")),
        ("The deal was signed on Tuesday, Feb. 18, 2014 in Geneva.", ("Tuesday, Feb. 18, 2014", "date", "2014-02-18")),
        ("Output fell sharply in late 2019.", ("late 2019", "date", "2019")),
        ("Prices rose steadily through the 1990s.", ("the 1990s", "date", "199")),
        ("The vote will take place this coming Sunday.", ("this coming Sunday", "date", "2021-01-17")),
        ("The minister resigned last week.", ("last week", "date", "2021-W01")),
        ("The company said on Wednesday it would cut jobs.", ("Wednesday", "date", "2021-01-13")),
        ("The talks will resume on Monday.", ("Monday", "date", "2021-01-18")),
        ("Sales grew 4% in 2019.", ("2019", "date", "2019")),
        ("Shares have doubled over the past two years.", ("the past two years", "duration", "P2Y")),
        ("The strike lasted three months.", ("three months", "duration", "P3M")),
        ("The match was decided after 90 minutes.", ("90 minutes", "duration", "PT90M")),
        ("Police held him for 24 hours.", ("24 hours", "duration", "PT24H")),
        ("Inflation is now running at 3%.", ("now", "date", "PRESENT_REF")),
        ("The index closed higher today.", ("today", "date", "2021-01-14")),
        ("He is currently in talks with the club.", ("currently", "date", "PRESENT_REF")),
        ("Profits rose in the fourth quarter.", ("the fourth quarter", "date", "2020-Q4")),
        ("The group lost money in fiscal 1998.", ("fiscal 1998", "date", "1998")),
        ("The hearing starts at 3pm.", ("3pm", "time", "2021-01-14T15:00")),
        ("Polls close at 10:30 a.m. tomorrow.", ("10:30 a.m. tomorrow", "time", "2021-01-15T10:30")),
        ("The festival is held every year.", ("every year", "set", "P1Y")),
        ("The report is published annually.", ("annually", "set", "P1Y")),
        ("Inspectors visit the plant weekly.", ("weekly", "set", "P1W")),
        ("Unemployment peaked last month.", ("last month", "date", "2020-12")),
        ("The firm was recently fined.", ("recently", "date", "PAST_REF")),
        ("Markets fell yesterday.", ("yesterday", "date", "2021-01-13")),
        ("The law came into force in March.", ("March", "date", "2020-03")),
        ("The plant closed two years ago.", ("two years ago", "date", "2019")),
        ("The company will report results in the first half of 2022.", ("the first half of 2022", "date", "2022-H1")),
        ("Nobody knows what the future holds.", ("the future", "date", "FUTURE_REF")),
    ],
)
def test_expressions(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "change"),
    [
        ("The contract runs for one year.", "one year", 1.0, "year", "="),
        ("He waited about two weeks for an answer.", "about two weeks", 2.0, "week", "~"),
        ("The talks lasted more than four hours.", "more than four hours", 4.0, "hour", ">"),
        ("She served less than six months.", "less than six months", 6.0, "month", "<"),
        ("It took two and a half years to build.", "two and a half years", 2.5, "year", "="),
        ("He spent three and a half months in jail.", "three and a half months", 3.5, "month", "="),
        ("The flight took some nine and a half hours.", "some nine and a half hours", 9.5, "hour", "~"),
        ("The talks lasted three to four hours.", "three to four hours", 3.0, "hour", "="),
    ],
)
def test_durations_carry_number_and_unit(sentence: str, text: str, value: float, unit: str, change: str) -> None:
    durations = [f for f in run(sentence) if f.kind == "duration"]
    assert [(f.text, f.value, f.unit, f.change) for f in durations] == [(text, value, unit, change)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The club paid 2,500 for the 1,998 tickets it sold.",
        "Ministers may decide to act before the election.",
        "Thousands of protesters march through the capital.",
        "The Sunday Times reported the story first.",
        "It is one of the consequences of the crisis.",
        "The firm made pounds 1999 in profit.",
        "The 34-year-old striker scored twice.",
        "He was 52 years old when he retired.",
        "The bank raised its quarterly dividend.",
        "He starred in 24 Hour Party People.",
        "Veterans of the Six Day War gathered.",
        "The Six Day War was short.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The vote has been moved to December 13.", "2022-12-06", ("December 13", "date", "2022-12-13")),
        ("The next hearing would be held on April 29.", "2024-04-03", ("April 29", "date", "2024-04-29")),
        ("It took the Dane until December 26 to score.", "2024-02-19", ("December 26", "date", "2023-12-26")),
        ("Markets will be closed Thursday for the holiday.", "2019-07-03", ("Thursday", "date", "2019-07-04")),
        (
            "The vote was postponed by parliament on Monday night.",
            "2022-12-06",
            ("Monday night", "time", "2022-12-05TNI"),
        ),
        (
            "The road was reopened through the canyon on Monday evening.",
            "2021-08-12",
            ("Monday evening", "time", "2021-08-09TEV"),
        ),
        ("Salah returned on Saturday, coming on for Jota.", "2024-02-19", ("Saturday", "date", "2024-02-17")),
        (
            "The House passed it on Saturday, but the Senate is expected to amend it.",
            "2021-03-02",
            ("Saturday", "date", "2021-02-27"),
        ),
        ("Arsenal play West Ham on Sunday.", "2023-04-15", ("Sunday", "date", "2023-04-16")),
        ("She is expected to rise to No. 10 on Monday.", "2023-07-15", ("Monday", "date", "2023-07-17")),
        ("Southwest added flights for August.", "2020-07-23", ("August", "date", "2020-08")),
        ("Zoom reported adjusted fourth-quarter earnings.", "2021-03-02", ("fourth-quarter", "date", "2020-Q4")),
        ("It delivered fewer vehicles last quarter than expected.", "2016-07-04", ("last quarter", "date", "2016-Q2")),
        ("She resigned, calling for an election before the summer.", "2014-05-05", ("the summer", "date", "2014-SU")),
        ("The store will reopen after Thanksgiving.", "2023-11-15", ("Thanksgiving", "date", "2023-11-23")),
        ("Shops were packed on Christmas Eve.", "2024-01-05", ("Christmas Eve", "date", "2023-12-24")),
        ("He died on New Year's Day 2019.", "2023-11-15", ("New Year's Day 2019", "date", "2019-01-01")),
        ("Markets close on Good Friday.", "2024-03-20", ("Good Friday", "date", "2024-03-29")),
        ("Memorial Day traffic was heavy.", "2024-06-01", ("Memorial Day", "date", "2024-05-27")),
        ("Rescuers worked overnight to recover bodies.", "2019-04-23", ("overnight", "time", "2019-04-22TNI")),
        ("Police cordoned off the road from early morning.", "2024-06-20", ("early morning", "time", "2024-06-20TMO")),
        ("Stocks surged in late-afternoon trading.", "2017-03-01", ("late-afternoon", "time", "2017-03-01TAF")),
        ("There are no cuts for this school year.", "2009-07-29", ("this school year", "date", "2009")),
        ("It ended eight tumultuous years of rule.", "2023-06-19", ("eight tumultuous years", "duration", "P8Y")),
    ],
)
def test_resolution_in_recent_news(sentence: str, published: str, expected: tuple[str, str, str]) -> None:
    """Classes from a blind set of recent news: a day near the publication date is that occurrence
    whatever a nearby verb's tense (unless an event "on" it is told in the past), a verb of
    reporting or a participle after "be" tells nothing, holidays and parts of the day by name."""
    assert expected in found(sentence, dt.date.fromisoformat(published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Judge Spenser scheduled sentencing for Jan. 6.", "2014-09-05", [("Jan. 6", "date", "2015-01-06")]),
        ("He could face 20 years when he is sentenced in January.", "2014-09-05", [("January", "date", "2015-01")]),
        (
            "The court said in a statement Tuesday that it would issue its ruling at 11 a.m. Friday.",
            "2025-04-01",
            [("Tuesday", "date", "2025-04-01"), ("11 a.m. Friday", "time", "2025-04-04T11:00")],
        ),
        ("Monday looks to be more comfortable, the bureau said.", "2016-12-11", [("Monday", "date", "2016-12-12")]),
        (
            "Police were called on Wednesday. The stabbing happened just after 10:30 p.m.",
            "2023-08-17",
            [("Wednesday", "date", "2023-08-16"), ("10:30 p.m.", "time", "2023-08-16T22:30")],
        ),
        (
            "The index hit its highest since Nov. 1, 1991 on Thursday. It gained 46 points the previous day.",
            "2018-01-05",
            [("the previous day", "date", "2018-01-03")],
        ),
        (
            "Inflation fell to 6.5 percent in December 2022 from 7.1 percent the previous month.",
            "2023-02-01",
            [("the previous month", "date", "2022-11")],
        ),
        (
            "Matches will be played on March 22 and 26 respectively.",
            "2024-03-20",
            [("March 22", "date", "2024-03-22"), ("26", "date", "2024-03-26")],
        ),
        (
            "Borrowing in 2016/17 will fall, as it will in the 2009-10 fiscal year.",
            "2017-03-20",
            [("2016/17", "date", "2016"), ("2009-10", "date", "2009")],
        ),
        ("Inflation in the March quarter slowed to 7%.", "2023-04-26", [("the March quarter", "date", "2023-Q1")]),
        ("Patients will face it over the winter months.", "2017-12-14", [("the winter", "date", "2017-WI")]),
        (
            "On Shrove Tuesday I will resign, he said in his Independence Day eve speech.",
            "2014-02-24",
            [("Shrove Tuesday", "date", "2014-03-04")],
        ),
    ],
)
def test_the_story_so_far(text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    """Classes from a second blind set of recent news: scheduling verbs and modals point ahead, a
    participle after "is" tells no tense, a report dates only a day right after it, a clock time
    falls on the day last named within a fortnight of publication, "the previous month" counts back
    from the month last named, days listed after a date share its month, split fiscal years and
    "the March quarter"."""
    results = found(text, dt.date.fromisoformat(published))
    for item in expected:
        assert item in results


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There may have been fewer than 1500 in the Pacific.", []),
        ("Europeans will have to wait until at least 2006.", [("2006", "date", "2006")]),
        ("It was a third year of drought.", []),
        ("It topped the box office for a third week.", []),
    ],
)
def test_counts_and_ordinals_that_look_like_dates(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The White House on Thursday said it would veto the bill.", ("Thursday", "date", "2024-03-14")),
        ("A gunman shot dead three people on Thursday.", ("Thursday", "date", "2024-03-14")),
        ("EU leaders agreed on Thursday to open talks.", ("Thursday", "date", "2024-03-14")),
        ("Firefighters could not save the building on Monday.", ("Monday", "date", "2024-03-18")),
        ("Thousands of passengers were delayed for hours on Monday.", ("Monday", "date", "2024-03-18")),
        ("The hearing was adjourned until Friday.", ("Friday", "date", "2024-03-22")),
        ("He has been held in custody since May 1.", ("May 1", "date", "2023-05-01")),
        ("The May 5 attack killed 12 people.", ("May 5", "date", "2023-05-05")),
        ("The deal should close in the third quarter.", ("the third quarter", "date", "2024-Q3")),
        ("It began around 2010.", ("2010", "date", "2010")),
        ("Heavy rain is forecast overnight into Thursday.", ("overnight", "time", "2024-03-20TNI")),
        (
            "He was arrested on March 3, 2019, and charged the following day.",
            ("the following day", "date", "2019-03-04"),
        ),
        ("It struck in the early morning hours of Sunday.", ("Sunday", "date", "2024-03-17")),
        (
            "The company, founded in March 2010, said sales rose 5% from the previous month.",
            ("the previous month", "date", "2024-02"),
        ),
        ("Fireworks lit up the sky on the Fourth of July.", ("Fourth of July", "date", "2023-07-04")),
    ],
)
def test_review_counter_examples(sentence: str, expected: tuple[str, str, str]) -> None:
    """Sentences a review of dates 1.4 and 1.5 wrote to break them, published Wednesday 20 March
    2024: a report right after its day, irregular past verbs, "could not", a delay "for hours",
    "since", a past event a few weeks off, guidance about a quarter to come, a year after
    "around", overnight in a forecast, a day told from an old date, a month far back."""
    assert expected in found(sentence, dt.date(2024, 3, 20))


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 15, 12 of the 20 defendants were convicted.",
        "Ukrainians marked Independence Day.",
        "It won't happen overnight.",
        "Prices doubled almost overnight.",
        "The 1998 Good Friday peace agreement held.",
    ],
)
def test_review_counter_examples_that_name_no_extra_date(sentence: str) -> None:
    texts = [text for text, _, _ in found(sentence, dt.date(2024, 3, 20))]
    assert not set(texts) & {"12", "Independence Day", "overnight", "Good Friday", "Friday"}


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Talks will be held on April 20 and 21 in Geneva.", "2024-03-20", ("21", "date", "2024-04-21")),
        ("Investors will watch the Fed on Wednesday.", "2024-03-18", ("Wednesday", "date", "2024-03-20")),
        ("All eyes are on the Fed in June.", "2024-03-20", ("June", "date", "2024-06")),
        ("Power might not be restored until Sunday.", "2024-03-20", ("Sunday", "date", "2024-03-24")),
        ("Senators who will vote on Friday said they were undecided.", "2024-03-20", ("Friday", "date", "2024-03-22")),
        (
            "Fourth-quarter revenue at the retailer is up 8% to $5.2bn.",
            "2024-03-20",
            ("Fourth-quarter", "date", "2023-Q4"),
        ),
        ("The firm targets a third-quarter launch.", "2024-03-20", ("third-quarter", "date", "2024-Q3")),
        ("It extended its tender offer to May 5.", "2024-03-20", ("May 5", "date", "2024-05-05")),
        (
            "Police called on Monday. He had been missing since December 12, 2019. He was charged the following day.",
            "2024-03-20",
            ("the following day", "date", "2024-03-19"),
        ),
    ],
)
def test_counter_examples_to_dates_1_6(sentence: str, published: str, expected: tuple[str, str, str]) -> None:
    """Sentences a second review wrote against dates 1.6: a day listed before "in", "the Fed" is no
    past verb, "might not ... until", a relative clause's "will" before a report, a quarter in
    present-tense results, guidance, a tender extended to a day two months off, and "the
    following day" in a sentence of its own."""
    assert expected in found(sentence, dt.date.fromisoformat(published))


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "The shooting occurred at about 11:30 a.m. on Thursday Feb. 2.",
            "2023-02-09",
            [("about 11:30 a.m.", "time", "2023-02-02T11:30"), ("Thursday Feb. 2", "date", "2023-02-02")],
        ),
        (
            "The attack came at 10 p.m. Wednesday, police said.",
            "2023-02-09",
            [("10 p.m. Wednesday", "time", "2023-02-08T22:00")],
        ),
        (
            "He entered Singapore waters at around 11:50pm on Nov. 19.\n\nHe was arrested the next day.",
            "2023-12-04",
            [
                ("around 11:50pm", "time", "2023-11-19T23:50"),
                ("Nov. 19", "date", "2023-11-19"),
                ("the next day", "date", "2023-11-20"),
            ],
        ),
        ("It can go from 0 to 60 miles per hour in seconds.", "2023-12-04", []),
        ("Workers earn $15 per hour.", "2023-12-04", [("per hour", "set", "PT1H")]),
        (
            "Heavy falls are predicted over Rajasthan for Wednesday.",
            "2022-08-23",
            [("Wednesday", "date", "2022-08-24")],
        ),
        ("He was arrested for Monday's attack.", "2022-08-23", [("Monday", "date", "2022-08-22")]),
        (
            "The new dates begin Oct. 3 in New York and end Nov. 10 in Los Angeles.",
            "2023-03-27",
            [("Oct. 3", "date", "2023-10-03"), ("Nov. 10", "date", "2023-11-10")],
        ),
        ("Tickets go on sale Friday.", "2023-03-27", [("Friday", "date", "2023-03-31")]),
        ("Prices have fallen since Monday.", "2023-04-28", [("Monday", "date", "2023-04-24")]),
    ],
)
def test_classes_from_the_third_blind_date_set(
    sentence: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    """A clock time "on" a day is two expressions, as TIMEX3 leaves prepositions out (and "10 p.m.
    Wednesday" stays one); "the next day" opening the sentence after a recent named day follows
    it; a speed's "per hour" is no set; a weekday after "for" is ahead unless possessive; a present
    tense of beginning or ending schedules the date after it; and "since" right before a weekday
    tells the past."""
    assert found(sentence, dt.date.fromisoformat(published)) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The road has been closed since a crash on Monday.", "2025-11-21", [("Monday", "date", "2025-11-17")]),
        (
            "Smith threw seven scoreless innings in his first start Sunday.",
            "2025-11-21",
            [("Sunday", "date", "2025-11-16")],
        ),
        ("Markets got off to a weak start Tuesday.", "2025-11-21", [("Tuesday", "date", "2025-11-18")]),
        ("The exhibition opens Saturday.", "2025-11-21", [("Saturday", "date", "2025-11-22")]),
        (
            "The president will speak at 9 p.m. ET on Wednesday.",
            "2025-11-21",
            [("9 p.m. ET", "time", "2025-11-26T21:00"), ("Wednesday", "date", "2025-11-26")],
        ),
        (
            "The plant closed on Aug. 3. Workers were told the next day.",
            "2025-11-21",
            [("Aug. 3", "date", "2025-08-03"), ("the next day", "date", "2025-08-04")],
        ),
        (
            "The company reported on Oct. 28. The stock could swing in the next day or so.",
            "2025-11-21",
            [("Oct. 28", "date", "2025-10-28"), ("the next day", "date", "2025-11-22")],
        ),
        ("Snow fell at a rate of 3 inches per hour.", "2025-11-21", []),
        ("The plant produces 100,000 barrels per day.", "2025-11-21", []),
    ],
)
def test_counter_examples_to_dates_1_11(sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    """Sentences a sixth review wrote against dates 1.11: "since" still dates a day its phrase
    ends with, "start" and "end" as nouns schedule nothing, the day a time is "on" takes the
    time's day, "the next day" follows the sentence before only in a past clause, and rates of
    rain or oil are no sets.  ("Schools were closed for Monday", which the review also wrote, is
    read as ahead: a seventh review found "was issued for Wednesday" far more common.)"""
    assert found(sentence, dt.date.fromisoformat(published)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 2000 protesters gathered.",
        "Fewer than 1900 tickets were sold.",
        "Canada's Thanksgiving is in October.",
    ],
)
def test_second_review_counts_and_feasts_that_are_no_dates(sentence: str) -> None:
    assert not {text for text, _, _ in found(sentence, dt.date(2024, 3, 20))} & {"2000", "1900", "Thanksgiving"}


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Israeli jets struck targets in southern Lebanon on Sunday.",
            "2024-03-20",
            [("Sunday", "date", "2024-03-17")],
        ),
        ("The retailer cut its guidance on Monday.", "2024-03-20", [("Monday", "date", "2024-03-18")]),
        ("Target on Monday said it will close nine stores.", "2024-03-20", [("Monday", "date", "2024-03-18")]),
        ("Analysts said the bank should have cut rates on Tuesday.", "2024-03-20", [("Tuesday", "date", "2024-03-19")]),
        ("The pilot might not have seen the drone on Sunday.", "2024-03-20", [("Sunday", "date", "2024-03-17")]),
        (
            "The festival takes place from June 12 to 16.",
            "2024-03-20",
            [("June 12", "date", "2024-06-12"), ("16", "date", "2024-06-16")],
        ),
        (
            "Police arrested 12 people on March 2 and 15 on March 3.",
            "2024-03-20",
            [("March 2", "date", "2024-03-02"), ("March 3", "date", "2024-03-03")],
        ),
        (
            "OPEC+ extends its output cuts into the third quarter.",
            "2024-05-20",
            [("the third quarter", "date", "2024-Q3")],
        ),
        ("Air traffic has recovered to nearly 2019 levels.", "2024-03-20", [("2019", "date", "2019")]),
        (
            "Sydney's New Year's Eve fireworks lit the harbour.",
            "2024-12-27",
            [("New Year's Eve", "date", "2024-12-31")],
        ),
        ("Russia's Easter truce held.", "2024-03-20", []),
        (
            "In 2023, the festival ran from April 28 to May 6.",
            "2024-03-20",
            [("2023", "date", "2023"), ("April 28", "date", "2023-04-28"), ("May 6", "date", "2023-05-06")],
        ),
        (
            "Parkesburg was incorporated in 1872 and is celebrating on the weekend of May 20.",
            "2022-05-10",
            [("1872", "date", "1872"), ("the weekend", "date", "2022-W18-WE"), ("May 20", "date", "2022-05-20")],
        ),
        (
            "Earlier this year, the city was under curfew from Jan. 20 to Feb. 10.",
            "2024-12-15",
            [
                ("Earlier this year", "date", "2024"),
                ("Jan. 20", "date", "2024-01-20"),
                ("Feb. 10", "date", "2024-02-10"),
            ],
        ),
    ],
)
def test_counter_examples_to_dates_1_7(sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    """Sentences a third review wrote against dates 1.7: nouns that looked like cues ("targets",
    "guidance"), a report after a company's name, "should have" and "might not have", a range of
    days, counts listed on days, a quarter with no tense (the nearer one), a year before "levels",
    a possessive before a fixed feast, and a year near publication named earlier in the sentence,
    which a later day falls in (one long past is background)."""
    assert found(sentence, dt.date.fromisoformat(published)) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "The council, still recovering from last year's floods, voted on March 12 to raise taxes.",
            "2024-03-20",
            [("last year", "date", "2023"), ("March 12", "date", "2024-03-12")],
        ),
        (
            "In 2023, inflation averaged 7.2 percent, the central bank said in a report on March 12.",
            "2024-03-20",
            [("2023", "date", "2023"), ("March 12", "date", "2024-03-12")],
        ),
        ("The death toll rose on March 8 to 23.", "2024-03-20", [("March 8", "date", "2024-03-08")]),
        (
            "The museum drew 40,000 visitors on March 9 and 10.",
            "2024-03-20",
            [("March 9", "date", "2024-03-09"), ("10", "date", "2024-03-10")],
        ),
        ("Officials should have a decision on Tuesday.", "2024-03-20", [("Tuesday", "date", "2024-03-26")]),
        (
            "Israel launched airstrikes targeting Hezbollah positions on Monday.",
            "2024-03-20",
            [("Monday", "date", "2024-03-18")],
        ),
        ("More than 2000 striking workers marched.", "2024-03-20", []),
        (
            "The figure compares with $3.9 billion in the third quarter.",
            "2024-02-08",
            [("the third quarter", "date", "2023-Q3")],
        ),
        ("Inspectors should have done more on Monday.", "2024-03-20", [("Monday", "date", "2024-03-18")]),
        (
            "Last year, the company held its annual meeting on May 14.",
            "2024-09-15",
            [("Last year", "date", "2023"), ("May 14", "date", "2023-05-14")],
        ),
        (
            "Schools were closed from Dec. 20 to Jan. 5.",
            "2024-01-10",
            [("Dec. 20", "date", "2023-12-20"), ("Jan. 5", "date", "2024-01-05")],
        ),
        (
            "The conference runs June 12 through 16.",
            "2024-03-20",
            [("June 12", "date", "2024-06-12"), ("16", "date", "2024-06-16")],
        ),
        ("Questions about 2020 election results remain.", "2024-03-20", [("2020", "date", "2020")]),
    ],
)
def test_counter_examples_to_dates_1_8(sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    """Sentences the fourth and fifth reviews wrote against dates 1.8 and 1.9: a year fixes the day
    after its possessive, the end of a range it began (across New Year too), or a day in a sentence
    it opens unless a report or another clause comes between; "on March 8 to 23" is no range of
    days, "June 12 through 16" is; counts may come before listed days; "should have a decision"
    points ahead and "should have done" back; "targeting" tells no tense; a plural after an
    adjective is counted; a quarter as far behind as ahead is last year's; "about 2020" is a year."""
    assert found(sentence, dt.date.fromisoformat(published)) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The trial begins Wednesday.", "2025-11-21", [("Wednesday", "date", "2025-11-26")]),
        ("The Senate's debate begins Tuesday.", "2025-11-21", [("Tuesday", "date", "2025-11-25")]),
        (
            "The first plane struck the North Tower at 8:46 a.m. on Sept. 11, 2001.",
            "2025-11-21",
            [("8:46 a.m.", "time", "2001-09-11T08:46"), ("Sept. 11, 2001", "date", "2001-09-11")],
        ),
        ("A yellow weather warning was issued for Wednesday.", "2025-11-21", [("Wednesday", "date", "2025-11-26")]),
        (
            "Ukraine and Russia will hold their first direct talks since 2022 on Wednesday.",
            "2025-11-21",
            [("2022", "date", "2022"), ("Wednesday", "date", "2025-11-26")],
        ),
        (
            "She had been missing since Nov. 2. Her body was found the next day.",
            "2025-11-21",
            [("Nov. 2", "date", "2025-11-02"), ("the next day", "date", "2025-11-03")],
        ),
        ("The refinery processes 250,000 barrels a day.", "2025-11-21", []),
        ("He trains five hours a day.", "2025-11-21", [("five hours", "duration", "PT5H"), ("a day", "set", "P1D")]),
    ],
)
def test_counter_examples_to_dates_1_12(sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    """Sentences a seventh review wrote against dates 1.12: a subject before "begins" is no noun
    "start", a time on a date with its year leaves the date whole, a warning "issued for" a
    weekday looks ahead, "first ... since" dates the last time and not the next, a recent day
    named after "since" anchors "the next day", and "barrels a day" is a rate as "per day" is."""
    assert found(sentence, dt.date.fromisoformat(published)) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The airport will reopen for the first time since Monday.", "2024-03-13", [("Monday", "date", "2024-03-11")]),
        (
            "Kane was left out of the side for Saturday and watched from the bench.",
            "2024-03-13",
            [("Saturday", "date", "2024-03-09")],
        ),
        (
            "The IMD has predicted heavy falls over Rajasthan for Wednesday.",
            "2024-03-13",
            [("Wednesday", "date", "2024-03-13")],
        ),
        (
            "Officials left the floodgates open Monday, flooding farmland.",
            "2024-03-13",
            [("Monday", "date", "2024-03-11")],
        ),
        (
            "At 9 a.m. on Monday, 2000 troops crossed the border.",
            "2024-03-13",
            [("9 a.m.", "time", "2024-03-11T09:00"), ("Monday", "date", "2024-03-11")],
        ),
    ],
)
def test_counter_examples_to_dates_1_13(sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    """Sentences an eighth review wrote against dates 1.13: "since" right before a day still dates
    it past after "first", a verb of the clause in the past keeps a day after "for" past (an
    auxiliary or a verb of forecasting does not), "open" after an object is an adjective, and a
    count after "on Monday," is no year of the time."""
    assert found(sentence, dt.date.fromisoformat(published)) == expected


def test_a_number_after_a_listed_day_that_counts_something_is_no_day() -> None:
    assert found("On March 22 and 26 people died.", dt.date(2024, 3, 20)) == [("March 22", "date", "2024-03-22")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He came under pressure from some quarters.",
        "A three-quarter point increase was expected.",
        "As per India Today's dashboard, turnout rose.",
        "They bought Christmas trees.",
        "Easter Island is remote.",
        "Lunar New Year celebrations began.",
        "India's Independence Day parade was held.",
        "Overnight lows fell below zero.",
        "The central bank cut its overnight rate.",
    ],
)
def test_not_dates_in_recent_news(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("Last week, the Pentagon expressed fears.", "Last week", "date"),
        ("The cabinet met on Friday.", "Friday", "date"),
        ("The strike began yesterday.", "yesterday", "date"),
        ("Prices peaked last month.", "last month", "date"),
        ("The vote is this coming Sunday.", "this coming Sunday", "date"),
    ],
)
def test_relative_without_publication_date_has_no_value(sentence: str, text: str, kind: str) -> None:
    assert (text, kind, None) in found(sentence, published=None)


def test_absolute_dates_resolve_without_publication_date() -> None:
    assert ("15 January 2021", "date", "2021-01-15") in found("By 15 January 2021 it ends.", None)


def test_seed_article() -> None:
    text = (ROOT / "seeds" / "000_5bcc1224fe1c96f2.txt").read_text(encoding="utf-8")
    results = found(text, dt.date(2020, 12, 31))
    for expected in [
        ("This coming Sunday", "date", "2021-01-03"),
        ("Last week", "date", "2020-W52"),
        ("Wednesday", "date", "2020-12-30"),
        ("3 January", "date", "2021-01-03"),
        ("late 2019", "date", "2019"),
        ("8 January", "date", "2020-01-08"),
        ("last month", "date", "2020-11"),
        ("15 January 2021", "date", "2021-01-15"),
    ]:
        assert expected in results
    assert results.count(("one year", "duration", "P1Y")) == 3
    assert not any(text.startswith("one of") for text, _, _ in results)


def test_seed_caption_date_is_left_to_captions() -> None:
    text = "Netanyahu visits a hospital on Tuesday, Feb. 18, 2014"
    assert ("Tuesday, Feb. 18, 2014", "date", "2014-02-18") in found(text)


def test_seed_without_publication_date_keeps_last_week_open() -> None:
    text = (ROOT / "seeds" / "000_5bcc1224fe1c96f2.txt").read_text(encoding="utf-8")
    results = found(text, None)
    assert ("Last week", "date", None) in results
    assert ("15 January 2021", "date", "2021-01-15") in results


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "iso"),
    [
        ("Patients are checked every 9 weeks.", "every 9 weeks", 9.0, "week", "P9W"),
        ("The race is held every two years.", "every two years", 2.0, "year", "P2Y"),
        ("We meet every other week.", "every other week", None, "week", "P2W"),
        ("He calls every week.", "every week", None, "week", "P1W"),
    ],
)
def test_a_set_carries_the_number_written_in_it(
    sentence: str, text: str, value: float | None, unit: str, iso: str
) -> None:
    """A set such as "every two years" can be compared and summed in SQL like "two years";
    "every week" names no number, so it gets none."""
    assert [(f.text, f.kind, f.value, f.unit, f.value_text) for f in run(sentence)] == [(text, "set", value, unit, iso)]


def test_letters_that_regex_reads_as_ascii_are_read_as_that_letter() -> None:
    """A dotless "ı" or a long "ſ" matches "i" or "s" when case is ignored; the unit must still be
    understood, and the figure keeps the text as written."""
    assert found("It took five m\u0131nutes, then \u017fix years.") == [
        ("five m\u0131nutes", "duration", "PT5M"),
        ("\u017fix years", "duration", "P6Y"),
    ]


def test_spans_point_into_the_document() -> None:
    text = "Heading\n\nShares fell on Monday.\n\nThey recovered three days later."
    document = document_from_text(text, "t").model_copy(update={"published": THURSDAY})
    for figure in EXTRACTOR.run(segment(document)):
        assert document.text[figure.start_char : figure.end_char] == figure.text


@pytest.mark.skipif(not (SHARED_DATA / "timebank").is_dir(), reason="shared TimeBank data not present")
def test_timebank_floors() -> None:
    from pipeline.evaluation.dates import evaluate

    scores = evaluate(SHARED_DATA / "timebank" / "timebank.jsonl")
    assert scores["documents"] == 183
    assert scores["span_f1"] >= 0.93
    assert scores["value_f1"] >= 0.80
    assert scores["type_accuracy"] >= 0.95


@pytest.mark.parametrize(
    ("fixture", "documents", "span_floor", "value_floor"),
    [
        ("dates_news_blind.jsonl", 55, 0.93, 0.85),
        ("dates_news_blind2.jsonl", 36, 0.92, 0.77),
        ("dates_news_blind3.jsonl", 36, 0.88, 0.79),
        ("dates_news_heldout.jsonl", 38, 0.90, 0.79),
        ("dates_news_heldout2.jsonl", 37, 0.90, 0.82),
    ],
)
def test_recent_news_floors(fixture: str, documents: int, span_floor: float, value_floor: float) -> None:
    """Recent news articles (2001-2025) annotated blind in TimeBank's conventions by helpers who
    never saw our output.  First scores (span / value F1): the first set 0.930 / 0.794 with dates
    1.3.6, the second 0.923 / 0.734 with 1.4.0, the third (local news, technology, health, culture
    and travel) 0.896 / 0.806 with 1.10.0; all were read afterwards.  The held-out sets,
    never read, scored 0.925 / 0.810 and 0.923 / 0.847 with 1.5.0 (1.3.6: 0.921 / 0.776 and
    0.917 / 0.808)."""
    from pipeline.evaluation.dates import evaluate

    scores = evaluate(ROOT / "tests" / "fixtures" / fixture)
    assert scores["documents"] == documents
    assert scores["span_f1"] >= span_floor
    assert scores["value_f1"] >= value_floor


def test_a_title_case_headline_keeps_its_duration() -> None:
    assert [(f.text, f.kind, f.value) for f in run("Talks Last Two Days In Geneva")] == [("Two Days", "duration", 2.0)]
