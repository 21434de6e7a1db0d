"""Every write function of the registry and security rooms, called by every role.

CASES lists each write function with a call that needs a fresh registry; the test checks
which roles may do it and that a refused call leaves no trace. A write function added to
these rooms without a case here fails ``test_every_write_function_has_a_case``.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from riverchief.errors import PermissionDenied
from riverchief.registry import edit
from riverchief.security import SYSTEM, Actor, audit
from riverchief.security import users as u

pytestmark = pytest.mark.usefixtures("english")

CORE = Path(__file__).resolve().parents[3] / "riverchief"
ROOMS = ("registry", "security")


def _registry(store: Any) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["d"] = edit.create(store, SYSTEM, "area", {"code": "410102", "name": "区",
                                                   "level": "district"})
    ids["t1"] = edit.create(store, SYSTEM, "area", {"code": "410102001", "name": "甲镇",
                                                    "level": "township", "parent_id": ids["d"]})
    ids["t2"] = edit.create(store, SYSTEM, "area", {"code": "410102002", "name": "乙镇",
                                                    "level": "township", "parent_id": ids["d"]})
    ids["w"] = edit.create(store, SYSTEM, "water", {"code": "W", "name": "河", "kind": "river",
                                                    "area_id": ids["t1"]})
    ids["s1"] = edit.create(store, SYSTEM, "segment", {"code": "S1", "name": "一段",
                                                       "water_id": ids["w"],
                                                       "area_id": ids["t1"]})
    ids["c1"] = edit.create(store, SYSTEM, "chief", {"code": "C1", "name": "王", "level":
                                                     "township", "title": "river_chief",
                                                     "area_id": ids["t1"]})
    ids["c2"] = edit.create(store, SYSTEM, "chief", {"code": "C2", "name": "李", "level":
                                                     "township", "title": "river_chief",
                                                     "area_id": ids["t1"]})
    ids["a1"] = edit.create(store, SYSTEM, "assignment", {"chief_id": ids["c1"],
                                                          "segment_id": ids["s1"],
                                                          "start_date": "2026-01-01"})
    ids["sign"] = edit.create(store, SYSTEM, "sign", {"code": "P1", "segment_id": ids["s1"],
                                                      "last_updated": "2026-01-01"})
    ids["unit"] = edit.create(store, SYSTEM, "unit", {"code": "U1", "name": "水利局",
                                                      "area_id": ids["d"]})
    ids["user"] = u.add_user(store, SYSTEM, "someone", "某人", "admin").id
    return ids


def _import(store: Any, actor: Actor, name: str, text: str) -> object:
    from riverchief.registry.transfer import ImportRejected, import_file

    path = store.path.parent / name
    path.write_text(text, encoding="utf-8")
    try:
        return import_file(store, actor, path, backup=False)
    except ImportRejected as exc:  # an out-of-scope row is refused like any other write
        problems = exc.report.problems
        if any("outside your area" in p.message for p in problems):
            raise PermissionDenied(problems[0].message) from exc
        raise


Call = Callable[[Any, Actor, dict[str, str]], object]

# function -> (call, roles allowed: "evaluator" means an evaluator whose scope covers it)
CASES: dict[str, tuple[Call, set[str]]] = {
    "registry.edit.create": (
        lambda s, a, i: edit.create(s, a, "segment", {"code": "S9", "name": "九段",
                                                      "water_id": i["w"], "area_id": i["t1"]}),
        {"evaluator", "admin"}),
    "registry.edit.change": (
        lambda s, a, i: edit.change(s, a, "chief", i["c1"], {"phone": "13800000000"}),
        {"evaluator", "admin"}),
    "registry.edit.remove": (
        lambda s, a, i: edit.remove(s, a, "unit", i["unit"]), {"evaluator", "admin"}),
    "registry.edit.replace_chief": (
        lambda s, a, i: edit.replace_chief(s, a, i["s1"], i["c1"], i["c2"], "2026-07-01"),
        {"evaluator", "admin"}),
    "registry.edit.end_assignment": (
        lambda s, a, i: edit.end_assignment(s, a, i["a1"], "2026-06-30"),
        {"evaluator", "admin"}),
    "registry.edit.mark_sign_updated": (
        lambda s, a, i: edit.mark_sign_updated(s, a, i["sign"], "2026-03-01"),
        {"evaluator", "admin"}),
    "registry.edit.hand_over": (
        lambda s, a, i: edit.hand_over(s, a, i["c1"], i["c2"], "2026-07-01"),
        {"evaluator", "admin"}),
    "registry.areas.add_area": (
        lambda s, a, i: __import__("riverchief.registry.areas", fromlist=["x"]).add_area(
            s, "410102001009", "新村", "village", "410102001", actor=a),
        {"evaluator", "admin"}),
    "registry.transfer.import_file": (
        lambda s, a, i: _import(s, a, "units.csv", "code,name,area_code\nU7,河道站,410102001\n"),
        {"evaluator", "admin"}),
    "security.users.add_user": (
        lambda s, a, i: u.add_user(s, a, "new", "新", "admin", password="password1"),
        {"admin"}),
    "security.users.change_user": (
        lambda s, a, i: u.change_user(s, a, i["user"], name="改名"), {"admin"}),
    "security.users.reset_password": (
        lambda s, a, i: u.reset_password(s, a, i["user"], "password2"), {"admin"}),
    "security.users.remove_user": (
        lambda s, a, i: u.remove_user(s, a, i["user"]), {"admin"}),
    "security.users.list_users": (
        lambda s, a, i: u.list_users(s, a), {"admin"}),
    "security.users.change_password": (None, set()),  # own account: tested in test_users
    "security.audit.history": (
        lambda s, a, i: audit.history(s, a, "chief", i["c1"]), {"evaluator", "admin"}),
    "security.audit.entries": (
        lambda s, a, i: audit.entries(s, a, table="chief"), {"evaluator", "admin"}),
    "security.audit.export_csv": (None, set()),  # calls entries(): tested in test_audit
}


def _actors(ids: dict[str, str]) -> dict[str, Actor]:
    return {
        "chief": Actor("x1", "chief", "河长", "chief", chief_id=ids["c1"]),
        "unit": Actor("x2", "unit", "单位", "unit", unit_id=ids["unit"]),
        "evaluator": Actor("x3", "eval", "评估", "evaluator",
                           area_ids=frozenset({ids["d"], ids["t1"], ids["t2"]})),
        "other_evaluator": Actor("x4", "eval2", "评估2", "evaluator",
                                 area_ids=frozenset({ids["t2"]})),
        "admin": Actor("x5", "admin", "管理", "admin"),
    }


@pytest.mark.parametrize("role", ["chief", "unit", "evaluator", "other_evaluator", "admin"])
@pytest.mark.parametrize("name", [n for n, (call, _) in CASES.items() if call is not None])
def test_role_matrix(store: Any, name: str, role: str) -> None:
    ids = _registry(store)
    call, allowed = CASES[name]
    actor = _actors(ids)[role]
    audit_before = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    if role == "other_evaluator" and name == "security.audit.entries":
        allowed = allowed | {"other_evaluator"}  # allowed, but filtered to their area
    if role in allowed:
        call(store, actor, ids)
    else:
        with pytest.raises(PermissionDenied):
            call(store, actor, ids)
        after = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        assert after == audit_before, "a refused write left a trace"


def _checked_functions() -> set[str]:
    names = set()
    for room in ROOMS:
        for path in sorted((CORE / room).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            module = ".".join(path.relative_to(CORE).with_suffix("").parts)
            for node in tree.body:
                if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                    if any(isinstance(c, ast.Call) and getattr(c.func, "id", "") == "require"
                           for c in ast.walk(node)) and node.name not in ("allowed", "require"):
                        names.add(f"{module}.{node.name}")
    return names


def test_every_write_function_has_a_case() -> None:
    missing = _checked_functions() - set(CASES)
    assert not missing, f"add these write functions to CASES: {sorted(missing)}"
