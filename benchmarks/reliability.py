"""Reliability figures: simulated power cuts, two writing processes, GUI event-loop stalls.

    python benchmarks/reliability.py powercut --snapshots 100
    python benchmarks/reliability.py two-processes --seconds 60
    python benchmarks/reliability.py stall --job JOB --tier city [--lane thread]
    python benchmarks/run.py --only stall --tier city     # the same stalls, as targets

JOB is "demo generation", "package import", "scoring" or "report"; ``--lane thread`` runs
the same work as a closure on the lane thread instead of a Task in its own process, to
show the difference.

Crash kills are in ``benchmarks/crash.py``; hostile inputs in ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import crash  # noqa: E402
from benchmarks.registry import Result, target  # noqa: E402


class _Child:
    """A child process whose ``OK {json}`` lines are collected by a reader thread."""

    def __init__(self, cmd: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     cwd=ROOT, env=env, text=True)
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            if line.startswith("READY"):
                self.ready.set()
        self.ready.set()

    def confirmed(self) -> list[dict[str, Any]]:
        return [json.loads(ln[3:]) for ln in list(self.lines) if ln.startswith("OK ")]

    def finish(self, kill: bool = True) -> str:
        if kill and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.thread.join()
        assert self.proc.stderr is not None
        err = self.proc.stderr.read()
        self.proc.stderr.close()
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return err


# --- power cuts ---------------------------------------------------------------------------
def power_cuts(snapshots: int = 100, seed: int = 1) -> dict[str, Any]:
    """Copy the database and its WAL as they are on disk at random moments, then check.

    The writer (the crash harness's records workload) is frozen with SIGSTOP, so the copy
    is the files at one instant, as a power cut would leave them; the shared-memory index
    (``-shm``) is not copied, as it does not survive a power cut. Each copy is opened
    (SQLite recovers from the WAL), checked for integrity, and must hold every write
    confirmed before the freeze.
    """
    rng = random.Random(seed)
    totals: dict[str, Any] = {"snapshots": 0, "corrupt": 0, "lost": 0, "partial": 0,
                              "confirmed_checked": 0, "notes": []}
    with tempfile.TemporaryDirectory(prefix="rc-powercut-") as tmp:
        base = Path(tmp)
        template = crash.make_template(base)
        db = base / "live.db"
        shutil.copyfile(template, db)
        env = dict(os.environ, PYTHONUNBUFFERED="1", RIVERCHIEF_DATA=str(base / "data"))
        child = _Child([sys.executable, str(Path(crash.__file__).resolve()), "--child",
                        "records", "--db", str(db), "--seed", str(seed)], env)
        cuts: list[tuple[Path, list[dict[str, Any]]]] = []
        try:
            if not child.ready.wait(60):
                raise RuntimeError("the writer never started")
            for n in range(snapshots):
                time.sleep(rng.uniform(0.02, 0.25))
                os.kill(child.proc.pid, signal.SIGSTOP)
                try:
                    time.sleep(0.02)  # let the reader drain what was confirmed
                    confirmed = child.confirmed()
                    cut = base / f"cut{n}"
                    cut.mkdir()
                    for suffix in ("", "-wal"):
                        src = Path(str(db) + suffix)
                        if src.exists():
                            shutil.copyfile(src, cut / ("live.db" + suffix))
                finally:
                    os.kill(child.proc.pid, signal.SIGCONT)
                cuts.append((cut / "live.db", confirmed))
        finally:
            err = child.finish()
        if child.proc.returncode not in (-signal.SIGKILL, 0):
            raise RuntimeError(f"writer failed: {err[-2000:]}")
        for path, confirmed in cuts:
            verdict = crash.Verdict()
            crash.check_integrity(path, verdict)
            if not verdict.corrupt:
                conn = crash.connect_raw(path)
                try:
                    crash.verify_records(conn, confirmed, verdict)
                finally:
                    conn.close()
            totals["snapshots"] += 1
            totals["confirmed_checked"] += len(confirmed)
            for kind in ("corrupt", "lost", "partial"):
                totals[kind] += getattr(verdict, kind)
            totals["notes"] += [f"{path.parent.name}: {x}" for x in verdict.notes]
    return totals


# --- two processes ------------------------------------------------------------------------
def writer_main(db: Path, seconds: float, seed: int) -> int:
    """One of the two writers: inserts and updates shared records, confirming each."""
    from riverchief.db import open_store, records
    from riverchief.ids import uuid7

    rng = random.Random(seed)
    store = open_store(db)
    shared = [r["id"] for r in store.db.query("SELECT id FROM area WHERE code LIKE 'seed-%'")]
    print("READY", flush=True)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            if rng.random() < 0.5:
                code = f"c-{uuid7()}"
                rid = records.insert(store, "area", crash._area(code, "并发"), actor=f"w{seed}")
                print("OK " + json.dumps({"op": "insert", "id": rid, "code": code}), flush=True)
            else:
                rid = rng.choice(shared)
                name = f"w{seed}-{rng.randrange(10**9)}"
                after = records.update(store, "area", rid, {"name": name}, actor=f"w{seed}")
                print("OK " + json.dumps({"op": "update", "id": rid,
                                          "revision": after["revision"], "name": name}),
                      flush=True)
        except Exception as exc:  # noqa: BLE001 - every failure is counted by the parent
            print("ERROR " + json.dumps({"type": type(exc).__name__, "text": str(exc)},
                                        ensure_ascii=False), flush=True)
    store.close()
    return 0


def two_processes(seconds: float = 60.0, seed: int = 1) -> dict[str, Any]:
    """Two processes write to one file for ``seconds``; count lost writes and errors."""
    with tempfile.TemporaryDirectory(prefix="rc-two-") as tmp:
        base = Path(tmp)
        db = crash.make_template(base)
        env = dict(os.environ, PYTHONUNBUFFERED="1", RIVERCHIEF_DATA=str(base / "data"))
        children = [
            _Child([sys.executable, str(Path(__file__).resolve()), "--writer", str(db),
                    "--seconds", str(seconds), "--seed", str(seed + k)], env)
            for k in range(2)
        ]
        errs = [c.finish(kill=False) for c in children]
        for c, err in zip(children, errs, strict=True):
            if c.proc.returncode != 0:
                raise RuntimeError(f"writer failed: {err[-2000:]}")
        errors = [json.loads(ln[6:]) for c in children for ln in c.lines
                  if ln.startswith("ERROR ")]
        confirmed = [x for c in children for x in c.confirmed()]
        verdict = crash.Verdict()
        crash.check_integrity(db, verdict)
        conn = crash.connect_raw(db)
        try:
            crash.verify_records(conn, confirmed, verdict)
        finally:
            conn.close()
    return {
        "seconds": seconds,
        "writes": len(confirmed),
        "per_process": [len(c.confirmed()) for c in children],
        "lost": verdict.lost, "corrupt": verdict.corrupt, "partial": verdict.partial,
        "errors": len(errors),
        "locked_errors": sum("locked" in e["text"].lower() for e in errors),
        "error_samples": errors[:5], "notes": verdict.notes[:10],
    }


# --- GUI stalls ---------------------------------------------------------------------------
def measure_stall(job: Any, *, title: str = "stall") -> dict[str, Any]:
    """Run ``job(progress)`` through ui/shell/jobs.py and time the event loop meanwhile.

    A 5 ms timer ticks on the GUI thread while the job runs; the longest gap between
    two ticks beyond the interval is the longest stall a user would feel. ``job`` may
    also be a :class:`PageJob`: a page's own action, from its start to what it shows.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui.shell.collector import collect_on_gui_thread, freeze_start_up
    from ui.shell.jobs import start_job

    app = QApplication.instance() or QApplication([sys.argv[0]])
    collect_on_gui_thread(app)  # the app's garbage collection, as ui/app.py sets it up
    freeze_start_up()
    window = QMainWindow()
    window.resize(800, 600)
    window.show()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    outcome: dict[str, Any] = {}

    def run_until(finished: Any) -> None:
        # A plain loop over processEvents (not QEventLoop.exec, which returns at once
        # once the application has been told to quit, as under pytest-qt).
        while not finished():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    if isinstance(job, PageJob):
        job.prepare(window)  # the page is open before the clock starts
    # The machine's own noise first: the same timer on an idle event loop.
    timer.start()
    idle_end = time.perf_counter() + IDLE_BASELINE_S
    run_until(lambda: time.perf_counter() >= idle_end)
    idle = sorted(gaps[1:] or [0.0])
    gaps.clear()
    last[0] = clock.nsecsElapsed()
    started = time.perf_counter()
    extra: dict[str, Any] = {}
    if isinstance(job, PageJob):
        job.start(window, outcome)
    else:
        start_job(window, title, job, lambda result: outcome.setdefault("result", result),
                  on_error=lambda exc: outcome.setdefault("error", exc),
                  on_cancel=lambda: outcome.setdefault("cancelled", True))
    run_until(lambda: bool(outcome))
    timer.stop()
    elapsed = time.perf_counter() - started
    if isinstance(job, PageJob):
        extra = job.after(outcome)
    window.close()
    app.processEvents()
    if "error" in outcome:
        raise outcome["error"]
    stalls = sorted(gaps or [0.0])  # the first gap counts: the clock restarted at the job
    return {**extra, "longest_stall_ms": round(stalls[-1], 1),
            "p99_gap_ms": round(stalls[int(len(stalls) * 0.99) - 1 if len(stalls) > 1 else 0],
                                1),
            "ticks": len(gaps), "job_s": round(elapsed, 2),
            "idle_longest_stall_ms": round(idle[-1], 1), "load_avg": _load()}


IDLE_BASELINE_S = 1.5


def _load() -> float | None:
    try:
        return round(os.getloadavg()[0], 1)
    except (AttributeError, OSError):
        return None


def _demo_task(progress: Any, folder: str, tier: str) -> str:
    from riverchief.demo import generate

    try:
        return str(generate(Path(folder) / f"{tier}.db", tier, progress=progress))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _scoring_task(progress: Any, db: str, period: str) -> int:
    """Score every chief of ``db`` for ``period`` (what the assessment page runs)."""
    from riverchief.assessment.scorecards import compute
    from riverchief.db import open_store

    with open_store(Path(db)) as store:
        return len(compute(store, period, progress=progress).cards)


def _report_task(progress: Any, db: str, period: str, out: str,
                 area: str | None = None) -> str:
    """The quarterly report of ``db`` for ``period`` as a PDF (what the reports page makes)."""
    from datetime import date

    from riverchief.db import open_store
    from riverchief.reports.common import default_issuer
    from riverchief.reports.quarterly import quarterly_report

    with open_store(Path(db)) as store:
        return str(quarterly_report(store, period, Path(out), area_code=area,
                                    issuer=default_issuer(store),
                                    day=date(2026, 7, 10), author="benchmark",
                                    progress=progress))


def _package_task(progress: Any, db: str, package: str) -> dict[str, int]:
    """Import a chief's package at the office (what the exchange page does), with backup."""
    from riverchief.db import open_store
    from riverchief.exchange.merge import import_package
    from riverchief.security import Actor

    actor = Actor("bench", "bench-office", "河长办", "evaluator")
    with open_store(Path(db)) as store:
        return dict(import_package(store, actor, Path(package), progress=progress).summary())


def _lane(fn: Any, lane: str, *args: Any) -> Any:
    """``fn`` as the job ``ui/shell/jobs.py`` runs: a Task (own process) or a closure (thread)."""
    from ui.shell.jobs import task

    if lane == "process":
        return task(fn, *args)
    return lambda progress: fn(progress, *args)


def demo_job(tier: str, lane: str = "process") -> Any:
    """Generating the demo of ``tier`` (the first-run demo is made this way)."""
    return _lane(_demo_task, lane, tempfile.mkdtemp(prefix="rc-stall-"), tier)


def _copy_db(tier: str) -> str:
    """A scratch copy of the cached demo database of ``tier``.

    The province copy (5 GB) is made once in the temporary folder and reused, as the
    scoring job only reads it; the cache itself is never opened.
    """
    from benchmarks.demo_cache import demo_db

    src = _province_db() if tier == "province" else demo_db(tier)
    if tier == "province":
        folder = Path(tempfile.gettempdir()) / "rc-stall-province"
        folder.mkdir(exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="rc-stall-db-"))
    dst = folder / src.name
    if not (dst.exists() and dst.stat().st_size == src.stat().st_size):
        shutil.copyfile(src, dst)
    return str(dst)


def _province_db() -> Path:
    from benchmarks.demo_cache import RESULTS, demo_db

    ready = sorted(p for p in RESULTS.glob("demo-province-2026-v*-s*.db"))
    main_cache = Path("/work/main/benchmarks/results")
    ready += sorted(main_cache.glob("demo-province-2026-v*-s*.db")) if main_cache.exists() else []
    return ready[-1] if ready else demo_db("province")


def scoring_job(tier: str, lane: str = "process") -> Any:
    """Scoring every chief of ``tier`` for 2026Q2 (a copy of the cached demo)."""
    return _lane(_scoring_task, lane, _copy_db(tier), "2026Q2")


def report_job(tier: str, lane: str = "process") -> Any:
    """The quarterly report (PDF) of ``tier`` for 2026Q2."""
    db = _copy_db(tier)
    return _lane(_report_task, lane, db, "2026Q2", str(Path(db).parent / "report.pdf"))


def package_job(tier: str, lane: str = "process") -> Any:
    """Importing a chief's package of 10,000 patrols and 2,000 photos of 200 KB (made first,
    as ``benchmarks/exchange.py`` makes it) into a copy of the demo of ``tier``."""
    from benchmarks.exchange import make_package

    db = _copy_db(tier) if tier != "province" else _scratch_copy(tier)
    made = make_package(Path(db), Path(db).parent)
    return _lane(_package_task, lane, db, str(made["package"]))


def _scratch_copy(tier: str) -> str:
    src = Path(_copy_db(tier))
    folder = Path(tempfile.mkdtemp(prefix="rc-stall-db-"))
    shutil.copyfile(src, folder / src.name)
    return str(folder / src.name)


class PageJob:
    """The assessment page's own Compute (F5) on a copy of the demo of a tier, from the
    press to the ranking and dashboard on screen; then the first chief's scorecard opened
    as an evaluator does (timed apart: ``open_card_ms``)."""

    def __init__(self, db: str, period: str) -> None:
        self.db = db
        self.period = period
        self.page: Any = None

    def prepare(self, window: Any) -> None:
        """Open the database and the page (not timed: the evaluator has it open)."""
        from ui.assessment.pages import AssessmentPage
        from ui.shell.context import AppContext

        ctx = AppContext(window)
        ctx.open(Path(self.db))
        self.page = AssessmentPage(ctx)
        self.page.period.setText(self.period)
        self.page._shown = True  # no computing when shown: the timed press is Compute
        window.setCentralWidget(self.page)  # on screen: the chart is painted as it comes

    def start(self, window: Any, outcome: dict[str, Any]) -> None:
        from PySide6.QtCore import QTimer

        page = self.page
        page.compute()

        def poll() -> None:  # the page enables Compute again when it is done or failed
            if page.btn_compute.isEnabled():
                if page.result is not None:
                    outcome.setdefault("result", page.result)
                else:
                    outcome.setdefault("error", RuntimeError(page.summary.text()))
            else:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(20, poll)

    def after(self, outcome: dict[str, Any]) -> dict[str, Any]:
        """Open the first chief's scorecard and wait for it: how long it takes and the
        longest the event loop waited meanwhile (``open_card_stall_ms``)."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        page = self.page
        if "result" not in outcome:
            return {}
        app = QApplication.instance()
        code = page.model.cards[0].chief.code
        started = last = time.perf_counter()
        longest = 0.0
        page.open_card(0)
        while not (page.scorecard.card is not None and page.scorecard.card.chief.code == code
                   and page.stack.currentIndex() == 1):
            now = time.perf_counter()
            longest = max(longest, now - last)
            last = now
            if now - started > 300:
                break
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        longest = max(longest, time.perf_counter() - last)
        return {"chiefs": page.model.rowCount(),
                "open_card_ms": round((time.perf_counter() - started) * 1000, 1),
                "open_card_stall_ms": round(longest * 1000, 1),
                "scorecard": page.scorecard.card.chief.code
                if page.scorecard.card is not None else None}


def page_job(tier: str, lane: str = "process") -> Any:
    """The assessment page computing 2026Q2 on a copy of the demo of ``tier`` (its own
    path: the lane it uses is the page's choice, ``lane`` is not used)."""
    return PageJob(_copy_db(tier), "2026Q2")


# Long jobs measured for stalls: name -> (tier, lane -> job).
STALL_JOBS: dict[str, Any] = {"demo generation": demo_job, "scoring": scoring_job,
                              "assessment page": page_job,
                              "report": report_job, "package import": package_job}


@target("longest GUI stall during demo generation", 100.0, "ms", issue="#11",
        tiers=("district", "city", "province"))
def stall_demo(tier: str) -> Result:
    detail = measure_stall(STALL_JOBS["demo generation"](tier))
    return Result(detail["longest_stall_ms"], detail)


@target("longest GUI stall while scoring", 100.0, "ms", issue="#11",
        tiers=("district", "city", "province"))
def stall_scoring(tier: str) -> Result:
    detail = measure_stall(STALL_JOBS["scoring"](tier))
    return Result(detail["longest_stall_ms"], detail)


@target("longest GUI stall while the assessment page computes the ranking", 100.0, "ms",
        issue="#11", tiers=("district", "city", "province"))
def stall_assessment_page(tier: str) -> Result:
    detail = measure_stall(STALL_JOBS["assessment page"](tier))
    return Result(detail["longest_stall_ms"], detail)


@target("longest GUI stall while importing a package", 100.0, "ms", issue="#11",
        tiers=("district", "city"))
def stall_package(tier: str) -> Result:
    detail = measure_stall(STALL_JOBS["package import"](tier))
    return Result(detail["longest_stall_ms"], detail)


@target("longest GUI stall while making the quarterly report", 100.0, "ms", issue="#11",
        tiers=("district", "city"))
def stall_report(tier: str) -> Result:
    detail = measure_stall(STALL_JOBS["report"](tier))
    return Result(detail["longest_stall_ms"], detail)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", choices=["powercut", "two-processes", "stall"])
    parser.add_argument("--snapshots", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tier", default="city", choices=["district", "city", "province"])
    parser.add_argument("--job", default="demo generation", choices=sorted(STALL_JOBS))
    parser.add_argument("--lane", default="process", choices=["process", "thread"],
                        help="run the job as a Task in its own process (as the app does) "
                             "or as a closure on the lane thread (to compare)")
    parser.add_argument("--writer", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.writer:
        return writer_main(args.writer, args.seconds, args.seed)
    if args.what == "powercut":
        r = power_cuts(args.snapshots, args.seed)
        for note in r["notes"][:20]:
            print(note, file=sys.stderr)
        print(f"snapshots={r['snapshots']} corrupt={r['corrupt']} lost={r['lost']} "
              f"partial={r['partial']} confirmed_checked={r['confirmed_checked']}")
        return 1 if r["corrupt"] or r["lost"] or r["partial"] else 0
    if args.what == "two-processes":
        r = two_processes(args.seconds, args.seed)
        print(f"seconds={r['seconds']:.0f} writes={r['writes']} per_process={r['per_process']} "
              f"lost={r['lost']} corrupt={r['corrupt']} errors={r['errors']} "
              f"locked_errors={r['locked_errors']}")
        for e in r["error_samples"]:
            print(e, file=sys.stderr)
        return 1 if r["lost"] or r["corrupt"] or r["errors"] else 0
    if args.what == "stall":
        r = measure_stall(STALL_JOBS[args.job](args.tier, args.lane))
        print(f"job={args.job!r} tier={args.tier} lane={args.lane} "
              f"longest_stall_ms={r['longest_stall_ms']} "
              f"p99_gap_ms={r['p99_gap_ms']} job_s={r['job_s']} "
              f"idle_longest_stall_ms={r['idle_longest_stall_ms']} load_avg={r['load_avg']}"
              + "".join(f" {k}={v}" for k, v in r.items() if k in ("chiefs", "open_card_ms",
                                                                  "open_card_stall_ms",
                                                                  "scorecard")))
        return 0 if r["longest_stall_ms"] <= 100 else 1
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
