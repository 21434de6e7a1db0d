"""What water quality knows of a monitoring section, and a sample with its values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from riverchief.i18n import translate
from riverchief.waterquality.classes import WaterClass
from riverchief.waterquality.values import Measurement


@dataclass(frozen=True)
class SectionRef:
    """What water quality needs of a monitoring section (监测断面)."""

    id: str
    code: str
    name: str
    segment_id: str
    area_id: str | None
    water_type: str
    target: WaterClass

    @classmethod
    def from_row(cls, r: Mapping[str, Any]) -> SectionRef:
        return cls(r["id"], r["code"], r["name"], r["segment_id"], r.get("area_id"),
                   r["water_type"], WaterClass.parse(r["target_class"]))


@dataclass
class Sample:
    """One sampling of one section: when, by which source, and its values."""

    id: str
    section_id: str
    sampled_at: datetime  # local time of the district, naive
    source: str
    values: dict[str, Measurement] = field(default_factory=dict)
    note: str = ""
    import_file: str = ""

    @property
    def month(self) -> str:
        return self.sampled_at.strftime("%Y-%m")


def source_name(source: str) -> str:
    return {
        "automatic": translate("WaterQuality", "automatic station"),
        "laboratory": translate("WaterQuality", "laboratory"),
        "field": translate("WaterQuality", "field kit"),
    }.get(source, source)
