"""A small world for patrol tests: a township, a river segment, a chief assigned to it,
and helpers that make GPX tracks and photos with or without EXIF."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from riverchief.registry import edit
from riverchief.security import SYSTEM, Actor

LINE = [[113.600, 34.700], [113.610, 34.705], [113.620, 34.710]]  # about 2.1 km


def gpx_along(line: list[list[float]], start: datetime, minutes: int = 30,
              step_s: int = 30, walk: int | None = None) -> bytes:
    """A GPX walking ``line`` evenly from ``start`` (UTC times) for ``minutes``.

    Each fix strays a metre or two, as a real GPS does: two walks (``walk``, by default
    the start time) never give the same points; the same walk does, whatever its times
    (a copied track)."""
    n = minutes * 60 // step_s + 1
    noise = random.Random(int(start.timestamp()) if walk is None else walk)
    pts = []
    for i in range(n):
        f = i / (n - 1) * (len(line) - 1)
        k = min(int(f), len(line) - 2)
        t = f - k
        lon = line[k][0] + (line[k + 1][0] - line[k][0]) * t + noise.uniform(-2e-5, 2e-5)
        lat = line[k][1] + (line[k + 1][1] - line[k][1]) * t + noise.uniform(-2e-5, 2e-5)
        when = (start + timedelta(seconds=i * step_s)).astimezone(UTC).strftime(
            "%Y-%m-%dT%H:%M:%SZ")
        pts.append(f'<trkpt lat="{lat:.6f}" lon="{lon:.6f}"><time>{when}</time></trkpt>')
    return ('<?xml version="1.0"?><gpx version="1.1" creator="test" '
            'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
            + "".join(pts) + "</trkseg></trk></gpx>").encode()


def jpeg(taken: datetime | None = None, lon: float | None = None, lat: float | None = None,
         colour: tuple[int, int, int] = (30, 120, 200), orientation: int | None = None,
         size: tuple[int, int] = (64, 48), fmt: str = "JPEG") -> bytes:
    """A small photo; EXIF time (with offset), GPS and orientation when given."""
    from PIL import Image

    img = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    if taken is not None:
        sub = exif.get_ifd(0x8769)
        sub[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
        if taken.tzinfo is not None:
            off = taken.strftime("%z")
            sub[0x9011] = off[:3] + ":" + off[3:]
    if lon is not None and lat is not None:
        def dms(v: float) -> tuple[float, float, float]:
            d = int(v)
            m = int((v - d) * 60)
            s = round(((v - d) * 60 - m) * 60, 4)
            return (float(d), float(m), s)

        gps = exif.get_ifd(0x8825)
        gps[1] = "N" if lat >= 0 else "S"
        gps[2] = dms(abs(lat))
        gps[3] = "E" if lon >= 0 else "W"
        gps[4] = dms(abs(lon))
    buf = io.BytesIO()
    if orientation or taken is not None or lon is not None:
        img.save(buf, fmt, exif=exif.tobytes())
    else:
        img.save(buf, fmt)
    return buf.getvalue()


@pytest.fixture
def world(store: Any) -> dict[str, Any]:
    ids: dict[str, Any] = {}
    ids["district"] = edit.create(store, SYSTEM, "area",
                                  {"code": "410102", "name": "清源区", "level": "district"})
    ids["town"] = edit.create(store, SYSTEM, "area", {
        "code": "410102001", "name": "柳泉镇", "level": "township",
        "parent_id": ids["district"]})
    ids["water"] = edit.create(store, SYSTEM, "water", {"code": "QSH", "name": "清水河",
                                                        "kind": "river",
                                                        "area_id": ids["district"]})
    ids["seg"] = edit.create(store, SYSTEM, "segment", {
        "code": "QSH-01", "name": "清水河柳泉段", "water_id": ids["water"],
        "area_id": ids["town"], "geometry": LINE})
    ids["seg2"] = edit.create(store, SYSTEM, "segment", {
        "code": "QSH-02", "name": "清水河下段", "water_id": ids["water"],
        "area_id": ids["town"], "geometry": [[113.62, 34.71], [113.63, 34.72]]})
    ids["chief"] = edit.create(store, SYSTEM, "chief", {
        "code": "C001", "name": "王伟", "level": "township", "title": "river_chief",
        "area_id": ids["town"]})
    ids["chief2"] = edit.create(store, SYSTEM, "chief", {
        "code": "C002", "name": "李芳", "level": "township", "title": "river_chief",
        "area_id": ids["town"]})
    edit.create(store, SYSTEM, "assignment", {"chief_id": ids["chief"], "segment_id": ids["seg"],
                                              "start_date": "2026-01-01"})
    edit.create(store, SYSTEM, "assignment", {"chief_id": ids["chief2"],
                                              "segment_id": ids["seg2"],
                                              "start_date": "2026-01-01"})
    ids["actor"] = Actor("u1", "wangwei", "王伟", "chief", chief_id=ids["chief"])
    ids["actor2"] = Actor("u2", "lifang", "李芳", "chief", chief_id=ids["chief2"])
    ids["evaluator"] = Actor("u3", "office", "河长办", "evaluator",
                             area_ids=frozenset({ids["district"], ids["town"]}))
    return ids
