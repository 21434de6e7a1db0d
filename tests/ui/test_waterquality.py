"""The water-quality section: sections with their latest class, a section page, sample
entry, import with its error table, and charts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from riverchief.charts.waterquality import CLASS_COLOURS

from ui.shell.context import AppContext
from ui.shell.jobs import wait_idle
from ui.waterquality.models import SectionsModel
from ui.waterquality.pages import WaterQualityPage


@pytest.fixture
def page(qtbot, ctx: AppContext, demo_db: Path, monkeypatch) -> WaterQualityPage:
    from PySide6.QtWidgets import QMessageBox

    from riverchief.security import Actor

    def unexpected(*args: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:]}")

    monkeypatch.setattr(QMessageBox, "warning", unexpected)
    ctx.open(demo_db)
    ctx.actor = Actor(id="t", code="admin", name="管理员", role="admin")
    widget = WaterQualityPage(ctx)
    qtbot.addWidget(widget)
    return widget


def settle(condition, timeout: float = 30.0) -> None:
    """Run the GUI thread's events until ``condition()`` holds.

    Processes events directly rather than through a nested event loop: an earlier test
    that ran and quit the whole application leaves nested loops returning at once.
    """
    deadline = time.monotonic() + timeout
    wait_idle()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the background job did not report back")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def sample_count(ctx: AppContext) -> int:
    assert ctx.store is not None
    return ctx.store.conn.execute(
        "SELECT count(*) FROM sample WHERE deleted_at IS NULL").fetchone()[0]


def test_sections_listed_with_coloured_class(page: WaterQualityPage, qtmodeltester) -> None:
    model = page.list.model
    qtmodeltester.check(model)
    assert model.rowCount() == 30
    coloured = [r for r in range(model.rowCount())
                if model.index(r, SectionsModel.CLASS).data()]
    assert coloured, "demo sections have samples"
    r = coloured[0]
    cls = model.rows[r].water_class
    assert cls is not None
    brush = model.index(r, SectionsModel.CLASS).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == CLASS_COLOURS[cls]
    assert model.index(r, SectionsModel.STATUS).data() in {"优", "良好", "轻度污染", "中度污染",
                                                            "重度污染"}
    assert model.headerData(SectionsModel.CLASS, Qt.Orientation.Horizontal) == "水质类别"


def test_filter(page: WaterQualityPage) -> None:
    code = page.list.model.rows[3].section.code
    page.list.filter.setText(code)
    assert page.list.proxy.rowCount() == 1


def test_section_page(page: WaterQualityPage, qtbot) -> None:
    section = page.list.model.rows[0].section
    page.open_section(section.id)
    sp = page.section_page
    assert page.stack.currentWidget() is sp
    assert sp.samples.rowCount() > 10
    assert sp.history.rowCount() > 5
    assert sp.trend_host.count() == 1
    qtbot.mouseClick(sp.back, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list


def test_enter_sample(page: WaterQualityPage, qtbot) -> None:
    from ui.waterquality.dialogs import SampleDialog

    ctx = page.ctx
    before = sample_count(ctx)
    sections = [r.section for r in page.list.model.rows]
    dialog = SampleDialog(ctx, sections, sections[0].id, page)
    qtbot.addWidget(dialog)
    dialog.set_value("nh3n", "0.025L")
    dialog.set_value("tp", "0.12")
    dialog.save()
    assert dialog.sample_id is not None
    assert sample_count(ctx) == before + 1
    page.open_section(sections[0].id)
    assert page.section_page.samples.item(0, 1).text() == "实验室"


def test_enter_bad_value(page: WaterQualityPage, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.waterquality.dialogs import SampleDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    sections = [r.section for r in page.list.model.rows]
    dialog = SampleDialog(page.ctx, sections, sections[0].id, page)
    qtbot.addWidget(dialog)
    before = sample_count(page.ctx)
    dialog.set_value("tp", "abc")
    dialog.save()
    assert shown and shown[0].startswith("总磷：“abc”不是有效数值")
    assert dialog.sample_id is None
    assert sample_count(page.ctx) == before


def test_import_error_table_then_valid_rows(page: WaterQualityPage, qtbot,
                                            tmp_path: Path) -> None:
    code = page.list.model.rows[0].section.code
    path = tmp_path / "s.csv"
    path.write_text("断面编码,监测时间,氨氮(mg/L),总磷(mg/L)\n"
                    f"{code},2026-11-03 09:00,0.4,0.1\n"
                    "NOPE,2026-11-03 09:00,0.4,0.1\n", encoding="gbk")
    imp = page.importer
    imp.set_file(path)
    before = sample_count(page.ctx)
    qtbot.mouseClick(imp.check, Qt.MouseButton.LeftButton)
    settle(lambda: imp.report is not None)
    assert imp.errors.rowCount() == 1
    assert imp.errors.item(0, 0).text() == "s.csv，第 3 行，列“断面编码”"
    assert imp.errors.item(0, 1).text() == "未知的断面“NOPE”。"
    assert not imp.import_all.isEnabled() and imp.import_valid.isEnabled()
    assert sample_count(page.ctx) == before
    imp.report = None
    qtbot.mouseClick(imp.import_valid, Qt.MouseButton.LeftButton)
    settle(lambda: imp.report is not None)
    assert imp.report.imported
    assert sample_count(page.ctx) == before + 1


def test_import_runs_in_a_process_of_its_own(page: WaterQualityPage, tmp_path: Path,
                                             monkeypatch) -> None:
    from ui.shell import jobs
    from ui.waterquality import tasks

    ran: list[jobs.Task] = []
    real = jobs._run_in_process

    def spy(work, progress):  # type: ignore[no-untyped-def]
        ran.append(work)
        return real(work, progress)

    monkeypatch.setattr(jobs, "_run_in_process", spy)
    code = page.list.model.rows[0].section.code
    path = tmp_path / "clean.csv"
    path.write_text("断面编码,监测时间,氨氮(mg/L),总磷(mg/L)\n"
                    f"{code},2026-11-04 09:00,0.4,0.1\n"
                    f"{code},2026-11-05 09:00,0.5,0.2\n", encoding="utf-8")
    imp = page.importer
    imp.set_file(path)
    before = sample_count(page.ctx)
    imp.check.click()
    settle(lambda: imp.report is not None)
    assert imp.report.new == 2 and not imp.report.imported and not imp.report.errors
    assert imp.import_all.isEnabled() and not imp.import_valid.isEnabled()
    assert sample_count(page.ctx) == before
    imp.report = None
    imp.import_all.click()
    settle(lambda: imp.report is not None)
    assert imp.report.imported and imp.report.new == 2
    assert sample_count(page.ctx) == before + 2
    mine = [w for w in ran if w.fn.__module__ == "ui.waterquality.tasks"]
    assert [type(w) for w in mine] == [jobs.Task, jobs.Task]
    assert all(w.fn is tasks.import_samples for w in mine)
    assert [w.args[-1] for w in mine] == [True, False]  # the check, then the import


@pytest.mark.parametrize("kind", ["score", "ranking", "shares"])
def test_charts(page: WaterQualityPage, qtbot, kind: str) -> None:
    charts = page.charts
    charts.kind.setCurrentIndex(charts.kind.findData(kind))
    charts.period.setText("2026")
    qtbot.mouseClick(charts.draw_button, Qt.MouseButton.LeftButton)
    settle(lambda: charts.figure is not None)
    assert charts.export_button.isEnabled()
    assert charts.figure.axes[0].get_title()


def test_chart_export(page: WaterQualityPage, qtbot, tmp_path: Path) -> None:
    from riverchief.charts import save_figure

    charts = page.charts
    qtbot.mouseClick(charts.draw_button, Qt.MouseButton.LeftButton)
    settle(lambda: charts.figure is not None)
    out = save_figure(charts.figure, tmp_path / "c.svg")
    assert out.exists()


def test_chief_page(page: WaterQualityPage, qtbot) -> None:
    cp = page.chief_page
    assert cp.chief.count() > 100
    store = page.ctx.store
    assert store is not None
    chief_id = store.conn.execute(
        "SELECT a.chief_id FROM assignment a JOIN section s ON s.segment_id = a.segment_id"
        " WHERE a.deleted_at IS NULL LIMIT 1").fetchone()[0]
    cp.chief.setCurrentIndex(cp.chief.findData(chief_id))
    cp.period.setText("2026Q3")
    qtbot.mouseClick(cp.show_button, Qt.MouseButton.LeftButton)
    # computed in the background (every sample of the period is read): the window answers
    qtbot.waitUntil(lambda: cp.score.text().startswith("水质得分 2026Q3："), timeout=30000)
    assert cp.table.rowCount() >= 1


def test_chief_tab_in_english(page: WaterQualityPage, qtbot) -> None:
    """The chief tab starts on this year with a hint, shows a chief as soon as one is
    picked, and its column titles are whole in English ('Change vs last year' was cut)."""
    from datetime import date

    from ui.shell.language import apply_language

    cp = page.chief_page
    assert cp.period.text() == str(date.today().year) == page.charts.period.text()
    assert cp.score.text() and cp.table.rowCount() == 0
    apply_language("en")
    page.resize(1280, 760)
    page.show()
    page.tabs.setCurrentWidget(cp)
    qtbot.waitExposed(cp)
    store = page.ctx.store
    assert store is not None
    chief_id = store.conn.execute(
        "SELECT a.chief_id FROM assignment a JOIN section s ON s.segment_id = a.segment_id"
        " WHERE a.deleted_at IS NULL LIMIT 1").fetchone()[0]
    cp.period.setText("2026Q3")
    cp.chief.setCurrentIndex(cp.chief.findData(chief_id))
    cp.chief.activated.emit(cp.chief.currentIndex())  # as a pick in the list does
    qtbot.waitUntil(lambda: cp.table.rowCount() >= 1, timeout=30000)
    header = cp.table.horizontalHeader()
    for col in range(1, cp.table.columnCount()):
        title = cp.table.horizontalHeaderItem(col).text()
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title), title


def test_section_samples_in_english(page: WaterQualityPage, qtbot) -> None:
    """A section's samples in English: no Chinese unit (pH was 'pH (无量纲)') and every
    column as wide as its title and values."""
    import re

    from ui.shell.language import apply_language

    apply_language("en")
    page.resize(1280, 760)
    page.show()
    rows = page.list.model.rows
    page.open_section(rows[0].section.id)
    table = page.section_page.samples
    titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert any(t.startswith("pH") for t in titles)
    assert not [t for t in titles if re.search(r"[\u4e00-\u9fff]", t)]
    # the bundled font draws ℃ blank: the water temperature's unit is written °C
    assert "water temperature (°C)" in titles and not [t for t in titles if "℃" in t]
    header = table.horizontalHeader()
    for col, title in enumerate(titles):
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title), title
    first = table.item(0, 0)
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(first.text())
