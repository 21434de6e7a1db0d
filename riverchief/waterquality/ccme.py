"""CCME Water Quality Index 1.0 (Canadian Council of Ministers of the Environment, 2001).

A 0–100 score from tests (one variable measured once) against objectives:
F1 scope (failed variables), F2 frequency (failed tests), F3 amplitude (normalised sum of
excursions); ``WQI = 100 − sqrt(F1² + F2² + F3²) / 1.732`` with the manual's literal
1.732. Fewer than 4 variables or fewer than 4 samplings is "insufficient data", never a
number. A result below its detection limit passes; a value exactly at the objective passes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from riverchief.i18n import translate

MIN_VARIABLES = 4
MIN_SAMPLINGS = 4
DIVISOR = 1.732  # the CCME manual's literal value, not sqrt(3)


@dataclass(frozen=True)
class CcmeTest:
    """One variable measured once, with its objective (upper limit, lower limit or both)."""

    variable: str
    value: float | None  # None when below detection
    below_detection: bool = False
    lower: float | None = None
    upper: float | None = None
    sampled: str = ""  # date or time of the sampling (counts samplings)

    def failed(self) -> bool:
        if self.below_detection:
            return False
        assert self.value is not None
        if self.upper is not None and self.value > self.upper:
            return True
        return self.lower is not None and self.value < self.lower

    def excursion(self) -> float:
        """How far a failed test is off its objective (0 for a passed one)."""
        if not self.failed():
            return 0.0
        assert self.value is not None
        if self.upper is not None and self.value > self.upper:
            if self.upper <= 0:
                return math.inf
            return self.value / self.upper - 1
        assert self.lower is not None
        if self.value <= 0:
            return math.inf
        return self.lower / self.value - 1


class Category(Enum):
    EXCELLENT = "Excellent"
    GOOD = "Good"
    FAIR = "Fair"
    MARGINAL = "Marginal"
    POOR = "Poor"
    INSUFFICIENT = "insufficient data"

    @property
    def label(self) -> str:
        return {
            Category.EXCELLENT: translate("WaterQuality", "Excellent"),
            Category.GOOD: translate("WaterQuality", "Good"),
            Category.FAIR: translate("WaterQuality", "Fair"),
            Category.MARGINAL: translate("WaterQuality", "Marginal"),
            Category.POOR: translate("WaterQuality", "Poor"),
            Category.INSUFFICIENT: translate("WaterQuality", "insufficient data"),
        }[self]


def category(wqi: float) -> Category:
    """Bands: Excellent 95–100, Good 80–94, Fair 65–79, Marginal 45–64, Poor 0–44."""
    if wqi >= 95:
        return Category.EXCELLENT
    if wqi >= 80:
        return Category.GOOD
    if wqi >= 65:
        return Category.FAIR
    if wqi >= 45:
        return Category.MARGINAL
    return Category.POOR


@dataclass(frozen=True)
class CcmeResult:
    variables: int
    tests: int
    failed_variables: int
    failed_tests: int
    samplings: int
    f1: float | None
    f2: float | None
    f3: float | None
    nse: float | None
    wqi: float | None  # None: insufficient data
    category: Category
    failed_variable_names: list[str] = field(default_factory=list)
    without_objective: list[str] = field(default_factory=list)  # variables left out

    @property
    def sufficient(self) -> bool:
        return self.wqi is not None

    def as_dict(self, digits: int | None = None) -> dict[str, object]:
        def r(x: float | None) -> float | None:
            return x if x is None or digits is None else round(x, digits)

        return {
            "variables": self.variables,
            "tests": self.tests,
            "failed_variables": self.failed_variables,
            "failed_tests": self.failed_tests,
            "F1": r(self.f1),
            "F2": r(self.f2),
            "F3": r(self.f3),
            "wqi": r(self.wqi),
            "category": self.category.value,
            "failed_variable_names": self.failed_variable_names,
            "without_objective": self.without_objective,
        }


def ccme_wqi(tests: Iterable[CcmeTest]) -> CcmeResult:
    """The CCME WQI 1.0 of ``tests``; tests without a value and not below detection are skipped."""
    kept = [t for t in tests if t.value is not None or t.below_detection]
    variables = sorted({t.variable for t in kept})
    failed = [t for t in kept if t.failed()]
    failed_variables = {t.variable for t in failed}
    dates = {t.sampled for t in kept if t.sampled}
    if dates:
        samplings = len(dates)
    else:
        per_variable: dict[str, int] = {}
        for t in kept:
            per_variable[t.variable] = per_variable.get(t.variable, 0) + 1
        samplings = max(per_variable.values(), default=0)
    n_tests = len(kept)
    if len(variables) < MIN_VARIABLES or samplings < MIN_SAMPLINGS:
        return CcmeResult(len(variables), n_tests, len(failed_variables), len(failed),
                          samplings, None, None, None, None, None, Category.INSUFFICIENT,
                          sorted(failed_variables))
    f1 = 100 * len(failed_variables) / len(variables)
    f2 = 100 * len(failed) / n_tests
    excursions = math.fsum(t.excursion() for t in failed)
    if math.isinf(excursions):
        nse = math.inf
        f3 = 100.0
    else:
        nse = excursions / n_tests
        f3 = nse / (0.01 * nse + 0.01)
    wqi = 100 - math.sqrt(f1 * f1 + f2 * f2 + f3 * f3) / DIVISOR
    wqi = min(100.0, max(0.0, wqi))
    return CcmeResult(len(variables), n_tests, len(failed_variables), len(failed), samplings,
                      f1, f2, f3, nse, wqi, category(wqi), sorted(failed_variables))
