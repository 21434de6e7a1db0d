"""Assessment at province scale (issue 8, point 11).

Targets, measured in the same run:
- the scorecards of every chief for one quarter (not stored) in under 5 s, and in no more
  than 4 x one SQL query that counts the quarter's patrols per chief with the app's own
  index (``patrol_assessment``);
- storing that run (input digest, results, consequences) in under 5 s more.

The database is synthetic, of the tier's size, made here with plain SQL (the stored run
must not alter the cached demo databases): for the province 60,000 chiefs (district,
township, village) on 30,000 segments with 3,000 sections, ~600,000 patrols in the
quarter (village chiefs about weekly, township monthly, district once; 5% invalid, 3%
without text), problems, supervision findings, outfalls, and monthly samples for this
year and last.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.registry import Result, target

PERIOD = "2026Q1"
SIZES = {  # chiefs per level and patrols per quarter of one chief, per tier
    "district": (6, 24, 120),
    "city": (60, 240, 1_200),
    "province": (600, 7_200, 52_200),
}
_cache: dict[str, Any] = {}


def _uuid(n: int, kind: int) -> str:
    return f"{kind:08x}-0000-7000-8000-{n:012x}"


def synthetic_db(tier: str, folder: Path) -> Path:
    """A database with the tier's chiefs and one quarter of their records (plain SQL)."""
    from riverchief.db import open_store

    path = folder / f"assessment-{tier}.db"
    rng = random.Random(2026)
    n_district, n_township, n_village = SIZES[tier]
    store = open_store(path, create=True)
    conn = store.conn
    stamp = "2026-04-01T00:00:00+08:00"
    rec = (stamp, stamp, "bench", 1, None)
    cols = "id, created_at, updated_at, origin, revision, deleted_at"
    conn.execute("BEGIN")
    areas = [(_uuid(0, 1), "41", "省", "province", None)]
    districts = [(_uuid(i, 2), f"41{i:04d}", f"区{i}", "district", areas[0][0])
                 for i in range(max(1, n_district // 5))]
    townships = [(_uuid(i, 3), f"41{i:06d}", f"镇{i}", "township",
                  districts[i % len(districts)][0]) for i in range(max(1, n_township // 5))]
    villages = [(_uuid(i, 4), f"41{i:09d}", f"村{i}", "village",
                 townships[i % len(townships)][0]) for i in range(max(1, n_village * 3 // 4))]
    all_areas = areas + districts + townships + villages
    conn.executemany(f"INSERT INTO area ({cols}, code, name, level, parent_id)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(a[0], *rec, *a[1:]) for a in all_areas])
    conn.execute(f"INSERT INTO water ({cols}, code, name, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                 " ?)", (_uuid(0, 5), *rec, "W", "河", "river"))
    n_segments = max(2, (n_district + n_township + n_village) // 2)
    segments = [(_uuid(i, 6), f"G{i}", f"段{i}", _uuid(0, 5), villages[i % len(villages)][0])
                for i in range(n_segments)]
    conn.executemany(f"INSERT INTO segment ({cols}, code, name, water_id, area_id) VALUES"
                     " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(s[0], *rec, *s[1:]) for s in segments])
    sections = [(_uuid(i, 7), f"S{i}", f"断面{i}", segments[i * 10 % n_segments][0], "district",
                 "river", rng.choice(["II", "III", "III", "IV"]), 113.0, 34.0)
                for i in range(max(1, n_segments // 10))]
    conn.executemany(f"INSERT INTO section ({cols}, code, name, segment_id, level, water_type,"
                     " target_class, lon, lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     " ?)", [(s[0], *rec, *s[1:]) for s in sections])
    chiefs: list[tuple[str, str, str, str]] = []  # id, level, area, segment
    for level, count, pool in (("district", n_district, districts),
                               ("township", n_township, townships),
                               ("village", n_village, villages)):
        for _ in range(count):
            i = len(chiefs)
            chiefs.append((_uuid(i, 8), level, pool[i % len(pool)][0],
                           segments[i % n_segments][0]))
    conn.executemany(f"INSERT INTO chief ({cols}, code, name, level, title, area_id) VALUES"
                     " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(c[0], *rec, f"C{i:06d}", f"河长{i}", c[1], "river_chief", c[2])
                      for i, c in enumerate(chiefs)])
    conn.executemany(f"INSERT INTO assignment ({cols}, chief_id, segment_id, start_date,"
                     " end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(_uuid(i, 9), *rec, c[0], c[3],
                       "2026-02-15" if i % 50 == 7 else "2024-01-01", None)
                      for i, c in enumerate(chiefs)])
    start = date(2025, 12, 29)
    patrols: list[tuple[Any, ...]] = []
    for c in chiefs:
        if c[1] == "village":
            days = [start + timedelta(days=7 * w + rng.randrange(7)) for w in range(13)
                    if rng.random() < 0.85]
        elif c[1] == "township":
            days = [date(2026, m, rng.randrange(1, 28)) for m in (1, 2, 3)
                    if rng.random() < 0.9]
        else:
            days = [date(2026, 2, rng.randrange(1, 28))] if rng.random() < 0.9 else []
        for d in days:
            r = rng.random()
            verdict = "invalid" if r < 0.05 else "suspect" if r < 0.15 else "valid"
            at = f"{d.isoformat()}T09:00:00+08:00"
            patrols.append((_uuid(len(patrols), 10), *rec, c[0], c[3], at,
                            f"{d.isoformat()}T10:00:00+08:00", "foot", verdict,
                            "" if rng.random() < 0.03 else "巡查正常", at))
    patrols.sort()
    conn.executemany(f"INSERT INTO patrol ({cols}, chief_id, segment_id, start_at, end_at,"
                     " method, verdict, notes, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     " ?, ?, ?, ?, ?)", patrols)
    unit = _uuid(0, 11)
    conn.execute(f"INSERT INTO unit ({cols}, code, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (unit, *rec, "U", "单位"))
    problems = []
    for i in range(len(chiefs) // 3):
        c = chiefs[rng.randrange(len(chiefs))]
        found = date(2026, 1, 1) + timedelta(days=rng.randrange(80))
        deadline = found + timedelta(days=30)
        closed = found + timedelta(days=rng.randrange(10, 60)) if rng.random() < 0.7 else None
        source = rng.choice(["patrol", "patrol", "patrol", "media", "superior", "supervision"])
        state = "closed" if closed else "rectifying"
        problems.append((_uuid(i, 12), *rec, f"P{i}", source, "floating", "问题", c[3], c[2],
                         c[0], f"{found.isoformat()}T10:00:00+08:00", "bench", state, unit,
                         deadline.isoformat(),
                         "u" if closed else None,
                         f"{closed.isoformat()}T10:00:00+08:00" if closed else None,
                         "v" if closed else None, closed.isoformat() if closed else None))
    conn.executemany(f"INSERT INTO problem ({cols}, code, source, category, description,"
                     " segment_id, area_id, chief_id, found_at, reported_by, state, unit_id,"
                     " deadline, fix_reported_by, fix_reported_at, verifier, closed_on) VALUES"
                     f" ({', '.join('?' * 22)})", problems)
    conn.executemany(f"INSERT INTO outfall ({cols}, code, name, segment_id, area_id, type,"
                     " deadline, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(_uuid(i, 13), *rec, f"O{i}", f"口{i}", s[0], s[4], "other",
                       "2026-02-01", rng.choice(["traced", "remediated"]))
                      for i, s in enumerate(segments[: n_segments // 10])])
    samples, values = [], []
    for s in sections:
        for month in (1, 2, 3):
            for year in (2025, 2026):
                sid = _uuid(len(samples), 14)
                samples.append((sid, *rec, s[0], f"{year}-{month:02d}-15T09:00:00+08:00",
                                "laboratory"))
                for item, x in (("nh3n", rng.uniform(0.1, 2.2)), ("codmn", rng.uniform(2, 12)),
                                ("tp", rng.uniform(0.02, 0.5))):
                    values.append((_uuid(len(values), 15), *rec, sid, item, x, "mg/L"))
    conn.executemany(f"INSERT INTO sample ({cols}, section_id, sampled_at, source) VALUES"
                     " (?, ?, ?, ?, ?, ?, ?, ?, ?)", samples)
    conn.executemany(f"INSERT INTO sample_value ({cols}, sample_id, item, value, unit) VALUES"
                     " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    store.close()
    return path


def _database(tier: str) -> tuple[Path, str]:
    """The synthetic database of the tier, made once per process (the run is stored in it,
    so the cached demo databases stay untouched)."""
    if tier not in _cache:
        folder = Path(tempfile.mkdtemp(dir=os.environ.get("RIVERCHIEF_BENCH_TMP")))
        _cache[tier] = (synthetic_db(tier, folder), "synthetic")
    return _cache[tier]  # type: ignore[no-any-return]


def _baseline(store: Any, lo: str, hi: str) -> tuple[float, int]:
    started = time.perf_counter()
    rows = store.conn.execute(
        "SELECT chief_id, count(*) FROM patrol INDEXED BY patrol_assessment"
        " WHERE start_at >= ? AND start_at < ? GROUP BY chief_id", [lo, hi]).fetchall()
    return time.perf_counter() - started, sum(n for _, n in rows)


@target("assessment scorecards of every chief, one quarter", None, "s", issue="#8")
def scorecards(tier: str) -> Result:
    from riverchief.assessment.inputs import patrol_window, store_range
    from riverchief.assessment.scorecards import compute
    from riverchief.db import open_store
    from riverchief.periods import parse_period
    from riverchief.rules import default_rules

    path, source = _database(tier)
    with open_store(path) as store:
        period = parse_period(PERIOD)
        lo, hi = store_range(patrol_window(period, default_rules()))
        _baseline(store, lo, hi)  # warm the cache once for both
        base, patrols = _baseline(store, lo, hi)
        started = time.perf_counter()
        result = compute(store, period, rules=default_rules())
        elapsed = time.perf_counter() - started
        _cache[f"{tier}-result"] = result
    grades: dict[str, int] = {}
    for c in result.cards:
        grades[c.grade or "-"] = grades.get(c.grade or "-", 0) + 1
    return Result(elapsed, {"source": source, "chiefs": len(result.cards),
                            "patrols_counted_by_baseline": patrols,
                            "baseline_count_s": round(base, 3),
                            "ratio_to_baseline": round(elapsed / base, 2) if base else None,
                            "grades": grades},
                  limit=min(5.0, 4 * base))


@target("assessment run stored (digest, results, consequences)", 5.0, "s", issue="#8")
def store_run(tier: str) -> Result:
    from riverchief.assessment.runs import freeze
    from riverchief.db import open_store
    from riverchief.security import SYSTEM

    if f"{tier}-result" not in _cache:
        scorecards(tier)
    result = _cache[f"{tier}-result"]
    path, source = _database(tier)
    with open_store(path) as store:
        started = time.perf_counter()
        run_id = freeze(store, SYSTEM, result)
        elapsed = time.perf_counter() - started
        stored = store.conn.execute("SELECT count(*) FROM assessment_result WHERE run_id = ?",
                                    [run_id]).fetchone()[0]
    return Result(elapsed, {"source": source, "results": stored})
