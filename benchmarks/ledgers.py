"""Ledger targets (issue #7): the problem ledger's page, a problem's detail, the export,
the outfall campaign's progress — for the district office and for the whole database."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.demo_cache import demo_db
from benchmarks.registry import Result, target

TODAY = date(2026, 11, 28)


def _actors(store: object) -> dict[str, object]:
    from riverchief.security import SYSTEM, users

    return {"office": users.sign_in(store, "hzb", "demo1234"), "all": SYSTEM}  # type: ignore[arg-type]


def _time(fn: object, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


@target("ledgers: problem page (count, first 200 rows, cards)", 300.0, "ms", issue="#7")
def problem_page(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.problems import ledger

    with open_store(demo_db(tier)) as store:
        worst, detail = 0.0, {}
        for name, actor in _actors(store).items():
            def page(actor: object = actor) -> None:
                ledger.count_problems(store, actor, today=TODAY)  # type: ignore[arg-type]
                ledger.list_problems(store, actor, today=TODAY, limit=200)  # type: ignore[arg-type]
                ledger.dashboard(store, actor, today=TODAY)  # type: ignore[arg-type]
            ms = _time(page) * 1000
            detail[name] = round(ms, 1)
            worst = max(worst, ms)
        detail["problems"] = store.conn.execute("SELECT COUNT(*) FROM problem").fetchone()[0]
    return Result(worst, detail)


@target("ledgers: problem detail (row, timeline, photos, actions)", 20.0, "ms", issue="#7")
def problem_detail(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.problems import ledger
    from riverchief.security import SYSTEM

    with open_store(demo_db(tier)) as store:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM problem ORDER BY id LIMIT 50")]

        def detail() -> None:
            for pid in ids:
                row = ledger.get_problem(store, SYSTEM, pid)
                ledger.timeline(store, pid)
                ledger.evidence(store, pid)
                ledger.allowed_actions(store, SYSTEM, row)
        per = _time(detail, 3) / len(ids) * 1000
    return Result(per, {"problems": len(ids)})


@target("ledgers: problem ledger to XLSX (every row)", 30.0, "s", issue="#7")
def problem_export(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.problems.export import export_problems
    from riverchief.security import SYSTEM

    with open_store(demo_db(tier)) as store, tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        n = export_problems(store, SYSTEM, Path(folder) / "ledger.xlsx", today=TODAY)
        seconds = time.perf_counter() - started
    return Result(seconds, {"rows": n})


@target("ledgers: outfall campaign progress and overdue list", 200.0, "ms", issue="#7")
def outfall_progress(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.outfalls import ledger as of
    from riverchief.security import SYSTEM

    with open_store(demo_db(tier)) as store:
        def progress() -> None:
            of.campaign_progress(store, SYSTEM, 2026, TODAY)
            of.list_outfalls(store, SYSTEM, overdue=True, today=TODAY)
        ms = _time(progress) * 1000
        n = store.conn.execute("SELECT COUNT(*) FROM outfall").fetchone()[0]
    return Result(ms, {"outfalls": n})


@target("ledgers: complaints and batches registers (count, first 200, batches)", 300.0, "ms",
        issue="#7")
def complaint_registers(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.problems import complaints as cm

    with open_store(demo_db(tier)) as store:
        worst, detail = 0.0, {}
        for name, actor in _actors(store).items():
            def page(actor: object = actor) -> None:
                cm.count_complaints(store, actor)  # type: ignore[arg-type]
                cm.list_complaints(store, actor, limit=200)  # type: ignore[arg-type]
                batches = cm.list_batches(store, actor, today=TODAY)  # type: ignore[arg-type]
                if batches:
                    cm.batch_progress(store, actor, batches[0]["id"], TODAY)  # type: ignore[arg-type]
            ms = _time(page) * 1000
            detail[name] = round(ms, 1)
            worst = max(worst, ms)
        detail["complaints"] = store.conn.execute("SELECT COUNT(*) FROM complaint").fetchone()[0]
        detail["batches"] = store.conn.execute(
            "SELECT COUNT(*) FROM supervision_batch").fetchone()[0]
    return Result(worst, detail)


@target("ledgers: outfall page (count, first 200 rows, campaign, one detail)", 300.0, "ms",
        issue="#7")
def outfall_page(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.outfalls import ledger as of

    with open_store(demo_db(tier)) as store:
        worst, detail = 0.0, {}
        for name, actor in _actors(store).items():
            def page(actor: object = actor) -> None:
                of.count_outfalls(store, actor, today=TODAY)  # type: ignore[arg-type]
                rows = of.list_outfalls(store, actor, today=TODAY, limit=200)  # type: ignore[arg-type]
                of.campaign_progress(store, actor, 2026, TODAY)  # type: ignore[arg-type]
                if rows:
                    oid = rows[0]["id"]
                    of.get_outfall(store, actor, oid)  # type: ignore[arg-type]
                    of.milestones(store, oid, TODAY)
                    of.monitoring(store, oid)
                    of.evidence(store, oid)
                    of.timeline(store, oid)
                    of.can_advance(store, actor, oid)  # type: ignore[arg-type]
            ms = _time(page) * 1000
            detail[name] = round(ms, 1)
            worst = max(worst, ms)
    return Result(worst, detail)


@target("ledgers: 举一反三 recurring spots and due this week", 500.0, "ms", issue="#7")
def grouped_views(tier: str) -> Result:
    from riverchief.db import open_store
    from riverchief.problems import ledger

    with open_store(demo_db(tier)) as store:
        worst, detail = 0.0, {}
        for name, actor in _actors(store).items():
            def views(actor: object = actor) -> None:
                ledger.recurring_spots(store, actor)  # type: ignore[arg-type]
                ledger.due_this_week(store, actor, TODAY)  # type: ignore[arg-type]
            ms = _time(views) * 1000
            detail[name] = round(ms, 1)
            worst = max(worst, ms)
    return Result(worst, detail)
