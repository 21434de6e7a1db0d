"""Demo step: the administrative areas (province/city → district → township → village)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from riverchief.db import records
from riverchief.demo.names import place
from riverchief.i18n import translate
from riverchief.ids import uuid7

if TYPE_CHECKING:
    from riverchief.demo import DemoContext


def generate(ctx: DemoContext) -> None:
    tier, rng = ctx.tier, ctx.rng
    rows: list[dict[str, Any]] = []
    used: set[str] = set()

    def add(code: str, name: str, level: str, parent: str | None) -> str:
        area_id = uuid7()
        rows.append({"id": area_id, "code": code, "name": name, "level": level,
                     "parent_id": parent})
        return area_id

    districts: list[tuple[str, str]] = []  # (id, code)
    if tier.cities == 0:
        districts.append((add("410102", "清源区", "district", None), "410102"))
    else:
        province = add("41", "河源省", "province", None) if tier.cities > 1 else None
        for c in range(tier.cities):
            city_code = f"41{c + 1:02d}"
            city = add(city_code, place(rng, used, "市"), "city", province)
            for d in range(tier.districts_per_city):
                code = f"{city_code}{d + 2:02d}"
                districts.append((add(code, place(rng, used, "区"), "district", city), code))
    townships: list[str] = []
    villages: list[str] = []
    for district_id, district_code in districts:
        for t in range(tier.townships_per_district):
            code = f"{district_code}{t + 1:03d}"
            suffix = "街道" if t < 2 else "镇"
            township = add(code, place(rng, used, suffix), "township", district_id)
            townships.append(township)
            for v in range(tier.villages_per_township):
                village_suffix = "社区" if t < 2 else "村"
                villages.append(
                    add(f"{code}{v + 1:03d}", place(rng, used, village_suffix), "village", township)
                )
    records.insert_many(ctx.store, "area", rows, actor="demo",
                        summary=translate("Demo", "demo areas"))
    ctx.made["districts"] = [d for d, _ in districts]
    ctx.made["townships"] = townships
    ctx.made["villages"] = villages
