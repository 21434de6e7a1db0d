"""A small registry, the actors of every role, and problems taken to any state.

Shared by the problem and outfall tests (imported as ``ledger_fixtures``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from riverchief.problems import ledger
from riverchief.registry import edit
from riverchief.security import SYSTEM, Actor

TZ = ZoneInfo("Asia/Shanghai")
def _png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 6), (90, 140, 90)).save(buf, "PNG")
    return buf.getvalue()


PNG = _png()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def build_registry(store: Any) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["d"] = edit.create(store, SYSTEM, "area", {"code": "410102", "name": "清源区",
                                                   "level": "district"})
    ids["t1"] = edit.create(store, SYSTEM, "area", {"code": "410102001", "name": "柳泉镇",
                                                    "level": "township", "parent_id": ids["d"]})
    ids["t2"] = edit.create(store, SYSTEM, "area", {"code": "410102002", "name": "石沟镇",
                                                    "level": "township", "parent_id": ids["d"]})
    ids["w"] = edit.create(store, SYSTEM, "water", {"code": "QSH", "name": "清水河",
                                                    "kind": "river", "area_id": ids["d"]})
    ids["s1"] = edit.create(store, SYSTEM, "segment", {"code": "QSH-01", "name": "清水河柳泉段",
                                                       "water_id": ids["w"],
                                                       "area_id": ids["t1"]})
    ids["s2"] = edit.create(store, SYSTEM, "segment", {"code": "QSH-02", "name": "清水河石沟段",
                                                       "water_id": ids["w"],
                                                       "area_id": ids["t2"]})
    ids["c1"] = edit.create(store, SYSTEM, "chief", {"code": "C1", "name": "王伟",
                                                     "level": "township", "title": "river_chief",
                                                     "area_id": ids["t1"]})
    ids["c2"] = edit.create(store, SYSTEM, "chief", {"code": "C2", "name": "李芳",
                                                     "level": "township", "title": "river_chief",
                                                     "area_id": ids["t2"]})
    ids["u1"] = edit.create(store, SYSTEM, "unit", {"code": "U1", "name": "清源区水利局",
                                                    "area_id": ids["d"], "phone": "0371-1"})
    ids["u2"] = edit.create(store, SYSTEM, "unit", {"code": "U2", "name": "柳泉镇人民政府",
                                                    "area_id": ids["t1"]})
    return ids


def build_actors(ids: dict[str, str]) -> dict[str, Actor]:
    return {
        "chief": Actor("a1", "chief1", "王伟", "chief", chief_id=ids["c1"]),
        "other_chief": Actor("a2", "chief2", "李芳", "chief", chief_id=ids["c2"]),
        "unit": Actor("a3", "unit1", "水利局", "unit", unit_id=ids["u1"]),
        "other_unit": Actor("a4", "unit2", "柳泉镇", "unit", unit_id=ids["u2"]),
        "evaluator": Actor("a5", "hzb", "区河长办", "evaluator",
                           area_ids=frozenset({ids["d"], ids["t1"], ids["t2"]})),
        "evaluator2": Actor("a6", "hzb2", "区督查室", "evaluator",
                            area_ids=frozenset({ids["d"], ids["t1"], ids["t2"]})),
        "other_evaluator": Actor("a7", "hzb-t2", "石沟镇河长办", "evaluator",
                                 area_ids=frozenset({ids["t2"]})),
        "admin": Actor("a8", "admin", "管理员", "admin"),
    }


# when each step happens, and when a test acts on a problem in that state
STEP_AT = {"registered": "2026-07-01T09:00", "assigned": "2026-07-01T10:00",
           "rectifying": "2026-07-01T11:00", "awaiting": "2026-07-10T09:00",
           "closed": "2026-07-11T09:00"}
ACT_AT = {"registered": "2026-07-01T12:00", "assigned": "2026-07-01T12:00",
          "rectifying": "2026-07-05T09:00", "awaiting": "2026-07-12T09:00",
          "closed": "2026-08-15T09:00"}
ORDER = ("registered", "assigned", "rectifying", "awaiting", "closed")


def reach(store: Any, ids: dict[str, str], actors: dict[str, Actor], state: str,
          **create: Any) -> str:
    values = {"source": "patrol", "patrol_id": "patrol-1", "category": "bank.household",
              "description": "河岸堆放生活垃圾约2立方米", "segment_id": ids["s1"],
              "photos": [(PNG, "before.png")], **create}
    pid = ledger.create_problem(store, actors["chief"], at=at(STEP_AT["registered"]), **values)
    steps = ORDER[1:ORDER.index(state) + 1]
    for step in steps:
        when = at(STEP_AT[step])
        if step == "assigned":
            ledger.assign(store, actors["evaluator"], pid, unit_id=ids["u1"],
                          deadline="2026-07-20", requirement="7日内清理完毕", urgency="urgent",
                          at=when)
        elif step == "rectifying":
            ledger.accept(store, actors["unit"], pid, at=when)
        elif step == "awaiting":
            ledger.report_fix(store, actors["unit"], pid, measures="已清运垃圾并设置警示牌",
                              files=[(PNG + b"after", "after.png")], at=when)
        elif step == "closed":
            ledger.verify(store, actors["evaluator2"], pid, at=when)
    return pid


def params_for(action: str, ids: dict[str, str]) -> dict[str, Any]:
    return {
        "assign": {"unit_id": ids["u1"], "deadline": "2026-09-30", "requirement": "限期整改",
                   "urgency": "normal"},
        "accept": {}, "publish": {}, "verify": {}, "recheck_confirm": {}, "remind": {},
        "return": {"note": "不属于本单位职责"},
        "report_fix": {"measures": "已整改", "files": [(PNG + b"fix2", "fix.png")]},
        "reject": {"note": "照片不能说明整改到位"},
        "recheck_reopen": {"note": "回头看发现垃圾再次堆放", "deadline": "2026-12-31"},
        "feedback": {"note": "已安排人员清理"},
        "extend": {"note": "汛期无法施工", "deadline": "2026-12-31"},
    }[action]
