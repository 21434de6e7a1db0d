"""Reports (issue 9, point 11).

Targets:
- the district's quarterly report with the appendix of every chief's scorecard in under
  15 s, and without the appendix in under 3 s; both timed in the process that has the
  report modules imported (as in the app after start-up: importing matplotlib and
  reportlab once takes about a second, given in the detail);
- the city's quarterly report (every scorecard, about 1,200 pages) made in a child process
  whose peak resident memory stays under 500 MB.

Databases: the cached demo databases of ``benchmarks.demo_cache`` (read only).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.registry import Result, target

PERIOD = "2026Q3"
ROOT = Path(__file__).resolve().parent.parent


def _imports() -> float:
    started = time.perf_counter()
    import matplotlib.backends.backend_agg  # noqa: F401
    import reportlab.platypus  # noqa: F401

    import riverchief.assessment.dashboard  # noqa: F401
    import riverchief.charts.waterquality  # noqa: F401
    import riverchief.reports.quarterly  # noqa: F401

    return time.perf_counter() - started


def _quarterly(tier: str, appendix: str) -> Result:
    from pypdf import PdfReader

    from benchmarks.demo_cache import demo_db
    from riverchief.db import open_store
    from riverchief.reports.quarterly import quarterly_report

    db = demo_db(tier)
    imports = _imports()
    with tempfile.TemporaryDirectory() as folder, open_store(db) as store:
        out = Path(folder) / "q.pdf"
        started, cpu = time.perf_counter(), time.process_time()
        quarterly_report(store, PERIOD, out, appendix=appendix, issuer="清源区河长制办公室",
                         day=date(2026, 10, 8), author="benchmark")
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu
        pages = len(PdfReader(out).pages)
        size = out.stat().st_size
    # cpu_s: this process's processor time; far below the wall time, the cores were shared
    return Result(elapsed, {"pages": pages, "bytes": size, "cpu_s": round(cpu, 2),
                            "imports_s": round(imports, 2), "period": PERIOD})


@target("reports: district quarterly report with every scorecard", 15.0, "s", issue="9",
        tiers=("district",))
def quarterly_with_appendix(tier: str) -> Result:
    return _quarterly(tier, "all")


@target("reports: district quarterly report without appendix", 3.0, "s", issue="9",
        tiers=("district",))
def quarterly_without_appendix(tier: str) -> Result:
    return _quarterly(tier, "none")


_CHILD = """
import json, resource, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, {root!r})
from riverchief.db import open_store
from riverchief.reports.quarterly import quarterly_report
started = time.perf_counter()
with open_store(Path({db!r})) as store:
    quarterly_report(store, {period!r}, Path({out!r}), appendix="all",
                     issuer="benchmark", day=date(2026, 10, 8), author="benchmark")
print(json.dumps({{"seconds": time.perf_counter() - started,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""


@target("reports: peak memory making the city quarterly report", 500.0, "MB", issue="9",
        tiers=("city",))
def city_report_memory(tier: str) -> Result:
    from pypdf import PdfReader

    from benchmarks.demo_cache import demo_db

    db = demo_db(tier)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "city.pdf"
        code = _CHILD.format(root=str(ROOT), db=str(db), period=PERIOD, out=str(out))
        done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                              text=True)
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        pages = len(PdfReader(out).pages)
    return Result(figures["peak_kb"] / 1024, {"seconds": round(figures["seconds"], 1),
                                              "pages": pages})
