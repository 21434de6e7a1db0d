"""The chief's 履职报告 and the office spreadsheets on the small hand-made district of the
assessment tests (tests/unit/assessment/district.py), whose figures are known by hand."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from riverchief.assessment.scorecards import compute
from riverchief.cli import main
from riverchief.db import open_store
from riverchief.errors import Cancelled, UserError
from riverchief.periods import parse_period
from riverchief.registry.queries import assignments_in_period, chief_by_code
from riverchief.reports.chief import chief_report, required_by_month
from riverchief.reports.sheets import chief_stats_xlsx, patrol_stats, patrol_stats_xlsx


def _district_module() -> ModuleType:
    if "quarterly_district" in sys.modules:
        return sys.modules["quarterly_district"]
    path = Path(__file__).parents[1] / "assessment" / "district.py"
    spec = importlib.util.spec_from_file_location("quarterly_district", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["quarterly_district"] = module
    spec.loader.exec_module(module)
    return module


def text_of(pdf: Path) -> str:
    reader = PdfReader(pdf)
    return "".join(p.extract_text() for p in reader.pages).replace("\n", "").replace(" ", "")


@pytest.fixture
def district(store):
    _district_module().make_district(store)
    return store


def make(store, tmp_path: Path, name: str, code: str = "TC", day=date(2026, 4, 8),
         **kw) -> Path:
    return chief_report(store, code, "2026Q1", tmp_path / name, issuer="示范区河长制办公室",
                        day=day, author="李萍", **kw)


def test_patrols_problems_and_scorecard_read_back(district, tmp_path) -> None:
    pdf = make(district, tmp_path, "tc.pdf")
    text = text_of(pdf)
    card = compute(district, "2026Q1").card(chief_by_code(district, "TC").id)
    assert card is not None
    for expected in ("示范区河长制办公室", "河长李镇长2026Q1履职报告", "李镇长（TC）", "李萍",
                     "一、总体情况", "二、巡河情况", "三、问题处置情况", "五、考核评分",
                     "清水河G1段", "东桥", str(card.total), card.grade_name,
                     "2026-03-1009:00",  # the invalid patrol in the list
                     "河长（签字）"):
        assert expected in text, expected
    patrol = next(i for i in card.indicators if i.key == "patrol")
    for d in patrol.deductions:
        assert d.reason.replace(" ", "") in text, d.reason
    reader = PdfReader(pdf)
    total = len(reader.pages)
    for n, page in enumerate(reader.pages, 1):
        assert f"第 {n} 页 共 {total} 页" in page.extract_text()
    # the summary's figures: 3 patrols recorded, 2 count, 3 required
    summary = text.split("一、总体情况")[1].split("负责河段")[0]
    assert "巡河记录次数3" in summary and "有效巡河次数（有效或存疑）2" in summary
    assert "按规定应巡次数3" in summary


def test_required_by_month_follows_the_assignment(district) -> None:
    period = parse_period("2026Q1")
    for code, expected in (("TC", {"2026-01": 1, "2026-02": 1, "2026-03": 1}),
                           ("VA", {"2026-01": 5, "2026-02": 2, "2026-03": 0}),
                           ("VB", {"2026-01": 0, "2026-02": 3, "2026-03": 4})):
        chief = chief_by_code(district, code)
        assert chief is not None
        spans = assignments_in_period(district, period.start, period.end, chief_id=chief.id)
        assert required_by_month(district, chief, period, spans) == expected, code


def test_font_embedded_and_reproducible(district, tmp_path) -> None:
    a = make(district, tmp_path, "a.pdf")
    reader = PdfReader(a)
    fonts = reader.pages[1]["/Resources"]["/Font"]
    embedded = [f.get_object() for f in fonts.values()
                if "WenQuanYi" in str(f.get_object()["/BaseFont"])]
    assert embedded and all("/FontFile2" in f["/FontDescriptor"].get_object()
                            for f in embedded)
    assert a.read_bytes() == make(district, tmp_path, "b.pdf").read_bytes()
    assert a.read_bytes() != make(district, tmp_path, "c.pdf", day=date(2026, 4, 9)).read_bytes()


def test_english(district, tmp_path, english) -> None:
    text = text_of(make(district, tmp_path, "en.pdf"))
    assert "Performancereportofriverchief李镇长,2026Q1" in text
    assert "2.Patrols" in text and "Riverchief(signature):" in text


def test_a_chief_without_assignment_is_said_so(district, tmp_path) -> None:
    text = text_of(chief_report(district, "VA", "2026Q3", tmp_path / "va.pdf",
                                issuer="示范区河长制办公室", day=date(2026, 10, 8), author="李萍"))
    assert "本期没有巡河记录" in text and "未参加考核" in text


def test_unknown_chief_names_the_option(district, tmp_path) -> None:
    with pytest.raises(UserError) as err:
        make(district, tmp_path, "x.pdf", code="NOBODY")
    assert err.value.where == "--chief" and "NOBODY" in str(err.value)


class CancelAt:
    """Asks to stop once the work reports the step named ``text``."""

    def __init__(self, text: str) -> None:
        self.text, self.stop = text, False

    def report(self, done: int, total: int, text: str = "") -> None:
        self.stop = self.stop or text == self.text

    def cancelled(self) -> bool:
        return self.stop


@pytest.mark.parametrize("step", ["巡河", "排版"])
def test_cancel_stops_and_leaves_no_file(district, tmp_path, step) -> None:
    with pytest.raises(Cancelled):
        make(district, tmp_path, "c.pdf", progress=CancelAt(step))
    assert not list(tmp_path.glob("c.pdf*"))


def test_cli_chief(tmp_path) -> None:
    db = tmp_path / "d.db"
    with open_store(db, create=True) as store:
        _district_module().make_district(store)
    pdf = tmp_path / "tc.pdf"
    assert main(["--db", str(db), "reports", "chief", "--chief", "TC", "--period", "2026Q1",
                 "--date", "2026-04-08", "--author", "李萍", "-o", str(pdf)]) == 0
    assert "李镇长" in text_of(pdf)
    assert main(["--db", str(db), "reports", "chief", "--chief", "XX", "--period", "2026Q1",
                 "-o", str(pdf)]) == 1


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) absent")
def test_rendered_pages_carry_ink(district, tmp_path) -> None:
    pdf = make(district, tmp_path, "q.pdf")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == len(PdfReader(pdf).pages)
    for png in pages:
        dark = int((np.asarray(Image.open(png).convert("L")) < 128).sum())
        assert dark > 200, (png.name, dark)  # the last page holds only the signatures


# --- spreadsheets -------------------------------------------------------------------------


def test_patrol_statistics_by_area(district, tmp_path) -> None:
    name, rows = patrol_stats(district, "2026Q1")
    assert name == "示范区"
    # DC: one valid patrol; 柳泉镇: TC 3 (one invalid), VA 4, VB 6 (a draft left out), VC 12
    assert rows == [["示范区（本级河长）", 1, 1, 1.0], ["柳泉镇", 25, 24, 24 / 25],
                    ["合计", 26, 25, 25 / 26]]
    out = patrol_stats_xlsx(district, "2026Q1", tmp_path / "p.xlsx", area_code="410102001")
    ws = load_workbook(out).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0][0] == "柳泉镇2026Q1巡河统计表"
    assert values[1] == ("行政区", "巡河次数", "达标次数", "达标率")
    assert values[2:] == [("柳泉镇（本级河长）", 3, 2, 2 / 3), ("东村", 10, 10, 1),
                          ("西村", 12, 12, 1), ("合计", 25, 24, 24 / 25)]
    assert ws.freeze_panes == "A3" and ws.print_title_rows == "$2:$2"
    assert ws["D3"].number_format == "0.0%"
    assert ws.column_dimensions["A"].width >= 16
    with pytest.raises(UserError) as err:
        patrol_stats(district, "2026Q1", area_code="999")
    assert err.value.where == "--area"


def test_chief_statistics(district, tmp_path) -> None:
    out = chief_stats_xlsx(district, "2026Q1", tmp_path / "c.xlsx")
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[1][:5] == ("姓名", "巡河任务数", "巡河次数", "缺勤次数", "缺勤日期")
    by_name = {r[0]: r for r in rows[2:]}
    assert set(by_name) == {"张区长", "李镇长", "王甲", "赵乙", "陈丙"}
    assert by_name["李镇长"][1:5] == (3, 3, 1, "2026-03")  # the March patrol was invalid
    # the week of 2025-12-30 belongs to the quarter (its Thursday is 2026-01-01): 13 credited
    assert by_name["陈丙"][1:5] == (13, 12, 0, None)
    assert by_name["王甲"][3] >= 1 and "2026" in by_name["王甲"][4]  # the missed weeks named
    assert ws.freeze_panes == "A3"


def test_cli_spreadsheets(tmp_path) -> None:
    db = tmp_path / "d.db"
    with open_store(db, create=True) as store:
        _district_module().make_district(store)
    for verb in ("patrol-stats", "chief-stats"):
        out = tmp_path / f"{verb}.xlsx"
        assert main(["--db", str(db), "reports", verb, "--period", "2026Q1",
                     "-o", str(out)]) == 0
        assert load_workbook(out).active.max_row >= 4
    assert main(["--db", str(db), "reports", "patrol-stats", "--period", "2026Q9",
                 "-o", str(tmp_path / "x.xlsx")]) == 1


def test_unwritable_spreadsheet_names_the_file(district, tmp_path) -> None:
    out = tmp_path / "no such folder" / "p.xlsx"
    with pytest.raises(UserError) as err:
        patrol_stats_xlsx(district, "2026Q1", out)
    assert err.value.where == str(out)
    assert not list(tmp_path.rglob("*.part"))


def test_patrols_by_month_count_as_the_assessment_does(district) -> None:
    from riverchief.reports.chief import patrols_by_month

    period = parse_period("2026Q1")
    chief = chief_by_code(district, "VA")
    assert chief is not None
    spans = assignments_in_period(district, period.start, period.end, chief_id=chief.id)
    months = patrols_by_month(district, chief, period, spans)
    # the patrol of Tuesday 2025-12-30 is in the week of Thursday 2026-01-01: January's
    assert months.counted == [5, 0, 0] and months.invalid == [0, 0, 0]
    assert months.required == [5, 2, 0]
    tc = chief_by_code(district, "TC")
    assert tc is not None
    spans = assignments_in_period(district, period.start, period.end, chief_id=tc.id)
    months = patrols_by_month(district, tc, period, spans)
    assert (months.counted, months.invalid, months.required) == ([1, 1, 0], [0, 0, 1],
                                                                 [1, 1, 1])


def test_patrol_chart_marks_the_short_month() -> None:
    from riverchief.charts import render_png
    from riverchief.charts.patrols import patrols_against_required

    fig = patrols_against_required(["2026-01", "2026-02", "2026-03"], [2, 1, 0], [0, 0, 1],
                                   [1, 1, 1], title="王甲")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2026-01", "2026-02", "2026-03"]
    assert [t.get_text() for t in ax.texts] == ["缺1次"]  # only March is short
    heights = [round(p.get_height()) for p in ax.patches]
    assert heights == [2, 1, 0, 0, 0, 1]  # counted bars, then invalid stacked on them
    assert render_png(fig, dpi=60)[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("kind", ["quarterly", "chief", "water", "ranking", "patrol_stats",
                                  "chief_stats"])
def test_make_report_by_kind(tmp_path, kind) -> None:
    from riverchief.progress import SILENT
    from riverchief.reports.make import KINDS, make_report

    db = tmp_path / "d.db"
    with open_store(db, create=True) as store:
        _district_module().make_district(store)
    out = tmp_path / ("r.pdf" if KINDS[kind] else "r.xlsx")
    options = {"period": "2026Q1", "area": None, "appendix": "none", "chief": "TC",
               "water": "QSH", "lang": "en", "date": date(2026, 4, 8), "author": "Li Ping"}
    assert make_report(SILENT, str(db), kind, str(out), options) == str(out)
    if KINDS[kind]:
        assert "LiPing" in text_of(out) and "Page1of" in text_of(out)
    else:
        assert load_workbook(out).active.max_row >= 3
    assert not list(tmp_path.glob("*.part"))


def test_the_chiefs_report_has_the_frozen_score(district, tmp_path) -> None:
    """A chief's 履职报告 gives the score of the district's frozen run, with the manual
    adjustment and its reason, as the quarterly report does (it scored the records again
    and printed 73.67 for a chief adjusted to 83.67)."""
    from riverchief.assessment import runs
    from riverchief.security import Actor

    assert "尚未冻结：按当前记录计算" in text_of(make(district, tmp_path, "a.pdf", "DC"))
    admin = Actor("a", "admin", "管理员", "admin")
    run_id = runs.freeze(district, admin, runs.compute(district, "2026Q1", area_code="410102"),
                         note="定稿")
    dc = next(r for r in runs.run_rows(district, run_id) if r.card["chief_code"] == "DC")
    runs.adjust(district, admin, run_id, dc.chief_id, "10", "督查室复核")
    text = text_of(make(district, tmp_path, "b.pdf", "DC"))
    assert "考核结果：83.67分，良好；在示范区1名县（区）河长中排名第1" in text  # the cover
    assert "总分83.67，等级良好" in text
    assert "张区长：冻结得分73.67" in text and "理由：督查室复核" in text
    assert "得分来源：" in text and "由admin冻结的考核结果（定稿）；1人得分经人工调整" in text
