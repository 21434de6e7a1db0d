"""Frozen assessment runs (考核结果), adjustments, comparison, consequences and bonus points.

A run stores its period, area, level, the rule set (name, version, content hash and
text), the digest of every input record (id and revision) and one result per chief. It
never changes: re-running it with its own rule set on unchanged data gives the same
results digest; a manual adjustment is a separate, audited record with its reason,
shown beside the frozen total. Each run lists what follows (通报表扬, 约谈, 通报批评) for
whom and why; the evaluator records when and by whom it was done.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from riverchief.assessment.encoding import CardWriter, ResultsDigest, by_chief
from riverchief.assessment.facts import ChiefRef, RecordRef
from riverchief.assessment.inputs import input_digest, input_digest_later
from riverchief.assessment.score import (
    Deduction,
    IndicatorResult,
    Scorecard,
    competition_ranks,
    round_total,
    show,
)
from riverchief.assessment.scorecards import Assessment, compute
from riverchief.db import Store, records
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.ids import now_iso, uuid7
from riverchief.periods import Period, parse_period
from riverchief.progress import SILENT, Progress
from riverchief.registry.queries import chief_by_code
from riverchief.rules import RuleSet, parse_rules, shown_name
from riverchief.rules.assessment import consequence_name, grade_name
from riverchief.security import Actor, require

PERMISSION = "assessment.run"


# --- bonus points ------------------------------------------------------------------------


def _points(text: str | Decimal | float, what: str) -> Decimal:
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation as exc:
        raise UserError(translate("Assessment", "'{value}' is not a number of points.").format(
            value=text), where=what) from exc
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        raise UserError(translate(
            "Assessment", "Points are written with at most 2 decimals (is {value}).").format(
                value=text), where=what)
    return value


def given_reason(reason: str) -> str:
    """``reason`` stripped; a UserError naming the field when it is empty."""
    if not reason or not reason.strip():
        raise UserError(translate("Assessment", "A reason is required."),
                        where=translate("Assessment", "reason"))
    return reason.strip()


def add_bonus(store: Store, actor: Actor, chief_code: str, period: str, points: str | Decimal,
              reason: str) -> str:
    """Grant bonus points (加分) to a chief for a period; capped by the rule set when scored."""
    chief = chief_by_code(store, chief_code)
    if chief is None:
        raise UserError(translate("Assessment", "No chief with code {code}.").format(
            code=chief_code))
    require(actor, PERMISSION, area_id=chief.area_id)
    value = _points(points, translate("Assessment", "points"))
    if value <= 0:
        raise UserError(translate("Assessment", "Bonus points must be more than 0."),
                        where=translate("Assessment", "points"))
    label = parse_period(period).label
    return records.insert(store, "assessment_bonus", {
        "chief_id": chief.id, "period": label, "points": str(value),
        "reason": given_reason(reason)}, actor=actor.code)


# --- freezing a run ----------------------------------------------------------------------


def unpack(blob: bytes) -> Scorecard:
    """A stored scorecard back as a :class:`Scorecard`."""
    chief, scaled, total, grade, rank, rank_overall, indicators = json.loads(blob)
    results = [IndicatorResult(key, Decimal(mx), None if pts is None else Decimal(pts),
                               [Deduction(kind, Decimal(p), params,
                                          [RecordRef(*r) for r in refs])
                                for kind, p, params, refs in deds],
                               [(n[0], n[1]) for n in notes])
               for key, mx, pts, notes, deds in indicators]
    return Scorecard(ChiefRef(*chief), results[:-1], results[-1],
                     None if scaled is None else Decimal(scaled),
                     None if total is None else Decimal(total), grade, rank, rank_overall)


def freeze(store: Store, actor: Actor, assessment: Assessment, *, note: str = "",
           progress: Progress = SILENT) -> str:
    """Store ``assessment`` as a frozen run with its consequences; returns the run id."""
    touched = {c.chief.area_id for c in assessment.cards}
    require(actor, PERMISSION, area_id=assessment.area_id, area_ids=touched)
    progress.report(0, 3, translate("Assessment", "digest of the inputs"))
    paused = gc.isenabled()
    gc.disable()  # many small objects, no cycles
    try:
        return _freeze(store, actor, assessment, note, progress)
    finally:
        if paused:
            gc.enable()


def _freeze(store: Store, actor: Actor, assessment: Assessment, note: str,
            progress: Progress) -> str:
    require(actor, PERMISSION, area_id=assessment.area_id,
            area_ids={c.chief.area_id for c in assessment.cards})
    # the digest's SQL runs beside the shaping of the results (a thread, for a province)
    digest_of_inputs = input_digest_later(store, assessment.inputs)
    try:
        rules = assessment.rules
        writer, results = CardWriter(), ResultsDigest()
        rows = []
        # in key order: the results table is a b-tree on (run, chief), and the digest
        # takes the cards in the same order
        for c in by_chief(assessment.cards):
            key_text, card = writer.write(c)
            results.add(key_text)
            rows.append((c.chief.id, c.chief.level, None if c.total is None else str(c.total),
                         c.grade, c.rank, c.rank_overall, card))
        progress.report(1, 3, translate("Assessment", "results"))
        consequences = find_consequences(store, assessment)
    finally:
        digest, count = digest_of_inputs()
    with store.db.atomic():
        run_id = records.insert(store, "assessment_run", {
            "period": assessment.period.label, "area_id": assessment.area_id,
            "level": assessment.level, "ruleset_name": rules.name,
            "ruleset_version": rules.version, "ruleset_digest": rules.digest,
            "ruleset_text": rules.text, "input_digest": digest, "input_count": count,
            "results_digest": results.hexdigest(), "chiefs": len(assessment.cards),
            "computed_at": now_iso(store.timezone), "computed_by": actor.code, "note": note,
        }, actor=actor.code)
        store.conn.executemany(
            "INSERT INTO assessment_result (run_id, chief_id, level, total, grade, rank,"
            " rank_overall, card) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((run_id, *row) for row in rows))
        records.insert_many(store, "assessment_consequence", [
            {"id": uuid7(), "run_id": run_id, "chief_id": q.chief_id, "kind": q.kind,
             "reason": q.reason} for q in consequences],
            actor=actor.code, summary=translate(
                "Assessment", "praise and accountability of the run of {period}, {area}"
            ).format(period=assessment.period.label, area=assessment.area_name))
    progress.report(3, 3, "")
    return run_id


@dataclass
class Run:
    """A frozen run as stored."""

    id: str
    period: Period
    area_id: str | None
    level: str | None
    ruleset_name: str
    ruleset_version: str
    ruleset_digest: str
    ruleset_text: str
    input_digest: str
    input_count: int
    results_digest: str
    chiefs: int
    computed_at: str
    computed_by: str
    note: str

    def rules(self) -> RuleSet:
        return parse_rules(self.ruleset_text, f"{self.ruleset_name} {self.ruleset_version}")


def _run_from_row(r: dict[str, Any]) -> Run:
    return Run(r["id"], parse_period(r["period"]), r["area_id"], r["level"], r["ruleset_name"],
               r["ruleset_version"], r["ruleset_digest"], r["ruleset_text"], r["input_digest"],
               r["input_count"], r["results_digest"], r["chiefs"], r["computed_at"],
               r["computed_by"], r["note"])


def get_run(store: Store, run_id: str) -> Run:
    rows = list(store.db.query(
        "SELECT * FROM assessment_run WHERE id = ? AND deleted_at IS NULL", [run_id]))
    if not rows:
        raise UserError(translate("Assessment", "No assessment run {id}.").format(id=run_id))
    return _run_from_row(rows[0])


def list_runs(store: Store, period: str | None = None, actor: Actor | None = None
              ) -> list[Run]:
    """The frozen runs in use, newest first; with ``actor``, those of its areas and those
    covering them (:func:`riverchief.security.sight.run_seen`), not another township's."""
    from riverchief.security.sight import run_seen

    sql = "SELECT * FROM assessment_run WHERE deleted_at IS NULL"
    params: list[Any] = []
    if period:
        sql += " AND period = ?"
        params.append(parse_period(period).label)
    return [_run_from_row(r) for r in store.db.query(sql + " ORDER BY id DESC", params)
            if actor is None or run_seen(store, actor, r["area_id"])]


def latest_run(store: Store, period: Period, area_id: str | None, level: str | None
               ) -> Run | None:
    rows = list(store.db.query(
        "SELECT * FROM assessment_run WHERE deleted_at IS NULL AND period = ?"
        " AND area_id IS ? AND level IS ? ORDER BY id DESC LIMIT 1",
        [period.label, area_id, level]))
    return _run_from_row(rows[0]) if rows else None


@dataclass
class Adjustment:
    id: str
    chief_id: str
    points: Decimal
    reason: str
    by: str
    at: str


@dataclass
class RunRow:
    """A chief's line of a run, with any manual adjustment shown as such."""

    chief_id: str
    card: dict[str, Any]
    frozen_total: Decimal | None
    adjustments: list[Adjustment] = field(default_factory=list)
    total: Decimal | None = None  # frozen total + adjustments
    grade: str | None = None
    rank: int | None = None
    rank_overall: int | None = None

    @property
    def adjustment(self) -> Decimal:
        return sum((a.points for a in self.adjustments), Decimal(0))


def run_rows(store: Store, run_id: str) -> list[RunRow]:
    """The results of a run with adjustments applied, re-graded and re-ranked."""
    run = get_run(store, run_id)
    bands = run.rules().assessment
    adjustments: dict[str, list[Adjustment]] = {}
    for a in store.db.query(
        "SELECT id, chief_id, points, reason, created_at, revision FROM assessment_adjustment"
        " WHERE run_id = ? AND deleted_at IS NULL ORDER BY id", [run_id]):
        by = store.conn.execute(
            "SELECT actor FROM audit_log WHERE table_name = 'assessment_adjustment'"
            " AND record_id = ? ORDER BY id LIMIT 1", [a["id"]]).fetchone()
        adjustments.setdefault(a["chief_id"], []).append(Adjustment(
            a["id"], a["chief_id"], Decimal(a["points"]), a["reason"], by[0] if by else "",
            a["created_at"]))
    rows: list[RunRow] = []
    for chief_id, total, blob in store.conn.execute(
        "SELECT chief_id, total, card FROM assessment_result WHERE run_id = ?", [run_id]):
        frozen = Decimal(total) if total is not None else None
        row = RunRow(chief_id, unpack(blob).as_dict(), frozen, adjustments.get(chief_id, []))
        if frozen is not None:
            row.total = round_total(frozen + row.adjustment)
            row.grade = bands.grade(row.total)
        rows.append(row)
    overall = competition_ranks([r.total for r in rows])
    for r, n in zip(rows, overall, strict=True):
        r.rank_overall = n
    levels: dict[str, list[RunRow]] = {}
    for r in rows:
        levels.setdefault(r.card["level"], []).append(r)
    for group in levels.values():
        for r, n in zip(group, competition_ranks([r.total for r in group]), strict=True):
            r.rank = n
    rows.sort(key=lambda r: (r.rank_overall is None, r.rank_overall or 0, r.card["chief_code"]))
    return rows


def adjust(store: Store, actor: Actor, run_id: str, chief_id: str, points: str | Decimal,
           reason: str) -> str:
    """Adjust a chief's total in a frozen run by hand; the reason is required and audited."""
    run = get_run(store, run_id)
    row = store.conn.execute(
        "SELECT c.area_id, r.total FROM assessment_result r JOIN chief c ON c.id = r.chief_id"
        " WHERE r.run_id = ? AND r.chief_id = ?", [run_id, chief_id]).fetchone()
    if row is None:
        raise UserError(translate("Assessment", "The chief is not in this run."))
    require(actor, PERMISSION, area_id=row[0])
    value = _points(points, translate("Assessment", "points"))
    if value == 0:
        raise UserError(translate("Assessment", "An adjustment of 0 points changes nothing."),
                        where=translate("Assessment", "points"))
    if row[1] is None:
        raise UserError(translate(
            "Assessment", "The chief has no total in this run; there is nothing to adjust."))
    del run
    return records.insert(store, "assessment_adjustment", {
        "run_id": run_id, "chief_id": chief_id, "points": str(value),
        "reason": given_reason(reason)}, actor=actor.code)


# --- re-running and comparing ------------------------------------------------------------


@dataclass
class Rerun:
    run: Run
    assessment: Assessment
    input_digest: str

    @property
    def same_inputs(self) -> bool:
        return self.input_digest == self.run.input_digest

    @property
    def same_results(self) -> bool:
        return self.assessment.results_digest() == self.run.results_digest


def rerun(store: Store, run_id: str, progress: Progress = SILENT) -> Rerun:
    """Compute a stored run again with its own rule set on today's data (nothing stored)."""
    run = get_run(store, run_id)
    area_code = None
    if run.area_id:
        r = store.conn.execute("SELECT code FROM area WHERE id = ?", [run.area_id]).fetchone()
        area_code = r[0] if r else None
    a = compute(store, run.period, area_code=area_code, level=run.level, rules=run.rules(),
                progress=progress)
    return Rerun(run, a, input_digest(store, a.inputs)[0])


@dataclass
class Change:
    """How one chief's result differs between two runs, and why."""

    chief_code: str
    chief_name: str
    total_before: float | None
    total_after: float | None
    grade_before: str | None
    grade_after: str | None
    rank_before: int | None
    rank_after: int | None
    reasons: list[str]


def _deduction_keys(card: dict[str, Any]) -> dict[tuple[str, str, str], dict[str, Any]]:
    out = {}
    for ind in card["indicators"]:
        for d in ind["deductions"]:
            ids = ",".join(r["id"] for r in d["records"])
            out[(ind["key"], d["kind"], ids)] = {**d, "indicator": ind["name"]}
    return out


def compare_cards(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """The reasons a chief's card changed: indicators, deductions added and removed."""
    if before is None:
        return [translate("Assessment", "new in this run")]
    if after is None:
        return [translate("Assessment", "no longer in the run")]
    reasons: list[str] = []
    b_ind = {i["key"]: i for i in before["indicators"]}
    for ind in after["indicators"]:
        old = b_ind.get(ind["key"])
        if old is not None and old["points"] != ind["points"]:
            reasons.append(translate("Assessment", "{name}: {old} → {new}").format(
                name=ind["name"], old="-" if old["points"] is None else show(
                    Decimal(str(old["points"]))),
                new="-" if ind["points"] is None else show(Decimal(str(ind["points"])))))
    b_ded, a_ded = _deduction_keys(before), _deduction_keys(after)
    for key in sorted(a_ded.keys() - b_ded.keys()):
        d = a_ded[key]
        reasons.append(translate("Assessment", "added: {indicator} {points}: {reason}").format(
            indicator=d["indicator"], points=d["points"], reason=d["reason"]))
    for key in sorted(b_ded.keys() - a_ded.keys()):
        d = b_ded[key]
        reasons.append(translate("Assessment", "removed: {indicator} {points}: {reason}").format(
            indicator=d["indicator"], points=d["points"], reason=d["reason"]))
    for key in sorted(a_ded.keys() & b_ded.keys()):
        if a_ded[key]["points"] != b_ded[key]["points"]:
            d = a_ded[key]
            reasons.append(translate(
                "Assessment", "changed: {indicator} {old} → {new}: {reason}").format(
                    indicator=d["indicator"], old=b_ded[key]["points"], new=d["points"],
                    reason=d["reason"]))
    return reasons


def compare(store: Store, run_a: str, run_b: str) -> tuple[list[str], list[Change]]:
    """What changed from run ``a`` to run ``b``: notes on the runs, and each chief's change."""
    a, b = get_run(store, run_a), get_run(store, run_b)
    notes: list[str] = []
    if a.ruleset_digest != b.ruleset_digest:
        notes.append(translate("Assessment", "The rule sets differ ({a} and {b}).").format(
            a=f"{shown_name(a.ruleset_name)} {a.ruleset_version} {a.ruleset_digest[:8]}",
            b=f"{shown_name(b.ruleset_name)} {b.ruleset_version} {b.ruleset_digest[:8]}"))
    if a.input_digest != b.input_digest:
        notes.append(translate("Assessment", "The input records differ ({a} and {b} records)."
                               ).format(a=a.input_count, b=b.input_count))
    if a.period != b.period:
        notes.append(translate("Assessment", "The periods differ ({a} and {b}).").format(
            a=a.period.label, b=b.period.label))
    rows_a = {r.chief_id: r for r in run_rows(store, run_a)}
    rows_b = {r.chief_id: r for r in run_rows(store, run_b)}
    changes: list[Change] = []
    for cid in sorted(rows_a.keys() | rows_b.keys(),
                      key=lambda c: (rows_b.get(c) or rows_a[c]).card["chief_code"]):
        ra, rb = rows_a.get(cid), rows_b.get(cid)
        ta = None if ra is None or ra.total is None else float(ra.total)
        tb = None if rb is None or rb.total is None else float(rb.total)
        reasons = compare_cards(ra.card if ra else None, rb.card if rb else None)
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
    return notes, changes


# --- consequences ------------------------------------------------------------------------


@dataclass
class Consequence:
    chief_id: str
    kind: str  # praise | interview | criticism
    reason: str
    id: str = ""
    done_on: str | None = None
    done_by: str = ""
    follow_up: str = ""
    chief_code: str = ""
    chief_name: str = ""

    @property
    def name(self) -> str:
        return consequence_name(self.kind)


def _earlier_grades(store: Store, assessment: Assessment, periods: int
                    ) -> dict[str, list[tuple[str, str | None]]]:
    """Each chief's grades in the ``periods - 1`` periods before, from their latest runs."""
    out: dict[str, list[tuple[str, str | None]]] = {}
    period = assessment.period
    for _ in range(periods - 1):
        period = period.previous()
        run = latest_run(store, period, assessment.area_id, assessment.level)
        if run is None:
            return {}  # every chief lacks a grade of that period: none has a running one
        grades = {r.chief_id: r.grade for r in run_rows(store, run.id)}
        for c in assessment.cards:
            out.setdefault(c.chief.id, []).append((period.label, grades.get(c.chief.id)))
    return out


def find_consequences(store: Store, assessment: Assessment) -> list[Consequence]:
    """Who is praised, talked to or criticised after this assessment, and why."""
    q = assessment.rules.assessment.consequences
    earlier = _earlier_grades(store, assessment, q.interview_running_periods)
    named = {*q.praise_grades, *q.interview_grades, *q.interview_running_grades}
    out: list[Consequence] = []
    # the words made once per grade, not once per chief
    template = translate("Assessment", "{grade} ({total}) in {period}")
    names = {g: grade_name(g) for g in named}
    for c in assessment.cards:
        if c.total is None:
            continue
        if c.grade not in named and not q.criticise_overdue_findings:
            continue
        here = template.format(grade=names[c.grade], total=c.total,
                               period=assessment.period.label) if c.grade in named else ""
        if c.grade in q.praise_grades:
            out.append(Consequence(c.chief.id, "praise", here))
        if c.grade in q.interview_grades:
            out.append(Consequence(c.chief.id, "interview", here))
        else:
            before = earlier.get(c.chief.id, [])
            if c.grade in q.interview_running_grades and before and all(
                    g in q.interview_running_grades for _, g in before):
                parts = [f"{grade_name(g)} ({p})" for p, g in reversed(before)]
                out.append(Consequence(c.chief.id, "interview", translate(
                    "Assessment", "{grades} and now {now}: {n} periods running").format(
                        grades=", ".join(parts), now=here, n=len(before) + 1)))
        if q.criticise_overdue_findings:
            findings = [d for i in c.indicators if i.key == "supervision" and i.deductions
                        for d in i.deductions if d.kind == "unfixed_finding"]
            if findings:
                out.append(Consequence(c.chief.id, "criticism", translate(
                    "Assessment", "Overdue supervision finding(s): {labels}").format(
                        labels=", ".join(r.label for d in findings for r in d.records))))
    return out


def consequences(store: Store, run_id: str, kind: str | None = None,
                 actor: Actor | None = None) -> list[Consequence]:
    """The praise and accountability of a run; with ``actor``, of the chiefs of its areas
    (a township office reads its own chiefs' in the district's run)."""
    sql = ("SELECT q.*, c.code, c.name FROM assessment_consequence q JOIN chief c"
           " ON c.id = q.chief_id WHERE q.run_id = ? AND q.deleted_at IS NULL")
    params: list[Any] = [run_id]
    if kind:
        sql += " AND q.kind = ?"
        params.append(kind)
    if actor is not None and actor.role == "evaluator" and actor.area_ids is not None:
        sql += " AND c.area_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(actor.area_ids)))
    return [Consequence(r["chief_id"], r["kind"], r["reason"], r["id"], r["done_on"],
                        r["done_by"], r["follow_up"], r["code"], r["name"])
            for r in store.db.query(sql + " ORDER BY q.kind, c.code", params)]


def record_follow_ups(store: Store, actor: Actor, consequence_ids: Sequence[str],
                      done_on: date | str, done_by: str, follow_up: str) -> None:
    """:func:`record_follow_up` for several consequences carried out together (one 表扬通报
    for every chief it praises), all or none."""
    with store.db.atomic():
        for consequence_id in consequence_ids:
            record_follow_up(store, actor, consequence_id, done_on, done_by, follow_up)


def record_follow_up(store: Store, actor: Actor, consequence_id: str, done_on: date | str,
                     done_by: str, follow_up: str) -> None:
    """Record that a consequence was carried out: when, by whom, what was done."""
    rows = list(store.db.query(
        "SELECT q.revision, c.area_id FROM assessment_consequence q JOIN chief c"
        " ON c.id = q.chief_id WHERE q.id = ? AND q.deleted_at IS NULL", [consequence_id]))
    if not rows:
        raise UserError(translate("Assessment", "The consequence no longer exists."))
    require(actor, PERMISSION, area_id=rows[0]["area_id"])
    try:
        day = done_on if isinstance(done_on, date) else date.fromisoformat(str(done_on).strip())
    except ValueError as exc:
        raise UserError(translate(
            "Assessment", "'{value}' is not a date (write it as 2026-07-01).").format(
                value=done_on), where=translate("Assessment", "date done")) from exc
    if not done_by.strip():
        raise UserError(translate("Assessment", "Say who carried it out."),
                        where=translate("Assessment", "done by"))
    records.update(store, "assessment_consequence", consequence_id, {
        "done_on": day.isoformat(), "done_by": done_by.strip(),
        "follow_up": given_reason(follow_up)}, actor=actor.code,
        expected_revision=rows[0]["revision"])
