"""Lines on the earth: WGS84 coordinates, geodesic lengths, bounding boxes, datum shifts.

A line is a list of ``(lon, lat)`` pairs in degrees, WGS84, stored as JSON
``[[lon, lat], ...]``. Lengths are geodesic on the WGS84 ellipsoid (Vincenty's inverse
formula, with a great-circle fallback for the nearly antipodal pairs it cannot solve).
Lines recorded in GCJ-02 (高德, WeChat) or BD-09 (百度) are converted to WGS84 on import.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

from riverchief.errors import UserError
from riverchief.i18n import translate

Point = tuple[float, float]  # (lon, lat)

_A = 6378137.0
_F = 1 / 298.257223563
_B = _A * (1 - _F)


def distance_m(p: Point, q: Point) -> float:
    """Geodesic distance in metres between two (lon, lat) points on the WGS84 ellipsoid."""
    lon1, lat1 = p
    lon2, lat2 = q
    if lon1 == lon2 and lat1 == lat2:
        return 0.0
    u1 = math.atan((1 - _F) * math.tan(math.radians(lat1)))
    u2 = math.atan((1 - _F) * math.tan(math.radians(lat2)))
    big_l = math.radians(lon2 - lon1)
    lam = big_l
    sin_u1, cos_u1 = math.sin(u1), math.cos(u1)
    sin_u2, cos_u2 = math.sin(u2), math.cos(u2)
    for _ in range(200):
        sin_lam, cos_lam = math.sin(lam), math.cos(lam)
        sin_sigma = math.hypot(cos_u2 * sin_lam, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam)
        if sin_sigma == 0:
            return 0.0
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
        sigma = math.atan2(sin_sigma, cos_sigma)
        sin_alpha = cos_u1 * cos_u2 * sin_lam / sin_sigma
        cos2_alpha = 1 - sin_alpha**2
        cos_2sm = cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha if cos2_alpha else 0.0
        c = _F / 16 * cos2_alpha * (4 + _F * (4 - 3 * cos2_alpha))
        lam_prev = lam
        lam = big_l + (1 - c) * _F * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm**2))
        )
        if abs(lam - lam_prev) < 1e-12:
            break
    else:  # nearly antipodal: Vincenty does not converge; a sphere is close enough
        return _haversine(p, q)
    u_sq = cos2_alpha * (_A**2 - _B**2) / _B**2
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    delta_sigma = big_b * sin_sigma * (
        cos_2sm
        + big_b / 4 * (cos_sigma * (-1 + 2 * cos_2sm**2)
                       - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma**2) * (-3 + 4 * cos_2sm**2))
    )
    return _B * big_a * (sigma - delta_sigma)


def _haversine(p: Point, q: Point) -> float:
    lon1, lat1, lon2, lat2 = map(math.radians, (*p, *q))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 2 * 6371008.8 * math.asin(min(1.0, math.sqrt(h)))


def length_m(line: Sequence[Point]) -> float:
    """Geodesic length of a line in metres."""
    return sum(distance_m(line[i], line[i + 1]) for i in range(len(line) - 1))


def bbox(line: Sequence[Point]) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat)."""
    lons = [p[0] for p in line]
    lats = [p[1] for p in line]
    return min(lons), min(lats), max(lons), max(lats)


def validate_line(line: object, *, where: str | None = None) -> list[Point]:
    """A clean list of (lon, lat) from JSON-like input; a UserError for anything else."""
    if isinstance(line, str):
        try:
            line = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(
                translate("Geometry", "The line is not valid JSON ({error}).").format(error=exc),
                where=where,
            ) from exc
    if not isinstance(line, list | tuple) or len(line) < 2:
        raise UserError(translate("Geometry", "A line needs at least two points."), where=where)
    out: list[Point] = []
    for n, pt in enumerate(line, start=1):
        if (not isinstance(pt, list | tuple) or len(pt) < 2
                or not all(isinstance(v, int | float) and math.isfinite(v) for v in pt[:2])):
            raise UserError(
                translate("Geometry", "Point {n} of the line is not a [lon, lat] pair.")
                .format(n=n),
                where=where,
            )
        lon, lat = float(pt[0]), float(pt[1])
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise UserError(
                translate("Geometry", "Point {n} ({lon}, {lat}) is not a WGS84 coordinate.").format(
                    n=n, lon=lon, lat=lat
                ),
                where=where,
            )
        out.append((lon, lat))
    return out


def to_json(line: Sequence[Point]) -> str:
    return json.dumps([[round(lon, 7), round(lat, 7)] for lon, lat in line])


def from_json(text: str | None) -> list[Point]:
    if not text:
        return []
    return [(float(p[0]), float(p[1])) for p in json.loads(text)]


# --- datum shifts used by Chinese map apps -------------------------------------------------

_EE = 0.00669342162296594323
_GCJ_A = 6378245.0


def _out_of_china(lon: float, lat: float) -> bool:
    return not (72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271)


def _transform_lat(x: float, y: float) -> float:
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return ret


def _transform_lon(x: float, y: float) -> float:
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return ret


def wgs84_to_gcj02(lon: float, lat: float) -> Point:
    if _out_of_china(lon, lat):
        return lon, lat
    dlat = _transform_lat(lon - 105.0, lat - 35.0)
    dlon = _transform_lon(lon - 105.0, lat - 35.0)
    radlat = math.radians(lat)
    magic = 1 - _EE * math.sin(radlat) ** 2
    sqrt_magic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((_GCJ_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    dlon = (dlon * 180.0) / (_GCJ_A / sqrt_magic * math.cos(radlat) * math.pi)
    return lon + dlon, lat + dlat


def gcj02_to_wgs84(lon: float, lat: float) -> Point:
    """Inverse of :func:`wgs84_to_gcj02` by iteration (better than 1 cm)."""
    if _out_of_china(lon, lat):
        return lon, lat
    wlon, wlat = lon, lat
    for _ in range(10):
        glon, glat = wgs84_to_gcj02(wlon, wlat)
        dlon, dlat = glon - lon, glat - lat
        wlon, wlat = wlon - dlon, wlat - dlat
        if abs(dlon) < 1e-9 and abs(dlat) < 1e-9:
            break
    return wlon, wlat


def bd09_to_gcj02(lon: float, lat: float) -> Point:
    x_pi = math.pi * 3000.0 / 180.0
    x, y = lon - 0.0065, lat - 0.006
    z = math.sqrt(x * x + y * y) - 0.00002 * math.sin(y * x_pi)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * x_pi)
    return z * math.cos(theta), z * math.sin(theta)


def to_wgs84(line: Sequence[Point], datum: str) -> list[Point]:
    """Convert a line from ``datum`` ('wgs84', 'gcj02' or 'bd09') to WGS84."""
    if datum == "wgs84":
        return list(line)
    if datum == "gcj02":
        return [gcj02_to_wgs84(lon, lat) for lon, lat in line]
    if datum == "bd09":
        return [gcj02_to_wgs84(*bd09_to_gcj02(lon, lat)) for lon, lat in line]
    raise UserError(
        translate("Geometry", "Unknown coordinate system '{datum}': use wgs84, gcj02 or bd09.")
        .format(datum=datum)
    )
