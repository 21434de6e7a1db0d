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
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import repeat
from pathlib import Path
from typing import Any, cast

from riverchief.assessment.calendar import (
    BIT_KINDS,
    MAX_BIT,
    required_units,
    unit_bit,
    unit_bit_sql,
)
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
from riverchief.i18n import translate
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
    """Live chiefs (of the areas and level) with an assignment in force during ``period``,
    in code order, and those assignments by chief, in the order they began.

    Two reads, not one join: the assignments of a province (140,000) with only what a span
    needs, and the chiefs with their area once each."""
    wanted_chiefs = set(chief_ids) if chief_ids is not None else None
    wanted_areas = set(area_ids) if area_ids is not None else None
    params: list[Any] = [period.end.isoformat(), period.start.isoformat()]
    sql = ("SELECT a.chief_id, a.segment_id, a.start_date, a.end_date FROM assignment a"
           " WHERE a.deleted_at IS NULL AND a.start_date <= ?"
           " AND (a.end_date IS NULL OR a.end_date >= ?)")
    if wanted_chiefs is not None and len(wanted_chiefs) <= CHUNK:
        sql += f" AND a.chief_id IN ({','.join('?' * len(wanted_chiefs))})"
        params.extend(sorted(wanted_chiefs))
    elif wanted_areas is not None and len(wanted_areas) <= 5 * CHUNK:  # an area's chiefs
        sql += (" AND a.chief_id IN (SELECT id FROM chief WHERE area_id IN"
                " (SELECT value FROM json_each(?)))")
        params.append(json.dumps(sorted(wanted_areas)))
    spans: dict[str, list[Span]] = {}
    days: dict[str | None, date | None] = {None: None}  # a few distinct dates, parsed once
    for cid, seg, start, end in store.conn.execute(sql, params).fetchall():
        try:
            first = days[start]
        except KeyError:
            first = days[start] = date.fromisoformat(start)
        try:
            last = days[end]
        except KeyError:
            last = days[end] = date.fromisoformat(end)
        assert first is not None
        mine = spans.get(cid)
        if mine is None:
            spans[cid] = [Span(seg, first, last)]
        else:
            mine.append(Span(seg, first, last))
    for mine in spans.values():
        if len(mine) > 1:
            mine.sort(key=_began)
    params = []
    sql = ("SELECT c.id, c.code, c.name, c.level, c.area_id, ar.name, ar.code"
           " FROM chief c JOIN area ar ON ar.id = c.area_id WHERE c.deleted_at IS NULL")
    if level:
        sql += " AND c.level = ?"
        params.append(level)
    if wanted_chiefs is not None and len(wanted_chiefs) <= CHUNK:
        sql += f" AND c.id IN ({','.join('?' * len(wanted_chiefs))})"
        params.extend(sorted(wanted_chiefs))
    if wanted_areas is not None and len(wanted_areas) <= 5 * CHUNK:  # found by area
        sql += " AND c.area_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(wanted_areas)))
    chiefs: list[ChiefRef] = []
    for row in store.conn.execute(sql + " ORDER BY c.code", params).fetchall():
        cid = row[0]
        if cid not in spans:
            continue
        if wanted_areas is not None and row[4] not in wanted_areas:
            continue
        if wanted_chiefs is not None and cid not in wanted_chiefs:
            continue
        chiefs.append(ChiefRef(*row))
    if len(chiefs) < len(spans):  # assignments of chiefs out of scope (or deleted)
        spans = {c.id: spans[c.id] for c in chiefs}
    return chiefs, spans


def _began(span: Span) -> tuple[date, date, str]:
    return span.start, span.end or date.max, span.segment_id


def patrol_window(period: Period, rules: RuleSet) -> tuple[date, date]:
    """The days whose patrols can count for ``period``: its required units, all levels."""
    first, last = period.start, period.end
    for level in rules.patrol.levels.values():
        for u in required_units(period, level.frequency):
            first, last = min(first, u.start), max(last, u.end)
    return first, last


# separators of the text SQLite joins the patrols into: control characters that no id,
# day or label holds (ASCII record and unit separators)
_RS, _US = "\x1e", "\x1f"


def bit_kinds(rules: RuleSet, window: tuple[date, date]) -> tuple[str, ...] | None:
    """The kinds of unit the valid patrols are read as bits of (``PatrolFacts.unit_bits``):
    those of the levels, when each requires one patrol per unit and chief (the usual
    rules) and the window's units fit in an integer; None: read their days instead."""
    kinds: set[str] = set()
    for level in rules.patrol.levels.values():
        f = level.frequency
        if f.count != 1 or f.counted_per != "chief" or f.per not in BIT_KINDS:
            return None
        if unit_bit(f.per, window[1], window[0]) > MAX_BIT:
            return None
        kinds.add(f.per)
    return tuple(sorted(kinds))


@dataclass
class PatrolRows:
    """The patrols of every chief as SQLite joined them: one text per query, so that a
    thread fetching them takes the GIL a handful of times, not once per chief (a busy
    caller would make it wait up to 5 ms each time)."""

    valid: str  # chief US days (ISO, comma-separated), chiefs separated by RS
    by_segment: list[tuple[str, str, str]]  # (chief, segment, day), when counted per segment
    invalid: str  # chief US ids US labels (comma-separated), chiefs separated by RS
    incomplete: str
    # with kinds, ``valid`` holds instead: chief US the bits of each kind (comma-separated)
    kinds: tuple[str, ...] | None = None
    bits_from: date | None = None


def fetch_patrols(store: Store, period: Period, window: tuple[date, date],
                  per_segment: bool, only: Iterable[str] | None = None,
                  kinds: tuple[str, ...] | None = None) -> PatrolRows:
    """Three scans of indexes, none of the patrol rows: the valid days of every chief
    grouped in SQL (``patrol_assessment``), or with ``kinds`` (:func:`bit_kinds`) the bits
    of the units holding them; the invalid patrols of the period (``patrol_invalid``) and
    those without text (``patrol_without_text``), each with the chief and id. With
    ``only``, just those chiefs' patrols, looked up by chief."""
    lo, hi = window[0].isoformat(), (window[1] + timedelta(days=1)).isoformat()
    joined = f"group_concat(line, '{_RS}')"
    mine = ""
    chiefs: list[Any] = []
    if only is not None:
        mine = " AND p.chief_id IN (SELECT value FROM json_each(?))"
        chiefs = [json.dumps(sorted(only))]

    def by(index: str) -> str:  # a few chiefs' records are found by chief, not by time
        return f"INDEXED BY {index}" if only is None else ""
    # valid and suspect patrols count; one group per chief, days (or units' bits) as text
    days = "group_concat(substr(p.start_at, 1, 10))"
    if kinds:  # the sum of distinct powers of two is their bitwise or
        day = "substr(p.start_at, 1, 10)"
        days = " || ',' || ".join(f"sum(DISTINCT 1 << {unit_bit_sql(k, day, window[0])})"
                                  for k in kinds)
    valid = store.conn.execute(
        f"SELECT {joined} FROM (SELECT p.chief_id || '{_US}' || {days}"
        " AS line FROM patrol p INDEXED BY patrol_assessment"
        " WHERE p.start_at >= ? AND p.start_at < ? AND p.verdict != 'invalid'"
        f" AND p.state = 'submitted' AND p.deleted_at IS NULL{mine} GROUP BY p.chief_id)",
        [lo, hi, *chiefs]).fetchone()[0] or ""
    by_segment: list[tuple[str, str, str]] = []
    if per_segment:
        by_segment = store.conn.execute(
            "SELECT p.chief_id, ps.segment_id, substr(p.start_at, 1, 10) FROM patrol p"
            " JOIN patrol_segment ps ON ps.patrol_id = p.id"
            " WHERE p.start_at >= ? AND p.start_at < ? AND p.verdict != 'invalid'"
            f" AND p.state = 'submitted' AND p.deleted_at IS NULL{mine}",
            [lo, hi, *chiefs]).fetchall()
    # the records behind deductions, in the period itself: invalid, neither text nor photo;
    # sorted by chief and id in SQL
    plo, phi = store_range((period.start, period.end))
    texts = []
    for sql in ((
            "SELECT p.chief_id, p.id, replace(substr(p.start_at, 1, 16), 'T', ' ') AS label"
            f" FROM patrol p {by('patrol_invalid')} WHERE p.start_at >= ? AND p.start_at < ?"
            " AND p.verdict = 'invalid' AND p.state = 'submitted' AND p.deleted_at IS NULL"
            f"{mine}"), (
            "SELECT p.chief_id, p.id, replace(substr(p.start_at, 1, 16), 'T', ' ') AS label"
            f" FROM patrol p {by('patrol_without_text')}"
            " WHERE trim(p.notes) = '' AND p.start_at >= ? AND p.start_at < ?"
            " AND p.verdict != 'invalid' AND p.state = 'submitted' AND p.deleted_at IS NULL"
            f" AND NOT EXISTS (SELECT 1 FROM patrol_photo ph WHERE ph.patrol_id = p.id){mine}")):
        texts.append(store.conn.execute(
            f"SELECT {joined} FROM (SELECT chief_id || '{_US}' || group_concat(id) || '{_US}'"
            f" || group_concat(label) AS line FROM ({sql} ORDER BY chief_id, id)"
            " GROUP BY chief_id)", [plo, phi, *chiefs]).fetchone()[0] or "")
    return PatrolRows(valid, by_segment, texts[0], texts[1], kinds=kinds or None,
                      bits_from=window[0] if kinds else None)


def fill_patrols(rows: PatrolRows, ids: set[str], per_segment: bool,
                 facts: dict[str, ChiefFacts]) -> None:
    """Fill ``patrols`` of every chief in ``ids`` from :func:`fetch_patrols`: valid days,
    invalid and incomplete records."""
    mine: dict[str, PatrolFacts] = {}
    kinds, base = rows.kinds, rows.bits_from
    for cid, f in facts.items():
        if kinds:
            f.patrols = PatrolFacts({}, unit_bits={}, bits_from=base)
        else:
            f.patrols = PatrolFacts({"": []} if not per_segment else {})
        if cid in ids:
            mine[cid] = f.patrols
    if kinds and rows.valid:
        for line in rows.valid.split(_RS):
            cid, bits = line.split(_US)
            pf = mine.get(cid)
            if pf is not None:
                pf.unit_bits = dict(zip(kinds, map(int, bits.split(",")), strict=True))
    elif rows.valid:
        for line in rows.valid.split(_RS):
            cid, days = line.split(_US)
            pf = mine.get(cid)
            if pf is not None:
                # ISO days: the calendar maps them to units
                pf.valid_days[""] = cast("list[date | str]", days.split(","))
    for cid, seg, day in rows.by_segment:
        pf = mine.get(cid)
        if pf is not None:
            pf.valid_days.setdefault(seg, []).append(day)
    for kind, text in (("invalid", rows.invalid), ("incomplete", rows.incomplete)):
        if not text:
            continue
        for line in text.split(_RS):
            cid, pids, labels = line.split(_US)
            pf = mine.get(cid)
            if pf is not None:
                setattr(pf, kind, list(map(RecordRef, repeat("patrol"), pids.split(","),
                                           labels.split(","))))


def read_patrols(store: Store, ids: set[str], period: Period, window: tuple[date, date],
                 per_segment: bool, facts: dict[str, ChiefFacts],
                 kinds: tuple[str, ...] | None = None) -> None:
    """Fill ``patrols`` of every chief in ``ids``: valid days, invalid and incomplete
    records (the patrols of those chiefs only)."""
    fill_patrols(fetch_patrols(store, period, window, per_segment, ids, kinds), ids,
                 per_segment, facts)


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
    rows = store.conn.execute(
        "SELECT o.id, o.code, o.segment_id, o.deadline, o.stage, o.closed_on,"
        " (SELECT min(e.at) FROM outfall_event e WHERE e.outfall_id = o.id"
        "  AND e.to_stage IN ('remediated', 'closed') AND e.deleted_at IS NULL)"
        " FROM outfall o WHERE o.deleted_at IS NULL AND o.segment_id IS NOT NULL"
        " AND o.deadline IS NOT NULL AND o.deadline <= ?", [period.end.isoformat()]).fetchall()
    with_outfalls = {r[2] for r in rows}
    by_segment: dict[str, list[str]] = {}
    for cid in ids:
        f = facts[cid]
        f.outfalls = []
        for s in f.spans:
            if s.segment_id in with_outfalls and s.start <= period.end and (
                    s.end is None or s.end >= period.start):
                chiefs = by_segment.setdefault(s.segment_id, [])
                if cid not in chiefs:
                    chiefs.append(cid)
    for oid, code, seg, deadline, stage, closed_on, remediated_at in rows:
        done = _day(remediated_at) or (_day(closed_on) if stage in ("remediated", "closed")
                                       else None)
        if done is None and stage in ("remediated", "closed"):
            done = date.min  # remediated, date unknown: handled
        for cid in by_segment.get(seg, []):
            outfalls = facts[cid].outfalls
            assert outfalls is not None
            outfalls.append(OutfallFact(RecordRef("outfall", oid, code), _day(deadline), done))


# --- water quality: the class of every section-month, as the water-quality room computes it


def _ladders(water_type: str, wq_rules: Any) -> dict[str, tuple[str, Any]] | None:
    """For each item that decides the class of a section of ``water_type``: its rule and
    limits (``classes.classify_value`` made into a table); None for an unknown type."""
    from riverchief.waterquality.classes import class_items
    from riverchief.waterquality.standards import WATER_TYPES, standard

    if water_type not in WATER_TYPES:
        return None
    std = standard()
    out: dict[str, tuple[str, Any]] = {}
    for key in class_items(water_type, wq_rules, std):
        item = std[key]
        if item.rule == "range":
            out[key] = ("range", item.range)
        elif item.rule in ("<=", ">="):
            ladder = item.ladder(water_type)
            if ladder is not None:
                out[key] = (item.rule, ladder)
    return out


def section_month_classes(store: Store, sections: dict[str, Any], start: date, end: date,
                          section_ids: set[str] | None = None) -> dict[tuple[str, str], int]:
    """The class (1-6) of every section-month with samples from ``start`` to ``end``:
    what ``waterquality.score.monthly_classes`` gives. A month with one sample (the usual
    case) is classified in SQL, every value against its item's limits; a month with
    several goes through the water-quality room's means (sources, detection limits)."""
    from riverchief.waterquality import score as wq
    from riverchief.waterquality.classes import classify
    from riverchief.waterquality.model import Sample
    from riverchief.waterquality.rules import load_rules
    from riverchief.waterquality.samples import read_time
    from riverchief.waterquality.standards import WATER_TYPES
    from riverchief.waterquality.values import Measurement

    wq_rules = load_rules(store)
    # (water type, item) -> (rule, limits) of every item that decides the class
    ladders = {(t, key): (kind, lims if kind == "range" else list(lims)[:5])
               for t in WATER_TYPES for key, (kind, lims) in (_ladders(t, wq_rules) or {}).items()}
    params: dict[str, Any] = {"lo": start.isoformat(),
                              "hi": (end + timedelta(days=1)).isoformat(),
                              "factor": wq_rules.below_detection_factor}
    where = ""
    if section_ids is not None and len(section_ids) <= CHUNK:
        names = []
        for n, sid in enumerate(sorted(section_ids)):
            params[f"s{n}"] = sid
            names.append(f":s{n}")
        where = f" AND s.section_id IN ({','.join(names)})"
    types = ",".join(f"'{t}'" for t in WATER_TYPES)
    samples = (
        "SELECT s.id, s.section_id, s.sampled_at, s.source, substr(s.sampled_at, 1, 7) AS month,"
        " count(*) OVER (PARTITION BY s.section_id, substr(s.sampled_at, 1, 7)) AS n"
        " FROM sample s WHERE s.deleted_at IS NULL AND s.sampled_at >= :lo"
        f" AND s.sampled_at < :hi{where}")
    out: dict[tuple[str, str], int] = {}
    # one sample in the month: its values are the month's (``month_means``); the class is
    # the worst over the items that decide it (``classify``): each value is graded in SQL
    # against its item's limits (``classify_value``: the first class whose limit it meets,
    # else worse than V; an absent limit, NULL, is never met): a CASE branch per item, in it
    # one per water type (a join with a table of limits would scan it for every value, and
    # one branch per type and item compared a joined text up to 50 times a value)
    by_item: dict[str, list[str]] = {}
    for n, ((water_type, item), (kind, lims)) in enumerate(sorted(ladders.items())):
        if kind == "range":
            params[f"k{n}_0"], params[f"k{n}_1"] = lims
            grade = f"CASE WHEN v.x >= :k{n}_0 AND v.x <= :k{n}_1 THEN 1 ELSE 6 END"
        else:
            steps = []
            for grade_n, limit in enumerate(lims, start=1):
                if limit is not None:
                    params[f"k{n}_{grade_n}"] = limit
                    steps.append(f"WHEN v.x {kind} :k{n}_{grade_n} THEN {grade_n}")
            grade = f"CASE {' '.join(steps)} ELSE 6 END" if steps else "6"
        params[f"t{n}"] = water_type
        by_item.setdefault(item, []).append(f"WHEN :t{n} THEN {grade}")
    branches = []
    for n, (item, by_type) in enumerate(sorted(by_item.items())):
        params[f"i{n}"] = item
        branches.append(f"WHEN :i{n} THEN CASE sec.water_type {' '.join(by_type)} END")
    if branches:
        single = store.conn.execute(
            f"SELECT m.section_id, m.month, max(CASE v.item"
            f" {' '.join(branches)} END) FROM ({samples}) m"
            " JOIN section sec ON sec.id = m.section_id"
            " JOIN (SELECT sample_id, item, CASE WHEN below_detection THEN"
            "  coalesce(detection_limit * :factor, 0.0) ELSE value END AS x"
            "  FROM sample_value WHERE deleted_at IS NULL) v ON v.sample_id = m.id"
            " WHERE m.n = 1 AND v.x IS NOT NULL GROUP BY m.section_id, m.month", params)
        for section_id, month, cls in single:
            if cls is not None and section_id in sections:
                out[(section_id, month)] = cls
    # several samples in a month (or an unknown water type): the water-quality room's means
    by_month: dict[tuple[str, str], list[Sample]] = {}
    current: Sample | None = None
    for sid, section_id, at, source, item, value, below, limit in store.conn.execute(
            "SELECT m.id, m.section_id, m.sampled_at, m.source, v.item, v.value,"
            " v.below_detection, v.detection_limit"
            f" FROM ({samples}) m JOIN section sec ON sec.id = m.section_id"
            " LEFT JOIN sample_value v ON v.sample_id = m.id AND v.deleted_at IS NULL"
            f" WHERE m.n > 1 OR sec.water_type NOT IN ({types})"
            " ORDER BY m.section_id, m.sampled_at, m.source, m.id", params):
        if section_id not in sections:
            continue
        if current is None or current.id != sid:
            current = Sample(sid, section_id, read_time(at), source, {})
            by_month.setdefault((section_id, current.month), []).append(current)
        if item is not None:
            current.values[item] = Measurement(value, bool(below), limit)
    for (section_id, month), ss in by_month.items():
        c = classify(wq.month_means(ss, wq_rules)[month], sections[section_id].water_type,
                     wq_rules).water_class
        if c is not None:
            out[(section_id, month)] = int(c)
    return out


def _covered(spans: Iterable[tuple[str, Span]], by_segment: dict[str, list[Any]],
             period: Period) -> dict[str, dict[str, list[str]]]:
    """For each chief, each section -> the months of ``period`` an assignment covered it
    (``waterquality.score.sections_of_chiefs``, looking only at segments with sections)."""
    months = [(m.start, m.end, m.label) for m in period.months()]
    out: dict[str, dict[str, list[str]]] = {}
    for cid, span in spans:
        sections = by_segment.get(span.segment_id)
        if not sections:
            continue
        if not (span.start <= period.end and (span.end is None or span.end >= period.start)):
            continue
        covered = [label for start, end, label in months
                   if span.start <= end and (span.end is None or span.end >= start)]
        if not covered:
            continue
        per_chief = out.setdefault(cid, {})
        for section in sections:
            have = per_chief.setdefault(section.id, [])
            for m in covered:
                if m not in have:
                    have.append(m)
    return out


def _attainment(covered: dict[str, list[str]], sections: dict[str, Any],
                classes: dict[tuple[str, str], int]) -> float | None:
    """``waterquality.score.attainment_scores`` of one chief."""
    attained = counted = 0
    for section_id, months in covered.items():
        target = sections[section_id].target
        for m in months:
            c = classes.get((section_id, m))
            if c is None:
                continue
            counted += 1
            attained += c <= target
    return 100.0 * attained / counted if counted else None


def read_water(store: Store, ids: set[str], period: Period,
               facts: dict[str, ChiefFacts]) -> None:
    """Section-months and attainment scores (this period and the same one last year)."""
    from riverchief.waterquality.samples import list_sections

    sections = {s.id: s for s in list_sections(store)}
    by_segment: dict[str, list[Any]] = {}
    for sec in sections.values():
        by_segment.setdefault(sec.segment_id, []).append(sec)
    chief_ids = [c for c in facts if c in ids]
    covered = _covered(((cid, s) for cid in chief_ids for s in facts[cid].spans), by_segment,
                       period)
    last = period.same_period_last_year()
    last_spans = [(c, Span(g, date.fromisoformat(a), date.fromisoformat(b) if b else None))
                  for c, g, a, b in store.conn.execute(
                      "SELECT chief_id, segment_id, start_date, end_date FROM assignment"
                      " WHERE deleted_at IS NULL AND start_date <= ?"
                      " AND (end_date IS NULL OR end_date >= ?) AND segment_id IN"
                      " (SELECT segment_id FROM section WHERE deleted_at IS NULL)",
                      [last.end.isoformat(), last.start.isoformat()])
                  if c in ids and g in by_segment]
    covered_before = _covered(last_spans, by_segment, last)
    wanted = {sid for per in covered.values() for sid in per}
    wanted_before = {sid for per in covered_before.values() for sid in per}
    now_classes = section_month_classes(store, sections, period.start, period.end, wanted)
    before_classes = section_month_classes(store, sections, last.start, last.end,
                                           wanted_before)
    for cid in chief_ids:
        if cid not in covered and cid not in covered_before:
            facts[cid].water = WaterFacts([], None, None)  # no section on their waters
            continue
        mine = covered.get(cid, {})
        months: list[SectionMonth] = []
        for sid in sorted(mine, key=lambda k: sections[k].code):
            section = sections[sid]
            for m in sorted(mine[sid]):
                c = now_classes.get((sid, m))
                if c is None:
                    continue
                months.append(SectionMonth(RecordRef("section", sid, f"{section.code} {m}"), m,
                                           c <= section.target, c == 6))
        score_before = _attainment(covered_before[cid], sections, before_classes) \
            if cid in covered_before else None
        facts[cid].water = WaterFacts(months, _attainment(mine, sections, now_classes),
                                      score_before)


def read_bonuses(store: Store, ids: set[str], period: Period,
                 facts: dict[str, ChiefFacts]) -> None:
    for bid, cid, points, reason in store.conn.execute(
        "SELECT id, chief_id, points, reason FROM assessment_bonus"
        " WHERE period = ? AND deleted_at IS NULL ORDER BY id", [period.label]):
        if cid in ids:
            facts[cid].bonuses.append(BonusFact(RecordRef("assessment_bonus", bid, reason),
                                                Decimal(points), reason))


class _Reader:
    """A second, read-only connection to the store's file: the patrol indexes of a
    province are scanned on it in a thread (SQLite lets go of the GIL while it steps)
    while this thread reads and shapes the other records."""

    PARALLEL_FROM = 5_000  # chiefs: below this, one connection is quicker

    def __init__(self, store: Store) -> None:
        from riverchief.db.connection import connect

        self.conn = connect(store.path, role="reader")
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None

    @classmethod
    def usable(cls, store: Store, chiefs: int) -> bool:
        path = getattr(store, "path", None)
        return (chiefs >= cls.PARALLEL_FROM and path is not None and Path(path).is_file()
                and not store.conn.in_transaction)

    def start(self, work: Callable[[Store], None]) -> None:
        def run() -> None:
            try:
                work(self)  # type: ignore[arg-type]  # only .conn is used
            except BaseException as exc:  # handed to the caller in join()
                self.error = exc

        self.thread = threading.Thread(target=run, name="assessment-patrols", daemon=True)
        self.thread.start()

    def join(self, *, cancel: bool = False) -> None:
        if self.thread is not None:
            if cancel:
                self.conn.interrupt()
            self.thread.join()
        self.conn.close()
        if self.error is not None and not cancel:
            raise self.error


def read_inputs(
    store: Store, period: Period, rules: RuleSet, *, area_ids: Iterable[str] | None = None,
    level: str | None = None, chief_ids: Iterable[str] | None = None,
    progress: Progress = SILENT,
) -> Inputs:
    """The facts of every chief in scope for ``period``."""
    available = {k: _has(store, t) for k, t in (
        ("patrols", "patrol"), ("problems", "problem"), ("outfalls", "outfall"),
        ("water", "sample"), ("bonus", "assessment_bonus"))}
    steps = [k for k, ok in available.items() if ok]
    window = patrol_window(period, rules)
    per_segment = any(lv.frequency.counted_per == "segment"
                      for lv in rules.patrol.levels.values())
    kinds = bit_kinds(rules, window)
    reader: _Reader | None = None
    fetched: list[PatrolRows] = []

    def fetch_beside() -> _Reader:
        # the patrols are fetched in a thread while this one reads the rest, and shaped
        # here afterwards (Python in both threads would wait for each other's GIL)
        r = _Reader(store)
        r.start(lambda c: fetched.append(fetch_patrols(c, period, window, per_segment,
                                                       kinds=kinds)))
        steps.remove("patrols")
        return r

    if "patrols" in steps and area_ids is None and chief_ids is None and _Reader.usable(
            store, store.conn.execute(
                "SELECT count(*) FROM chief WHERE deleted_at IS NULL").fetchone()[0]):
        reader = fetch_beside()  # the whole province: from now on, beside the chiefs
    try:
        chiefs, spans = scope_chiefs(store, period, area_ids=area_ids, level=level,
                                     chief_ids=chief_ids)
    except BaseException:
        if reader is not None:
            reader.join(cancel=True)
        raise
    facts = {c.id: ChiefFacts(c, spans.get(c.id, [])) for c in chiefs}
    ids = set(facts)
    if "patrols" in steps and _Reader.usable(store, len(ids)):
        reader = fetch_beside()  # a large area: beside the rest
    try:
        for n, kind in enumerate(steps):
            check(progress)
            progress.report(n, len(steps) + 1, step_text(kind))
            if kind == "patrols":
                read_patrols(store, ids, period, window, per_segment, facts, kinds)
            elif kind == "problems":
                read_problems(store, ids, period, facts)
            elif kind == "outfalls":
                read_outfalls(store, ids, period, facts)
            elif kind == "water":
                read_water(store, ids, period, facts)
            elif kind == "bonus":
                read_bonuses(store, ids, period, facts)
        segment_ids = {s.segment_id for sp in spans.values() for s in sp}
        labels: dict[str, str] = {}
        if len(segment_ids) > 4 * CHUNK:
            labels = {i: c for i, c in store.conn.execute("SELECT id, code FROM segment")
                      if i in segment_ids}
        else:
            for chunk in _chunks(sorted(segment_ids)):
                labels.update(store.conn.execute(
                    f"SELECT id, code FROM segment WHERE id IN ({','.join('?' * len(chunk))})",
                    list(chunk)).fetchall())
    except BaseException:
        if reader is not None:
            reader.join(cancel=True)
        raise
    if reader is not None:
        reader.join()
        fill_patrols(fetched[0], ids, per_segment, facts)
    # the last step is the caller's: scoring what was read
    progress.report(len(steps), len(steps) + 1, translate(
        "Assessment", "Scoring {n} chiefs").format(n=len(facts)))
    return Inputs(period, facts, labels, available, window)


def step_text(kind: str) -> str:
    """What :func:`read_inputs` is doing at the step ``kind``, in the reader's words (the
    progress dialog shows it)."""
    return {
        "patrols": translate("Assessment", "Reading the patrols"),
        "problems": translate("Assessment", "Reading the problems and complaints"),
        "outfalls": translate("Assessment", "Reading the outfalls"),
        "water": translate("Assessment", "Reading the water-quality results"),
        "bonus": translate("Assessment", "Reading the bonus points"),
    }.get(kind, kind)


# --- the digest of every input record ----------------------------------------------------


@dataclass(frozen=True)
class _Part:
    """The records of one table in a digest: ``sql`` selects ``o`` (whose record it is:
    chief, area or segment), ``i`` (id) and ``r`` (revision); only the lines whose ``o``
    is in ``keep`` count (all for None)."""

    table: str
    sql: str
    params: tuple[Any, ...] = ()
    keep: frozenset[str | None] | None = None


def _digest_parts(inputs: Inputs) -> list[_Part]:
    period = inputs.period
    ids = frozenset[str | None](inputs.facts)
    segs = frozenset[str | None](s.segment_id for f in inputs.facts.values() for s in f.spans)
    parts = [
        _Part("chief", "SELECT id AS o, id AS i, revision AS r FROM chief"
              " WHERE deleted_at IS NULL", (), ids),
        _Part("area", "SELECT id AS o, id AS i, revision AS r FROM area", (),
              frozenset(f.chief.area_id for f in inputs.facts.values())),
        _Part("assignment", "SELECT chief_id AS o, id AS i, revision AS r FROM assignment"
              " WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
              (period.end.isoformat(), period.start.isoformat()), ids),
        _Part("segment", "SELECT id AS o, id AS i, revision AS r FROM segment", (), segs),
    ]
    if inputs.available.get("patrols") and inputs.patrol_window:
        parts.append(_Part("patrol", "SELECT chief_id AS o, id AS i, revision AS r FROM patrol"
                           " INDEXED BY patrol_digest WHERE start_at >= ? AND start_at < ?",
                           store_range(inputs.patrol_window), ids))
    if inputs.available.get("problems"):
        parts += [
            _Part("problem", "SELECT chief_id AS o, id AS i, revision AS r FROM problem"
                  " WHERE chief_id IS NOT NULL", (), ids),
            _Part("complaint", "SELECT p.chief_id AS o, c.id AS i, c.revision AS r"
                  " FROM complaint c JOIN problem p ON p.complaint_id = c.id", (), ids),
            _Part("supervision_batch", "SELECT p.chief_id AS o, b.id AS i, b.revision AS r"
                  " FROM supervision_batch b JOIN problem p ON p.batch_id = b.id", (), ids)]
    if inputs.available.get("outfalls"):
        parts += [
            _Part("outfall", "SELECT segment_id AS o, id AS i, revision AS r FROM outfall",
                  (), segs),
            _Part("outfall_event", "SELECT o.segment_id AS o, e.id AS i, e.revision AS r"
                  " FROM outfall_event e JOIN outfall o ON o.id = e.outfall_id", (), segs)]
    if inputs.available.get("water"):
        last = period.same_period_last_year()
        for lo_day, hi_day in ((period.start, period.end), (last.start, last.end)):
            days = store_range((lo_day, hi_day))
            parts += [
                _Part("sample", "SELECT g.id AS o, s.id AS i, s.revision AS r FROM sample s"
                      " JOIN section x ON x.id = s.section_id"
                      " JOIN segment g ON g.id = x.segment_id"
                      " WHERE s.sampled_at >= ? AND s.sampled_at < ?", days, segs),
                _Part("sample_value", "SELECT g.id AS o, v.id AS i, v.revision AS r"
                      " FROM sample s JOIN sample_value v INDEXED BY sample_value_by_sample"
                      " ON v.sample_id = s.id JOIN section x ON x.id = s.section_id"
                      " JOIN segment g ON g.id = x.segment_id"
                      " WHERE s.sampled_at >= ? AND s.sampled_at < ?", days, segs)]
        parts.append(_Part("section", "SELECT segment_id AS o, id AS i, revision AS r"
                           " FROM section", (), segs))
    if inputs.available.get("bonus"):
        parts.append(_Part("assessment_bonus", "SELECT chief_id AS o, id AS i, revision AS r"
                           " FROM assessment_bonus WHERE period = ?", (period.label,), ids))
    return parts


def _lines(store: Store, part: _Part, owners: dict[int, str] | None = None
           ) -> tuple[int, str]:
    """(count, the lines ``table:id:revision`` of ``part`` sorted and joined by newlines):
    SQLite's binary order is the order of the text. ``owners`` keeps the JSON of each
    ``keep`` set made (most parts share the chiefs' or the segments': a province's 60,000
    ids sorted and written once, not for every table)."""
    line = f"SELECT ? || ':' || i || ':' || r AS line FROM ({part.sql})"
    params: list[Any] = [part.table, *part.params]
    keep = part.keep
    if keep is not None and None in keep:  # NULL is in no SQL list: filter here
        rows = store.conn.execute(
            f"SELECT o, ? || ':' || i || ':' || r AS line FROM ({part.sql}) ORDER BY line",
            params)
        lines = [text for o, text in rows if o in keep]
        return len(lines), "\n".join(lines)
    # sorted and joined by SQLite, which lets go of the GIL meanwhile: one row, however
    # many records
    if keep is not None:  # the owners as one JSON list, looked up in a b-tree
        line += " WHERE o IN (SELECT value FROM json_each(?))"
        owners = {} if owners is None else owners
        listed = owners.get(id(keep))
        if listed is None:
            listed = owners[id(keep)] = json.dumps(sorted(keep))
        params.append(listed)
    n, text = store.conn.execute(
        f"SELECT count(*), group_concat(line, char(10)) FROM ({line} ORDER BY line)",
        params).fetchone()
    return n, text or ""


def _digest(texts: Iterable[tuple[int, str]]) -> tuple[str, int]:
    h = hashlib.sha256()
    count = 0
    for n, text in texts:
        count += n
        h.update(text.encode())
        h.update(b"\n--\n")
    return h.hexdigest(), count


def input_digest(store: Store, inputs: Inputs) -> tuple[str, int]:
    """SHA-256 over the id and revision of every record the inputs were read from, with
    the count of records. Any change to one of them (a revision bump, a tombstone, a new
    record in scope) changes the digest.

    Each table gives its lines ``table:id:revision`` sorted, those of the records in scope
    joined by newlines, and a separator line."""
    parts = _digest_parts(inputs)  # held: the ids of their ``keep`` sets stay theirs
    owners: dict[int, str] = {}
    return _digest(_lines(store, part, owners) for part in parts)


def input_digest_later(store: Store, inputs: Inputs) -> Callable[[], tuple[str, int]]:
    """Start :func:`input_digest` and return the call that waits for it. For a province it
    runs on a second, read-only connection in a thread (SQLite sorts and filters the lines
    without the GIL) while the caller shapes the results; otherwise it runs at once.
    (Two threads, one for the patrols, were slower: the caller's Python work waited.)"""
    if not _Reader.usable(store, len(inputs.facts)):
        done = input_digest(store, inputs)
        return lambda: done
    reader = _Reader(store)
    out: list[tuple[str, int]] = []
    reader.start(lambda r: out.append(input_digest(r, inputs)))

    def wait() -> tuple[str, int]:
        reader.join()  # raises what the thread raised
        return out[0]

    return wait
