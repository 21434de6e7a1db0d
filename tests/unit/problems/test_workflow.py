"""Every action of the problem workflow from every state, by every role; the evidence rule."""

from __future__ import annotations

from typing import Any

import pytest
from ledger_fixtures import ACT_AT, ORDER, PNG, at, params_for, reach

from riverchief.errors import PermissionDenied, UserError
from riverchief.problems import ledger, workflow
from riverchief.security import Actor

ROLES = ("chief", "other_chief", "unit", "other_unit", "evaluator", "evaluator2",
         "other_evaluator", "admin")
MANAGERS = {"evaluator", "evaluator2", "admin"}  # other_evaluator's scope is another town
RECTIFIERS = {"unit", "admin"}  # other_unit is not the unit the problem is assigned to


def _trace(store: Any, pid: str) -> tuple[int, int, dict[str, Any]]:
    audit = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    events = store.conn.execute("SELECT COUNT(*) FROM problem_event WHERE problem_id = ?",
                                [pid]).fetchone()[0]
    row = dict(store.db["problem"].get(pid))
    return audit, events, row


@pytest.mark.parametrize("state", ORDER)
@pytest.mark.parametrize("action", list(workflow.ACTIONS))
def test_every_action_from_every_state_by_every_role(
        store: Any, reg: dict[str, str], actors: dict[str, Actor], action: str, state: str
) -> None:
    spec = workflow.ACTIONS[action]
    holders = MANAGERS if spec.permission == workflow.MANAGE else RECTIFIERS
    for role in ROLES:
        pid = reach(store, reg, actors, state)
        params = params_for(action, reg)
        # publishing needs a problem with a public notice: none of these has one
        expect = state in spec.sources and role in holders and action != "publish"
        before = _trace(store, pid)
        if expect:
            row = ledger.act(store, actors[role], pid, action, at=at(ACT_AT[state]), **params)
            assert row["state"] == (spec.target or state), (role, action, state)
            events = ledger.timeline(store, pid)
            assert events[-1].kind == action and events[-1].actor == actors[role].code
            assert len(events) == before[1] + 1
        else:
            error = PermissionDenied if role not in holders else UserError
            with pytest.raises(error):
                ledger.act(store, actors[role], pid, action, at=at(ACT_AT[state]), **params)
            assert _trace(store, pid) == before, f"refused {action} by {role} left a trace"


def test_full_cycle_with_reinspection(store: Any, reg: dict[str, str],
                                      actors: dict[str, Actor]) -> None:
    pid = reach(store, reg, actors, "closed")
    row = ledger.get_problem(store, actors["evaluator"], pid)
    assert row["verifier"] == "hzb2" and row["closed_on"] == "2026-07-11"
    assert row["recheck_on"] == "2026-08-10"
    with pytest.raises(UserError, match="2026-08-10"):
        ledger.recheck(store, actors["evaluator"], pid, confirm=True, at=at("2026-08-01T09:00"))
    ledger.recheck(store, actors["evaluator"], pid, confirm=False, note="垃圾又堆回来了",
                   deadline="2026-08-31", at=at("2026-08-01T09:00"))
    row = ledger.get_problem(store, actors["evaluator"], pid)
    assert (row["state"], row["recurring"], row["reopen_count"]) == ("rectifying", 1, 1)
    assert row["verifier"] is None and row["deadline"] == "2026-08-31"
    ledger.report_fix(store, actors["unit"], pid, measures="再次清理并安装监控",
                      files=[(PNG + b"again", "again.png")], at=at("2026-08-20T09:00"))
    ledger.verify(store, actors["evaluator"], pid, at=at("2026-08-21T09:00"))
    ledger.recheck(store, actors["evaluator"], pid, confirm=True, at=at("2026-09-21T09:00"))
    row = ledger.get_problem(store, actors["evaluator"], pid)
    assert (row["state"], row["recheck_result"]) == ("closed", "confirmed")
    kinds = [e.kind for e in ledger.timeline(store, pid)]
    assert kinds == ["register", "assign", "accept", "report_fix", "verify", "recheck_reopen",
                     "report_fix", "verify", "recheck_confirm"]


def test_fix_needs_evidence_and_measures(store: Any, reg: dict[str, str],
                                         actors: dict[str, Actor]) -> None:
    pid = reach(store, reg, actors, "rectifying")
    when = at("2026-07-05T09:00")
    with pytest.raises(UserError, match="evidence|证据|photo|照片"):
        ledger.report_fix(store, actors["unit"], pid, measures="已整改", files=[], at=when)
    with pytest.raises(UserError):
        ledger.report_fix(store, actors["unit"], pid, measures="  ", files=[(PNG, "a.png")],
                          at=when)
    # a before-photo is no evidence of the fix
    with pytest.raises(UserError):
        ledger.report_fix(store, actors["unit"], pid, measures="已整改", files=[(PNG, "a.png")],
                          file_kind="before", at=when)
    assert ledger.get_problem(store, actors["unit"], pid)["state"] == "rectifying"
    assert ledger.evidence(store, pid, ["after", "document"]) == []
    ledger.report_fix(store, actors["unit"], pid, measures="整改报告见附件",
                      files=[(b"%PDF-1.4 report", "report.pdf")], file_kind="document", at=when)
    ev = ledger.evidence(store, pid, ["document"])
    assert [e["filename"] for e in ev] == ["report.pdf"]


def test_verifier_must_differ_from_who_reported_the_fix(
        store: Any, reg: dict[str, str], actors: dict[str, Actor]) -> None:
    pid = reach(store, reg, actors, "rectifying")
    admin = actors["admin"]
    ledger.report_fix(store, admin, pid, measures="已整改", files=[(PNG, "a.png")],
                      at=at("2026-07-05T09:00"))
    with pytest.raises(UserError, match="another user|其他用户|另一"):
        ledger.verify(store, admin, pid, at=at("2026-07-06T09:00"))
    assert "verify" not in ledger.allowed_actions(store, admin, dict(store.db["problem"].get(pid)),
                                                  at=at("2026-07-06T09:00"))
    other_admin = Actor("a9", "admin2", "管理员二", "admin")
    ledger.verify(store, other_admin, pid, at=at("2026-07-06T09:00"))
    # the database refuses a closed problem without a distinct verifier even from raw SQL
    with pytest.raises(Exception, match="CHECK"):
        store.conn.execute("UPDATE problem SET verifier = fix_reported_by WHERE id = ?", [pid])


def test_return_only_within_the_set_time(store: Any, reg: dict[str, str],
                                         actors: dict[str, Actor]) -> None:
    pid = reach(store, reg, actors, "assigned")
    with pytest.raises(UserError, match="24"):
        ledger.return_problem(store, actors["unit"], pid, "不归我们管",
                              at=at("2026-07-02T10:01"))
    with pytest.raises(UserError):
        ledger.return_problem(store, actors["unit"], pid, " ", at=at("2026-07-02T09:00"))
    row = ledger.return_problem(store, actors["unit"], pid, "不归我们管",
                                at=at("2026-07-02T09:59"))
    assert row["state"] == "registered" and row["unit_id"] is None
    # returned, the unit no longer sees it
    with pytest.raises(UserError):
        ledger.get_problem(store, actors["unit"], pid)
    assert ledger.timeline(store, pid)[-1].note == "不归我们管"


def test_public_notice_before_closing(store: Any, reg: dict[str, str],
                                      actors: dict[str, Actor]) -> None:
    pid = ledger.create_problem(store, actors["evaluator"], source="media",
                                category="water.odour", description="黑臭水体",
                                segment_id=reg["s1"], at=at("2026-07-01T09:00"))
    ledger.assign(store, actors["evaluator"], pid, unit_id=reg["u1"], deadline="2026-08-01",
                  requirement="消除黑臭", public_notice=True, at=at("2026-07-01T10:00"))
    ledger.accept(store, actors["unit"], pid, at=at("2026-07-01T11:00"))
    ledger.report_fix(store, actors["unit"], pid, measures="截污纳管",
                      files=[(PNG, "a.png")], at=at("2026-07-10T09:00"))
    with pytest.raises(UserError):
        ledger.verify(store, actors["evaluator"], pid, at=at("2026-07-10T10:00"))
    ledger.publish_notice(store, actors["evaluator"], pid, at=at("2026-07-10T10:00"))
    with pytest.raises(UserError, match="2026-07-24"):
        ledger.verify(store, actors["evaluator"], pid, at=at("2026-07-23T10:00"))
    assert ledger.verify(store, actors["evaluator"], pid,
                         at=at("2026-07-24T10:00"))["state"] == "closed"


def test_deadline_extension_needs_reason_and_later_date(
        store: Any, reg: dict[str, str], actors: dict[str, Actor]) -> None:
    pid = reach(store, reg, actors, "rectifying")
    ev = actors["evaluator"]
    with pytest.raises(UserError):
        ledger.extend_deadline(store, ev, pid, "2026-08-31", "", at=at("2026-07-05T09:00"))
    with pytest.raises(UserError, match="2026-07-20"):
        ledger.extend_deadline(store, ev, pid, "2026-07-19", "原因", at=at("2026-07-05T09:00"))
    ledger.extend_deadline(store, ev, pid, "2026-08-31", "汛期停工", at=at("2026-07-05T09:00"))
    last = ledger.timeline(store, pid)[-1]
    assert (last.kind, last.note, last.data) == ("extend", "汛期停工",
                                                 {"from": "2026-07-20", "to": "2026-08-31"})


def test_timeline_cannot_be_changed(store: Any, reg: dict[str, str],
                                    actors: dict[str, Actor]) -> None:
    pid = reach(store, reg, actors, "assigned")
    with pytest.raises(Exception, match="cannot be changed"):
        store.conn.execute("UPDATE problem_event SET note = 'x' WHERE problem_id = ?", [pid])
    with pytest.raises(Exception, match="cannot be changed"):
        store.conn.execute("DELETE FROM problem_event WHERE problem_id = ?", [pid])


def test_create_problem_rules(store: Any, reg: dict[str, str],
                              actors: dict[str, Actor]) -> None:
    chief = actors["chief"]
    base = {"source": "patrol", "patrol_id": "p1", "category": "surface.floating",
            "description": "漂浮物", "segment_id": reg["s1"]}
    pid = ledger.create_problem(store, chief, **base)
    row = ledger.get_problem(store, chief, pid)
    assert row["chief_id"] == reg["c1"] and row["area_id"] == reg["t1"]
    assert row["state"] == "registered" and row["code"].startswith("P")
    for bad in ({"category": "nonsense"}, {"source": "rumour"}, {"description": " "},
                {"patrol_id": None}, {"segment_id": None}):
        with pytest.raises(UserError):
            ledger.create_problem(store, chief, **{**base, **bad})
    with pytest.raises(PermissionDenied):
        ledger.create_problem(store, chief, **{**base, "chief_id": reg["c2"]})
    for role in ("unit", "other_evaluator"):
        with pytest.raises(PermissionDenied):
            ledger.create_problem(store, actors[role], **base)
    with pytest.raises(UserError):
        ledger.create_problem(store, actors["evaluator"], **{**base, "source": "complaint"})


def test_visibility_by_role(store: Any, reg: dict[str, str], actors: dict[str, Actor]) -> None:
    mine = reach(store, reg, actors, "assigned")
    other = ledger.create_problem(store, actors["other_chief"], source="patrol",
                                  patrol_id="p2", category="bank.construction",
                                  description="建筑垃圾", segment_id=reg["s2"])
    assert {r["id"] for r in ledger.list_problems(store, actors["unit"])} == {mine}
    assert ledger.list_problems(store, actors["other_unit"]) == []
    assert {r["id"] for r in ledger.list_problems(store, actors["chief"])} == {mine}
    assert {r["id"] for r in ledger.list_problems(store, actors["other_evaluator"])} == {other}
    assert {r["id"] for r in ledger.list_problems(store, actors["evaluator"])} == {mine, other}
    with pytest.raises(UserError):
        ledger.get_problem(store, actors["other_unit"], mine)


def test_a_problem_written_the_patrol_logs_way_joins_the_ledger(
        store: Any, reg: dict[str, str], actors: dict[str, Actor]) -> None:
    """The patrol log's minimal insert (no code, no timeline) is a valid ledger row."""
    from riverchief.db import records

    first = reach(store, reg, actors, "registered")
    pid = records.insert(store, "problem", {
        "source": "patrol", "patrol_id": "p7", "chief_id": reg["c1"], "segment_id": reg["s1"],
        "area_id": reg["t1"], "category": "surface.floating", "description": "漂浮物",
        "found_at": "2026-07-03T08:00:00+08:00", "photos": "[]", "state": "registered"},
        actor="chief1")
    codes = {r["id"]: r["code"] for r in ledger.list_problems(store, actors["evaluator"])}
    assert codes == {first: "P2026-00001", pid: "P2026-00002"}
    ledger.assign(store, actors["evaluator"], pid, unit_id=reg["u1"], deadline="2026-07-30",
                  requirement="打捞", at=at("2026-07-03T10:00"))
    assert [(e.seq, e.kind) for e in ledger.timeline(store, pid)] == [(0, "register"),
                                                                      (1, "assign")]
