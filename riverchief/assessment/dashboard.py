"""The figures a district leader quotes for a period (考核看板).

From the scorecards of an :class:`~riverchief.assessment.scorecards.Assessment`: the
patrol compliance rate (valid patrols counted against those required), problems found,
closed and overdue, the share of section-months meeting their target and of 劣V,
complaints against the previous period, and how many chiefs got each grade.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from riverchief.assessment.scorecards import Assessment
from riverchief.db import Store
from riverchief.rules.assessment import GRADES


@dataclass
class Figures:
    chiefs: int
    patrols_required: int
    patrols_counted: int
    problems_found: int
    problems_closed: int
    problems_overdue: int  # past the deadline and not fixed at the period's end
    section_months: int
    section_months_attained: int
    section_months_worse_than_v: int
    complaints: int | None
    complaints_previous: int | None
    grades: dict[str, int] = field(default_factory=dict)

    @property
    def patrol_rate(self) -> float | None:
        if not self.patrols_required:
            return None
        return 100.0 * self.patrols_counted / self.patrols_required

    @property
    def attained_share(self) -> float | None:
        if not self.section_months:
            return None
        return 100.0 * self.section_months_attained / self.section_months

    @property
    def worse_than_v_share(self) -> float | None:
        if not self.section_months:
            return None
        return 100.0 * self.section_months_worse_than_v / self.section_months


def figures(store: Store, a: Assessment) -> Figures:
    """The dashboard of ``a`` (its period, area and level)."""
    period = a.period
    required = counted = 0
    for c in a.cards:
        for i in c.indicators:
            if i.key == "patrol" and i.counts:
                required += i.counts["required"]
                counted += i.counts["credited"]
    found = closed = overdue = 0
    months = attained = worst = 0
    seen_sections: set[tuple[str, str]] = set()
    for f in a.inputs.facts.values():
        for p in f.problems or []:
            if period.contains(p.found_on):
                found += 1
            if p.closed_on is not None and period.contains(p.closed_on):
                closed += 1
            if p.deadline is not None and p.deadline < period.end and (
                    p.closed_on is None or p.closed_on > period.end):
                overdue += 1
        for sm in f.water.section_months if f.water else []:
            key = (sm.ref.id, sm.month)
            if key in seen_sections:
                continue  # a section of a segment with several chiefs counts once
            seen_sections.add(key)
            months += 1
            attained += sm.attained
            worst += sm.worse_than_v
    complaints = previous = None
    if a.inputs.available.get("problems"):
        area_ids = sorted({f.chief.area_id for f in a.inputs.facts.values()})
        prev = period.previous()

        def count(lo: str, hi: str) -> int:
            sql = ("SELECT count(*) FROM complaint WHERE deleted_at IS NULL AND received_on >= ?"
                   " AND received_on <= ?")
            params: list[str] = [lo, hi]
            if a.area_id is not None:
                sql += f" AND area_id IN ({','.join('?' * len(area_ids))})"
                params += area_ids
            return int(store.conn.execute(sql, params).fetchone()[0])

        complaints = count(period.start.isoformat(), period.end.isoformat())
        previous = count(prev.start.isoformat(), prev.end.isoformat())
    grades = {g: 0 for g in GRADES}
    for c in a.cards:
        if c.grade:
            grades[c.grade] += 1
    return Figures(len(a.cards), required, counted, found, closed, overdue, months, attained,
                   worst, complaints, previous, grades)
