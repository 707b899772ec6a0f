"""Blind figures sets of recent news in NewsQuant's format, annotated by helpers who read the
conventions and never saw the extractor's output, from stored news pages none of NewsQuant's.

Set 3: 132 sentences (markets, business, technology, cars, politics, courts, health, science,
weather, sport) from 100 pages.  Its brief marked a change named by a noun ("a 3% increase")
"up", where NewsQuant marks it "=" six times out of six on dev; after the first scoring those ten
quantities were relabelled "=".  Scored blind (commit a2f082a): value F1 0.934, value+unit 0.855,
value+change 0.827 on the gold as annotated and 0.867 on the relabelled gold kept here.

Set 4: 142 sentences from 109 other pages, in two halves annotated to a corrected brief: world
news, courts, health and councils (72 sentences, scored blind at commit 4e11f58: 0.936 / 0.880 /
0.880), then markets, technology, science and sport (70 sentences, blind at commit 55fb0e9:
0.935 / 0.910 / 0.878).

Set 5: 70 sentences on disasters, war, elections, health, energy, space and sport from 59 other
pages (blind at commit af9f19a: 0.916 / 0.851 / 0.838).

Set 6: 143 sentences from 122 other pages, a general wire mix and specialist finance, technology
and sport (blind at commit d0db116: 0.954 / 0.865 / 0.872).

Set 7: 141 sentences from 116 other pages, a general wire mix and numbers-heavy reporting (blind
at commit cf4b096, figures 1.9.0: 0.922 / 0.872 / 0.868).

Set 8: 143 sentences from 116 other pages, technology, science, health, sport and entertainment,
then business, markets and politics (blind at commit e38aac6, figures 1.10.0: 0.966 / 0.876 /
0.876).

Set 9: 147 sentences from 111 other pages, a general news mix with many sentences of several
quantities (blind at commit 4f8594f, figures 1.11.0: 0.964 / 0.897 / 0.922).

Set 10: 149 sentences from 99 other pages, a general mix and business, markets and politics
(blind at commit ea3fe11, figures 1.12.0: 0.975 / 0.906 / 0.899).

Set 13: 144 sentences from 98 other pages, a general mix and counts-heavy reporting (blind at
commit fab027b, figures 1.13.2: 0.941 / 0.873 / 0.897; one sentence that repeated a page of an
earlier set was taken out).

Set 14: 144 sentences from 110 other pages, business, markets and budgets from outlets in Asia,
Africa, Australia and North America, then health, science, courts, weather, transport and sport
(blind at commit 936ffe4, figures 1.15.1: 0.965 / 0.911 / 0.901).

Set 15: 146 sentences from 89 other pages, a general mix from US and UK outlets, then one from
outlets elsewhere (blind at commit 1e9e98d, figures 1.17.1: 0.924 / 0.891 / 0.869).

Set 16: 140 sentences from 108 other pages, a general mix and numbers-heavy reporting (blind at
commit e7b249a, figures 1.20.2: 0.966 / 0.894 / 0.917; one sentence that repeated a held-out
sentence was taken out).

Set 17: 142 sentences from 109 other pages, a general mix, then markets, company news and public
finance (blind at commit 9bd2234, figures 1.21.1: 0.975 / 0.919 / 0.888).

Set 18: 145 sentences from 100 other pages, a general mix, then health, science, weather,
transport, crime, education and local government (blind at commit 5aab5d6, figures 1.23.1:
0.945 / 0.855 / 0.911).

Set 19: 143 sentences from 107 other pages, a general mix, then sport, entertainment, technology
and world news (blind at commit 7a93317, figures 1.24.1: 0.967 / 0.897 / 0.881).

Set 20: 140 sentences from 105 other pages, a general mix and numbers-heavy reporting (blind at
commit 0936054, figures 1.26.0: 0.966 / 0.901 / 0.901).

Set 21: 150 sentences from 99 other pages, a general mix, then business with many changes and
sport results (blind at commit add8705, figures 1.26.1: 0.984 / 0.906 / 0.956).

Set 22: 140 sentences from 110 other pages, a general mix, then regional and local outlets (blind
at commit dc11562, figures 1.27.0: 0.930 / 0.836 / 0.866).

Set 23: 145 sentences from 106 other pages, business, markets and public finance from outlets in
Asia, Africa and Latin America, then science, environment, health, agriculture and energy (blind
at commit 873e99c, figures 1.28.1: 0.973 / 0.922 / 0.915).

Set 24: 141 sentences from 110 other pages, sport and entertainment, then courts, conflict,
elections, transport and housing (blind at commit 873e99c, figures 1.28.1: 0.966 / 0.912 /
0.945).

Set 25: 143 sentences from 92 other pages, a general mix from outlets in India, Pakistan, Nigeria,
Kenya, South Africa, Australia, Canada and Malaysia, then US local news (blind at commit 815aa62,
figures 1.31.2: 0.955 / 0.900 / 0.884; one sentence that repeated set 14 was taken out).

Set 26: 146 sentences from 96 other pages, markets and economics reporting, then long-form
science, technology, travel and culture features (blind at commit 815aa62, figures 1.31.2: 0.968
/ 0.931 / 0.920).

Set 27: 144 sentences from 91 other pages, world news and politics, then technology, science,
health and the environment (blind at commit 4d07322, figures 1.33.2: 0.970 / 0.888 / 0.940).

Set 28: 140 sentences from 118 other pages, business and finance wires, then sport, crime,
weather, transport and local government (blind at commit 4d07322, figures 1.33.2: 0.933 / 0.867
/ 0.886).  The brief for sets 27 and 28 states dev's reading of a range after a verb of change
("=", six times in seven), which earlier briefs left to the annotator.

Set 29: 144 sentences from 107 other pages, a general mix, then numbers-heavy reporting (blind
at commit 62eba19, figures 1.34.1: 0.961 / 0.904 / 0.941).

Set 30: 145 sentences from 110 other pages, regional and local outlets, then business from Asia,
Africa, the Middle East and Latin America (blind at commit 62eba19, figures 1.34.1: 0.954 /
0.899 / 0.903).

Set 31: 143 sentences from 100 other pages, a general mix from the UK, Ireland, Australia and New
Zealand, then from US outlets (blind at commit 5dae7e9, figures 1.36.1: 0.978 / 0.911 / 0.959).

Set 32: 146 sentences from 115 other pages, science, technology and climate, then sport and
entertainment business (blind at commit 5dae7e9, figures 1.36.1: 0.944 / 0.893 / 0.900; one
sentence that repeated a held-out sentence was taken out without reading it).

Set 33: 140 sentences from 102 other pages, public services and society, then markets and
companies in brief (blind at commit 0b35c59, figures 1.37.1: 0.927 / 0.869 / 0.886).

Set 34: 140 sentences from 108 other pages, disasters, accidents, conflict and weather, then a
general mix rich in number words, vague quantities and ages (blind at commit 0b35c59, figures
1.37.1: 0.956 / 0.896 / 0.931).

Set 35: 140 sentences from 111 other pages, a general mix, then local and regional news (blind at
commit 2937fb6, figures 1.38.0: 0.980 / 0.914 / 0.936).

Set 36: 141 sentences from 108 other pages, economy and finance from five continents, then
science, health, environment, technology and sport (blind at commit defc2f3, figures 1.38.1:
0.962 / 0.951 / 0.900).

Set 39: 132 sentences from 86 other pages, technology and business, then health, food and the
environment (blind at commit 5cbf444, figures 1.38.2: 0.966 / 0.926 / 0.913; eight sentences
from pages a held-out set uses were taken out unread).

Set 40: 141 sentences from 78 other pages, elections, budgets and courts, then sport and
entertainment figures (blind at commit 5cbf444, figures 1.38.2: 0.977 / 0.922 / 0.942; two
sentences taken out as for set 39).

Set 41: 140 sentences from 115 other pages, agriculture, commodities, mining, transport and
shipping, then energy, insurance and banking (blind at commit 3b78617, figures 1.39.1: 0.974 /
0.922 / 0.926).

Set 42: 146 sentences from 111 other pages, housing, construction and education, then crime,
immigration, elections and budgets (blind at commit 3b78617, figures 1.39.1: 0.971 / 0.907 /
0.922).

Set 43: 145 sentences from 104 other pages, technology, automotive and industry, then labour,
wages, pensions and aid (blind at commit 4ad3d21, figures 1.40.1: 0.983 / 0.886 / 0.938).

Set 44: 142 sentences from 103 other pages, health care, retail and household budgets, then
tourism, culture and wildlife (blind at commit 5adaf61, figures 1.40.1: 0.973 / 0.881 / 0.946).
Both sets' annotators gave fractions the unit "-" where NewsQuant dev writes "% noun", which keeps
their value+unit under the others'.

Set 45: 148 sentences from 109 other pages, local government, utilities and defence, then wire
news from Asia, Africa, the Middle East and Latin America (blind at commit f3ed4d5, figures
1.41.1: 0.943 / 0.873 / 0.902).

Set 46: 145 sentences from 106 other pages, cricket, rugby, athletics, tennis, motorsport and
golf, then media, music, film, gaming and space (blind at commit f3ed4d5, figures 1.41.1: 0.930
/ 0.905 / 0.895).

Set 49: 144 sentences from 98 other pages, business from Europe, then US state and local news
(blind at commit d829c7c, figures 1.44.0: 0.987 / 0.911 / 0.945).

Set 50: 142 sentences from 113 other pages, India, Pakistan, Bangladesh and Sri Lanka, then
Australia, New Zealand, Canada and Ireland (blind at commit d829c7c, figures 1.44.0: 0.933 /
0.887 / 0.891; two sentences that repeated earlier sets were taken out unread).

Set 51: 171 sentences from 106 other pages, government, budgets, elections and polls, then
technology and telecoms business (blind at commit 1dd53e5, figures 1.48.0: 0.983 / 0.917 /
0.965).

Set 52: 141 sentences from 106 other pages, farming, commodities, weather and disasters, then
aviation, railways, shipping and cars (blind at commit 1dd53e5, figures 1.48.0: 0.960 / 0.892 /
0.918; one sentence that repeated an earlier set was taken out unread).

Set 54: 128 sentences from 70 other pages, health and the drug business, then oil, gas, power
and climate (blind at commit 33f5782, figures 1.49.1: 0.982 / 0.836 / 0.923; the annotators'
search budget ran out before 70 sentences each).

Set 55: 118 sentences from 61 other pages, crime, courts and prisons, then sport results and the
business of sport (blind at commit 33f5782, figures 1.49.1: 0.955 / 0.923 / 0.950).

Set 59: 142 sentences from 107 BBC articles of 2004-2005 in `../shared/data/corpus/bbc/` (business
and politics, then sport, technology and entertainment; articles in a seeded random order, none
of the BBC figure sets' or quote sets'), annotated when the session's search budget for news
pages ran out.  Meant as a held-out set, it scored far below the others (commit 140a26e, figures
1.51.0: 0.916 / 0.862 / 0.887; 1.39.0: 0.911 / 0.857 / 0.882), so it was read for error classes.

Each of these sets was then read for error classes.  Three held-out sets are kept unread: nobody has
looked at their errors, so their scores are the estimate for unseen news.  The first, 73
sentences on business outside the US, public services and courts from 65 other pages (at
af9f19a: 0.937 / 0.854 / 0.878); the second, 141 sentences of general and numbers-heavy news
from 111 other pages (at 3b1ccd6, figures 1.13.0: 0.963 / 0.906 / 0.906; one sentence that
repeated a sentence of set 5 was taken out); the third, 143 sentences of general and
numbers-heavy news from 99 other pages (at 77bcc6c, figures 1.13.1: 0.961 / 0.883 / 0.905).  The
floors sit a little below the blind scores, so they catch regressions without tuning anything to
this text.

Two more held-out sets were annotated at the end of the 2026-11-26 session and scored once, by
figures 1.38.2 (commit cc3348e), then kept unread: the fourth, 141 sentences from 107 other pages,
a general mix and numbers-heavy news (0.975 / 0.930 / 0.953); the fifth, 144 sentences from 107
other pages, from outlets in South and South-East Asia, then Africa, the Middle East, Latin
America and Eastern Europe (0.975 / 0.921 / 0.944).

Two more were annotated at the end of the 2026-11-27 session and scored once, by figures 1.44.0
(commit 5ae7f51), then kept unread: the sixth, 142 sentences from 112 other pages, a general mix
and numbers-heavy news (0.980 / 0.953 / 0.949; the session's first version, 1.39.0, scored 0.978
/ 0.951 / 0.947); the seventh, 140 sentences from 113 other pages, courts, health, environment and
culture, then company results, trade, energy and disasters (0.971 / 0.915 / 0.919; 1.39.0: 0.967 /
0.911 / 0.915).

An eighth was annotated with sets 51 and 52 and scored by figures 1.48.0 (commit 1dd53e5), then
kept unread: 144 sentences from 111 other pages, wire-service news, then news from the Middle East
and Africa (0.956 / 0.842 / 0.937).  Its value+unit is the lowest of the held-out sets; nobody
has looked why, so that it stays unread.

A ninth, from the BBC corpus on disk like set 59 but from 102 other articles, was annotated after
set 59 had been read and scored once by figures 1.52.0 (commit f2dcf2d), then kept unread: 146
sentences, 0.962 / 0.899 / 0.939 (1.39.0: 0.960 / 0.896 / 0.932; one sentence that repeated set 59
through a copied article was taken out unread)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluation.figures import evaluate

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHANGES = ("=", "~", ">", "<", "up", "down")
SETS = [
    # file, sentences, quantities, floors for value, value+unit and value+change F1
    ("figures_news_blind3.jsonl", 132, 255, (0.92, 0.84, 0.85)),
    ("figures_news_blind4.jsonl", 142, 292, (0.92, 0.87, 0.86)),
    ("figures_news_blind5.jsonl", 70, 155, (0.90, 0.83, 0.82)),
    ("figures_news_blind6.jsonl", 143, 314, (0.94, 0.85, 0.86)),
    ("figures_news_blind7.jsonl", 141, 281, (0.91, 0.86, 0.85)),
    ("figures_news_blind8.jsonl", 143, 324, (0.95, 0.86, 0.86)),
    ("figures_news_blind9.jsonl", 147, 317, (0.95, 0.88, 0.90)),
    ("figures_news_blind10.jsonl", 149, 275, (0.96, 0.89, 0.88)),
    ("figures_news_blind13.jsonl", 144, 259, (0.93, 0.86, 0.88)),
    ("figures_news_blind14.jsonl", 144, 303, (0.95, 0.90, 0.89)),
    ("figures_news_blind15.jsonl", 146, 277, (0.91, 0.88, 0.85)),
    ("figures_news_blind16.jsonl", 140, 264, (0.95, 0.88, 0.90)),
    ("figures_news_blind17.jsonl", 142, 266, (0.96, 0.90, 0.87)),
    ("figures_news_blind18.jsonl", 145, 273, (0.93, 0.84, 0.90)),
    ("figures_news_blind19.jsonl", 143, 245, (0.95, 0.88, 0.87)),
    ("figures_news_blind20.jsonl", 140, 265, (0.95, 0.88, 0.88)),
    ("figures_news_blind21.jsonl", 150, 285, (0.97, 0.89, 0.94)),
    ("figures_news_blind22.jsonl", 140, 266, (0.92, 0.82, 0.85)),
    ("figures_news_blind23.jsonl", 145, 293, (0.96, 0.91, 0.90)),
    ("figures_news_blind24.jsonl", 141, 281, (0.95, 0.90, 0.93)),
    ("figures_news_blind25.jsonl", 143, 261, (0.94, 0.89, 0.87)),
    ("figures_news_blind26.jsonl", 146, 265, (0.95, 0.92, 0.91)),
    ("figures_news_blind27.jsonl", 144, 231, (0.96, 0.87, 0.92)),
    ("figures_news_blind28.jsonl", 140, 257, (0.92, 0.85, 0.87)),
    ("figures_news_blind29.jsonl", 144, 250, (0.95, 0.89, 0.93)),
    ("figures_news_blind30.jsonl", 145, 257, (0.94, 0.88, 0.89)),
    ("figures_news_blind31.jsonl", 143, 272, (0.96, 0.90, 0.94)),
    ("figures_news_blind32.jsonl", 146, 295, (0.93, 0.88, 0.89)),
    ("figures_news_blind33.jsonl", 140, 293, (0.91, 0.85, 0.87)),
    ("figures_news_blind34.jsonl", 140, 282, (0.94, 0.88, 0.91)),
    ("figures_news_blind35.jsonl", 140, 275, (0.96, 0.90, 0.92)),
    ("figures_news_blind36.jsonl", 141, 273, (0.95, 0.93, 0.89)),
    ("figures_news_blind39.jsonl", 132, 226, (0.95, 0.91, 0.90)),
    ("figures_news_blind40.jsonl", 141, 257, (0.96, 0.91, 0.93)),
    ("figures_news_blind41.jsonl", 140, 289, (0.96, 0.91, 0.91)),
    ("figures_news_blind42.jsonl", 146, 264, (0.96, 0.89, 0.91)),
    ("figures_news_blind43.jsonl", 145, 270, (0.97, 0.87, 0.92)),
    ("figures_news_blind44.jsonl", 142, 259, (0.96, 0.86, 0.93)),
    ("figures_news_blind45.jsonl", 148, 272, (0.93, 0.86, 0.89)),
    ("figures_news_blind46.jsonl", 145, 288, (0.92, 0.89, 0.88)),
    ("figures_news_blind49.jsonl", 144, 264, (0.97, 0.89, 0.93)),
    ("figures_news_blind50.jsonl", 142, 291, (0.92, 0.87, 0.87)),
    ("figures_news_blind51.jsonl", 171, 289, (0.97, 0.90, 0.95)),
    ("figures_news_blind52.jsonl", 141, 264, (0.94, 0.87, 0.90)),
    ("figures_news_blind54.jsonl", 128, 222, (0.96, 0.81, 0.90)),
    ("figures_news_blind55.jsonl", 118, 187, (0.93, 0.90, 0.93)),
    ("figures_news_blind59.jsonl", 142, 200, (0.89, 0.84, 0.86)),
    ("figures_news_heldout.jsonl", 73, 169, (0.92, 0.83, 0.86)),
    ("figures_news_heldout2.jsonl", 141, 288, (0.95, 0.89, 0.89)),
    ("figures_news_heldout3.jsonl", 143, 269, (0.95, 0.87, 0.89)),
    ("figures_news_heldout4.jsonl", 141, 266, (0.96, 0.91, 0.93)),
    ("figures_news_heldout5.jsonl", 144, 259, (0.96, 0.90, 0.92)),
    ("figures_news_heldout6.jsonl", 142, 258, (0.96, 0.93, 0.93)),
    ("figures_news_heldout7.jsonl", 140, 274, (0.95, 0.89, 0.90)),
    ("figures_news_heldout8.jsonl", 144, 262, (0.94, 0.82, 0.91)),
    ("figures_news_heldout9.jsonl", 146, 220, (0.94, 0.87, 0.91)),
]


@pytest.mark.parametrize(("name", "sentences", "quantities", "floors"), SETS)
def test_fixture_is_well_formed(name: str, sentences: int, quantities: int, floors: tuple[float, ...]) -> None:
    rows = [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == sentences == len({row["text"] for row in rows})
    assert sum(len(row["quantities"]) for row in rows) == quantities
    for row in rows:
        assert row["source"].startswith(("http", "bbc/"))
        for quantity in row["quantities"]:
            low, _, high = quantity["value"][1:].partition("-")
            float(quantity["value"][0] + low)
            if high:
                float(high)
            assert quantity["change"] in CHANGES


@pytest.mark.parametrize(("name", "sentences", "quantities", "floors"), SETS)
def test_blind_news_sets_stay_above_floors(
    name: str, sentences: int, quantities: int, floors: tuple[float, float, float]
) -> None:
    scores = evaluate(FIXTURES / name)
    assert scores["sentences"] == sentences and scores["gold"] == quantities
    value, value_unit, value_change = floors
    assert scores["value_f1"] >= value
    assert scores["value_unit_f1"] >= value_unit
    assert scores["value_change_f1"] >= value_change
