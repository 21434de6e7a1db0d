"""The verdict engine: is a patrol valid, suspect or invalid, and why.

A pure function over plain inputs, so it runs before any record exists (the patrol form
shows the verdict live), in the evaluator's recomputation with the rule set in force,
and over millions of demo patrols. :func:`judge_batch` works on a
:class:`PatrolBatch` — every patrol's points, segment lines and photos flattened into
numpy arrays — and computes all patrols at once; :func:`judge` and :func:`judge_many`
build such a batch from :class:`PatrolEvidence` objects, so there is one engine.

Figures used: track length segment by segment (never across the gap between two
segments); duration from the track's times (the claimed times when it has none);
repeated or backward times = points not later than an earlier point; a jump = a hop
longer than ``jump_min_m`` at more than ``jump_speed_kmh`` (or back in time); coverage =
the share of the assigned segments' length lying within ``coverage_buffer_m`` of the
track, sampled every half buffer along the lines in a local equirectangular projection.
A track whose shape (:mod:`riverchief.tracks.shape`: its points, not its times) is that of
a track another patrol used first makes the later patrol invalid (``track_reused``), as does
a photo file another patrol used first (``photo_reused``); which patrol used a track or a
photo first is the caller's to say, and the reason names it.
"""

from __future__ import annotations

import math
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import repeat
from typing import Any

import numpy as np
import numpy.typing as npt

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.rules.patrol import PatrolRules, method_name
from riverchief.tracks.geo import M_PER_DEG, haversine_m
from riverchief.tracks.model import Track
from riverchief.tracks.shape import shape_of
from riverchief.verdicts.geometry import min_distance
from riverchief.verdicts.reasons import INVALID, NOTE, SUSPECT, VALID, Reason, Verdict

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

MAX_SAMPLES_PER_PATROL = 64  # along the segment lines; the spacing grows on long segments
STATUS_CODES = {VALID: 0, SUSPECT: 1, INVALID: 2}
STATUS_OF = {v: k for k, v in STATUS_CODES.items()}


@dataclass(frozen=True)
class Photo:
    """What the engine needs of a photo: its SHA-256 and its EXIF time and place."""

    sha256: str
    taken_at: datetime | None = None  # EXIF time, made aware in the district's zone
    lon: float | None = None  # EXIF position, WGS84
    lat: float | None = None

    @property
    def has_exif(self) -> bool:
        return self.taken_at is not None or (self.lon is not None and self.lat is not None)


@dataclass(frozen=True)
class FirstUse:
    """The patrol that used a track (its shape, :mod:`riverchief.tracks.shape`) or a photo
    file first: the reason ``track_reused`` or ``photo_reused`` of a later patrol with the
    same track or photo names it."""

    patrol_id: str
    chief: str  # the chief's name
    chief_code: str
    day: str  # the day it started, ISO (2026-07-01)

    def numbers(self) -> dict[str, str]:
        """What the reason keeps: who and when, as the user knows the patrol (no key, so
        that a reason reads the same on every installation and in every demo run)."""
        return {"chief": self.chief, "chief_code": self.chief_code, "date": self.day}


NO_TRACKS: Mapping[str, FirstUse] = {}
# photos of earlier patrols: their SHA-256, with the first patrol that used each (a plain
# set of hashes says only that another patrol used them; the reason then names none)
UsedPhotos = Container[str] | Mapping[str, FirstUse]


@dataclass(frozen=True)
class PatrolEvidence:
    """A patrol as claimed, with the evidence that backs it."""

    start: datetime
    end: datetime
    level: str
    method: str
    segment_lines: Sequence[Sequence[tuple[float, float]]]  # WGS84 (lon, lat), per segment
    track: Track | None = None
    photos: Sequence[Photo] = ()
    entered_at: datetime | None = None
    claimed_distance_m: float | None = None  # from a spreadsheet, when there is no track


def _seconds(value: datetime) -> float:
    if value.tzinfo is None:
        raise ValueError("times given to the verdict engine must carry an offset")
    return value.timestamp()


@dataclass
class PatrolBatch:
    """Many patrols, flat; ``*_off`` arrays have n + 1 entries: patrol i owns
    ``[off[i], off[i + 1])`` of the point, line-vertex and photo arrays."""

    start_s: Floats
    end_s: Floats
    level: Sequence[str] | npt.NDArray[Any]  # a list or a numpy array of level names
    method: Sequence[str] | npt.NDArray[Any]
    entered_s: Floats  # NaN: unknown
    claimed_distance_m: Floats  # NaN: none
    has_track: Bools
    pt_off: Ints
    pt_lon: Floats
    pt_lat: Floats
    pt_time: Floats  # NaN: no time
    pt_seg_start: Bools  # the point starts a recording segment
    ln_off: Ints
    ln_lon: Floats
    ln_lat: Floats
    ln_start: Bools  # the vertex starts a new segment line
    ph_off: Ints
    ph_time: Floats  # NaN: no EXIF time
    ph_lon: Floats
    ph_lat: Floats
    ph_has_exif: Bools
    ph_reused: Bools
    # patrol index -> the earlier patrol whose track (the same shape) it uses again
    track_reused: dict[int, FirstUse] = field(default_factory=dict)
    # photo index (of the ph_ arrays) -> the earlier patrol that used the file first, for
    # reused photos whose first user is known (the reason names it)
    ph_first_use: dict[int, FirstUse] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.start_s)

    @classmethod
    def from_evidence(
        cls, patrols: Sequence[PatrolEvidence], used_photo_hashes: UsedPhotos = frozenset(),
        used_tracks: Mapping[str, FirstUse] = NO_TRACKS,
    ) -> PatrolBatch:
        """``used_photo_hashes``: photos of other, earlier patrols (a mapping names the first
        patrol that used each); ``used_tracks``: shapes of the tracks of other, earlier
        patrols, with the first patrol that used each."""
        owners = used_photo_hashes if isinstance(used_photo_hashes, Mapping) else None
        ph_first_use: dict[int, FirstUse] = {}
        pt_lon: list[Floats] = []
        pt_lat: list[Floats] = []
        pt_time: list[Floats] = []
        pt_seg: list[Bools] = []
        ln_lon: list[float] = []
        ln_lat: list[float] = []
        ln_start: list[bool] = []
        pt_counts, ln_counts, ph_counts = [], [], []
        ph_time: list[float] = []
        ph_lon: list[float] = []
        ph_lat: list[float] = []
        ph_exif: list[bool] = []
        ph_reused: list[bool] = []
        track_reused: dict[int, FirstUse] = {}
        for i, p in enumerate(patrols):
            t = p.track
            if t is not None and t.points:
                pt_lon.append(t.lon)
                pt_lat.append(t.lat)
                pt_time.append(t.time)
                pt_seg.append(t.segment_breaks())
                pt_counts.append(t.points)
                if used_tracks:
                    shape = shape_of(t)
                    if shape is not None and shape in used_tracks:
                        track_reused[i] = used_tracks[shape]
            else:
                pt_counts.append(0)
            count = 0
            for line in p.segment_lines:
                for i, (lon, lat) in enumerate(line):
                    ln_lon.append(float(lon))
                    ln_lat.append(float(lat))
                    ln_start.append(i == 0)
                    count += 1
            ln_counts.append(count)
            for photo in p.photos:
                ph_time.append(_seconds(photo.taken_at) if photo.taken_at else math.nan)
                ph_lon.append(math.nan if photo.lon is None else float(photo.lon))
                ph_lat.append(math.nan if photo.lat is None else float(photo.lat))
                ph_exif.append(photo.has_exif)
                reused = photo.sha256 in used_photo_hashes
                if reused and owners is not None:
                    ph_first_use[len(ph_reused)] = owners[photo.sha256]
                ph_reused.append(reused)
            ph_counts.append(len(p.photos))

        def off(counts: list[int]) -> Ints:
            out = np.zeros(len(counts) + 1, dtype=np.int64)
            np.cumsum(counts, out=out[1:])
            return out

        def cat(parts: list[Floats]) -> Floats:
            return np.concatenate(parts) if parts else np.zeros(0)

        return cls(
            start_s=np.array([_seconds(p.start) for p in patrols], dtype=float),
            end_s=np.array([_seconds(p.end) for p in patrols], dtype=float),
            level=[p.level for p in patrols],
            method=[p.method for p in patrols],
            entered_s=np.array([_seconds(p.entered_at) if p.entered_at else math.nan
                                for p in patrols], dtype=float),
            claimed_distance_m=np.array([math.nan if p.claimed_distance_m is None
                                         else p.claimed_distance_m for p in patrols], dtype=float),
            has_track=np.array([c > 0 for c in pt_counts], dtype=bool),
            pt_off=off(pt_counts), pt_lon=cat(pt_lon), pt_lat=cat(pt_lat),
            pt_time=cat(pt_time),
            pt_seg_start=np.concatenate(pt_seg) if pt_seg else np.zeros(0, dtype=bool),
            ln_off=off(ln_counts), ln_lon=np.array(ln_lon, dtype=float),
            ln_lat=np.array(ln_lat, dtype=float), ln_start=np.array(ln_start, dtype=bool),
            ph_off=off(ph_counts), ph_time=np.array(ph_time, dtype=float),
            ph_lon=np.array(ph_lon, dtype=float), ph_lat=np.array(ph_lat, dtype=float),
            ph_has_exif=np.array(ph_exif, dtype=bool), ph_reused=np.array(ph_reused, dtype=bool),
            track_reused=track_reused, ph_first_use=ph_first_use,
        )


@dataclass
class BatchResult:
    """Verdicts of a batch: ``status`` codes (0 valid, 1 suspect, 2 invalid), reasons, figures."""

    status: npt.NDArray[np.int8]
    reasons: list[list[Reason]]
    distance_m: Floats  # NaN without a track
    duration_s: Floats  # NaN when unknown
    coverage: Floats  # NaN when not computed
    speed_kmh: Floats
    extra: dict[str, Floats] = field(default_factory=dict)

    def verdict(self, i: int) -> Verdict:
        def num(a: Floats) -> float | None:
            v = float(a[i])
            return None if math.isnan(v) else round(v, 4)

        return Verdict(
            STATUS_OF[int(self.status[i])], tuple(self.reasons[i]),
            {"distance_m": num(self.distance_m), "duration_s": num(self.duration_s),
             "coverage": num(self.coverage), "speed_kmh": num(self.speed_kmh)},
        )


def _pid(off: Ints) -> Ints:
    return np.repeat(np.arange(len(off) - 1, dtype=np.int64), np.diff(off))


def _lookup(values: Sequence[str] | npt.NDArray[Any], known: dict[str, float], what: str) -> Floats:
    """``known[v]`` for every value, vectorised over the distinct values."""
    uniq, inverse = np.unique(np.asarray(values, dtype=str), return_inverse=True)
    table = np.empty(len(uniq))
    for i, v in enumerate(uniq.tolist()):
        if v not in known:
            raise UserError(translate(
                "Verdicts", "The rule set has no {what} '{value}'.").format(what=what, value=v))
        table[i] = known[v]
    out: Floats = table[inverse.reshape(-1)]
    return out


def judge_batch(b: PatrolBatch, rules: PatrolRules) -> BatchResult:  # noqa: C901
    """Verdicts for every patrol of ``b`` under ``rules``."""
    n = b.n
    reasons: list[list[Reason]] = [[] for _ in range(n)]
    status = np.zeros(n, dtype=np.int8)

    def add(mask: Bools, severity: str, code: str, numbers: dict[str, Any]) -> None:
        idx = np.flatnonzero(mask)
        if len(idx) == 0:
            return
        level = STATUS_CODES.get(severity, 0)
        if level:
            status[idx] = np.maximum(status[idx], np.int8(level))  # idx has no repeats
        cols: dict[str, list[Any]] = {}
        for k, v in numbers.items():
            if isinstance(v, np.ndarray):
                sel = v[idx]
                if sel.dtype.kind == "f":
                    sel = np.round(sel, 4)
                    cols[k] = [None if x != x else x for x in sel.tolist()]  # NaN: None
                else:
                    cols[k] = sel.tolist()
            else:
                cols[k] = [v] * len(idx)
        names = list(cols)
        rows = zip(*cols.values(), strict=True) if cols else repeat(())
        for i, values in zip(idx.tolist(), rows, strict=False):
            nums = dict(zip(names, values, strict=True))
            reasons[i].append(Reason(code, severity, nums))

    levels = rules.levels
    min_duration_s = _lookup(b.level, {k: v.min_duration_min * 60 for k, v in levels.items()},
                                  translate("Verdicts", "level"))
    min_distance = _lookup(b.level, {k: v.min_distance_m for k, v in levels.items()},
                                translate("Verdicts", "level"))
    max_speed = _lookup(b.method, {k: v.max_speed_kmh for k, v in rules.methods.items()},
                             translate("Verdicts", "method of patrol"))

    # --- the track: distance, times, jumps ---------------------------------------------
    pid = _pid(b.pt_off)
    npts = len(pid)
    distance = np.full(n, np.nan)
    distance[b.has_track] = 0.0
    along = np.zeros(npts)  # the distance walked to each point from the batch's first
    if npts > 1:
        same = pid[1:] == pid[:-1]
        cont = same & ~b.pt_seg_start[1:]
        steps = haversine_m(b.pt_lon[:-1], b.pt_lat[:-1], b.pt_lon[1:], b.pt_lat[1:])
        distance[b.has_track] = np.bincount(pid[:-1][cont], weights=steps[cont], minlength=n)[
            b.has_track]
        along[1:] = np.cumsum(np.where(cont, steps, 0.0))
    timed_idx = np.flatnonzero(~np.isnan(b.pt_time))
    tpid = pid[timed_idx]
    tt = b.pt_time[timed_idx]
    timed_count = np.bincount(tpid, minlength=n)
    has_times = timed_count > 0
    t_first = np.full(n, np.nan)
    t_last = np.full(n, np.nan)
    # the distance walked between the first and the last point with a time: the speed is
    # this over the time between them (on a track timed only in part, the untimed points
    # before and after were not walked in that time)
    timed_distance = np.full(n, np.nan)
    if len(timed_idx):
        starts = np.flatnonzero(np.r_[True, tpid[1:] != tpid[:-1]])
        owners = tpid[starts]
        t_first[owners] = np.minimum.reduceat(tt, starts)
        t_last[owners] = np.maximum.reduceat(tt, starts)
        ends = np.r_[starts[1:], len(timed_idx)] - 1
        timed_distance[owners] = along[timed_idx[ends]] - along[timed_idx[starts]]
    track_duration = t_last - t_first

    # repeated or backward: a timed point not later than every earlier point of its patrol
    repeats = np.zeros(n, dtype=np.int64)
    jumps = np.zeros(n, dtype=np.int64)
    jump_speed = np.full(n, np.nan)
    jump_dist = np.zeros(n)
    if len(timed_idx) > 1:
        rel_ms = np.clip(np.round((tt - t_first[tpid]) * 1000.0), -(2**39 - 1), 2**39 - 1)
        key = tpid * (2**40) + rel_ms.astype(np.int64) + 2**39
        running = np.maximum.accumulate(key)
        pair_same = tpid[1:] == tpid[:-1]
        backward = pair_same & (key[1:] <= running[:-1])
        repeats = np.bincount(tpid[1:][backward], minlength=n)
        # jumps between consecutive timed points (across segment gaps too)
        a, c = timed_idx[:-1][pair_same], timed_idx[1:][pair_same]
        owner = tpid[1:][pair_same]
        hop = haversine_m(b.pt_lon[a], b.pt_lat[a], b.pt_lon[c], b.pt_lat[c])
        dt = b.pt_time[c] - b.pt_time[a]
        with np.errstate(divide="ignore", invalid="ignore"):
            speed = np.where(dt > 0, hop / dt * 3.6, np.inf)
        is_jump = (hop > rules.jump_min_m) & (speed > rules.jump_speed_kmh)
        jumps = np.bincount(owner[is_jump], minlength=n)
        if is_jump.any():
            jo, jd, js = owner[is_jump], hop[is_jump], speed[is_jump]
            order = np.lexsort((jd, jo))  # per patrol, the longest jump last
            jo, jd, js = jo[order], jd[order], js[order]
            last = np.r_[jo[1:] != jo[:-1], True]
            jump_dist[jo[last]] = jd[last]
            jump_speed[jo[last]] = np.where(np.isinf(js[last]), np.nan, js[last])

    claimed = b.end_s - b.start_s
    duration = np.where(has_times, track_duration, claimed)
    dist_for_min = np.where(b.has_track, distance, b.claimed_distance_m)

    add(duration < min_duration_s, INVALID, "too_short_time",
        {"duration_min": duration / 60.0, "minimum_min": min_duration_s / 60.0})
    add(dist_for_min < min_distance, INVALID, "too_short_distance",
        {"distance_m": dist_for_min, "minimum_m": min_distance})
    add(jumps > 0, INVALID, "jump", {"count": jumps, "max_distance_m": jump_dist,
                                    "max_speed_kmh": jump_speed,
                                    "limit_kmh": rules.jump_speed_kmh})
    share = np.divide(repeats, timed_count, out=np.zeros(n), where=timed_count > 0)
    add((repeats > 0) & (share > rules.time_errors_max_share), INVALID, "repeated_times",
        {"count": repeats, "timed_points": timed_count, "share": share})

    tol = rules.window_tolerance_min * 60.0
    gap = np.maximum(b.start_s - t_last, t_first - b.end_s)  # > 0: no overlap
    outside = np.maximum(b.start_s - t_first, 0) + np.maximum(t_last - b.end_s, 0)
    no_overlap = has_times & (gap > tol)
    add(no_overlap, INVALID, "outside_window", {"gap_min": gap / 60.0})
    add(has_times & ~no_overlap & ((b.start_s - t_first > tol) | (t_last - b.end_s > tol)),
        SUSPECT, "partly_outside_window", {"outside_min": outside / 60.0})

    with np.errstate(divide="ignore", invalid="ignore"):
        speed_kmh = np.where(has_times & (track_duration > 0),
                             timed_distance / track_duration * 3.6, np.nan)
    too_fast = speed_kmh > max_speed
    if too_fast.any():
        methods = np.asarray(b.method, dtype=object)
        names = {m: method_name(m) for m in set(methods[too_fast].tolist())}
        fast_methods = np.where(too_fast, methods, "")
        add(too_fast, SUSPECT, "speed_method",
            {"speed_kmh": speed_kmh, "limit_kmh": max_speed, "method": fast_methods,
             "method_name": np.array([names.get(m, "") for m in fast_methods])})
    add(~b.has_track, SUSPECT, "no_track", {})
    add(b.has_track & ~has_times, SUSPECT, "track_untimed", {})

    # --- coverage of the assigned segments --------------------------------------------
    coverage = _coverage(b, rules, pid)
    has_line = np.diff(b.ln_off) > 1
    cov_pct = coverage * 100.0
    add(b.has_track & has_line & (coverage < rules.coverage_invalid_below), INVALID,
        "coverage_low", {"coverage_pct": cov_pct, "minimum_pct":
                         rules.coverage_invalid_below * 100, "buffer_m": rules.coverage_buffer_m})
    add(b.has_track & has_line & (coverage >= rules.coverage_invalid_below)
        & (coverage < rules.coverage_suspect_below), SUSPECT, "coverage_partial",
        {"coverage_pct": cov_pct, "threshold_pct": rules.coverage_suspect_below * 100,
         "buffer_m": rules.coverage_buffer_m})
    add(b.has_track & ~has_line, NOTE, "coverage_unknown", {})

    # --- the track of an earlier patrol, used again --------------------------------------
    if b.track_reused:
        again = sorted(i for i in b.track_reused if 0 <= i < n and b.has_track[i])
        mask = np.zeros(n, dtype=bool)
        mask[again] = True
        columns: dict[str, Any] = {}
        for i in again:
            for k, v in b.track_reused[i].numbers().items():
                columns.setdefault(k, np.full(n, "", dtype=object))[i] = v
        add(mask, INVALID, "track_reused", columns)

    # --- photos ------------------------------------------------------------------------
    _photos(b, rules, pid, add)

    late_days = (b.entered_s - b.end_s) / 86400.0
    add(late_days > rules.late_entry_days, SUSPECT, "entered_late",
        {"days": late_days, "limit_days": rules.late_entry_days})

    return BatchResult(status, reasons, distance, duration, coverage, speed_kmh)


def _reference(b: PatrolBatch, pid: Ints) -> tuple[Floats, Floats]:
    """Each patrol's projection origin: its first line vertex, else its first track point."""
    n = b.n
    lon0 = np.zeros(n)
    lat0 = np.zeros(n)
    has_pts = np.diff(b.pt_off) > 0
    lon0[has_pts] = b.pt_lon[b.pt_off[:-1][has_pts]]
    lat0[has_pts] = b.pt_lat[b.pt_off[:-1][has_pts]]
    has_ln = np.diff(b.ln_off) > 0
    lon0[has_ln] = b.ln_lon[b.ln_off[:-1][has_ln]]
    lat0[has_ln] = b.ln_lat[b.ln_off[:-1][has_ln]]
    return lon0, lat0


def _project(lon: Floats, lat: Floats, owner: Ints, lon0: Floats, lat0: Floats
             ) -> tuple[Floats, Floats]:
    k = np.cos(np.radians(lat0))
    return (lon - lon0[owner]) * (M_PER_DEG * k[owner]), (lat - lat0[owner]) * M_PER_DEG


def _track_edges(b: PatrolBatch, pid: Ints, lon0: Floats, lat0: Floats
                 ) -> tuple[Floats, Floats, Floats, Floats]:
    """One edge per track point: to the next point of its segment, or to itself."""
    x, y = _project(b.pt_lon, b.pt_lat, pid, lon0, lat0)
    nx, ny = x.copy(), y.copy()
    if len(x) > 1:
        cont = (pid[1:] == pid[:-1]) & ~b.pt_seg_start[1:]
        nx[:-1] = np.where(cont, x[1:], x[:-1])
        ny[:-1] = np.where(cont, y[1:], y[:-1])
    return x, y, nx, ny


def _coverage(b: PatrolBatch, rules: PatrolRules, pid: Ints) -> Floats:
    """Share of each patrol's segment lines within the buffer of its track.

    The lines are sampled at most a buffer apart (vertices included); between two
    samples the distance to the track is taken as linear, so a stretch whose one end is
    inside the buffer and the other outside counts up to the interpolated crossing.
    """
    n = b.n
    r = rules.coverage_buffer_m
    coverage = np.full(n, np.nan)
    lpid = _pid(b.ln_off)
    if len(lpid) < 2:
        return coverage
    lon0, lat0 = _reference(b, pid)
    with_track = b.has_track[lpid]
    lx, ly = _project(b.ln_lon, b.ln_lat, lpid, lon0, lat0)
    edge = (lpid[1:] == lpid[:-1]) & ~b.ln_start[1:] & with_track[1:]
    ea = np.flatnonzero(edge)
    if len(ea) == 0:
        return coverage
    eown = lpid[ea]
    ax, ay = lx[ea], ly[ea]
    dx, dy = lx[ea + 1] - ax, ly[ea + 1] - ay
    length = np.hypot(dx, dy)
    total = np.bincount(eown, weights=length, minlength=n)
    spacing = np.maximum(r, total / MAX_SAMPLES_PER_PATROL)
    per_edge = np.maximum(1, np.ceil(length / spacing[eown])).astype(np.int64)
    # an edge that ends its line also gets a sample at its far end
    last = np.r_[ea[1:] != ea[:-1] + 1, True]
    points = per_edge + last
    sedge = np.repeat(np.arange(len(ea)), points)
    first = np.repeat(np.cumsum(points) - points, points)
    k = np.arange(len(sedge)) - first
    frac = k / per_edge[sedge]
    sx = ax[sedge] + frac * dx[sedge]
    sy = ay[sedge] + frac * dy[sedge]
    sown = eown[sedge]
    tx, ty, tnx, tny = _track_edges(b, pid, lon0, lat0)
    # a sample near a track point is covered; only the others need the track's edges
    dist = min_distance(sx, sy, sown, tx, ty, None, None, pid, n)
    far = np.flatnonzero(dist > r)
    if len(far):
        dist[far] = min_distance(sx[far], sy[far], sown[far], tx, ty, tnx, tny, pid, n)
    # stretches between consecutive samples of the same line
    pair = np.flatnonzero(k[:-1] < per_edge[sedge[:-1]])
    d1, d2 = dist[pair], dist[pair + 1]
    piece = length[sedge[pair]] / per_edge[sedge[pair]]
    in1, in2 = d1 <= r, d2 <= r
    with np.errstate(divide="ignore", invalid="ignore"):
        cross = np.where(in1, (r - d1) / (d2 - d1), (r - d2) / (d1 - d2))
    share = np.where(in1 & in2, 1.0, np.where(in1 | in2, np.clip(np.nan_to_num(cross), 0, 1),
                                              0.0))
    inside = np.bincount(sown[pair], weights=piece * share, minlength=n)
    ok = b.has_track & (total > 0)
    coverage[ok] = np.clip(inside[ok] / total[ok], 0.0, 1.0)
    return coverage


def _photos(b: PatrolBatch, rules: PatrolRules, pid: Ints, add: object) -> None:
    n = b.n
    nph = len(b.ph_time)
    if nph == 0:
        return
    assert callable(add)
    ppid = _pid(b.ph_off)
    number = np.arange(nph) - b.ph_off[ppid] + 1  # 1-based photo number within its patrol

    def per_patrol(mask: Bools, values: Floats, severity: str, code: str,
                   extra: dict[str, float], owners: Mapping[int, FirstUse] | None = None
                   ) -> None:
        # one reason per photo: feed the adder one photo per round (``owners``: photo index
        # -> the patrol named in the reason; photos without one get a reason naming none)
        idx = np.flatnonzero(mask)
        if len(idx) == 0:
            return
        known: Mapping[int, FirstUse] = owners or {}
        rank = np.zeros(len(idx), dtype=np.int64)
        own = ppid[idx]
        if len(idx) > 1:
            start = np.r_[True, own[1:] != own[:-1]]
            group = np.cumsum(start) - 1
            first = np.flatnonzero(start)
            rank = np.arange(len(idx)) - first[group]
        for r in range(int(rank.max()) + 1):
            sel = idx[rank == r]
            m = np.zeros(n, dtype=bool)
            m[ppid[sel]] = True
            photo = np.zeros(n, dtype=np.int64)
            photo[ppid[sel]] = number[sel]
            val = np.full(n, np.nan)
            val[ppid[sel]] = values[sel]
            nums: dict[str, object] = {"photo": photo}
            if code == "photo_time_outside":
                nums["minutes_outside"] = val
            elif code == "photo_far":
                nums["distance_m"] = val
            nums.update(extra)
            named = [j for j in sel.tolist() if j in known] if known else []
            if not named:
                add(m, severity, code, nums)
                continue
            # a patrol has one photo in this round: those named and the others apart
            m_named = np.zeros(n, dtype=bool)
            m_named[ppid[named]] = True
            columns: dict[str, npt.NDArray[Any]] = {}
            for j in named:
                for k, v in known[j].numbers().items():
                    columns.setdefault(k, np.full(n, "", dtype=object))[ppid[j]] = v
            add(m & ~m_named, severity, code, nums)
            add(m_named, severity, code, {**nums, **columns})

    zeros = np.zeros(nph)
    per_patrol(b.ph_reused, zeros, INVALID, "photo_reused", {}, b.ph_first_use)
    per_patrol(~b.ph_has_exif, zeros, SUSPECT, "photo_no_exif", {})
    tol = rules.photo_time_tolerance_min * 60.0
    early = b.start_s[ppid] - b.ph_time
    late = b.ph_time - b.end_s[ppid]
    outside = np.maximum(early, late)
    per_patrol(~np.isnan(b.ph_time) & (outside > tol), outside / 60.0, SUSPECT,
               "photo_time_outside", {})
    located = ~np.isnan(b.ph_lon) & ~np.isnan(b.ph_lat)
    if located.any():
        lon0, lat0 = _reference(b, pid)
        qx, qy = _project(b.ph_lon, b.ph_lat, ppid, lon0, lat0)
        # distance to the track, or to the segment lines when there is no track
        tx, ty, tnx, tny = _track_edges(b, pid, lon0, lat0)
        d_track = min_distance(qx, qy, ppid, tx, ty, tnx, tny, pid, n)
        lpid = _pid(b.ln_off)
        lx, ly = _project(b.ln_lon, b.ln_lat, lpid, lon0, lat0)
        lnx, lny = lx.copy(), ly.copy()
        if len(lx) > 1:
            cont = (lpid[1:] == lpid[:-1]) & ~b.ln_start[1:]
            lnx[:-1] = np.where(cont, lx[1:], lx[:-1])
            lny[:-1] = np.where(cont, ly[1:], ly[:-1])
        d_line = min_distance(qx, qy, ppid, lx, ly, lnx, lny, lpid, n)
        dist = np.where(b.has_track[ppid], d_track, d_line)
        per_patrol(located & np.isfinite(dist) & (dist > rules.photo_max_distance_m), dist,
                   SUSPECT, "photo_far", {"limit_m": rules.photo_max_distance_m})


def judge_many(
    patrols: Sequence[PatrolEvidence], rules: PatrolRules,
    used_photo_hashes: UsedPhotos = frozenset(),
    used_tracks: Mapping[str, FirstUse] = NO_TRACKS,
) -> list[Verdict]:
    """Verdicts of several patrols (``used_photo_hashes``: photos of *other* patrols, with the
    first patrol that used each when a mapping;
    ``used_tracks``: track shapes of other patrols, each with the first that used it)."""
    if not patrols:
        return []
    result = judge_batch(PatrolBatch.from_evidence(patrols, used_photo_hashes, used_tracks),
                         rules)
    return [result.verdict(i) for i in range(len(patrols))]


def judge(
    patrol: PatrolEvidence, rules: PatrolRules, used_photo_hashes: UsedPhotos = frozenset(),
    used_tracks: Mapping[str, FirstUse] = NO_TRACKS,
) -> Verdict:
    """The verdict of one patrol."""
    return judge_many([patrol], rules, used_photo_hashes, used_tracks)[0]
