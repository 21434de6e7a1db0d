from __future__ import annotations

import json
from typing import Any

import pytest

from riverchief.errors import PermissionDenied, UserError
from riverchief.registry import edit
from riverchief.security import SYSTEM, Actor, require
from riverchief.security import users as u

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def areas(store: Any) -> dict[str, str]:
    d = edit.create(store, SYSTEM, "area",
                    {"code": "410102", "name": "清源区", "level": "district"})
    t1 = edit.create(store, SYSTEM, "area", {"code": "410102001", "name": "柳泉镇",
                                             "level": "township", "parent_id": d})
    v1 = edit.create(store, SYSTEM, "area", {"code": "410102001001", "name": "石沟村",
                                             "level": "village", "parent_id": t1})
    return {"district": d, "t1": t1, "v1": v1}


def test_password_hash_is_salted_scrypt() -> None:
    a, b = u.hash_password("demo1234"), u.hash_password("demo1234")
    assert a != b and a.startswith("scrypt$16384$8$1$")
    assert u.verify_password("demo1234", a) and not u.verify_password("demo1235", a)
    assert not u.verify_password("demo1234", None)
    assert not u.verify_password("demo1234", "md5$abc")


def test_sign_in_and_scope(store: Any, areas: dict[str, str]) -> None:
    u.add_user(store, SYSTEM, "eval1", "评估员", "evaluator", password="secret123",
               scope_area_id=areas["t1"])
    actor = u.sign_in(store, "eval1", "secret123")
    assert actor.role == "evaluator"
    assert actor.area_ids == frozenset({areas["t1"], areas["v1"]})
    with pytest.raises(UserError, match="Wrong sign-in name or password"):
        u.sign_in(store, "eval1", "nope")
    with pytest.raises(UserError, match="Wrong sign-in name or password"):
        u.sign_in(store, "nobody", "secret123")


def test_lock_out_after_five_failures_and_admin_reset(store: Any, areas: dict[str, str]) -> None:
    admin = u.add_user(store, SYSTEM, "admin", "管理员", "admin", password="adminpass")
    u.add_user(store, SYSTEM, "eval1", "评估员", "evaluator", password="secret123",
               scope_area_id=areas["t1"])
    for _ in range(4):
        with pytest.raises(UserError, match="Wrong sign-in"):
            u.sign_in(store, "eval1", "bad")
    with pytest.raises(UserError, match="now locked"):
        u.sign_in(store, "eval1", "bad")
    with pytest.raises(UserError, match="locked"):
        u.sign_in(store, "eval1", "secret123")  # even the right password
    admin_actor = u.sign_in(store, "admin", "adminpass")
    target = u.get_user(store, "eval1")
    assert target and target.locked
    u.reset_password(store, admin_actor, target.id, "newsecret1")
    actor = u.sign_in(store, "eval1", "newsecret1")
    user = u.get_user(store, "eval1")
    assert user and not user.locked and user.must_change_password and user.failed_attempts == 0
    u.change_password(store, actor, "newsecret1", "mychoice99")
    assert u.sign_in(store, "eval1", "mychoice99").code == "eval1"
    assert admin.role == "admin"


def test_success_resets_failure_count(store: Any, areas: dict[str, str]) -> None:
    u.add_user(store, SYSTEM, "a", "A", "admin", password="adminpass")
    for _ in range(4):
        with pytest.raises(UserError):
            u.sign_in(store, "a", "wrong")
    u.sign_in(store, "a", "adminpass")
    for _ in range(4):
        with pytest.raises(UserError, match="Wrong sign-in"):
            u.sign_in(store, "a", "wrong")
    assert u.sign_in(store, "a", "adminpass").code == "a"


def test_password_hash_never_in_audit_log(store: Any, areas: dict[str, str]) -> None:
    user = u.add_user(store, SYSTEM, "a", "A", "admin", password="adminpass")
    u.reset_password(store, SYSTEM, user.id, "otherpass")
    stored = store.conn.execute("SELECT password_hash FROM app_user").fetchone()[0]
    texts = [r[0] + (r[1] or "") for r in store.conn.execute(
        "SELECT COALESCE(before, ''), after FROM audit_log WHERE table_name = 'app_user'")]
    assert texts and all(stored not in t and "scrypt$" not in t for t in texts)
    last = json.loads(store.conn.execute(
        "SELECT after FROM audit_log WHERE table_name = 'app_user' ORDER BY id DESC").fetchone()[0])
    assert last["password_hash"].startswith("***")


def test_single_user_installation(store: Any, areas: dict[str, str]) -> None:
    assert u.is_single_user(store)
    owner = u.sign_in_single_user(store)
    assert owner.role == "admin"
    u.add_user(store, owner, "admin", "管理员", "admin", password="adminpass")
    assert not u.is_single_user(store)
    with pytest.raises(UserError, match="please sign in"):
        u.sign_in_single_user(store)


def test_role_links_are_required(store: Any, areas: dict[str, str]) -> None:
    with pytest.raises(UserError, match="area scope"):
        u.add_user(store, SYSTEM, "e", "E", "evaluator", password="password1")
    with pytest.raises(UserError, match="registry chief"):
        u.add_user(store, SYSTEM, "c", "C", "chief", password="password1")
    with pytest.raises(UserError, match="Unknown role"):
        u.add_user(store, SYSTEM, "x", "X", "boss", password="password1")
    with pytest.raises(UserError, match="at least 8"):
        u.add_user(store, SYSTEM, "x", "X", "admin", password="short")
    u.add_user(store, SYSTEM, "x", "X", "admin")
    with pytest.raises(UserError, match="already used"):
        u.add_user(store, SYSTEM, "x", "Y", "admin")
    with pytest.raises(UserError, match="no password yet"):
        u.sign_in(store, "x", "anything1")


def test_only_admins_manage_users(store: Any, areas: dict[str, str]) -> None:
    ev = Actor("e", "e", "E", "evaluator", area_ids=frozenset(areas.values()))
    with pytest.raises(PermissionDenied):
        u.add_user(store, ev, "x", "X", "admin", password="password1")
    with pytest.raises(PermissionDenied):
        u.list_users(store, ev)
    admin = u.add_user(store, SYSTEM, "a", "A", "admin", password="adminpass")
    actor = u.actor_for(store, admin)
    with pytest.raises(UserError, match="own administrator"):
        u.change_user(store, actor, admin.id, role="evaluator", scope_area_id=areas["t1"])
    with pytest.raises(UserError, match="own account"):
        u.remove_user(store, actor, admin.id)


def test_require_rules() -> None:
    chief = Actor("c", "c", "C", "chief", chief_id="chief-1")
    require(chief, "patrols.write", chief_id="chief-1")
    with pytest.raises(PermissionDenied, match="another chief"):
        require(chief, "patrols.write", chief_id="chief-2")
    with pytest.raises(PermissionDenied):
        require(chief, "problems.manage")
    unit = Actor("u", "u", "U", "unit", unit_id="unit-1")
    require(unit, "problems.rectify", unit_id="unit-1")
    with pytest.raises(PermissionDenied, match="another unit"):
        require(unit, "problems.rectify", unit_id="unit-2")
    ev = Actor("e", "e", "E", "evaluator", area_ids=frozenset({"a1"}))
    require(ev, "problems.manage", area_id="a1")
    with pytest.raises(PermissionDenied, match="outside your area"):
        require(ev, "problems.manage", area_ids=["a1", "a2"])
    with pytest.raises(PermissionDenied):
        require(ev, "patrols.write")  # an evaluator never alters a chief's patrol
    require(SYSTEM, "users.manage")
    with pytest.raises(ValueError):
        require(SYSTEM, "no.such.permission")
