"""What the evaluator's screens read besides the ranking: a frozen scorecard, a chief's months.

- :func:`run_scorecard`: one chief's scorecard as a frozen run stored it, to open from
  the run's list exactly as it was graded;
- :func:`patrols_by_month`: a chief's required and counted patrols in each month of the
  period's year up to its end (the chart 巡河次数与要求), computed by the same calendar and
  rule set as the score;
- :func:`water_scores_by_month`: the chief's water-quality score in each month of the
  period's year up to its end, beside the same months of the year before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from riverchief.assessment.score import Scorecard
from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period, month_period
from riverchief.progress import SILENT, Progress, check
from riverchief.rules import RuleSet, rules_in_force, shown_name

if TYPE_CHECKING:
    from riverchief.assessment.runs import Change, RunRow


def run_scorecard(store: Store, run_id: str, chief_id: str) -> Scorecard:
    """The scorecard of ``chief_id`` as the run ``run_id`` froze it."""
    from riverchief.assessment.runs import unpack

    row = store.conn.execute(
        "SELECT card FROM assessment_result WHERE run_id = ? AND chief_id = ?",
        [run_id, chief_id]).fetchone()
    if row is None:
        raise UserError(translate("Assessment", "The chief is not in this run."))
    return unpack(row[0])


def months_to(period: Period) -> list[Period]:
    """The months of ``period``'s year from January up to the period's last month."""
    return [month_period(period.end.year, m) for m in range(1, period.end.month + 1)]


@dataclass(frozen=True)
class MonthPatrols:
    """A chief's patrol duty in one month: required, counted (valid, at most the
    requirement of each week/旬/month) and judged invalid."""

    month: str
    required: int
    counted: int
    invalid: int
    applies: bool = True  # False: the rule set requires no patrols of the chief's level


def patrols_by_month(store: Store, chief_id: str, period: Period, rules: RuleSet | None = None,
                     progress: Progress = SILENT) -> list[MonthPatrols]:
    """Required against counted patrols of a chief for each month up to ``period``'s end.

    Each month is scored as a period of its own by the score's own patrol calculus
    (:func:`~riverchief.assessment.score.score_patrol`) with the same rule set, so a week
    counts in the month of its Thursday and a quarterly patrol in the quarter's last month;
    a month before the chief's first assignment requires nothing. Only this chief's
    patrols are read (one query), so it stays quick in a province.
    """
    from riverchief.assessment.facts import ChiefFacts, PatrolFacts, RecordRef
    from riverchief.assessment.inputs import patrol_window, scope_chiefs, store_range
    from riverchief.assessment.score import Context, score_patrol

    rules = rules or rules_in_force(store)
    months = months_to(period)
    rule = rules.assessment.indicators.get("patrol")
    if rule is None or not rule.enabled:
        return [MonthPatrols(m.label, 0, 0, 0, False) for m in months]
    per_segment = any(lv.frequency.counted_per == "segment"
                      for lv in rules.patrol.levels.values())
    windows = [patrol_window(m, rules) for m in months]
    lo, hi = store_range((min(w[0] for w in windows), max(w[1] for w in windows)))
    valid: list[str] = []
    invalid: list[tuple[str, str]] = []
    for pid, start, verdict in store.conn.execute(
        "SELECT id, start_at, verdict FROM patrol WHERE chief_id = ? AND start_at >= ?"
        " AND start_at < ? AND state = 'submitted' AND deleted_at IS NULL ORDER BY start_at",
            [chief_id, lo, hi]):
        if verdict == "invalid":
            invalid.append((pid, start))
        else:
            valid.append(start[:10])
    by_segment: list[tuple[str, str]] = []
    if per_segment:
        by_segment = [(seg, day) for seg, day in store.conn.execute(
            "SELECT ps.segment_id, substr(p.start_at, 1, 10) FROM patrol p"
            " JOIN patrol_segment ps ON ps.patrol_id = p.id WHERE p.chief_id = ?"
            " AND p.start_at >= ? AND p.start_at < ? AND p.verdict != 'invalid'"
            " AND p.state = 'submitted' AND p.deleted_at IS NULL", [chief_id, lo, hi])]
    out: list[MonthPatrols] = []
    for n, (month, window) in enumerate(zip(months, windows, strict=True)):
        check(progress)
        progress.report(n, len(months), month.label)
        chiefs, spans = scope_chiefs(store, month, chief_ids=[chief_id])
        if not chiefs:
            out.append(MonthPatrols(month.label, 0, 0, 0))
            continue
        w_lo, w_hi = window[0].isoformat(), window[1].isoformat()
        days: list[date | str] = [d for d in valid if w_lo <= d <= w_hi]
        # as the score reads them (riverchief.assessment.inputs.read_patrols)
        facts = PatrolFacts({"": days} if days or not per_segment else {})
        for seg, day in by_segment:
            if w_lo <= day <= w_hi:
                facts.valid_days.setdefault(seg, []).append(day)
        m_lo, m_hi = store_range((month.start, month.end))
        facts.invalid = [RecordRef("patrol", pid, start[:16].replace("T", " "))
                         for pid, start in invalid if m_lo <= start < m_hi]
        ctx = Context(rules.assessment, month, rules.patrol, {})
        ind = score_patrol(ChiefFacts(chiefs[0], spans[chief_id], patrols=facts), rule, ctx)
        lost_invalid = sum(len(d.records) for d in ind.deductions if d.kind == "invalid_patrol")
        out.append(MonthPatrols(month.label, int(ind.counts.get("required", 0)),
                                int(ind.counts.get("credited", 0)), lost_invalid,
                                ind.points is not None))
    progress.report(len(months), len(months), "")
    return out


@dataclass(frozen=True)
class WaterScores:
    """The chief's water-quality score per month this year and the same month a year ago."""

    months: list[str]  # 2026-01 ...
    scores: list[float | None]
    last_year: list[float | None]


def water_scores_by_month(store: Store, chief_id: str, period: Period) -> WaterScores:
    """Monthly water-quality scores of a chief up to ``period``'s end, and a year before.

    The same attainment score as :func:`riverchief.waterquality.score.monthly_score_series`
    (share of the chief's section-months meeting their target), reading only the samples
    of the chief's own sections.
    """
    from riverchief.waterquality.rules import load_rules
    from riverchief.waterquality.samples import list_sections, load_samples
    from riverchief.waterquality.score import load_spans, monthly_classes, sections_of_chiefs

    rules = load_rules(store)
    sections = {s.id: s for s in list_sections(store)}

    def series(p: Period) -> dict[str, float | None]:
        spans = [s for s in load_spans(store, p) if s.chief_id == chief_id]
        covered = sections_of_chiefs(spans, sections.values(), p).get(chief_id, {})
        ids = sorted(covered)
        samples = load_samples(store, p.start, p.end, ids) if ids else {}
        classes = monthly_classes({i: sections[i] for i in ids}, samples, rules)
        labels = [m.label for m in p.months()]
        attained = dict.fromkeys(labels, 0)
        counted = dict.fromkeys(labels, 0)
        for section_id, months in covered.items():
            target = sections[section_id].target
            for m in months:
                c = classes.get((section_id, m))
                if c is None or c.water_class is None:
                    continue
                counted[m] += 1
                attained[m] += c.water_class <= target
        return {m: 100.0 * attained[m] / counted[m] if counted[m] else None for m in labels}

    end = period.end
    now = series(Period(date(end.year, 1, 1), end, "year"))
    old = series(Period(date(end.year - 1, 1, 1), month_period(end.year - 1, end.month).end,
                        "year"))
    labels = [m.label for m in months_to(period)]
    return WaterScores(labels, [now.get(m) for m in labels],
                       [old.get(f"{end.year - 1}{m[4:]}") for m in labels])


@dataclass(frozen=True)
class PatrolLine:
    """One patrol of a chief as a missed week's (旬's, month's) list shows it."""

    id: str
    start: str  # "2026-07-10 14:40"
    segment: str  # "岭园沟上段 (410102-0069)"
    verdict: str  # valid | suspect | invalid ("" not judged)


def patrols_between(store: Store, chief_id: str, start: date, end: date) -> list[PatrolLine]:
    """The chief's patrols that started from ``start`` to ``end`` (inclusive), in time
    order: why a week the scorecard counts as missed was missed (none, or none valid)."""
    rows = store.conn.execute(
        "SELECT p.id, p.start_at, s.name, s.code, p.verdict FROM patrol p"
        " LEFT JOIN segment s ON s.id = p.segment_id"
        " WHERE p.chief_id = ? AND p.deleted_at IS NULL AND p.state = 'submitted'"
        " AND p.start_at >= ? AND p.start_at < ? ORDER BY p.start_at",
        [chief_id, start.isoformat(), (end + timedelta(days=1)).isoformat()]).fetchall()
    return [PatrolLine(pid, str(at)[:16].replace("T", " "),
                       f"{name} ({code})" if name else "", verdict or "")
            for pid, at, name, code, verdict in rows]


def section_months(store: Store, section_id: str, period: Period) -> list[str]:
    """A monitoring section's class in each month of ``period`` that has samples, against
    its target, with the main pollutants of a month that missed it: why a section-month
    cost the chief points (the deduction names the month, the samples alone did not say)."""
    from riverchief.waterquality.classes import class_label, main_pollutants, pollutants_text
    from riverchief.waterquality.rules import load_rules
    from riverchief.waterquality.samples import list_sections, load_samples
    from riverchief.waterquality.score import monthly_classes

    section = next((s for s in list_sections(store) if s.id == section_id), None)
    if section is None:
        return []
    classes = monthly_classes({section.id: section},
                              load_samples(store, period.start, period.end, [section.id]),
                              load_rules(store))
    lines = []
    for month in [m.label for m in period.months()]:
        c = classes.get((section.id, month))
        if c is None or c.water_class is None:
            continue
        if c.attains(section.target):
            lines.append(translate("Assessment", "{month}: class {cls}, target {target} met")
                         .format(month=month, cls=class_label(c.water_class),
                                 target=class_label(section.target)))
            continue
        line = translate("Assessment", "{month}: class {cls}, target {target} missed").format(
            month=month, cls=class_label(c.water_class), target=class_label(section.target))
        pollutants = main_pollutants(c, section.target)
        if pollutants:
            line += translate("Assessment", "; main pollutants: {items}").format(
                items=pollutants_text(pollutants))
        lines.append(line)
    return lines


def run_table(store: Store, run_id: str) -> list[RunRow]:
    """The results of a frozen run as its table shows them, without unpacking every card.

    As :func:`riverchief.assessment.runs.run_rows` (adjustments applied, re-graded and
    re-ranked, best first), but each row's ``card`` holds only what the table shows
    (chief code and name, level, area, frozen grade): a province's run of 60,000 chiefs
    opens in a second, not in half a minute.
    """
    from riverchief.assessment.runs import Adjustment, RunRow, get_run
    from riverchief.assessment.score import competition_ranks, round_total

    run = get_run(store, run_id)
    bands = run.rules().assessment
    adjustments: dict[str, list[Adjustment]] = {}
    for aid, chief_id, points, reason, at, by in store.conn.execute(
        "SELECT a.id, a.chief_id, a.points, a.reason, a.created_at,"
        " (SELECT l.actor FROM audit_log l WHERE l.table_name = 'assessment_adjustment'"
        "  AND l.record_id = a.id ORDER BY l.id LIMIT 1)"
        " FROM assessment_adjustment a WHERE a.run_id = ? AND a.deleted_at IS NULL"
        " ORDER BY a.id", [run_id]):
        adjustments.setdefault(chief_id, []).append(
            Adjustment(aid, chief_id, Decimal(points), reason, by or "", at))
    rows: list[RunRow] = []
    for chief_id, level, total, grade, code, name, area in store.conn.execute(
        "SELECT r.chief_id, r.level, r.total, r.grade, c.code, c.name, ar.name"
        " FROM assessment_result r JOIN chief c ON c.id = r.chief_id"
        " LEFT JOIN area ar ON ar.id = c.area_id WHERE r.run_id = ?", [run_id]):
        frozen = Decimal(total) if total is not None else None
        card = {"chief_id": chief_id, "chief_code": code, "chief_name": name,
                "level": level, "area": area or "", "grade": grade}
        row = RunRow(chief_id, card, frozen, adjustments.get(chief_id, []))
        if frozen is not None:
            row.total = round_total(frozen + row.adjustment)
            row.grade = bands.grade(row.total)
        rows.append(row)
    for r, n in zip(rows, competition_ranks([r.total for r in rows]), strict=True):
        r.rank_overall = n
    levels: dict[str, list[RunRow]] = {}
    for r in rows:
        levels.setdefault(r.card["level"], []).append(r)
    for group in levels.values():
        for r, n in zip(group, competition_ranks([r.total for r in group]), strict=True):
            r.rank = n
    rows.sort(key=lambda r: (r.rank_overall is None, r.rank_overall or 0, r.card["chief_code"]))
    return rows


def figure_label(key: str) -> str:
    """What a deduction figure of the rule set means, in the reader's language (the rule
    editor's labels)."""
    return {
        "per_missed": translate("RuleEditor", "Per missed patrol"),
        "per_invalid": translate("RuleEditor", "Per patrol judged invalid"),
        "per_incomplete": translate("RuleEditor", "Per record without text or photo"),
        "incomplete_cap": translate("RuleEditor", "At most, for records without text or photo"),
        "per_found_by_others": translate("RuleEditor", "Per problem found by others"),
        "per_late_report": translate("RuleEditor", "Per problem reported late"),
        "report_days": translate("RuleEditor", "Report within (days)"),
        "per_overdue": translate("RuleEditor", "Per overdue problem"),
        "per_day_overdue": translate("RuleEditor", "Plus, per day overdue"),
        "overdue_cap_each": translate("RuleEditor", "At most, per problem"),
        "attain_points": translate("RuleEditor", "Points for attaining the target"),
        "improve_points": translate("RuleEditor", "Points for not getting worse than last year"),
        "per_complaint": translate("RuleEditor", "Per substantiated complaint"),
        "complaint_cap": translate("RuleEditor", "At most, for complaints"),
        "per_finding": translate("RuleEditor", "Per supervision finding unfixed at a month's end"),
        "repeat_factor": translate("RuleEditor", "Times this, if still unfixed the next month"),
        "finding_cap": translate("RuleEditor", "At most, per finding in a period"),
        "per_unhandled": translate("RuleEditor", "Per outfall past its deadline"),
    }.get(key, key)


def rule_changes(a: RuleSet, b: RuleSet) -> list[str]:
    """What differs between two rule sets' assessment figures, in the reader's words
    (良好分数线：80 → 85): why two runs or a preview grade differently."""
    from riverchief.assessment.score import show
    from riverchief.rules.assessment import indicator_name

    if a.digest == b.digest:
        return []
    x, y = a.assessment, b.assessment
    out: list[str] = []

    def changed(what: str, old: object, new: object) -> None:
        if old != new:
            out.append(translate("Assessment", "{what}: {old} → {new}").format(
                what=what, old=old, new=new))

    def yes(flag: bool) -> str:
        return translate("Assessment", "yes") if flag else translate("Assessment", "no")

    periods = {"quarter": translate("RuleEditor", "quarter"),
               "month": translate("RuleEditor", "month")}
    changed(translate("RuleEditor", "Assessment period"), periods.get(x.period, x.period),
            periods.get(y.period, y.period))
    for key, label in (("excellent", translate("RuleEditor", "Excellent from")),
                       ("good", translate("RuleEditor", "Good from")),
                       ("pass", translate("RuleEditor", "Pass from"))):
        changed(label, show(x.bands[key]), show(y.bands[key]))
    changed(translate("RuleEditor", "Bonus points at most"), show(x.bonus_cap),
            show(y.bonus_cap))
    part = translate("Assessment", "{indicator}, {figure}")
    for key, ia in x.indicators.items():  # in the scorecard's order
        ib = y.indicators.get(key)
        if ib is None:
            continue
        name = indicator_name(key)
        changed(part.format(indicator=name, figure=translate("RuleEditor",
                                                             "counts in the score")),
                yes(ia.enabled), yes(ib.enabled))
        changed(part.format(indicator=name, figure=translate("RuleEditor", "Maximum points")),
                show(ia.max_points), show(ib.max_points))
        for fk in ia.figures:
            if fk in ib.figures:
                changed(part.format(indicator=name, figure=figure_label(fk)),
                        show(ia.figures[fk]), show(ib.figures[fk]))
    if x.consequences != y.consequences:
        out.append(translate("Assessment", "Who is praised or held to account is decided "
                                           "otherwise."))
    if not out:
        out.append(translate("Assessment", "The assessment figures are the same; other parts "
                                           "of the rule set differ (patrol frequencies or the "
                                           "evidence rules)."))
    return out


def compare_runs(store: Store, run_a: str, run_b: str, progress: Progress = SILENT
                 ) -> tuple[list[str], list[Change]]:
    """As :func:`riverchief.assessment.runs.compare`, unpacking only the cards that differ.

    A chief whose stored card and adjustments are byte for byte the same in both runs has
    not changed; only the others are unpacked and explained, so comparing two runs of a
    province where a few hundred chiefs changed takes seconds. Checks ``progress`` for
    cancellation.
    """
    from riverchief.assessment.runs import Change, compare_cards, get_run, unpack
    from riverchief.assessment.score import show

    a, b = get_run(store, run_a), get_run(store, run_b)
    notes: list[str] = []
    if a.ruleset_digest != b.ruleset_digest:
        notes.append(translate("Assessment", "The rule sets differ ({a} and {b}).").format(
            a=f"{shown_name(a.ruleset_name)} {a.ruleset_version} {a.ruleset_digest[:8]}",
            b=f"{shown_name(b.ruleset_name)} {b.ruleset_version} {b.ruleset_digest[:8]}"))
        notes += ["  " + line for line in rule_changes(a.rules(), b.rules())]
    if a.input_digest != b.input_digest:
        notes.append(translate("Assessment", "The input records differ ({a} and {b} records)."
                               ).format(a=a.input_count, b=b.input_count))
    if a.period != b.period:
        notes.append(translate("Assessment", "The periods differ ({a} and {b}).").format(
            a=a.period.label, b=b.period.label))
    progress.report(0, 3, "")
    rows_a = {r.chief_id: r for r in run_table(store, run_a)}
    check(progress)
    rows_b = {r.chief_id: r for r in run_table(store, run_b)}
    check(progress)
    progress.report(1, 3, "")
    blobs_a = dict(store.conn.execute(
        "SELECT chief_id, card FROM assessment_result WHERE run_id = ?", [run_a]).fetchall())
    check(progress)
    blobs_b = dict(store.conn.execute(
        "SELECT chief_id, card FROM assessment_result WHERE run_id = ?", [run_b]).fetchall())
    progress.report(2, 3, "")
    changes: list[Change] = []
    for n, cid in enumerate(sorted(rows_a.keys() | rows_b.keys(),
                                   key=lambda c: (rows_b.get(c) or rows_a[c]).card["chief_code"])):
        if n % 2000 == 0:
            check(progress)
        ra, rb = rows_a.get(cid), rows_b.get(cid)
        if ra is not None and rb is not None and ra.adjustment == rb.adjustment \
                and ra.total == rb.total and blobs_a.get(cid) == blobs_b.get(cid):
            continue
        card_a = unpack(blobs_a[cid]).as_dict() if ra is not None else None
        card_b = unpack(blobs_b[cid]).as_dict() if rb is not None else None
        ta = None if ra is None or ra.total is None else float(ra.total)
        tb = None if rb is None or rb.total is None else float(rb.total)
        reasons = compare_cards(card_a, card_b)
        if ra and rb and ra.adjustment != rb.adjustment:
            reasons.append(translate("Assessment", "manual adjustment {old} → {new}").format(
                old=show(ra.adjustment), new=show(rb.adjustment)))
        if ta == tb and not reasons:
            continue
        card = (rb or ra).card  # type: ignore[union-attr]
        changes.append(Change(card["chief_code"], card["chief_name"], ta, tb,
                              ra.grade if ra else None, rb.grade if rb else None,
                              ra.rank_overall if ra else None, rb.rank_overall if rb else None,
                              reasons))
    progress.report(3, 3, "")
    return notes, changes


__all__ = ["MonthPatrols", "WaterScores", "months_to", "patrols_by_month", "run_scorecard",
           "compare_runs", "run_table", "water_scores_by_month"]
