"""Scores the whole extract stage's figures against NewsQuant gold (CQE benchmark format).

Counting follows the CQE scorer (`evaluate_models.py` in satya77/CQE_Evaluation,
`calculate_metrics` and `values_match`): values are equal within `rel_tol=1e-5, abs_tol=1e-8`;
a range only equals a range, end by end in the order written, so "from 208 to 193" is the gold
"208-193" (our `Figure` stores a range low-first, so the written order is read back from the
figure's text); change is scored on value-matched pairs only, by equal change strings, whatever
the unit; precision is over every prediction, recall over every gold quantity.

Where this scorer is stricter than that file: it counts a maximum one-to-one matching per
sentence for each of value, value+unit and value+change.  The official loop removes a prediction
only once value *and* unit match, so a prediction with the right value and a wrong unit can be
credited against two gold quantities (value credits are only capped at the sentence's gold
count), and a change credit is counted for every value-matching pair it visits, uncapped.
`official_counts` replays that loop so the two can be compared; both are printed.

Where it is more lenient, because our records are not CQE's: units are compared leniently (case,
plural, synonyms such as "$"/dollar/USD, head noun) since our units are ISO codes and noun phrases,
not CQE's normalised unit names; and dates, times and sets without a number are left out of the
predictions, as NewsQuant does not annotate dates and they carry no numeric value (a set with one,
"every 9 weeks", is scored: NewsQuant counts its 9 weeks).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from pipeline.extract import extract
from pipeline.extract.figures import lexicon as lx
from pipeline.extract.figures.scan import QUANTITY, read_quantity
from pipeline.ingest import document_from_text
from pipeline.models import Figure
from pipeline.segment import segment

_DATES_AND_TIMES = frozenset({"date", "time"})
_GOLD_NAMES: dict[str, str] = {
    "dollar": "USD",
    "united states dollar": "USD",
    "percentage": "%",
    "pound sterling": "GBP",
    "hong kong dollar": "HKD",
    "malaysian ringgit": "MYR",
    "japanese yen": "JPY",
    "micrometre": "µm",
    "mile per hour": "mph",
    "kilometre per hour": "km/h",
    "brake horsepower": "hp",
    "hertz": "Hz",
    "gigahertz": "GHz",
    "milliampere-hour": "mAh",
    "parts-per-billion": "ppb",
    "square metre": "m²",
    "foot pound-force": "lb-ft",
    "pound-foot": "lb-ft",
    "newton metre": "Nm",
    "revolutions per minute": "rpm",
    "pound-mass": "lb",
    "pound": "lb",
    "year of age": "age year",
    "month of age": "age month",
    "year-old": "age year",
    "month-old": "age month",
    "kilowatt": "kW",
    "megawatt": "MW",
    "watt": "W",
    "gigabyte": "GB",
    "decibel": "dB",
    "count": "times",
    "times": "times",
    "fraction": "-",
    "-": "-",
}
"""CQE's normalised unit names that our lexicon spells differently.  "times" maps to itself
because the plural rule below would otherwise turn our multiplier unit into "time", which the
gold's "count" (also "times") could never equal; a bare fraction ("half") is dimensionless, which
CQE writes "-"."""
_TABLES: tuple[dict[str, str], ...] = (
    lx.CURRENCY_WORDS,
    lx.PERCENT,
    lx.DURATIONS,
    lx.MEASURES,
)
_AGES = {form.lower(): unit for form, unit in lx.AGES.items()}

_ISO_CODES = frozenset(lx.CURRENCY_PREFIXES.values()) | frozenset(lx.CURRENCY_WORDS.values())

Value = float | tuple[float, float]
G = TypeVar("G")


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


def canonical_unit(unit: str | None) -> str:
    """One spelling per unit, so that "US$", "dollars" and "USD" compare equal."""
    if unit is None or not unit.strip():
        return "-"
    raw = " ".join(unit.split())
    if raw in lx.CURRENCY_PREFIXES:
        return lx.CURRENCY_PREFIXES[raw]
    if raw in _ISO_CODES:
        return raw
    if raw in lx.MONEY_GLUED:
        return lx.MONEY_GLUED[raw]
    if raw in lx.MEASURE_SYMBOLS:
        return lx.MEASURE_SYMBOLS[raw]
    lower = raw.lower()
    if lower in _GOLD_NAMES:
        return _GOLD_NAMES[lower]
    if lower in _AGES:
        return f"age {_AGES[lower]}"
    for table in _TABLES:
        if lower in table:
            return table[lower]
    for separator in (" per ", " a ", "/"):
        numerator, found, denominator = raw.partition(separator)
        if found and numerator and denominator:
            return f"{canonical_unit(numerator)} per {canonical_unit(denominator)}"
    if lower.upper() in lx.CURRENCY_PREFIXES:
        return lx.CURRENCY_PREFIXES[lower.upper()]
    singular = " ".join(_singular(w) for w in lower.split())
    for table in _TABLES[1:]:
        if singular in table:
            return table[singular]
    return singular


def figure_unit(figure: Figure) -> str:
    unit = canonical_unit(figure.unit)
    return f"age {unit}" if figure.kind == "age" else unit


def _gold_value(text: str) -> Value:
    if "-" in text[1:] and "E" not in text:
        low, _, high = text[1:].partition("-")
        return (float(text[0] + low), float(high))
    return float(text)


def figure_value(figure: Figure) -> Value:
    assert figure.value is not None
    return figure.value if figure.value_high is None else (figure.value, figure.value_high)


def written_value(figure: Figure) -> Value:
    """The figure's value with a range's ends in the order the text gives them: "208 pounds to
    193" is (208, 193), as NewsQuant writes it, though the figure stores 193 as its low end.  When
    the ends share a scale word ("between 4.67 and 2.66 billion"), the numerals tell the order."""
    value = figure_value(figure)
    if not isinstance(value, tuple):
        return value
    found = QUANTITY.search(figure.text)
    first = read_quantity(figure.text, found) if found else None
    low, high = value
    if first is None or _close(first.value, low):
        return value
    if _close(first.value, high):
        return (high, low)
    following = QUANTITY.search(figure.text, first.end)
    second = read_quantity(figure.text, following) if following else None
    return (high, low) if second is not None and first.value > second.value / second.scale else value


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def values_equal(gold: Value, predicted: Value, *, ordered: bool = False) -> bool:
    """Equal numbers, or ranges with equal ends: in the written order when `ordered` (NewsQuant),
    else low with low (our own gold, which stores ranges low-first as `Figure` does)."""
    if isinstance(gold, tuple) != isinstance(predicted, tuple):
        return False
    if isinstance(gold, tuple) and isinstance(predicted, tuple):
        pairs = zip(gold, predicted) if ordered else zip(sorted(gold), sorted(predicted))
        return all(_close(g, p) for g, p in pairs)
    return _close(gold, predicted)  # type: ignore[arg-type]


def matching(gold: Sequence[G], predicted: Sequence[Figure], same: Callable[[G, Figure], bool]) -> int:
    """Size of a maximum one-to-one matching: order of annotation must not change the score."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p, figure in enumerate(predicted):
            if p not in seen and same(gold[g], figure):
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    return sum(augment(g, set()) for g in range(len(gold)))


def _value_ok(gold: dict[str, str], figure: Figure) -> bool:
    return values_equal(_gold_value(gold["value"]), written_value(figure), ordered=True)


def units_equal(gold: str, predicted: str) -> bool:
    """Noun phrases match on their head noun: annotators differ on "rushing yards" vs "yards"."""
    if gold == predicted:
        return True
    return gold != "-" and predicted != "-" and gold.split()[-1] == predicted.split()[-1]


def _unit_ok(gold: dict[str, str], figure: Figure) -> bool:
    unit = figure_unit(figure)
    golds = (canonical_unit(gold["unit"]), canonical_unit(gold["normalized_unit"]))
    return _value_ok(gold, figure) and any(units_equal(g, unit) for g in golds)


def _change_ok(gold: dict[str, str], figure: Figure) -> bool:
    return _value_ok(gold, figure) and gold["change"] == figure.change


def predict(sentence: str) -> list[Figure]:
    """Figures the whole extract stage finds in one sentence that carry a number, dates and times
    left out."""
    extracted = extract(segment(document_from_text(sentence, "newsquant")))
    return [f for f in extracted.figures if f.kind not in _DATES_AND_TIMES and f.value is not None]


def official_counts(gold: Sequence[dict[str, str]], predicted: Sequence[Figure]) -> tuple[int, int, int]:
    """Correct value, value+unit and value+change counts for one sentence as the loop of
    `calculate_metrics` in CQE_Evaluation's `evaluate_models.py` counts them (both lists sorted
    by unit first, as there), with this module's value and unit comparisons."""
    tags = sorted(predicted, key=figure_unit)
    value = unit = change = 0
    for quantity in sorted(gold, key=lambda q: q["normalized_unit"]):
        for figure in list(tags):
            if not _value_ok(quantity, figure):
                continue
            if value < len(gold):
                value += 1
            change += quantity["change"] == figure.change
            if _unit_ok(quantity, figure):
                unit += 1
                tags.remove(figure)
                break
    return value, unit, change


def _scores(correct: int, gold: int, predicted: int) -> tuple[float, float, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)


def evaluate(gold: Path) -> dict[str, float]:
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = ("value", "value_unit", "value_change")
    totals = dict.fromkeys(names, 0)
    official = dict.fromkeys(names, 0)
    gold_count = predicted_count = 0
    for row in rows:
        quantities: list[dict[str, str]] = row["quantities"]
        figures = predict(row["text"])
        gold_count += len(quantities)
        predicted_count += len(figures)
        totals["value"] += matching(quantities, figures, _value_ok)
        totals["value_unit"] += matching(quantities, figures, _unit_ok)
        totals["value_change"] += matching(quantities, figures, _change_ok)
        for name, correct in zip(names, official_counts(quantities, figures)):
            official[name] += correct
    result: dict[str, float] = {"sentences": len(rows), "gold": gold_count, "predicted": predicted_count}
    for name, correct in totals.items():
        precision, recall, f1 = _scores(correct, gold_count, predicted_count)
        result |= {f"{name}_precision": precision, f"{name}_recall": recall, f"{name}_f1": f1}
    for name, correct in official.items():
        result[f"official_{name}_f1"] = _scores(correct, gold_count, predicted_count)[2]
    return result
