"""A lake with several points; a river or area from its sections (< 5 averaged, >= 5 shares)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from riverchief.waterquality import Status, WaterClass
from riverchief.waterquality.grading import grade_area, grade_lake, status_by_shares

W = WaterClass


def test_lake_points_averaged_then_classified() -> None:
    # points III (0.05), V (0.2) on the lake ladder: mean 0.125 is class V; TN not in class
    c = grade_lake([{"tp": 0.05, "tn": 3.0}, {"tp": 0.2, "tn": 0.1}])
    assert c.water_type == "lake"
    assert c.numbers["tp"] == pytest.approx(0.125)
    assert c.water_class == W.V


def test_lake_point_missing_an_item() -> None:
    c = grade_lake([{"tp": 0.02, "codmn": 5.0}, {"tp": 0.04}])
    assert c.numbers["codmn"] == 5.0  # averaged over the points that measured it
    assert c.water_class == W.III


def test_fewer_than_five_sections_average() -> None:
    sections = [({"nh3n": 0.4}, "river"), ({"nh3n": 1.9}, "river"), ({"nh3n": 0.2}, "river")]
    g = grade_area(sections)
    assert not g.by_shares
    assert g.sections == 3
    assert g.water_class == W.III  # mean 0.8333
    assert g.status == Status.GOOD


@pytest.mark.parametrize(
    ("classes", "expected"),
    [
        ([W.I] * 9 + [W.IV], Status.EXCELLENT),  # 90%
        ([W.I] * 8 + [W.IV] * 2, Status.GOOD),  # 80%
        ([W.II] * 3 + [W.IV], Status.GOOD),  # n = 4: averaged, not shares
    ],
)
def test_area_status(classes: list[WaterClass], expected: Status) -> None:
    nh3n = {W.I: 0.1, W.II: 0.4, W.III: 0.9, W.IV: 1.4, W.V: 1.9, W.WORSE_THAN_V: 3.0}
    g = grade_area([({"nh3n": nh3n[c]}, "river") for c in classes])
    assert g.status == expected


def test_five_sections_use_shares() -> None:
    vals = [0.1, 0.1, 0.1, 3.0, 3.0]  # 60% I–III, 40% worse than V
    g = grade_area([({"nh3n": v}, "river") for v in vals])
    assert g.by_shares and g.water_class is None
    assert g.share_good == Fraction(3, 5)
    assert g.share_worse_than_v == Fraction(2, 5)
    assert g.status == Status.HEAVILY_POLLUTED


@pytest.mark.parametrize(
    ("good", "worse", "expected"),
    [
        (Fraction(90, 100), Fraction(0), Status.EXCELLENT),
        (Fraction(89, 100), Fraction(0), Status.GOOD),
        (Fraction(75, 100), Fraction(25, 100), Status.GOOD),
        (Fraction(74, 100), Fraction(19, 100), Status.LIGHTLY_POLLUTED),
        (Fraction(74, 100), Fraction(20, 100), Status.MODERATELY_POLLUTED),
        (Fraction(50, 100), Fraction(39, 100), Status.MODERATELY_POLLUTED),
        (Fraction(50, 100), Fraction(40, 100), Status.HEAVILY_POLLUTED),
        (Fraction(0), Fraction(1), Status.HEAVILY_POLLUTED),
    ],
)
def test_share_boundaries(good: Fraction, worse: Fraction, expected: Status) -> None:
    assert status_by_shares(good, worse) == expected


def test_sections_without_data_left_out() -> None:
    g = grade_area([({}, "river"), ({"nh3n": 0.1}, "river")])
    assert g.sections == 1
    assert grade_area([]).status is None
