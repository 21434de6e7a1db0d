"""Demo step: monthly water-quality samples at every monitoring section of the tier.

Every section gets a laboratory sample each month from January 2025 to October 2026;
sections above district level get the full 21 items once a quarter (heavy metals mostly
below detection), so their CWQI is comparable, while district sections measure the
common items only; national and provincial sections also have an automatic station.
Values follow the seasons (ammonia higher in the cold dry months, dissolved oxygen lower
in summer, permanganate index and phosphorus higher in the wet season); a few sections
are persistently bad; about one section-month in twenty-five is missing. Lakes get total
nitrogen, chlorophyll a and transparency for the trophic state.
"""

from __future__ import annotations

import math
import random
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from riverchief.db import records
from riverchief.i18n import translate
from riverchief.ids import uuid7
from riverchief.waterquality.standards import standard

if TYPE_CHECKING:
    from riverchief.demo import DemoContext

FIRST_MONTH = (2025, 1)
LAST_MONTH = (2026, 10)
MISSING_SHARE = 0.04
BAD_SHARE = 0.08

# Typical detection limits of the laboratory methods (mg/L).
DETECTION_LIMITS = {
    "nh3n": 0.025, "tp": 0.01, "cu": 0.001, "zn": 0.05, "fluoride": 0.05, "se": 0.0004,
    "as": 0.0003, "hg": 0.00004, "cd": 0.0001, "cr6": 0.004, "pb": 0.001, "cn": 0.004,
    "volatile_phenol": 0.0003, "petroleum": 0.01, "las": 0.05, "sulfide": 0.005,
    "bod5": 0.5,
}
# Typical levels of trace items at a clean section, as a share of the class III limit.
TRACE_ITEMS = ("cu", "zn", "fluoride", "se", "as", "hg", "cd", "cr6", "pb", "cn",
               "volatile_phenol", "petroleum", "las", "sulfide")


def _months() -> list[tuple[int, int]]:
    out, (y, m) = [], FIRST_MONTH
    while (y, m) <= LAST_MONTH:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _section_profile(rng: random.Random, target: str, bad: bool) -> float:
    """A section's pollution level: ~0.4 (class I–II) … 1 (at III) … 3 (worse than V)."""
    base = {"I": 0.25, "II": 0.42, "III": 0.62, "IV": 0.95, "V": 1.25}.get(target, 0.62)
    if bad:
        return max(1.6, base * rng.uniform(2.2, 3.6))
    return base * rng.uniform(0.75, 1.15)


def _round(key: str, x: float) -> float:
    digits = {"ph": 2, "do": 1, "codmn": 1, "cod": 0, "bod5": 1, "nh3n": 3, "tp": 3, "tn": 2,
              "water_temp": 1, "chla": 1, "sd": 2, "fecal_coliform": -1}.get(key, 4)
    return round(x, digits) if digits >= 0 else float(round(x, -1))


def _values(rng: random.Random, level: float, month: int, lake: bool, full: bool,
            automatic: bool) -> dict[str, tuple[float | None, bool, float | None]]:
    """One sample's values: item → (value, below detection, detection limit)."""
    std = standard()
    season = math.cos((month - 1) / 12 * 2 * math.pi)  # +1 in January, −1 in July
    wet = max(0.0, math.sin((month - 4) / 12 * 2 * math.pi))  # wet season May–September

    def noise() -> float:
        return rng.lognormvariate(0.0, 0.15)

    out: dict[str, tuple[float | None, bool, float | None]] = {}

    def put(key: str, x: float) -> None:
        dl = DETECTION_LIMITS.get(key)
        if dl is not None and x < dl and not automatic:
            out[key] = (None, True, dl)
        else:
            out[key] = (_round(key, max(x, 0.0)), False, None)

    temp = 16 - 11 * season + rng.uniform(-1.5, 1.5)
    if not automatic:
        out["water_temp"] = (_round("water_temp", temp), False, None)
    put("ph", min(9.4, max(6.3, rng.gauss(7.6, 0.3) + (0.35 if lake and wet > 0.3 else 0))))
    do_sat = 14.6 - 0.39 * temp + 0.007 * temp * temp
    put("do", max(0.8, do_sat * (1.02 - 0.16 * level) * noise()))
    put("codmn", 6.0 * level * (0.85 + 0.25 * wet) * noise())
    put("nh3n", 1.0 * level**1.6 * (1.0 + 0.35 * season) * noise())
    tp_iii = 0.05 if lake else 0.2
    put("tp", tp_iii * level * (0.85 + 0.3 * wet) * noise())
    if automatic:
        return out
    put("cod", max(8.0, 20.0 * level * (0.9 + 0.2 * wet) * noise()))
    put("bod5", 4.0 * level * noise())
    if lake:
        put("tn", 1.0 * level**1.2 * (1.0 + 0.2 * season) * noise())
        put("chla", 8.0 * level**1.5 * (0.6 + 1.2 * wet) * noise())
        put("sd", max(0.15, 1.4 / level * (1.1 - 0.3 * wet) * noise()))
    if full:
        put("fecal_coliform", 6000 * level**2 * noise())
        for key in TRACE_ITEMS:
            limits = std[key].limits
            assert limits is not None
            share = rng.uniform(0.02, 0.35) * (level if key in ("petroleum", "sulfide") else 1)
            put(key, limits[2] * share)
    return out


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng
    store = ctx.store
    sections: list[Any] = ctx.made.get("sections", [])
    tz = ZoneInfo(store.timezone)
    std = standard()
    months = _months()
    sample_rows: list[dict[str, Any]] = []
    value_rows: list[dict[str, Any]] = []
    bad_sections: list[str] = []
    for section in sections:
        bad = rng.random() < BAD_SHARE
        if bad:
            bad_sections.append(section.id)
        level = _section_profile(rng, section.target_class, bad)
        lake = section.water_type == "lake"
        has_station = section.level in ("national", "provincial")
        full_items = section.level != "district"
        for y, m in months:
            if rng.random() < MISSING_SHARE:
                continue
            drift = level * rng.uniform(0.85, 1.15)
            kinds = [("laboratory", full_items and m % 3 == 1)]
            if has_station:
                kinds.append(("automatic", False))
            for source, full in kinds:
                day = rng.randint(5, 20) if source == "laboratory" else 1
                hour = rng.choice((8, 9, 10, 14)) if source == "laboratory" else 0
                at = datetime(y, m, day, hour, 0, tzinfo=tz).isoformat(timespec="seconds")
                sample_id = uuid7()
                sample_rows.append({"id": sample_id, "section_id": section.id,
                                    "sampled_at": at, "source": source, "note": "",
                                    "import_file": ""})
                for key, (value, below, dl) in _values(rng, drift, m, lake, full,
                                                       source == "automatic").items():
                    value_rows.append({"sample_id": sample_id, "item": key, "value": value,
                                       "below_detection": 1 if below else 0,
                                       "detection_limit": dl, "unit": std[key].unit})
    # a bigger page cache keeps the indexes of a province's values in memory while inserting
    store.conn.execute("PRAGMA cache_size = -262144")
    records.insert_many(store, "sample", sample_rows, actor="demo",
                        summary=translate("Demo", "demo samples"), batch_size=20000)
    records.insert_many(store, "sample_value", value_rows, actor="demo",
                        summary=translate("Demo", "demo sample values"), batch_size=20000)
    ctx.made["bad_sections"] = bad_sections
    ctx.made["samples"] = len(sample_rows)
