"""The reports page on the small district of tests/unit/assessment: make the quarterly
report in the background, see it in the preview with the right page count, print it,
save it; cancel stops the work and leaves no report; a spreadsheet has no preview."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from ui.reports.page import ReportsPage
from ui.shell.context import AppContext
from ui.shell.jobs import wait_idle

_spec = importlib.util.spec_from_file_location(
    "reports_page_district", Path(__file__).resolve().parent.parent / "unit" / "assessment"
    / "district.py")
assert _spec and _spec.loader
district = importlib.util.module_from_spec(_spec)
sys.modules["reports_page_district"] = district
_spec.loader.exec_module(district)


@pytest.fixture
def page(qtbot, ctx: AppContext, tmp_path: Path) -> ReportsPage:
    from riverchief.db import open_store

    path = tmp_path / "small.db"
    with open_store(path, create=True) as store:
        district.make_district(store)
    ctx.open(path)
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.period.setText("2026Q1")
    widget.author.setText("李萍")
    return widget


def _pick(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _generate(page: ReportsPage, qtbot) -> None:
    page.generate()
    qtbot.waitUntil(lambda: not page.job.running, timeout=60_000)
    wait_idle()


def test_quarterly_report_in_the_preview(page: ReportsPage, qtbot, tmp_path: Path) -> None:
    _pick(page.kind, "quarterly")
    assert page.appendix.isVisibleTo(page) and not page.chief.isVisibleTo(page)
    _pick(page.appendix, "none")
    _generate(page, qtbot)
    assert page.output is not None and page.output.exists(), page.status.text()
    expected = len(PdfReader(page.output).pages)
    assert expected >= 3
    assert page.page_count() == expected
    assert page.preview.isVisibleTo(page) and page.print_button.isEnabled()
    assert str(expected) in page.pages.text()
    # what is ready, in the reader's words (not the name of a scratch file)
    assert page.output.name not in page.status.text()
    assert "季度考核通报" in page.status.text()
    text = "".join(p.extract_text() for p in PdfReader(page.output).pages).replace(" ", "")
    assert "李萍" in text and "2026Q1河长制季度考核通报" in text

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.print_to(printer)
    assert not page.print_button.isEnabled()  # printed in the background: once at a time
    qtbot.waitUntil(lambda: page.status.text() == f"已向打印机发送 {expected} 页。",
                    timeout=60_000)
    assert page.print_button.isEnabled()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == expected
    printer.setFromTo(2, 3)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    page.print_to(printer)
    qtbot.waitUntil(lambda: page.status.text() == "已向打印机发送 2 页。", timeout=60_000)
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2
    page.print_to(printer).cancel()  # the print job is aborted between two pages
    qtbot.waitUntil(lambda: page.status.text() == "已取消打印。", timeout=60_000)
    assert page.print_button.isEnabled()

    page.save_to(tmp_path / "saved")  # copied in the background
    qtbot.waitUntil(lambda: page.status.text() == f"已保存到 {tmp_path / 'saved.pdf'}。",
                    timeout=60_000)
    assert (tmp_path / "saved.pdf").read_bytes() == page.output.read_bytes()
    page.save_to(tmp_path / "no-such-folder" / "saved.pdf")
    qtbot.waitUntil(lambda: "无法写入" in page.status.text(), timeout=60_000)


def test_english_chief_report(page: ReportsPage, qtbot) -> None:
    _pick(page.kind, "chief")
    assert page.chief.isVisibleTo(page) and not page.appendix.isVisibleTo(page)
    _pick(page.chief, "TC")
    _pick(page.lang, "en")
    _generate(page, qtbot)
    assert page.output is not None, page.status.text()
    text = "".join(p.extract_text() for p in PdfReader(page.output).pages)
    assert "Performance report of river chief" in text and "李镇长" in text
    from riverchief import i18n

    assert i18n.translate("Reports", "1. Summary") == "一、总体情况"  # the window stays Chinese


def test_cancel_stops_and_leaves_no_report(page: ReportsPage, qtbot) -> None:
    _pick(page.kind, "quarterly")
    page.generate()
    page.job.cancel()
    qtbot.waitUntil(lambda: not page.job.running, timeout=60_000)
    wait_idle()
    assert page.output is None
    assert page.page_count() == 0 and not page.print_button.isEnabled()
    assert "取消" in page.status.text()
    assert not list(Path(page._tmp.name).glob("*"))  # no report, no half file


def test_spreadsheet_has_no_preview_but_can_be_saved(page: ReportsPage, qtbot,
                                                    tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _pick(page.kind, "chief_stats")
    assert not page.appendix.isVisibleTo(page)
    _generate(page, qtbot)
    assert page.output is not None and page.output.suffix == ".xlsx"
    assert not page.preview.isVisibleTo(page) and not page.print_button.isEnabled()
    page.save_to(tmp_path / "chiefs.xlsx")
    qtbot.waitUntil(lambda: page.status.text().startswith("已保存到"), timeout=60_000)
    rows = list(load_workbook(tmp_path / "chiefs.xlsx").active.iter_rows(values_only=True))
    assert rows[1][:5] == ("姓名", "巡河任务数", "巡河次数", "缺勤次数", "缺勤日期")


def test_unknown_chief_is_shown_in_the_page(page: ReportsPage, qtbot) -> None:
    _pick(page.kind, "chief")
    page.chief.setEditText("NOBODY")
    _generate(page, qtbot)
    assert page.output is None
    assert "NOBODY" in page.status.text()


def test_a_new_chief_appears_in_the_picker(page: ReportsPage, ctx: AppContext) -> None:
    from riverchief.db import records

    _pick(page.kind, "chief")
    _pick(page.chief, "TC")
    area = next(r["id"] for r in ctx.store.db.query("SELECT id FROM area WHERE code = '410102'"))
    records.insert(ctx.store, "chief", {"code": "NEW", "name": "新河长", "level": "district",
                                        "title": "river_chief", "area_id": area,
                                        "organisation": "", "post": "", "phone": ""},
                   actor="test")
    ctx.notify("chief")
    assert page.chief.findData("NEW") >= 0
    assert page.chief.currentData() == "TC" and page.kind.currentData() == "chief"


def test_a_signed_in_chief_finds_their_own_report(page: ReportsPage, ctx: AppContext) -> None:
    from riverchief.security import Actor

    chief_id = next(r["id"] for r in ctx.store.db.query("SELECT id FROM chief WHERE code = 'VB'"))
    page.author.setText("")
    ctx.actor = Actor("u1", "zhaoyi", "赵乙", "chief", chief_id=chief_id)
    ctx.actor_changed.emit()
    assert page.chief.currentData() == "VB"
    assert page.author.text() == "赵乙"


def test_an_area_office_starts_on_its_own_area(page: ReportsPage, qtbot) -> None:
    """A township's office is offered its township's report first (it was offered every
    area's), and signing in as the office of the whole file keeps all areas."""
    from riverchief.security import Actor

    from ui.security.session import set_actor

    ctx = page.ctx
    assert ctx.store is not None and page.area.currentData() is None
    town = frozenset(r[0] for r in ctx.store.conn.execute(
        "SELECT id FROM area WHERE code LIKE '410102001%'"))
    set_actor(ctx, Actor("u2", "hzb-town", "柳泉镇河长办", "evaluator", area_ids=town))
    ctx.actor_changed.emit()
    assert page.area.currentData() == "410102001"
    page.reload()  # another database, or the same opened again
    assert page.area.currentData() == "410102001"
    everything = frozenset(r[0] for r in ctx.store.conn.execute("SELECT id FROM area"))
    page.area.setCurrentIndex(0)
    set_actor(ctx, Actor("u1", "hzb", "区河长办", "evaluator", area_ids=everything))
    ctx.actor_changed.emit()
    assert page.area.currentData() is None


def test_a_report_open_in_a_viewer_does_not_stop_the_next(page: ReportsPage,
                                                          monkeypatch) -> None:
    """Windows refuses to delete a file another program holds open: the scratch PDF the
    user opened with the system viewer (Open) stays until the viewer lets it go, and the
    next report is shown all the same."""
    scratch = Path(page._tmp.name)
    first, second, third = (scratch / f"ranking-{n}.xlsx" for n in (1, 2, 3))
    first.write_bytes(b"PK")
    page._show_output(first)
    unlink = Path.unlink

    def held_by_viewer(self: Path, missing_ok: bool = False) -> None:
        if self == first:
            raise PermissionError(32, "The process cannot access the file because it is "
                                  "being used by another process", str(self))
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", held_by_viewer)
    second.write_bytes(b"PK")
    page._show_output(second)
    assert page.output == second and page.save_button.isEnabled()
    assert first.exists()
    monkeypatch.setattr(Path, "unlink", unlink)  # the viewer was closed
    third.write_bytes(b"PK")
    page._show_output(third)
    assert page.output == third
    assert sorted(scratch.iterdir()) == [third]
