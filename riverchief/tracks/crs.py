"""Coordinate systems (坐标系): WGS84, GCJ-02 (高德, WeChat, most Chinese apps) and BD-09 (百度).

Tracks are stored in WGS84. Inside China, maps and many apps record GCJ-02, an
obfuscated datum offset by a few hundred metres, and Baidu adds its own BD-09 on top; a
track from such an app is converted on import. Outside China GCJ-02 equals WGS84.

All functions take and return numpy arrays (or floats) of longitudes and latitudes in
degrees and are vectorised. The inverse of GCJ-02 has no closed form; it is found by a
fixed-point iteration that converges to well under a centimetre.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from riverchief.errors import UserError
from riverchief.i18n import translate

WGS84 = "wgs84"
GCJ02 = "gcj02"
BD09 = "bd09"
CRS_CODES = (WGS84, GCJ02, BD09)

_A = 6378245.0  # Krasovsky 1940 semi-major axis used by GCJ-02
_EE = 0.00669342162296594323
_X_PI = math.pi * 3000.0 / 180.0

Floats = npt.NDArray[np.float64]


def crs_name(code: str) -> str:
    names = {
        WGS84: translate("Tracks", "WGS84 (GPS devices, international apps)"),
        GCJ02: translate("Tracks", "GCJ-02 (Amap/Gaode, WeChat, most Chinese apps)"),
        BD09: translate("Tracks", "BD-09 (Baidu Maps)"),
    }
    return names[code]


def check_crs(code: str) -> str:
    """The normalised code, or a :class:`UserError` listing the choices."""
    norm = code.strip().lower().replace("-", "").replace("_", "")
    if norm in ("wgs84", "gps"):
        return WGS84
    if norm in ("gcj02", "gcj", "mars"):
        return GCJ02
    if norm in ("bd09", "bd", "baidu"):
        return BD09
    raise UserError(
        translate(
            "Tracks", "Unknown coordinate system '{code}': choose wgs84, gcj02 or bd09."
        ).format(code=code)
    )


# Producers whose files are known to carry Chinese map coordinates.
_HINTS: tuple[tuple[str, str], ...] = (
    ("baidu", BD09), ("百度", BD09), ("bdmap", BD09),
    ("amap", GCJ02), ("autonavi", GCJ02), ("gaode", GCJ02), ("高德", GCJ02),
    ("wechat", GCJ02), ("weixin", GCJ02), ("微信", GCJ02), ("tencent", GCJ02),
    ("腾讯", GCJ02), ("2bulu", GCJ02), ("两步路", GCJ02),
)


def suggest_crs(creator: str | None) -> str | None:
    """The coordinate system a file's producer is known to use, or None when unknown."""
    if not creator:
        return None
    text = creator.lower()
    for needle, code in _HINTS:
        if needle in text:
            return code
    return None


def in_china(lon: Floats | float, lat: Floats | float) -> npt.NDArray[np.bool_]:
    """Whether GCJ-02 offsets apply (the customary rectangle around China)."""
    lon_a, lat_a = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    return (lon_a >= 72.004) & (lon_a <= 137.8347) & (lat_a >= 0.8293) & (lat_a <= 55.8271)


def _delta(lon: Floats, lat: Floats) -> tuple[Floats, Floats]:
    x, y = lon - 105.0, lat - 35.0
    sqrt_abs_x = np.sqrt(np.abs(x))
    dlat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt_abs_x
            + (20.0 * np.sin(6.0 * x * math.pi) + 20.0 * np.sin(2.0 * x * math.pi)) * 2.0 / 3.0
            + (20.0 * np.sin(y * math.pi) + 40.0 * np.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
            + (160.0 * np.sin(y / 12.0 * math.pi) + 320 * np.sin(y * math.pi / 30.0)) * 2.0 / 3.0)
    dlon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt_abs_x
            + (20.0 * np.sin(6.0 * x * math.pi) + 20.0 * np.sin(2.0 * x * math.pi)) * 2.0 / 3.0
            + (20.0 * np.sin(x * math.pi) + 40.0 * np.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
            + (150.0 * np.sin(x / 12.0 * math.pi) + 300.0 * np.sin(x / 30.0 * math.pi)) * 2.0 / 3.0)
    rad = lat / 180.0 * math.pi
    magic = 1 - _EE * np.sin(rad) ** 2
    sqrt_magic = np.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * np.cos(rad) * math.pi)
    inside = in_china(lon, lat)
    return np.where(inside, dlon, 0.0), np.where(inside, dlat, 0.0)


def wgs84_to_gcj02(lon: Floats, lat: Floats) -> tuple[Floats, Floats]:
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    dlon, dlat = _delta(lon, lat)
    return lon + dlon, lat + dlat


def gcj02_to_wgs84(lon: Floats, lat: Floats) -> tuple[Floats, Floats]:
    """Invert GCJ-02 by fixed-point iteration (converges to < 1e-9 degrees in a few steps)."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    wlon, wlat = lon.copy(), lat.copy()
    for _ in range(30):
        glon, glat = wgs84_to_gcj02(wlon, wlat)
        elon, elat = glon - lon, glat - lat
        wlon, wlat = wlon - elon, wlat - elat
        if float(np.max(np.abs(elon), initial=0.0)) < 1e-10 and float(
            np.max(np.abs(elat), initial=0.0)
        ) < 1e-10:
            break
    return wlon, wlat


def gcj02_to_bd09(lon: Floats, lat: Floats) -> tuple[Floats, Floats]:
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    z = np.sqrt(lon * lon + lat * lat) + 0.00002 * np.sin(lat * _X_PI)
    theta = np.arctan2(lat, lon) + 0.000003 * np.cos(lon * _X_PI)
    return z * np.cos(theta) + 0.0065, z * np.sin(theta) + 0.006


def bd09_to_gcj02(lon: Floats, lat: Floats) -> tuple[Floats, Floats]:
    """Invert BD-09 by iteration on the forward formula (the textbook inverse is off by ~1 m)."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    x, y = lon - 0.0065, lat - 0.006
    z = np.sqrt(x * x + y * y) - 0.00002 * np.sin(y * _X_PI)
    theta = np.arctan2(y, x) - 0.000003 * np.cos(x * _X_PI)
    glon, glat = z * np.cos(theta), z * np.sin(theta)
    for _ in range(10):
        blon, blat = gcj02_to_bd09(glon, glat)
        glon, glat = glon - (blon - lon), glat - (blat - lat)
    return glon, glat


def to_wgs84(lon: Floats, lat: Floats, crs: str) -> tuple[Floats, Floats]:
    """Coordinates recorded in ``crs`` converted to WGS84."""
    if crs == WGS84:
        return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    if crs == GCJ02:
        return gcj02_to_wgs84(lon, lat)
    if crs == BD09:
        return gcj02_to_wgs84(*bd09_to_gcj02(lon, lat))
    raise ValueError(crs)


def from_wgs84(lon: Floats, lat: Floats, crs: str) -> tuple[Floats, Floats]:
    """WGS84 coordinates as an app recording in ``crs`` would show them."""
    if crs == WGS84:
        return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    if crs == GCJ02:
        return wgs84_to_gcj02(lon, lat)
    if crs == BD09:
        return gcj02_to_bd09(*wgs84_to_gcj02(lon, lat))
    raise ValueError(crs)
