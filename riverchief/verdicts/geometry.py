"""Vectorised nearest-distance computations for many patrols at once.

Every patrol has *queries* (sample points along its assigned segments, or photo
positions) and *edges* (its track's steps, or its segment lines), in metres of the
patrol's own local projection. :func:`min_distance` gives, for every query, the distance
to the nearest edge of the same patrol, computing patrols in padded blocks so that the
work stays in numpy and the memory bounded.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

BLOCK_BUDGET = 2_000_000  # query x edge pairs computed at once
_FAR = np.float32(1e9)


def _offsets(pid: Ints, n: int) -> Ints:
    counts = np.bincount(pid, minlength=n)
    out = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out


def _pad(values: Floats, pid: Ints, offsets: Ints, p0: int, p1: int, width: int,
         fill: float) -> npt.NDArray[np.float32]:
    out = np.full((p1 - p0, max(width, 1)), fill, dtype=np.float32)
    a, b = offsets[p0], offsets[p1]
    rows = pid[a:b] - p0
    cols = np.arange(a, b) - offsets[pid[a:b]]
    out[rows, cols] = values[a:b]
    return out


def min_distance(
    qx: Floats, qy: Floats, qpid: Ints,
    ax: Floats, ay: Floats, bx: Floats, by: Floats, epid: Ints,
    n: int,
) -> Floats:
    """Distance from each query to the nearest edge (a→b) of the same patrol.

    ``qpid`` and ``epid`` give each query's and edge's patrol and must be sorted. A
    query whose patrol has no edge gets +inf. A zero-length edge is a point.
    """
    result = np.full(len(qx), np.inf)
    if len(qx) == 0 or len(ax) == 0:
        return result
    q_off = _offsets(qpid, n)
    e_off = _offsets(epid, n)
    q_cnt = np.diff(q_off)
    e_cnt = np.diff(e_off)
    dx_all = bx - ax
    dy_all = by - ay
    len2 = dx_all * dx_all + dy_all * dy_all
    inv_all = np.divide(1.0, len2, out=np.zeros_like(len2), where=len2 > 0)
    active = np.flatnonzero((q_cnt > 0) & (e_cnt > 0))
    if len(active) == 0:
        return result
    # group consecutive active patrols into blocks whose padded size stays in budget
    start = 0
    while start < len(active):
        p0 = int(active[start])
        qmax = int(q_cnt[p0])
        emax = int(e_cnt[p0])
        end = start + 1
        # grow the block in doubling steps while it fits
        step = 1
        while end < len(active):
            stop = min(len(active), end + step)
            cand = active[start:stop]
            q_m = max(qmax, int(q_cnt[cand].max()))
            e_m = max(emax, int(e_cnt[cand].max()))
            if (stop - start) * q_m * e_m > BLOCK_BUDGET:
                break
            qmax, emax, end = q_m, e_m, stop
            step *= 2
        block = active[start:end]
        start = end
        p_first, p_last = int(block[0]), int(block[-1]) + 1
        _block(qx, qy, qpid, q_off, ax, ay, dx_all, dy_all, inv_all, epid, e_off,
               p_first, p_last, qmax, emax, result)
    return result


def _block(qx: Floats, qy: Floats, qpid: Ints, q_off: Ints, ax: Floats, ay: Floats,
           dx: Floats, dy: Floats, inv: Floats, epid: Ints, e_off: Ints,
           p0: int, p1: int, qmax: int, emax: int, result: Floats) -> None:
    px = _pad(qx, qpid, q_off, p0, p1, qmax, 0.0)
    py = _pad(qy, qpid, q_off, p0, p1, qmax, 0.0)
    # split the edges of a huge single patrol so no block exceeds the budget
    e_step = max(1, BLOCK_BUDGET // max(1, (p1 - p0) * qmax))
    best = np.full(px.shape, np.inf, dtype=np.float32)
    EAX = _pad(ax, epid, e_off, p0, p1, emax, float(_FAR))
    EAY = _pad(ay, epid, e_off, p0, p1, emax, float(_FAR))
    EDX = _pad(dx, epid, e_off, p0, p1, emax, 0.0)
    EDY = _pad(dy, epid, e_off, p0, p1, emax, 0.0)
    EIN = _pad(inv, epid, e_off, p0, p1, emax, 0.0)
    for e0 in range(0, EAX.shape[1], e_step):
        sl = slice(e0, e0 + e_step)
        ex = px[:, :, None] - EAX[:, None, sl]
        ey = py[:, :, None] - EAY[:, None, sl]
        edx = EDX[:, None, sl]
        edy = EDY[:, None, sl]
        t = ex * edx
        t += ey * edy
        t *= EIN[:, None, sl]
        np.clip(t, 0.0, 1.0, out=t)
        ex -= t * edx
        ey -= t * edy
        ex *= ex
        ey *= ey
        ex += ey
        np.minimum(best, ex.min(axis=2), out=best)
    a, b = q_off[p0], q_off[p1]
    rows = qpid[a:b] - p0
    cols = np.arange(a, b) - q_off[qpid[a:b]]
    result[a:b] = np.sqrt(best[rows, cols].astype(np.float64))
