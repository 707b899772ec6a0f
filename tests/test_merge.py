"""Merging the quantity and the date extractors' figures over the same words."""

from __future__ import annotations

from pipeline.extract.merge import merge_figures
from pipeline.models import Figure

TEXT = "Troops will be cut to 2,500 by 15 January 2021, a 34-year-old said after six months."


def figure(text: str, kind: str, **fields: object) -> Figure:
    start = TEXT.index(text)
    return Figure(paragraph_idx=0, start_char=start, end_char=start + len(text), text=text, kind=kind, **fields)


def test_date_beats_a_count_inside_it() -> None:
    merged = merge_figures(
        [figure("15", "count", value=15.0), figure("15 January 2021", "date", value_text="2021-01-15")]
    )
    assert [(f.text, f.kind) for f in merged] == [("15 January 2021", "date")]


def test_two_readings_of_a_duration_become_one_row_with_both_values() -> None:
    merged = merge_figures(
        [figure("six months", "duration", value=6.0, unit="month"), figure("six months", "duration", value_text="P6M")]
    )
    assert len(merged) == 1
    assert (merged[0].value, merged[0].unit, merged[0].value_text) == (6.0, "month", "P6M")


def test_age_beats_the_duration_inside_it() -> None:
    merged = merge_figures(
        [figure("34-year", "duration", value_text="P34Y"), figure("a 34-year-old", "age", value=34.0, unit="year")]
    )
    assert [(f.text, f.kind) for f in merged] == [("a 34-year-old", "age")]


def test_unrelated_figures_are_all_kept_in_text_order() -> None:
    merged = merge_figures(
        [
            figure("six months", "duration", value=6.0),
            figure("2,500", "count", value=2500.0),
            figure("15 January 2021", "date"),
        ]
    )
    assert [f.text for f in merged] == ["2,500", "15 January 2021", "six months"]


def test_a_quantity_reaching_beyond_a_calendar_set_wins() -> None:
    text = "Rent is $3,500 a month."
    rent = Figure(paragraph_idx=0, start_char=8, end_char=22, text=text[8:22], kind="money", value=3500.0, unit="USD")
    monthly = Figure(paragraph_idx=0, start_char=15, end_char=22, text=text[15:22], kind="set", value_text="P1M")
    assert merge_figures([rent, monthly]) == [rent]


def _extracted(sentence: str) -> list[tuple[str, str]]:
    from pipeline.extract import extract
    from pipeline.ingest import document_from_text
    from pipeline.segment import segment

    return [(f.text, f.kind) for f in extract(segment(document_from_text(sentence, "test"))).figures]


def test_a_time_between_the_ends_of_a_range_stands_beside_it() -> None:
    assert _extracted("Sterling fell from €1.13203 at 6am to €1.12898 at 9am.") == [
        ("€1.13203 at 6am to €1.12898", "money"),
        ("6am", "time"),
        ("9am", "time"),
    ]


def test_a_date_inside_a_vague_plural_is_no_fact_of_its_own() -> None:
    assert _extracted("Hundreds of Sunday commuters were stranded.") == [("Hundreds of Sunday commuters", "count")]


def test_a_rate_period_after_a_counted_plural_is_no_duration() -> None:
    assert _extracted("The site attracts 600,000 page views a day.") == [("600,000 page views a day", "count")]
    assert _extracted("It was leaked to newspapers a day in advance.") == [("a day", "duration")]
    assert _extracted("He scored 3 goals and it was a day to remember.") == [("3 goals", "count"), ("a day", "duration")]
