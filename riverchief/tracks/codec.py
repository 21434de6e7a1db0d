"""Tracks packed into a compact blob for the database (the ``patrol.track`` column).

Layout (little-endian): ``b"RT"``, version 1, kind, point count (u32), segment count
(u32), the segment start indexes (u32 each), then the points:

- kind 0, *full*: longitudes, latitudes and Unix times as 64-bit floats (NaN where a
  point has no time) — exactly what was read, for any GPS file;
- kind 1, *compact*: the first point in 1e-6 degrees (i32, i32) and whole Unix seconds
  (i64, ``NO_TIME`` when the track has no times), then per point the step from the one
  before in 1e-6 degrees and seconds (i16 each) — a tenth of the size, used when it
  represents the track exactly (the demo's generated tracks, logger tracks in whole
  seconds with short steps).

Points are WGS84; the file's own coordinate system was converted on import.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from riverchief.tracks.model import Track

MAGIC = b"RT"
VERSION = 1
FULL, COMPACT = 0, 1
NO_TIME = np.iinfo(np.int64).min
_HEAD = struct.Struct("<2sBBII")
_I16 = np.iinfo(np.int16)

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def encode(track: Track) -> bytes:
    """Pack a track (compact when that is exact, full otherwise)."""
    n = track.points
    head = _HEAD.pack(MAGIC, VERSION, COMPACT, n, track.segments)
    starts = track.seg_starts.astype("<u4").tobytes()
    lon6 = np.round(track.lon * 1e6)
    lat6 = np.round(track.lat * 1e6)
    timed = ~np.isnan(track.time)
    exact = (np.allclose(lon6 / 1e6, track.lon, rtol=0, atol=1e-12)
             and np.allclose(lat6 / 1e6, track.lat, rtol=0, atol=1e-12))
    if n and exact and (timed.all() or not timed.any()):
        t = np.round(track.time) if timed.all() else np.zeros(n)
        if np.array_equal(t, track.time) or not timed.any():
            steps = np.stack([np.diff(lon6), np.diff(lat6), np.diff(t)], axis=1)
            if steps.size == 0 or (steps.min() >= _I16.min and steps.max() <= _I16.max):
                first = struct.pack("<iiq", int(lon6[0]), int(lat6[0]),
                                    int(t[0]) if timed.all() else int(NO_TIME))
                return head + starts + first + steps.astype("<i2").tobytes()
    return encode_full(track.lon, track.lat, track.time, track.seg_starts)


def encode_full(lon: Floats, lat: Floats, time: Floats, seg_starts: Ints) -> bytes:
    """The lossless form: the values as read (NaN times: no time)."""
    head = _HEAD.pack(MAGIC, VERSION, FULL, len(lon), len(seg_starts))
    return (head + seg_starts.astype("<u4").tobytes()
            + np.asarray(lon, dtype="<f8").tobytes() + np.asarray(lat, dtype="<f8").tobytes()
            + np.asarray(time, dtype="<f8").tobytes())


def decode(blob: bytes) -> Track:
    """The track packed by :func:`encode` or :func:`encode_compact_batch`."""
    magic, version, kind, n, nseg = _HEAD.unpack_from(blob, 0)
    if magic != MAGIC or version != VERSION:
        raise ValueError("not a packed track")
    pos = _HEAD.size
    starts = np.frombuffer(blob, "<u4", nseg, pos).astype(np.int64)
    pos += 4 * nseg
    if kind == FULL:
        lon = np.frombuffer(blob, "<f8", n, pos)
        lat = np.frombuffer(blob, "<f8", n, pos + 8 * n)
        time = np.frombuffer(blob, "<f8", n, pos + 16 * n)
    else:
        lon0, lat0, t0 = struct.unpack_from("<iiq", blob, pos)
        pos += 16
        steps = np.frombuffer(blob, "<i2", 3 * (n - 1), pos).reshape(-1, 3).astype(np.int64)
        lon = np.concatenate([[lon0], lon0 + np.cumsum(steps[:, 0])]) / 1e6
        lat = np.concatenate([[lat0], lat0 + np.cumsum(steps[:, 1])]) / 1e6
        if t0 == NO_TIME:
            time = np.full(n, np.nan)
        else:
            time = np.concatenate([[t0], t0 + np.cumsum(steps[:, 2])]).astype(float)
    track_ids = np.zeros(nseg, dtype=np.int64)
    return Track(lon=lon.astype(float), lat=lat.astype(float), time=time.astype(float),
                 seg_starts=starts, seg_track=track_ids, track_count=1 if n else 0,
                 format="stored")


def encode_compact_batch(lon6: Ints, lat6: Ints, t: Ints, offsets: Ints) -> list[bytes]:
    """Pack many single-segment, fully timed tracks at once (the demo's).

    ``lon6``/``lat6`` are 1e-6 degrees, ``t`` whole Unix seconds, flat; track ``i`` owns
    ``offsets[i]:offsets[i + 1]``. Every step must fit in 16 bits.
    """
    counts = np.diff(offsets)
    k = len(counts)
    if k == 0:
        return []
    firsts = offsets[:-1]
    head = np.zeros(k, dtype=np.dtype([("magic", "S2"), ("version", "u1"), ("kind", "u1"),
                                       ("n", "<u4"), ("nseg", "<u4"), ("start", "<u4"),
                                       ("lon0", "<i4"), ("lat0", "<i4"), ("t0", "<i8")]))
    head["magic"] = MAGIC
    head["version"] = VERSION
    head["kind"] = COMPACT
    head["n"] = counts
    head["nseg"] = 1
    head["lon0"] = lon6[firsts]
    head["lat0"] = lat6[firsts]
    head["t0"] = t[firsts]
    steps = np.stack([np.diff(lon6), np.diff(lat6), np.diff(t)], axis=1)
    keep = np.ones(len(lon6), dtype=bool)
    keep[firsts] = False  # a step into a track's first point belongs to no track
    steps = steps[keep[1:]]
    if steps.size and (steps.min() < _I16.min or steps.max() > _I16.max):
        raise ValueError("a step does not fit the compact form")
    hb = head.tobytes()
    sb = steps.astype("<i2").tobytes()
    size = head.dtype.itemsize
    ends = np.cumsum(counts - 1) * 6
    begins = ends - (counts - 1) * 6
    return [hb[i * size:(i + 1) * size] + sb[b:e]
            for i, (b, e) in enumerate(zip(begins.tolist(), ends.tolist(), strict=True))]


def decode_many(blobs: Sequence[bytes]) -> list[Track]:
    return [decode(b) for b in blobs]


def points_many(blobs: Sequence[bytes]) -> tuple[Floats, Floats, Ints]:
    """The points of many packed tracks at once, flat: ``(lon, lat, off)``, track ``i``
    owning ``off[i]:off[i + 1]``; the same values as :func:`decode` gives (times left out).

    Compact blobs (nearly all stored tracks) are read together with numpy, without a
    Python step per track; the full ones one by one.
    """
    k = len(blobs)
    sizes = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=k)
    raw = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    base = np.zeros(k, dtype=np.int64)
    np.cumsum(sizes[:-1], out=base[1:])
    if k and (sizes.min() < _HEAD.size or not (
            (raw[base] == MAGIC[0]) & (raw[base + 1] == MAGIC[1])
            & (raw[base + 2] == VERSION)).all()):
        raise ValueError("not a packed track")

    def uint(at: Ints, width: int) -> Ints:
        v = np.zeros(len(at), dtype=np.int64)
        for j in range(width):
            v |= raw[at + j].astype(np.int64) << (8 * j)
        return v

    def signed(v: Ints, bits: int) -> Ints:
        out: Ints = np.where(v >= 2 ** (bits - 1), v - 2 ** bits, v)
        return out

    kind = raw[base + 3] if k else np.zeros(0, dtype=np.uint8)
    counts = uint(base + 4, 4)
    nsegs = uint(base + 8, 4)
    off = np.zeros(k + 1, dtype=np.int64)
    np.cumsum(counts, out=off[1:])
    lon = np.zeros(int(off[-1]))
    lat = np.zeros(int(off[-1]))
    packed = np.flatnonzero((kind == COMPACT) & (counts > 0))
    if len(packed):
        n = counts[packed]
        first = base[packed] + _HEAD.size + 4 * nsegs[packed]  # (lon0, lat0, t0) of each
        owner = np.repeat(np.arange(len(packed)), n)
        point_off = np.zeros(len(packed), dtype=np.int64)
        np.cumsum(n[:-1], out=point_off[1:])
        within = np.arange(int(n.sum())) - point_off[owner]
        # point j > 0 of a track holds the step into it, (dlon, dlat, dt) as i16 each
        at = first[owner] + 16 + 6 * (within - 1)
        later = within > 0
        dest = off[packed][owner] + within
        for values, col in ((lon, 0), (lat, 4)):
            steps = np.zeros(len(owner), dtype=np.int64)
            steps[point_off] = signed(uint(first + col, 4), 32)
            steps[later] = signed(uint(at[later] + col // 2, 2), 16)
            total = np.cumsum(steps)
            before = total[point_off] - steps[point_off]  # what earlier tracks summed to
            values[dest] = (total - before[owner]) / 1e6
    for i in np.flatnonzero((kind != COMPACT) & (counts > 0)).tolist():
        t = decode(blobs[i])
        lon[off[i]:off[i + 1]] = t.lon
        lat[off[i]:off[i + 1]] = t.lat
    return lon, lat, off
