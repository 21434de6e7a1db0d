"""Assessment at scale (issue 8, point 11), over the tier's demo database.

Targets, measured in the same run:
- the scorecards of every chief of the tier for one quarter (province: ~60,000 chiefs,
  ~600,000 patrols in the quarter), not stored, in under 5 s and, on the province tier,
  in no more than 4 x one SQL query that counts the quarter's patrols per chief with the
  index the app itself uses for them (``patrol_assessment``); the limit is the smaller;
- storing that run (digest of every input record, results, consequences) in under 5 s
  more.

The demo database is the cached one of :mod:`benchmarks.demo_cache` (the province tier
copied into ``benchmarks/results/`` under its name). The run is stored into a scratch copy
beside it, made once, so that the cached database stays as the demo made it. The count
and the scorecards are measured alternately, twice each, after one warming pass; the
best of each is kept.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from benchmarks.demo_cache import demo_db
from benchmarks.registry import Result, target

PERIOD = "2026Q1"
LIMIT_S = 5.0
TIMES_BASELINE = 4.0


def baseline_sql() -> str:
    """One query that counts the patrols of a time window per chief, on the app's index."""
    return ("SELECT chief_id, count(*) FROM patrol INDEXED BY patrol_assessment"
            " WHERE start_at >= ? AND start_at < ? GROUP BY chief_id")


def _count(store: Any, lo: str, hi: str) -> tuple[float, int]:
    started = time.perf_counter()
    rows = store.conn.execute(baseline_sql(), [lo, hi]).fetchall()
    return time.perf_counter() - started, sum(n for _, n in rows)


def _scratch(tier: str) -> Path:
    """A copy of the tier's demo database to store runs in (made once, reused)."""
    source = demo_db(tier)
    copy = source.with_name(source.name + ".scratch")
    if not copy.exists():
        part = copy.with_name(copy.name + ".part")
        shutil.copyfile(source, part)
        part.replace(copy)
    return copy


@target("assessment scorecards of every chief, one quarter", None, "s", issue="#8")
def scorecards(tier: str) -> Result:
    from riverchief.assessment.inputs import patrol_window, store_range
    from riverchief.assessment.scorecards import compute
    from riverchief.db import open_store
    from riverchief.periods import parse_period

    with open_store(demo_db(tier)) as store:
        period = parse_period(PERIOD)
        result = compute(store, period)  # warms the page cache for both
        lo, hi = store_range(patrol_window(period, result.rules))
        base, patrols = _count(store, lo, hi)
        best = float("inf")
        for _ in range(2):
            b, _ = _count(store, lo, hi)
            base = min(base, b)
            del result
            started = time.perf_counter()
            result = compute(store, period)
            best = min(best, time.perf_counter() - started)
    grades: dict[str, int] = {}
    for c in result.cards:
        grades[c.grade or "-"] = grades.get(c.grade or "-", 0) + 1
    # point 11 sets the ratio for the province; a smaller tier's count takes a millisecond,
    # so there the fixed costs of a run would decide it: only the 5 s apply
    limit = min(LIMIT_S, TIMES_BASELINE * base) if tier == "province" else LIMIT_S
    return Result(best, {"chiefs": len(result.cards), "patrols_counted_by_baseline": patrols,
                         "baseline_count_s": round(base, 3),
                         "ratio_to_baseline": round(best / base, 2) if base else None,
                         "limit_rule": f"min({LIMIT_S} s, {TIMES_BASELINE:g} x baseline)"
                         if tier == "province" else f"{LIMIT_S} s",
                         "grades": grades},
                  limit=limit)


@target("assessment run stored (digest, results, consequences)", LIMIT_S, "s", issue="#8")
def store_run(tier: str) -> Result:
    from riverchief.assessment.runs import freeze
    from riverchief.assessment.scorecards import compute
    from riverchief.db import open_store
    from riverchief.security import SYSTEM

    with open_store(_scratch(tier)) as store:
        result = compute(store, PERIOD)  # the same scorecards, read from the copy
        started = time.perf_counter()
        run_id = freeze(store, SYSTEM, result)
        elapsed = time.perf_counter() - started
        stored = store.conn.execute("SELECT count(*) FROM assessment_result WHERE run_id = ?",
                                    [run_id]).fetchone()[0]
        _take_back(store, run_id)
    return Result(elapsed, {"results": stored, "chiefs": len(result.cards)})


def _take_back(store: Any, run_id: str) -> None:
    """Remove the run just stored from the scratch copy, so that every measurement stores
    into the same database (runs left behind made each one slower: 11 runs, 643,000
    results and 2.4 GB more after a day of measuring). Its few audit entries stay: the
    audit log cannot be changed."""
    with store.db.atomic():
        for sql in ("DELETE FROM assessment_consequence WHERE run_id = ?",
                    "DELETE FROM assessment_result WHERE run_id = ?",
                    "DELETE FROM assessment_run WHERE id = ?"):
            store.conn.execute(sql, [run_id])
