"""What ``riverchief tracks info`` prints about a track: counts, length, times, warnings.

Besides the reader's warnings, the track is checked with the rule set's jump and time
figures, so a chief sees a forged-looking file before attaching it to a patrol.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from riverchief.i18n import translate
from riverchief.rules.patrol import PatrolRules
from riverchief.tracks.geo import haversine_m
from riverchief.tracks.model import Track, TrackWarning


def _iso(track: Track, seconds: float | None) -> str | None:
    value = track._as_datetime(seconds)
    if value is None:
        return None
    spec = "seconds" if value.microsecond == 0 else "milliseconds"
    return value.isoformat(timespec=spec)


def check_warnings(track: Track, rules: PatrolRules) -> list[TrackWarning]:
    """Jumps and repeated or backward times, as warnings (the verdict makes them reasons)."""
    out: list[TrackWarning] = []
    timed = np.flatnonzero(~np.isnan(track.time))
    if len(timed) < 2:
        return out
    t = track.time[timed]
    earlier_max = np.maximum.accumulate(t)[:-1]
    repeats = int(np.count_nonzero(t[1:] <= earlier_max))
    if repeats:
        out.append(TrackWarning("repeated_times", translate(
            "Tracks", "{n} of {total} points repeat or go back in time.").format(
                n=repeats, total=len(timed))))
    a, b = timed[:-1], timed[1:]
    hop = haversine_m(track.lon[a], track.lat[a], track.lon[b], track.lat[b])
    dt = track.time[b] - track.time[a]
    with np.errstate(divide="ignore", invalid="ignore"):
        speed = np.where(dt > 0, hop / dt * 3.6, np.inf)
    jumps = (hop > rules.jump_min_m) & (speed > rules.jump_speed_kmh)
    if jumps.any():
        out.append(TrackWarning("jump", translate(
            "Tracks", "{n} jump(s) faster than {limit} km/h; the largest is {distance} m.").format(
                n=int(jumps.sum()), limit=f"{rules.jump_speed_kmh:.0f}",
                distance=f"{float(hop[jumps].max()):.0f}")))
    return out


def describe(track: Track, rules: PatrolRules) -> dict[str, Any]:
    """The keys of ``tracks info``: counts, distance, duration, start, end, warnings."""
    duration = track.duration_s
    warnings = [*track.warnings, *check_warnings(track, rules)]
    return {
        "tracks": track.track_count,
        "segments": track.segments,
        "points": track.points,
        "timed_points": track.timed_points,
        "distance_m": round(track.distance_m, 1),
        "duration_s": None if duration is None else round(duration, 3),
        "start": _iso(track, track.start_s),
        "end": _iso(track, track.end_s),
        "crs": track.crs,
        "creator": track.creator,
        "warnings": [w.to_dict() for w in warnings],
    }
