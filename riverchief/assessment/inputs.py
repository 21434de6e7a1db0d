"""The facts of every chief in scope, read from the other rooms' records in bulk.

One query per kind of record for all chiefs at once (a province has 60,000 chiefs), so
the cost grows with the records, not with the chiefs. A kind whose table the database
does not have yet gives ``None`` (the indicator does not apply), never an invented value.

Which records belong to a chief:
- patrols: the chief's own submitted patrols (drafts do not count); a week across the
  period's edge brings the patrols of its days outside the period;
- problems: those the ledger assigns to the chief (``problem.chief_id``); supervision
  feedback (督察反馈) becomes the chief's supervision findings, the complaints behind
  complaint problems the chief's substantiated complaints;
- water quality: the monitoring sections of the segments the chief was assigned to, by
  month, as the water-quality room computes the chief's attainment score;
- outfalls: those on a segment the chief was assigned to during the period;
- bonus points: recorded by the evaluator for the chief and the period.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from riverchief.assessment.calendar import required_units
from riverchief.assessment.facts import (
    BonusFact,
    ChiefFacts,
    ChiefRef,
    ComplaintFact,
    FindingFact,
    OutfallFact,
    PatrolFacts,
    ProblemFact,
    RecordRef,
    SectionMonth,
    Span,
    WaterFacts,
)
from riverchief.db import Store
from riverchief.periods import Period
from riverchief.progress import SILENT, Progress, check
from riverchief.rules import RuleSet

CHUNK = 900  # ids per IN (...) list, under SQLite's variable limit


@dataclass
class Inputs:
    """The facts of every chief in scope and the records they were read from."""

    period: Period
    facts: dict[str, ChiefFacts]  # by chief id, in code order
    segment_labels: dict[str, str]
    available: dict[str, bool] = field(default_factory=dict)  # kind -> table present
    patrol_window: tuple[date, date] | None = None


def _has(store: Store, table: str) -> bool:
    return bool(store.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone())


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def scope_chiefs(store: Store, period: Period, *, area_ids: Iterable[str] | None = None,
                 level: str | None = None, chief_ids: Iterable[str] | None = None
                 ) -> tuple[list[ChiefRef], dict[str, list[Span]]]:
    """Live chiefs (of the areas and level) with an assignment in force during ``period``."""
    params: list[Any] = [period.end.isoformat(), period.start.isoformat()]
    sql = ("SELECT c.id, c.code, c.name, c.level, c.area_id, ar.name, ar.code,"
           " a.segment_id, a.start_date, a.end_date"
           " FROM assignment a JOIN chief c ON c.id = a.chief_id"
           " JOIN area ar ON ar.id = c.area_id"
           " WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL"
           " AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)")
    if level:
        sql += " AND c.level = ?"
        params.append(level)
    rows = store.conn.execute(sql + " ORDER BY c.code, a.start_date", params).fetchall()
    wanted_areas = set(area_ids) if area_ids is not None else None
    wanted_chiefs = set(chief_ids) if chief_ids is not None else None
    chiefs: dict[str, ChiefRef] = {}
    spans: dict[str, list[Span]] = {}
    for cid, code, name, lvl, area_id, area_name, area_code, seg, start, end in rows:
        if wanted_areas is not None and area_id not in wanted_areas:
            continue
        if wanted_chiefs is not None and cid not in wanted_chiefs:
            continue
        if cid not in chiefs:
            chiefs[cid] = ChiefRef(cid, code, name, lvl, area_id, area_name, area_code)
        spans.setdefault(cid, []).append(
            Span(seg, date.fromisoformat(start), date.fromisoformat(end) if end else None))
    return list(chiefs.values()), spans


def patrol_window(period: Period, rules: RuleSet) -> tuple[date, date]:
    """The days whose patrols can count for ``period``: its required units, all levels."""
    first, last = period.start, period.end
    for level in rules.patrol.levels.values():
        for u in required_units(period, level.frequency):
            first, last = min(first, u.start), max(last, u.end)
    return first, last


def read_patrols(store: Store, ids: set[str], period: Period, window: tuple[date, date],
                 per_segment: bool, facts: dict[str, ChiefFacts]) -> None:
    """Fill ``patrols`` of every chief: valid days, invalid and incomplete records."""
    lo, hi = window[0].isoformat(), (window[1] + timedelta(days=1)).isoformat()
    for f in facts.values():
        f.patrols = PatrolFacts({"": []} if not per_segment else {})
    # valid and suspect patrols count; one group per chief, days as text
    for cid, days in store.conn.execute(
        "SELECT chief_id, group_concat(substr(start_at, 1, 10)) FROM patrol"
        " INDEXED BY patrol_assessment"
        " WHERE start_at >= ? AND start_at < ? AND verdict != 'invalid'"
        " AND state = 'submitted' AND deleted_at IS NULL GROUP BY chief_id", [lo, hi]):
        if cid not in ids:
            continue
        pf = facts[cid].patrols
        assert pf is not None
        pf.valid_days[""] = days.split(",")  # ISO days: the calendar maps them to units
    if per_segment:
        for cid, seg, day in store.conn.execute(
            "SELECT p.chief_id, ps.segment_id, substr(p.start_at, 1, 10) FROM patrol p"
            " JOIN patrol_segment ps ON ps.patrol_id = p.id"
            " WHERE p.start_at >= ? AND p.start_at < ? AND p.verdict != 'invalid'"
            " AND p.state = 'submitted' AND p.deleted_at IS NULL", [lo, hi]):
            if cid in ids:
                pf = facts[cid].patrols
                assert pf is not None
                pf.valid_days.setdefault(seg, []).append(day)
    # the records behind deductions, in the period itself: invalid, neither text nor photo
    plo, phi = store_range((period.start, period.end))
    for pid, cid, start in store.conn.execute(
        "SELECT id, chief_id, start_at FROM patrol INDEXED BY patrol_by_verdict"
        " WHERE verdict = 'invalid' AND start_at >= ? AND start_at < ?"
        " AND state = 'submitted' AND deleted_at IS NULL", [plo, phi]):
        if cid in ids:
            pf = facts[cid].patrols
            assert pf is not None
            pf.invalid.append(RecordRef("patrol", pid, start[:16].replace("T", " ")))
    for pid, cid, start in store.conn.execute(
        "SELECT p.id, p.chief_id, p.start_at FROM patrol p INDEXED BY patrol_without_text"
        " WHERE trim(p.notes) = '' AND p.start_at >= ? AND p.start_at < ?"
        " AND p.verdict != 'invalid' AND p.state = 'submitted' AND p.deleted_at IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM patrol_photo ph WHERE ph.patrol_id = p.id)",
        [plo, phi]):
        if cid in ids:
            pf = facts[cid].patrols
            assert pf is not None
            pf.incomplete.append(RecordRef("patrol", pid, start[:16].replace("T", " ")))


def store_range(window: tuple[date, date]) -> tuple[str, str]:
    """``start_at`` bounds of the days of ``window`` (text compare, end exclusive)."""
    return window[0].isoformat(), (window[1] + timedelta(days=1)).isoformat()


def read_problems(store: Store, ids: set[str], period: Period,
                  facts: dict[str, ChiefFacts]) -> None:
    """Problems, complaints and supervision findings of the chiefs."""
    for f in facts.values():
        f.problems, f.complaints, f.findings = [], [], []
    start = (period.start - timedelta(days=62)).isoformat()  # unfixed at earlier month ends
    rows = store.conn.execute(
        "SELECT p.id, p.code, p.source, p.chief_id, substr(p.found_at, 1, 10), p.deadline, p.state,"
        " p.fix_reported_at, p.closed_on, b.due_on, pa.chief_id, pa.start_at,"
        " c.id, c.code, c.received_on"
        " FROM problem p LEFT JOIN supervision_batch b ON b.id = p.batch_id"
        " LEFT JOIN patrol pa ON pa.id = p.patrol_id"
        " LEFT JOIN complaint c ON c.id = p.complaint_id AND c.deleted_at IS NULL"
        " WHERE p.deleted_at IS NULL AND p.chief_id IS NOT NULL AND p.found_at < ?"
        " AND (p.state NOT IN ('awaiting', 'closed') OR p.closed_on IS NULL"
        "      OR p.closed_on >= ? OR p.fix_reported_at >= ?)",
        [(period.end + timedelta(days=1)).isoformat(), start, start])
    for (pid, code, source, cid, found_on, deadline, state, fix_at, closed_on, due_on,
         patrol_chief, patrol_start, complaint_id, complaint_code, received_on) in rows:
        if cid not in ids:
            continue
        f = facts[cid]
        ref = RecordRef("problem", pid, code)
        resolved = _day(fix_at) if state in ("awaiting", "closed") else None
        if resolved is None and state == "closed":
            resolved = _day(closed_on)
        if source == "supervision":
            limit = _day(deadline) or _day(due_on)
            if limit is not None:
                assert f.findings is not None
                f.findings.append(FindingFact(ref, date.fromisoformat(found_on), limit,
                                              resolved))
            continue
        by_chief = source == "patrol" and patrol_chief == cid
        found = _day(patrol_start) if by_chief and patrol_start else date.fromisoformat(found_on)
        assert f.problems is not None and found is not None
        f.problems.append(ProblemFact(ref, found, by_chief, date.fromisoformat(found_on),
                                      _day(deadline), resolved, source))
        if source == "complaint" and complaint_id and received_on:
            assert f.complaints is not None
            f.complaints.append(ComplaintFact(
                RecordRef("complaint", complaint_id, complaint_code),
                date.fromisoformat(received_on)))


def read_outfalls(store: Store, ids: set[str], period: Period,
                  facts: dict[str, ChiefFacts]) -> None:
    by_segment: dict[str, list[str]] = {}
    for cid in ids:
        f = facts[cid]
        f.outfalls = []
        for s in f.spans:
            if s.start <= period.end and (s.end is None or s.end >= period.start):
                chiefs = by_segment.setdefault(s.segment_id, [])
                if cid not in chiefs:
                    chiefs.append(cid)
    rows = store.conn.execute(
        "SELECT o.id, o.code, o.segment_id, o.deadline, o.stage, o.closed_on,"
        " (SELECT min(e.at) FROM outfall_event e WHERE e.outfall_id = o.id"
        "  AND e.to_stage IN ('remediated', 'closed') AND e.deleted_at IS NULL)"
        " FROM outfall o WHERE o.deleted_at IS NULL AND o.segment_id IS NOT NULL"
        " AND o.deadline IS NOT NULL AND o.deadline <= ?", [period.end.isoformat()])
    for oid, code, seg, deadline, stage, closed_on, remediated_at in rows:
        done = _day(remediated_at) or (_day(closed_on) if stage in ("remediated", "closed")
                                       else None)
        if done is None and stage in ("remediated", "closed"):
            done = date.min  # remediated, date unknown: handled
        for cid in by_segment.get(seg, []):
            outfalls = facts[cid].outfalls
            assert outfalls is not None
            outfalls.append(OutfallFact(RecordRef("outfall", oid, code), _day(deadline), done))


def read_water(store: Store, ids: set[str], period: Period,
               facts: dict[str, ChiefFacts]) -> None:
    """Section-months and attainment scores (this period and the same one last year)."""
    from riverchief.waterquality import score as wq
    from riverchief.waterquality.rules import load_rules
    from riverchief.waterquality.samples import list_sections, load_samples

    rules = load_rules(store)
    sections = {s.id: s for s in list_sections(store)}
    chief_ids = [c for c in facts if c in ids]
    spans = [wq.Span(cid, s.segment_id, s.start, s.end) for cid in chief_ids
             for s in facts[cid].spans]
    last = period.same_period_last_year()
    last_spans = wq.load_spans(store, last)
    now_classes = wq.monthly_classes(sections, load_samples(store, period.start, period.end),
                                     rules)
    before_classes = wq.monthly_classes(sections, load_samples(store, last.start, last.end),
                                        rules)
    now = wq.attainment_scores(chief_ids, spans, sections, now_classes, period)
    before = wq.attainment_scores(chief_ids, [s for s in last_spans if s.chief_id in ids],
                                  sections, before_classes, last)
    covered = wq.sections_of_chiefs(spans, sections.values(), period)
    for cid in chief_ids:
        months: list[SectionMonth] = []
        for sid, labels in sorted(covered.get(cid, {}).items(),
                                  key=lambda kv: sections[kv[0]].code):
            section = sections[sid]
            for m in sorted(labels):
                c = now_classes.get((sid, m))
                if c is None or c.water_class is None:
                    continue
                months.append(SectionMonth(RecordRef("section", sid, f"{section.code} {m}"), m,
                                           c.water_class <= section.target,
                                           c.water_class == 6))
        facts[cid].water = WaterFacts(months, now[cid].score, before[cid].score)


def read_bonuses(store: Store, ids: set[str], period: Period,
                 facts: dict[str, ChiefFacts]) -> None:
    for bid, cid, points, reason in store.conn.execute(
        "SELECT id, chief_id, points, reason FROM assessment_bonus"
        " WHERE period = ? AND deleted_at IS NULL ORDER BY id", [period.label]):
        if cid in ids:
            facts[cid].bonuses.append(BonusFact(RecordRef("assessment_bonus", bid, reason),
                                                Decimal(points), reason))


def read_inputs(
    store: Store, period: Period, rules: RuleSet, *, area_ids: Iterable[str] | None = None,
    level: str | None = None, chief_ids: Iterable[str] | None = None,
    progress: Progress = SILENT,
) -> Inputs:
    """The facts of every chief in scope for ``period``."""
    chiefs, spans = scope_chiefs(store, period, area_ids=area_ids, level=level,
                                 chief_ids=chief_ids)
    facts = {c.id: ChiefFacts(c, spans.get(c.id, [])) for c in chiefs}
    ids = set(facts)
    available = {k: _has(store, t) for k, t in (
        ("patrols", "patrol"), ("problems", "problem"), ("outfalls", "outfall"),
        ("water", "sample"), ("bonus", "assessment_bonus"))}
    steps = [k for k, ok in available.items() if ok]
    window = patrol_window(period, rules)
    for n, kind in enumerate(steps):
        check(progress)
        progress.report(n, len(steps) + 1, kind)
        if kind == "patrols":
            per_segment = any(lv.frequency.counted_per == "segment"
                              for lv in rules.patrol.levels.values())
            read_patrols(store, ids, period, window, per_segment, facts)
        elif kind == "problems":
            read_problems(store, ids, period, facts)
        elif kind == "outfalls":
            read_outfalls(store, ids, period, facts)
        elif kind == "water":
            read_water(store, ids, period, facts)
        elif kind == "bonus":
            read_bonuses(store, ids, period, facts)
    segment_ids = sorted({s.segment_id for sp in spans.values() for s in sp})
    labels: dict[str, str] = {}
    for chunk in _chunks(segment_ids):
        labels.update(store.conn.execute(
            f"SELECT id, code FROM segment WHERE id IN ({','.join('?' * len(chunk))})",
            list(chunk)).fetchall())
    return Inputs(period, facts, labels, available, window)


# --- the digest of every input record ----------------------------------------------------


def _rows(store: Store, sql: str, params: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
    yield from store.conn.execute(sql, list(params))


def input_digest(store: Store, inputs: Inputs) -> tuple[str, int]:
    """SHA-256 over the id and revision of every record the inputs were read from, with
    the count of records. Any change to one of them (a revision bump, a tombstone, a new
    record in scope) changes the digest."""
    period = inputs.period
    ids = set(inputs.facts)
    segs = {s.segment_id for f in inputs.facts.values() for s in f.spans}
    h = hashlib.sha256()
    count = 0

    def add(table: str, rows: Iterable[tuple[Any, ...]], keep: set[str] | None = None) -> None:
        nonlocal count
        lines = sorted(f"{table}:{rid}:{rev}" for owner, rid, rev in rows
                       if keep is None or owner in keep)
        count += len(lines)
        h.update("\n".join(lines).encode())
        h.update(b"\n--\n")

    add("chief", ((c, c, r) for c, r in _rows(
        store, "SELECT id, revision FROM chief WHERE deleted_at IS NULL", ())), ids)
    add("area", ((a, a, r) for a, r in _rows(store, "SELECT id, revision FROM area", ())),
        {f.chief.area_id for f in inputs.facts.values()})
    add("assignment", _rows(
        store, "SELECT chief_id, id, revision FROM assignment WHERE start_date <= ?"
        " AND (end_date IS NULL OR end_date >= ?)",
        [period.end.isoformat(), period.start.isoformat()]), ids)
    add("segment", ((s, s, r) for s, r in _rows(store, "SELECT id, revision FROM segment", ())),
        segs)
    if inputs.available.get("patrols") and inputs.patrol_window:
        lo, hi = store_range(inputs.patrol_window)
        add("patrol", _rows(store, "SELECT chief_id, id, revision FROM patrol"
                            " WHERE start_at >= ? AND start_at < ?",
                            [lo, hi]), ids)
    if inputs.available.get("problems"):
        add("problem", _rows(store, "SELECT chief_id, id, revision FROM problem"
                             " WHERE chief_id IS NOT NULL", ()), ids)
        add("complaint", _rows(store, "SELECT p.chief_id, c.id, c.revision FROM complaint c"
                               " JOIN problem p ON p.complaint_id = c.id", ()), ids)
        add("supervision_batch", _rows(
            store, "SELECT p.chief_id, b.id, b.revision FROM supervision_batch b"
            " JOIN problem p ON p.batch_id = b.id", ()), ids)
    if inputs.available.get("outfalls"):
        add("outfall", _rows(store, "SELECT segment_id, id, revision FROM outfall", ()), segs)
        add("outfall_event", _rows(store, "SELECT o.segment_id, e.id, e.revision"
                                   " FROM outfall_event e JOIN outfall o ON o.id = e.outfall_id",
                                   ()), segs)
    if inputs.available.get("water"):
        last = period.same_period_last_year()
        for lo_day, hi_day in ((period.start, period.end), (last.start, last.end)):
            params = [lo_day.isoformat(), (hi_day + timedelta(days=1)).isoformat()]
            add("sample", _rows(store, "SELECT g.id, s.id, s.revision FROM sample s"
                                " JOIN section x ON x.id = s.section_id"
                                " JOIN segment g ON g.id = x.segment_id"
                                " WHERE s.sampled_at >= ? AND s.sampled_at < ?", params), segs)
            add("sample_value", _rows(store, "SELECT g.id, v.id, v.revision FROM sample_value v"
                                      " JOIN sample s ON s.id = v.sample_id"
                                      " JOIN section x ON x.id = s.section_id"
                                      " JOIN segment g ON g.id = x.segment_id"
                                      " WHERE s.sampled_at >= ? AND s.sampled_at < ?", params),
                segs)
        add("section", _rows(store, "SELECT segment_id, id, revision FROM section", ()), segs)
    if inputs.available.get("bonus"):
        add("assessment_bonus", _rows(store, "SELECT chief_id, id, revision FROM assessment_bonus"
                                      " WHERE period = ?", [period.label]), ids)
    return h.hexdigest(), count
