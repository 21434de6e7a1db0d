"""Tracks packed for the database come back exactly, in the compact or the full form."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from riverchief.tracks import Track, read_track
from riverchief.tracks.codec import (
    COMPACT,
    FULL,
    decode,
    encode,
    encode_compact_batch,
    points_many,
)


def _kind(blob: bytes) -> int:
    return blob[3]


@pytest.mark.parametrize("name", ["garmin_connect_run.gpx", "google_mytracks_gxmultitrack.kml",
                                  "gpsbabel_korita-zbevnica_4seg.gpx",
                                  "nikeplus_tz_offset_ms.gpx"])
def test_corpus_round_trip(corpus_dir: Path, name: str) -> None:
    t = read_track(corpus_dir / name)
    back = decode(encode(t))
    assert (back.points, back.segments, back.timed_points) == (t.points, t.segments,
                                                               t.timed_points)
    assert back.lon.tolist() == t.lon.tolist() and back.lat.tolist() == t.lat.tolist()
    assert np.array_equal(back.time, t.time, equal_nan=True)
    assert back.distance_m == t.distance_m


def test_compact_when_exact() -> None:
    t = Track.from_segments([(0, [113.600001, 113.600501, 113.601], [34.75, 34.7502, 34.7504],
                              [1.7e9, 1.7e9 + 60, 1.7e9 + 125])])
    blob = encode(t)
    assert _kind(blob) == COMPACT
    back = decode(blob)
    assert back.lon.tolist() == t.lon.tolist() and back.time.tolist() == t.time.tolist()
    untimed = Track.from_segments([(0, [113.6, 113.7], [34.75, 34.75], [math.nan] * 2)])
    assert _kind(encode(untimed)) == FULL  # a step of 0.1 degrees does not fit 16 bits
    assert decode(encode(untimed)).timed_points == 0


def test_batch_matches_single() -> None:
    lon6 = np.array([113_600_000, 113_600_100, 113_600_300, 113_700_000, 113_700_050])
    lat6 = np.array([34_750_000, 34_750_010, 34_750_020, 34_760_000, 34_760_000])
    t = np.array([100, 160, 220, 500, 560])
    blobs = encode_compact_batch(lon6, lat6, t, np.array([0, 3, 5]))
    first, second = (decode(b) for b in blobs)
    assert first.lon.tolist() == [113.6, 113.6001, 113.6003]
    assert second.time.tolist() == [500.0, 560.0]
    assert blobs[0] == encode(first)


def test_many_tracks_points_at_once_are_what_decode_gives(corpus_dir: Path) -> None:
    """Compact and full blobs mixed, several segments, negative steps and coordinates, a
    single point and an empty track: every value bit for bit as :func:`decode` reads it."""
    rng = np.random.default_rng(3)
    blobs = [encode(read_track(corpus_dir / "garmin_connect_run.gpx"))]  # full
    for n in (1, 2, 40, 7):
        lon6 = -70_000_000 + np.cumsum(rng.integers(-30_000, 30_000, n))
        lat6 = -33_000_000 + np.cumsum(rng.integers(-30_000, 30_000, n))
        t = 1_700_000_000 + np.cumsum(rng.integers(1, 20, n))
        blobs += encode_compact_batch(lon6, lat6, t, np.array([0, n]))
    multi = Track.from_segments([(0, [113.6, 113.60001], [34.7, 34.70002], [1.0, 2.0]),
                                 (0, [113.6002, 113.60021, 113.60025], [34.7] * 3,
                                  [math.nan] * 3)])
    blobs += [encode(multi), encode(Track.from_segments([]))]
    assert {_kind(b) for b in blobs} == {COMPACT, FULL}
    lon, lat, off = points_many(blobs)
    tracks = [decode(b) for b in blobs]
    assert np.diff(off).tolist() == [t.points for t in tracks]
    for i, t in enumerate(tracks):
        assert lon[off[i]:off[i + 1]].tobytes() == t.lon.tobytes()
        assert lat[off[i]:off[i + 1]].tobytes() == t.lat.tobytes()
    assert [len(x) for x in points_many([])] == [0, 0, 1]
    with pytest.raises(ValueError):
        points_many([blobs[1], b"GIF89a not a track"])
