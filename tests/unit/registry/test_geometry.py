from __future__ import annotations

import pytest

from riverchief.errors import UserError
from riverchief.registry import geometry

pytestmark = pytest.mark.usefixtures("english")


def dms(d: int, m: int, s: float) -> float:
    sign = -1 if d < 0 else 1
    return sign * (abs(d) + m / 60 + s / 3600)


def test_vincenty_reference_distance() -> None:
    # Vincenty (1975) test line: Flinders Peak to Buninyong, 54 972.271 m
    flinders = (dms(144, 25, 29.52440), dms(-37, 57, 3.72030))
    buninyong = (dms(143, 55, 35.38390), dms(-37, 39, 10.15610))
    assert geometry.distance_m(flinders, buninyong) == pytest.approx(54972.271, abs=0.01)


def test_one_degree_of_equator() -> None:
    assert geometry.distance_m((0, 0), (1, 0)) == pytest.approx(111319.491, abs=0.01)


def test_antipodal_falls_back() -> None:
    assert geometry.distance_m((0, 0), (179.9999, 0.00001)) == pytest.approx(20015000, rel=2e-3)


def test_length_sums_parts() -> None:
    line = [(113.6, 34.7), (113.6, 34.8), (113.7, 34.8)]
    assert geometry.length_m(line) == pytest.approx(
        geometry.distance_m(line[0], line[1]) + geometry.distance_m(line[1], line[2]))


def test_validate_line_messages() -> None:
    with pytest.raises(UserError, match="at least two"):
        geometry.validate_line([[113.6, 34.7]])
    with pytest.raises(UserError, match="Point 2"):
        geometry.validate_line([[113.6, 34.7], ["a", 34.7]])
    with pytest.raises(UserError, match="not a WGS84"):
        geometry.validate_line([[113.6, 34.7], [213.6, 34.7]])


def test_gcj02_round_trip_and_offset() -> None:
    wgs = (113.65, 34.75)
    gcj = geometry.wgs84_to_gcj02(*wgs)
    assert geometry.distance_m(wgs, gcj) > 100  # the offset is hundreds of metres
    back = geometry.gcj02_to_wgs84(*gcj)
    assert geometry.distance_m(wgs, back) < 0.01
    bd = geometry.to_wgs84([(113.6626, 34.7567)], "bd09")[0]
    assert geometry.distance_m(bd, wgs) < 1500
