"""The calculus of a scorecard (考核评分): facts in, points with reasons out.

For each indicator of the rule set the chief starts with its maximum points and loses
what each shortfall costs (never going below 0); each deduction carries its reason and
the records behind it. Indicators that do not apply are left out, and the applicable
points are scaled to 100 (88 of 90 possible → 97.78). Bonus points are added up to
their cap; the total is rounded half up to 2 decimals and only then graded. Ranks: equal
totals share a rank and the next rank skips (1, 2, 2, 4).

A deduction keeps its reason as a kind and figures (:attr:`Deduction.params`); the words
are made when shown (:func:`reason_text`), in the language of the reader, so a frozen run
reads the same in Chinese and English and a province of scorecards is cheap to compute.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from riverchief.assessment.calendar import DutyCalendar, merge_spans
from riverchief.assessment.facts import ChiefFacts, ChiefRef, FindingFact, RecordRef
from riverchief.i18n import translate
from riverchief.periods import Period
from riverchief.rules.assessment import (
    AssessmentRules,
    IndicatorRules,
    grade_name,
    indicator_name,
)
from riverchief.rules.patrol import Frequency, PatrolRules, period_name

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


# --- the words of reasons and notes, made when shown ----------------------------------------


def _capped(p: dict[str, Any]) -> str:
    return translate("Assessment", ", capped at {cap}").format(cap=p["cap"]) if p.get(
        "cap") else ""


def _records_what(what: str) -> str:
    return {
        "patrols": translate("Assessment", "patrol records"),
        "problems": translate("Assessment", "problem records"),
        "water": translate("Assessment", "water-quality data"),
        "supervision": translate("Assessment", "complaints or supervision findings"),
        "complaints": translate("Assessment", "complaints"),
        "findings": translate("Assessment", "supervision findings"),
        "outfalls": translate("Assessment", "outfall records"),
    }[what]


def reason_text(kind: str, p: dict[str, Any]) -> str:
    """The reason of a deduction in the reader's language."""
    if kind == "missed_patrol":
        text = translate(
            "Assessment", "{count} patrol(s) per {per} required: {required} in the period"
        ).format(count=p["count"], per=period_name(p["per"]), required=p["required"])
        if p.get("prorated"):
            text += translate(
                "Assessment", " ({full} x {days} of {period_days} days assigned, rounded down)"
            ).format(full=p["full"], days=p["days"], period_days=p["period_days"])
        text += translate("Assessment", "; {credited} counted, {missed} missed").format(
            credited=p["credited"], missed=p["missed"])
        if p.get("segment"):
            text = translate("Assessment", "Segment {segment}: ").format(
                segment=p["segment"]) + text
        return text
    if kind == "invalid_patrol":
        return translate("Assessment", "{n} patrol(s) judged invalid, {each} each").format(**p)
    if kind == "incomplete_record":
        return translate("Assessment", "{n} patrol record(s) without text or photo, {each} each"
                         ).format(**p) + _capped(p)
    if kind == "found_by_others":
        return translate("Assessment", "{n} problem(s) on the chief's waters found by others, "
                         "not on a patrol, {each} each").format(**p)
    if kind == "late_report":
        return translate("Assessment", "{n} problem(s) reported more than {days} day(s) after "
                         "the patrol, {each} each").format(**p)
    if kind == "overdue_problem":
        return translate("Assessment", "Problem {label} overdue {days} day(s) in the period "
                         "(deadline {deadline}): {base} + {per_day} x {days}").format(
                             **p) + _capped(p)
    if kind == "target_missed":
        return translate("Assessment", "{failing} of {counted} section-month(s) missed the "
                         "target class: {points} x {failing}/{counted}").format(**p)
    if kind == "worse_than_last_year":
        return translate("Assessment", "Water-quality score {now} is below the same period last "
                         "year ({before})").format(**p)
    if kind == "complaint":
        return translate("Assessment", "{n} substantiated complaint(s), {each} each").format(
            **p) + _capped(p)
    if kind == "unfixed_finding":
        parts = [translate("Assessment", "{month} -{cost} (still unfixed)").format(
                     month=m, cost=c) if repeat else
                 translate("Assessment", "{month} -{cost}").format(month=m, cost=c)
                 for m, c, repeat in p["months"]]
        return translate("Assessment", "Supervision finding {label} unfixed after its deadline "
                         "{deadline}: {parts}").format(
                             label=p["label"], deadline=p["deadline"],
                             parts=translate("Assessment", "; ").join(parts)) + _capped(p)
    if kind == "unhandled_outfall":
        return translate("Assessment", "{n} outfall(s) past their deadline and not remediated, "
                         "{each} each").format(**p)
    if kind == "bonus":
        return str(p["text"])
    return kind


def note_text(kind: str, p: dict[str, Any]) -> str:
    """A note on an indicator in the reader's language."""
    if kind == "floor":
        return translate("Assessment", "The deductions ({lost}) exceed the maximum; the "
                         "indicator counts 0.").format(**p)
    if kind == "no_records":
        return translate("Assessment", "Not applicable: the app keeps no {what} yet.").format(
            what=_records_what(p["what"]))
    if kind == "no_level":
        return translate("Assessment", "Not applicable: the rule set requires no patrols of "
                         "this level.")
    if kind == "no_sections":
        return translate("Assessment", "Not applicable: no monitoring section of the chief's "
                         "waters has results in the period.")
    if kind == "no_last_year":
        return translate("Assessment", "No results for the same period last year: the "
                         "improvement part ({points}) does not apply.").format(**p)
    if kind == "bonus_capped":
        return translate("Assessment", "Bonus points {raw} capped at {cap}.").format(**p)
    return kind


@dataclass
class Deduction:
    """Points lost for one reason (kind and figures), with the records behind it."""

    kind: str
    points: Decimal  # the amount lost (positive; a bonus line is a negative loss)
    params: dict[str, Any] = field(default_factory=dict)
    records: list[RecordRef] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return reason_text(self.kind, self.params)

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
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # e.g. patrols required, counted

    @property
    def applicable(self) -> bool:
        return self.points is not None

    @property
    def name(self) -> str:
        return indicator_name(self.key)

    @property
    def note(self) -> str:
        return " ".join(note_text(k, p) for k, p in self.notes)

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


def _result(rule: IndicatorRules, maximum: Decimal, out: list[Deduction],
            notes: list[tuple[str, dict[str, Any]]] | None = None) -> IndicatorResult:
    lost = sum((d.points for d in out), ZERO) if out else ZERO
    notes = notes or []
    if lost > maximum:
        return IndicatorResult(rule.key, maximum, ZERO, out,
                               [*notes, ("floor", {"lost": show(lost)})])
    return IndicatorResult(rule.key, maximum, maximum - lost, out, notes)


def _not_applicable(rule: IndicatorRules, kind: str, **params: Any) -> IndicatorResult:
    return IndicatorResult(rule.key, rule.max_points, None, [], [(kind, params)])


def _capped_cost(each: Decimal, n: int, cap: Decimal | None, params: dict[str, Any]
                 ) -> Decimal:
    raw = each * n
    if cap is not None and raw > cap:
        params["cap"] = show(cap)
        return cap
    return raw


# --- patrol duty ---------------------------------------------------------------------


class Context:
    """What every scorecard of one period under one rule set shares (calendars, labels)."""

    def __init__(self, rules: AssessmentRules, period: Period, patrol_rules: PatrolRules,
                 segment_labels: dict[str, str] | None = None) -> None:
        self.rules = rules
        self.period = period
        self.patrol_rules = patrol_rules
        self.segment_labels = segment_labels or {}
        self.full = (period.start, period.end)
        self._calendars: dict[Frequency, DutyCalendar] = {}
        self.active = rules.active()
        self._unit_refs: dict[object, RecordRef] = {}
        self._duties: dict[str, tuple[Frequency, DutyCalendar, list[RecordRef]] | None] = {}
        self._shown: dict[Decimal, str] = {}
        # the results of an indicator with nothing to say, shared by every card that has
        # them (most chiefs of a province on most indicators): results are not changed
        # once made
        self.clean = {r.key: IndicatorResult(r.key, r.max_points, r.max_points - ZERO, [], [])
                      for r in self.active}
        self.no_sections = {r.key: IndicatorResult(r.key, r.max_points, None, [],
                                                   [("no_sections", {})]) for r in self.active}
        self.no_bonus = IndicatorResult("bonus", rules.bonus_cap, ZERO)

    def unit_ref(self, unit: object) -> RecordRef:
        ref = self._unit_refs.get(unit)
        if ref is None:
            label = unit.label  # type: ignore[attr-defined]
            ref = self._unit_refs[unit] = RecordRef(unit.per, label, label)  # type: ignore[attr-defined]
        return ref

    def calendar(self, frequency: Frequency) -> DutyCalendar:
        cal = self._calendars.get(frequency)
        if cal is None:
            cal = self._calendars[frequency] = DutyCalendar(self.period, frequency)
        return cal

    def level_duty(self, level: str) -> tuple[Frequency, DutyCalendar, list[RecordRef]] | None:
        """The frequency of a chief level, its calendar and the refs of the calendar's
        units (in the same order); None when the rule set requires nothing of the level."""
        try:
            return self._duties[level]
        except KeyError:
            rules = self.patrol_rules.levels.get(level)
            duty = None
            if rules is not None:
                cal = self.calendar(rules.frequency)
                duty = (rules.frequency, cal, [self.unit_ref(u) for u in cal.units])
            self._duties[level] = duty
            return duty

    def show(self, value: Decimal) -> str:
        """:func:`show` of a rule's figure, made once."""
        text = self._shown.get(value)
        if text is None:
            text = self._shown[value] = show(value)
        return text


def _spans(ctx: Context, spans: Sequence[tuple[date, date | None]]) -> list[tuple[date, date]]:
    period = ctx.period
    if len(spans) == 1:
        s, e = spans[0]
        if s <= period.start and (e is None or e >= period.end):
            return [ctx.full]
    return merge_spans(spans, period)


def score_patrol(facts: ChiefFacts, rule: IndicatorRules, ctx: Context) -> IndicatorResult:
    duty = ctx.level_duty(facts.chief.level)
    if duty is None:
        return _not_applicable(rule, "no_level")
    patrols = facts.patrols
    if patrols is None:
        return _not_applicable(rule, "no_records", what="patrols")
    freq, cal, refs = duty
    out: list[Deduction] = []
    required = credited = 0
    hit: frozenset[int] | None = None
    if freq.counted_per == "segment":
        by_segment: dict[str, list[tuple[date, date | None]]] = {}
        for s in facts.spans:
            by_segment.setdefault(s.segment_id, []).append((s.start, s.end))
        labels = ctx.segment_labels
        groups = [(seg, _spans(ctx, by_segment[seg]), patrols.valid_days.get(seg, []))
                  for seg in sorted(by_segment, key=lambda k: labels.get(k, k))]
    else:
        days = patrols.valid_days.get("", []) if len(patrols.valid_days) <= 1 else \
            patrols.all_days()
        spans = facts.spans
        if len(spans) == 1:
            one = spans[0]
            period = ctx.period
            merged = [ctx.full] if one.start <= period.start and (
                one.end is None or one.end >= period.end) else merge_spans(
                    [(one.start, one.end)], period)
        else:
            merged = merge_spans([(x.start, x.end) for x in spans], ctx.period)
        bits = patrols.unit_bits
        if bits is not None and patrols.bits_from is not None and freq.count == 1:
            # read as the bits of the units with a patrol (the usual rules)
            hit = cal.hits(bits.get(freq.per, 0), patrols.bits_from)
        groups = [("", merged, days)]
    for seg, spans_in, days in groups:
        if not spans_in:
            continue
        req, made, short, prorated = cal.figures(spans_in, days) if hit is None else \
            cal.figures_of_hits(spans_in, hit)
        required += req
        credited += made if made < req else req
        missed = req - made
        if missed > 0:
            params: dict[str, Any] = {
                "count": freq.count, "per": freq.per, "required": req,
                "credited": made, "missed": missed}
            if prorated is not None:
                params.update(prorated=True, full=prorated[0], days=prorated[1],
                              period_days=prorated[2])
            if seg:
                params["segment"] = ctx.segment_labels.get(seg, seg)
            out.append(Deduction("missed_patrol", rule.figures["per_missed"] * missed, params,
                                 [refs[i] for i in short]))
    invalid = patrols.invalid
    if invalid:
        each = rule.figures["per_invalid"]
        if each:
            out.append(Deduction("invalid_patrol", each * len(invalid),
                                 {"n": len(invalid), "each": ctx.show(each)},
                                 sorted(invalid) if len(invalid) > 1 else list(invalid)))
    incomplete = patrols.incomplete
    if incomplete:
        each = rule.figures["per_incomplete"]
        if each:
            params = {"n": len(incomplete), "each": ctx.show(each)}
            cost = _capped_cost(each, len(incomplete), rule.figures["incomplete_cap"], params)
            out.append(Deduction("incomplete_record", cost, params,
                                 sorted(incomplete) if len(incomplete) > 1 else
                                 list(incomplete)))
    result = _result(rule, rule.max_points, out)
    result.counts = {"required": required, "credited": credited}
    return result


# --- problems ------------------------------------------------------------------------


def score_problem_reporting(facts: ChiefFacts, rule: IndicatorRules, period: Period
                            ) -> IndicatorResult:
    if facts.problems is None:
        return _not_applicable(rule, "no_records", what="problems")
    out: list[Deduction] = []
    in_period = [p for p in facts.problems if period.start <= p.found_on <= period.end]
    others = sorted(p.ref for p in in_period
                    if not p.found_by_chief and not p.counted_as_complaint)
    if others and rule["per_found_by_others"]:
        out.append(Deduction("found_by_others", rule["per_found_by_others"] * len(others),
                             {"n": len(others), "each": show(rule["per_found_by_others"])},
                             others))
    limit = int(rule["report_days"])
    late = sorted(p.ref for p in in_period if p.found_by_chief and p.reported_on is not None
                  and (p.reported_on - p.found_on).days > limit)
    if late and rule["per_late_report"]:
        out.append(Deduction("late_report", rule["per_late_report"] * len(late),
                             {"n": len(late), "days": limit,
                              "each": show(rule["per_late_report"])}, late))
    return _result(rule, rule.max_points, out)


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
        return _not_applicable(rule, "no_records", what="problems")
    out: list[Deduction] = []
    for p in sorted(facts.problems, key=lambda p: (p.deadline or period.end, p.ref)):
        days = overdue_days(p.deadline, p.closed_on, period)
        if not days:
            continue
        raw = rule["per_overdue"] + rule["per_day_overdue"] * days
        params: dict[str, Any] = {
            "label": p.ref.label, "days": days, "deadline": str(p.deadline),
            "base": show(rule["per_overdue"]), "per_day": show(rule["per_day_overdue"])}
        if raw > rule["overdue_cap_each"]:
            raw = rule["overdue_cap_each"]
            params["cap"] = show(raw)
        if raw:
            out.append(Deduction("overdue_problem", raw, params, [p.ref]))
    return _result(rule, rule.max_points, out)


# --- water quality -------------------------------------------------------------------


def score_water_quality(facts: ChiefFacts, rule: IndicatorRules) -> IndicatorResult:
    water = facts.water
    if water is None:
        return _not_applicable(rule, "no_records", what="water")
    if not water.section_months:
        return _not_applicable(rule, "no_sections")
    out: list[Deduction] = []
    attain = rule["attain_points"]
    counted = len(water.section_months)
    failing = [sm for sm in water.section_months if not sm.attained]
    if failing and attain:
        out.append(Deduction("target_missed", attain * len(failing) / counted,
                             {"failing": len(failing), "counted": counted,
                              "points": show(attain)},
                             sorted(sm.ref for sm in failing)))
    maximum = rule.max_points
    notes: list[tuple[str, dict[str, Any]]] = []
    improve = rule["improve_points"]
    if improve:
        if water.score is None or water.score_last_year is None:
            maximum -= improve
            notes.append(("no_last_year", {"points": show(improve)}))
        elif water.score < water.score_last_year:
            sections = sorted({RecordRef(sm.ref.table, sm.ref.id, sm.ref.label.split(" ")[0])
                               for sm in water.section_months})
            out.append(Deduction("worse_than_last_year", improve,
                                 {"now": f"{water.score:.1f}",
                                  "before": f"{water.score_last_year:.1f}"}, sections))
    return _result(rule, maximum, out, notes)


# --- complaints and supervision findings ---------------------------------------------


def score_supervision(facts: ChiefFacts, rule: IndicatorRules, period: Period
                      ) -> IndicatorResult:
    if facts.complaints is None and facts.findings is None:
        return _not_applicable(rule, "no_records", what="supervision")
    out: list[Deduction] = []
    notes: list[tuple[str, dict[str, Any]]] = []
    if facts.complaints is None:
        notes.append(("no_records", {"what": "complaints"}))
    elif facts.complaints:
        upheld = sorted(c.ref for c in facts.complaints
                        if c.substantiated and period.start <= c.received_on <= period.end)
        if upheld and rule["per_complaint"]:
            params = {"n": len(upheld), "each": show(rule["per_complaint"])}
            cost = _capped_cost(rule["per_complaint"], len(upheld), rule["complaint_cap"],
                                params)
            out.append(Deduction("complaint", cost, params, upheld))
    if facts.findings is None:
        notes.append(("no_records", {"what": "findings"}))
    elif facts.findings:
        for f in sorted(facts.findings, key=lambda f: (f.deadline, f.ref)):
            d = finding_deduction(f, rule, period)
            if d is not None:
                out.append(d)
    return _result(rule, rule.max_points, out, notes)


def finding_deduction(f: FindingFact, rule: IndicatorRules, period: Period
                      ) -> Deduction | None:
    """−per_finding for each month end of the period at which the finding is unfixed,
    times repeat_factor when it was unfixed at the previous month's end too; capped."""
    months: list[list[Any]] = []
    total = ZERO
    for month in period.months():
        if not f.unfixed_at(month.end):
            continue
        cost = rule["per_finding"]
        repeat = f.unfixed_at(month.start - timedelta(days=1))
        if repeat:
            cost *= rule["repeat_factor"]
        months.append([month.label, show(cost), repeat])
        total += cost
    if not months or not total:
        return None
    params: dict[str, Any] = {"label": f.ref.label, "deadline": str(f.deadline),
                              "months": months}
    if total > rule["finding_cap"]:
        total = rule["finding_cap"]
        params["cap"] = show(total)
    return Deduction("unfixed_finding", total, params, [f.ref])


# --- outfalls ------------------------------------------------------------------------


def score_outfalls(facts: ChiefFacts, rule: IndicatorRules, period: Period) -> IndicatorResult:
    if facts.outfalls is None:
        return _not_applicable(rule, "no_records", what="outfalls")
    out: list[Deduction] = []
    if facts.outfalls:
        unhandled = sorted(o.ref for o in facts.outfalls
                           if o.deadline is not None and o.deadline <= period.end
                           and (o.remediated_on is None or o.remediated_on > period.end))
        if unhandled and rule["per_unhandled"]:
            out.append(Deduction("unhandled_outfall", rule["per_unhandled"] * len(unhandled),
                                 {"n": len(unhandled), "each": show(rule["per_unhandled"])},
                                 unhandled))
    return _result(rule, rule.max_points, out)


# --- the whole scorecard ---------------------------------------------------------------


def score_bonus(facts: ChiefFacts, rules: AssessmentRules) -> IndicatorResult:
    if not facts.bonuses:
        return IndicatorResult("bonus", rules.bonus_cap, ZERO)
    raw = sum((b.points for b in facts.bonuses), ZERO)
    notes: list[tuple[str, dict[str, Any]]] = []
    points = raw
    if raw > rules.bonus_cap:
        points = rules.bonus_cap
        notes.append(("bonus_capped", {"raw": show(raw), "cap": show(rules.bonus_cap)}))
    # bonus lines are gains: shown with their reasons, counted as negative deductions
    lines = [Deduction("bonus", -b.points, {"text": b.reason}, [b.ref]) for b in facts.bonuses]
    return IndicatorResult("bonus", rules.bonus_cap, points, lines, notes)


def scale(indicators: Sequence[IndicatorResult]) -> Decimal | None:
    """Applicable points scaled to 100 (None when nothing applies)."""
    possible = ZERO
    got = ZERO
    any_applicable = False
    for i in indicators:
        if i.points is not None:
            any_applicable = True
            possible += i.max_points
            got += i.points
    if not any_applicable or not possible:
        return None
    if possible == HUNDRED:
        return got
    return got * HUNDRED / possible


def score_with(facts: ChiefFacts, ctx: Context) -> Scorecard:
    """The scorecard of one chief (unranked) in a shared :class:`Context`."""
    period = ctx.period
    indicators: list[IndicatorResult] = []
    add = indicators.append
    # most chiefs of a province have nothing on most indicators: those are made directly
    clean = ctx.clean
    for r in ctx.active:
        key = r.key
        if key == "patrol":
            add(score_patrol(facts, r, ctx))
        elif key == "problem_reporting":
            if facts.problems == []:
                add(clean[key])
            else:
                add(score_problem_reporting(facts, r, period))
        elif key == "problem_handling":
            if facts.problems == []:
                add(clean[key])
            else:
                add(score_problem_handling(facts, r, period))
        elif key == "water_quality":
            water = facts.water
            if water is not None and not water.section_months:
                add(ctx.no_sections[key])
            else:
                add(score_water_quality(facts, r))
        elif key == "supervision":
            if facts.complaints == [] and facts.findings == []:
                add(clean[key])
            else:
                add(score_supervision(facts, r, period))
        elif key == "outfalls":
            if facts.outfalls == []:
                add(clean[key])
            else:
                add(score_outfalls(facts, r, period))
    bonus = score_bonus(facts, ctx.rules) if facts.bonuses else ctx.no_bonus
    scaled = scale(indicators)
    if scaled is None:
        return Scorecard(facts.chief, indicators, bonus, None, None, None)
    total = round_total(scaled + (bonus.points or ZERO))
    return Scorecard(facts.chief, indicators, bonus, scaled, total, ctx.rules.grade(total))


def scorecard(facts: ChiefFacts, rules: AssessmentRules, period: Period,
              patrol_rules: PatrolRules, segment_labels: dict[str, str] | None = None
              ) -> Scorecard:
    """The scorecard of one chief (unranked)."""
    return score_with(facts, Context(rules, period, patrol_rules, segment_labels))


def competition_ranks(values: Sequence[Decimal | None]) -> list[int | None]:
    """Ranks of ``values``, highest first; equal values share a rank (1, 2, 2, 4)."""
    counts: dict[Decimal, int] = {}
    for v in values:
        if v is not None:
            counts[v] = counts.get(v, 0) + 1
    # the distinct totals (a few thousand for a province's chiefs) sorted, not every one
    first: dict[Decimal, int] = {}
    n = 1
    for v in sorted(counts, reverse=True):
        first[v] = n
        n += counts[v]
    return [None if v is None else first[v] for v in values]


def rank(cards: list[Scorecard]) -> list[Scorecard]:
    """Set each card's rank among its level and overall; returns them best first (equal
    totals by chief code, cards without a total last)."""
    in_order = all(a.chief.code <= b.chief.code
                   for a, b in zip(cards, cards[1:], strict=False))
    by_code = cards if in_order else sorted(cards, key=lambda c: c.chief.code)
    # one stable sort by total, best first, keeps equal totals in code order (a province
    # has 60,000 cards and a few thousand distinct totals)
    ranked = sorted((c for c in by_code if c.total is not None), key=_total, reverse=True)
    unranked = [c for c in by_code if c.total is None]
    levels: dict[str, list[Any]] = {}  # level -> [cards so far, last total, its rank]
    n, last, place = 0, None, 0
    for c in ranked:
        n += 1
        total = c.total
        if total != last:
            last, place = total, n
        c.rank_overall = place
        seen = levels.get(c.chief.level)
        if seen is None:
            seen = levels[c.chief.level] = [0, None, 0]
        seen[0] += 1
        if total != seen[1]:
            seen[1], seen[2] = total, seen[0]
        c.rank = seen[2]
    for c in unranked:
        c.rank = c.rank_overall = None
    return ranked + unranked


def _total(card: Scorecard) -> Decimal:
    assert card.total is not None
    return card.total
