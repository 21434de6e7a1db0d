"""CCME WQI 1.0: F1, F2, F3, the literal 1.732, bands, insufficient data, detection limits."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riverchief.waterquality.ccme import Category, CcmeTest, category, ccme_wqi


def grid(values: dict[str, list[float | None]], upper: float = 1.0) -> list[CcmeTest]:
    return [CcmeTest(var, v, lower=None, upper=upper, sampled=f"2026-0{i + 1}-01")
            for var, vs in values.items() for i, v in enumerate(vs)]


def test_hand_computed_example() -> None:
    tests = grid({
        "A": [0.5, 2.0, 1.0, 0.2],  # one failure, excursion 1.0; 1.0 equals the objective
        "B": [0.1, 0.1, 0.1, 0.1],
        "C": [0.1, 0.1, 0.1, 0.1],
        "D": [0.1, 0.1, 3.0, 0.1],  # excursion 2.0
    })
    r = ccme_wqi(tests)
    assert (r.variables, r.tests, r.failed_variables, r.failed_tests) == (4, 16, 2, 2)
    assert r.f1 == pytest.approx(50.0)
    assert r.f2 == pytest.approx(12.5)
    nse = 3.0 / 16
    assert r.nse == pytest.approx(nse)
    f3 = nse / (0.01 * nse + 0.01)
    assert r.f3 == pytest.approx(f3)
    expected = 100 - math.sqrt(50.0**2 + 12.5**2 + f3**2) / 1.732
    assert r.wqi == pytest.approx(expected)
    assert r.wqi != pytest.approx(100 - math.sqrt(50.0**2 + 12.5**2 + f3**2) / math.sqrt(3))
    assert r.category == category(expected)


def test_lower_limit_excursion() -> None:
    tests = [CcmeTest("DO", v, lower=5.0, sampled=str(i))
             for i, v in enumerate([4.0, 5.0, 6.0, 6.0])]
    tests += grid({"B": [0.1] * 4, "C": [0.1] * 4, "D": [0.1] * 4})
    r = ccme_wqi(tests)
    assert r.failed_tests == 1
    assert r.nse == pytest.approx((5.0 / 4.0 - 1) / 16)


def test_range_objective() -> None:
    t_low = CcmeTest("pH", 5.0, lower=6.5, upper=9.0)
    t_high = CcmeTest("pH", 9.5, lower=6.5, upper=9.0)
    t_ok = CcmeTest("pH", 9.0, lower=6.5, upper=9.0)
    assert t_low.failed() and t_high.failed() and not t_ok.failed()
    assert t_low.excursion() == pytest.approx(6.5 / 5.0 - 1)
    assert t_high.excursion() == pytest.approx(9.5 / 9.0 - 1)


def test_below_detection_passes_and_blank_is_not_a_test() -> None:
    tests = grid({"A": [0.1] * 4, "B": [0.1] * 4, "C": [0.1] * 4, "D": [0.1, 0.1, 0.1, None]})
    tests.append(CcmeTest("E", None, below_detection=True, upper=0.001, sampled="2026-01-01"))
    r = ccme_wqi(tests)
    assert r.tests == 16  # 15 values + 1 below detection; the blank is no test
    assert r.failed_tests == 0
    assert r.wqi == pytest.approx(100.0)
    assert r.category == Category.EXCELLENT


def test_insufficient_data() -> None:
    three_vars = grid({"A": [0.1] * 4, "B": [0.1] * 4, "C": [5.0] * 4})
    r = ccme_wqi(three_vars)
    assert r.wqi is None and r.category == Category.INSUFFICIENT
    three_samples = grid({"A": [0.1] * 3, "B": [0.1] * 3, "C": [0.1] * 3, "D": [0.1] * 3})
    assert ccme_wqi(three_samples).wqi is None
    enough = grid({"A": [0.1] * 4, "B": [0.1] * 4, "C": [0.1] * 4, "D": [0.1] * 4})
    assert ccme_wqi(enough).wqi == 100.0


@pytest.mark.parametrize(
    ("wqi", "band"),
    [(100, Category.EXCELLENT), (95, Category.EXCELLENT), (94.99, Category.GOOD),
     (80, Category.GOOD), (79.9, Category.FAIR), (65, Category.FAIR),
     (64.9, Category.MARGINAL), (45, Category.MARGINAL), (44.9, Category.POOR),
     (0, Category.POOR)],
)
def test_bands(wqi: float, band: Category) -> None:
    assert category(wqi) == band


def test_worst_case_stays_at_zero() -> None:
    r = ccme_wqi(grid({"A": [1e9] * 4, "B": [1e9] * 4, "C": [1e9] * 4, "D": [1e9] * 4}))
    assert r.wqi == 0.0 or 0.0 <= r.wqi < 1.0


values = st.lists(st.floats(min_value=0.0, max_value=100.0, allow_nan=False), min_size=16,
                  max_size=16)


@given(values)
def test_wqi_between_0_and_100(vs: list[float]) -> None:
    r = ccme_wqi(grid({"A": vs[0:4], "B": vs[4:8], "C": vs[8:12], "D": vs[12:16]}))
    assert r.wqi is not None and 0.0 <= r.wqi <= 100.0


@given(values, st.integers(min_value=0, max_value=15), st.floats(min_value=1.0, max_value=50.0))
def test_worse_failed_test_never_raises_wqi(vs: list[float], i: int, factor: float) -> None:
    tests = grid({"A": vs[0:4], "B": vs[4:8], "C": vs[8:12], "D": vs[12:16]})
    base = ccme_wqi(tests)
    worse = list(tests)
    old = worse[i]
    assert old.value is not None
    if not old.failed():
        return
    worse[i] = CcmeTest(old.variable, old.value * factor, upper=old.upper, sampled=old.sampled)
    after = ccme_wqi(worse)
    assert after.wqi is not None and base.wqi is not None
    assert after.wqi <= base.wqi + 1e-9
