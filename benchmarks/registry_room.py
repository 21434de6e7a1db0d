"""Registry targets (issue #3): who was responsible, assignments of a quarter, import, export.

The registry is read by every later capability — a patrol's segment check, a quarter's
scorecards — so its lookups must stay fast at the province tier (30,000 segments, 60,000
chiefs).
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.demo_cache import demo_db
from benchmarks.registry import Result, target


@target("registry: chiefs responsible for a segment on a day", 2.0, "ms", issue="#3")
def responsible_lookup(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.registry import queries

    with open_store(demo_db(tier)) as store:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM segment")]
        rng = random.Random(1)
        picks = [(rng.choice(ids), f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
                 for _ in range(2000)]
        started = time.perf_counter()
        found = sum(len(queries.responsible_chiefs(store, seg, day)) for seg, day in picks)
        per = (time.perf_counter() - started) / len(picks) * 1000
    return Result(per, {"lookups": len(picks), "chiefs_found": found})


@target("registry: assignments in force in a quarter (all chiefs)", 10.0, "s", issue="#3")
def quarter_assignments(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.registry import queries

    with open_store(demo_db(tier)) as store:
        started = time.perf_counter()
        found = queries.assignments_in_period(store, "2026-07-01", "2026-09-30")
        elapsed = time.perf_counter() - started
    return Result(elapsed, {"assignments": len(found)})


@target("registry: import 1,000 segments from CSV (one transaction)", 15.0, "s", issue="#3")
def import_segments(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.registry.transfer import import_file
    from riverchief.security import SYSTEM

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "copy.db"
        shutil.copy(demo_db(tier), db)
        with open_store(db) as store:
            water, area = store.conn.execute(
                "SELECT w.code, a.code FROM segment s JOIN water w ON w.id = s.water_id "
                "JOIN area a ON a.id = s.area_id LIMIT 1").fetchone()
            line = "[" + ",".join(f"[{113.6 + i * 0.0005:.5f},{34.7 + (i % 5) * 0.0003:.5f}]"
                                  for i in range(30)) + "]"
            csv = Path(tmp) / "segments.csv"
            csv.write_text("code,name,water_code,area_code,geometry\n" + "".join(
                f'BENCH-{n:05d},基准河段{n},{water},{area},"{line}"\n' for n in range(1000)),
                encoding="utf-8")
            started = time.perf_counter()
            report = import_file(store, SYSTEM, csv, backup=False)
            elapsed = time.perf_counter() - started
    return Result(elapsed, {"created": report.created})


@target("registry: export the whole registry to XLSX", 120.0, "s", issue="#3")
def export_xlsx(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.registry.transfer import export_file
    from riverchief.security import SYSTEM

    with tempfile.TemporaryDirectory() as tmp, open_store(demo_db(tier)) as store:
        started = time.perf_counter()
        counts = export_file(store, SYSTEM, Path(tmp) / "registry.xlsx")
        elapsed = time.perf_counter() - started
    return Result(elapsed, {"rows": sum(counts.values())})
