"""河长履职报告: one chief's performance in a period — patrols (counts, verdicts, every
patrol), problems, the water quality of the chief's sections and the scorecard with its
deductions and the records behind them, closed by a signature block."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period, parse_period
from riverchief.progress import SILENT, Progress, check
from riverchief.registry.model import Chief
from riverchief.reports import layout
from riverchief.reports.common import (
    CancelOnly,
    adjustment_lines,
    class_counts,
    date_text,
    frozen_run,
    latin_classes,
    placeholders,
    results_line,
    scorecard_block,
    section_classes,
    sections_table,
)
from riverchief.reports.layout import MM, DocumentInfo, esc
from riverchief.rules import shown_name

STEPS = 7


def find_chief(store: Store, code: str) -> Chief:
    from riverchief.registry.queries import chief_by_code

    chief = chief_by_code(store, code.strip())
    if chief is None:
        raise UserError(translate("Reports", "No river chief with code {code}.").format(
            code=code), where="--chief")
    return chief


def ranking_scope(store: Store, area_id: str) -> tuple[str | None, str]:
    """The area a chief is ranked in (code, name): the district (county) their area lies
    in, as in the district's quarterly report; the top area when there is none above."""
    rows = list(store.db.query(
        "WITH RECURSIVE up(id, code, name, level, parent_id, depth) AS ("
        " SELECT id, code, name, level, parent_id, 0 FROM area WHERE id = ?"
        " UNION ALL SELECT a.id, a.code, a.name, a.level, a.parent_id, up.depth + 1"
        " FROM area a JOIN up ON a.id = up.parent_id)"
        " SELECT code, name, level FROM up ORDER BY depth", [area_id]))
    if not rows:
        return None, ""
    for r in rows:
        if r["level"] == "district":
            return r["code"], r["name"]
    return rows[-1]["code"], rows[-1]["name"]


@dataclass
class PatrolMonths:
    """A chief's patrols month by month: counted (valid or suspect), invalid, required."""

    months: list[str]
    counted: list[int] = field(default_factory=list)
    invalid: list[int] = field(default_factory=list)
    required: list[int] = field(default_factory=list)


def _spans(assignments: list[Any], period: Period) -> dict[str, list[tuple[date, date]]]:
    """Each segment's days of assignment inside the period."""
    out: dict[str, list[tuple[date, date]]] = {}
    for a in assignments:
        start = max(a.start, period.start)
        end = min(a.end or period.end, period.end)
        if start <= end:
            out.setdefault(a.segment_id, []).append((start, end))
    return out


def required_by_month(store: Store, chief: Chief, period: Period,
                      assignments: list[Any]) -> dict[str, int]:
    """How many patrols the rule set requires of the chief in each month of the period:
    every required week, 旬 or month (by the day that decides its period) that overlaps the
    chief's days of assignment, once per chief or once per segment as the rule counts."""
    from riverchief.assessment.calendar import anchor, required_units
    from riverchief.rules import rules_in_force

    months = {m.label: 0 for m in period.months()}
    level = rules_in_force(store).patrol.levels.get(chief.level)
    if level is None:
        return months
    freq = level.frequency
    spans = _spans(assignments, period)
    groups = list(spans.values()) if freq.counted_per == "segment" else \
        [[s for ss in spans.values() for s in ss]]
    for unit in required_units(period, freq):
        month = anchor(unit).isoformat()[:7]
        if month not in months:
            month = max(min(month, max(months)), min(months))
        for group in groups:
            if any(unit.overlaps(s, e) for s, e in group):
                months[month] += freq.count
    return months


def chief_report(
    store: Store,
    chief_code: str,
    period: Period | str,
    out: Path,
    *,
    issuer: str,
    day: date,
    author: str,
    progress: Progress = SILENT,
) -> Path:
    """Write the 履职报告 of the chief with ``chief_code`` for ``period`` to ``out``."""
    from reportlab.platypus import Paragraph, Spacer

    from riverchief.assessment.runs import latest_run
    from riverchief.assessment.scorecards import compute, resolve_scope
    from riverchief.charts.patrols import patrols_against_required
    from riverchief.registry.areas import level_name
    from riverchief.registry.queries import assignments_in_period
    from riverchief.registry.schema import choice_label

    if isinstance(period, str):
        period = parse_period(period)
    chief = find_chief(store, chief_code)
    st = layout.styles()
    progress.report(0, STEPS, translate("Reports", "scoring"))
    scope_code, scope_name = ranking_scope(store, chief.area_id)
    # the district's latest frozen run, as its quarterly report prints it: the chief's
    # scorecard and rank as frozen, with any manual adjustment and its reason
    run = latest_run(store, period, resolve_scope(store, scope_code)[0], None)
    assessment = compute(store, period, area_code=scope_code, level=chief.level,
                         rules=None if run is None else run.rules(),
                         progress=CancelOnly(progress))
    frozen = None if run is None else frozen_run(store, run)
    if frozen is None:
        card = assessment.card(chief.id)
        peers = sum(1 for c in assessment.cards if c.rank is not None)
    else:
        card = next((c for c in frozen.shown if c.chief.id == chief.id), None)
        peers = sum(1 for c in frozen.shown
                    if c.chief.level == chief.level and c.rank is not None)
        if card is None:  # not in the frozen run (assigned since): scored as things are
            frozen, card = None, assessment.card(chief.id)
            peers = sum(1 for c in assessment.cards if c.rank is not None)
    check(progress)

    assignments = assignments_in_period(store, period.start, period.end, chief_id=chief.id)
    segment_ids = sorted({a.segment_id for a in assignments})
    segments = {r["id"]: r for r in store.db.query(
        f"SELECT id, code, name FROM segment WHERE id IN ({placeholders(segment_ids)})",
        segment_ids)}
    area = store.conn.execute("SELECT name FROM area WHERE id = ?", [chief.area_id]).fetchone()
    area_name = area[0] if area else ""

    title = translate("Reports", "Performance report of river chief {name}, {period}").format(
        name=chief.name, period=period.label)
    info = DocumentInfo(title=title, issuer=issuer, date_text=date_text(day), author=author,
                        subject=translate("Reports", "River chief's performance report"),
                        keywords=f"{chief.code} {period.label}")
    score_text = translate("Reports", "not assessed") if card is None or card.total is None \
        else translate("Reports", "{total} points, {grade}").format(
            total=card.total, grade=card.grade_name)
    if card is not None and card.rank is not None:
        score_text += translate("Reports", "; rank {rank} of {n} {level} chiefs of {area}"
                                ).format(rank=card.rank, n=peers, level=level_name(chief.level),
                                         area=scope_name)
    story: list[Any] = layout.cover(info, [
        (translate("Reports", "River chief:"), f"{chief.name}（{chief.code}）"),
        (translate("Reports", "Level and title:"), translate("Reports", "{level} {title}")
         .format(level=level_name(chief.level), title=choice_label(chief.title))),
        (translate("Reports", "Organisation and post:"),
         f"{chief.organisation} {chief.post}".strip() or "—"),
        (translate("Reports", "Area:"), area_name),
        (translate("Reports", "Segments:"), str(len(segment_ids))),
        (translate("Reports", "Period:"), translate("Reports", "{start} to {end}").format(
            start=period.start.isoformat(), end=period.end.isoformat())),
        (translate("Reports", "Assessment:"), score_text),
        (translate("Reports", "Prepared by:"), author),
    ])

    progress.report(1, STEPS, translate("Reports", "patrols"))
    patrols = _patrols(store, chief.id, period.start, period.end)
    months = patrols_by_month(store, chief, period, assignments)
    verdicts = Counter(p["verdict"] for p in patrols)
    problems = _problems(store, chief.id, period)
    check(progress)

    story.append(Paragraph(esc(translate("Reports", "1. Summary")), st["h1"]))
    counted = sum(1 for p in patrols if p["verdict"] != "invalid")
    needed = sum(months.required)
    end = period.end.isoformat()
    found = sum(1 for r in problems if period.start.isoformat() <= str(r["found_at"])[:10] <= end)
    closed = sum(1 for r in problems if r["closed_on"] and
                 period.start.isoformat() <= str(r["closed_on"])[:10] <= end)
    overdue = sum(1 for r in problems if _overdue_at(r, period.end))
    patrol_indicator = None if card is None else next(
        (i for i in card.indicators if i.key == "patrol"), None)
    credited = patrol_indicator.counts.get("credited") if patrol_indicator else None
    if patrol_indicator is not None and "required" in patrol_indicator.counts:
        needed = patrol_indicator.counts["required"]  # prorated to the days assigned
    credited_text = "—" if credited is None else str(credited)
    story.append(layout.table(
        [translate("Reports", "Figure"), translate("Reports", "Value")],
        [[translate("Reports", "Patrols recorded"), str(len(patrols))],
         [translate("Reports", "Patrols that count (valid or suspect)"), str(counted)],
         [translate("Reports", "Patrols required by the rules"), str(needed)],
         [translate("Reports", "Patrols credited in the assessment"), credited_text],
         [translate("Reports", "Problems found in the period"), str(found)],
         [translate("Reports", "Problems closed in the period"), str(closed)],
         [translate("Reports", "Problems overdue at the end"), str(overdue)],
         [translate("Reports", "Assessment"), score_text]],
        [90, 70], align=["l", "r"]))

    progress.report(2, STEPS, translate("Reports", "patrols"))
    story.append(Paragraph(esc(translate("Reports", "Segments in the chief's charge")),
                           st["h2"]))
    story.append(_segment_table(store, assignments, segments) if assignments else Paragraph(
        esc(translate("Reports", "The chief had no segment in this period.")), st["plain"]))
    story.append(Paragraph(esc(translate("Reports", "2. Patrols")), st["h1"]))
    from riverchief.verdicts.reasons import status_name

    story.append(layout.table(
        [translate("Reports", "Verdict"), translate("Reports", "Patrols"),
         translate("Reports", "Share")],
        [[status_name(v), str(verdicts.get(v, 0)),
          f"{100 * verdicts.get(v, 0) / len(patrols):.1f}%" if patrols else "—"]
         for v in ("valid", "suspect", "invalid")]
        + [[translate("Reports", "Filled in afterwards"),
            str(sum(1 for p in patrols if p["filled_afterwards"])), ""]],
        [60, 50, 50], align=["l", "r", "r"]))
    story.append(Spacer(1, 3 * MM))
    story.append(layout.figure(patrols_against_required(
        months.months, months.counted, months.invalid, months.required,
        title=translate("Reports", "Patrols of {name} against the number required").format(
            name=chief.name)), width_mm=150))
    if needed != sum(months.required):
        story.append(Paragraph(esc(translate(
            "Reports", "The chart counts every required week, ten days (旬) or month that "
            "overlaps the chief's days of assignment ({n} patrols); the assessment prorates "
            "the requirement to those days: {m} patrols.").format(n=sum(months.required),
                                                              m=needed)),
            st["note"]))
    check(progress)
    story.append(Paragraph(esc(translate("Reports", "Patrol record")), st["h2"]))
    story.append(_patrol_table(patrols, segments) if patrols else Paragraph(
        esc(translate("Reports", "No patrol was recorded in this period.")), st["plain"]))
    check(progress)

    progress.report(3, STEPS, translate("Reports", "problems"))
    story.append(Paragraph(esc(translate("Reports", "3. Problems")), st["h1"]))
    story.append(_problem_table(problems, period) if problems else Paragraph(esc(translate(
        "Reports", "No problem of this chief was found or open in this period.")),
        st["plain"]))
    check(progress)

    progress.report(4, STEPS, translate("Reports", "water quality"))
    story.append(Paragraph(esc(translate(
        "Reports", "4. Water quality of the chief's monitoring sections")), st["h1"]))
    story.extend(_water_quality(store, period, set(segment_ids), chief.name))
    check(progress)

    progress.report(5, STEPS, translate("Reports", "scorecard"))
    story.append(Paragraph(esc(translate("Reports", "5. Scorecard")), st["h1"]))
    if card is None:
        story.append(Paragraph(esc(translate(
            "Reports", "The chief had no assignment in this period and was not assessed.")),
            st["plain"]))
    else:
        story.append(Paragraph(esc(translate(
            "Reports", "Rule set {name}, version {version}. Total {total}, grade {grade}.")
            .format(name=shown_name(assessment.rules.name), version=assessment.rules.version,
                    total="—" if card.total is None else card.total,
                    grade=card.grade_name or "—")), st["body"]))
        story.extend(scorecard_block(card, heading=False))
        if frozen is not None and chief.id in frozen.adjusted:
            story.extend(Paragraph(esc(line), st["plain"])
                         for line in adjustment_lines(frozen, chief.id, chief.name))
        story.append(Paragraph(esc(translate("Reports", "Where the score comes from: {results}.")
                                   .format(results=results_line(
                                       frozen, frozen.run.input_digest if frozen else ""))),
                               st["plain"]))
    story.extend(_signatures(st, info))
    progress.report(6, STEPS, translate("Reports", "layout"))
    result = layout.build(out, info, story, progress=progress)
    progress.report(STEPS, STEPS, "")
    return result


def _segment_table(store: Store, assignments: list[Any], segments: dict[str, Any]) -> Any:
    ids = sorted(segments)
    waters = {r["id"]: r["name"] for r in store.db.query(
        f"SELECT w.name, s.id FROM segment s JOIN water w ON w.id = s.water_id"
        f" WHERE s.id IN ({placeholders(ids)})", ids)}
    rows = []
    for a in sorted(assignments, key=lambda a: (segments.get(a.segment_id, {}).get("code", ""),
                                                a.start)):
        seg = segments.get(a.segment_id)
        rows.append([seg["code"] if seg else "", seg["name"] if seg else "",
                     waters.get(a.segment_id, ""), a.start.isoformat(),
                     a.end.isoformat() if a.end else translate("Reports", "to date")])
    return layout.table(
        [translate("Reports", "Code"), translate("Reports", "Segment"),
         translate("Reports", "Water"), translate("Reports", "From"),
         translate("Reports", "Until")],
        rows, [30, 40, 34, 22, 22], align=["l", "l", "l", "c", "c"])


def _patrols(store: Store, chief_id: str, start: date, end: date) -> list[dict[str, Any]]:
    """The chief's submitted patrols from ``start`` to ``end`` (inclusive), oldest first."""
    return list(store.db.query(
        "SELECT id, segment_id, start_at, end_at, method, distance_m, duration_s, verdict,"
        " reasons, filled_afterwards FROM patrol WHERE chief_id = ? AND deleted_at IS NULL"
        " AND state = 'submitted' AND start_at >= ? AND start_at < ? ORDER BY start_at, id",
        [chief_id, start.isoformat(), (end + timedelta(days=1)).isoformat()]))


def patrols_by_month(store: Store, chief: Chief, period: Period,
                     assignments: list[Any]) -> PatrolMonths:
    """The chief's patrols month by month as the assessment counts them: a patrol in a
    required week (or 旬) counts in the month that week belongs to (a patrol on
    2025-12-30 counts for January 2026 when its week does), against the number required."""
    from riverchief.assessment.calendar import anchor, required_units
    from riverchief.rules import rules_in_force

    labels = [m.label for m in period.months()]
    level = rules_in_force(store).patrol.levels.get(chief.level)
    units = required_units(period, level.frequency) if level is not None else []
    month_of: dict[str, str] = {}
    for unit in units:
        month = anchor(unit).isoformat()[:7]
        day = unit.start
        while day <= unit.end:
            month_of[day.isoformat()] = month
            day += timedelta(days=1)
    start = min([period.start, *(u.start for u in units)])
    end = max([period.end, *(u.end for u in units)])
    first, last = period.start.isoformat(), period.end.isoformat()
    counted: Counter[str] = Counter()
    invalid: Counter[str] = Counter()
    for p in _patrols(store, chief.id, start, end):
        day = p["start_at"][:10]
        counts_in = month_of.get(day) or (day[:7] if first <= day <= last else None)
        if counts_in is not None:
            (invalid if p["verdict"] == "invalid" else counted)[counts_in] += 1
    required = required_by_month(store, chief, period, assignments)
    return PatrolMonths(labels, [counted[m] for m in labels], [invalid[m] for m in labels],
                        [required.get(m, 0) for m in labels])


def _patrol_table(patrols: list[dict[str, Any]], segments: dict[str, Any]) -> Any:
    from riverchief.patrols.queries import reasons_of
    from riverchief.rules.patrol import method_name
    from riverchief.verdicts.reasons import status_name

    rows, highlight = [], []
    for n, p in enumerate(patrols, 1):
        seg = segments.get(p["segment_id"])
        remarks = "；".join(r.message.rstrip("。.") for r in reasons_of(p["reasons"])
                           if r.severity != "note")
        if p["filled_afterwards"]:
            remarks = "；".join(x for x in (translate("Reports", "filled in afterwards"),
                                           remarks) if x)
        rows.append([str(n), p["start_at"][:16].replace("T", " "),
                     seg["name"] if seg else "", method_name(p["method"]),
                     "—" if p["distance_m"] is None else f"{p['distance_m'] / 1000:.2f}",
                     "—" if p["duration_s"] is None else f"{p['duration_s'] / 60:.0f}",
                     status_name(p["verdict"]), latin_classes(remarks)])
        if p["verdict"] == "invalid":
            highlight.append(n - 1)
    return layout.table(
        [translate("Reports", "No."), translate("Reports", "Start"),
         translate("Reports", "Segment"), translate("Reports", "Method"),
         translate("Reports", "km"), translate("Reports", "Min."),
         translate("Reports", "Verdict"), translate("Reports", "Remarks")],
        rows, [9, 30, 22, 16, 12, 12, 15, 44],
        align=["c", "l", "l", "c", "r", "r", "c", "l"], highlight_rows=highlight)


def _problems(store: Store, chief_id: str, period: Period) -> list[dict[str, Any]]:
    """The chief's problems found in the period, or found before it and still open at its
    start."""
    if "problem" not in store.db.table_names():
        return []
    return list(store.db.query(
        "SELECT p.*, s.name AS segment_name, u.name AS unit_name FROM problem p"
        " LEFT JOIN segment s ON s.id = p.segment_id LEFT JOIN unit u ON u.id = p.unit_id"
        " WHERE p.chief_id = ? AND p.deleted_at IS NULL AND p.found_at < ?"
        " AND (p.found_at >= ? OR p.closed_on IS NULL OR p.closed_on >= ?)"
        " ORDER BY p.found_at, p.code",
        [chief_id, (period.end + timedelta(days=1)).isoformat(), period.start.isoformat(),
         period.start.isoformat()]))


def _overdue_at(row: dict[str, Any], day: date) -> bool:
    deadline = row["deadline"]
    if not deadline or str(deadline)[:10] >= day.isoformat():
        return False
    done = row["fix_reported_at"] or row["closed_on"]
    return not (done and str(done)[:10] <= day.isoformat())


def _problem_table(problems: list[dict[str, Any]], period: Period) -> Any:
    from riverchief.problems.categories import category_name
    from riverchief.problems.model import state_name

    return layout.table(
        [translate("Reports", "No."), translate("Reports", "Found"),
         translate("Reports", "Category"), translate("Reports", "Segment"),
         translate("Reports", "Description"), translate("Reports", "Unit"),
         translate("Reports", "Deadline"), translate("Reports", "State")],
        [[r["code"] or "", str(r["found_at"])[:10], category_name(r["category"]),
          r["segment_name"] or "", r["description"], r["unit_name"] or "",
          r["deadline"] or "", state_name(r["state"])] for r in problems],
        [23, 20, 17, 18, 30, 18, 20, 13],
        highlight_rows=[i for i, r in enumerate(problems) if _overdue_at(r, period.end)])


def _water_quality(store: Store, period: Period, segment_ids: set[str], name: str
                   ) -> list[Any]:
    from reportlab.platypus import Spacer

    from riverchief.charts.waterquality import class_shares_by_month
    from riverchief.waterquality.samples import list_sections

    sections = [s for s in list_sections(store) if s.segment_id in segment_ids]
    classes = section_classes(store, period, sections)
    out: list[Any] = [sections_table(store, period, sections, translate(
        "Reports", "No monitoring section lies on the chief's segments."), classes)]
    months = [m.label for m in period.months()]
    counts = class_counts(classes, months)
    if any(counts):
        out.append(Spacer(1, 3 * MM))
        out.append(layout.figure(class_shares_by_month(months, counts, title=translate(
            "Reports", "Sections on the segments of {name} by water class").format(name=name)),
            width_mm=140))
    return out


def _signatures(st: dict[str, Any], info: DocumentInfo) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    line = "________________"
    rows = [[Paragraph(esc(translate("Reports", "River chief (signature):")), st["plain"]),
             Paragraph(line, st["plain"]),
             Paragraph(esc(translate("Reports", "Date:")), st["plain"]),
             Paragraph(line, st["plain"])],
            [Paragraph(esc(translate("Reports", "Reviewed by (signature):")), st["plain"]),
             Paragraph(line, st["plain"]),
             Paragraph(esc(translate("Reports", "Date:")), st["plain"]),
             Paragraph(line, st["plain"])]]
    sign = Table(rows, colWidths=[40 * MM, 46 * MM, 20 * MM, 46 * MM])
    sign.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [KeepTogether([
        Spacer(1, 8 * MM), sign, Spacer(1, 6 * MM),
        Paragraph(esc(info.issuer), st["right"]),
        Paragraph(esc(translate("Reports", "(seal)")), st["right"]),
        Paragraph(esc(info.date_text), st["right"]),
    ])]
