"""The quarterly assessment report on the small hand-made district of the assessment tests:
names, scores and grades read back, page count, font embedded, reproducible bytes, the
appendix choice, the ranking workbook, and the CLI."""

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
from riverchief.errors import UserError
from riverchief.reports.quarterly import quarterly_report, ranking_xlsx


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


@pytest.fixture
def district(store):
    _district_module().make_district(store)
    return store


def make(store, tmp_path: Path, name: str, day=date(2026, 4, 8), **kw) -> Path:
    return quarterly_report(store, "2026Q1", tmp_path / name, issuer="示范区河长制办公室",
                            day=day, author="李萍", **kw)


def text_of(pdf: Path) -> str:
    reader = PdfReader(pdf)
    return "".join(p.extract_text() for p in reader.pages).replace("\n", "").replace(" ", "")


def test_names_scores_and_grades_read_back(district, tmp_path) -> None:
    pdf = make(district, tmp_path, "q.pdf")
    text = text_of(pdf)
    a = compute(district, "2026Q1")
    assert len(a.cards) == 5
    for c in a.cards:
        assert c.chief.name in text
        assert str(c.total) in text, (c.chief.name, c.total)
        assert c.grade_name in text
    for expected in ("示范区河长制办公室", "李萍", "2026Q1河长制季度考核通报", "一、总体情况",
                     "二、河长考核排名", "四、监测断面水质", "东桥", "附录：河长考核评分表",
                     a.rules.digest[:16]):
        assert expected in text, expected
    reader = PdfReader(pdf)
    total = len(reader.pages)
    assert total >= 4
    for n, page in enumerate(reader.pages, 1):
        assert f"第 {n} 页 共 {total} 页" in page.extract_text()


def test_appendix_none_and_by_level(district, tmp_path) -> None:
    full = PdfReader(make(district, tmp_path, "all.pdf"))
    none = PdfReader(make(district, tmp_path, "none.pdf", appendix="none"))
    village = make(district, tmp_path, "v.pdf", appendix="village")
    assert len(none.pages) < len(full.pages)
    assert "附录" not in text_of(tmp_path / "none.pdf")
    appendix = text_of(village).split("附录：河长考核评分表")[1]
    assert "王甲（村" in appendix and "张区长（" not in appendix
    with pytest.raises(UserError):
        make(district, tmp_path, "x.pdf", appendix="province")


def test_font_is_embedded(district, tmp_path) -> None:
    reader = PdfReader(make(district, tmp_path, "q.pdf"))
    fonts = reader.pages[1]["/Resources"]["/Font"]
    names = [str(f.get_object()["/BaseFont"]) for f in fonts.values()]
    assert any("WenQuanYi" in n for n in names), names
    for f in fonts.values():
        obj = f.get_object()
        if "WenQuanYi" in str(obj["/BaseFont"]):
            assert "/FontFile2" in obj["/FontDescriptor"].get_object()


def test_same_inputs_same_bytes_other_date_other_bytes(district, tmp_path) -> None:
    a = make(district, tmp_path, "a.pdf").read_bytes()
    b = make(district, tmp_path, "b.pdf").read_bytes()
    c = make(district, tmp_path, "c.pdf", day=date(2026, 4, 9)).read_bytes()
    assert a == b
    assert a != c


def test_english_report(district, tmp_path, english) -> None:
    text = text_of(make(district, tmp_path, "en.pdf"))
    assert "Quarterlyriver-chiefassessmentreport2026Q1" in text
    assert "Appendix:scorecards" in text


def test_ranking_workbook_reads_back(district, tmp_path) -> None:
    out = ranking_xlsx(district, "2026Q1", tmp_path / "r.xlsx")
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))[1:]  # under the title row
    assert rows[0][:4] == ("排名", "姓名", "得分", "等级")
    assert rows[0][-1] == "所属区域"
    assert ws.freeze_panes == "A3"
    a = compute(district, "2026Q1")
    expected = {c.chief.name: (float(c.total), c.rank_overall, c.chief.area_name)
                for c in a.cards}
    got = {r[1]: (r[2], r[0], r[-1]) for r in rows[1:]}
    assert got == expected
    ranks = [r[0] for r in rows[1:]]
    assert ranks == sorted(ranks)


def test_cli_quarterly_and_ranking(tmp_path, capsys) -> None:
    db = tmp_path / "d.db"
    with open_store(db, create=True) as store:
        _district_module().make_district(store)
    pdf, xlsx = tmp_path / "q.pdf", tmp_path / "r.xlsx"
    assert main(["--db", str(db), "reports", "quarterly", "--period", "2026Q1",
                 "--appendix", "none", "--date", "2026-04-08", "--author", "李萍",
                 "-o", str(pdf)]) == 0
    assert "李萍" in text_of(pdf)
    assert main(["--db", str(db), "reports", "ranking", "--period", "2026Q1",
                 "-o", str(xlsx)]) == 0
    assert load_workbook(xlsx).active.max_row == 7  # title, header, five chiefs
    assert main(["--db", str(db), "reports", "quarterly", "--period", "2026Q1",
                 "--appendix", "nobody", "-o", str(pdf)]) != 0


def test_overdue_section_lists_only_the_problem_past_its_deadline(district, tmp_path) -> None:
    text = text_of(make(district, tmp_path, "q.pdf", appendix="none"))
    overdue = text.split("五、逾期未整改问题")[1].split("六、入河排污口")[0]
    assert "P1" in overdue and "2026-03-21" in overdue  # assigned, deadline passed
    assert "P2" not in overdue  # fixed before its deadline


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) absent")
def test_rendered_pages_carry_ink(district, tmp_path) -> None:
    pdf = make(district, tmp_path, "q.pdf")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == len(PdfReader(pdf).pages)
    for png in pages:
        dark = int((np.asarray(Image.open(png).convert("L")) < 128).sum())
        assert dark > 500, (png.name, dark)


def test_last_quarters_follow_ups_are_reported(district, tmp_path) -> None:
    """Section 3 ends with what was done about the quarter before's consequences, as the
    evaluator recorded it (or says that quarter has no frozen run)."""
    from riverchief.assessment import runs
    from riverchief.security import Actor

    assert "2025Q4本区域没有冻结的考核结果" in text_of(make(district, tmp_path, "none.pdf"))
    admin = Actor("a", "admin", "管理员", "admin")
    before = runs.compute(district, "2025Q4")
    run_id = runs.freeze(district, admin, before)
    named = runs.consequences(district, run_id)
    assert named, "the hand-made district's chiefs did not patrol in 2025Q4"
    runs.record_follow_up(district, admin, named[0].id, "2026-01-12", "区河长办",
                          "已在河长会议上约谈")
    text = text_of(make(district, tmp_path, "after.pdf"))
    assert "2025Q4表扬与问责落实情况" in text
    assert f"共{len(named)}项，已落实1项。" in text
    assert "已在河长会议上约谈" in text and "2026-01-12" in text


def test_the_ranking_chart_is_labelled_with_the_total_score(district, tmp_path,
                                                            monkeypatch) -> None:
    """The overview's chart ranks the chiefs by total score: its axis says so (it said
    水质得分, the water-quality score, under the totals)."""
    from riverchief.charts import waterquality

    drawn = []
    original = waterquality.chiefs_ranked

    def chiefs_ranked(*args, **kwargs):
        fig = original(*args, **kwargs)
        drawn.append(fig)
        return fig

    monkeypatch.setattr(waterquality, "chiefs_ranked", chiefs_ranked)
    make(district, tmp_path, "q.pdf")
    assert drawn
    labels = [fig.axes[0].get_xlabel() for fig in drawn]
    assert labels == ["总得分"] * len(drawn)


def test_english_lists_are_joined_with_commas(district, tmp_path, english) -> None:
    """Lists in an English report (main pollutants, the records behind a deduction) are
    joined with ", ", not the Chinese 、 that left them one unbreakable word."""
    text = PdfReader(make(district, tmp_path, "en.pdf")).pages
    joined = "".join(p.extract_text() for p in text)
    assert "、" not in joined


def test_an_areas_report_is_issued_by_that_areas_office(district, tmp_path) -> None:
    """On a city's database a district's report named the city's office as its issuer."""
    from riverchief.progress import SILENT
    from riverchief.reports.common import default_issuer
    from riverchief.reports.make import make_report

    assert default_issuer(district) == "示范区河长制办公室"  # the top area's
    assert default_issuer(district, "410102001") == "柳泉镇河长制办公室"
    assert default_issuer(district, "999") == "示范区河长制办公室"  # unknown: the top's
    out = make_report(SILENT, str(district.path), "quarterly", str(tmp_path / "t.pdf"),
                      {"period": "2026Q1", "area": "410102001", "appendix": "none",
                       "lang": "zh_CN", "date": date(2026, 4, 8), "author": "李萍"})
    text = text_of(Path(out))
    assert "柳泉镇河长制办公室" in text and "示范区河长制办公室" not in text


def test_the_report_prints_the_frozen_run_with_its_adjustments(district, tmp_path) -> None:
    """The report that decides praise and blame shows what was frozen and adjusted by hand
    (it scored the records again and printed 73.67 for a chief the evaluator had raised
    to 83.67 in the frozen run, with the reason nowhere)."""
    from riverchief import i18n
    from riverchief.assessment import runs
    from riverchief.security import Actor

    assert "尚未冻结" in text_of(make(district, tmp_path, "none.pdf"))
    admin = Actor("a", "admin", "管理员", "admin")
    run_id = runs.freeze(district, admin, runs.compute(district, "2026Q1"), note="一季度定稿")
    dc = next(r for r in runs.run_rows(district, run_id) if r.card["chief_code"] == "DC")
    assert (str(dc.frozen_total), dc.grade) == ("73.67", "pass")
    runs.adjust(district, admin, run_id, dc.chief_id, "10", "督查问题P4已按期整改，督查室复核")
    text = text_of(make(district, tmp_path, "frozen.pdf"))
    assert "由admin冻结的考核结果（一季度定稿）；1人得分经人工调整" in text
    assert "张区长" in text and "83.67*" in text and "73.67" in text
    assert "督查问题P4已按期整改，督查室复核" in text
    assert "张区长（县（区），示范区）：83.67分，良好" in text  # the appendix's scorecard
    assert "冻结得分73.67，admin于" in text and "人工调整+10.00分，现为83.67分" in text
    # the summary counts the grades as decided: DC's 合格 became 良好 (scored again: 2 2 1 0)
    assert "等级优秀良好合格不合格河长数2300" in text
    assert "1张区长83.67*良好" in text
    with i18n.using_language("en"):
        english = text_of(make(district, tmp_path, "frozen-en.pdf"))
    assert "byadmin(一季度定稿);1score(s)adjustedbyhand" in english
    assert "Adjustedbyhandinthefrozenrun" in english
    assert "changedsince" not in english
    # a record added after the freeze: the ranking stays the frozen one, and the cover says
    # the records have changed (the summary's figures are today's)
    runs.add_bonus(district, admin, "VA", "2026Q1", "1", "区级表彰")
    later = text_of(make(district, tmp_path, "later.pdf"))
    assert "冻结后记录已有变化：总体情况中的数字按当前记录计算" in later
    assert "1张区长83.67*良好" in later


def test_the_ranking_workbook_is_the_frozen_runs(district, tmp_path) -> None:
    """The ranking spreadsheet, like the report, has the frozen run's results with the
    evaluator's adjustments, and says so in its title."""
    from riverchief.assessment import runs
    from riverchief.security import Actor

    admin = Actor("a", "admin", "管理员", "admin")
    run_id = runs.freeze(district, admin, runs.compute(district, "2026Q1"), note="定稿")
    dc = next(r for r in runs.run_rows(district, run_id) if r.card["chief_code"] == "DC")
    runs.adjust(district, admin, run_id, dc.chief_id, "10", "督查室复核")
    ws = load_workbook(ranking_xlsx(district, "2026Q1", tmp_path / "r.xlsx")).active
    rows = list(ws.iter_rows(values_only=True))
    assert "由 admin 冻结的考核结果（定稿）；1 人得分经人工调整）" in rows[0][0]
    got = {r[1]: (r[2], r[3]) for r in rows[2:]}
    assert got["张区长"] == (83.67, "良好")  # 73.67 合格 as scored, +10 by hand


def test_the_previous_quarter_is_measured_by_the_rules_it_was_frozen_with(district, tmp_path
                                                                          ) -> None:
    """The summary's previous-quarter column: what was required of the chiefs then, by the
    rule set that quarter was frozen with, not by the one in force now."""
    from riverchief.assessment import runs
    from riverchief.rules import default_rules, parse_rules
    from riverchief.security import Actor

    def required_before() -> str:
        pdf = quarterly_report(district, "2026Q2", tmp_path / "q2.pdf", issuer="示范区河长制办公室",
                               day=date(2026, 7, 8), author="李萍")
        text = text_of(pdf)
        line = text[text.index("巡河达标率（有效／应巡）") + len("巡河达标率（有效／应巡）"):]
        return line[:line.index("问题")]  # this quarter's and the previous quarter's figures

    unfrozen = required_before()
    twice = default_rules().text.replace(
        '[patrol.levels.village]\nrequired = 1', '[patrol.levels.village]\nrequired = 2')
    assert twice != default_rules().text
    admin = Actor("a", "admin", "管理员", "admin")
    runs.freeze(district, admin, runs.compute(district, "2026Q1",
                                              rules=parse_rules(twice, "twice")))
    frozen = required_before()
    # this quarter 0/30 both times; the previous quarter's villages owe twice the weeks
    assert "93.1%(27/29)-93.1个百分点" in unfrozen, unfrozen
    assert "48.2%(27/56)-48.2个百分点" in frozen, frozen
