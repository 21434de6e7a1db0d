"""Distances on the Earth, vectorised with numpy.

Great-circle distances (haversine on a sphere of the WGS84 mean radius) for track
lengths and speeds; a local equirectangular projection (metres east and north of a
reference point) for the buffer and coverage computations, which only ever compare
points a few kilometres apart.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

EARTH_RADIUS_M = 6_371_008.8
M_PER_DEG = math.pi * EARTH_RADIUS_M / 180.0

Floats = npt.NDArray[np.float64]


def haversine_m(lon1: Floats, lat1: Floats, lon2: Floats, lat2: Floats) -> Floats:
    """Great-circle distance in metres between points given in degrees (element-wise)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dlmb = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    out: Floats = 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    return out


def step_lengths(lon: Floats, lat: Floats) -> Floats:
    """Distance from each point to the next (length n - 1)."""
    if len(lon) < 2:
        return np.zeros(0)
    return haversine_m(lon[:-1], lat[:-1], lon[1:], lat[1:])


def line_length_m(line: list[tuple[float, float]] | Floats) -> float:
    arr = np.asarray(line, dtype=float).reshape(-1, 2)
    return float(step_lengths(arr[:, 0], arr[:, 1]).sum())


def project(lon: Floats, lat: Floats, lon0: float, lat0: float) -> tuple[Floats, Floats]:
    """Metres east and north of (lon0, lat0) in a local equirectangular projection."""
    k = math.cos(math.radians(lat0))
    return (np.asarray(lon) - lon0) * (M_PER_DEG * k), (np.asarray(lat) - lat0) * M_PER_DEG
