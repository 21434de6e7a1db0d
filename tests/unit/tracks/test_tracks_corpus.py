"""Every file of the real-track corpus reads with the right counts.

The expected numbers were counted by hand from the files (tracks, ``trkseg``s, ``trkpt``s
with and without ``<time>``, first and last times), not computed with a GPX library.
"""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

import pytest

from riverchief.tracks import read_track

# file: tracks, segments, points, timed points, start, end, duration (s)
EXPECTED = {
    # 1 trk / 1 trkseg / 206 trkpt, every one with a millisecond Z time
    "garmin_connect_run.gpx": (1, 1, 206, 206, "2012-10-24T23:29:40+00:00",
                               "2012-10-24T23:45:28+00:00", 948.0),
    # 1 trk / 3 trkseg of 3, 10 and 3 points, times 04:00:00..04:02:02
    "garmin_oregon600_multiseg_missing_hr.gpx": (1, 3, 16, 16, "2017-05-27T04:00:00+00:00",
                                                 "2017-05-27T04:02:02+00:00", 122.0),
    # 1 Placemark with a gx:MultiTrack of two gx:Tracks of 13 when/coord pairs each;
    # the second repeats the first's times
    "google_mytracks_gxmultitrack.kml": (1, 2, 26, 26, "2014-04-12T14:26:16.702000+00:00",
                                         "2014-04-12T14:27:24.638000+00:00", 67.936),
    # 8 trk (the first empty): 173+52+2+44+2+2+21 points, only 5 of the last track's timed
    "gpsbabel_cerknicko_partial_times_8seg.gpx": (7, 7, 296, 5, "2010-08-05T16:22:52+00:00",
                                                  "2010-08-05T16:23:49+00:00", 57.0),
    # 4 trk (the first empty): 358 untimed, then 176 and 337 timed points
    "gpsbabel_korita-zbevnica_4seg.gpx": (3, 3, 871, 513, "2010-10-03T09:36:30+00:00",
                                          "2010-10-03T13:19:31+00:00", 13381.0),
    # two points 0.994 s apart, times with a +01:00 offset and milliseconds
    "nikeplus_tz_offset_ms.gpx": (1, 1, 2, 2, "2015-12-11T15:43:13+01:00",
                                  "2015-12-11T15:43:13.994000+01:00", 0.994),
    # 1118 points, 21:24:20Z .. 21:45:16Z
    "strava_run_gpxtpx.gpx": (1, 1, 1118, 1118, "2015-01-19T21:24:20+00:00",
                              "2015-01-19T21:45:16+00:00", 1256.0),
}


def test_the_corpus_is_what_the_tests_expect(corpus_dir: Path) -> None:
    files = {p.name for p in corpus_dir.iterdir() if p.suffix in (".gpx", ".kml")}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_counts(corpus_dir: Path, name: str) -> None:
    tracks, segments, points, timed, start, end, duration = EXPECTED[name]
    t = read_track(corpus_dir / name)
    assert (t.track_count, t.segments, t.points, t.timed_points) == (
        tracks, segments, points, timed)
    assert t.start == datetime.fromisoformat(start)
    assert t.end == datetime.fromisoformat(end)
    assert t.start is not None and t.start.isoformat() == start
    assert t.duration_s == pytest.approx(duration, abs=1e-3)
    assert t.crs == "wgs84"


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """An independent great-circle distance (metres) for the hand checks."""
    r = 6_371_008.8
    p1, p2 = math.radians(a[1]), math.radians(b[1])
    dp, dl = p2 - p1, math.radians(b[0] - a[0])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def test_nike_distance_by_hand(corpus_dir: Path) -> None:
    t = read_track(corpus_dir / "nikeplus_tz_offset_ms.gpx")
    assert t.distance_m == pytest.approx(
        _haversine((9.992872, 57.011456), (9.992874, 57.01147)), rel=1e-6)
    assert t.utc_offset_s == 3600


def test_distance_does_not_bridge_segments(corpus_dir: Path) -> None:
    t = read_track(corpus_dir / "garmin_oregon600_multiseg_missing_hr.gpx")
    lines = t.lines()
    assert [len(line) for line in lines] == [3, 10, 3]
    within = sum(_haversine(a, b)
                 for line in lines for a, b in zip(line[:-1], line[1:], strict=True))
    bridges = sum(_haversine(lines[i][-1], lines[i + 1][0]) for i in range(2))
    assert bridges > 1.0  # the segments do not join up, so bridging would show
    assert t.distance_m == pytest.approx(within, rel=1e-9)
    # the first segment's first point, copied by hand from the file
    assert lines[0][0] == pytest.approx((13.8153798692, 47.8728961386))


def test_kml_second_track_starts_85_km_west(corpus_dir: Path) -> None:
    t = read_track(corpus_dir / "google_mytracks_gxmultitrack.kml")
    first, second = t.lines()
    assert first[0] == pytest.approx((-71.324739, -40.139527))
    assert second[0] == pytest.approx((-72.324739, -40.139527))
    assert t.creator == "Créé par Google Mes parcours sur Android"


def test_warnings_for_empty_tracks_and_partial_times(corpus_dir: Path) -> None:
    t = read_track(corpus_dir / "gpsbabel_cerknicko_partial_times_8seg.gpx")
    assert [w.code for w in t.warnings] == ["empty_tracks", "partial_times"]
