"""What each registry table holds and how its values are checked.

One description per table serves the edit functions, the import (headers in Chinese or
English) and the export, so a rule is written once. References to other records are
stored as ids and typed by users as codes; :func:`clean` checks a dict of values and
raises a :class:`FieldError` naming the field that is wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from riverchief.errors import UserError
from riverchief.i18n import language, translate


class FieldError(UserError):
    """A value of one field is wrong; ``field`` names it so an import can say its column."""

    def __init__(self, message: str, *, field: str, where: str | None = None) -> None:
        super().__init__(message, where=where)
        self.field = field


@dataclass(frozen=True)
class Field:
    name: str  # column name
    kind: str  # text | choice | date | float | ref | line | idlist
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""  # table a ref points to (typed as that table's code)
    headers: tuple[str, ...] = ()  # extra accepted import headers (Chinese and English)


ROMAN = ("I", "II", "III", "IV", "V")

TABLES: dict[str, tuple[Field, ...]] = {
    "area": (
        Field("code", "text", True, headers=("code", "区划代码", "代码", "编码")),
        Field("name", "text", True, headers=("name", "区划名称", "名称")),
        Field("level", "choice", True, ("province", "city", "district", "township", "village"),
              headers=("level", "级别", "层级")),
        Field("parent_id", "ref", False, ref="area",
              headers=("parent_code", "parent", "上级区划代码", "上级", "上级代码")),
    ),
    "water": (
        Field("code", "text", True, headers=("code", "水体编码", "代码", "编码")),
        Field("name", "text", True, headers=("name", "水体名称", "名称")),
        Field("kind", "choice", True, ("river", "lake", "reservoir", "canal"),
              headers=("kind", "type", "类型", "水体种类")),
        Field("parent_id", "ref", False, ref="water",
              headers=("parent_code", "parent", "上级水体编码", "上级水体", "汇入")),
        Field("area_id", "ref", True, ref="area",
              headers=("area_code", "area", "区划代码", "区划", "管理区划")),
        Field("description", "text", headers=("description", "说明", "简介")),
    ),
    "segment": (
        Field("code", "text", True, headers=("code", "河段编码", "代码", "编码")),
        Field("name", "text", True, headers=("name", "河段名称", "名称")),
        Field("water_id", "ref", True, ref="water",
              headers=("water_code", "water", "水体编码", "水体", "所属河湖")),
        Field("area_id", "ref", True, ref="area",
              headers=("area_code", "area", "区划代码", "区划", "所在区划")),
        Field("from_desc", "text", headers=("from", "起点")),
        Field("to_desc", "text", headers=("to", "终点")),
        Field("geometry", "line", headers=("geometry", "line", "几何", "线")),
    ),
    "section": (
        Field("code", "text", True, headers=("code", "断面编码", "代码", "编码")),
        Field("name", "text", True, headers=("name", "断面名称", "名称")),
        Field("segment_id", "ref", True, ref="segment",
              headers=("segment_code", "segment", "河段编码", "河段")),
        Field("level", "choice", True, ("national", "provincial", "city", "district"),
              headers=("level", "级别", "断面级别")),
        Field("water_type", "choice", True, ("river", "lake"),
              headers=("water_type", "水体类型", "河流湖库")),
        Field("target_class", "choice", True, ROMAN,
              headers=("target_class", "target", "目标", "水质目标", "目标类别")),
        Field("lon", "float", True, headers=("lon", "longitude", "经度")),
        Field("lat", "float", True, headers=("lat", "latitude", "纬度")),
    ),
    "chief": (
        Field("code", "text", True, headers=("code", "河长编码", "代码", "编码")),
        Field("name", "text", True, headers=("name", "姓名", "名称")),
        Field("level", "choice", True, ("district", "township", "village"),
              headers=("level", "级别", "河长级别")),
        Field("title", "choice", True, ("river_chief", "deputy_chief", "lake_chief"),
              headers=("title", "河长类别", "职务类别")),
        Field("area_id", "ref", True, ref="area",
              headers=("area_code", "area", "区划代码", "区划")),
        Field("organisation", "text", headers=("organisation", "organization", "单位",
                                               "工作单位")),
        Field("post", "text", headers=("post", "职务")),
        Field("phone", "text", headers=("phone", "电话", "联系电话")),
    ),
    "unit": (
        Field("code", "text", True, headers=("code", "单位编码", "代码", "编码")),
        Field("name", "text", True, headers=("name", "单位名称", "名称")),
        Field("area_id", "ref", True, ref="area",
              headers=("area_code", "area", "区划代码", "区划")),
        Field("phone", "text", headers=("phone", "电话", "联系电话")),
    ),
    "assignment": (
        Field("chief_id", "ref", True, ref="chief",
              headers=("chief_code", "chief", "河长编码", "河长")),
        Field("segment_id", "ref", True, ref="segment",
              headers=("segment_code", "segment", "河段编码", "河段")),
        Field("start_date", "date", True, headers=("start_date", "start", "开始日期", "任职日期")),
        Field("end_date", "date", headers=("end_date", "end", "结束日期", "离任日期")),
        Field("note", "text", headers=("note", "备注")),
    ),
    "sign": (
        Field("code", "text", True, headers=("code", "公示牌编码", "代码", "编码")),
        Field("segment_id", "ref", True, ref="segment",
              headers=("segment_code", "segment", "河段编码", "河段")),
        Field("location", "text", headers=("location", "位置", "设置位置")),
        Field("lon", "float", headers=("lon", "longitude", "经度")),
        Field("lat", "float", headers=("lat", "latitude", "纬度")),
        Field("named_chief_ids", "idlist", ref="chief",
              headers=("named_chiefs", "chiefs", "公示河长编码", "公示河长")),
        Field("last_updated", "date", True, headers=("last_updated", "updated", "更新日期")),
    ),
}

_CODE_RE = re.compile(r"^[0-9A-Za-z_.\-]{1,40}$")


def label(field: str) -> str:
    """The name of a field as users see it."""
    names = {
        "code": translate("Registry", "code"),
        "name": translate("Registry", "name"),
        "level": translate("Registry", "level"),
        "parent_id": translate("Registry", "parent"),
        "kind": translate("Registry", "kind"),
        "area_id": translate("Registry", "area"),
        "description": translate("Registry", "description"),
        "water_id": translate("Registry", "water"),
        "from_desc": translate("Registry", "from"),
        "to_desc": translate("Registry", "to"),
        "geometry": translate("Registry", "line"),
        "segment_id": translate("Registry", "segment"),
        "water_type": translate("Registry", "water type"),
        "target_class": translate("Registry", "target class"),
        "lon": translate("Registry", "longitude"),
        "lat": translate("Registry", "latitude"),
        "title": translate("Registry", "title"),
        "organisation": translate("Registry", "organisation"),
        "post": translate("Registry", "post"),
        "phone": translate("Registry", "phone"),
        "chief_id": translate("Registry", "chief"),
        "start_date": translate("Registry", "start date"),
        "end_date": translate("Registry", "end date"),
        "note": translate("Registry", "note"),
        "location": translate("Registry", "location"),
        "named_chief_ids": translate("Registry", "chiefs named"),
        "last_updated": translate("Registry", "last updated"),
    }
    return names.get(field, field)


_label_cache: dict[tuple[str, str, str], str] = {}


def choice_label(value: str, table: str = "") -> str:
    """The words users see for a stored choice value (of ``table``, where it matters)."""
    key = (language(), table if table == "section" else "", value)
    found = _label_cache.get(key)
    if found is None:
        found = _label_cache[key] = _choice_label(value, table)
    return found


def _choice_label(value: str, table: str) -> str:
    if table == "section":
        levels = {
            "national": translate("Registry", "national control"),
            "provincial": translate("Registry", "provincial control"),
            "city": translate("Registry", "city control"),
            "district": translate("Registry", "district control"),
        }
        if value in levels:
            return levels[value]
    names = {
        "province": translate("Registry", "province"),
        "city": translate("Registry", "city"),
        "district": translate("Registry", "district"),
        "township": translate("Registry", "township"),
        "village": translate("Registry", "village"),
        "river": translate("Registry", "river"),
        "lake": translate("Registry", "lake"),
        "reservoir": translate("Registry", "reservoir"),
        "canal": translate("Registry", "canal"),
        "national": translate("Registry", "national"),
        "provincial": translate("Registry", "provincial"),
        "river_chief": translate("Registry", "river chief"),
        "deputy_chief": translate("Registry", "deputy river chief"),
        "lake_chief": translate("Registry", "lake chief"),
    }
    return names.get(value, value)


# Words users type for choices, besides the stored value itself.
CHOICE_ALIASES: dict[str, str] = {
    "省": "province", "市": "city", "县": "district", "区": "district", "县区": "district",
    "县级": "district", "区级": "district", "乡镇": "township", "街道": "township",
    "乡级": "township", "镇级": "township", "乡镇级": "township", "村": "village",
    "社区": "village", "村级": "village",
    "河": "river", "河流": "river", "湖": "lake", "湖泊": "lake", "水库": "reservoir",
    "渠": "canal", "沟渠": "canal", "湖库": "lake",
    "国控": "national", "省控": "provincial", "市控": "city", "区控": "district",
    "县控": "district",
    "河长": "river_chief", "副河长": "deputy_chief", "湖长": "lake_chief",
    "Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "1": "I", "2": "II", "3": "III",
    "4": "IV", "5": "V", "Ⅰ类": "I", "Ⅱ类": "II", "Ⅲ类": "III", "Ⅳ类": "IV", "Ⅴ类": "V",
}


def parse_date(text: str, field: str) -> str:
    """A date typed as 2026-07-01 (or 2026/7/1, 2026.7.1), as ISO text."""
    raw = text.strip()
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", raw)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    raise FieldError(
        translate("Registry", "'{value}' is not a date (write it as 2026-07-01).").format(
            value=raw
        ),
        field=field,
    )


def clean_value(table: str, f: Field, value: Any) -> Any:
    """One value checked and normalised (refs stay as given: ids)."""
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "" or value == []:
        if f.required:
            raise FieldError(
                translate("Registry", "The {field} is required.").format(field=label(f.name)),
                field=f.name,
            )
        if f.kind == "text":
            return ""
        if f.kind == "idlist":
            return "[]"
        return None
    if f.kind == "text":
        text = str(value)
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        if f.name == "code" and not _CODE_RE.match(text):
            raise FieldError(
                translate(
                    "Registry",
                    "The code '{value}' may use only letters, digits, '-', '_' and '.' "
                    "(at most 40).",
                ).format(value=text),
                field=f.name,
            )
        return text
    if f.kind == "choice":
        text = str(value)
        text = CHOICE_ALIASES.get(text, text)
        text = {choice_label(c, table): c for c in f.choices}.get(text, text)
        if text.upper() in ROMAN and f.choices == ROMAN:
            text = text.upper()
        if text not in f.choices:
            raise FieldError(
                translate("Registry", "'{value}' is not a valid {field} (one of: {choices}).")
                .format(value=value, field=label(f.name), choices=", ".join(f.choices)),
                field=f.name,
            )
        return text
    if f.kind == "date":
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return parse_date(str(value), f.name)
    if f.kind == "float":
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise FieldError(
                translate("Registry", "'{value}' is not a number.").format(value=value),
                field=f.name,
            ) from None
        limit = 180 if f.name == "lon" else 90
        if f.name in ("lon", "lat") and not -limit <= number <= limit:
            raise FieldError(
                translate("Registry", "{value} is not a valid {field}.").format(
                    value=number, field=label(f.name)
                ),
                field=f.name,
            )
        return number
    if f.kind == "idlist":
        if isinstance(value, str):
            value = json.loads(value)
        return json.dumps(list(value))
    return value


def clean(table: str, values: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """``values`` checked field by field; unknown fields are a programming error."""
    fields = {f.name: f for f in TABLES[table]}
    unknown = set(values) - set(fields)
    if unknown:
        raise ValueError(f"unknown fields for {table}: {sorted(unknown)}")
    out: dict[str, Any] = {}
    for name, f in fields.items():
        if name in values:
            out[name] = clean_value(table, f, values[name])
        elif not partial:
            out[name] = clean_value(table, f, None)
    return out
