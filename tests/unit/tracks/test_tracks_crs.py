from __future__ import annotations

import numpy as np
import pytest

from riverchief.errors import UserError
from riverchief.tracks import crs
from riverchief.tracks.geo import haversine_m

CHINA = np.array([
    (113.6654, 34.7579),   # Zhengzhou
    (116.3913, 39.9075),   # Beijing
    (121.4737, 31.2304),   # Shanghai
    (87.6168, 43.8256),    # Urumqi
    (110.3312, 20.0310),   # Haikou
])
ABROAD = np.array([(2.3522, 48.8566), (-71.3247, -40.1395), (9.9929, 57.0115)])


@pytest.mark.parametrize("system", ["gcj02", "bd09"])
def test_round_trip_within_a_metre(system: str) -> None:
    lon, lat = CHINA[:, 0], CHINA[:, 1]
    shown = crs.from_wgs84(lon, lat, system)
    back = crs.to_wgs84(*shown, system)
    assert float(np.max(haversine_m(lon, lat, *back))) < 1.0
    # and the other way round: a point read in the app's system survives the trip too
    again = crs.from_wgs84(*crs.to_wgs84(lon, lat, system), system)
    assert float(np.max(haversine_m(lon, lat, *again))) < 1.0


def test_offset_in_china_is_hundreds_of_metres() -> None:
    lon, lat = CHINA[:, 0], CHINA[:, 1]
    gcj = crs.wgs84_to_gcj02(lon, lat)
    offsets = haversine_m(lon, lat, *gcj)
    assert np.all(offsets > 100) and np.all(offsets < 1000)
    bd = crs.gcj02_to_bd09(*gcj)
    assert np.all(haversine_m(lon, lat, *bd) > 300)


def test_no_offset_outside_china() -> None:
    lon, lat = ABROAD[:, 0], ABROAD[:, 1]
    gcj = crs.wgs84_to_gcj02(lon, lat)
    assert np.array_equal(gcj[0], lon) and np.array_equal(gcj[1], lat)
    back = crs.gcj02_to_wgs84(lon, lat)
    assert np.array_equal(back[0], lon)


def test_suggestion_from_creator() -> None:
    assert crs.suggest_crs("高德地图 9.0") == "gcj02"
    assert crs.suggest_crs("BaiduMap Android") == "bd09"
    assert crs.suggest_crs("Garmin Connect") is None
    assert crs.suggest_crs(None) is None


def test_unknown_crs_is_refused(english: None) -> None:
    assert crs.check_crs("GCJ-02") == "gcj02"
    with pytest.raises(UserError, match="wgs84, gcj02 or bd09"):
        crs.check_crs("utm50")
