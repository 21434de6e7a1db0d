"""季度考核通报: the quarterly accountability report of an area — headline figures, the
ranking of every chief by level, praise and accountability, water quality per section,
overdue problems and outfalls, and one scorecard per chief as an appendix."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period, parse_period
from riverchief.progress import SILENT, Progress, check
from riverchief.reports import layout
from riverchief.reports.common import (
    CancelOnly,
    adjustment_lines,
    class_counts,
    date_text,
    frozen_run,
    outfalls_table,
    placeholders,
    results_line,
    scorecard_block,
    section_classes,
    sections_table,
)
from riverchief.reports.layout import MM, DocumentInfo, esc
from riverchief.rules import shown_name

LEVELS = ("district", "township", "village")
CHART_CHIEFS = 40  # at most this many bars in the summary's ranking chart


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def _change(now: float | int | None, before: float | int | None, unit: str = "") -> str:
    if now is None or before is None:
        return "—"
    diff = now - before
    text = f"{diff:+.1f}" if isinstance(diff, float) else f"{diff:+d}"
    return text + unit


def _check_appendix(appendix: str) -> str:
    if appendix not in ("all", "none", *LEVELS):
        raise UserError(translate(
            "Reports", "Unknown appendix '{value}': use all, none, district, township or "
            "village.").format(value=appendix), where="--appendix")
    return appendix


def quarterly_report(
    store: Store,
    period: Period | str,
    out: Path,
    *,
    area_code: str | None = None,
    appendix: str = "all",
    issuer: str,
    day: date,
    author: str,
    progress: Progress = SILENT,
) -> Path:
    """Write the quarterly accountability report of ``area_code`` (all areas: None)."""
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    from riverchief.assessment.dashboard import figures
    from riverchief.assessment.inputs import input_digest
    from riverchief.assessment.runs import find_consequences, latest_run
    from riverchief.assessment.scorecards import compute, resolve_scope
    from riverchief.charts.waterquality import chiefs_ranked, class_shares_by_month
    from riverchief.registry.areas import level_name
    from riverchief.waterquality.samples import list_sections

    appendix = _check_appendix(appendix)
    if isinstance(period, str):
        period = parse_period(period)
    st = layout.styles()
    progress.report(0, 8, translate("Reports", "scoring"))
    # the results are those of the latest run frozen for the period and area, with the
    # evaluator's adjustments (what was decided), scored again with its rule set for the
    # figures; with no frozen run, as the records are now
    area_id = resolve_scope(store, area_code)[0]
    run = latest_run(store, period, area_id, None)
    a = compute(store, period, area_code=area_code, rules=None if run is None else run.rules(),
                progress=CancelOnly(progress))
    frozen = None if run is None else frozen_run(store, run)
    cards = a.cards if frozen is None else frozen.shown
    check(progress)
    # the previous quarter under the rule set it was frozen with (what was required of the
    # chiefs then), when it was frozen
    run_before = latest_run(store, period.previous(), area_id, None)
    prev = compute(store, period.previous(), area_code=area_code,
                   rules=None if run_before is None else run_before.rules(),
                   progress=CancelOnly(progress))
    fig_now, fig_prev = figures(store, a), figures(store, prev)
    digest, n_records = input_digest(store, a.inputs)
    if frozen is not None:  # the grades as decided, adjustments included
        fig_now.grades = {g: sum(1 for c in cards if c.grade == g) for g in fig_now.grades}
    check(progress)

    title = translate("Reports", "Quarterly river-chief assessment report {period}").format(
        period=period.label)
    info = DocumentInfo(title=title, issuer=issuer, date_text=date_text(day), author=author,
                        subject=translate("Reports", "River-chief assessment"),
                        keywords=f"{period.label} {area_code or ''}".strip())
    rules = a.rules
    story: list[Any] = layout.cover(info, [
        (translate("Reports", "Area:"), a.area_name),
        (translate("Reports", "Period:"), translate("Reports", "{start} to {end}").format(
            start=period.start.isoformat(), end=period.end.isoformat())),
        (translate("Reports", "Chiefs assessed:"), str(len(cards))),
        (translate("Reports", "Results:"), results_line(frozen, digest)),
        (translate("Reports", "Rule set:"), translate("Reports", "{name}, version {version}")
         .format(name=shown_name(rules.name), version=rules.version)),
        (translate("Reports", "Rule-set hash:"), rules.digest[:16]),
        (translate("Reports", "Input digest:"), translate(
            "Reports", "{digest} ({n} records)").format(digest=digest[:16], n=n_records)),
        (translate("Reports", "Prepared by:"), author),
    ])

    progress.report(1, 8, translate("Reports", "summary"))
    story.append(Paragraph(esc(translate("Reports", "1. Summary")), st["h1"]))
    f, p = fig_now, fig_prev
    share = translate("Reports", " pts")
    story.append(layout.table(
        [translate("Reports", "Figure"), translate("Reports", "This quarter"),
         translate("Reports", "Previous quarter"), translate("Reports", "Change")],
        [[translate("Reports", "Chiefs assessed"), str(f.chiefs), str(p.chiefs),
          _change(f.chiefs, p.chiefs)],
         [translate("Reports", "Patrol compliance (counted / required)"),
          f"{_pct(f.patrol_rate)} ({f.patrols_counted}/{f.patrols_required})",
          f"{_pct(p.patrol_rate)} ({p.patrols_counted}/{p.patrols_required})",
          _change(f.patrol_rate, p.patrol_rate, share)],
         [translate("Reports", "Problems found"), str(f.problems_found), str(p.problems_found),
          _change(f.problems_found, p.problems_found)],
         [translate("Reports", "Problems closed"), str(f.problems_closed),
          str(p.problems_closed), _change(f.problems_closed, p.problems_closed)],
         [translate("Reports", "Problems overdue at the end"), str(f.problems_overdue),
          str(p.problems_overdue), _change(f.problems_overdue, p.problems_overdue)],
         [translate("Reports", "Section-months meeting the target"), _pct(f.attained_share),
          _pct(p.attained_share), _change(f.attained_share, p.attained_share, share)],
         [translate("Reports", "Section-months worse than class V"),
          _pct(f.worse_than_v_share), _pct(p.worse_than_v_share),
          _change(f.worse_than_v_share, p.worse_than_v_share, share)],
         [translate("Reports", "Complaints"),
          "—" if f.complaints is None else str(f.complaints),
          "—" if f.complaints_previous is None else str(f.complaints_previous),
          _change(f.complaints, f.complaints_previous)]],
        [62, 34, 34, 30], align=["l", "r", "r", "r"]))
    story.append(Spacer(1, 3 * MM))
    from riverchief.rules.assessment import GRADES, grade_name
    story.append(layout.table(
        [translate("Reports", "Grade")] + [grade_name(g) for g in GRADES],
        [[translate("Reports", "Chiefs")] + [str(f.grades.get(g, 0)) for g in GRADES]],
        [46] + [30] * len(GRADES), align=["l"] + ["c"] * len(GRADES)))
    story.append(Spacer(1, 3 * MM))
    top = [c for c in cards if c.chief.level == _main_level(cards)]
    title = translate("Reports", "{level} chiefs by total score").format(
        level=level_name(_main_level(cards)))
    if len(top) > CHART_CHIEFS:  # a city's district chiefs: the best and the lowest
        scored = sorted((c for c in top if c.total is not None),
                        key=lambda c: (-(c.total or 0), c.chief.code))
        half = CHART_CHIEFS // 2
        top = scored[:half] + scored[-half:] if len(scored) > CHART_CHIEFS else scored
        title = translate("Reports", "{level} chiefs by total score: the {n} best and the "
                                     "{n} lowest").format(
            level=level_name(_main_level(cards)), n=half)
    if top:
        story.append(layout.figure(chiefs_ranked(
            [(c.chief.name, None if c.total is None else float(c.total)) for c in top],
            title=title, score_label=translate("Reports", "total score"))))
    check(progress)

    progress.report(2, 8, translate("Reports", "ranking"))
    story.append(PageBreak())
    story.append(Paragraph(esc(translate("Reports", "2. Ranking of the river chiefs")),
                           st["h1"]))
    adjusted = {} if frozen is None else frozen.adjusted
    for level in LEVELS:
        of_level = sorted((c for c in cards if c.chief.level == level),
                          key=lambda c: (c.rank is None, c.rank or 0, c.chief.code))
        if not of_level:
            continue
        story.append(Paragraph(esc(translate("Reports", "{level} chiefs").format(
            level=level_name(level))), st["h2"]))
        story.append(layout.table(
            [translate("Reports", "Rank"), translate("Reports", "Name"),
             translate("Reports", "Score"), translate("Reports", "Grade"),
             translate("Reports", "Area of the chief")],
            [["—" if c.rank is None else str(c.rank), c.chief.name,
              ("—" if c.total is None else str(c.total))
              + (" *" if c.chief.id in adjusted else ""), c.grade_name, c.chief.area_name]
             for c in of_level],
            [16, 36, 22, 24, 62], align=["c", "l", "r", "c", "l"],
            highlight_rows=[i for i, c in enumerate(of_level) if c.grade == "fail"]))
    if frozen is not None and adjusted:
        from reportlab.platypus import KeepTogether

        note = [Paragraph(esc(translate(
            "Reports", "* Adjusted by hand in the frozen run:")), st["plain"])]
        note += [Paragraph(esc(line), st["plain"]) for c in cards if c.chief.id in adjusted
                 for line in adjustment_lines(frozen, c.chief.id, c.chief.name)]
        # the heading with its first lines, not alone at the foot of a page
        story.append(KeepTogether(note[:3]))
        story.extend(note[3:])

    progress.report(3, 8, translate("Reports", "consequences"))
    story.append(Paragraph(esc(translate("Reports", "3. Praise and accountability")), st["h1"]))
    # from the scorecards as frozen: the run's own praise and blame, in this report's words
    consequences = find_consequences(store, a if frozen is None else replace(
        a, cards=frozen.cards))
    names = {c.chief.id: c.chief for c in cards}
    for kind in ("praise", "interview", "criticism"):
        items = [q for q in consequences if q.kind == kind]
        if not items:
            continue
        story.append(Paragraph(esc(items[0].name), st["h2"]))
        story.append(layout.table(
            [translate("Reports", "Name"), translate("Reports", "Level"),
             translate("Reports", "Area"), translate("Reports", "Reason")],
            [[names[q.chief_id].name, level_name(names[q.chief_id].level),
              names[q.chief_id].area_name, q.reason] for q in items],
            [26, 22, 40, 72]))
    if not consequences:
        story.append(Paragraph(esc(translate(
            "Reports", "No chief is praised, talked to or criticised this quarter.")),
            st["plain"]))
    story.extend(_previous_follow_ups(store, period, a.area_id, st))
    check(progress)

    progress.report(4, 8, translate("Reports", "water quality"))
    area_ids = _area_ids(store, a.area_id)
    segment_ids = _segment_ids(store, area_ids)
    story.append(Paragraph(esc(translate("Reports", "4. Water quality of the monitoring sections")),
                           st["h1"]))
    sections = list_sections(store, area_ids)
    classes = section_classes(store, period, sections)
    story.append(sections_table(store, period, sections, translate(
        "Reports", "No monitoring sections in this area."), classes))
    months = [m.label for m in period.months()]
    counts = class_counts(classes, months)
    if any(counts):
        story.append(Spacer(1, 4 * MM))
        story.append(layout.figure(class_shares_by_month(
            months, counts, title=translate("Reports", "Monitoring sections by water class, "
                                                       "{period}").format(period=period.label)),
            width_mm=140))
    check(progress)

    progress.report(5, 8, translate("Reports", "problems"))
    heading = Paragraph(esc(translate("Reports", "5. Overdue problems")), st["h1"])
    overdue, short = _overdue_table(store, period, segment_ids, area_ids)
    if short:  # kept whole with its heading (left alone at the foot of the page before)
        from reportlab.platypus import KeepTogether

        story.append(KeepTogether([heading, *overdue]))
    else:  # a long table splits, its header repeated on every page
        story.extend([heading, *overdue])
    story.append(Paragraph(esc(translate("Reports", "6. Outfalls")), st["h1"]))
    story.append(outfalls_table(store, segment_ids, translate(
        "Reports", "No outfalls were recorded in this area."), [24, 30, 20, 17, 27, 22, 20]))

    progress.report(6, 8, translate("Reports", "appendix"))
    shown = [c for c in cards if appendix == "all" or c.chief.level == appendix]
    if appendix != "none" and shown:
        story.append(PageBreak())
        story.append(Paragraph(esc(translate("Reports", "Appendix: scorecards")), st["h1"]))
        for c in sorted(shown, key=lambda c: (LEVELS.index(c.chief.level)
                                              if c.chief.level in LEVELS else 9,
                                              c.rank or 10**6, c.chief.code)):
            check(progress)
            story.extend(scorecard_block(c))
            if frozen is not None and c.chief.id in adjusted:
                story.extend(Paragraph(esc(line), st["plain"])
                             for line in adjustment_lines(frozen, c.chief.id, c.chief.name))
    progress.report(7, 8, translate("Reports", "layout"))
    result = layout.build(out, info, story, progress=progress)
    progress.report(8, 8, "")
    return result


def _main_level(cards: list[Any]) -> str:
    for level in LEVELS:
        if any(c.chief.level == level for c in cards):
            return level
    return "district"


def _area_ids(store: Store, area_id: str | None) -> list[str] | None:
    if area_id is None:
        return None
    from riverchief.registry.areas import descendants

    return list(descendants(store, area_id))


def _segment_ids(store: Store, area_ids: list[str] | None) -> list[str]:
    sql = "SELECT id FROM segment WHERE deleted_at IS NULL"
    params: list[str] = []
    if area_ids is not None:
        sql += f" AND area_id IN ({placeholders(area_ids)})"
        params = area_ids
    return [r["id"] for r in store.db.query(sql + " ORDER BY code", params)]


def _overdue_table(store: Store, period: Period, segment_ids: list[str],
                   area_ids: list[str] | None) -> tuple[list[Any], bool]:
    """The overdue problems' table (and its note), and whether it is short enough to be
    kept on one page with its heading."""
    from reportlab.platypus import Paragraph

    from riverchief.problems.categories import category_name
    from riverchief.problems.model import state_name

    st = layout.styles()
    if "problem" not in store.db.table_names():
        return [Paragraph(esc(translate("Reports", "No problem ledger in this database.")),
                          st["plain"])], True
    end = period.end.isoformat()
    # problems on a segment of the area, or of the area without a segment
    scope, params = "1", []
    if area_ids is not None:
        scope = (f"(p.segment_id IN ({placeholders(segment_ids)}) OR (p.segment_id IS NULL AND "
                 f"p.area_id IN ({placeholders(area_ids)})))")
        params = [*segment_ids, *area_ids]
    rows = list(store.db.query(
        f"SELECT p.*, s.name AS segment_name, u.name AS unit_name FROM problem p "
        f"LEFT JOIN segment s ON s.id = p.segment_id LEFT JOIN unit u ON u.id = p.unit_id "
        f"WHERE p.deleted_at IS NULL AND {scope} "
        f"AND p.deadline IS NOT NULL AND p.deadline < ? "
        f"AND NOT (p.state IN ('awaiting', 'closed') "
        f"         AND substr(coalesce(p.fix_reported_at, p.closed_on), 1, 10) <= ?) "
        f"ORDER BY p.deadline, p.code LIMIT 500",
        [*params, end, end]))
    if not rows:
        return [Paragraph(esc(translate("Reports", "No problem was overdue at the end of the "
                                                   "quarter.")), st["plain"])], True
    findings = sum(1 for r in rows if r["source"] == "supervision")
    table = layout.table(
        [translate("Reports", "No."),
         translate("Reports", "Category"), translate("Reports", "Segment"),
         translate("Reports", "Description"), translate("Reports", "Unit"),
         translate("Reports", "Deadline"), translate("Reports", "Days overdue"),
         translate("Reports", "State")],
        [[r["code"], category_name(r["category"]), r["segment_name"],
          r["description"], r["unit_name"] or "", r["deadline"],
          str((period.end - date.fromisoformat(str(r["deadline"])[:10])).days),
          state_name(r["state"])] for r in rows],
        [25, 16, 18, 32, 20, 22, 12, 15], align=["l"] * 6 + ["r", "l"])
    shown: list[Any] = [table]
    if findings:
        note = translate("Reports", "Includes {n} supervision finding(s), which the summary "
                                    "counts apart from the problems.").format(n=findings)
        shown.append(Paragraph(esc(note), st["plain"]))
    return shown, len(rows) < 8



def ranking_xlsx(store: Store, period: Period | str, out: Path, *,
                 area_code: str | None = None, progress: Progress = SILENT) -> Path:
    """The ranking of every chief (overall rank, name, score, grade, level, rank in the
    level, area) as a workbook in the office layout of :mod:`riverchief.reports.sheets`."""
    from riverchief.assessment.runs import latest_run
    from riverchief.assessment.scorecards import compute, resolve_scope
    from riverchief.registry.areas import level_name
    from riverchief.reports.sheets import write_sheet

    if isinstance(period, str):
        period = parse_period(period)
    area_id, area_name, _ids = resolve_scope(store, area_code)
    # as the quarterly report: the latest frozen run with its adjustments, if there is one
    run = latest_run(store, period, area_id, None)
    frozen = None if run is None else frozen_run(store, run)
    cards_of = frozen.shown if frozen is not None else compute(
        store, period, area_code=area_code, progress=progress).cards
    headers = [translate("Reports", "Rank"), translate("Reports", "Name"),
               translate("Reports", "Score"), translate("Reports", "Grade"),
               translate("Reports", "Level"), translate("Reports", "Rank in level"),
               translate("Reports", "Area of the chief")]
    cards = sorted(cards_of, key=lambda c: (c.rank_overall is None, c.rank_overall or 0,
                                            c.chief.code))
    rows = [[c.rank_overall, c.chief.name, None if c.total is None else float(c.total),
             c.grade_name, level_name(c.chief.level), c.rank, c.chief.area_name]
            for c in cards]
    title = translate("Reports", "Ranking of the river chiefs of {area}, {period}").format(
        area=area_name, period=period.label)
    if frozen is not None:
        title += translate("Reports", " ({results})").format(
            results=results_line(frozen, frozen.run.input_digest))
    return write_sheet(out, translate("Reports", "Ranking"), title, headers, rows,
                       formats={2: "0.00"})


def _previous_follow_ups(store: Store, period: Period, area_id: str | None,
                         st: dict[str, Any]) -> list[Any]:
    """上期问责落实: what was done about the consequences of the quarter before (from its
    latest frozen run of the same area), as the evaluator recorded it."""
    from reportlab.platypus import Paragraph

    from riverchief.assessment.consequences import previous_follow_ups

    before = previous_follow_ups(store, period, area_id, None)
    out: list[Any] = [Paragraph(esc(translate(
        "Reports", "What was done about {period}'s praise and accountability").format(
            period=before.period.label)), st["h2"])]
    if before.run_id is None:
        out.append(Paragraph(esc(translate(
            "Reports", "{period} has no frozen assessment run of this area.").format(
                period=before.period.label)), st["plain"]))
        return out
    if not before.items:
        out.append(Paragraph(esc(translate(
            "Reports", "{period}'s run named nobody.").format(period=before.period.label)),
            st["plain"]))
        return out
    out.append(Paragraph(esc(translate(
        "Reports", "{done} of {total} carried out.").format(
            done=before.done, total=len(before.items))), st["plain"]))
    not_yet = translate("Reports", "not recorded yet")
    out.append(layout.table(
        [translate("Reports", "Name"), translate("Reports", "Measure"),
         translate("Reports", "Done on"), translate("Reports", "By"),
         translate("Reports", "What was done")],
        [[q.chief_name or q.chief_code, q.name, q.done_on or not_yet, q.done_by,
          q.follow_up] for q in before.items],
        [26, 22, 22, 22, 68]))
    return out
