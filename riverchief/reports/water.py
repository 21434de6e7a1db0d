"""一河一档: one water's file as a report — segments, chiefs past and present, sections and
their water-quality history, problems and outfalls."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.progress import SILENT, Progress, check
from riverchief.reports import layout
from riverchief.reports.common import date_text, joined, outfalls_table, placeholders
from riverchief.reports.layout import MM, DocumentInfo, esc


def _area_names(store: Store) -> dict[str, str]:
    return {r["id"]: r["name"] for r in store.db.query("SELECT id, name FROM area")}


def _water_by_code(store: Store, code: str) -> str:
    rows = list(store.db.query("SELECT id FROM water WHERE code = ? AND deleted_at IS NULL",
                               [code]))
    if not rows:
        raise UserError(translate("Reports", "No water with code {code}.").format(code=code))
    return str(rows[0]["id"])


def water_report(
    store: Store,
    water_code: str,
    out: Path,
    *,
    issuer: str,
    day: date,
    author: str,
    months: int = 12,
    progress: Progress = SILENT,
) -> Path:
    """Write the 一河一档 report of the water with ``water_code`` to ``out``."""
    from reportlab.platypus import Paragraph, Spacer

    from riverchief.charts.waterquality import class_shares_by_month, class_text
    from riverchief.registry.areas import level_name
    from riverchief.registry.queries import water_file
    from riverchief.registry.schema import choice_label
    from riverchief.waterquality.classes import WaterClass, main_pollutants
    from riverchief.waterquality.overview import class_history
    from riverchief.waterquality.samples import list_sections

    wf = water_file(store, _water_by_code(store, water_code))
    assert wf is not None
    areas = _area_names(store)
    st = layout.styles()
    water = wf.water
    title = translate("Reports", "One water, one file: {name}").format(name=water.name)
    info = DocumentInfo(title=title, issuer=issuer, date_text=date_text(day), author=author,
                        subject=translate("Reports", "One water, one file"), keywords=water.code)
    seg_names = {s.id: s.name for s in wf.segments}
    story: list[Any] = layout.cover(info, [
        (translate("Reports", "Water:"), f"{water.name}（{water.code}）"),
        (translate("Reports", "Kind:"), choice_label(water.kind)),
        (translate("Reports", "Area:"), areas.get(water.area_id or "", "")),
        (translate("Reports", "Segments:"), str(len(wf.segments))),
        (translate("Reports", "Monitoring sections:"), str(len(wf.sections))),
        (translate("Reports", "Prepared by:"), author),
    ])
    check(progress)
    progress.report(1, 6, translate("Reports", "segments"))
    story.append(Paragraph(esc(translate("Reports", "1. Segments")), st["h1"]))
    if water.description:
        story.append(Paragraph(esc(water.description), st["body"]))
    story.append(layout.table(
        [translate("Reports", "Code"), translate("Reports", "Segment"),
         translate("Reports", "Area"), translate("Reports", "From"), translate("Reports", "To"),
         translate("Reports", "Length (km)")],
        [[s.code, s.name, areas.get(s.area_id, ""), s.from_desc, s.to_desc,
          f"{(s.length_m or 0) / 1000:.2f}"] for s in wf.segments],
        [28, 34, 24, 28, 28, 16], align=["l", "l", "l", "l", "l", "r"]))

    progress.report(2, 6, translate("Reports", "chiefs"))
    story.append(Paragraph(esc(translate("Reports", "2. River chiefs, past and present")),
                           st["h1"]))
    rows = []
    for a in sorted(wf.assignments, key=lambda a: (seg_names.get(a.segment_id, ""), a.start)):
        chief = wf.chiefs.get(a.chief_id)
        if chief is None:
            continue
        rows.append([seg_names.get(a.segment_id, ""), chief.name, level_name(chief.level),
                     choice_label(chief.title), f"{chief.organisation} {chief.post}".strip(),
                     a.start.isoformat(),
                     a.end.isoformat() if a.end else translate("Reports", "to date")])
    story.append(layout.table(
        [translate("Reports", "Segment"), translate("Reports", "Name"),
         translate("Reports", "Level"), translate("Reports", "Title"),
         translate("Reports", "Organisation and post"), translate("Reports", "From"),
         translate("Reports", "Until")],
        rows, [30, 18, 20, 18, 40, 22, 22]))

    check(progress)
    progress.report(3, 6, translate("Reports", "water quality"))
    story.append(Paragraph(esc(translate("Reports", "3. Monitoring sections and water quality")),
                           st["h1"]))
    refs = {s.id: s for s in list_sections(store) if s.segment_id in seg_names}
    section_rows, highlight = [], []
    shares: dict[str, dict[WaterClass, int]] = {}
    for sec in sorted(refs.values(), key=lambda s: s.code):
        history = class_history(store, sec)
        recent = history[-months:]
        for month, c, _means in recent:
            if c.water_class is not None:
                bucket = shares.setdefault(month, {})
                bucket[c.water_class] = bucket.get(c.water_class, 0) + 1
        if recent:
            month, latest, _ = recent[-1]
            cls = latest.water_class
            pollutants = joined(p.name for p in main_pollutants(latest)) if cls else ""
            attained = latest.attains(sec.target)
            section_rows.append([
                sec.code, sec.name, seg_names.get(sec.segment_id, ""),
                class_text(sec.target), month, class_text(cls) if cls else "—",
                latest.status.label if latest.status else "—",
                translate("Reports", "yes") if attained else translate("Reports", "no"),
                pollutants])
            if attained is False:
                highlight.append(len(section_rows) - 1)
        else:
            section_rows.append([sec.code, sec.name, seg_names.get(sec.segment_id, ""),
                                 class_text(sec.target), "—", "—", "—", "—",
                                 translate("Reports", "no data")])
    story.append(layout.table(
        [translate("Reports", "Code"), translate("Reports", "Section"),
         translate("Reports", "Segment"), translate("Reports", "Target"),
         translate("Reports", "Latest month"), translate("Reports", "Class"),
         translate("Reports", "Status"), translate("Reports", "Attained"),
         translate("Reports", "Main pollutants")],
        section_rows, [26, 26, 24, 12, 17, 12, 16, 12, 29],
        align=["l", "l", "l", "c", "c", "c", "c", "c", "l"], highlight_rows=highlight))
    if shares:
        months_sorted = sorted(shares)[-months:]
        story.append(Spacer(1, 4 * MM))
        story.append(layout.figure(class_shares_by_month(
            months_sorted, [shares[m] for m in months_sorted],
            title=translate("Reports", "Sections of {water} by class").format(
                water=water.name))))

    check(progress)
    progress.report(4, 6, translate("Reports", "problems"))
    story.append(Paragraph(esc(translate("Reports", "4. Problems")), st["h1"]))
    story.append(_problems_table(store, list(seg_names)))

    progress.report(5, 6, translate("Reports", "outfalls"))
    story.append(Paragraph(esc(translate("Reports", "5. Outfalls into the water")), st["h1"]))
    story.append(outfalls_table(store, list(seg_names), translate(
        "Reports", "No outfalls were recorded on this water."), [18, 30, 18, 18, 30, 18, 16]))

    if wf.signs:
        story.append(Paragraph(esc(translate("Reports", "6. Public signs")), st["h1"]))
        story.append(layout.table(
            [translate("Reports", "Code"), translate("Reports", "Segment"),
             translate("Reports", "Location"), translate("Reports", "Last updated")],
            [[s.code, seg_names.get(s.segment_id, ""), s.location, s.last_updated.isoformat()]
             for s in wf.signs], [28, 30, 46, 22]))
    progress.report(6, 6, translate("Reports", "layout"))
    return layout.build(out, info, story)


def _problems_table(store: Store, segment_ids: list[str]) -> Any:
    from reportlab.platypus import Paragraph

    from riverchief.problems.categories import category_name
    from riverchief.problems.model import state_name

    st = layout.styles()
    if "problem" not in store.db.table_names():
        return Paragraph(esc(translate("Reports", "No problem ledger in this database.")),
                         st["plain"])
    rows = list(store.db.query(
        f"SELECT p.*, s.name AS segment_name, u.name AS unit_name FROM problem p "
        f"LEFT JOIN segment s ON s.id = p.segment_id LEFT JOIN unit u ON u.id = p.unit_id "
        f"WHERE p.deleted_at IS NULL AND p.segment_id IN ({placeholders(segment_ids)}) "
        f"ORDER BY p.found_at DESC LIMIT 500", segment_ids))
    if not rows:
        return Paragraph(esc(translate("Reports", "No problems were recorded on this water.")),
                         st["plain"])
    return layout.table(
        [translate("Reports", "No."), translate("Reports", "Found"),
         translate("Reports", "Category"), translate("Reports", "Segment"),
         translate("Reports", "Description"), translate("Reports", "Unit"),
         translate("Reports", "Deadline"), translate("Reports", "State")],
        [[r["code"], str(r["found_at"])[:10], category_name(r["category"]), r["segment_name"],
          r["description"], r["unit_name"] or "", r["deadline"] or "", state_name(r["state"])]
         for r in rows], [23, 20, 17, 18, 30, 18, 20, 13])


