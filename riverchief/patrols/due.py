"""Due reminders (巡河提醒): from the rule set's frequency, what each chief still owes.

A level's frequency says ``required`` patrols per week, 旬 (ten days: 1–10, 11–20, 21–end),
month, quarter or year, in the active months, counted per chief or per assigned segment.
Valid and suspect patrols count (an invalid one does not); the home page shows this
period's count against the required one, whether the last period was missed, and the date
by which the next patrol is due.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from riverchief.patrols.queries import patrol_days
from riverchief.registry import queries as registry
from riverchief.rules import RuleSet, rules_in_force
from riverchief.rules.patrol import Frequency

if TYPE_CHECKING:
    from riverchief.db import Store

OPEN_EXCLUDED = ("closed", "archived", "cancelled")


def period_of(per: str, day: date) -> tuple[date, date]:
    """The period of kind ``per`` containing ``day`` (inclusive bounds)."""
    if per == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if per == "xun":
        last = calendar.monthrange(day.year, day.month)[1]
        if day.day <= 10:
            return day.replace(day=1), day.replace(day=10)
        if day.day <= 20:
            return day.replace(day=11), day.replace(day=20)
        return day.replace(day=21), day.replace(day=last)
    if per == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if per == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        end_month = first + 2
        return (date(day.year, first, 1),
                date(day.year, end_month, calendar.monthrange(day.year, end_month)[1]))
    if per == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    raise ValueError(per)


def _active(freq: Frequency, start: date, end: date) -> bool:
    d = start
    while d <= end:
        if d.month in freq.active_months:
            return True
        d = (d.replace(day=1) + timedelta(days=32)).replace(day=1)
    return False


@dataclass(frozen=True)
class SegmentDue:
    segment_id: str
    segment_code: str
    segment_name: str
    done: int


@dataclass(frozen=True)
class DueStatus:
    """Where a chief stands this period."""

    chief_id: str
    level: str
    per: str
    required: int
    counted_per: str
    period_start: date
    period_end: date
    active: bool
    done: int  # valid or suspect patrols this period (the smallest per segment if per segment)
    invalid: int  # invalid ones this period (they do not count)
    last_period_missed: bool
    next_due: date | None  # the day by which the next patrol is due; None: nothing required
    segments: tuple[SegmentDue, ...]

    @property
    def met(self) -> bool:
        return not self.active or self.done >= self.required

    @property
    def overdue(self) -> bool:
        return self.last_period_missed


@dataclass(frozen=True)
class OpenProblem:
    id: str
    category: str
    description: str
    state: str
    found_at: str
    deadline: str | None
    code: str = ""
    segment_code: str = ""
    mine: bool = True  # reported by this chief; False: found by others on their segments

    def overdue(self, today: date) -> bool:
        return self.deadline is not None and self.deadline < today.isoformat()


def _count(rows: list[dict[str, Any]], segment_id: str | None) -> tuple[int, int]:
    good = bad = 0
    for r in rows:
        if segment_id is not None and r["segment_id"] != segment_id:
            continue
        if r["verdict"] == "invalid":
            bad += 1
        else:
            good += 1
    return good, bad


def due_status(store: Store, chief_id: str, today: date,
               rules: RuleSet | None = None) -> DueStatus | None:
    """The chief's standing on ``today``; None when the rule set has no rule for the level."""
    chief = registry.get_chief(store, chief_id)
    ruleset = rules or rules_in_force(store)
    level_rules = ruleset.patrol.level(chief.level) if chief else None
    if chief is None or level_rules is None:
        return None
    freq = level_rules.frequency
    start, end = period_of(freq.per, today)
    prev_start, prev_end = period_of(freq.per, start - timedelta(days=1))
    segs = registry.segments_of_chief(store, chief_id, today)
    rows = patrol_days(store, chief_id, prev_start, end)
    this = [r for r in rows if r["day"] >= start.isoformat()]
    last = [r for r in rows if r["day"] < start.isoformat()]
    per_segment = freq.counted_per == "segment" and segs
    if per_segment:
        counts = [(s, _count(this, s.id)) for s in segs]
        done = min(c[0] for _, c in counts)
        invalid = sum(c[1] for _, c in counts)
        last_done = min(_count(last, s.id)[0] for s in segs)
        seg_due = tuple(SegmentDue(s.id, s.code, s.name, c[0]) for s, c in counts)
    else:
        done, invalid = _count(this, None)
        last_done = _count(last, None)[0]
        seg_due = tuple(SegmentDue(s.id, s.code, s.name, _count(this, s.id)[0]) for s in segs)
    active = _active(freq, start, end) and freq.count > 0
    prev_active = _active(freq, prev_start, prev_end) and freq.count > 0
    held_then = bool(registry.segments_of_chief(store, chief_id, prev_end))
    missed = prev_active and held_then and last_done < freq.count
    next_due: date | None = None
    if freq.count > 0:
        if active and done < freq.count:
            next_due = end
        else:  # the end of the next active period
            s, e = period_of(freq.per, end + timedelta(days=1))
            for _ in range(400):
                if _active(freq, s, e):
                    next_due = e
                    break
                s, e = period_of(freq.per, e + timedelta(days=1))
    return DueStatus(chief_id, chief.level, freq.per, freq.count, freq.counted_per, start, end,
                     active, done, invalid, missed, next_due, seg_due)


def open_problems(store: Store, chief_id: str, day: date | None = None) -> list[OpenProblem]:
    """The open problems a chief answers for, oldest first: those they reported, and those
    found by others (a complaint, the office's supervision, another chief's patrol) on the
    segments they are responsible for on ``day`` (default: today)."""
    columns = {c.name for c in store.db["problem"].columns}
    deadline = "p.deadline" if "deadline" in columns else "NULL"
    marks = ",".join("?" * len(OPEN_EXCLUDED))
    segs = [s.id for s in registry.segments_of_chief(store, chief_id, day or date.today())]
    rows = store.db.query(
        f"SELECT p.id, p.code, p.category, p.description, p.state, p.found_at,"
        f" {deadline} AS deadline, p.chief_id, s.code AS segment_code"
        " FROM problem p LEFT JOIN segment s ON s.id = p.segment_id"
        " WHERE p.deleted_at IS NULL"
        f" AND p.state NOT IN ({marks})"
        " AND (p.chief_id = ? OR p.segment_id IN (SELECT value FROM json_each(?)))"
        " ORDER BY p.found_at, p.code", [*OPEN_EXCLUDED, chief_id, json.dumps(segs)])
    return [OpenProblem(r["id"], r["category"], r["description"], r["state"], r["found_at"],
                        r["deadline"], r["code"] or "", r["segment_code"] or "",
                        r["chief_id"] == chief_id) for r in rows]
