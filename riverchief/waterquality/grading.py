"""Grades of a lake with several points and of a river or area from its sections.

- A lake or reservoir with several monitoring points: average each item over the points,
  then classify as one section.
- A river, basin or area with fewer than 5 sections: average each item over the sections,
  then classify. With 5 or more: grade by the share of sections per class
  (优 I–III >= 90%; 良好 75–90%; 轻度污染 I–III < 75% and 劣V < 20%; 中度污染 I–III < 75%
  and 20% <= 劣V < 40%; 重度污染 劣V >= 40%).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from riverchief.waterquality.classes import (
    Classification,
    Status,
    WaterClass,
    classify,
    status_of,
)
from riverchief.waterquality.rules import DEFAULT_RULES, WaterQualityRules
from riverchief.waterquality.values import MeanValue, Values, mean_of

SHARES_FROM = 5  # sections at which a river or area is graded by shares


def average_points(points: Sequence[Values], factor: float = 0.5) -> dict[str, MeanValue]:
    """Each item averaged over the points (or sections), each point counting once."""
    keys: list[str] = []
    for p in points:
        for k in p:
            if k not in keys:
                keys.append(k)
    out: dict[str, MeanValue] = {}
    for key in keys:
        m = mean_of((p.get(key) for p in points), factor)
        if m is not None:
            out[key] = m
    return out


def grade_lake(
    points: Sequence[Values], rules: WaterQualityRules = DEFAULT_RULES
) -> Classification:
    """Class of a lake or reservoir from its monitoring points (each a mapping item → value)."""
    return classify(average_points(points, rules.below_detection_factor), "lake", rules)


@dataclass(frozen=True)
class AreaGrade:
    """The grade of a river, basin or area from its sections."""

    sections: int  # sections with a class
    status: Status | None
    water_class: WaterClass | None  # only below 5 sections (from the averaged items)
    counts: dict[WaterClass, int]
    by_shares: bool

    def share(self, *classes: WaterClass) -> Fraction:
        if not self.sections:
            return Fraction(0)
        return Fraction(sum(self.counts.get(c, 0) for c in classes), self.sections)

    @property
    def share_good(self) -> Fraction:
        """Share of sections of class I–III (优良比例)."""
        return self.share(WaterClass.I, WaterClass.II, WaterClass.III)

    @property
    def share_worse_than_v(self) -> Fraction:
        return self.share(WaterClass.WORSE_THAN_V)


def status_by_shares(good: Fraction, worse_than_v: Fraction) -> Status:
    """The status of 5 or more sections from the share I–III and the share 劣V."""
    if good >= Fraction(9, 10):
        return Status.EXCELLENT
    if good >= Fraction(3, 4):
        return Status.GOOD
    if worse_than_v >= Fraction(2, 5):
        return Status.HEAVILY_POLLUTED
    if worse_than_v >= Fraction(1, 5):
        return Status.MODERATELY_POLLUTED
    return Status.LIGHTLY_POLLUTED


def grade_area(
    sections: Sequence[tuple[Values, str]], rules: WaterQualityRules = DEFAULT_RULES
) -> AreaGrade:
    """Grade a river or area from its sections' period values, each ``(values, water_type)``.

    Sections without any assessed value are left out.
    """
    classified = [(v, wt, classify(v, wt, rules)) for v, wt in sections]
    classified = [t for t in classified if t[2].water_class is not None]
    counts: dict[WaterClass, int] = {}
    for _, _, c in classified:
        assert c.water_class is not None
        counts[c.water_class] = counts.get(c.water_class, 0) + 1
    n = len(classified)
    if n == 0:
        return AreaGrade(0, None, None, {}, False)
    if n < SHARES_FROM:
        types = {wt for _, wt, _ in classified}
        water_type = types.pop() if len(types) == 1 else "river"
        averaged = average_points([v for v, _, _ in classified], rules.below_detection_factor)
        c = classify(averaged, water_type, rules)
        return AreaGrade(n, c.status, c.water_class, counts, False)
    grade = AreaGrade(n, None, None, counts, True)
    status = status_by_shares(grade.share_good, grade.share_worse_than_v)
    return AreaGrade(n, status, None, counts, True)


__all__ = ["AreaGrade", "average_points", "grade_area", "grade_lake", "status_by_shares",
           "status_of"]
