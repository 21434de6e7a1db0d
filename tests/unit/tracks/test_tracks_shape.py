"""The shape of a track: the same points give the same shape whatever their times; two
walks never share one."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from riverchief.patrols import TrackFile
from riverchief.tracks import read_track, read_track_bytes
from riverchief.tracks.codec import decode, encode
from riverchief.tracks.model import Track
from riverchief.tracks.shape import MIN_POINTS, shape_of, shapes_of
from tests.unit.patrols.conftest import world  # noqa: F401 - fixture

TIME = re.compile(rb"<time>([^<]+)</time>")


def shifted(data: bytes, by: timedelta) -> bytes:
    """The GPX with every time moved by ``by`` (a track copied to another day)."""
    def move(m: re.Match[bytes]) -> bytes:
        when = datetime.fromisoformat(m.group(1).decode().replace("Z", "+00:00"))
        return b"<time>" + (when + by).isoformat().encode() + b"</time>"

    out, count = TIME.subn(move, data)
    assert count > 0
    return out


def corpus(corpus_dir: Path) -> list[Path]:
    return sorted(p for p in corpus_dir.iterdir() if p.suffix in (".gpx", ".kml"))


@pytest.mark.parametrize("name", ["garmin_connect_run.gpx", "strava_run_gpxtpx.gpx",
                                  "gpsbabel_korita-zbevnica_4seg.gpx"])
def test_a_time_shifted_copy_has_the_same_shape(corpus_dir: Path, name: str) -> None:
    data = (corpus_dir / name).read_bytes()
    original = read_track(corpus_dir / name)
    copy = read_track_bytes(shifted(data, timedelta(days=3, hours=2, minutes=7)), "copy.gpx")
    assert copy.start != original.start  # the times did move
    assert shape_of(copy) is not None
    assert shape_of(copy) == shape_of(original)
    # and as stored in the database
    assert shape_of(decode(encode(copy))) == shape_of(original)


def test_no_two_tracks_of_the_corpus_share_a_shape(corpus_dir: Path) -> None:
    shapes = {p.name: shape_of(read_track(p)) for p in corpus(corpus_dir)}
    known = {k: v for k, v in shapes.items() if v is not None}
    assert len(known) >= 5
    for (a, sa), (b, sb) in combinations(known.items(), 2):
        assert sa != sb, (a, b)
    # the two-point track is too short to tell
    assert shapes["nikeplus_tz_offset_ms.gpx"] is None


def track(lon: list[float], lat: list[float]) -> Track:
    return Track.from_segments([(0, lon, lat, [float("nan")] * len(lon))])


def test_a_metre_apart_is_another_walk_and_a_tenth_of_it_is_not() -> None:
    lon = [113.6 + i * 1e-4 for i in range(12)]
    lat = [34.7 + i * 5e-5 for i in range(12)]
    base = shape_of(track(lon, lat))
    assert base is not None and len(base) == 32 and int(base, 16) >= 0
    nudged = lon.copy()
    nudged[5] += 1e-6  # a tenth of a metre: the same point at a metre's precision
    assert shape_of(track(nudged, lat)) == base
    moved = lon.copy()
    moved[5] += 3e-5  # three metres: another walk
    assert shape_of(track(moved, lat)) != base
    assert shape_of(track(lon[::-1], lat[::-1])) != base  # walked the other way
    assert shape_of(track(lon[:MIN_POINTS - 1], lat[:MIN_POINTS - 1])) is None
    assert shape_of(track(lon[:MIN_POINTS], lat[:MIN_POINTS])) is not None
    assert shape_of(None) is None


def test_the_batch_gives_each_tracks_own_shape() -> None:
    rng = np.random.default_rng(5)
    sizes = [12, 3, 30, 10]
    lon = 113.6 + rng.random(sum(sizes)) * 0.01
    lat = 34.7 + rng.random(sum(sizes)) * 0.01
    off = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    batch = shapes_of(lon, lat, off)
    one_by_one = [shape_of(track(lon[a:b].tolist(), lat[a:b].tolist()))
                  for a, b in zip(off[:-1], off[1:], strict=True)]
    assert batch == one_by_one
    assert batch[1] is None and None not in (batch[0], batch[2], batch[3])


def test_checking_a_file_another_patrol_used_names_it(
        store: object, world: dict[str, Any], tmp_path: Path) -> None:  # noqa: F811
    from riverchief import patrols
    from riverchief.rules import default_rules
    from riverchief.tracks.check import check_track_file
    from tests.unit.patrols.conftest import LINE, gpx_along
    from tests.unit.patrols.test_patrol_records import START, patrol_input

    patrols.submit(store, world["actor"], patrol_input(world, track=TrackFile(
        gpx_along(LINE, START, walk=4), "walk.gpx")), entered_at=START + timedelta(hours=1))
    later = START + timedelta(days=2)
    copy, other = tmp_path / "copy.gpx", tmp_path / "other.gpx"
    copy.write_bytes(gpx_along(LINE, later, walk=4))
    other.write_bytes(gpx_along(LINE, later, walk=5))
    rules = default_rules()
    verdict = check_track_file(store, rules, copy, ["QSH-01"], "township", later,
                               later + timedelta(minutes=30))
    assert verdict.codes() == ["track_reused"]
    assert verdict.reasons[0].numbers == {"chief": "王伟", "chief_code": "C001",
                                          "date": START.date().isoformat()}
    assert check_track_file(store, rules, other, ["QSH-01"], "township", later,
                            later + timedelta(minutes=30)).status == "valid"


def test_upgrading_skips_a_damaged_track_and_keeps_the_others() -> None:
    """Migration 0064 computes the shapes of the tracks a database already holds; a track
    that cannot be read (damaged on disk) gets none instead of stopping the upgrade, so the
    database still opens."""
    import importlib

    backfill = importlib.import_module("riverchief.db.migrations.0064_track_shapes")
    rng = np.random.default_rng(7)
    tracks = [track((113.6 + rng.random(15) * 0.01).tolist(),
                    (34.7 + rng.random(15) * 0.01).tolist()) for _ in range(3)]
    blobs = [encode(t) for t in tracks]
    damaged = blobs[1][: len(blobs[1]) // 2]
    shapes = backfill._shapes([blobs[0], damaged, blobs[2]])
    assert shapes == [shape_of(tracks[0]), None, shape_of(tracks[2])]
    assert None not in shapes[::2]
    assert backfill._shapes(blobs) == [shape_of(t) for t in tracks]
