"""CWQI checks of the reference, partial sums, change, ranking; TLI weights and grades."""

from __future__ import annotations

import math

import pytest

from riverchief.waterquality.indices import (
    Cwqi,
    TrophicState,
    change_percent,
    cwqi,
    cwqi_item,
    rank_cwqi,
    tli,
    tli_weights,
    trophic_state,
)
from riverchief.waterquality.rules import DEFAULT_CWQI_ITEMS, WaterQualityRules


@pytest.mark.parametrize(
    ("key", "value", "water_type", "expected"),
    [
        ("ph", 7.8, "river", 0.4),
        ("ph", 6.4, "river", 0.6),
        ("ph", 7.0, "river", 0.0),
        ("do", 6.2, "river", 0.806452),
        ("codmn", 4.1, "river", 0.683333),
        ("tp", 0.12, "river", 0.6),
        ("tp", 0.12, "lake", 2.4),
        ("hg", 0.0001, "river", 1.0),
    ],
)
def test_reference_checks(key: str, value: float, water_type: str, expected: float) -> None:
    assert cwqi_item(key, value, water_type) == pytest.approx(expected, abs=5e-7)


def full_set(**overrides: float) -> dict[str, float]:
    values = {k: 0.001 for k in DEFAULT_CWQI_ITEMS}
    values.update(ph=7.0, do=5.0, codmn=6.0)
    values.update(overrides)
    return values


def test_fixed_item_set_and_partial() -> None:
    full = cwqi(full_set())
    assert full.comparable and not full.partial
    assert len(full.items) == 21
    auto = cwqi({"ph": 7.8, "do": 6.2, "codmn": 4.1, "nh3n": 0.5, "tp": 0.12})
    assert auto.partial and not auto.comparable
    assert auto.value == pytest.approx(0.4 + 0.806452 + 0.683333 + 0.5 + 0.6, abs=1e-5)
    assert auto.label == "2.99（不完整：21 项中的 5 项）"
    assert len(auto.missing) == 16


def test_rankings_exclude_partial_and_sort_ascending() -> None:
    a = cwqi(full_set(codmn=3.0))
    b = cwqi(full_set(codmn=9.0))
    p = cwqi({"ph": 7.0})
    ranked = rank_cwqi({"b": b, "a": a, "p": p})
    assert [(r, name) for r, name, _ in ranked] == [(1, "a"), (2, "b")]


def test_change_against_last_year() -> None:
    assert change_percent(5.5, 5.0) == pytest.approx(10.0)
    assert change_percent(4.5, 5.0) == pytest.approx(-10.0)
    assert change_percent(4.5, 0.0) is None
    assert change_percent(None, 5.0) is None
    partial = Cwqi(3.0, {"ph": 3.0}, ("do",))
    assert change_percent(partial, 5.0) is None


def test_custom_item_set() -> None:
    rules = WaterQualityRules(cwqi_items=("ph", "do", "codmn", "nh3n", "tp"))
    c = cwqi({"ph": 7.8, "do": 6.2, "codmn": 4.1, "nh3n": 0.5, "tp": 0.12}, "river", rules)
    assert c.comparable


def test_tli_weights_of_the_reference() -> None:
    w = tli_weights(["chla", "tp", "tn", "sd", "codmn"])
    assert [round(w[k], 4) for k in ("chla", "tp", "tn", "sd", "codmn")] == [
        0.2663, 0.1879, 0.1790, 0.1834, 0.1834]
    w3 = tli_weights(["chla", "tp", "sd"])
    assert sum(w3.values()) == pytest.approx(1.0)
    assert w3["chla"] == pytest.approx(1 / (1 + 0.84**2 + 0.83**2))


def test_tli_value() -> None:
    values = {"chla": 10.0, "tp": 0.05, "tn": 1.0, "sd": 1.0, "codmn": 4.0}
    t = tli(values)
    assert t is not None
    expected = {
        "chla": 10 * (2.5 + 1.086 * math.log(10.0)),
        "tp": 10 * (9.436 + 1.624 * math.log(0.05)),
        "tn": 10 * (5.453 + 1.694 * math.log(1.0)),
        "sd": 10 * (5.118 - 1.94 * math.log(1.0)),
        "codmn": 10 * (0.109 + 2.661 * math.log(4.0)),
    }
    w = tli_weights(list(expected))
    assert t.value == pytest.approx(sum(w[k] * expected[k] for k in expected))
    assert t.value == pytest.approx(48.018, abs=1e-3)
    assert t.state == TrophicState.MESOTROPHIC
    assert tli({"ph": 7.0}) is None


@pytest.mark.parametrize(
    ("value", "state"),
    [(29.99, TrophicState.OLIGOTROPHIC), (30.0, TrophicState.MESOTROPHIC),
     (50.0, TrophicState.MESOTROPHIC), (50.01, TrophicState.LIGHTLY_EUTROPHIC),
     (60.0, TrophicState.LIGHTLY_EUTROPHIC), (60.5, TrophicState.MODERATELY_EUTROPHIC),
     (70.0, TrophicState.MODERATELY_EUTROPHIC), (70.1, TrophicState.HYPEREUTROPHIC)],
)
def test_trophic_grades(value: float, state: TrophicState) -> None:
    assert trophic_state(value) == state
