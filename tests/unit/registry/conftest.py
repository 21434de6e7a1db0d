"""A small registry: a district with two townships, a river with two segments, chiefs."""

from __future__ import annotations

from typing import Any

import pytest

from riverchief.registry import edit
from riverchief.security import SYSTEM

LINE_A = [[113.60, 34.70], [113.61, 34.705], [113.62, 34.71]]
LINE_B = [[113.62, 34.71], [113.63, 34.72]]


@pytest.fixture
def reg(store: Any) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["district"] = edit.create(store, SYSTEM, "area",
                                  {"code": "410102", "name": "清源区", "level": "district"})
    ids["t1"] = edit.create(store, SYSTEM, "area", {"code": "410102001", "name": "柳泉镇",
                                                    "level": "township",
                                                    "parent_id": ids["district"]})
    ids["t2"] = edit.create(store, SYSTEM, "area", {"code": "410102002", "name": "石沟镇",
                                                    "level": "township",
                                                    "parent_id": ids["district"]})
    ids["water"] = edit.create(store, SYSTEM, "water", {"code": "QSH", "name": "清水河",
                                                        "kind": "river",
                                                        "area_id": ids["district"]})
    ids["seg1"] = edit.create(store, SYSTEM, "segment", {
        "code": "QSH-01", "name": "清水河柳泉段", "water_id": ids["water"], "area_id": ids["t1"],
        "geometry": LINE_A})
    ids["seg2"] = edit.create(store, SYSTEM, "segment", {
        "code": "QSH-02", "name": "清水河石沟段", "water_id": ids["water"], "area_id": ids["t2"],
        "geometry": LINE_B})
    ids["c1"] = edit.create(store, SYSTEM, "chief", {
        "code": "C001", "name": "王伟", "level": "township", "title": "river_chief",
        "area_id": ids["t1"], "organisation": "柳泉镇人民政府", "post": "镇长"})
    ids["c2"] = edit.create(store, SYSTEM, "chief", {
        "code": "C002", "name": "李芳", "level": "township", "title": "river_chief",
        "area_id": ids["t2"]})
    return ids
