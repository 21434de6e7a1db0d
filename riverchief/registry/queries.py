"""Reading the registry: who was responsible for a segment on a day, what a water holds.

The questions every later room asks: :func:`responsible_chiefs` (segment, day),
:func:`assignments_in_period` (for scoring with proration), :func:`segments_of_chief`,
:func:`water_file` (一河一档) and :func:`stale_signs` (公示牌 not updated after a change).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from riverchief.db import Store
from riverchief.registry.model import Assignment, Chief, Section, Segment, Sign, Water

DEFAULT_SIGN_STALE_DAYS = 30


def _iso(day: date | str) -> str:
    return day if isinstance(day, str) else day.isoformat()


def _in(column: str, ids: Iterable[str] | None, params: list[Any]) -> str:
    if ids is None:
        return ""
    ids = list(ids)
    params.extend(ids)
    return f" AND {column} IN ({','.join('?' * len(ids))})" if ids else " AND 0"


def get_water(store: Store, water_id: str) -> Water | None:
    rows = list(store.db.query("SELECT * FROM water WHERE id = ?", [water_id]))
    return Water.from_row(rows[0]) if rows else None


def list_waters(store: Store, area_ids: Iterable[str] | None = None) -> list[Water]:
    """Live waters (in ``area_ids`` when given), by code."""
    params: list[Any] = []
    sql = "SELECT * FROM water WHERE deleted_at IS NULL" + _in("area_id", area_ids, params)
    return [Water.from_row(r) for r in store.db.query(sql + " ORDER BY code", params)]


def get_segment(store: Store, segment_id: str) -> Segment | None:
    rows = list(store.db.query("SELECT * FROM segment WHERE id = ?", [segment_id]))
    return Segment.from_row(rows[0]) if rows else None


def segment_by_code(store: Store, code: str) -> Segment | None:
    rows = list(store.db.query(
        "SELECT * FROM segment WHERE code = ? AND deleted_at IS NULL", [code]))
    return Segment.from_row(rows[0]) if rows else None


def list_segments(
    store: Store, *, water_id: str | None = None, area_ids: Iterable[str] | None = None
) -> list[Segment]:
    params: list[Any] = []
    sql = "SELECT * FROM segment WHERE deleted_at IS NULL"
    if water_id:
        sql += " AND water_id = ?"
        params.append(water_id)
    sql += _in("area_id", area_ids, params)
    return [Segment.from_row(r) for r in store.db.query(sql + " ORDER BY code", params)]


def segments_near(store: Store, lon: float, lat: float, margin_deg: float = 0.01) -> list[Segment]:
    """Segments whose bounding box, grown by ``margin_deg``, contains the point."""
    rows = store.db.query(
        "SELECT * FROM segment WHERE deleted_at IS NULL AND min_lon <= ? AND max_lon >= ?"
        " AND min_lat <= ? AND max_lat >= ? ORDER BY code",
        [lon + margin_deg, lon - margin_deg, lat + margin_deg, lat - margin_deg],
    )
    return [Segment.from_row(r) for r in rows]


def get_chief(store: Store, chief_id: str) -> Chief | None:
    rows = list(store.db.query("SELECT * FROM chief WHERE id = ?", [chief_id]))
    return Chief.from_row(rows[0]) if rows else None


def chief_by_code(store: Store, code: str) -> Chief | None:
    rows = list(store.db.query("SELECT * FROM chief WHERE code = ? AND deleted_at IS NULL", [code]))
    return Chief.from_row(rows[0]) if rows else None


def list_chiefs(
    store: Store, *, area_ids: Iterable[str] | None = None, level: str | None = None
) -> list[Chief]:
    params: list[Any] = []
    sql = "SELECT * FROM chief WHERE deleted_at IS NULL"
    if level:
        sql += " AND level = ?"
        params.append(level)
    sql += _in("area_id", area_ids, params)
    return [Chief.from_row(r) for r in store.db.query(sql + " ORDER BY code", params)]


def list_sections(
    store: Store, *, segment_ids: Iterable[str] | None = None
) -> list[Section]:
    params: list[Any] = []
    sql = "SELECT * FROM section WHERE deleted_at IS NULL" + _in("segment_id", segment_ids, params)
    return [Section.from_row(r) for r in store.db.query(sql + " ORDER BY code", params)]


def section_by_code(store: Store, code: str) -> Section | None:
    rows = list(store.db.query(
        "SELECT * FROM section WHERE code = ? AND deleted_at IS NULL", [code]))
    return Section.from_row(rows[0]) if rows else None


def responsible_chiefs(store: Store, segment_id: str, day: date | str) -> list[Chief]:
    """The chiefs assigned to ``segment_id`` on ``day``, district level first."""
    rows = store.db.query(
        "SELECT c.* FROM assignment a JOIN chief c ON c.id = a.chief_id"
        " WHERE a.segment_id = ? AND a.deleted_at IS NULL AND a.start_date <= ?"
        " AND (a.end_date IS NULL OR a.end_date >= ?)"
        " ORDER BY CASE c.level WHEN 'district' THEN 0 WHEN 'township' THEN 1 ELSE 2 END, c.code",
        [segment_id, _iso(day), _iso(day)],
    )
    return [Chief.from_row(r) for r in rows]


def assignments_in_period(
    store: Store,
    start: date | str,
    end: date | str,
    *,
    chief_id: str | None = None,
    segment_id: str | None = None,
    chief_ids: Iterable[str] | None = None,
) -> list[Assignment]:
    """Live assignments in force on at least one day of ``start``..``end`` (inclusive).

    Use :meth:`Assignment.days_within` to prorate a chief who took office or left
    during the period.
    """
    params: list[Any] = [_iso(end), _iso(start)]
    sql = ("SELECT * FROM assignment WHERE deleted_at IS NULL AND start_date <= ?"
           " AND (end_date IS NULL OR end_date >= ?)")
    if chief_id:
        sql += " AND chief_id = ?"
        params.append(chief_id)
    if segment_id:
        sql += " AND segment_id = ?"
        params.append(segment_id)
    sql += _in("chief_id", chief_ids, params)
    sql = sql.replace("SELECT *", "SELECT id, chief_id, segment_id, start_date, end_date, note")
    rows = store.conn.execute(sql + " ORDER BY segment_id, start_date, chief_id", params)
    day = date.fromisoformat
    return [Assignment(r[0], r[1], r[2], day(r[3]), day(r[4]) if r[4] else None, r[5])
            for r in rows]


def assignments_of_chief(store: Store, chief_id: str) -> list[Assignment]:
    rows = store.db.query(
        "SELECT * FROM assignment WHERE chief_id = ? AND deleted_at IS NULL ORDER BY start_date",
        [chief_id],
    )
    return [Assignment.from_row(r) for r in rows]


def segments_of_chief(store: Store, chief_id: str, day: date | str) -> list[Segment]:
    """The segments ``chief_id`` was responsible for on ``day``."""
    rows = store.db.query(
        "SELECT s.* FROM assignment a JOIN segment s ON s.id = a.segment_id"
        " WHERE a.chief_id = ? AND a.deleted_at IS NULL AND s.deleted_at IS NULL"
        " AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?) ORDER BY s.code",
        [chief_id, _iso(day), _iso(day)],
    )
    return [Segment.from_row(r) for r in rows]


def list_signs(store: Store, *, segment_ids: Iterable[str] | None = None) -> list[Sign]:
    params: list[Any] = []
    sql = "SELECT * FROM sign WHERE deleted_at IS NULL" + _in("segment_id", segment_ids, params)
    return [Sign.from_row(r) for r in store.db.query(sql + " ORDER BY code", params)]


@dataclass(frozen=True)
class StaleSign:
    """A sign whose named chiefs differ from those in office, past the allowed days."""

    sign: Sign
    changed_on: date  # the day the chiefs in office last changed
    current_chief_ids: tuple[str, ...]
    days_overdue: int


def last_change(store: Store, segment_id: str, day: date) -> date | None:
    """The latest day on or before ``day`` when the chiefs of a segment changed."""
    rows = list(store.db.query(
        "SELECT MAX(d) AS d FROM (SELECT start_date AS d FROM assignment WHERE segment_id = ?"
        " AND deleted_at IS NULL AND start_date <= ? UNION ALL SELECT date(end_date, '+1 day')"
        " FROM assignment WHERE segment_id = ? AND deleted_at IS NULL AND end_date < ?)",
        [segment_id, day.isoformat(), segment_id, day.isoformat()],
    ))
    return date.fromisoformat(rows[0]["d"]) if rows and rows[0]["d"] else None


def stale_signs(
    store: Store, today: date, days: int | None = None, *,
    segment_ids: Iterable[str] | None = None,
) -> list[StaleSign]:
    """Signs naming chiefs other than those in office, changed more than ``days`` ago and
    not updated since (default: the setting ``registry.sign_stale_days``, 30); only the
    signs of ``segment_ids`` when given."""
    if days is None:
        days = int(store.setting("registry.sign_stale_days", DEFAULT_SIGN_STALE_DAYS))
    out = []
    for sign in list_signs(store, segment_ids=segment_ids):
        current = tuple(c.id for c in responsible_chiefs(store, sign.segment_id, today))
        if set(current) == set(sign.named_chief_ids):
            continue
        changed = last_change(store, sign.segment_id, today) or sign.last_updated
        if sign.last_updated >= changed:
            # updated after the change but still wrong: stale from its own date
            changed = sign.last_updated
        overdue = (today - (changed + timedelta(days=days))).days
        if overdue > 0:
            out.append(StaleSign(sign, changed, current, overdue))
    return out


@dataclass(frozen=True)
class WaterFile:
    """一河一档: everything the registry knows about one water."""

    water: Water
    segments: list[Segment]
    assignments: list[Assignment]  # past and present, of all its segments
    chiefs: dict[str, Chief]  # by id, for the assignments
    sections: list[Section]
    signs: list[Sign]
    tributaries: list[Water]


def water_file(store: Store, water_id: str) -> WaterFile | None:
    water = get_water(store, water_id)
    if water is None:
        return None
    segments = list_segments(store, water_id=water_id)
    seg_ids = [s.id for s in segments]
    params: list[Any] = []
    rows = store.db.query(
        "SELECT * FROM assignment WHERE deleted_at IS NULL" + _in("segment_id", seg_ids, params)
        + " ORDER BY start_date", params)
    assignments = [Assignment.from_row(r) for r in rows]
    chiefs: dict[str, Chief] = {}
    for a in assignments:
        if a.chief_id not in chiefs:
            chief = get_chief(store, a.chief_id)
            if chief:
                chiefs[a.chief_id] = chief
    tributaries = [Water.from_row(r) for r in store.db.query(
        "SELECT * FROM water WHERE parent_id = ? AND deleted_at IS NULL ORDER BY code",
        [water_id])]
    return WaterFile(water, segments, assignments, chiefs,
                     list_sections(store, segment_ids=seg_ids),
                     list_signs(store, segment_ids=seg_ids), tributaries)
