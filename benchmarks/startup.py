"""Start-up: process start to first paint of the main window, against a bare QMainWindow.

Target (issue 2): on the district demo, the median of 10 runs is no more than 1.5 times
a bare PySide6 ``QMainWindow`` measured the same way in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.demo_cache import demo_db
from benchmarks.registry import Result, target

ROOT = Path(__file__).resolve().parent.parent
RUNS = 10

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.done:
            self.done = True
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
w = W(); w.resize(1200, 780); w.show(); app.exec()
"""


def _marks(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each ``MARK <unix time>`` line the child prints."""
    started = time.time()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    marks = {}
    for line in proc.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("FIRST_PAINT", "DATA_SHOWN"):
            marks[name] = float(stamp) - started
    if "FIRST_PAINT" not in marks:
        raise RuntimeError(f"no first paint from {cmd[:3]}: {proc.stderr[-2000:]}")
    return marks


@target("start-up to first paint (district demo)", None, "s", issue="#2", tiers=("district",))
def first_paint(tier: str) -> Result:
    db = demo_db("district")
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RIVERCHIEF_DATA=data,
                   RIVERCHIEF_EXIT_AFTER_PAINT="1")
        env.pop("RIVERCHIEF_DB", None)
        app_times, bare_times, data_times = [], [], []
        for _ in range(RUNS):  # interleaved so both see the same machine load
            bare_times.append(_marks([sys.executable, "-c", BARE], env)["FIRST_PAINT"])
            marks = _marks([sys.executable, "main.py", "--db", str(db)], env)
            app_times.append(marks["FIRST_PAINT"])
            data_times.append(marks["DATA_SHOWN"])
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    return Result(app, {"bare_qmainwindow_s": round(bare, 4), "ratio": round(app / bare, 3),
                        "demo_data_shown_s": round(statistics.median(data_times), 4),
                        "runs": RUNS}, limit=1.5 * bare)
