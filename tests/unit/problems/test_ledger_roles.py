"""Every write function of the problems and outfalls rooms, called by every role.

The workflow actions (``ledger.act``) are checked state by state in test_workflow; the
other writes are here. A write function added to these rooms without a case fails
``test_every_write_function_has_a_case``.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ledger_fixtures import PNG, reach

from riverchief.errors import PermissionDenied
from riverchief.outfalls import ledger as of
from riverchief.problems import complaints, files, ledger
from riverchief.security import SYSTEM, Actor

CORE = Path(__file__).resolve().parents[3] / "riverchief"
ROOMS = ("problems", "outfalls")
Call = Callable[[Any, Actor, dict[str, str]], object]
MANAGERS = {"evaluator", "evaluator2", "admin"}
EVERYONE = {"chief", "other_chief", "unit", "other_unit", "evaluator", "evaluator2",
            "other_evaluator", "admin"}


def _setup(store: Any, ids: dict[str, str], actors: dict[str, Actor]) -> None:
    ids["p1"] = reach(store, ids, actors, "registered")
    ids["p2"] = reach(store, ids, actors, "registered")
    ids["complaint"] = complaints.add_complaint(
        store, SYSTEM, received_via="online", received_on="2026-07-01", content="有异味",
        area_id=ids["t1"], anonymous=True)
    ids["batch"] = complaints.add_batch(
        store, SYSTEM, level="central", name="中央督察反馈", issued_on="2026-06-01",
        due_on="2026-12-31", area_id=ids["t1"])
    ids["o1"] = of.add_outfall(store, SYSTEM, code="PWK-1", name="排口", type="other",
                               segment_id=ids["s1"])
    of.set_plan(store, SYSTEM, ids["o1"], remediation="ban", measures="封堵",
                deadline="2026-12-31", milestones=[("封堵", "2026-11-30")])
    ids["m1"] = of.milestones(store, ids["o1"])[0]["id"]
    of.add_monitoring(store, SYSTEM, ids["o1"], sampled_on="2026-07-01", parameter="COD",
                      value=20)


CASES: dict[str, tuple[Call | None, set[str]]] = {
    "problems.ledger.create_problem": (
        lambda s, a, i: ledger.create_problem(s, a, source="superior", category="surface.oil",
                                              description="油污", segment_id=i["s1"],
                                              chief_id=i["c1"]),
        {"chief", "evaluator", "evaluator2", "admin"}),
    "problems.ledger.act": (None, set()),  # every action, state and role: test_workflow
    "problems.ledger.link_same_kind": (
        lambda s, a, i: ledger.link_same_kind(s, a, i["p1"], i["p2"]), MANAGERS),
    "problems.complaints.add_complaint": (
        lambda s, a, i: complaints.add_complaint(s, a, received_via="letter",
                                                 received_on="2026-07-02", content="垃圾",
                                                 area_id=i["t1"], complainant="张三"),
        MANAGERS),
    "problems.complaints.reply_complaint": (
        lambda s, a, i: complaints.reply_complaint(s, a, i["complaint"], "已处理",
                                                   "2026-07-03"), MANAGERS),
    "problems.complaints.update_complaint": (
        lambda s, a, i: complaints.update_complaint(s, a, i["complaint"], received_via="visit",
                                                    received_on="2026-07-01", content="有臭味",
                                                    area_id=i["t1"], complainant="李四"),
        MANAGERS),
    "problems.complaints.update_batch": (
        lambda s, a, i: complaints.update_batch(s, a, i["batch"], level="provincial",
                                                name="省级督察反馈", issued_on="2026-06-02",
                                                due_on="2026-11-30", area_id=i["t1"]),
        MANAGERS),
    "problems.complaints.add_batch": (
        lambda s, a, i: complaints.add_batch(s, a, level="district", name="区级督察",
                                             issued_on="2026-07-01", due_on="2026-09-01",
                                             area_id=i["t1"]), MANAGERS),
    "outfalls.ledger.add_outfall": (
        lambda s, a, i: of.add_outfall(s, a, code="PWK-9", name="排口九", type="agricultural",
                                       segment_id=i["s1"]), MANAGERS),
    "outfalls.ledger.change_outfall": (
        lambda s, a, i: of.change_outfall(s, a, i["o1"], code="PWK-1", name=f"排口{a.code}",
                                          type="other", segment_id=i["s1"]), MANAGERS),
    "outfalls.ledger.set_plan": (
        lambda s, a, i: of.set_plan(s, a, i["o1"], remediation="merge", measures="合并",
                                    deadline="2026-12-31"), MANAGERS),
    "outfalls.ledger.complete_milestone": (
        lambda s, a, i: of.complete_milestone(s, a, i["m1"], "2026-07-05"), MANAGERS),
    "outfalls.ledger.add_monitoring": (
        lambda s, a, i: of.add_monitoring(s, a, i["o1"], sampled_on="2026-07-02",
                                          parameter="氨氮", value=1.5), MANAGERS),
    "outfalls.ledger.advance": (lambda s, a, i: of.advance(s, a, i["o1"]), MANAGERS),
    "problems.workflow.apply": (None, set()),  # the pure machine behind act: test_workflow
    "problems.files.put_file": (
        lambda s, a, i: files.put_file(s, a, (PNG + b"m", "m.png"), permission="problems.rectify",
                                       unit_id=i["u1"]), {"unit", "admin"}),
}


@pytest.mark.parametrize("name", [n for n, (call, _) in CASES.items() if call is not None])
def test_role_matrix(store: Any, reg: dict[str, str], actors: dict[str, Actor],
                     name: str) -> None:
    _setup(store, reg, actors)
    call, allowed = CASES[name]
    assert call is not None
    for role, actor in actors.items():
        before = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        if role in allowed:
            call(store, actor, reg)
            if name == "outfalls.ledger.add_outfall":
                store.conn.execute("UPDATE outfall SET code = code || '-' || ? "
                                   "WHERE code = 'PWK-9'", [role])
            elif name == "problems.ledger.link_same_kind":
                store.conn.execute("UPDATE problem_link SET deleted_at = 'x'")
            elif name == "outfalls.ledger.advance":
                store.conn.execute("UPDATE outfall SET stage = 'found' WHERE id = ?",
                                   [reg["o1"]])
        else:
            with pytest.raises(PermissionDenied):
                call(store, actor, reg)
            after = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
            assert after == before, f"a refused {name} by {role} left a trace"


def _checked_functions() -> set[str]:
    names = set()
    for room in ROOMS:
        for path in sorted((CORE / room).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            module = ".".join(path.relative_to(CORE).with_suffix("").parts)
            module = module.removesuffix(".__init__")
            for node in tree.body:
                if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                    if any(isinstance(c, ast.Call) and getattr(c.func, "id", "") == "require"
                           for c in ast.walk(node)):
                        names.add(f"{module}.{node.name}")
    return names


def test_every_write_function_has_a_case() -> None:
    missing = _checked_functions() - set(CASES)
    assert not missing, f"add these write functions to CASES: {sorted(missing)}"


def test_an_area_office_assigns_only_to_units_of_its_area(store: Any) -> None:
    """A township office gave its problem to another township's government (the page
    offered only its own units; the core took any): that unit then saw, and had to fix,
    a problem outside its township."""
    from ledger_fixtures import at, build_actors, build_registry

    ids = build_registry(store)
    actors = build_actors(ids)
    t1_office = Actor("a9", "hzb-t1", "柳泉镇河长办", "evaluator",
                      area_ids=frozenset({ids["t1"]}))
    pid = reach(store, ids, actors, "registered")  # on 柳泉镇's segment
    from riverchief.registry import edit

    t2_unit = edit.create(store, SYSTEM, "unit", {"code": "U3", "name": "石沟镇人民政府",
                                                  "area_id": ids["t2"]})
    when = at("2026-07-01T12:00")
    with pytest.raises(PermissionDenied) as refused:
        ledger.assign(store, t1_office, pid, unit_id=t2_unit, deadline="2026-07-30",
                      requirement="限期清理", at=when)
    assert "石沟镇人民政府" in str(refused.value)
    assert ledger.get_problem(store, SYSTEM, pid)["state"] == "registered"
    # a district unit (清源区水利局) is the district office's to assign, not the township's
    with pytest.raises(PermissionDenied):
        ledger.assign(store, t1_office, pid, unit_id=ids["u1"], deadline="2026-07-30",
                      requirement="限期清理", at=when)
    # its own township's government: assigned
    row = ledger.assign(store, t1_office, pid, unit_id=ids["u2"], deadline="2026-07-30",
                        requirement="限期清理", at=when)
    assert row["state"] == "assigned" and row["unit_id"] == ids["u2"]


def test_a_unit_sees_only_its_own_problems_linked_as_the_same_kind(store: Any) -> None:
    """The detail of a unit's problem listed the problems linked to it (举一反三) whoever
    they belonged to: their codes, states and categories, outside what the unit sees."""
    from ledger_fixtures import build_actors, build_registry

    ids = build_registry(store)
    actors = build_actors(ids)
    mine = reach(store, ids, actors, "rectifying")  # assigned to the unit
    other = reach(store, ids, actors, "registered")  # nobody's yet
    ledger.link_same_kind(store, actors["evaluator"], mine, other, "同一处反复堆放")
    assert [r["id"] for r in ledger.linked(store, mine, actors["evaluator"])] == [other]
    assert ledger.linked(store, mine, actors["unit"]) == []
    assert [r["id"] for r in ledger.linked(store, mine)] == [other]  # no actor: all


def test_a_chief_sees_the_problems_on_the_segments_they_answer_for(store: Any) -> None:
    """The township chief's 我的巡河 listed 18 open problems on their waters, the ledger
    only the 4 they had reported: a problem a complaint or the office found on their
    segment (and that their scorecard counts) could not be opened."""
    from datetime import date, timedelta

    from ledger_fixtures import build_actors, build_registry

    from riverchief.patrols.due import open_problems
    from riverchief.registry import edit

    ids = build_registry(store)
    actors = build_actors(ids)
    today = date.today()
    edit.create(store, SYSTEM, "assignment", {
        "chief_id": ids["c1"], "segment_id": ids["s1"],
        "start_date": (today - timedelta(days=90)).isoformat()})
    ended = edit.create(store, SYSTEM, "assignment", {
        "chief_id": ids["c1"], "segment_id": ids["s2"],
        "start_date": (today - timedelta(days=90)).isoformat()})
    found = {"source": "patrol", "patrol_id": "p-office", "category": "bank.household",
             "description": "河岸垃圾"}
    on_mine = ledger.create_problem(store, actors["evaluator"], segment_id=ids["s1"], **found)
    on_s2 = ledger.create_problem(store, actors["other_chief"], segment_id=ids["s2"], **found)
    chief = actors["chief"]
    seen = {r["id"] for r in ledger.list_problems(store, chief)}
    assert seen == {on_mine, on_s2}
    assert seen == {p.id for p in open_problems(store, ids["c1"], today)}
    assert ledger.get_problem(store, chief, on_mine)["id"] == on_mine
    assert ledger.dashboard(store, chief)["open"] == 2
    # no longer on s2: its problems are the chief's who took it over
    edit.change(store, SYSTEM, "assignment", ended,
                {"end_date": (today - timedelta(days=1)).isoformat()})
    assert {r["id"] for r in ledger.list_problems(store, chief)} == {on_mine}
    assert ledger.list_problems(store, actors["other_chief"])[0]["id"] == on_s2
    assert ledger.allowed_actions(store, chief, ledger.get_problem(store, chief, on_mine)) == []
