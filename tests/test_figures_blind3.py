"""Third blind figures set: 132 sentences of recent news (markets, business, technology, cars,
politics, courts, health, science, weather, sport) from 100 web pages, annotated in NewsQuant's
format by two annotators who read the conventions and never saw the extractor's output.

The brief they followed marked a change named by a noun ("a 3% increase") "up", where NewsQuant
marks it "=" six times out of six on dev; after the first scoring those ten quantities were
relabelled "=".  Scored blind (the extractor of commit a2f082a, before any tuning on this set):
value F1 0.934, value+unit 0.855, value+change 0.827 on the gold as annotated and 0.867 on the
relabelled gold kept here.  The floors sit a little below, so they catch regressions without
tuning anything to this text."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluation.figures import evaluate

GOLD = Path(__file__).resolve().parent / "fixtures" / "figures_news_blind3.jsonl"
CHANGES = ("=", "~", ">", "<", "up", "down")


def test_fixture_is_well_formed() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 132
    assert len({row["text"] for row in rows}) == 132
    for row in rows:
        assert row["source"].startswith("http")
        for quantity in row["quantities"]:
            low, _, high = quantity["value"][1:].partition("-")
            float(quantity["value"][0] + low)
            if high:
                float(high)
            assert quantity["change"] in CHANGES


def test_third_blind_set_stays_above_floors() -> None:
    scores = evaluate(GOLD)
    assert scores["sentences"] == 132 and scores["gold"] == 255
    assert scores["value_f1"] >= 0.92
    assert scores["value_unit_f1"] >= 0.84
    assert scores["value_change_f1"] >= 0.85
