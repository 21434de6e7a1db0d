"""Places along a track (轨迹上的位置): where on the patrol something was found.

A problem found on patrol is located on the track (DESIGN: evidence, not a pin anywhere):
the chief clicks near the track and the place snaps to the nearest point *on* the track
(between two recorded points, never across the gap between two segments), or chooses a
moment of the patrol and the place is interpolated between the recorded points around
that time (a track without times: a distance from its start instead).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import numpy as np

from riverchief.ids import from_unix
from riverchief.tracks.geo import haversine_m, project, step_lengths
from riverchief.tracks.model import Track


@dataclass(frozen=True)
class TrackPlace:
    """A place on a track: position (WGS84), the time there when the track has times,
    the distance along the track from its first point, and how far the place asked for
    lay from the track (``off_track_m``, 0 for a place chosen by time or distance)."""

    lon: float
    lat: float
    time: datetime | None
    along_m: float
    off_track_m: float = 0.0


def _along(track: Track) -> np.ndarray:
    """Distance along the track at every point (gaps between segments not counted)."""
    steps = step_lengths(track.lon, track.lat)
    if len(steps):
        steps[track.segment_breaks()[1:]] = 0.0
    return np.concatenate([[0.0], np.cumsum(steps)])


def _when(track: Track, seconds: float) -> datetime | None:
    if math.isnan(seconds):
        return None
    return from_unix(seconds, timezone(timedelta(seconds=track.utc_offset_s or 0)))


def _place(track: Track, i: int, f: float, along: np.ndarray, off: float = 0.0) -> TrackPlace:
    """The place a fraction ``f`` of the way from point ``i`` to point ``i + 1``."""
    j = min(i + 1, track.points - 1)
    lon = float(track.lon[i] + (track.lon[j] - track.lon[i]) * f)
    lat = float(track.lat[i] + (track.lat[j] - track.lat[i]) * f)
    t0, t1 = float(track.time[i]), float(track.time[j])
    if math.isnan(t0) or math.isnan(t1):
        seconds = t0 if f < 0.5 else t1
    else:
        seconds = t0 + (t1 - t0) * f
    return TrackPlace(lon, lat, _when(track, seconds),
                      float(along[i] + (along[j] - along[i]) * f), off)


def nearest_place(track: Track, lon: float, lat: float) -> TrackPlace:
    """The place on ``track`` nearest to ``(lon, lat)``: on a recorded point or between two
    points of the same segment."""
    if track.points == 0:
        raise ValueError("an empty track has no places")
    along = _along(track)
    x, y = project(track.lon, track.lat, lon, lat)  # metres from the asked place
    best_i, best_f = int(np.argmin(np.hypot(x, y))), 0.0
    best_d = float(np.hypot(x[best_i], y[best_i]))
    if track.points > 1:
        dx, dy = np.diff(x), np.diff(y)
        length2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            f = np.clip(np.where(length2 > 0, -(x[:-1] * dx + y[:-1] * dy) / length2, 0.0),
                        0.0, 1.0)
        d = np.hypot(x[:-1] + f * dx, y[:-1] + f * dy)
        d[track.segment_breaks()[1:]] = np.inf  # never between two segments
        i = int(np.argmin(d))
        if float(d[i]) < best_d:
            best_i, best_f, best_d = i, float(f[i]), float(d[i])
    place = _place(track, best_i, best_f, along)
    off = float(haversine_m(np.array([lon]), np.array([lat]), np.array([place.lon]),
                            np.array([place.lat]))[0])
    return TrackPlace(place.lon, place.lat, place.time, place.along_m, off)


def place_at_time(track: Track, when: datetime) -> TrackPlace | None:
    """Where the track was at ``when`` (interpolated between the recorded points around
    it; the first or last point outside the recorded times); None without times."""
    timed = ~np.isnan(track.time)
    if not timed.any():
        return None
    idx = np.flatnonzero(timed)
    times = track.time[idx]
    order = np.argsort(times, kind="stable")
    idx, times = idx[order], times[order]
    along = _along(track)
    s = when.timestamp()
    if s <= times[0]:
        return _place(track, int(idx[0]), 0.0, along)
    if s >= times[-1]:
        return _place(track, int(idx[-1]), 0.0, along)
    k = int(np.searchsorted(times, s, side="right")) - 1
    a, b = int(idx[k]), int(idx[k + 1])
    if b != a + 1 or track.segment_breaks()[b]:
        # the neighbours in time are not neighbours on the track: the nearer one in time
        near = a if s - times[k] <= times[k + 1] - s else b
        place = _place(track, near, 0.0, along)
        return TrackPlace(place.lon, place.lat, _when(track, s), place.along_m)
    f = 0.0 if times[k + 1] == times[k] else (s - times[k]) / (times[k + 1] - times[k])
    return _place(track, a, float(f), along)


def place_at_distance(track: Track, metres: float) -> TrackPlace:
    """The place ``metres`` along the track from its first point (clamped to its ends)."""
    if track.points == 0:
        raise ValueError("an empty track has no places")
    along = _along(track)
    m = min(max(metres, 0.0), float(along[-1]))
    i = int(np.searchsorted(along, m, side="right")) - 1
    i = min(max(i, 0), track.points - 1)
    if i >= track.points - 1:
        return _place(track, track.points - 1, 0.0, along)
    span = float(along[i + 1] - along[i])
    return _place(track, i, 0.0 if span <= 0 else (m - float(along[i])) / span, along)


def track_length_m(track: Track) -> float:
    """The length along the track (as :attr:`Track.distance_m`)."""
    return float(_along(track)[-1]) if track.points else 0.0
