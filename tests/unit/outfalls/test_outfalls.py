"""Outfalls: stages one at a time with what each needs, the plan, overdue, the campaign."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from ledger_fixtures import PNG, at

from riverchief.errors import PermissionDenied, UserError
from riverchief.i18n import translate
from riverchief.outfalls import ledger as of
from riverchief.security import Actor


def _outfall(store: Any, reg: dict[str, str], actor: Actor, code: str = "PWK-001") -> str:
    return of.add_outfall(store, actor, code=code, national_code="410102-0001",
                          name="柳泉镇造纸厂排口", type="industrial", segment_id=reg["s1"],
                          lon=113.61, lat=34.705, discharge_mode="intermittent",
                          responsible_entity="柳泉造纸有限公司", at=at("2026-03-01T09:00"))


def test_stages_in_order_with_their_evidence(store: Any, reg: dict[str, str],
                                            actors: dict[str, Actor]) -> None:
    ev, ev2 = actors["evaluator"], actors["evaluator2"]
    oid = _outfall(store, reg, ev)
    assert of.get_outfall(store, ev, oid)["area_id"] == reg["t1"]
    with pytest.raises(UserError, match="monitoring|监测"):
        of.advance(store, ev, oid)
    of.add_monitoring(store, ev, oid, sampled_on="2026-03-05", parameter="COD", value=180,
                      limit_value=100)
    assert of.advance(store, ev, oid)["stage"] == "monitored"
    with pytest.raises(UserError):
        of.advance(store, ev, oid, source_traced="  ")
    of.advance(store, ev, oid, source_traced="造纸厂生产废水经雨水管排出")
    with pytest.raises(UserError, match="plan|一口一策"):
        of.advance(store, ev, oid, files=[(PNG, "after.png")])
    of.set_plan(store, ev, oid, remediation="regulate", measures="雨污分流，废水接入园区污水厂",
                deadline="2026-10-31",
                milestones=[("完成管网改造", "2026-06-30"), ("设置标识牌", "2026-07-31")])
    with pytest.raises(UserError, match="evidence|证据|photo|照片"):
        of.advance(store, ev, oid)
    of.advance(store, ev, oid, files=[(PNG, "after.png")], standardised=True)
    with pytest.raises(UserError, match="another user|另一"):
        of.advance(store, ev, oid)
    with pytest.raises(UserError, match="milestone|节点"):
        of.advance(store, ev2, oid)
    for m in of.milestones(store, oid):
        of.complete_milestone(store, ev, m["id"], "2026-07-15")
    row = of.advance(store, ev2, oid, note="现场核查已规范化", at=at("2026-08-01T09:00"))
    assert (row["stage"], row["verifier"], row["closed_on"]) == ("closed", "hzb2", "2026-08-01")
    assert row["remediated"] == 1 and row["standardised"] == 1
    with pytest.raises(UserError):
        of.advance(store, ev2, oid)
    stages = [(e["from_stage"], e["to_stage"]) for e in of.timeline(store, oid)
              if e["kind"] in ("found", "stage")]
    assert stages == [(None, "found"), ("found", "monitored"), ("monitored", "traced"),
                      ("traced", "remediated"), ("remediated", "closed")]
    assert [e["filename"] for e in of.evidence(store, oid)] == ["after.png"]
    with pytest.raises(Exception, match="cannot be changed"):
        store.conn.execute("DELETE FROM outfall_event WHERE outfall_id = ?", [oid])


def test_who_may_manage_outfalls(store: Any, reg: dict[str, str],
                                 actors: dict[str, Actor]) -> None:
    for role in ("chief", "unit", "other_evaluator"):
        with pytest.raises(PermissionDenied):
            _outfall(store, reg, actors[role])
    oid = _outfall(store, reg, actors["admin"])
    for role in ("chief", "unit", "other_evaluator"):
        with pytest.raises(PermissionDenied):
            of.add_monitoring(store, actors[role], oid, sampled_on="2026-03-05",
                              parameter="氨氮", value=3.2)
    assert of.list_outfalls(store, actors["unit"]) == []
    assert of.list_outfalls(store, actors["other_evaluator"]) == []
    assert len(of.list_outfalls(store, actors["evaluator"])) == 1


def test_bad_values_are_refused(store: Any, reg: dict[str, str],
                                actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    oid = _outfall(store, reg, ev)
    with pytest.raises(UserError):
        _outfall(store, reg, ev)  # same code
    with pytest.raises(UserError):
        of.add_outfall(store, ev, code="X", name="x", type="factory", segment_id=reg["s1"])
    with pytest.raises(UserError):
        of.set_plan(store, ev, oid, remediation="ban", measures="取缔", deadline="2026-13-01")
    with pytest.raises(UserError):
        of.set_plan(store, ev, oid, remediation="burn", measures="x", deadline="2026-12-01")
    with pytest.raises(UserError):
        of.add_monitoring(store, ev, oid, sampled_on="2026-03-05", parameter="COD", value=-1)


def test_overdue_and_campaign_progress(store: Any, reg: dict[str, str],
                                       actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    a = _outfall(store, reg, ev, "PWK-001")
    b = _outfall(store, reg, ev, "PWK-002")
    _outfall(store, reg, ev, "PWK-003")
    of.set_plan(store, ev, a, remediation="ban", measures="封堵取缔", deadline="2026-06-30",
                milestones=[("封堵", "2026-05-31")])
    of.set_plan(store, ev, b, remediation="merge", measures="并入总排口", deadline="2026-12-31")
    of.add_monitoring(store, ev, b, sampled_on="2026-03-05", parameter="COD", value=50)
    of.advance(store, ev, b)
    late = of.list_outfalls(store, ev, overdue=True, today=date(2026, 7, 10))
    assert of.count_outfalls(store, ev, overdue=True, today=date(2026, 7, 10)) == 1
    assert [r["code"] for r in of.list_outfalls(store, ev, limit=1, offset=1)] == ["PWK-002"]
    assert of.count_outfalls(store, ev, search="PWK-00") == 3
    assert [(r["id"], r["days_overdue"]) for r in late] == [(a, 10)]
    assert [m["overdue"] for m in of.milestones(store, a, today=date(2026, 7, 10))] == [True]
    p = of.campaign_progress(store, ev, 2026, today=date(2026, 7, 10))
    assert p.total == 3 and p.by_stage["found"] == 2 and p.by_stage["monitored"] == 1
    assert p.overdue == 1 and p.days_left == 174 and p.share("monitored") == pytest.approx(1 / 3)
    # re-planning replaces the milestones not yet done and keeps the done ones
    m = of.milestones(store, a)[0]
    of.complete_milestone(store, ev, m["id"], "2026-05-30")
    of.set_plan(store, ev, a, remediation="ban", measures="封堵取缔", deadline="2026-09-30",
                milestones=[("拆除排水管", "2026-08-31")])
    assert [(x["seq"], x["title"], x["done_on"]) for x in of.milestones(store, a)] == [
        (1, "封堵", "2026-05-30"), (2, "拆除排水管", None)]


def test_details_corrected_on_the_timeline(store: Any, reg: dict[str, str],
                                           actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    oid = _outfall(store, reg, ev)
    other = _outfall(store, reg, ev, code="PWK-002")
    row = of.get_outfall(store, ev, oid)
    base = {k: row[k] for k in ("code", "name", "type", "segment_id", "national_code",
                                "location", "lon", "lat", "discharge_mode",
                                "responsible_entity")}
    of.change_outfall(store, ev, oid, **{**base, "name": "柳泉镇造纸厂总排口",
                                         "segment_id": reg["s2"], "type": "sewage_plant"},
                      at=at("2026-03-02T09:00"))
    row = of.get_outfall(store, ev, oid)
    assert (row["name"], row["segment_id"], row["area_id"], row["type"]) == (
        "柳泉镇造纸厂总排口", reg["s2"], reg["t2"], "sewage_plant")
    last = of.timeline(store, oid)[-1]
    assert last["kind"] == "change" and last["data"]["name"] == ["柳泉镇造纸厂排口",
                                                                 "柳泉镇造纸厂总排口"]
    assert set(last["data"]) == {"name", "segment_id", "area_id", "type"}
    n = len(of.timeline(store, oid))
    of.change_outfall(store, ev, oid, **{**base, "name": "柳泉镇造纸厂总排口",
                                         "segment_id": reg["s2"], "type": "sewage_plant"})
    assert len(of.timeline(store, oid)) == n  # nothing changed, nothing recorded
    for bad, field in (({"code": "PWK-002"}, "code"), ({"name": " "}, "name"),
                       ({"type": "mine"}, "type"), ({"lat": 95.0}, "latitude"),
                       ({"discharge_mode": "sometimes"}, "discharge mode")):
        with pytest.raises(UserError) as err:
            of.change_outfall(store, ev, oid, **{**base, "segment_id": reg["s2"], **bad})
        assert err.value.where == translate("Outfalls", field)
    # the evaluator of 石沟镇 may not move it out of 石沟镇 to 柳泉镇
    with pytest.raises(PermissionDenied):
        of.change_outfall(store, actors["other_evaluator"], oid, **base)
    assert of.get_outfall(store, ev, oid)["segment_id"] == reg["s2"]
    assert of.get_outfall(store, ev, other)["code"] == "PWK-002"


def test_survey_photos_are_the_before_pictures(store: Any, reg: dict[str, str],
                                               actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    oid = of.add_outfall(store, ev, code="PWK-9", name="排口", type="other",
                         segment_id=reg["s1"], photos=[(PNG + b"survey", "排查.png")])
    [photo] = of.evidence(store, oid)
    assert (photo["kind"], photo["filename"], photo["event_seq"]) == ("before", "排查.png", 1)
    assert of.timeline(store, oid)[0]["data"]["photos"] == [photo["sha256"]]
    # a refused registration keeps no file and no outfall
    with pytest.raises(PermissionDenied):
        of.add_outfall(store, actors["other_evaluator"], code="PWK-10", name="排口",
                       type="other", segment_id=reg["s1"], photos=[(PNG + b"x", "x.png")])
    assert store.conn.execute("SELECT COUNT(*) FROM outfall").fetchone()[0] == 1
    assert store.conn.execute("SELECT COUNT(*) FROM media WHERE name = 'x.png'"
                              ).fetchone()[0] == 0
