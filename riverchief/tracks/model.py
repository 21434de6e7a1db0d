"""A recorded track (轨迹): points in WGS84 with optional times, in tracks and segments.

Files hold one or more *tracks*, each of one or more *segments* (a GPX ``trkseg``, a
KML ``gx:Track`` inside a ``gx:MultiTrack``: a stretch recorded without interruption —
not a river segment 河段). The points are kept flat in numpy arrays for speed, with the
index where every segment starts; the distance never bridges the gap between two
segments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import numpy as np
import numpy.typing as npt

from riverchief.ids import from_unix
from riverchief.tracks.geo import step_lengths

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class TrackWarning:
    """Something odd about a file or track that does not stop it from being read."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Track:
    """Points of one file, flat: ``lon``/``lat`` in WGS84 degrees, ``time`` in Unix
    seconds (NaN where a point has no time); ``seg_starts[i]`` is the index of segment
    ``i``'s first point and ``seg_track[i]`` the track it belongs to."""

    lon: Floats
    lat: Floats
    time: Floats
    seg_starts: Ints
    seg_track: Ints
    track_count: int
    format: str = ""
    creator: str | None = None
    crs: str = "wgs84"  # the system the file was recorded in (converted to WGS84)
    utc_offset_s: int | None = None  # offset of the file's first time, for display
    warnings: tuple[TrackWarning, ...] = field(default=())

    @classmethod
    def from_segments(
        cls,
        segments: list[tuple[int, list[float], list[float], list[float]]],
        **meta: object,
    ) -> Track:
        """Build from ``(track_index, lons, lats, times)`` per segment (empty ones skipped)."""
        kept = [s for s in segments if len(s[1]) > 0]
        lons = [np.asarray(s[1], dtype=float) for s in kept]
        lats = [np.asarray(s[2], dtype=float) for s in kept]
        times = [np.asarray(s[3], dtype=float) for s in kept]
        sizes = [len(x) for x in lons]
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64) if kept else (
            np.zeros(0, dtype=np.int64))
        track_ids = [s[0] for s in kept]
        # renumber tracks densely in file order (empty tracks are not counted)
        dense = {t: i for i, t in enumerate(dict.fromkeys(track_ids))}
        return cls(
            lon=np.concatenate(lons) if kept else np.zeros(0),
            lat=np.concatenate(lats) if kept else np.zeros(0),
            time=np.concatenate(times) if kept else np.zeros(0),
            seg_starts=starts,
            seg_track=np.asarray([dense[t] for t in track_ids], dtype=np.int64),
            track_count=len(dense),
            **meta,  # type: ignore[arg-type]
        )

    @property
    def points(self) -> int:
        return int(len(self.lon))

    @property
    def segments(self) -> int:
        return int(len(self.seg_starts))

    @property
    def timed_points(self) -> int:
        return int(np.count_nonzero(~np.isnan(self.time)))

    def segment_breaks(self) -> npt.NDArray[np.bool_]:
        """True at every point that starts a segment."""
        flags = np.zeros(self.points, dtype=bool)
        flags[self.seg_starts] = True
        return flags

    @property
    def distance_m(self) -> float:
        """Length along the points, segment by segment (gaps between segments not counted)."""
        steps = step_lengths(self.lon, self.lat)
        if len(steps) == 0:
            return 0.0
        steps[self.segment_breaks()[1:]] = 0.0
        return float(steps.sum())

    @property
    def start_s(self) -> float | None:
        return float(np.nanmin(self.time)) if self.timed_points else None

    @property
    def end_s(self) -> float | None:
        return float(np.nanmax(self.time)) if self.timed_points else None

    @property
    def duration_s(self) -> float | None:
        """From the earliest to the latest time present; None when no point has a time."""
        if not self.timed_points:
            return None
        return float(np.nanmax(self.time) - np.nanmin(self.time))

    def _as_datetime(self, seconds: float | None) -> datetime | None:
        if seconds is None:
            return None
        tz = timezone(timedelta(seconds=self.utc_offset_s or 0))
        return from_unix(seconds, tz)

    @property
    def start(self) -> datetime | None:
        return self._as_datetime(self.start_s)

    @property
    def end(self) -> datetime | None:
        return self._as_datetime(self.end_s)

    def segment_slices(self) -> list[slice]:
        ends = list(self.seg_starts[1:]) + [self.points]
        return [slice(int(a), int(b)) for a, b in zip(self.seg_starts, ends, strict=True)]

    def lines(self) -> list[list[tuple[float, float]]]:
        """Each segment as a list of (lon, lat)."""
        return [list(zip(self.lon[s].tolist(), self.lat[s].tolist(), strict=True))
                for s in self.segment_slices()]
