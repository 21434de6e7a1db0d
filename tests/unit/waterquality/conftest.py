"""A small registry to hang samples on: two areas, segments, sections, chiefs, assignments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from riverchief.db import Store, records


@dataclass
class Registry:
    store: Store
    ids: dict[str, str]


@pytest.fixture
def registry(store: Any) -> Registry:
    """Areas A1/A2; segments G1 (A1), G2 (A2); sections S01 river III, S02 lake III (G1),
    S03 river II and S04 (G2, both named 双名); chiefs C1 on G1, C2 on G2 from 2026-07-01."""
    ids: dict[str, str] = {}

    def add(table: str, key: str, **values: Any) -> None:
        ids[key] = records.insert(store, table, values, actor="test")

    add("area", "A1", code="410102001", name="甲街道", level="township", parent_id=None)
    add("area", "A2", code="410102002", name="乙镇", level="township", parent_id=None)
    add("water", "W", code="QSH", name="清水河", kind="river", parent_id=None, area_id=None,
        description="")
    for key, area in (("G1", "A1"), ("G2", "A2")):
        add("segment", key, code=key, name=f"清水河{key}段", water_id=ids["W"],
            area_id=ids[area], from_desc="", to_desc="", geometry=None, length_m=None,
            min_lon=None, min_lat=None, max_lon=None, max_lat=None)
    for key, name, seg, wt, target in (("S01", "甲桥", "G1", "river", "III"),
                                       ("S02", "湖心", "G1", "lake", "III"),
                                       ("S03", "双名", "G2", "river", "II"),
                                       ("S04", "双名", "G2", "river", "III")):
        add("section", key, code=key, name=name, segment_id=ids[seg], level="district",
            water_type=wt, target_class=target, lon=113.6, lat=34.7)
    for key, area, seg, start in (("C1", "A1", "G1", "2020-01-01"),
                                  ("C2", "A2", "G2", "2026-07-01")):
        add("chief", key, code=key, name=f"河长{key}", level="township", title="river_chief",
            area_id=ids[area], organisation="", post="", phone="")
        add("assignment", f"{key}-{seg}", chief_id=ids[key], segment_id=ids[seg],
            start_date=start, end_date=None, note="")
    return Registry(store, ids)
