"""The shape of a track: a short fingerprint of where it went, not of when.

Two real walks never give the same sequence of points, even along the same bank: GPS
noise alone moves every fix by metres. A track used again for another patrol — the
commonest fake, often with its times shifted to the new day (一条轨迹反复用) — keeps its
points, so it keeps its shape. The shape is a BLAKE2b hash (16 bytes, hex) of the points
in order, each coordinate rounded to 1e-5 degree (about a metre); times, segment breaks
and the file's format are left out. A track of fewer than :data:`MIN_POINTS` points has
no shape: too little to tell a copy from a short walk.
"""

from __future__ import annotations

from hashlib import blake2b

import numpy as np
import numpy.typing as npt

from riverchief.tracks.model import Track

MIN_POINTS = 10
GRID = 1e5  # per degree: coordinates are compared to 1e-5 degree
DIGEST_SIZE = 16

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


def shapes_of(lon: Floats, lat: Floats, off: Ints) -> list[str | None]:
    """The shape of every track of a flat batch: track ``i`` owns points
    ``off[i]:off[i + 1]`` of ``lon``/``lat`` (WGS84 degrees). Rounds all points at once;
    one hash per track."""
    grid = np.empty((len(lon), 2), dtype="<i8")
    grid[:, 0] = np.round(np.asarray(lon, dtype=float) * GRID)
    grid[:, 1] = np.round(np.asarray(lat, dtype=float) * GRID)
    data = memoryview(grid.tobytes())
    width = 2 * 8  # bytes per point
    out: list[str | None] = []
    bounds = np.asarray(off, dtype=np.int64).tolist()
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        if b - a < MIN_POINTS:
            out.append(None)
        else:
            out.append(blake2b(data[a * width:b * width], digest_size=DIGEST_SIZE).hexdigest())
    return out


def shape_of(track: Track | None) -> str | None:
    """The shape of ``track``; None without a track or with fewer than 10 points."""
    if track is None or track.points < MIN_POINTS:
        return None
    return shapes_of(track.lon, track.lat, np.array([0, track.points], dtype=np.int64))[0]
