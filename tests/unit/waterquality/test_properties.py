"""Property tests: worsening one item never improves the class; the fast path agrees."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from riverchief.waterquality import WaterClass, classify, classify_many, classify_value
from riverchief.waterquality.standards import standard

ITEMS = [k for k in standard().assessed] + ["tn", "fecal_coliform", "water_temp"]


def limits_near(key: str) -> st.SearchStrategy[float]:
    """Values at, just around and far from the item's limits."""
    item = standard()[key]
    points: list[float] = [0.0]
    for ladder in (item.limits, item.lake_limits):
        if ladder:
            for x in ladder:
                points += [x, math.nextafter(x, 0), math.nextafter(x, math.inf), x * 1.5]
    if item.range:
        points += [5.99, 6.0, 9.0, 9.01]
    return st.one_of(st.sampled_from(points),
                     st.floats(min_value=0.0, max_value=max(points) * 2 + 1, allow_nan=False))


@st.composite
def samples(draw: st.DrawFn) -> dict[str, float]:
    keys = draw(st.lists(st.sampled_from(ITEMS), min_size=0, max_size=8, unique=True))
    return {k: draw(limits_near(k)) for k in keys}


@given(samples(), st.sampled_from(["river", "lake"]), st.data())
def test_worsening_one_item_never_improves_the_class(
    values: dict[str, float], water_type: str, data: st.DataObject
) -> None:
    keys = [k for k in values if k not in ("ph", "water_temp")]
    if not keys:
        return
    key = data.draw(st.sampled_from(keys))
    factor = data.draw(st.floats(min_value=1.0, max_value=100.0))
    before = classify(values, water_type).water_class
    worse = dict(values)
    if standard()[key].rule == ">=":
        worse[key] = values[key] / factor
    else:
        worse[key] = values[key] * factor + data.draw(st.floats(min_value=0, max_value=1))
    after = classify(worse, water_type).water_class
    if before is not None:
        assert after is not None and after >= before


@given(samples(), st.sampled_from(["river", "lake"]))
def test_sample_class_is_max_of_item_classes(values: dict[str, float], water_type: str) -> None:
    c = classify(values, water_type)
    expected = [classify_value(k, v, water_type) for k, v in values.items()
                if k in standard().assessed]
    known = [x for x in expected if x is not None]
    assert c.water_class == (max(known) if known else None)


@settings(max_examples=50)
@given(st.lists(samples(), min_size=1, max_size=30), st.lists(st.booleans(), min_size=30,
                                                               max_size=30))
def test_fast_path_matches_classify(rows: list[dict[str, float]], lakes: list[bool]) -> None:
    columns = {k: np.array([r.get(k, np.nan) for r in rows]) for k in ITEMS}
    fast = classify_many(columns, np.array(lakes[: len(rows)]))
    for i, r in enumerate(rows):
        c = classify(r, "lake" if lakes[i] else "river").water_class
        assert fast[i] == (0 if c is None else int(c))


def test_fast_path_boundaries() -> None:
    columns = {"do": np.array([1.99, 2.0, 7.5, np.nan]), "ph": np.array([6.0, 9.0, 9.01, np.nan]),
               "tp": np.array([0.1004, 0.1, 0.02, np.nan])}
    river = classify_many(columns, "river")
    assert list(river) == [WaterClass.WORSE_THAN_V, WaterClass.V, WaterClass.WORSE_THAN_V, 0]
    lake = classify_many({"tp": np.array([0.1004, 0.1, 0.05])}, "lake")
    assert list(lake) == [5, 4, 3]
