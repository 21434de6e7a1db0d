from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from riverchief.errors import PermissionDenied, UserError
from riverchief.registry import edit, queries
from riverchief.registry.schema import FieldError
from riverchief.security import SYSTEM, Actor

pytestmark = pytest.mark.usefixtures("english")


def audit_rows(store: Any, record_id: str) -> list[dict[str, Any]]:
    return list(store.db.query(
        "SELECT * FROM audit_log WHERE record_id = ? ORDER BY id", [record_id]))


def test_segment_length_is_geodesic(store: Any, reg: dict[str, str]) -> None:
    seg = queries.get_segment(store, reg["seg2"])
    assert seg is not None
    # (113.62, 34.71) -> (113.63, 34.72) on the WGS84 ellipsoid
    assert seg.length_m == pytest.approx(1438.7, abs=0.1)
    assert seg.line[0] == (113.62, 34.71)


def test_insert_and_update_are_audited_with_actor(store: Any, reg: dict[str, str]) -> None:
    admin = Actor("u1", "boss", "Boss", "admin")
    edit.change(store, admin, "segment", reg["seg1"], {"name": "清水河上段"})
    rows = audit_rows(store, reg["seg1"])
    assert [r["action"] for r in rows] == ["insert", "update"]
    assert rows[1]["actor"] == "boss"
    assert json.loads(rows[1]["before"])["name"] == "清水河柳泉段"
    assert json.loads(rows[1]["after"])["name"] == "清水河上段"


def test_changing_line_recomputes_length(store: Any, reg: dict[str, str]) -> None:
    before = queries.get_segment(store, reg["seg1"])
    edit.change(store, SYSTEM, "segment", reg["seg1"],
                {"geometry": [[113.60, 34.70], [113.60, 34.80]]})
    after = queries.get_segment(store, reg["seg1"])
    assert before and after and after.length_m != before.length_m
    assert after.length_m == pytest.approx(11093.6, abs=0.1)


def test_line_outside_the_area_is_refused(store: Any, reg: dict[str, str]) -> None:
    store.set_setting("registry.bounds", [113.0, 34.0, 114.5, 35.5])
    with pytest.raises(FieldError, match="outside the area") as info:
        edit.change(store, SYSTEM, "segment", reg["seg1"],
                    {"geometry": [[113.60, 34.70], [115.61, 34.71]]})
    assert info.value.field == "geometry"


def test_duplicate_code_and_unknown_reference(store: Any, reg: dict[str, str]) -> None:
    with pytest.raises(FieldError, match="QSH-01") as info:
        edit.create(store, SYSTEM, "segment", {"code": "QSH-01", "name": "x",
                                               "water_id": reg["water"], "area_id": reg["t1"]})
    assert info.value.field == "code"
    with pytest.raises(FieldError) as info:
        edit.create(store, SYSTEM, "segment", {"code": "QSH-09", "name": "x",
                                               "water_id": "nope", "area_id": reg["t1"]})
    assert info.value.field == "water_id"


def test_choice_accepts_chinese_words(store: Any, reg: dict[str, str]) -> None:
    sid = edit.create(store, SYSTEM, "section", {
        "code": "S1", "name": "柳泉桥", "segment_id": reg["seg1"], "level": "国控",
        "water_type": "湖库", "target_class": "Ⅲ类", "lon": 113.61, "lat": 34.705})
    sec = queries.list_sections(store)[0]
    assert sec.id == sid and (sec.level, sec.water_type, sec.target_class) == (
        "national", "lake", "III")
    with pytest.raises(FieldError, match="VI"):
        edit.create(store, SYSTEM, "section", {
            "code": "S2", "name": "x", "segment_id": reg["seg1"], "level": "national",
            "water_type": "river", "target_class": "VI", "lon": 113.61, "lat": 34.705})


def test_responsible_chiefs_follow_dated_assignments(store: Any, reg: dict[str, str]) -> None:
    edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c1"], "segment_id": reg["seg1"],
                                              "start_date": "2026-01-01"})
    new = edit.replace_chief(store, SYSTEM, reg["seg1"], reg["c1"], reg["c2"], "2026-07-01")
    assert [c.code for c in queries.responsible_chiefs(store, reg["seg1"], "2026-06-30")] == [
        "C001"]
    assert [c.code for c in queries.responsible_chiefs(store, reg["seg1"], date(2026, 7, 1))] == [
        "C002"]
    assert queries.responsible_chiefs(store, reg["seg1"], "2025-12-31") == []
    q3 = queries.assignments_in_period(store, "2026-04-01", "2026-09-30", segment_id=reg["seg1"])
    assert [(a.chief_id, a.days_within(date(2026, 4, 1), date(2026, 9, 30))) for a in q3] == [
        (reg["c1"], 91), (reg["c2"], 92)]
    assert any(a.id == new for a in q3)
    assert [s.code for s in queries.segments_of_chief(store, reg["c2"], "2026-08-01")] == [
        "QSH-01"]


def test_overlapping_assignment_of_same_chief_refused(store: Any, reg: dict[str, str]) -> None:
    edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c1"], "segment_id": reg["seg1"],
                                              "start_date": "2026-01-01",
                                              "end_date": "2026-06-30"})
    with pytest.raises(FieldError, match="2026-01-01 to 2026-06-30"):
        edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c1"],
                                                  "segment_id": reg["seg1"],
                                                  "start_date": "2026-06-30"})
    # the day after is fine, and another chief on the same days is fine
    edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c1"], "segment_id": reg["seg1"],
                                              "start_date": "2026-07-01"})
    edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c2"], "segment_id": reg["seg1"],
                                              "start_date": "2026-03-01"})
    with pytest.raises(FieldError, match="before the start"):
        edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c2"],
                                                  "segment_id": reg["seg2"],
                                                  "start_date": "2026-03-01",
                                                  "end_date": "2026-02-01"})


def test_bad_date_names_the_field(store: Any, reg: dict[str, str]) -> None:
    with pytest.raises(FieldError, match="2026-13-01") as info:
        edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c1"],
                                                  "segment_id": reg["seg1"],
                                                  "start_date": "2026-13-01"})
    assert info.value.field == "start_date"


def test_remove_refused_while_referenced(store: Any, reg: dict[str, str]) -> None:
    with pytest.raises(UserError, match="segment"):
        edit.remove(store, SYSTEM, "water", reg["water"])
    edit.remove(store, SYSTEM, "segment", reg["seg2"])
    assert [s.code for s in queries.list_segments(store)] == ["QSH-01"]
    assert audit_rows(store, reg["seg2"])[-1]["action"] == "delete"


def test_area_level_must_be_below_parent(store: Any, reg: dict[str, str]) -> None:
    with pytest.raises(FieldError, match="parent|上级|cannot belong|不能"):
        edit.create(store, SYSTEM, "area", {"code": "4101", "name": "x", "level": "city",
                                            "parent_id": reg["t1"]})


def test_water_cannot_flow_into_itself(store: Any, reg: dict[str, str]) -> None:
    trib = edit.create(store, SYSTEM, "water", {"code": "LX", "name": "柳溪", "kind": "river",
                                                "parent_id": reg["water"],
                                                "area_id": reg["district"]})
    with pytest.raises(FieldError):
        edit.change(store, SYSTEM, "water", reg["water"], {"parent_id": trib})


def test_evaluator_scope(store: Any, reg: dict[str, str]) -> None:
    township_eval = Actor("e", "eval1", "评估员", "evaluator", area_ids=frozenset({reg["t1"]}))
    edit.change(store, township_eval, "segment", reg["seg1"], {"from_desc": "柳泉桥"})
    with pytest.raises(PermissionDenied):
        edit.change(store, township_eval, "segment", reg["seg2"], {"from_desc": "x"})
    with pytest.raises(PermissionDenied):  # moving a segment out of their scope
        edit.change(store, township_eval, "segment", reg["seg1"], {"area_id": reg["t2"]})
    chief = Actor("c", "chief1", "王伟", "chief", chief_id=reg["c1"])
    with pytest.raises(PermissionDenied):
        edit.change(store, chief, "segment", reg["seg1"], {"from_desc": "x"})
    unit = Actor("u", "unit1", "水利局", "unit", unit_id="x")
    with pytest.raises(PermissionDenied):
        edit.remove(store, unit, "segment", reg["seg2"])
    assert queries.get_segment(store, reg["seg2"]) is not None


def test_stale_signs(store: Any, reg: dict[str, str]) -> None:
    edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c1"], "segment_id": reg["seg1"],
                                              "start_date": "2026-01-01"})
    edit.create(store, SYSTEM, "sign", {"code": "P1", "segment_id": reg["seg1"],
                                        "named_chief_ids": [reg["c1"]],
                                        "last_updated": "2026-01-05"})
    assert queries.stale_signs(store, date(2026, 12, 1)) == []
    edit.replace_chief(store, SYSTEM, reg["seg1"], reg["c1"], reg["c2"], "2026-07-01")
    assert queries.stale_signs(store, date(2026, 7, 20)) == []  # within 30 days
    stale = queries.stale_signs(store, date(2026, 8, 10))
    assert [(s.sign.code, s.changed_on, s.days_overdue) for s in stale] == [
        ("P1", date(2026, 7, 1), 10)]
    assert queries.stale_signs(store, date(2026, 8, 10), days=60) == []
    edit.mark_sign_updated(store, SYSTEM, stale[0].sign.id, "2026-08-12")
    assert queries.stale_signs(store, date(2026, 12, 1)) == []
    assert queries.list_signs(store)[0].named_chief_ids == (reg["c2"],)


def test_water_file(store: Any, reg: dict[str, str]) -> None:
    edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c1"], "segment_id": reg["seg1"],
                                              "start_date": "2026-01-01"})
    wf = queries.water_file(store, reg["water"])
    assert wf is not None
    assert [s.code for s in wf.segments] == ["QSH-01", "QSH-02"]
    assert list(wf.chiefs) == [reg["c1"]]


def test_hand_over_all_segments(store: Any, reg: dict[str, str]) -> None:
    for seg in ("seg1", "seg2"):
        edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c1"], "segment_id": reg[seg],
                                                  "start_date": "2025-01-01"})
    assert edit.hand_over(store, SYSTEM, reg["c1"], reg["c2"], "2026-05-01") == 2
    for seg in ("seg1", "seg2"):
        assert [c.code for c in queries.responsible_chiefs(store, reg[seg], "2026-04-30")] == [
            "C001"]
        assert [c.code for c in queries.responsible_chiefs(store, reg[seg], "2026-05-01")] == [
            "C002"]
    with pytest.raises(UserError, match="holds no segment"):
        edit.hand_over(store, SYSTEM, reg["c1"], reg["c2"], "2026-06-01")
