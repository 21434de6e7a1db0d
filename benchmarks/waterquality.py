"""Water quality (issue #6): classification, chart rendering and the chiefs' score series.

Targets:
- classify one million samples already in memory in under 10 s;
- one chart rendered (PNG) in under 200 ms;
- the monthly score series of every chief of the city tier in under 2 s.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.demo_cache import demo_db
from benchmarks.registry import Result, target

SAMPLES = 1_000_000


def _samples(n: int) -> dict[str, object]:
    import numpy as np

    rng = np.random.default_rng(2026)
    columns: dict[str, object] = {
        "ph": rng.normal(7.6, 0.5, n),
        "do": rng.lognormal(1.9, 0.3, n),
        "codmn": rng.lognormal(1.3, 0.5, n),
        "nh3n": rng.lognormal(-1.0, 0.9, n),
        "tp": rng.lognormal(-2.2, 0.7, n),
        "cod": rng.lognormal(2.8, 0.4, n),
        "bod5": rng.lognormal(1.0, 0.5, n),
        "petroleum": rng.lognormal(-3.5, 0.8, n),
    }
    for key in ("tp", "nh3n", "cod", "bod5", "petroleum"):
        col = columns[key]
        col[rng.random(n) < 0.1] = np.nan  # type: ignore[index]  # not measured
    return columns


@target("classify 1,000,000 samples in memory", 10.0, "s", issue="#6")
def classify_million(tier: str) -> Result:
    import numpy as np

    from riverchief.waterquality import classify_many

    columns = _samples(SAMPLES)
    lakes = np.random.default_rng(1).random(SAMPLES) < 0.15
    started = time.perf_counter()
    classes = classify_many(columns, lakes)
    elapsed = time.perf_counter() - started
    counts = np.bincount(classes, minlength=7)  # type: ignore[call-overload]
    return Result(elapsed, {"samples": SAMPLES,
                            "per_class": {c: int(counts[i]) for i, c in
                                          enumerate(["none", "I", "II", "III", "IV", "V",
                                                     "worse than V"])}})


@target("render one water-quality chart (PNG, 100 dpi)", 0.2, "s", issue="#6")
def render_chart(tier: str) -> Result:
    from riverchief.charts import render_png
    from riverchief.charts.waterquality import score_over_months

    months = [f"2026-{m:02d}" for m in range(1, 13)]
    series = {f"河长{i}": [(m, 50.0 + (i * 7 + n * 3) % 50) for n, m in enumerate(months)]
              for i in range(6)}
    render_png(score_over_months(series, target=80), dpi=100)  # warm up fonts and caches
    times, cpu = [], []
    for _ in range(7):
        started, started_cpu = time.perf_counter(), time.process_time()
        render_png(score_over_months(series, target=80), dpi=100)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    # the CPU time shows what the chart costs when other processes share the cores
    return Result(statistics.median(times), {"runs": len(times), "max": max(times),
                                             "cpu_median": statistics.median(cpu)})


@target("monthly score series of every chief (city tier)", 2.0, "s", issue="#6",
        tiers=("city",))
def score_series(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.periods import parse_period
    from riverchief.waterquality.score import monthly_score_series

    with open_store(demo_db(tier)) as store:
        period = parse_period("2026")
        started = time.perf_counter()
        series = monthly_score_series(store, period)
        elapsed = time.perf_counter() - started
        samples = store.conn.execute(
            "SELECT count(*) FROM sample WHERE sampled_at >= '2026' AND sampled_at < '2027'"
        ).fetchone()[0]
    with_data = sum(1 for s in series.values() if any(v is not None for _, v in s))
    return Result(elapsed, {"chiefs": len(series), "chiefs_with_data": with_data,
                            "samples_in_year": samples})
