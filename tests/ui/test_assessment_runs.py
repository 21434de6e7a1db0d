"""Frozen runs in the evaluator's window, on the small district of tests/unit/assessment:
freeze, record what followed from a run, adjust a score with a reason, compare two runs,
re-check a run, and the chief's charts."""

from __future__ import annotations

import gc
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from riverchief.security import Actor

from ui.assessment.pages import AssessmentPage
from ui.security.session import set_actor
from ui.shell.context import AppContext

WAIT_MS = 30_000

if "assessment_district" not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        "assessment_district", Path(__file__).resolve().parent.parent / "unit" / "assessment"
        / "district.py")
    assert _spec and _spec.loader
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["assessment_district"] = _module
    _spec.loader.exec_module(_module)
district = sys.modules["assessment_district"]


def evaluator(ctx: AppContext) -> Actor:
    assert ctx.store is not None
    areas = frozenset(r[0] for r in ctx.store.conn.execute("SELECT id FROM area"))
    return Actor("u1", "eva", "评估员", "evaluator", area_ids=areas)


@pytest.fixture(autouse=True)
def _delete_widgets_on_the_gui_thread() -> Iterator[None]:
    """After qtbot has closed this test's widgets: delete them and collect their wrappers
    here, on the GUI thread. Left to the garbage collector, a page's wrapper may be
    collected on the job thread, and shiboken then deletes the page from a pending call
    in the middle of another widget's event (a crash in the next test)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.shell.jobs import wait_idle

    wait_idle()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def page(qtbot, ctx: AppContext, tmp_path: Path) -> AssessmentPage:
    from riverchief.db import open_store

    path = tmp_path / "small.db"
    with open_store(path, create=True) as store:
        district.make_district(store)
    ctx.open(path)
    set_actor(ctx, evaluator(ctx))
    widget = AssessmentPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.period.setText("2026Q1")
    compute(qtbot, widget)
    return widget


def compute(qtbot, page: AssessmentPage) -> None:
    page.result = None
    qtbot.mouseClick(page.btn_compute, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None and page.btn_compute.isEnabled(),
                    timeout=WAIT_MS)


def freeze(qtbot, page: AssessmentPage, note: str = "", earlier: str = "") -> str:
    """Freeze the ranking; ``earlier``: what the dialog says of the run frozen before."""
    before = {r.id for r in page.runs.runs}
    assert page.btn_freeze.isEnabled()
    qtbot.mouseClick(page.btn_freeze, Qt.MouseButton.LeftButton)
    dialog = page.freeze_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.earlier.isVisible() == bool(earlier)
    assert earlier in dialog.earlier.text()
    dialog.note.setText(note)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.runs.stack.currentWidget() is page.runs.detail
                    and page.runs.detail.run is not None
                    and page.runs.detail.run.id not in before, timeout=WAIT_MS)
    assert page.tabs.currentWidget() is page.runs
    return page.runs.detail.run.id


def save(dialog: Any, qtbot) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_freeze_and_record_what_was_done(page: AssessmentPage, qtbot, qtmodeltester) -> None:
    run_id = freeze(qtbot, page, "一季度考核定稿")
    store = page.ctx.store
    assert store is not None
    detail = page.runs.detail
    assert detail.info.text().endswith("\n一季度考核定稿")
    assert "2026Q1" in detail.info.text() and "5 名河长" in detail.info.text()
    assert detail.model.rowCount() == 5
    detail.tabs.setCurrentIndex(1)
    view = detail.consequences
    qtmodeltester.check(view.model)
    got = [(view.model.text(r, 0), view.model.text(r, 1))
           for r in range(view.model.rowCount())]
    assert got == [("通报表扬", "赵乙 (VB)"), ("通报表扬", "陈丙 (VC)"),
                   ("通报批评", "张区长 (DC)")]
    assert "P4" in view.model.text(2, 2)
    # listed the Chinese way (it read "通报表扬 2（已落实 0）; 约谈 …")
    assert view.summary.text() == ("通报表扬 2（已落实 0）；约谈 0（已落实 0）；"
                                   "通报批评 1（已落实 0）")
    assert view.previous_label.text() == "2025Q4 没有本区域、本级别的冻结考核结果。"
    # nothing before: no empty table taking half the page from this run's list
    assert view.previous.isHidden()
    assert view.previous_box.height() < view.table.height() / 2

    assert not view.record.isEnabled()
    view.table.selectRow(view.select_chief("DC", "criticism"))
    qtbot.mouseClick(view.record, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.done_by.text() == "评估员"  # the signed-in evaluator, to change
    dialog.done_by.clear()
    save(dialog, qtbot)  # nobody named: refused, nothing saved
    assert dialog.isVisible() and dialog.error.text() == "落实人：请填写落实人。"
    dialog.done_by.setText("区河长办 王主任")
    from PySide6.QtCore import QDate

    dialog.done_on.setDate(QDate(2026, 4, 8))
    dialog.note.setPlainText("第2期河长制工作通报印发")
    save(dialog, qtbot)
    assert not dialog.isVisible()
    row = store.conn.execute(
        "SELECT id, done_on, done_by, follow_up FROM assessment_consequence"
        " WHERE run_id = ? AND kind = 'criticism'", [run_id]).fetchone()
    assert row[1:] == ("2026-04-08", "区河长办 王主任", "第2期河长制工作通报印发")
    audit = store.conn.execute(
        "SELECT actor, action FROM audit_log WHERE table_name = 'assessment_consequence'"
        " AND record_id = ? ORDER BY id DESC LIMIT 1", [row[0]]).fetchone()
    assert audit == ("eva", "update")
    assert view.model.text(2, 3) == "2026-04-08"
    assert view.model.text(2, 6) == "已落实"
    assert "通报批评 1（已落实 1）" in view.summary.text()

    # the next quarter's run shows what was done after this one
    page.period.setText("2026Q2")
    compute(qtbot, page)
    freeze(qtbot, page)
    prev = page.runs.detail.consequences
    assert prev.previous_label.text() == "2026Q1：奖惩 3 项，已登记落实 1 项。"
    assert prev.previous_model.text(2, 5) == "第2期河长制工作通报印发"
    assert not prev.previous.isHidden()


def test_a_chief_cannot_record_what_was_done(page: AssessmentPage, qtbot) -> None:
    freeze(qtbot, page)
    store = page.ctx.store
    assert store is not None
    view = page.runs.detail.consequences
    view.table.selectRow(view.select_chief("VB", "praise"))
    vb = store.conn.execute("SELECT id FROM chief WHERE code = 'VB'").fetchone()[0]
    set_actor(page.ctx, Actor("u2", "vb", "赵乙", "chief", chief_id=vb))
    qtbot.mouseClick(view.record, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None
    dialog.done_by.setText("赵乙")
    dialog.note.setPlainText("自己登记")
    save(dialog, qtbot)
    assert dialog.isVisible() and dialog.error.text()  # refused with a reason
    assert store.conn.execute("SELECT count(*) FROM assessment_consequence"
                              " WHERE done_on IS NOT NULL").fetchone()[0] == 0
    dialog.reject()


def test_adjusting_a_score_needs_a_reason(page: AssessmentPage, qtbot, qtmodeltester) -> None:
    run_id = freeze(qtbot, page, "一季度考核定稿")
    store = page.ctx.store
    assert store is not None
    detail = page.runs.detail
    assert detail.info.text().endswith("\n一季度考核定稿")
    assert detail.select_chief("DC")
    qtbot.mouseClick(detail.btn_adjust, Qt.MouseButton.LeftButton)
    dialog = detail.adjust_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.head.text().startswith("张区长（DC）：冻结得分 73.67")
    dialog.points.setValue(2)
    save(dialog, qtbot)
    assert dialog.isVisible() and dialog.error.text() == "必须填写理由。"
    dialog.reason.setPlainText("   ")
    save(dialog, qtbot)
    assert dialog.isVisible() and dialog.error.text() == "必须填写理由。"
    assert store.conn.execute("SELECT count(*) FROM assessment_adjustment").fetchone()[0] == 0

    dialog.reason.setPlainText("督查问题 P4 已于期限内整改，督查室 2026-04-03 复核")
    with qtbot.waitSignal(detail.loaded, timeout=WAIT_MS):
        save(dialog, qtbot)
    assert not dialog.isVisible()
    adj = store.conn.execute("SELECT id, points, reason FROM assessment_adjustment"
                             " WHERE run_id = ?", [run_id]).fetchone()
    assert adj[1:] == ("2.00", "督查问题 P4 已于期限内整改，督查室 2026-04-03 复核")
    assert store.conn.execute(
        "SELECT actor, action FROM audit_log WHERE table_name = 'assessment_adjustment'"
        " AND record_id = ?", [adj[0]]).fetchone() == ("eva", "insert")
    n = next(r for r, row in enumerate(detail.rows) if row.card["chief_code"] == "DC")
    model = detail.model
    qtmodeltester.check(model)
    assert model.index(n, 4).data() == "73.67"  # the frozen total stays
    assert model.index(n, 5).data() == "+2.00"
    assert model.index(n, 6).data() == "75.67 *"
    assert model.index(n, 7).data() == "合格"
    assert "督查室 2026-04-03 复核" in model.index(n, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert detail.selected_row().card["chief_code"] == "DC"  # still selected after reload
    # the frozen scorecard says it was adjusted, by whom and why
    qtbot.mouseClick(detail.btn_card, Qt.MouseButton.LeftButton)
    card = page.runs.card_view
    assert page.runs.stack.currentWidget() is card
    assert "73.67" in card.title.text() and "调整后得分 75.67" in card.title.text()
    assert not card.adjusted.isHidden()
    assert card.adjusted.text().startswith("人工调整 +2.00（eva，")
    qtbot.mouseClick(card.back, Qt.MouseButton.LeftButton)
    assert page.runs.stack.currentWidget() is detail

    # an adjustment that changes a grade flags the consequence drawn from the frozen one
    from riverchief.assessment.runs import adjust

    vb = store.conn.execute("SELECT id FROM chief WHERE code = 'VB'").fetchone()[0]
    adjust(store, evaluator(page.ctx), run_id, vb, "-10", "巡河记录补正后复核")
    with qtbot.waitSignal(detail.loaded, timeout=WAIT_MS):
        detail.show_run(run_id)
    view = detail.consequences
    states = {view.model.text(r, 1): view.model.text(r, 6)
              for r in range(view.model.rowCount())}
    assert states["赵乙 (VB)"] == "待落实；此后经人工调整为 84.74 良好，请核实"
    assert states["陈丙 (VC)"] == "待落实"


def test_freeze_twice_compare_and_recheck(page: AssessmentPage, qtbot, qtmodeltester) -> None:
    from riverchief.db import records

    first = freeze(qtbot, page, "一季度考核定稿")
    store = page.ctx.store
    assert store is not None
    tc3 = store.conn.execute("SELECT p.id FROM patrol p JOIN chief c ON c.id = p.chief_id"
                             " WHERE c.code = 'TC' AND p.verdict = 'invalid'").fetchone()[0]
    records.update(store, "patrol", tc3, {"verdict": "valid"}, actor="test")
    compute(qtbot, page)
    # freezing again: the dialog says a run is there and which one the reports will print
    second = freeze(qtbot, page,
                    earlier="（一季度考核定稿）。季度考核通报和排名表采用最近冻结的结果")
    runs = page.runs
    assert runs.detail.superseded.isHidden()  # the latest run
    runs.open_run(first)  # the one frozen before says which run now counts
    qtbot.waitUntil(lambda: runs.detail.run is not None and runs.detail.run.id == first,
                    timeout=WAIT_MS)
    assert not runs.detail.superseded.isHidden()
    assert runs.detail.superseded.text().startswith("2026Q1 本区域、本级别已有更晚的冻结结果（")
    assert "报表采用该结果" in runs.detail.superseded.text()
    qtbot.mouseClick(page.runs.detail.back, Qt.MouseButton.LeftButton)
    assert runs.stack.currentIndex() == 0 and runs.table.rowCount() == 2
    assert runs.status.text() == ""
    # what tells the runs apart is on the first screen, even a small one: when, by whom,
    # the note (they were past the hashes, off the right edge at 1024 x 640)
    page.resize(780, 560)
    header = runs.table.horizontalHeader()
    qtbot.wait(50)
    assert runs.table.viewport().width() < 760
    note = next(c for c in range(runs.table.columnCount())
                if runs.table.horizontalHeaderItem(c).text() == "备注")
    assert runs.table.item(1, note).text() == "一季度考核定稿"
    assert header.sectionViewportPosition(note) + header.sectionSize(note) \
        <= runs.table.viewport().width()
    assert not runs.btn_compare.isEnabled()
    runs.select_runs([first, second])
    assert runs.btn_compare.isEnabled()
    qtbot.mouseClick(runs.btn_compare, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runs.stack.currentWidget() is runs.compare_view, timeout=WAIT_MS)
    view = runs.compare_view
    qtmodeltester.check(view.model)
    assert view.notes.text().startswith("输入记录不同")
    assert view.model.rowCount() == 1
    assert view.model.text(0, 0) == "李镇长 (TC)"
    assert float(view.model.text(0, 2)) > float(view.model.text(0, 1))
    reasons = view.model.text(0, 5)
    assert "巡河履职" in reasons and "无效" in reasons

    qtbot.mouseClick(view.back, Qt.MouseButton.LeftButton)
    runs.select_runs([first])
    qtbot.mouseClick(runs.btn_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "冻结的 2026Q1" in runs.status.text(), timeout=WAIT_MS)
    assert runs.status.text().endswith("此后输入记录已有变化；重新计算结果不一致。")
    runs.select_runs([second])
    qtbot.mouseClick(runs.btn_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "输入记录未变" in runs.status.text(), timeout=WAIT_MS)
    assert runs.status.text().endswith("输入记录未变；重新计算结果完全一致。")


def test_the_chiefs_charts(page: AssessmentPage, qtbot) -> None:
    row = next(r for r, c in enumerate(page.model.cards) if c.chief.code == "TC")
    page.view.doubleClicked.emit(page.model.index(row, 0))
    card = page.scorecard
    charts = card.charts
    assert charts is not None
    bar = card.tabs.tabBar()
    with qtbot.waitSignal(charts.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert card.tabs.currentWidget() is charts
    patrols, water = charts.figures
    ax = patrols.axes[0]
    assert ax.get_title() == "李镇长：2026 年巡河次数与要求"
    assert [t.get_text() for t in ax.texts] == ["1/1", "1/1", "0/1"]  # March: invalid
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2026-01", "2026-02", "2026-03"]
    line = next(ln for ln in water.axes[0].get_lines() if ln.get_label() == "今年")
    assert list(line.get_ydata()) == [100.0, 0.0, 100.0]  # February's section was class V


def test_a_township_office_freezes_its_own_area(qtbot, ctx: AppContext, tmp_path: Path,
                                                monkeypatch) -> None:
    """A township's office starts on its township (all areas it may not freeze), and a
    refused freeze is said in the page, with what to do, not in a box after the job."""
    from PySide6.QtWidgets import QMessageBox

    from riverchief.db import open_store

    def no_box(*args: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:]}")

    monkeypatch.setattr(QMessageBox, "warning", no_box)
    path = tmp_path / "small.db"
    with open_store(path, create=True) as store:
        district.make_district(store)
    ctx.open(path)
    assert ctx.store is not None
    town = frozenset(r[0] for r in ctx.store.conn.execute(
        "SELECT id FROM area WHERE code LIKE '410102001%'"))
    set_actor(ctx, Actor("u2", "hzb-town", "柳泉镇河长办", "evaluator", area_ids=town))
    page = AssessmentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    assert page.area.currentData() == "410102001"
    page.period.setText("2026Q1")
    page.area.setCurrentIndex(0)  # all areas: not this office's to rank, nor to freeze
    qtbot.mouseClick(page.btn_compute, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "区域" in page.summary.text() and not page.job.running,
                    timeout=WAIT_MS)
    assert "c62828" in page.summary.styleSheet()
    # nothing left to freeze: not the ranking of the area chosen before
    assert not page.btn_freeze.isEnabled() and page.model.rowCount() == 0
    assert page.runs.runs == []

    page.area.setCurrentIndex(page.area.findData("410102001"))
    compute(qtbot, page)
    run_id = freeze(qtbot, page)
    assert page.runs.detail.run.area_id in town and run_id


def test_a_comparison_lists_the_chiefs_who_change_grade_first(qtbot) -> None:
    """Of 130 chiefs changed by a rule, the 41 whose grade changed were scattered among
    the rest by code; they come first, and the notes say how many."""
    from types import SimpleNamespace

    from riverchief.assessment.runs import Change
    from riverchief.periods import parse_period

    from ui.assessment.runs import CompareView

    view = CompareView()
    qtbot.addWidget(view)
    run = SimpleNamespace(computed_at="2026-10-08T09:00:00+08:00",
                          period=parse_period("2026Q3"))
    changes = [Change("C1", "甲", 95.0, 95.5, "excellent", "excellent", 1, 1, ["a"]),
               Change("C2", "乙", 84.0, 84.5, "good", "pass", 2, 3, ["b"]),
               Change("C3", "丙", 70.0, 70.5, "pass", "pass", 3, 4, ["c"]),
               Change("C4", "丁", 89.0, 90.0, "good", "excellent", 4, 2, ["d"])]
    view.show_comparison(run, run, ["规则集不同"], changes)
    assert [view.model.text(r, 0) for r in range(4)] == ["乙 (C2)", "丁 (C4)", "甲 (C1)",
                                                         "丙 (C3)"]
    assert view.notes.text().endswith("4 名河长的结果有变化。其中 2 名等级有变化，排在前面。")
    view.show_comparison(run, run, [], changes[:1])  # nobody changes grade: nothing to say
    assert view.notes.text().endswith("1 名河长的结果有变化。")


def test_what_was_done_for_several_at_once(page: AssessmentPage, qtbot) -> None:
    """The praised chiefs are praised by one 通报: selected together, recorded once (29
    dialogs, one per chief, on the city's district)."""
    from PySide6.QtCore import QItemSelectionModel

    freeze(qtbot, page)
    detail = page.runs.detail
    detail.tabs.setCurrentIndex(1)
    view = detail.consequences
    view.kind.setCurrentIndex(view.kind.findData("praise"))
    assert view.model.rowCount() == 2
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        view.table.selectionModel().select(view.model.index(row, 0), flags)
    qtbot.mouseClick(view.record, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(object, "followUpWhat").text() == \
        "一并登记 2 名河长的落实情况：赵乙、陈丙"
    dialog.note.setPlainText("第2期河长制工作通报")
    save(dialog, qtbot)
    assert not dialog.isVisible()
    assert [view.model.text(r, 5) for r in range(2)] == ["第2期河长制工作通报"] * 2
    assert "通报表扬 2（已落实 2）" in view.summary.text()


def test_withdrawing_a_trial_run_with_a_reason(page: AssessmentPage, qtbot) -> None:
    """A trial run frozen after the final one is withdrawn from the runs list: the reason
    is required, the run leaves the list, the final one is the period's run again, and
    the withdrawn one is shown greyed, with who withdrew it and why, when asked."""
    from riverchief.assessment.runs import latest_run
    from riverchief.periods import parse_period

    final = freeze(qtbot, page, "一季度考核定稿")
    trial = freeze(qtbot, page, "试算", earlier="一季度考核定稿")
    store = page.ctx.store
    assert store is not None
    runs = page.runs
    runs.show_list()
    runs.select_runs([trial])
    assert runs.btn_withdraw.isEnabled()
    qtbot.mouseClick(runs.btn_withdraw, Qt.MouseButton.LeftButton)
    dialog = runs.findChild(QDialog, "withdrawDialog")
    assert dialog is not None and dialog.isVisible()
    save(dialog, qtbot)
    assert dialog.isVisible() and dialog.error.text() == "必须填写理由。"
    assert latest_run(store, parse_period("2026Q1"), None, None).id == trial

    dialog.reason.setPlainText("试算：最后一周的记录尚未合并")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert [r.id for r in runs.runs] == [final]
    assert runs.table.rowCount() == 1
    assert "已撤销" in runs.status.text() or "withdrawn" in runs.status.text()
    assert latest_run(store, parse_period("2026Q1"), None, None).id == final

    runs.show_withdrawn.setChecked(True)
    assert runs.table.rowCount() == 2
    note = runs.table.item(1, 5).text()
    assert "eva" in note and "试算：最后一周的记录尚未合并" in note
    runs.table.selectAll()
    assert [r.id for r in runs._selected()] == [final]  # the withdrawn row is not acted on
