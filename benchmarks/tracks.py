"""Tracks and verdicts: generating a whole tier's demo, patrols judged by the real engine.

Target (issue 4): the province tier (~2.5 million patrols, with everything the generator
makes at that point) is generated in under 5 minutes on the 2-core machine. The other
tiers are measured against the same limit for reference.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from benchmarks.registry import Result, target

LIMIT_S = 300.0


class _Steps:
    """A progress receiver that notes when each demo step starts."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.marks: dict[str, float] = {}
        self.last = ""

    def report(self, done: int, total: int, text: str = "") -> None:
        now = time.perf_counter() - self.started
        if text and text not in self.marks:
            self.marks[text] = round(now, 2)
        self.last = text

    def cancelled(self) -> bool:
        return False


@target("demo generated with patrols and verdicts", LIMIT_S, "s", issue="#4")
def demo_generation(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.demo import generate

    with tempfile.TemporaryDirectory(dir=os.environ.get("RIVERCHIEF_BENCH_TMP")) as tmp:
        path = Path(tmp) / f"{tier}.db"
        steps = _Steps()
        cpu = time.process_time()
        started = time.perf_counter()
        generate(path, tier, progress=steps)
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu
        with open_store(path) as store:
            patrols = store.db.execute("SELECT count(*) FROM patrol").fetchone()[0]
            verdicts = dict(store.db.execute(
                "SELECT verdict, count(*) FROM patrol GROUP BY verdict").fetchall())
        size_mb = round(path.stat().st_size / 2**20)
    return Result(wall, {"patrols": patrols, "verdicts": verdicts, "steps_started_s": steps.marks,
                         "cpu_s_main_process": round(cpu, 1), "db_mb": size_mb})
