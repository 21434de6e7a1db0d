"""The calculus of a scorecard (考核评分): facts in, points with reasons out.

For each indicator of the rule set the chief starts with its maximum points and loses
what each shortfall costs (never going below 0); each deduction carries its reason and
the records behind it. Indicators that do not apply are left out, and the applicable
points are scaled to 100 (88 of 90 possible → 97.78). Bonus points are added up to
their cap; the total is rounded half up to 2 decimals and only then graded. Ranks: equal
totals share a rank and the next rank skips (1, 2, 2, 4).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from riverchief.assessment.calendar import Duty, duty, merge_spans
from riverchief.assessment.facts import ChiefFacts, ChiefRef, RecordRef
from riverchief.i18n import translate
from riverchief.periods import Period
from riverchief.rules.assessment import (
    AssessmentRules,
    IndicatorRules,
    grade_name,
    indicator_name,
)
from riverchief.rules.patrol import PatrolRules, period_name

CENT = Decimal("0.01")
ZERO = Decimal(0)
HUNDRED = Decimal(100)


def round_total(value: Decimal) -> Decimal:
    """Half up to 2 decimals: 89.994 → 89.99, 89.995 → 90.00."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def show(value: Decimal) -> str:
    """A figure as people write it: 2, 0.5, 97.78 (no trailing zeros)."""
    text = f"{round_total(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass
class Deduction:
    """Points lost for one reason, with the records behind it."""

    kind: str
    points: Decimal  # the amount lost (positive)
    reason: str
    records: list[RecordRef] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "points": -float(round_total(self.points)),
                "reason": self.reason, "records": [r.as_dict() for r in self.records]}


@dataclass
class IndicatorResult:
    """One indicator of a scorecard; ``points`` None when it does not apply."""

    key: str
    max_points: Decimal  # what the chief could get here (after parts that do not apply)
    points: Decimal | None
    deductions: list[Deduction] = field(default_factory=list)
    note: str = ""

    @property
    def applicable(self) -> bool:
        return self.points is not None

    @property
    def name(self) -> str:
        return indicator_name(self.key)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "name": self.name,
            "points": None if self.points is None else float(round_total(self.points)),
            "max_points": float(round_total(self.max_points)),
            "applicable": self.applicable, "note": self.note,
            "deductions": [d.as_dict() for d in self.deductions],
        }


@dataclass
class Scorecard:
    """A chief's result for a period: indicators, total, grade and ranks."""

    chief: ChiefRef
    indicators: list[IndicatorResult]
    bonus: IndicatorResult
    scaled: Decimal | None  # applicable points scaled to 100, before bonus and rounding
    total: Decimal | None  # rounded, with bonus: what is graded and ranked
    grade: str | None
    rank: int | None = None  # among chiefs of the same level
    rank_overall: int | None = None

    @property
    def grade_name(self) -> str:
        return grade_name(self.grade)

    def indicator(self, key: str) -> IndicatorResult:
        for i in self.indicators:
            if i.key == key:
                return i
        if key == "bonus":
            return self.bonus
        raise KeyError(key)

    def as_dict(self) -> dict[str, Any]:
        return {
            "chief_id": self.chief.id, "chief_code": self.chief.code,
            "chief_name": self.chief.name, "level": self.chief.level,
            "area": self.chief.area_name, "area_code": self.chief.area_code,
            "total": None if self.total is None else float(self.total),
            "grade": self.grade, "grade_name": self.grade_name,
            "rank": self.rank, "rank_overall": self.rank_overall,
            "indicators": [i.as_dict() for i in self.indicators] + [self.bonus.as_dict()],
        }


def _floor(max_points: Decimal, deductions: Sequence[Deduction]) -> tuple[Decimal, str]:
    lost = sum((d.points for d in deductions), ZERO)
    if lost > max_points:
        return ZERO, translate(
            "Assessment", "The deductions ({lost}) exceed the maximum; the indicator counts 0."
        ).format(lost=show(lost))
    return max_points - lost, ""


def _not_applicable(rule: IndicatorRules, note: str) -> IndicatorResult:
    return IndicatorResult(rule.key, rule.max_points, None, [], note)


def _no_records(what: str) -> str:
    return translate("Assessment", "Not applicable: the app keeps no {what} yet.").format(
        what=what)


# --- patrol duty ---------------------------------------------------------------------


def _duty_reason(d: Duty, count: int, per: str, segment: str) -> str:
    base = translate(
        "Assessment", "{count} patrol(s) per {per} required: {required} in the period"
    ).format(count=count, per=period_name(per), required=d.required)
    if d.prorated:
        base += translate(
            "Assessment", " ({full} x {days} of {period_days} days assigned, rounded down)"
        ).format(full=d.full, days=d.days_assigned, period_days=d.period_days)
    base += translate("Assessment", "; {credited} counted, {missed} missed").format(
        credited=d.credited, missed=d.missed)
    if segment:
        base = translate("Assessment", "Segment {segment}: ").format(segment=segment) + base
    return base


def score_patrol(facts: ChiefFacts, rule: IndicatorRules, period: Period,
                 patrol_rules: PatrolRules, segment_labels: dict[str, str]) -> IndicatorResult:
    level = patrol_rules.level(facts.chief.level)
    if level is None:
        return _not_applicable(rule, translate(
            "Assessment", "Not applicable: the rule set requires no patrols of this level."))
    if facts.patrols is None:
        return _not_applicable(rule, _no_records(translate("Assessment", "patrol records")))
    freq = level.frequency
    out: list[Deduction] = []
    groups: list[tuple[str, list[tuple[date, date]], list[date]]] = []
    if freq.counted_per == "segment":
        by_segment: dict[str, list[tuple[date, date | None]]] = {}
        for s in facts.spans:
            by_segment.setdefault(s.segment_id, []).append((s.start, s.end))
        for seg in sorted(by_segment, key=lambda k: segment_labels.get(k, k)):
            groups.append((seg, merge_spans(by_segment[seg], period),
                           facts.patrols.valid_days.get(seg, [])))
    else:
        groups.append(("", merge_spans([(s.start, s.end) for s in facts.spans], period),
                       facts.patrols.all_days()))
    for seg, spans, days in groups:
        if not spans:
            continue
        d = duty(period, freq, spans, days)
        if d.missed:
            out.append(Deduction(
                "missed_patrol", rule["per_missed"] * d.missed,
                _duty_reason(d, freq.count, freq.per, segment_labels.get(seg, seg)),
                [RecordRef(u.per, u.label, u.label) for u in d.short_units]))
    invalid = facts.patrols.invalid
    if invalid and rule["per_invalid"]:
        out.append(Deduction("invalid_patrol", rule["per_invalid"] * len(invalid), translate(
            "Assessment", "{n} patrol(s) judged invalid, {each} each").format(
                n=len(invalid), each=show(rule["per_invalid"])), sorted(invalid)))
    incomplete = facts.patrols.incomplete
    if incomplete and rule["per_incomplete"]:
        raw = rule["per_incomplete"] * len(incomplete)
        reason = translate(
            "Assessment", "{n} patrol record(s) without text or photo, {each} each").format(
                n=len(incomplete), each=show(rule["per_incomplete"]))
        if raw > rule["incomplete_cap"]:
            raw = rule["incomplete_cap"]
            reason += translate("Assessment", ", capped at {cap}").format(
                cap=show(rule["incomplete_cap"]))
        out.append(Deduction("incomplete_record", raw, reason, sorted(incomplete)))
    points, note = _floor(rule.max_points, out)
    return IndicatorResult(rule.key, rule.max_points, points, out, note)


# --- problems ------------------------------------------------------------------------


def score_problem_reporting(facts: ChiefFacts, rule: IndicatorRules, period: Period
                            ) -> IndicatorResult:
    if facts.problems is None:
        return _not_applicable(rule, _no_records(translate("Assessment", "problem records")))
    out: list[Deduction] = []
    in_period = [p for p in facts.problems if period.contains(p.found_on)]
    others = sorted(p.ref for p in in_period
                    if not p.found_by_chief and not p.counted_as_complaint)
    if others and rule["per_found_by_others"]:
        out.append(Deduction("found_by_others", rule["per_found_by_others"] * len(others),
                             translate("Assessment", "{n} problem(s) on the chief's waters "
                                       "found by others, not on a patrol, {each} each").format(
                                 n=len(others), each=show(rule["per_found_by_others"])),
                             others))
    limit = int(rule["report_days"])
    late = sorted(p.ref for p in in_period if p.found_by_chief and p.reported_on is not None
                  and (p.reported_on - p.found_on).days > limit)
    if late and rule["per_late_report"]:
        out.append(Deduction("late_report", rule["per_late_report"] * len(late), translate(
            "Assessment", "{n} problem(s) reported more than {days} day(s) after the patrol, "
            "{each} each").format(n=len(late), days=limit, each=show(rule["per_late_report"])),
            late))
    points, note = _floor(rule.max_points, out)
    return IndicatorResult(rule.key, rule.max_points, points, out, note)


def overdue_days(deadline: date | None, closed_on: date | None, period: Period) -> int:
    """Days of ``period`` on which a problem was past its deadline and not closed."""
    if deadline is None:
        return 0
    first = max(deadline + timedelta(days=1), period.start)
    last = period.end if closed_on is None else min(closed_on, period.end)
    return max(0, (last - first).days + 1)


def score_problem_handling(facts: ChiefFacts, rule: IndicatorRules, period: Period
                           ) -> IndicatorResult:
    if facts.problems is None:
        return _not_applicable(rule, _no_records(translate("Assessment", "problem records")))
    out: list[Deduction] = []
    for p in sorted(facts.problems, key=lambda p: (p.deadline or period.end, p.ref)):
        days = overdue_days(p.deadline, p.closed_on, period)
        if not days:
            continue
        raw = rule["per_overdue"] + rule["per_day_overdue"] * days
        reason = translate(
            "Assessment", "Problem {label} overdue {days} day(s) in the period (deadline "
            "{deadline}): {base} + {per_day} x {days}").format(
                label=p.ref.label, days=days, deadline=p.deadline,
                base=show(rule["per_overdue"]), per_day=show(rule["per_day_overdue"]))
        if raw > rule["overdue_cap_each"]:
            raw = rule["overdue_cap_each"]
            reason += translate("Assessment", ", capped at {cap}").format(
                cap=show(rule["overdue_cap_each"]))
        if raw:
            out.append(Deduction("overdue_problem", raw, reason, [p.ref]))
    points, note = _floor(rule.max_points, out)
    return IndicatorResult(rule.key, rule.max_points, points, out, note)


# --- water quality -------------------------------------------------------------------


def score_water_quality(facts: ChiefFacts, rule: IndicatorRules) -> IndicatorResult:
    water = facts.water
    if water is None:
        return _not_applicable(rule, _no_records(translate("Assessment", "water-quality data")))
    if not water.section_months:
        return _not_applicable(rule, translate(
            "Assessment", "Not applicable: no monitoring section of the chief's waters has "
            "results in the period."))
    out: list[Deduction] = []
    attain = rule["attain_points"]
    counted = len(water.section_months)
    failing = [sm for sm in water.section_months if not sm.attained]
    if failing and attain:
        lost = attain * len(failing) / counted
        out.append(Deduction("target_missed", lost, translate(
            "Assessment", "{failing} of {counted} section-month(s) missed the target class: "
            "{points} x {failing}/{counted}").format(
                failing=len(failing), counted=counted, points=show(attain)),
            sorted(sm.ref for sm in failing)))
    maximum = rule.max_points
    note = ""
    improve = rule["improve_points"]
    if improve:
        if water.score is None or water.score_last_year is None:
            maximum -= improve
            note = translate("Assessment", "No results for the same period last year: the "
                             "improvement part ({points}) does not apply.").format(
                                 points=show(improve))
        elif water.score < water.score_last_year:
            out.append(Deduction("worse_than_last_year", improve, translate(
                "Assessment", "Water-quality score {now} is below the same period last year "
                "({before})").format(now=f"{water.score:.1f}",
                                     before=f"{water.score_last_year:.1f}"),
                sorted({RecordRef(sm.ref.table, sm.ref.id, sm.ref.label.split(" ")[0])
                        for sm in water.section_months})))
    points, floor_note = _floor(maximum, out)
    return IndicatorResult(rule.key, maximum, points, out, " ".join(
        n for n in (note, floor_note) if n))


# --- complaints and supervision findings ---------------------------------------------


def score_supervision(facts: ChiefFacts, rule: IndicatorRules, period: Period
                      ) -> IndicatorResult:
    if facts.complaints is None and facts.findings is None:
        return _not_applicable(rule, _no_records(translate(
            "Assessment", "complaints or supervision findings")))
    out: list[Deduction] = []
    notes: list[str] = []
    if facts.complaints is None:
        notes.append(_no_records(translate("Assessment", "complaints")))
    else:
        upheld = sorted(c.ref for c in facts.complaints
                        if c.substantiated and period.contains(c.received_on))
        if upheld and rule["per_complaint"]:
            raw = rule["per_complaint"] * len(upheld)
            reason = translate("Assessment", "{n} substantiated complaint(s), {each} each").format(
                n=len(upheld), each=show(rule["per_complaint"]))
            if raw > rule["complaint_cap"]:
                raw = rule["complaint_cap"]
                reason += translate("Assessment", ", capped at {cap}").format(
                    cap=show(rule["complaint_cap"]))
            out.append(Deduction("complaint", raw, reason, upheld))
    if facts.findings is None:
        notes.append(_no_records(translate("Assessment", "supervision findings")))
    else:
        for f in sorted(facts.findings, key=lambda f: (f.deadline, f.ref)):
            d = finding_deduction(f, rule, period)
            if d is not None:
                out.append(d)
    points, note = _floor(rule.max_points, out)
    return IndicatorResult(rule.key, rule.max_points, points, out,
                           " ".join(n for n in (*notes, note) if n))


def finding_deduction(f: Any, rule: IndicatorRules, period: Period) -> Deduction | None:
    """−per_finding for each month end of the period at which the finding is unfixed,
    times repeat_factor when it was unfixed at the previous month's end too; capped."""
    parts: list[str] = []
    total = ZERO
    for month in period.months():
        if not f.unfixed_at(month.end):
            continue
        before = month.start - timedelta(days=1)
        cost = rule["per_finding"]
        if f.unfixed_at(before):
            cost *= rule["repeat_factor"]
            parts.append(translate("Assessment", "{month} -{cost} (still unfixed)").format(
                month=month.label, cost=show(cost)))
        else:
            parts.append(translate("Assessment", "{month} -{cost}").format(
                month=month.label, cost=show(cost)))
        total += cost
    if not parts or not total:
        return None
    reason = translate(
        "Assessment", "Supervision finding {label} unfixed after its deadline {deadline}: {parts}"
    ).format(label=f.ref.label, deadline=f.deadline, parts="; ".join(parts))
    if total > rule["finding_cap"]:
        total = rule["finding_cap"]
        reason += translate("Assessment", ", capped at {cap}").format(
            cap=show(rule["finding_cap"]))
    return Deduction("unfixed_finding", total, reason, [f.ref])


# --- outfalls ------------------------------------------------------------------------


def score_outfalls(facts: ChiefFacts, rule: IndicatorRules, period: Period) -> IndicatorResult:
    if facts.outfalls is None:
        return _not_applicable(rule, _no_records(translate("Assessment", "outfall records")))
    unhandled = sorted(o.ref for o in facts.outfalls
                       if o.deadline is not None and o.deadline <= period.end
                       and (o.remediated_on is None or o.remediated_on > period.end))
    out: list[Deduction] = []
    if unhandled and rule["per_unhandled"]:
        out.append(Deduction("unhandled_outfall", rule["per_unhandled"] * len(unhandled),
                             translate("Assessment", "{n} outfall(s) past their deadline and "
                                       "not remediated, {each} each").format(
                                 n=len(unhandled), each=show(rule["per_unhandled"])),
                             unhandled))
    points, note = _floor(rule.max_points, out)
    return IndicatorResult(rule.key, rule.max_points, points, out, note)


# --- the whole scorecard ---------------------------------------------------------------


def score_bonus(facts: ChiefFacts, rules: AssessmentRules) -> IndicatorResult:
    raw = sum((b.points for b in facts.bonuses), ZERO)
    note = ""
    points = raw
    if raw > rules.bonus_cap:
        points = rules.bonus_cap
        note = translate("Assessment", "Bonus points {raw} capped at {cap}.").format(
            raw=show(raw), cap=show(rules.bonus_cap))
    # bonus lines are gains: shown with their reasons, counted as negative deductions
    lines = [Deduction("bonus", -b.points, b.reason, [b.ref]) for b in facts.bonuses]
    return IndicatorResult("bonus", rules.bonus_cap, points, lines, note)


def scale(indicators: Sequence[IndicatorResult]) -> Decimal | None:
    """Applicable points scaled to 100 (None when nothing applies)."""
    applicable = [i for i in indicators if i.points is not None]
    possible = sum((i.max_points for i in applicable), ZERO)
    if not applicable or not possible:
        return None
    got = sum((i.points for i in applicable if i.points is not None), ZERO)
    return got * HUNDRED / possible


def scorecard(facts: ChiefFacts, rules: AssessmentRules, period: Period,
              patrol_rules: PatrolRules, segment_labels: dict[str, str] | None = None
              ) -> Scorecard:
    """The scorecard of one chief (unranked)."""
    labels = segment_labels or {}
    scorers: dict[str, Callable[[IndicatorRules], IndicatorResult]] = {
        "patrol": lambda r: score_patrol(facts, r, period, patrol_rules, labels),
        "problem_reporting": lambda r: score_problem_reporting(facts, r, period),
        "problem_handling": lambda r: score_problem_handling(facts, r, period),
        "water_quality": lambda r: score_water_quality(facts, r),
        "supervision": lambda r: score_supervision(facts, r, period),
        "outfalls": lambda r: score_outfalls(facts, r, period),
    }
    indicators = [scorers[r.key](r) for r in rules.active()]
    bonus = score_bonus(facts, rules)
    scaled = scale(indicators)
    if scaled is None:
        return Scorecard(facts.chief, indicators, bonus, None, None, None)
    total = round_total(scaled + (bonus.points or ZERO))
    return Scorecard(facts.chief, indicators, bonus, scaled, total, rules.grade(total))


def competition_ranks(values: Sequence[Decimal | None]) -> list[int | None]:
    """Ranks of ``values``, highest first; equal values share a rank (1, 2, 2, 4)."""
    order = sorted((v for v in values if v is not None), reverse=True)
    first: dict[Decimal, int] = {}
    for i, v in enumerate(order, start=1):
        first.setdefault(v, i)
    return [None if v is None else first[v] for v in values]


def rank(cards: list[Scorecard]) -> list[Scorecard]:
    """Set each card's rank among its level and overall; returns them best first."""
    overall = competition_ranks([c.total for c in cards])
    for c, r in zip(cards, overall, strict=True):
        c.rank_overall = r
    by_level: dict[str, list[Scorecard]] = {}
    for c in cards:
        by_level.setdefault(c.chief.level, []).append(c)
    for group in by_level.values():
        for c, r in zip(group, competition_ranks([c.total for c in group]), strict=True):
            c.rank = r
    return sorted(cards, key=lambda c: (c.rank_overall is None, c.rank_overall or 0,
                                        c.chief.code))
