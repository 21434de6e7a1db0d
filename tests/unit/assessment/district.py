"""A hand-made small district for 2026Q1 whose every figure the tests compute by hand.

Areas: district D > township T1 > villages V1, V2. Water 清水河 with segments G1 (V1) and
G2 (V2); one monitoring section S1 on G1 (river, target III). Chiefs:
- DC district, on G1 and G2 since 2024 (1 patrol per quarter);
- TC township, on G1 since 2024 (1 per month);
- VA village, on G1 until 2026-02-14, replaced by VB from 2026-02-15 (1 per week);
- VC village, on G2 since 2024.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from riverchief.db import Store, records
from riverchief.security import SYSTEM
from riverchief.waterquality.samples import add_sample
from riverchief.waterquality.values import Measurement


@dataclass
class District:
    store: Store
    ids: dict[str, str]


def tuesdays(first: date, n: int) -> list[date]:
    return [first + timedelta(days=7 * i) for i in range(n)]


def make_district(store: Store) -> District:
    ids: dict[str, str] = {}

    def add(table: str, key: str, **values: Any) -> str:
        ids[key] = records.insert(store, table, values, actor="test")
        return ids[key]

    add("area", "D", code="410102", name="示范区", level="district", parent_id=None)
    add("area", "T1", code="410102001", name="柳泉镇", level="township", parent_id=ids["D"])
    add("area", "V1", code="410102001001", name="东村", level="village", parent_id=ids["T1"])
    add("area", "V2", code="410102001002", name="西村", level="village", parent_id=ids["T1"])
    add("water", "W", code="QSH", name="清水河", kind="river", parent_id=None, area_id=None,
        description="")
    for key, area in (("G1", "V1"), ("G2", "V2")):
        add("segment", key, code=key, name=f"清水河{key}段", water_id=ids["W"],
            area_id=ids[area], from_desc="", to_desc="", geometry=None, length_m=None,
            min_lon=None, min_lat=None, max_lon=None, max_lat=None)
    add("section", "S1", code="S1", name="东桥", segment_id=ids["G1"], level="district",
        water_type="river", target_class="III", lon=113.6, lat=34.7)
    add("unit", "U", code="U1", name="镇水利站", area_id=ids["T1"], phone="")
    chiefs = (("DC", "district", "D", "张区长"), ("TC", "township", "T1", "李镇长"),
              ("VA", "village", "V1", "王甲"), ("VB", "village", "V1", "赵乙"),
              ("VC", "village", "V2", "陈丙"))
    for key, level, area, name in chiefs:
        add("chief", key, code=key, name=name, level=level, title="river_chief",
            area_id=ids[area], organisation="", post="", phone="")
    for key, chief, seg, start, end in (
            ("aDC1", "DC", "G1", "2024-01-01", None), ("aDC2", "DC", "G2", "2024-01-01", None),
            ("aTC", "TC", "G1", "2024-01-01", None),
            ("aVA", "VA", "G1", "2025-01-01", "2026-02-14"),
            ("aVB", "VB", "G1", "2026-02-15", None), ("aVC", "VC", "G2", "2024-01-01", None)):
        add("assignment", key, chief_id=ids[chief], segment_id=ids[seg], start_date=start,
            end_date=end, note="")

    def patrol(key: str, chief: str, seg: str, day: date, verdict: str = "valid",
               notes: str = "巡查正常", state: str = "submitted") -> str:
        start = f"{day.isoformat()}T09:00:00+08:00"
        return add("patrol", key, chief_id=ids[chief], segment_id=ids[seg], start_at=start,
                   end_at=f"{day.isoformat()}T10:00:00+08:00", method="foot",
                   verdict=verdict, notes=notes, entered_at=start, state=state)

    patrol("pDC", "DC", "G1", date(2026, 2, 3))
    patrol("pTC1", "TC", "G1", date(2026, 1, 10))
    patrol("pTC2", "TC", "G1", date(2026, 2, 10))
    patrol("pTC3", "TC", "G1", date(2026, 3, 10), verdict="invalid")
    for n, day in enumerate(tuesdays(date(2025, 12, 30), 5)):  # weeks 1..5
        patrol(f"pVA{n}", "VA", "G1", day, notes="" if n == 2 else "巡查正常")
    for n, day in enumerate(tuesdays(date(2026, 2, 17), 6)):  # weeks 8..13
        patrol(f"pVB{n}", "VB", "G1", day)
    patrol("pVBdraft", "VB", "G1", date(2026, 2, 18), state="draft")
    for n, day in enumerate(tuesdays(date(2025, 12, 30), 13)):
        patrol(f"pVC{n}", "VC", "G2", day)

    add("complaint", "K1", code="K1", received_via="hotline", received_on="2026-03-01",
        content="河面漂浮垃圾", area_id=ids["V1"])
    add("supervision_batch", "B1", code="B1", level="district", name="区级督查第一批",
        issued_on="2026-01-05", due_on="2026-01-31", area_id=ids["D"])

    def problem(key: str, source: str, chief: str, found_on: str, state: str,
                **extra: Any) -> str:
        values = dict(code=key, source=source, category="floating", description=key,
                      segment_id=None, area_id=ids["T1"], chief_id=ids[chief],
                      found_at=f"{found_on}T10:00:00+08:00", reported_by="test", state=state)
        if state != "registered":
            values.update(unit_id=ids["U"])
        values.update(extra)
        return add("problem", key, **values)

    problem("P1", "patrol", "VC", "2026-01-09", "assigned", patrol_id=ids["pVC1"],
            deadline="2026-03-21")
    problem("P2", "media", "TC", "2026-02-01", "closed", deadline="2026-02-20",
            fix_reported_by="unit1", fix_reported_at="2026-02-15T10:00:00+08:00",
            verifier="eva", closed_on="2026-02-25")
    problem("P3", "complaint", "DC", "2026-03-02", "rectifying", complaint_id=ids["K1"],
            deadline="2026-04-30")
    problem("P4", "supervision", "DC", "2026-01-06", "assigned", batch_id=ids["B1"],
            deadline="2026-01-31")

    def outfall(key: str, seg: str, deadline: str, stage: str) -> str:
        return add("outfall", key, code=key, name=key, segment_id=ids[seg],
                   area_id=ids["T1"], type="other", deadline=deadline, stage=stage,
                   remediated=int(stage == "remediated"))

    outfall("O1", "G2", "2026-03-01", "traced")
    outfall("O2", "G1", "2026-02-01", "remediated")
    add("outfall_event", "O2e", outfall_id=ids["O2"], seq=1, kind="remediate",
        at="2026-01-20T10:00:00+08:00", actor="test", from_stage="traced",
        to_stage="remediated")

    for when, nh3n in ((datetime(2025, 1, 15, 9), 0.4), (datetime(2026, 1, 15, 9), 0.4),
                       (datetime(2026, 2, 15, 9), 1.8), (datetime(2026, 3, 15, 9), 0.4)):
        add_sample(store, ids["S1"], when, "laboratory", {"nh3n": Measurement(nh3n)},
                   actor=SYSTEM)
    return District(store, ids)
