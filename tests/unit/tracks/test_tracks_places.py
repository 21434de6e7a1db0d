"""Places along a track: a click snaps onto the track, a time is interpolated."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import pytest

from riverchief.tracks import Track
from riverchief.tracks.places import (
    nearest_place,
    place_at_distance,
    place_at_time,
    track_length_m,
)

T0 = datetime(2026, 7, 1, 0, 0, tzinfo=UTC).timestamp()
# one degree of latitude is about 111.2 km: points 0.001° apart are ~111 m apart
NORTH = [(113.0, 34.000), (113.0, 34.001), (113.0, 34.002)]
EAST = [(113.01, 34.002), (113.011, 34.002)]


def two_segments(timed: bool = True) -> Track:
    t = [T0, T0 + 60, T0 + 120] if timed else [np.nan] * 3
    t2 = [T0 + 600, T0 + 660] if timed else [np.nan] * 2
    return Track.from_segments([
        (0, [p[0] for p in NORTH], [p[1] for p in NORTH], t),
        (0, [p[0] for p in EAST], [p[1] for p in EAST], t2),
    ], utc_offset_s=8 * 3600)


def test_a_click_beside_the_track_snaps_between_two_points() -> None:
    track = two_segments()
    # 20 m east of the middle of the first step
    place = nearest_place(track, 113.0 + 20 / (111_195 * np.cos(np.radians(34.0005))),
                          34.0005)
    assert place.lon == pytest.approx(113.0, abs=1e-9)
    assert place.lat == pytest.approx(34.0005, abs=1e-7)
    assert place.off_track_m == pytest.approx(20, abs=0.5)
    assert place.along_m == pytest.approx(55.6, abs=0.5)
    assert place.time == datetime(2026, 7, 1, 8, 0, 30, tzinfo=timezone(timedelta(hours=8)))


def test_a_click_in_the_gap_between_two_segments_does_not_land_on_the_gap() -> None:
    track = two_segments()
    # halfway between the end of the first segment and the start of the second
    place = nearest_place(track, 113.005, 34.002)
    assert (place.lon, place.lat) in {(113.0, 34.002), (113.01, 34.002)}
    assert place.off_track_m == pytest.approx(461, abs=5)


def test_a_time_is_interpolated_and_clamped() -> None:
    track = two_segments()
    tz8 = timezone(timedelta(hours=8))
    place = place_at_time(track, datetime(2026, 7, 1, 8, 1, 30, tzinfo=tz8))
    assert place is not None
    assert place.lat == pytest.approx(34.0015) and place.lon == pytest.approx(113.0)
    before = place_at_time(track, datetime(2026, 7, 1, 7, 0, tzinfo=tz8))
    after = place_at_time(track, datetime(2026, 7, 1, 9, 0, tzinfo=tz8))
    assert before is not None and after is not None
    assert (before.lon, before.lat) == NORTH[0] and (after.lon, after.lat) == EAST[-1]
    # in the pause between the two segments: the nearer end, not a point on the gap
    pause = place_at_time(track, datetime(2026, 7, 1, 8, 8, tzinfo=tz8))
    assert pause is not None and (pause.lon, pause.lat) == EAST[0]
    assert place_at_time(two_segments(timed=False), datetime(2026, 7, 1, tzinfo=tz8)) is None


def test_a_distance_along_the_track_skips_the_gap() -> None:
    track = two_segments(timed=False)
    total = track_length_m(track)
    assert total == pytest.approx(track.distance_m)
    assert total == pytest.approx(2 * 111.2 + 92.2, abs=1.5)
    assert (place_at_distance(track, 0).lon, place_at_distance(track, 0).lat) == NORTH[0]
    end = place_at_distance(track, total + 100)
    assert (end.lon, end.lat) == EAST[-1]
    mid = place_at_distance(track, 111.2)
    assert mid.lat == pytest.approx(34.001, abs=1e-6) and mid.time is None
