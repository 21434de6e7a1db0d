"""Defaults every report shares: the issuing body and the printed date; the tables of
sections, outfalls and scorecards; the frozen run a report prints (:func:`frozen_run`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.progress import Progress


def default_issuer(store: Store, area_code: str | None = None) -> str:
    """The river-chief office of the area a report is about (``area_code``), else of the
    top area: 清源区河长制办公室. A district's report on a city's database is issued by
    the district's office, not the city's."""
    rows = list(store.db.query(
        "SELECT name FROM area WHERE code = ? AND deleted_at IS NULL", [area_code])
    ) if area_code else []
    rows = rows or list(store.db.query(
        "SELECT name FROM area WHERE parent_id IS NULL AND deleted_at IS NULL ORDER BY code "
        "LIMIT 1"))
    name = rows[0]["name"] if rows else ""
    return translate("Reports", "{area} River Chief Office").format(area=name).strip()


def joined(items: Iterable[str]) -> str:
    """A list as the reader's language writes it: 甲、乙 in Chinese, "a, b" in English
    (where a line may break after the comma)."""
    return translate("Reports", ", ").join(items)


def parse_day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(translate("Reports", "'{text}' is not a date: write it as 2026-10-08.")
                        .format(text=text)) from exc


def date_text(day: date) -> str:
    """A date as an official document prints it (2026年10月8日)."""
    return translate("Reports", "{y}-{m:02d}-{d:02d}").format(y=day.year, m=day.month, d=day.day)


def placeholders(ids: list[str]) -> str:
    """``?, ?, ?`` for an ``IN (...)`` of ``ids`` (``NULL`` when there are none)."""
    return ",".join("?" * len(ids)) or "NULL"


def outfalls_table(store: Store, segment_ids: list[str], empty_text: str,
                   widths_mm: list[float]) -> Any:
    """The outfall ledger of some segments, as a report table (or a line saying none)."""
    from reportlab.platypus import Paragraph

    from riverchief.outfalls.ledger import remediation_name, stage_name, type_name
    from riverchief.reports import layout
    from riverchief.reports.layout import esc

    st = layout.styles()
    if "outfall" not in store.db.table_names():
        return Paragraph(esc(translate("Reports", "No outfall ledger in this database.")),
                         st["plain"])
    rows = list(store.db.query(
        f"SELECT * FROM outfall WHERE deleted_at IS NULL AND segment_id IN "
        f"({placeholders(segment_ids)}) ORDER BY code", segment_ids))
    if not rows:
        return Paragraph(esc(empty_text), st["plain"])
    return layout.table(
        # an outfall's name (名称): "Name" is a person's (姓名) in the chiefs' tables
        [translate("Reports", "Code"), translate("Reports", "Outfall"),
         translate("Reports", "Type"), translate("Reports", "Remediation"),
         translate("Reports", "Responsible"), translate("Reports", "Deadline"),
         translate("Reports", "Stage")],
        [[r["code"], r["name"], type_name(r["type"]), remediation_name(r["remediation"]),
          r["responsible_entity"], r["deadline"] or "", stage_name(r["stage"])] for r in rows],
        widths_mm)


_LATIN_ROMAN = str.maketrans({"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V"})


def latin_classes(text: str) -> str:
    """Free text with the water classes in Latin letters (the bundled font has no Ⅴ);
    a class value itself is printed with :func:`riverchief.charts.waterquality.class_text`."""
    return text.translate(_LATIN_ROMAN)


def section_classes(store: Store, period: Any, sections: Sequence[Any]) -> dict[
        tuple[str, str], Any]:
    """The class of every section-month of ``period`` with samples, read in one pass:
    ``(section_id, 'YYYY-MM')`` → classification."""
    from riverchief.waterquality.rules import load_rules
    from riverchief.waterquality.samples import load_samples
    from riverchief.waterquality.score import monthly_classes

    by_id = {s.id: s for s in sections}
    if not by_id:
        return {}
    samples = load_samples(store, period.start, period.end, list(by_id))
    return monthly_classes(by_id, samples, load_rules(store))


def class_counts(classes: dict[tuple[str, str], Any], months: Sequence[str]) -> list[
        dict[Any, int]]:
    """For each month, how many sections were of each class (for the class-share chart)."""
    index = {m: i for i, m in enumerate(months)}
    counts: list[dict[Any, int]] = [{} for _ in months]
    for (_, month), c in classes.items():
        if month in index and c.water_class is not None:
            bucket = counts[index[month]]
            bucket[c.water_class] = bucket.get(c.water_class, 0) + 1
    return counts


def sections_table(store: Store, period: Any, sections: Sequence[Any], empty_text: str,
                   classes: dict[tuple[str, str], Any] | None = None) -> Any:
    """The monitoring sections with their target, class of each month of ``period``,
    whether they met the target and the main pollutants of the latest month
    (``classes`` from :func:`section_classes`, read here when not given)."""
    from reportlab.platypus import Paragraph

    from riverchief.charts.waterquality import class_text
    from riverchief.reports import layout
    from riverchief.reports.layout import esc
    from riverchief.waterquality.classes import main_pollutants

    st = layout.styles()
    sections = sorted(sections, key=lambda s: s.code)
    if not sections:
        return Paragraph(esc(empty_text), st["plain"])
    if classes is None:
        classes = section_classes(store, period, sections)
    months = [m.label for m in period.months()]
    rows: list[list[Any]] = []
    highlight: list[int] = []
    for sec in sections:
        history = {m: classes[(sec.id, m)] for m in months if (sec.id, m) in classes}
        cells = [class_text(history[m].water_class)
                 if m in history and history[m].water_class is not None else "—"
                 for m in months]
        attained = [history[m].attains(sec.target) for m in months if m in history]
        if not attained:
            status = translate("Reports", "no data")
        elif all(attained):
            status = translate("Reports", "met")
        else:
            status = translate("Reports", "missed {n} of {m}").format(
                n=sum(1 for x in attained if x is False), m=len(attained))
            highlight.append(len(rows))
        latest = history[max(history)] if history else None
        pollutants = (joined(p.name for p in main_pollutants(latest))
                      if latest is not None and latest.water_class else "")
        rows.append([sec.code, sec.name, class_text(sec.target), *cells, status, pollutants])
    headers = [translate("Reports", "Code"), translate("Reports", "Section"),
               translate("Reports", "Target")]
    if len(months) <= 6:
        return layout.table(
            [*headers, *[translate("Reports", "{m} (month)").format(m=int(m[5:]))
                         for m in months],
             translate("Reports", "Status"), translate("Reports", "Main pollutants")],
            rows, [27, 30, 12, *[12.0] * len(months), 22,
                   max(20.0, 160 - 91 - 12.0 * len(months))],
            align=["l", "l", "c", *["c"] * len(months), "c", "l"], highlight_rows=highlight)
    # a year: twelve narrow month columns headed by their number, no pollutants column
    return layout.table(
        [*headers, *[str(int(m[5:])) for m in months], translate("Reports", "Status")],
        [r[:-1] for r in rows], [26, 22, 10, *[9.0] * len(months), 18],
        align=["l", "l", "c", *["c"] * len(months), "c"], highlight_rows=highlight)


def scorecard_block(c: Any, *, heading: bool = True) -> list[Any]:
    """One chief's scorecard: every indicator with its points, and under it each
    deduction with its reason and the records it rests on."""
    from reportlab.platypus import KeepTogether, Paragraph

    from riverchief.assessment.score import show
    from riverchief.registry.areas import level_name
    from riverchief.reports import layout
    from riverchief.reports.layout import esc

    st = layout.styles()
    rows: list[list[str]] = []
    for i in (*c.indicators, c.bonus):
        points = translate("Reports", "n/a") if i.points is None else show(i.points)
        rows.append([i.name, points, show(i.max_points), latin_classes(i.note), ""])
        for d in i.deductions:
            refs = joined(r.label or r.id for r in d.records[:12])
            if len(d.records) > 12:
                refs += translate("Reports", " and {n} more").format(n=len(d.records) - 12)
            rows.append(["", f"-{show(d.points)}", "", latin_classes(d.reason), refs])
    table = layout.table(
        [translate("Reports", "Indicator"), translate("Reports", "Points"),
         translate("Reports", "Of"), translate("Reports", "Reason"),
         translate("Reports", "Records")],
        rows, [30, 16, 12, 64, 38], align=["l", "r", "r", "l", "l"])
    if not heading:
        return [table]
    head = translate("Reports", "{name} ({level}, {area}): {total} points, {grade}").format(
        name=c.chief.name, level=level_name(c.chief.level), area=c.chief.area_name,
        total="—" if c.total is None else c.total, grade=c.grade_name or "—")
    return [KeepTogether([Paragraph(esc(head), st["h2"]), table])]


class CancelOnly:
    """Hands the user's cancel button to a step of the work (scoring) without letting the
    step's own counts overwrite the report's progress."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress

    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return self._progress.cancelled()


# --- the frozen run a report prints ----------------------------------------------------


@dataclass
class Frozen:
    """The latest frozen run of the report's period and area, as the report prints it."""

    run: Any  # riverchief.assessment.runs.Run
    cards: list[Any]  # the scorecards as frozen (what its praise and blame came from)
    shown: list[Any]  # with the manual adjustments: totals, grades and ranks, best first
    adjusted: dict[str, Any]  # chief id -> run row, for the chiefs adjusted by hand


def frozen_run(store: Store, run: Any) -> Frozen:
    from riverchief.assessment.review import run_table
    from riverchief.assessment.runs import unpack

    rows = {r.chief_id: r for r in run_table(store, run.id)}
    cards = [unpack(blob) for (blob,) in store.conn.execute(
        "SELECT card FROM assessment_result WHERE run_id = ?", [run.id])]
    shown = []
    for c in cards:
        r = rows.get(c.chief.id)
        shown.append(c if r is None else replace(c, total=r.total, grade=r.grade,
                                                  rank=r.rank, rank_overall=r.rank_overall))
    shown.sort(key=lambda c: (c.rank_overall is None, c.rank_overall or 0, c.chief.code))
    return Frozen(run, cards, shown,
                   {k: r for k, r in rows.items() if r.adjustments})


def adjustment_lines(frozen: Frozen, chief_id: str, name: str) -> list[str]:
    """What the evaluator changed by hand in the frozen run, and why."""
    def total(value: Any) -> str:
        return "—" if value is None else str(value)

    row = frozen.adjusted[chief_id]
    return [translate("Reports", "{name}: frozen total {frozen}, {points} by {by} on {at}, "
                                 "now {total}. Reason: {reason}").format(
        name=name, frozen=total(row.frozen_total), points=f"{a.points:+.2f}",
        by=a.by, at=a.at[:10], total=total(row.total), reason=a.reason)
        for a in row.adjustments]


def results_line(frozen: Frozen | None, digest: str) -> str:
    """Where the ranking comes from: the frozen run (and whether the records changed
    since), or the records as they are now."""
    if frozen is None:
        return translate("Reports", "not frozen: scored from the records as they are now")
    run = frozen.run
    text = translate("Reports", "the run frozen {at} by {by}").format(
        at=run.computed_at[:16].replace("T", " "), by=run.computed_by)
    if run.note:
        text += translate("Reports", " ({note})").format(note=run.note)
    if frozen.adjusted:
        text += translate("Reports", "; {n} score(s) adjusted by hand").format(
            n=len(frozen.adjusted))
    if digest != run.input_digest:
        text += translate("Reports", "; the records have changed since it was frozen: the "
                                     "summary's figures are today's")
    return text
