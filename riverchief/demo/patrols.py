"""Demo step: a year of patrols along the registry's segments, judged by the real engine.

Each assignment of a chief to a segment gets patrols at the rate of the chief's level
(villages weekly, townships monthly or more, districts quarterly or more, scaled to the
tier's patrols per year), on days the assignment was in force in 2026 up to the demo's
today (``ctx.as_of``: nothing is dated or entered after it), mostly in office hours.
Every patrol has a track of tens of points along its segment (GPS noise, the bank
walked, the chief's pace for the method), photos with EXIF, and an entry time. A
realistic share is wrong in the ways real patrols are: too short, off the river, only
part of the segment, back-dated (entered days later, sometimes with an old track),
jumping tracks, photos reused from another patrol, no track at all. A few village chiefs
(``NEGLIGENT_SHARE`` of all chiefs) neglect their duty: every patrol they file is off the
river. A few other village chiefs (``PAPER_SHARE``) have no laptop: they fill in paper
forms that the township office types in days later, so their patrols are imports (source
``imported``, entry time unknown to the verdict, never in a chief's hash chain — see
:mod:`riverchief.demo.chains`). The verdicts come from
:func:`riverchief.verdicts.judge_batch` under the shipped rule set — the generator never
sets them.

All patrols are made and judged with numpy in chunks and inserted as plain rows, so the
province tier's ~2.5 million patrols stay within minutes. Leaves ``ctx.made["patrols"]``:
the number made, ``ctx.made["patrol_verdicts"]``: count per verdict, and
``ctx.made["negligent_chiefs"]``: the ids of the chiefs who neglect their duty (the ledger
step gives them overdue problems and an unfixed supervision finding), and
``ctx.made["paper_chiefs"]``: the ids of the chiefs who file on paper.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from datetime import datetime
from itertools import repeat
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt

from riverchief.db import records
from riverchief.i18n import translate
from riverchief.progress import check
from riverchief.rules import PatrolRules, RuleSet, default_rules
from riverchief.tracks.codec import encode_compact_batch, encode_full
from riverchief.tracks.geo import M_PER_DEG
from riverchief.tracks.shape import shapes_of
from riverchief.verdicts.engine import STATUS_OF, FirstUse, PatrolBatch, judge_batch

if TYPE_CHECKING:
    from riverchief.demo import DemoContext

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

ACTOR = "demo"
YEAR = 2026
CHUNK = 40_000
RESAMPLE = 65  # points per segment line, equally spaced by length

KINDS = ("normal", "short", "off_river", "partial", "back_dated", "jump", "photo_reuse",
         "no_track")
KIND_SHARES = (0.73, 0.06, 0.04, 0.05, 0.04, 0.03, 0.03, 0.02)
(NORMAL, SHORT, OFF_RIVER, PARTIAL, BACK_DATED, JUMP, PHOTO_REUSE, NO_TRACK) = range(8)
RATE_PER_YEAR = {"village": 52.0, "township": 15.0, "district": 6.0}
NEGLIGENT_SHARE = 0.03  # of all chiefs: village chiefs whose patrols are all off the river
PAPER_SHARE = 0.012  # of all chiefs: village chiefs who file paper forms (typed in later)
PAPER_DELAY_DAYS = (2.0, 12.0)  # from the patrol to the office typing its form in
# of all patrols: a chief files an earlier patrol's track again, its times moved to the new
# day (一条轨迹反复用; the district demo has two). Drawn from their own random stream, so
# that every other patrol is the same with or without them.
TRACK_COPY_SHARE = 0.0004
METHODS = ("foot", "vehicle", "boat", "drone")
METHOD_SHARES = (0.75, 0.12, 0.08, 0.05)
SPEED_KMH = {"foot": (3.5, 5.5), "vehicle": (12.0, 30.0), "boat": (6.0, 14.0),
             "drone": (10.0, 25.0)}
WEATHER = ("晴", "多云", "阴", "小雨", "晴", "多云")
NOTES = ("", "", "", "河面干净，未发现问题。", "岸边有少量垃圾，已清理。", "河道畅通。",
         "发现漂浮物，已通知保洁员。", "公示牌完好。")


@dataclass
class _Plan:
    """Every patrol of the year, before its track: who, where, when, how, what goes wrong."""

    chief: Ints
    segment: Ints
    level: npt.NDArray[np.str_]
    start_s: Floats  # the claimed start
    kind: Ints
    method: Ints
    paper: npt.NDArray[np.bool_]  # filed on a paper form, typed in at the office
    until_s: float = math.inf  # the end of the demo's today: nothing is entered later


def _uuid7_many(n: int) -> list[str]:
    """``n`` time-ordered UUIDv7 keys at once (same layout as :func:`riverchief.ids.uuid7`)."""
    if n == 0:
        return []
    import time

    base = time.time_ns() // 1_000_000
    i = np.arange(n, dtype=np.int64)
    ms = base + i // 4096
    counter = i % 4096
    raw = np.frombuffer(os.urandom(8 * n), dtype=">u8").copy()
    b = np.zeros((n, 16), dtype=np.uint8)
    for k in range(6):
        b[:, k] = (ms >> (8 * (5 - k))) & 0xFF
    b[:, 6] = 0x70 | ((counter >> 8) & 0x0F)
    b[:, 7] = counter & 0xFF
    rand = raw & ((1 << 62) - 1)
    for k in range(8):
        b[:, 8 + k] = (rand >> np.uint64(8 * (7 - k))) & np.uint64(0xFF)
    b[:, 8] = (b[:, 8] & 0x3F) | 0x80
    h = b.tobytes().hex()
    return [f"{h[j:j + 8]}-{h[j + 8:j + 12]}-{h[j + 12:j + 16]}-{h[j + 16:j + 20]}-"
            f"{h[j + 20:j + 32]}" for j in range(0, 32 * n, 32)]


def _iso(seconds: Floats, offset_s: int) -> list[str]:
    """Unix seconds as ISO 8601 with the district's offset, vectorised."""
    local = (np.round(seconds).astype(np.int64) + offset_s).astype("datetime64[s]")
    sign = "+" if offset_s >= 0 else "-"
    suffix = f"{sign}{abs(offset_s) // 3600:02d}:{abs(offset_s) % 3600 // 60:02d}"
    return [s + suffix for s in np.datetime_as_string(local, unit="s").tolist()]


def _resample(line: tuple[tuple[float, float], ...]) -> tuple[Floats, float]:
    pts = np.asarray(line, dtype=float).reshape(-1, 2)
    if len(pts) < 2:
        pts = np.vstack([pts, pts]) if len(pts) else np.zeros((2, 2))
    k = math.cos(math.radians(float(pts[:, 1].mean())))
    steps = np.hypot(np.diff(pts[:, 0]) * k, np.diff(pts[:, 1])) * M_PER_DEG
    along = np.concatenate([[0.0], np.cumsum(steps)])
    total = float(along[-1])
    if total <= 0:
        return np.repeat(pts[:1], RESAMPLE, axis=0), 0.0
    u = np.linspace(0, total, RESAMPLE)
    return np.stack([np.interp(u, along, pts[:, 0]), np.interp(u, along, pts[:, 1])], 1), total


def _negligent(ctx: DemoContext, rng: np.random.Generator) -> list[str]:
    """A few village chiefs who file their weekly patrols without patrolling: every record
    off the river (the engine judges them invalid). They hold their segments all year."""
    year_start = datetime(YEAR, 1, 1).date()
    assignments: dict[str, list[Any]] = {}
    for a in ctx.made["assignments"]:
        assignments.setdefault(a.chief_id, []).append(a)
    candidates = [c.id for c in ctx.made["chiefs"] if c.level == "village"
                  and assignments.get(c.id)
                  and all(a.start < year_start and a.end is None for a in assignments[c.id])]
    n = min(len(candidates), round(len(ctx.made["chiefs"]) * NEGLIGENT_SHARE))
    if n == 0:
        return []
    return sorted(candidates[i] for i in rng.choice(len(candidates), n, replace=False))


def _paper(ctx: DemoContext, rng: np.random.Generator) -> list[str]:
    """A few village chiefs (not the negligent ones) without a laptop: they fill in paper
    forms, and the township office types them in (an import: never chained)."""
    negligent = set(ctx.made["negligent_chiefs"])
    candidates = [c.id for c in ctx.made["chiefs"] if c.level == "village"
                  and c.id not in negligent]
    n = min(len(candidates), max(1, round(len(ctx.made["chiefs"]) * PAPER_SHARE)))
    if n == 0:
        return []
    return sorted(candidates[i] for i in rng.choice(len(candidates), n, replace=False))


def _plan(ctx: DemoContext, rng: np.random.Generator, seg_index: dict[str, int]) -> _Plan:
    chiefs = {c.id: (i, c.level) for i, c in enumerate(ctx.made["chiefs"])}
    assignments = ctx.made["assignments"]
    year_start = datetime(YEAR, 1, 1).date()
    year_end = datetime(YEAR, 12, 31).date()
    until = min(year_end, ctx.as_of)  # the demo's today: no patrol after it
    per_chief: dict[str, int] = {}
    for a in assignments:
        per_chief[a.chief_id] = per_chief.get(a.chief_id, 0) + 1
    a_chief, a_seg, a_level, a_first, a_days, a_rate, a_share = [], [], [], [], [], [], []
    for a in assignments:
        days = a.days_within(year_start, year_end)
        if days <= 0 or a.segment_id not in seg_index or a.chief_id not in chiefs:
            continue
        ci, level = chiefs[a.chief_id]
        a_chief.append(ci)
        a_seg.append(seg_index[a.segment_id])
        a_level.append(level)
        a_first.append((max(a.start, year_start) - year_start).days)
        so_far = a.days_within(year_start, until) if until >= year_start else 0
        a_days.append(max(so_far, 0))
        a_share.append(max(so_far, 0) / days)
        a_rate.append(RATE_PER_YEAR.get(level, 4.0) / per_chief[a.chief_id] * days / 365.0)
    rate = np.asarray(a_rate)
    diligence = rng.lognormal(0.0, 0.25, len(rate))  # some chiefs patrol more than others
    expected = rate * diligence
    # the tier's patrols in a whole year; those up to the demo's today are made
    scale = ctx.tier.patrols_per_year / max(expected.sum(), 1.0)
    counts = rng.poisson(expected * scale * np.asarray(a_share, dtype=float))
    which = np.repeat(np.arange(len(counts)), counts)
    n = len(which)
    first = np.asarray(a_first, dtype=np.int64)[which]
    span = np.asarray(a_days, dtype=np.int64)[which]
    day = first + (rng.random(n) * span).astype(np.int64)
    offset = _offset_s(ctx)
    midnight = datetime(YEAR, 1, 1).timestamp() - _local_offset_of_machine()
    start = (midnight - offset + day * 86400.0
             + np.round(rng.uniform(7.0, 17.0, n) * 60) * 60)  # 07:00-17:00 local
    order = np.argsort(start, kind="stable")
    chief = np.asarray(a_chief, dtype=np.int64)[which][order]
    kind = rng.choice(len(KINDS), n, p=KIND_SHARES)
    negligent = ctx.made["negligent_chiefs"]
    if negligent:
        kind[np.isin(chief, [chiefs[c][0] for c in negligent])] = OFF_RIVER
    paper = np.isin(chief, [chiefs[c][0] for c in ctx.made["paper_chiefs"]])
    return _Plan(
        chief=chief,
        segment=np.asarray(a_seg, dtype=np.int64)[which][order],
        level=np.asarray(a_level)[which][order],
        start_s=start[order],
        kind=kind,
        method=rng.choice(len(METHODS), n, p=METHOD_SHARES),
        paper=paper,
        until_s=midnight - offset + ((until - year_start).days + 1) * 86400.0 - 1,
    )


def _local_offset_of_machine() -> float:
    """``datetime(...).timestamp()`` of a naive time uses the machine's zone; undo it."""
    naive = datetime(YEAR, 1, 1)
    return naive.timestamp() - naive.replace(tzinfo=ZoneInfo("UTC")).timestamp()


def _offset_s(ctx: DemoContext) -> int:
    off = datetime(YEAR, 7, 1, tzinfo=ZoneInfo(ctx.store.timezone)).utcoffset()
    return int(off.total_seconds()) if off is not None else 0


@dataclass
class _Chunk:
    batch: PatrolBatch
    lon6: Ints
    lat6: Ints
    t: Ints
    end_s: Floats
    entered_s: Floats
    photo_hash: Ints  # per photo, an index into the hash strings
    photo_pos: Ints
    copies: list[tuple[int, int]]  # (source, copy) within the chunk: the same track
    photo_first: dict[int, int]  # a reused photo -> the patrol that used its file first


def _copy_pairs(p: _Plan, sl: slice, ok: npt.NDArray[np.bool_], k: Ints,
                rng: np.random.Generator) -> list[tuple[int, int]]:
    """Which patrols of the chunk file an earlier one's track again: (source, copy) pairs
    of the same chief and segment, a day or more apart, with as many points (so that no
    other patrol's random numbers move), each patrol in one pair at most."""
    m = len(k)
    want = int(round(m * TRACK_COPY_SHARE))
    idx = np.flatnonzero(ok)
    if want == 0 or len(idx) < 2:
        return []
    chief, seg, start = p.chief[sl][idx], p.segment[sl][idx], p.start_s[sl][idx]
    order = np.lexsort((start, k[idx], seg, chief))
    a, b = idx[order[:-1]], idx[order[1:]]
    same = ((chief[order[:-1]] == chief[order[1:]]) & (seg[order[:-1]] == seg[order[1:]])
            & (k[a] == k[b]) & (start[order[1:]] - start[order[:-1]] > 86400.0))
    a, b = a[same], b[same]
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for n in rng.permutation(len(a)).tolist():
        if len(pairs) == want:
            break
        i, j = int(a[n]), int(b[n])
        if i not in used and j not in used:
            used.update((i, j))
            pairs.append((i, j))
    return sorted(pairs)


def _make_chunk(p: _Plan, sl: slice, rng: np.random.Generator, resampled: Floats,
                seg_len: Floats, seg_vertices: tuple[Floats, Floats, Ints],
                methods: list[str], copy_rng: np.random.Generator | None = None) -> _Chunk:
    kind = p.kind[sl]
    seg = p.segment[sl]
    m = len(kind)
    method = p.method[sl]
    length = seg_len[seg]
    has_track = (kind != NO_TRACK) & (length > 0)
    # how much of the segment is walked, and how fast
    f0 = rng.uniform(0.0, 0.08, m)
    f1 = rng.uniform(0.92, 1.0, m)
    short = kind == SHORT
    f1[short] = f0[short] + rng.uniform(0.08, 0.2, short.sum())
    partial = kind == PARTIAL
    f1[partial] = f0[partial] + rng.uniform(0.25, 0.5, partial.sum())
    lo = np.array([SPEED_KMH[x][0] for x in METHODS])[method]
    hi = np.array([SPEED_KMH[x][1] for x in METHODS])[method]
    speed = rng.uniform(lo, hi) / 3.6  # m/s
    rushed = (method == 0) & (rng.random(m) < 0.03)  # "on foot" but driven
    speed[rushed] = rng.uniform(20, 30, rushed.sum()) / 3.6
    # stops along the way: a few minutes on foot, longer by car, boat or drone
    pause = np.where(method == 0, rng.uniform(0, 8, m), rng.uniform(8, 25, m)) * 60.0
    pause[short | rushed] = 0.0
    duration = np.maximum((f1 - f0) * length / speed + pause, 60.0)
    # points
    k = np.where(has_track, rng.integers(20, 41, m), 0)
    off = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(k, out=off[1:])
    pid = np.repeat(np.arange(m), k)
    idx = np.arange(off[-1]) - off[pid]
    kk = k[pid].astype(float)
    u = (idx + rng.uniform(-0.3, 0.3, len(idx))) / np.maximum(kk - 1, 1)
    u[idx == 0] = 0.0
    u[idx == k[pid] - 1] = 1.0
    u = np.clip(u, 0.0, 1.0)
    f = f0[pid] + (f1[pid] - f0[pid]) * u
    pos = f * (RESAMPLE - 1)
    i0 = np.minimum(pos.astype(np.int64), RESAMPLE - 2)
    w = pos - i0
    s = seg[pid]
    a = resampled[s, i0]
    b = resampled[s, i0 + 1]
    lon = a[:, 0] + (b[:, 0] - a[:, 0]) * w
    lat = a[:, 1] + (b[:, 1] - a[:, 1]) * w
    coslat = np.cos(np.radians(lat))
    tx = (b[:, 0] - a[:, 0]) * coslat
    ty = b[:, 1] - a[:, 1]
    norm = np.hypot(tx, ty) + 1e-12
    side = rng.uniform(-25, 25, m)  # the bank walked on
    off_river = kind == OFF_RIVER
    side[off_river] = rng.choice([-1, 1], off_river.sum()) * rng.uniform(350, 900,
                                                                          off_river.sum())
    lateral = side[pid] + rng.normal(0, 4, len(pid))
    along = rng.normal(0, 4, len(pid))
    east = (-ty / norm) * lateral + (tx / norm) * along
    north = (tx / norm) * lateral + (ty / norm) * along
    lon = lon + east / (M_PER_DEG * coslat)
    lat = lat + north / M_PER_DEG
    # the claimed times, and the track's
    claimed_start = p.start_s[sl]
    t_start = claimed_start + rng.uniform(0, 300, m)
    back = kind == BACK_DATED
    old_track = back & (rng.random(m) < 0.4)  # an old track attached to a back-dated record
    t_start[old_track] -= rng.integers(3, 30, old_track.sum()) * 86400.0
    t = t_start[pid] + u * duration[pid]
    t = np.round(t).astype(np.int64)
    # strictly increasing whole seconds within each patrol
    key = pid.astype(np.int64) * 10**11 + (t - idx)
    t = np.maximum.accumulate(key) - pid.astype(np.int64) * 10**11 + idx
    # a track filed again: the earlier patrol's points, its times moved to this start
    track_copies = [] if copy_rng is None else _copy_pairs(
        p, sl, (kind == NORMAL) & has_track & ~p.paper[sl] & (k > 0), k, copy_rng)
    for i, j in track_copies:
        was, now = slice(off[i], off[i + 1]), slice(off[j], off[j + 1])
        lon[now], lat[now] = lon[was], lat[was]
        t[now] = t[was] + int(round(t_start[j] - t_start[i]))
    # a jump: one point in the middle tens of kilometres away
    jump = np.flatnonzero((kind == JUMP) & (k > 4))
    if len(jump):
        where = off[jump] + k[jump] // 2
        lon[where] += rng.uniform(0.06, 0.3, len(jump)) * rng.choice([-1, 1], len(jump))
    lon6 = np.round(lon * 1e6).astype(np.int64)
    lat6 = np.round(lat * 1e6).astype(np.int64)
    t_end = np.full(m, np.nan)
    last = off[1:] - 1
    t_end[has_track] = t[last[has_track]]
    claimed_end = np.where(has_track & ~old_track,
                           np.nan_to_num(t_end) + rng.uniform(0, 300, m),
                           claimed_start + duration + rng.uniform(0, 600, m))
    claimed_end[old_track] = claimed_start[old_track] + duration[old_track] + 300
    claimed_end = np.rint(claimed_end).astype(np.float64)
    entered = claimed_end + rng.uniform(300, 7200, m)
    entered[back] = claimed_end[back] + rng.uniform(4, 20, back.sum()) * 86400.0
    paper = p.paper[sl]  # the office types the paper form in days later
    entered[paper] = claimed_end[paper] + rng.uniform(*PAPER_DELAY_DAYS, paper.sum()) * 86400.0
    entered = np.maximum(claimed_end, np.minimum(entered, p.until_s))  # not after today
    # photos
    n_ph = rng.choice(4, m, p=(0.15, 0.35, 0.35, 0.15))
    reuse = kind == PHOTO_REUSE
    n_ph[reuse] = np.maximum(n_ph[reuse], 1)
    ph_off = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(n_ph, out=ph_off[1:])
    ppid = np.repeat(np.arange(m), n_ph)
    nph = len(ppid)
    frac = rng.random(nph)
    ph_time = claimed_start[ppid] + frac * (claimed_end[ppid] - claimed_start[ppid])
    # photo place: a track point (or the segment) plus a few metres
    pick = np.where(k[ppid] > 0, off[ppid] + (frac * np.maximum(k[ppid] - 1, 0)).astype(
        np.int64), 0)
    ph_lon = np.where(k[ppid] > 0, lon6[np.minimum(pick, max(len(lon6) - 1, 0))] / 1e6
                      if len(lon6) else 0.0,
                      resampled[seg[ppid], (frac * (RESAMPLE - 1)).astype(np.int64), 0])
    ph_lat = np.where(k[ppid] > 0, lat6[np.minimum(pick, max(len(lat6) - 1, 0))] / 1e6
                      if len(lat6) else 0.0,
                      resampled[seg[ppid], (frac * (RESAMPLE - 1)).astype(np.int64), 1])
    ph_lon = ph_lon + rng.normal(0, 15, nph) / (M_PER_DEG * np.cos(np.radians(ph_lat)))
    ph_lat = ph_lat + rng.normal(0, 15, nph) / M_PER_DEG
    roll = rng.random(nph)
    no_exif = roll < 0.06  # sent through WeChat
    early = (roll >= 0.06) & (roll < 0.08)
    far = (roll >= 0.08) & (roll < 0.095)
    ph_time[early] -= rng.uniform(2, 6, early.sum()) * 3600
    ph_lat[far] += rng.uniform(0.02, 0.05, far.sum())
    ph_time = np.rint(ph_time).astype(np.float64)
    ph_time[no_exif] = np.nan
    ph_lon[no_exif] = np.nan
    ph_lat[no_exif] = np.nan
    ph_lon = np.round(ph_lon, 6).astype(np.float64)
    ph_lat = np.round(ph_lat, 6).astype(np.float64)
    photo_hash = np.arange(nph)  # distinct files, until some are copied below
    # a reused photo: the first photo of such a patrol is a copy of an earlier patrol's
    copies = ph_off[:-1][reuse]
    copies = copies[copies > 0]
    if len(copies):
        photo_hash[copies] = photo_hash[(rng.random(len(copies)) * copies).astype(np.int64)]
    # reused = the same file already used by a patrol entered earlier: as stored, to the
    # second, and at the same second the smaller id (the keys follow the chunk's order)
    order = np.lexsort((ppid, np.round(entered)[ppid], photo_hash))
    seen_before = np.zeros(nph, dtype=bool)
    seen_before[order[1:]] = photo_hash[order[1:]] == photo_hash[order[:-1]]
    # the patrol that used each reused file first (the reason names it)
    group = np.cumsum(~seen_before[order]) - 1
    first_of = ppid[order[np.flatnonzero(~seen_before[order])]][group]
    again = seen_before[order]
    photo_first = dict(zip(order[again].tolist(), first_of[again].tolist(), strict=True))
    v_lon, v_lat, v_off = seg_vertices
    ln_counts = v_off[seg + 1] - v_off[seg]
    ln_off = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(ln_counts, out=ln_off[1:])
    lpid = np.repeat(np.arange(m), ln_counts)
    src = v_off[seg][lpid] + (np.arange(ln_off[-1]) - ln_off[lpid])
    ln_start = np.zeros(ln_off[-1], dtype=bool)
    ln_start[ln_off[:-1][ln_counts > 0]] = True
    seg_start = np.zeros(len(pid), dtype=bool)
    seg_start[off[:-1][k > 0]] = True
    batch = PatrolBatch(
        start_s=claimed_start, end_s=claimed_end, level=p.level[sl],
        method=np.asarray(methods)[method],
        # an import's entry time says nothing about the chief (patrols.service.submit)
        entered_s=np.where(paper, np.nan, entered),
        claimed_distance_m=np.full(m, np.nan), has_track=k > 0,
        pt_off=off, pt_lon=lon6 / 1e6, pt_lat=lat6 / 1e6, pt_time=t.astype(float),
        pt_seg_start=seg_start,
        ln_off=ln_off, ln_lon=v_lon[src], ln_lat=v_lat[src], ln_start=ln_start,
        ph_off=ph_off, ph_time=ph_time, ph_lon=ph_lon, ph_lat=ph_lat,
        ph_has_exif=~no_exif, ph_reused=seen_before,
    )
    return _Chunk(batch, lon6, lat6, t, claimed_end, entered, photo_hash,
                  np.arange(nph) - ph_off[ppid] + 1, track_copies, photo_first)


def _blobs(c: _Chunk) -> list[bytes | None]:
    b = c.batch
    m = b.n
    off = b.pt_off
    out: list[bytes | None] = [None] * m
    has = np.flatnonzero(np.diff(off) > 0)
    if len(has) == 0:
        return out
    steps_ok = np.ones(m, dtype=bool)
    if len(c.lon6) > 1:
        pid = np.repeat(np.arange(m), np.diff(off))
        big = (np.abs(np.diff(c.lon6)) > 32767) | (np.abs(np.diff(c.lat6)) > 32767) | (
            np.diff(c.t) > 32767)
        same = pid[1:] == pid[:-1]
        np.logical_and.at(steps_ok, pid[1:][big & same], False)
    compact = has[steps_ok[has]]
    full = has[~steps_ok[has]]
    if len(compact):
        sel = np.concatenate([np.arange(off[i], off[i + 1]) for i in compact]) if len(
            compact) < 64 else _ranges(off, compact)
        sub_off = np.zeros(len(compact) + 1, dtype=np.int64)
        np.cumsum(off[compact + 1] - off[compact], out=sub_off[1:])
        for i, blob in zip(compact.tolist(),
                           encode_compact_batch(c.lon6[sel], c.lat6[sel], c.t[sel], sub_off),
                           strict=True):
            out[i] = blob
    for i in full.tolist():
        s = slice(int(off[i]), int(off[i + 1]))
        out[i] = encode_full(c.lon6[s] / 1e6, c.lat6[s] / 1e6, c.t[s].astype(float),
                             np.zeros(1, dtype=np.int64))
    return out


def _ranges(off: Ints, which: Ints) -> Ints:
    counts = off[which + 1] - off[which]
    base = np.repeat(off[which], counts)
    within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    out: Ints = base + within
    return out


def _reasons_json(reasons: list[Any]) -> str:
    if not reasons:
        return "[]"
    return json.dumps([{"code": r.code, "severity": r.severity, "numbers": r.numbers}
                       for r in reasons], ensure_ascii=False, separators=(",", ":"))


def generate(ctx: DemoContext) -> None:
    store = ctx.store
    rules: RuleSet = default_rules()
    rng = np.random.default_rng(ctx.rng.getrandbits(64))
    segments = ctx.made["segments"]
    seg_index = {s.id: i for i, s in enumerate(segments)}
    resampled = np.zeros((len(segments), RESAMPLE, 2))
    seg_len = np.zeros(len(segments))
    v_counts = []
    v_lon: list[float] = []
    v_lat: list[float] = []
    for i, s in enumerate(segments):
        resampled[i], seg_len[i] = _resample(s.line)
        v_counts.append(len(s.line))
        v_lon.extend(x for x, _ in s.line)
        v_lat.extend(y for _, y in s.line)
    v_off = np.zeros(len(segments) + 1, dtype=np.int64)
    np.cumsum(v_counts, out=v_off[1:])
    vertices = (np.asarray(v_lon, dtype=float), np.asarray(v_lat, dtype=float), v_off)
    ctx.made["negligent_chiefs"] = _negligent(ctx, rng)
    ctx.made["paper_chiefs"] = _paper(ctx, rng)
    plan = _plan(ctx, rng, seg_index)
    # Millions of rows: the secondary indexes keyed at random (chief, segment, photo hash,
    # track shape) are dropped and built again afterwards (one sort beats millions of
    # random b-tree inserts), with a big page cache and the sorter's helper threads. The
    # step runs in one transaction, so a failure restores them too. Indexes by time grow
    # at their end and stay.
    indexes = [(name, sql) for name, sql in store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('patrol', 'patrol_segment', 'patrol_photo', 'track_shape') "
        "AND name NOT IN ('patrol_by_start', 'patrol_by_verdict')")]
    cache = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    threads = store.conn.execute("PRAGMA threads").fetchone()[0]
    store.conn.execute("PRAGMA cache_size = -262144")
    store.conn.execute(f"PRAGMA threads = {min(4, os.cpu_count() or 1)}")
    # The full-text index likewise: feeding it a row at a time costs more than the row
    # itself. The search text is still written by its trigger; the index over it is built
    # in one pass from the finished table.
    triggers = [(name, sql) for name, sql in store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name = 'patrol_text_ai'")]
    try:
        for name, _ in indexes:
            store.conn.execute(f'DROP INDEX "{name}"')
        for name, _ in triggers:
            store.conn.execute(f'DROP TRIGGER "{name}"')
        made, totals = _write(ctx, plan, rules, rng, resampled, seg_len, vertices)
        for _, sql in indexes:
            check(ctx.progress)
            store.conn.execute(sql)
        if triggers:
            store.conn.execute("INSERT INTO patrol_fts (patrol_fts) VALUES ('rebuild')")
            for _, sql in triggers:
                store.conn.execute(sql)
    finally:
        store.conn.execute(f"PRAGMA cache_size = {int(cache)}")
        store.conn.execute(f"PRAGMA threads = {int(threads)}")
    ctx.made["patrols"] = made
    ctx.made["patrol_verdicts"] = totals


@dataclass
class _Shared:
    """What every chunk needs; handed to each worker process once."""

    plan: _Plan
    resampled: Floats
    seg_len: Floats
    vertices: tuple[Floats, Floats, Ints]
    rules: PatrolRules
    offset: int
    late_s: float
    seed: int
    chiefs: tuple[list[str], list[str]] = ([], [])  # names and codes, by plan index


@dataclass
class _Computed:
    """A chunk of patrols ready to insert (everything but their keys)."""

    first: int
    chief: list[int]
    segment: list[int]
    start_at: list[str]
    end_at: list[str]
    entered_at: list[str]
    method: list[str]
    weather: list[str]
    notes: list[str]
    blobs: list[bytes | None]
    distance: list[float | None]
    duration: list[float | None]
    coverage: list[float | None]
    verdict: list[str]
    reasons: list[str]
    late: list[int]
    source: list[str]
    photo_patrol: list[int]
    photo_position: list[int]
    photo_sha: list[str]
    photo_taken: list[str | None]
    photo_lon: list[float | None]
    photo_lat: list[float | None]
    shape: list[str | None]  # each track's shape (riverchief.tracks.shape), None without


def _nums(values: Floats, digits: int) -> list[float | None]:
    return [None if x != x else x for x in np.round(values, digits).tolist()]  # NaN: None


def _compute(shared: _Shared, index: int) -> _Computed:
    """Make, judge and format chunk ``index`` (its own random stream: same result anywhere)."""
    plan = shared.plan
    rng = np.random.default_rng([shared.seed, index])
    first = index * CHUNK
    sl = slice(first, min(len(plan.kind), first + CHUNK))
    methods = list(METHODS)
    chunk = _make_chunk(plan, sl, rng, shared.resampled, shared.seg_len, shared.vertices,
                        methods, np.random.default_rng([shared.seed, index, 1]))
    names, codes = shared.chiefs
    chiefs = plan.chief[sl]
    if chunk.copies:
        # the engine is told who used each copied track first, as patrols.service tells it
        days = _iso(plan.start_s[sl][[i for i, _ in chunk.copies]], shared.offset)
        chunk.batch.track_reused = {
            j: FirstUse("", names[chiefs[i]], codes[chiefs[i]], day[:10])
            for (i, j), day in zip(chunk.copies, days, strict=True)}
    if chunk.photo_first:
        # and who used each reused photo's file first
        firsts = list(chunk.photo_first.values())
        days = _iso(plan.start_s[sl][firsts], shared.offset)
        chunk.batch.ph_first_use = {
            ph: FirstUse("", names[chiefs[i]], codes[chiefs[i]], day[:10])
            for (ph, i), day in zip(chunk.photo_first.items(), days, strict=True)}
    result = judge_batch(chunk.batch, shared.rules)
    b = chunk.batch
    m = b.n
    n_hashes = int(chunk.photo_hash.max()) + 1 if len(chunk.photo_hash) else 0
    raw = rng.bytes(32 * n_hashes).hex()
    hashes = [raw[j:j + 64] for j in range(0, len(raw), 64)]
    offset = shared.offset
    taken = _iso(np.nan_to_num(b.ph_time), offset)
    return _Computed(
        first=first,
        chief=plan.chief[sl].tolist(),
        segment=plan.segment[sl].tolist(),
        start_at=_iso(b.start_s, offset),
        end_at=_iso(chunk.end_s, offset),
        entered_at=_iso(chunk.entered_s, offset),
        method=[methods[i] for i in plan.method[sl].tolist()],
        weather=[WEATHER[i] for i in rng.choice(len(WEATHER), m).tolist()],
        notes=[NOTES[i] for i in rng.choice(len(NOTES), m).tolist()],
        blobs=_blobs(chunk),
        distance=_nums(result.distance_m, 1),
        duration=_nums(result.duration_s, 1),
        coverage=_nums(result.coverage, 4),
        verdict=[STATUS_OF[x] for x in result.status.tolist()],
        reasons=[_reasons_json(r) for r in result.reasons],
        late=(((chunk.entered_s - chunk.end_s) > shared.late_s) & ~plan.paper[sl]
              ).astype(int).tolist(),
        source=["imported" if x else "demo" for x in plan.paper[sl].tolist()],
        photo_patrol=np.repeat(np.arange(m), np.diff(b.ph_off)).tolist(),
        photo_position=chunk.photo_pos.tolist(),
        photo_sha=[hashes[h] for h in chunk.photo_hash.tolist()],
        photo_taken=[s if ok else None for s, ok in zip(taken, b.ph_has_exif.tolist(),
                                                         strict=True)],
        photo_lon=_nums(b.ph_lon, 6),
        photo_lat=_nums(b.ph_lat, 6),
        shape=shapes_of(b.pt_lon, b.pt_lat, b.pt_off),
    )


_worker_shared: _Shared | None = None


def _init_worker(shared: _Shared) -> None:
    global _worker_shared
    _worker_shared = shared


def _compute_in_worker(index: int) -> _Computed:
    assert _worker_shared is not None
    return _compute(_worker_shared, index)


COLUMNS = ["id", "chief_id", "segment_id", "start_at", "end_at", "method", "weather",
           "checklist", "notes", "actions", "track", "track_file_id", "distance_m",
           "duration_s", "coverage", "verdict", "reasons", "ruleset", "filled_afterwards",
           "entered_at", "state", "source"]


def _insert(ctx: DemoContext, c: _Computed, ruleset: str, chief_ids: list[str],
            seg_ids: list[str]) -> None:
    store = ctx.store
    m = len(c.verdict)
    ids = _uuid7_many(m)
    segs = [seg_ids[i] for i in c.segment]
    rows = zip(
        ids, (chief_ids[i] for i in c.chief), segs, c.start_at, c.end_at, c.method,
        c.weather, repeat("{}"), c.notes, repeat(""), c.blobs, repeat(None), c.distance,
        c.duration, c.coverage, c.verdict, c.reasons, repeat(ruleset), c.late, c.entered_at,
        repeat("submitted"), c.source, strict=False,
    )
    records.insert_rows(store, "patrol", COLUMNS, rows, actor=ACTOR,
                        summary=translate("Demo", "demo patrols {first}-{last}").format(
                            first=c.first + 1, last=c.first + m))
    store.conn.executemany("INSERT INTO patrol_segment (patrol_id, segment_id) VALUES (?, ?)",
                           zip(ids, segs, strict=True))
    store.conn.executemany(
        "INSERT INTO patrol_photo (patrol_id, position, sha256, taken_at, lon, lat) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        zip((ids[i] for i in c.photo_patrol), c.photo_position, c.photo_sha, c.photo_taken,
            c.photo_lon, c.photo_lat, strict=True))
    store.conn.executemany(
        "INSERT INTO track_shape (patrol_id, shape, start_at, entered_at) VALUES (?, ?, ?, ?)",
        [(i, s, a, e) for i, s, a, e in zip(ids, c.shape, c.start_at, c.entered_at,
                                            strict=True) if s is not None])


def _workers(chunks: int) -> int:
    """Worker processes for the chunks: none for a small demo, else one per core (max 2+)."""
    if chunks < 4:
        return 0
    return max(1, min(4, os.cpu_count() or 1))


def _write(ctx: DemoContext, plan: _Plan, rules: RuleSet, rng: np.random.Generator,
           resampled: Floats, seg_len: Floats, vertices: tuple[Floats, Floats, Ints]
           ) -> tuple[int, dict[str, int]]:
    n = len(plan.kind)
    chief_ids = [c.id for c in ctx.made["chiefs"]]
    seg_ids = [s.id for s in ctx.made["segments"]]
    shared = _Shared(plan, resampled, seg_len, vertices, rules.patrol, _offset_s(ctx),
                     rules.patrol.late_entry_days * 86400.0, int(rng.integers(2**62)),
                     ([c.name for c in ctx.made["chiefs"]], [c.code for c in ctx.made["chiefs"]]))
    ruleset = f"{rules.name} {rules.version}"
    totals = {"valid": 0, "suspect": 0, "invalid": 0}
    chunks = math.ceil(n / CHUNK)
    made = 0

    def take(c: _Computed) -> None:
        nonlocal made
        _insert(ctx, c, ruleset, chief_ids, seg_ids)
        for v in c.verdict:
            totals[v] += 1
        made += len(c.verdict)
        ctx.progress.report(made, n, "patrols")

    workers = _workers(chunks)
    if workers == 0:
        for i in range(chunks):
            check(ctx.progress)
            take(_compute(shared, i))
        return made, totals
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(shared,)) as pool:
        pending: list[Future[_Computed]] = []
        next_index = 0
        try:
            while next_index < chunks or pending:
                while next_index < chunks and len(pending) < workers + 1:
                    pending.append(pool.submit(_compute_in_worker, next_index))
                    next_index += 1
                check(ctx.progress)
                take(pending.pop(0).result())
        except BaseException:
            for f in pending:
                f.cancel()
            raise
    return made, totals
