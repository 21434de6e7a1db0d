"""Property tests: random action sequences by random users.

Whatever happens, a problem never reaches 已销号 without rectification evidence and a
verifier other than the user who reported the fix, and its timeline only grows.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from ledger_fixtures import PNG, at, build_actors, build_registry

from riverchief.db import open_store
from riverchief.errors import UserError
from riverchief.problems import ledger, workflow

ROLES = ["chief", "unit", "other_unit", "evaluator", "evaluator2", "other_evaluator", "admin"]
DETAILS = st.tuples(
    st.booleans(),  # with a file
    st.booleans(),  # with measures / a note
    st.integers(min_value=0, max_value=40),  # hours later
    st.sampled_from([None, 1, 20, 60]),  # deadline: days after now (None: none given)
)


def _draw_action(data: st.DataObject, state: str) -> tuple[str, str]:
    """Any action by anyone, but mostly those the state allows, by the roles holding them,
    so that sequences get far along the workflow."""
    fitting = [a.key for a in workflow.ACTIONS.values() if state in a.sources]
    action = data.draw(st.sampled_from(fitting * 4 + list(workflow.ACTIONS)))
    holders = (["evaluator", "evaluator2", "admin"]
               if workflow.ACTIONS[action].permission == workflow.MANAGE else ["unit", "admin"])
    role = data.draw(st.sampled_from(holders * 3 + ROLES))
    return action, role


def _params(action: str, ids: dict[str, str], has_file: bool, has_text: bool,
            deadline: str | None, n: int) -> dict[str, Any]:
    params: dict[str, Any] = {"note": "说明" if has_text else ""}
    if has_file:
        params["files"] = [(PNG + str(n).encode(), f"f{n}.png")]
    if action == "assign":
        params.update(unit_id=ids["u1"], requirement="整改" if has_text else "",
                      deadline=deadline)
    if action == "report_fix":
        params["measures"] = "已整改" if has_text else ""
    if action in ("extend", "recheck_reopen"):
        params["deadline"] = deadline
    return params


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.integers(min_value=1, max_value=30))
def test_no_closing_without_evidence_and_distinct_verifier(data: st.DataObject,
                                                           length: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "p.db", create=True)
        try:
            ids = build_registry(store)
            actors = build_actors(ids)
            when = at("2026-07-01T09:00")
            pid = ledger.create_problem(store, actors["chief"], source="patrol", patrol_id="p",
                                        category="surface.oil", description="油污",
                                        segment_id=ids["s1"], at=when)
            seen = ledger.timeline(store, pid)
            for n in range(length):
                state = store.db["problem"].get(pid)["state"]
                action, role = _draw_action(data, state)
                has_file, has_text, hours, days = data.draw(DETAILS)
                when += timedelta(hours=hours)
                deadline = None if days is None else (when.date() + timedelta(days=days))
                params = _params(action, ids, has_file, has_text,
                                 deadline.isoformat() if deadline else None, n)
                try:
                    ledger.act(store, actors[role], pid, action, at=when, **params)
                except UserError:
                    pass
                now = ledger.timeline(store, pid)
                assert now[:len(seen)] == seen, "the timeline lost or changed an entry"
                assert len(now) >= len(seen)
                seen = now
                row = dict(store.db["problem"].get(pid))
                if row["state"] in ("awaiting", "closed"):
                    fixes = [e for e in now if e.kind == "report_fix"]
                    last_fix = fixes[-1]
                    assert last_fix.data["measures"] and last_fix.data["evidence"]
                    shas = {e["sha256"] for e in ledger.evidence(store, pid, ["after",
                                                                              "document"])}
                    assert set(last_fix.data["evidence"]) <= shas
                if row["state"] == "closed":
                    assert row["verifier"] and row["verifier"] != row["fix_reported_by"]
                    verify = [e for e in now if e.kind == "verify"][-1]
                    assert verify.actor == row["verifier"] != last_fix.actor
                    assert verify.seq > last_fix.seq
            event("closed" if any(e.kind == "verify" for e in seen) else "never closed")
        finally:
            store.close()


@given(st.data(), st.integers(min_value=1, max_value=40))
@settings(max_examples=300, deadline=None)
def test_in_memory_machine_never_closes_unverified(data: st.DataObject, length: int) -> None:
    """The pure state machine alone, many more sequences: no state outside the five, and
    every closed problem has a distinct verifier and reported measures."""
    ids = {k: k for k in ("d", "t1", "t2", "u1", "u2", "c1", "c2")}
    actors = build_actors(ids)
    problem: dict[str, Any] = {"code": "P", "state": "registered", "area_id": "t1",
                               "unit_id": None}
    when = at("2026-07-01T09:00")
    closings = 0
    fix_evidence: list[tuple[str, str]] = []
    for n in range(length):
        action, role = _draw_action(data, problem["state"])
        when += timedelta(hours=7)
        params = {"note": "n", "unit_id": "u1", "requirement": "r", "measures": "m",
                  "deadline": (when.date() + timedelta(days=30)).isoformat(),
                  "evidence": [(f"sha{n}", "after")] if n % 3 else []}
        try:
            out = workflow.apply(problem, action, actors[role], when, params)
        except UserError:
            continue
        problem.update(out.changes)
        if action == "report_fix":
            fix_evidence = params["evidence"]
        assert problem["state"] in ("registered", "assigned", "rectifying", "awaiting", "closed")
        if action == "verify":
            closings += 1
            assert problem["verifier"] not in (None, problem["fix_reported_by"])
            assert problem["measures"]
            assert fix_evidence, "closed although the fix was reported without evidence"
    event("closed" if closings else "never closed")
