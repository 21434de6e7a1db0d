"""Vectorised nearest-distance computations for many patrols at once.

Every patrol has *queries* (sample points along its assigned segments, or photo
positions) and *edges* (its track's steps, or its segment lines), in metres of the
patrol's own local projection. :func:`min_distance` gives, for every query, the distance
to the nearest edge of the same patrol. Patrols are computed in padded blocks of similar
size, so the work stays in numpy, the padding small and the memory bounded.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

BLOCK_BUDGET = 1_000_000  # query x edge pairs computed at once
_FAR = 1e9


def _offsets(pid: Ints, n: int) -> Ints:
    counts = np.bincount(pid, minlength=n)
    out = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out


def _ranges(off: Ints, which: Ints) -> tuple[Ints, Ints, Ints]:
    """Indexes of every item of the patrols ``which``, with their row and column in a pad."""
    counts = off[which + 1] - off[which]
    rows = np.repeat(np.arange(len(which)), counts)
    first = np.cumsum(counts) - counts
    cols = np.arange(int(counts.sum())) - first[rows]
    return off[which][rows] + cols, rows, cols


def _pad(values: Floats, index: Ints, rows: Ints, cols: Ints, shape: tuple[int, int],
         fill: float) -> npt.NDArray[np.float32]:
    out = np.full(shape, fill, dtype=np.float32)
    out[rows, cols] = values[index]
    return out


def min_distance(
    qx: Floats, qy: Floats, qpid: Ints,
    ax: Floats, ay: Floats, bx: Floats | None, by: Floats | None, epid: Ints,
    n: int,
) -> Floats:
    """Distance from each query to the nearest edge (a→b) of the same patrol.

    ``qpid`` and ``epid`` give each query's and edge's patrol and must be sorted. With
    ``bx``/``by`` None the edges are points (cheaper). A query whose patrol has no edge
    gets +inf.
    """
    result = np.full(len(qx), np.inf)
    if len(qx) == 0 or len(ax) == 0:
        return result
    q_off = _offsets(qpid, n)
    e_off = _offsets(epid, n)
    q_cnt = np.diff(q_off)
    e_cnt = np.diff(e_off)
    points = bx is None or by is None
    if points:
        dx = dy = inv = np.zeros(0)
    else:
        assert bx is not None and by is not None
        dx, dy = bx - ax, by - ay
        len2 = dx * dx + dy * dy
        inv = np.divide(1.0, len2, out=np.zeros_like(len2), where=len2 > 0)
    active = np.flatnonzero((q_cnt > 0) & (e_cnt > 0))
    if len(active) == 0:
        return result
    # patrols of similar size side by side, so the padding stays small
    active = active[np.lexsort((e_cnt[active], q_cnt[active]))]
    start = 0
    while start < len(active):
        qmax = int(q_cnt[active[start]])
        emax = int(e_cnt[active[start]])
        end = start + 1
        step = 1
        while end < len(active):
            stop = min(len(active), end + step)
            q_m = max(qmax, int(q_cnt[active[stop - 1]]))
            e_m = max(emax, int(e_cnt[active[start:stop]].max()))
            if (stop - start) * q_m * e_m > BLOCK_BUDGET:
                if step == 1:
                    break
                step = 1
                continue
            qmax, emax, end = q_m, e_m, stop
            step *= 2
        block = active[start:end]
        start = end
        qi, qr, qc = _ranges(q_off, block)
        ei, er, ec = _ranges(e_off, block)
        shape_q = (len(block), qmax)
        shape_e = (len(block), emax)
        px = _pad(qx, qi, qr, qc, shape_q, 0.0)
        py = _pad(qy, qi, qr, qc, shape_q, 0.0)
        eax = _pad(ax, ei, er, ec, shape_e, _FAR)
        eay = _pad(ay, ei, er, ec, shape_e, _FAR)
        if points:
            best = _block_points(px, py, eax, eay)
        else:
            best = _block_edges(px, py, eax, eay, _pad(dx, ei, er, ec, shape_e, 0.0),
                                _pad(dy, ei, er, ec, shape_e, 0.0),
                                _pad(inv, ei, er, ec, shape_e, 0.0))
        result[qi] = np.sqrt(best[qr, qc].astype(np.float64))
    return result


def _edge_step(rows: int, cols: int, width: int) -> int:
    return max(1, BLOCK_BUDGET // max(1, rows * cols)) if rows * cols * width > BLOCK_BUDGET \
        else width


def _block_points(px: npt.NDArray[np.float32], py: npt.NDArray[np.float32],
                  eax: npt.NDArray[np.float32], eay: npt.NDArray[np.float32]
                  ) -> npt.NDArray[np.float32]:
    best = np.full(px.shape, np.inf, dtype=np.float32)
    step = _edge_step(px.shape[0], px.shape[1], eax.shape[1])
    for e0 in range(0, eax.shape[1], step):
        sl = slice(e0, e0 + step)
        ex = px[:, :, None] - eax[:, None, sl]
        ey = py[:, :, None] - eay[:, None, sl]
        ex *= ex
        ey *= ey
        ex += ey
        np.minimum(best, ex.min(axis=2), out=best)
    return best


def _block_edges(px: npt.NDArray[np.float32], py: npt.NDArray[np.float32],
                 eax: npt.NDArray[np.float32], eay: npt.NDArray[np.float32],
                 edx: npt.NDArray[np.float32], edy: npt.NDArray[np.float32],
                 ein: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    best = np.full(px.shape, np.inf, dtype=np.float32)
    step = _edge_step(px.shape[0], px.shape[1], eax.shape[1])
    for e0 in range(0, eax.shape[1], step):
        sl = slice(e0, e0 + step)
        ex = px[:, :, None] - eax[:, None, sl]
        ey = py[:, :, None] - eay[:, None, sl]
        dx = edx[:, None, sl]
        dy = edy[:, None, sl]
        t = ex * dx
        t += ey * dy
        t *= ein[:, None, sl]
        np.clip(t, 0.0, 1.0, out=t)
        ex -= t * dx
        ey -= t * dy
        ex *= ex
        ey *= ey
        ex += ey
        np.minimum(best, ex.min(axis=2), out=best)
    return best
