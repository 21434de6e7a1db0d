"""The demo's ledgers: every state and stage, overdue and reopened problems, complaints and
batches, evidence behind every fix, deterministic by seed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from riverchief.db import open_store
from riverchief.demo import FIXED_AS_OF, generate
from riverchief.problems import complaints, files, ledger
from riverchief.security import SYSTEM

TODAY = date(2026, 11, 28)
SNAPSHOT = [
    "SELECT code, state, category, deadline, verifier, found_at FROM problem ORDER BY code",
    "SELECT p.code, e.seq, e.kind, e.at FROM problem_event e JOIN problem p "
    "ON p.id = e.problem_id ORDER BY 1, 2",
    "SELECT code, type, remediation, stage, deadline FROM outfall ORDER BY code",
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("demo") / "ledgers.db", "district", 11,
                    as_of=FIXED_AS_OF)


def test_problem_ledger_is_complete(demo_db: Path) -> None:
    with open_store(demo_db) as store:
        rows = ledger.list_problems(store, SYSTEM, today=TODAY)
        states = {r["state"] for r in rows}
        assert states == {"registered", "assigned", "rectifying", "awaiting", "closed"}
        assert any(r["days_overdue"] > 0 for r in rows)
        assert any(r["recurring"] and r["recheck_result"] == "reopened" for r in rows)
        assert {r["source"] for r in rows} >= {"patrol", "complaint", "supervision"}
        assert ledger.dashboard(store, SYSTEM, today=TODAY)["recheck_due"] > 0
        for r in rows:
            if r["state"] in ("awaiting", "closed"):
                assert ledger.evidence(store, r["id"], ["after", "document"]), r["code"]
                assert r["measures"]
            if r["state"] == "closed":
                assert r["verifier"] and r["verifier"] != r["fix_reported_by"]
            events = ledger.timeline(store, r["id"])
            assert [e.seq for e in events] == list(range(1, len(events) + 1))
            assert events[-1].at < "2026-11-28T08:31"
            changes = [e for e in events if e.to_state]
            assert changes[-1].to_state == r["state"], r["code"]
        for e in ledger.evidence(store, rows[0]["id"]):
            assert files.path_of(store, e["sha256"]).is_file()
        batches = complaints.list_batches(store, SYSTEM)
        assert batches and all(b["problems"] for b in batches)
        assert complaints.list_complaints(store, SYSTEM)
        assert ledger.recurring_spots(store, SYSTEM) is not None
        assert store.conn.execute("SELECT COUNT(*) FROM problem_link").fetchone()[0] > 0


def test_the_demo_unit_and_office_have_work(demo_db: Path) -> None:
    from riverchief.security import users

    with open_store(demo_db) as store:
        unit = users.sign_in(store, "unit", "demo1234")
        mine = ledger.list_problems(store, unit, today=TODAY)
        assert {r["state"] for r in mine} >= {"assigned", "rectifying", "awaiting"}
        assert all(r["unit_id"] == unit.unit_id for r in mine)
        office = users.sign_in(store, "hzb", "demo1234")
        assert ledger.count_problems(store, office, state="awaiting") > 0


def test_outfall_ledger_is_complete(demo_db: Path) -> None:
    from riverchief.outfalls import ledger as of

    with open_store(demo_db) as store:
        rows = of.list_outfalls(store, SYSTEM, today=TODAY)
        assert {r["type"] for r in rows} == {"industrial", "sewage_plant", "agricultural",
                                             "other"}
        assert {r["remediation"] for r in rows} == {"ban", "merge", "regulate"}
        assert {r["stage"] for r in rows} == {"found", "monitored", "traced", "remediated",
                                              "closed"}
        for r in rows:
            if r["stage"] == "closed":
                assert r["verifier"] != r["remediated_by"] and of.evidence(store, r["id"])
                assert all(m["done_on"] for m in of.milestones(store, r["id"]))
        assert of.campaign_progress(store, SYSTEM, 2026, TODAY).total == len(rows)


def test_demo_ledgers_are_deterministic(demo_db: Path, tmp_path: Path) -> None:
    again = generate(tmp_path / "again.db", "district", 11, as_of=FIXED_AS_OF)
    with open_store(demo_db) as a, open_store(again) as b:
        for sql in SNAPSHOT:
            assert list(a.conn.execute(sql)) == list(b.conn.execute(sql)), sql
