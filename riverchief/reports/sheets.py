"""Spreadsheets in the layouts river-chief offices use (openpyxl): patrol statistics by
administrative area (行政区, 巡河次数, 达标次数, 达标率) and per-chief statistics (姓名,
巡河任务数, 巡河次数, 缺勤次数, 缺勤日期).

Each sheet has a title row, a bold header row that stays in view (frozen) and repeats on
every printed page, and columns wide enough for their content.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period, parse_period
from riverchief.progress import SILENT, Progress, check
from riverchief.reports.common import joined

LEVELS = ("district", "township", "village")


def _width(value: Any) -> float:
    """Spreadsheet column units for a value: a CJK character is two."""
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_sheet(out: Path, sheet_title: str, title: str, headers: Sequence[str],
                rows: Sequence[Sequence[Any]], *, formats: dict[int, str] | None = None,
                max_width: float = 60) -> Path:
    """One worksheet: a merged title row, the header row (bold, frozen, printed on every
    page), the rows; column widths from the longest value (capped, long text wraps)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from riverchief.files import part_path, replace_into

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title[:31]
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 26
    ws.append(list(headers))
    thin = Side(style="thin", color="888888")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="E8EEF5")
        cell.border = border
    widths = [_width(h) + 2 for h in headers]
    formats = formats or {}
    for row in rows:
        ws.append(list(row))
        for i, value in enumerate(row):
            widths[i] = max(widths[i], _width(value) + 2)
    for r in ws.iter_rows(min_row=3):
        for i, cell in enumerate(r):
            cell.border = border
            if i in formats:
                cell.number_format = formats[i]
            if isinstance(cell.value, str):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(w, 8), max_width)
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    out = Path(out)
    tmp = part_path(out)
    try:
        wb.save(tmp)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(translate("Reports", "Cannot write {path}: {error}").format(
            path=out, error=exc.strerror or exc), where=str(out)) from exc
    return replace_into(tmp, out)


def _scope(store: Store, area_code: str | None) -> tuple[str, str, str | None]:
    """(name of the scope, its area id or "" for all areas, the top area id whose
    children make the rows)."""
    from riverchief.registry.areas import by_code

    if area_code:
        area = by_code(store, area_code)
        if area is None:
            raise UserError(translate("Reports", "No area with code {code}.").format(
                code=area_code), where="--area")
        return area.name, area.id, area.id
    tops = list(store.db.query(
        "SELECT id, name FROM area WHERE parent_id IS NULL AND deleted_at IS NULL ORDER BY code"))
    if len(tops) == 1:
        return tops[0]["name"], "", tops[0]["id"]
    return translate("Reports", "all areas"), "", None


def patrol_stats(store: Store, period: Period | str, *, area_code: str | None = None,
                 progress: Progress = SILENT) -> tuple[str, list[list[Any]]]:
    """Patrols per administrative area below the scope (the scope's own chiefs first, as
    their own row): area, patrols, patrols judged valid (达标), share valid; a total last."""
    if isinstance(period, str):
        period = parse_period(period)
    name, _scope_id, top = _scope(store, area_code)
    check(progress)
    if top is None:
        roots = [(r["id"], r["name"]) for r in store.db.query(
            "SELECT id, name FROM area WHERE parent_id IS NULL AND deleted_at IS NULL"
            " ORDER BY code")]
        seed, seed_params = "SELECT id, id FROM area WHERE parent_id IS NULL", []
        own: list[tuple[str, str]] = []
    else:
        roots = [(r["id"], r["name"]) for r in store.db.query(
            "SELECT id, name FROM area WHERE parent_id = ? AND deleted_at IS NULL ORDER BY code",
            [top])]
        seed, seed_params = "SELECT id, id FROM area WHERE parent_id = ?", [top]
        own = [(top, translate("Reports", "{area} (own chiefs)").format(area=name))]
    sql = (f"WITH RECURSIVE sub(id, root) AS ({seed} UNION ALL SELECT a.id, sub.root"
           f" FROM area a JOIN sub ON a.parent_id = sub.id),"
           f" scope(id, root) AS (SELECT id, root FROM sub UNION ALL SELECT ?, ?)"
           f" SELECT scope.root AS root, count(*) AS n, sum(p.verdict = 'valid') AS ok"
           f" FROM patrol p JOIN chief c ON c.id = p.chief_id JOIN scope ON scope.id = c.area_id"
           f" WHERE p.deleted_at IS NULL AND p.state = 'submitted'"
           f" AND p.start_at >= ? AND p.start_at < ? GROUP BY scope.root")
    params = [*seed_params, top or "", top or "", period.start.isoformat(),
              (period.end + timedelta(days=1)).isoformat()]
    counts = {r["root"]: (r["n"], r["ok"] or 0) for r in store.db.query(sql, params)}
    check(progress)
    rows: list[list[Any]] = []
    for area_id, area_name in [*own, *roots]:
        n, ok = counts.get(area_id, (0, 0))
        if area_id == top and not n:
            continue  # no chief of the scope's own level: no row for it
        rows.append([area_name, n, ok, ok / n if n else None])
    total_n = sum(r[1] for r in rows)
    total_ok = sum(r[2] for r in rows)
    rows.append([translate("Reports", "Total"), total_n, total_ok,
                 total_ok / total_n if total_n else None])
    return name, rows


def patrol_stats_xlsx(store: Store, period: Period | str, out: Path, *,
                      area_code: str | None = None, progress: Progress = SILENT) -> Path:
    """The patrol statistics of :func:`patrol_stats` as a workbook."""
    if isinstance(period, str):
        period = parse_period(period)
    name, rows = patrol_stats(store, period, area_code=area_code, progress=progress)
    title = translate("Reports", "Patrol statistics of {area}, {period}").format(
        area=name, period=period.label)
    return write_sheet(out, translate("Reports", "Patrol statistics"), title, [
        translate("Reports", "Administrative area"), translate("Reports", "Patrols"),
        translate("Reports", "Patrols meeting the standard"),
        translate("Reports", "Share meeting the standard")], rows, formats={3: "0.0%"})


def chief_stats(store: Store, period: Period | str, *, area_code: str | None = None,
                progress: Progress = SILENT) -> tuple[str, list[list[Any]]]:
    """One row per chief assessed: name, patrols required, patrols recorded, patrols
    missed and the weeks/旬/months missed, then code, level and area."""
    from riverchief.assessment.scorecards import compute
    from riverchief.registry.areas import level_name

    if isinstance(period, str):
        period = parse_period(period)
    a = compute(store, period, area_code=area_code, progress=progress)
    check(progress)
    ids = [c.chief.id for c in a.cards]
    made: dict[str, int] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for r in store.db.query(
                f"SELECT chief_id, count(*) AS n FROM patrol WHERE deleted_at IS NULL"
                f" AND state = 'submitted' AND start_at >= ? AND start_at < ?"
                f" AND chief_id IN ({','.join('?' * len(part))}) GROUP BY chief_id",
                [period.start.isoformat(), (period.end + timedelta(days=1)).isoformat(),
                 *part]):
            made[r["chief_id"]] = r["n"]
    rows: list[list[Any]] = []
    cards = sorted(a.cards, key=lambda c: (LEVELS.index(c.chief.level)
                                           if c.chief.level in LEVELS else 9,
                                           c.chief.area_code, c.chief.code))
    for c in cards:
        patrol = next((i for i in c.indicators if i.key == "patrol"), None)
        required = patrol.counts.get("required") if patrol is not None else None
        missed, when = 0, []
        for d in patrol.deductions if patrol is not None else []:
            if d.kind == "missed_patrol":
                missed += int(d.params.get("missed", 0))
                label = joined(r.label for r in d.records)
                segment = d.params.get("segment")
                when.append(f"{segment}：{label}" if segment else label)
        rows.append([c.chief.name, required, made.get(c.chief.id, 0), missed,
                     "；".join(w for w in when if w), c.chief.code, level_name(c.chief.level),
                     c.chief.area_name])
    return a.area_name, rows


def chief_stats_xlsx(store: Store, period: Period | str, out: Path, *,
                     area_code: str | None = None, progress: Progress = SILENT) -> Path:
    """The per-chief statistics of :func:`chief_stats` as a workbook."""
    if isinstance(period, str):
        period = parse_period(period)
    name, rows = chief_stats(store, period, area_code=area_code, progress=progress)
    title = translate("Reports", "Patrols of each river chief in {area}, {period}").format(
        area=name, period=period.label)
    return write_sheet(out, translate("Reports", "Chief statistics"), title, [
        translate("Reports", "Name"), translate("Reports", "Patrols required"),
        translate("Reports", "Patrols"), translate("Reports", "Patrols missed"),
        translate("Reports", "Missed weeks or months"), translate("Reports", "Chief code"),
        translate("Reports", "Level"), translate("Reports", "Area of the chief")], rows)
