"""The registry's records as plain values: waters, segments, sections, chiefs, assignments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from riverchief.registry.geometry import Point, from_json


@dataclass(frozen=True)
class Water:
    """A water body (水体): river, lake, reservoir or canal."""

    id: str
    code: str
    name: str
    kind: str
    parent_id: str | None
    area_id: str | None
    description: str

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> Water:
        return cls(r["id"], r["code"], r["name"], r["kind"], r["parent_id"], r["area_id"],
                   r["description"])


@dataclass(frozen=True)
class Segment:
    """A segment (河段) of a water, the unit chiefs are responsible for and patrol."""

    id: str
    code: str
    name: str
    water_id: str
    area_id: str
    from_desc: str
    to_desc: str
    line: tuple[Point, ...]
    length_m: float | None
    revision: int = 1

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> Segment:
        return cls(r["id"], r["code"], r["name"], r["water_id"], r["area_id"], r["from_desc"],
                   r["to_desc"], tuple(from_json(r["geometry"])), r["length_m"],
                   r.get("revision", 1))


@dataclass(frozen=True)
class Section:
    """A monitoring section (监测断面); ``water_type`` decides the phosphorus ladder."""

    id: str
    code: str
    name: str
    segment_id: str
    level: str
    water_type: str
    target_class: str
    lon: float
    lat: float

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> Section:
        return cls(r["id"], r["code"], r["name"], r["segment_id"], r["level"], r["water_type"],
                   r["target_class"], r["lon"], r["lat"])


@dataclass(frozen=True)
class Chief:
    """A river or lake chief (河长/湖长) at district, township or village level."""

    id: str
    code: str
    name: str
    level: str
    title: str
    area_id: str
    organisation: str
    post: str
    phone: str

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> Chief:
        return cls(r["id"], r["code"], r["name"], r["level"], r["title"], r["area_id"],
                   r["organisation"], r["post"], r["phone"])


@dataclass(frozen=True)
class Assignment:
    """A chief responsible for a segment from ``start`` to ``end`` (inclusive; None: open)."""

    id: str
    chief_id: str
    segment_id: str
    start: date
    end: date | None
    note: str

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> Assignment:
        return cls(r["id"], r["chief_id"], r["segment_id"], date.fromisoformat(r["start_date"]),
                   date.fromisoformat(r["end_date"]) if r["end_date"] else None, r["note"])

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def days_within(self, start: date, end: date) -> int:
        """How many days of ``start``..``end`` (inclusive) this assignment covers."""
        first = max(start, self.start)
        last = min(end, self.end) if self.end else end
        return max(0, (last - first).days + 1)


@dataclass(frozen=True)
class Sign:
    """A public sign (河长公示牌) on a segment, naming its chiefs."""

    id: str
    code: str
    segment_id: str
    location: str
    lon: float | None
    lat: float | None
    named_chief_ids: tuple[str, ...]
    last_updated: date

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> Sign:
        return cls(r["id"], r["code"], r["segment_id"], r["location"], r["lon"], r["lat"],
                   tuple(json.loads(r["named_chief_ids"] or "[]")),
                   date.fromisoformat(r["last_updated"]))
