"""`parse_number` and `NUMBER_PATTERN` are shared with the date extractor, so their contract is
pinned here: every form news writes a number in, and the strings that must not parse."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.numbers import NUMBER_PATTERN, parse_number

NUMBER_IN_TEXT = re.compile(rf"(?<![\w.,-]){NUMBER_PATTERN}", re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,500", 2500),
        ("3.2", 3.2),
        (".5", 0.5),
        ("1.5 million", 1_500_000),
        ("3.2bn", 3_200_000_000),
        ("8.2bn", 8_200_000_000),
        ("5m", 5_000_000),
        ("10k", 10_000),
        ("200 crore", 2_000_000_000),
        ("two", 2),
        ("Two", 2),
        ("twelve", 12),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a dozen", 12),
        ("two dozen", 24),
        ("one hundred and five", 105),
        ("three hundred and twenty-five thousand", 325_000),
        ("forty two thousand five hundred", 42_500),
        ("a pair", 2),
        ("a pair of", 2),
        ("a couple of", 2),
        ("a million", 1_000_000),
        ("half a million", 500_000),
        ("ten million", 10_000_000),
        ("1 1/2", 1.5),
        ("3/4", 0.75),
        ("2½", 2.5),
        ("10¾", 10.75),
        ("a couple hundred", 200),
        ("a couple of hundred thousand", 200_000),
    ],
)
def test_parse_number_reads_numerals_and_words(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "one two", "three,", "the", "seven up", "twenty-"])
def test_parse_number_rejects_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Ministers pledged $3.2bn, up 40% on last year.", ["3.2bn", "40"]),
        ("Some 2,500 troops and twenty-five officers stayed.", ["2,500", "twenty-five"]),
        (
            "Iran struck a pair of US bases, wounding one hundred and five people.",
            ["a pair of", "one hundred and five"],
        ),
        ("Turnout among the 1.5 million voters was low.", ["1.5 million"]),
        ("It signed a five-year deal.", ["five"]),
        ("A 400 million-year-old rock.", ["400 million"]),
        ("Talks on COVID-19 under Section 427 ended.", ["427"]),
        ("Cut it 2½ inches, not 1/32 of an inch or 3/4.", ["2½", "1", "32", "3/4"]),
        ("It ran a couple hundred thousand copies.", ["a couple hundred thousand"]),
    ],
)
def test_number_pattern_finds_whole_numbers_in_running_text(sentence: str, numbers: list[str]) -> None:
    assert [m.group() for m in NUMBER_IN_TEXT.finditer(sentence)] == numbers
