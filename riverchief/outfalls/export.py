"""The outfall ledger (入河排污口台账) as XLSX or CSV with the Chinese headers offices use."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riverchief.outfalls.ledger import (
    MODE_CN,
    REMEDIATION_CN,
    STAGE_CN,
    TYPE_CN,
    list_outfalls,
)
from riverchief.problems.export import write_table
from riverchief.security import Actor

if TYPE_CHECKING:
    from riverchief.db import Store

HEADERS = ("编号", "国家编码", "排污口名称", "位置", "经度", "纬度", "受纳水体", "河段",
           "排污口类型", "排放方式", "责任主体", "整治类型", "整治措施", "整治时限", "阶段",
           "是否完成整治", "是否规范化", "溯源结果", "销号日期", "核查人", "逾期天数")


def outfall_row(r: dict[str, Any]) -> list[Any]:
    return [
        r["code"], r["national_code"], r["name"], r["location"], r["lon"], r["lat"],
        r.get("water_name") or "", r.get("segment_name") or "", TYPE_CN[r["type"]],
        MODE_CN[r["discharge_mode"]], r["responsible_entity"],
        REMEDIATION_CN.get(r["remediation"] or "", ""), r["measures"], r["deadline"] or "",
        STAGE_CN[r["stage"]], "是" if r["remediated"] else "否",
        "是" if r["standardised"] else "否", r["source_traced"], r["closed_on"] or "",
        r["verifier"] or "", r.get("days_overdue") or 0,
    ]


def export_outfalls(store: Store, actor: Actor, path: Path, *, today: date | None = None,
                    **filters: Any) -> int:
    rows = list_outfalls(store, actor, today=today, **filters)
    write_table(path, "入河排污口台账", HEADERS, [outfall_row(r) for r in rows])
    return len(rows)


def outfall_json(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"], "code": r["code"], "national_code": r["national_code"],
        "name": r["name"], "segment": r.get("segment_code"), "type": TYPE_CN[r["type"]],
        "remediation": REMEDIATION_CN.get(r["remediation"] or ""),
        "stage": STAGE_CN[r["stage"]], "deadline": r["deadline"],
        "days_overdue": r.get("days_overdue", 0), "remediated": bool(r["remediated"]),
        "standardised": bool(r["standardised"]), "verifier": r["verifier"],
        "closed_on": r["closed_on"],
    }
