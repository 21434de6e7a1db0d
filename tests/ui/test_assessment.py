"""The evaluator's assessment pages on the small district of tests/unit/assessment."""

from __future__ import annotations

import gc
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.assessment.pages import GRADE_COLOURS, AssessmentPage, RankingModel, default_period
from ui.shell.context import AppContext

WAIT_MS = 30_000

_spec = importlib.util.spec_from_file_location(
    "assessment_district", Path(__file__).resolve().parent.parent / "unit" / "assessment"
    / "district.py")
assert _spec and _spec.loader
district = importlib.util.module_from_spec(_spec)
sys.modules["assessment_district"] = district
_spec.loader.exec_module(district)


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


def open_page(qtbot, ctx: AppContext, tmp_path: Path) -> AssessmentPage:
    """The page on the small district, 2026Q1 picked, nothing computed yet."""
    from riverchief.db import open_store

    path = tmp_path / "small.db"
    with open_store(path, create=True) as store:
        district.make_district(store)
    ctx.open(path)
    widget = AssessmentPage(ctx)
    qtbot.addWidget(widget)
    widget.period.setText("2026Q1")
    return widget


@pytest.fixture
def page(qtbot, ctx: AppContext, tmp_path: Path) -> AssessmentPage:
    widget = open_page(qtbot, ctx, tmp_path)
    compute(qtbot, widget)
    return widget


def compute(qtbot, page: AssessmentPage) -> None:
    """Press 计算 and wait for the background job to deliver the ranking."""
    page.result = None
    qtbot.mouseClick(page.btn_compute, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None and page.btn_compute.isEnabled(),
                    timeout=WAIT_MS)


def test_ranking_with_coloured_grades(page: AssessmentPage, qtmodeltester, qtbot) -> None:
    model = page.model
    qtmodeltester.check(model)
    assert [model.index(r, RankingModel.NAME).data() for r in range(model.rowCount())] == [
        "赵乙 (VB)", "陈丙 (VC)", "王甲 (VA)", "李镇长 (TC)", "张区长 (DC)"]
    assert model.index(4, RankingModel.TOTAL).data() == "73.67"
    assert model.index(4, RankingModel.GRADE).data() == "合格"
    brush = model.index(0, RankingModel.GRADE).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == GRADE_COLOURS["excellent"]
    assert model.headerData(RankingModel.RANK, Qt.Orientation.Horizontal) == "排名"
    page.ctx.notify({"patrol"})
    assert "已有变化" in page.summary.text()
    page.find.setText("VC")  # find a chief by code: the view filters, the ranks stay
    assert page.proxy.rowCount() == 1
    only = page.proxy.index(0, RankingModel.NAME)
    assert only.data() == "陈丙 (VC)" and page.proxy.index(0, RankingModel.RANK).data() == "2"
    page.view.doubleClicked.emit(only)
    assert page.stack.currentIndex() == 1 and page.scorecard.card.chief.code == "VC"
    page.show_ranking()
    page.find.clear()
    assert page.proxy.rowCount() == 5
    page.level.setCurrentIndex(page.level.findData("village"))
    compute(qtbot, page)
    assert model.rowCount() == 3


def test_scorecard_deduction_leads_to_its_patrol(page: AssessmentPage, qtbot) -> None:
    tc_row = next(r for r, c in enumerate(page.model.cards) if c.chief.code == "TC")
    page.view.doubleClicked.emit(page.model.index(tc_row, 0))
    card = page.scorecard
    assert page.stack.currentWidget() is card
    assert card.findChild(object, "bar_patrol").value() == 3200  # 32 of 35
    items = card.record_items()
    patrol_items = [i for i in items if i.data(0, card.RECORD_ROLE)[0] == "patrol"]
    assert len(patrol_items) == 1  # the invalid March patrol
    with qtbot.waitSignal(card.record_activated) as signal:
        card.tree.itemActivated.emit(patrol_items[0], 0)
    table, record_id = signal.args
    assert table == "patrol"
    dialog = page.record_dialog
    assert dialog is not None and dialog.isVisible() and dialog.record_id == record_id
    # in the reader's words: no keys or stored codes
    assert "核验结论：无效" in dialog.text.toPlainText()
    assert record_id not in dialog.text.toPlainText()
    assert "verdict" not in dialog.text.toPlainText()
    assert not dialog.open_full.isHidden()
    assert "2026-03-10" in dialog.text.toPlainText()
    dialog.close()
    qtbot.mouseClick(card.back, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 0


def test_a_missed_month_opens_its_days_and_patrols(page: AssessmentPage, qtbot) -> None:
    """A missed week or month in the deductions opens its dates and the chief's patrols in
    them, each leading to the patrol (it opened an empty window saying "月 2026-03")."""
    def card_of(code: str) -> Any:
        row = next(r for r, c in enumerate(page.model.cards) if c.chief.code == code)
        page.view.doubleClicked.emit(page.model.index(row, 0))
        return page.scorecard

    card = card_of("TC")
    month = next(i for i in card.record_items()
                 if i.data(0, card.RECORD_ROLE) == ("month", "2026-03"))
    assert month.font(0).underline()  # looks like the records it leads to
    card.tree.itemActivated.emit(month, 0)
    dialog = card.unit_dialog
    assert dialog is not None and dialog.isVisible()
    assert "2026-03-01 至 2026-03-31" in dialog.head.text()
    assert [dialog.list.item(n).text() for n in range(dialog.list.count())] == [
        "2026-03-10 09:00  清水河G1段 (G1)  无效"]  # the March patrol judged invalid
    with qtbot.waitSignal(card.record_activated) as signal:
        dialog.list.itemActivated.emit(dialog.list.item(0))
    assert signal.args[0] == "patrol"
    assert page.record_dialog is not None and page.record_dialog.record_id == signal.args[1]
    assert "2026-03-10" in page.record_dialog.text.toPlainText()
    dialog.close()

    page.show_ranking()
    card = card_of("VA")
    week = next(i for i in card.record_items()
                if i.data(0, card.RECORD_ROLE) == ("week", "2026-W06"))
    card.tree.itemActivated.emit(week, 0)
    dialog = card.unit_dialog
    assert "2026-02-02 至 2026-02-08" in dialog.head.text()
    assert "王甲在这几天没有巡河记录" in dialog.head.text() and dialog.list.isHidden()


def test_a_section_month_says_its_class_against_the_target(page: AssessmentPage) -> None:
    """A missed section-month opens the section with each month's class against its
    target and the main pollutants (it listed the samples' times only)."""
    row = next(r for r, c in enumerate(page.model.cards) if c.chief.code == "VB")
    page.view.doubleClicked.emit(page.model.index(row, 0))
    card = page.scorecard
    leaf = next(i for i in card.record_items() if i.data(0, card.RECORD_ROLE)[0] == "section")
    assert leaf.text(0).endswith("2026-02")
    card.tree.itemActivated.emit(leaf, 0)
    text = page.record_dialog.text.toPlainText()
    assert "本期各月水质类别：" in text
    months = [line.strip() for line in text.splitlines() if line.strip().startswith("2026-0")
              and "目标" in line]
    assert any(m.startswith("2026-02：") and "未达标" in m for m in months), months
    assert any("，达标" in m for m in months), months  # the other month met it
    page.record_dialog.close()


def test_the_names_keep_their_codes_on_a_small_screen(page: AssessmentPage, qtbot) -> None:
    """The figures' columns are as wide as they need, the names get the rest: at 1024 x 640
    in English each figure took 100 px and a city chief's name lost its code."""
    from ui.shell.language import apply_language

    apply_language("en")
    english = AssessmentPage(page.ctx)
    qtbot.addWidget(english)
    english.resize(780, 560)
    english.show()
    qtbot.waitExposed(english)
    view = english.view
    metrics = view.fontMetrics()
    assert view.columnWidth(RankingModel.NAME) >= metrics.horizontalAdvance(
        "傅玉文 (410102-C0002)") + 8
    for col in (RankingModel.RANK, RankingModel.TOTAL, RankingModel.GRADE):
        title = english.model.headerData(col, Qt.Orientation.Horizontal)
        assert view.columnWidth(col) < 2 * view.horizontalHeader().fontMetrics(
        ).horizontalAdvance(title) + 40, title


def test_the_deductions_have_the_width_on_a_small_screen(page: AssessmentPage, qtbot) -> None:
    """The reasons take the tree's width; the points column only what its figures need
    (both stretched, and at 1024 x 640 the reasons were cut to "overdue 92 day(s) in…")."""
    page.resize(780, 560)
    page.show()
    qtbot.waitExposed(page)
    tc_row = next(r for r, c in enumerate(page.model.cards) if c.chief.code == "TC")
    page.view.doubleClicked.emit(page.model.index(tc_row, 0))
    tree = page.scorecard.tree
    header = tree.header()
    qtbot.waitUntil(lambda: header.sectionSize(0) > 0)
    figures = tree.fontMetrics().horizontalAdvance("35.00 / 35.00")
    assert header.sectionSize(1) <= figures + 40
    assert header.sectionSize(0) + header.sectionSize(1) <= tree.viewport().width() + 1
    assert header.sectionSize(0) >= tree.viewport().width() - figures - 40


def test_changing_a_threshold_in_the_rule_editor(page: AssessmentPage, tmp_path: Path,
                                                 qtbot) -> None:
    editor = page.open_editor()
    qtbot.addWidget(editor)
    editor.fields[("", "excellent")].setValue(95)
    with qtbot.waitSignal(editor.previewed, timeout=WAIT_MS):
        qtbot.mouseClick(editor.btn_preview, Qt.MouseButton.LeftButton)
    assert editor.last_preview is not None
    before, after = editor.last_preview
    assert (before["excellent"], after.get("excellent", 0)) == (2, 0)
    assert after["good"] == 4
    assert "优秀 2 → 0" in editor.preview_label.text()
    assert "5 名河长中有 2 名等级变化" in editor.preview_label.text()
    assert "改动：优秀分数线：90 → 95" in editor.preview_label.text()  # what was edited
    assert "赵乙（VB）：94.74 优秀 → 94.74 良好" in editor.preview_label.text()
    editor.fields[("patrol", "max_points")].setValue(30)  # the points no longer add to 100
    assert not editor.preview()
    assert "100" in editor.message.text() and "95" in editor.message.text()
    editor.fields[("patrol", "max_points")].setValue(35)
    editor.enabled["outfalls"].setChecked(False)  # 95 of 100 left
    assert not editor.preview()
    assert "95" in editor.message.text()
    editor.enabled["outfalls"].setChecked(True)
    out = tmp_path / "edited.toml"
    assert editor.export_file(str(out)) == out
    assert "excellent = 95" in out.read_text(encoding="utf-8")
    editor.apply()
    qtbot.waitUntil(lambda: page.result is not None and page.btn_compute.isEnabled(),
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.model.index(0, RankingModel.GRADE).data() == "良好",
                    timeout=WAIT_MS)
    editor.load(page.rules())
    editor.import_file(str(out))
    assert editor.fields[("", "excellent")].value() == 95
    bad = tmp_path / "bad.toml"
    bad.write_text(out.read_text(encoding="utf-8").replace("excellent = 95", "excellent = 50"),
                   encoding="utf-8")
    assert not editor.import_file(str(bad))
    assert editor.message.text().startswith("bad.toml，第 ")
    assert "assessment.grades" in editor.message.text() and "50、80、60" in editor.message.text()
    assert editor.fields[("", "excellent")].value() == 95  # the form kept what it had


def test_the_dashboard_quotes_the_period_figures(page: AssessmentPage, qtbot,
                                                 tmp_path: Path) -> None:
    board = page.dashboard
    assert board.card_value("chiefs") == "5"
    assert board.card_value("patrols") == "93.1%"
    assert board.card_detail("patrols") == "应巡 29 次，计入 27 次"
    assert (board.card_value("found"), board.card_value("closed")) == ("3", "1")
    assert board.card_value("overdue") == "1"  # P1; P4 is a supervision finding
    assert board.card_value("complaints") == "1"
    assert "上期 0" in board.card_detail("complaints")
    assert board.chart_figure is not None
    bars = [round(p.get_height()) for p in board.chart_figure.axes[0].patches]
    assert bars == [2, 2, 1, 0]  # 优秀 VB VC, 良好 VA TC, 合格 DC
    assert "优秀：2 (40.0%)" in board.grades.text()
    # another database: nothing of this one stays on screen
    page.ctx.open(tmp_path / "other.db", create=True)
    assert page.model.rowCount() == 0 and board.card_value("patrols") == "-"
    assert board.chart_figure is None and not page.btn_freeze.isEnabled()


def test_default_period_is_the_last_finished_quarter() -> None:
    from datetime import date

    assert default_period(date(2026, 5, 2)) == "2026Q1"
    assert default_period(date(2026, 2, 2)) == "2025Q4"


def test_a_chief_sees_their_own_scorecard_and_what_is_due(page: AssessmentPage,
                                                          qtbot) -> None:
    from datetime import date

    from riverchief.security import Actor

    store = page.ctx.store
    assert store is not None
    tc = store.conn.execute("SELECT id FROM chief WHERE code = 'TC'").fetchone()[0]
    page.today = date(2026, 3, 20)
    panel = page.chief_panel
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        page.ctx.actor = Actor("u9", "tc", "李镇长", "chief", chief_id=tc)
        page.ctx.actor_changed.emit()
    assert page.tabs.currentWidget() is panel and not panel.isHidden()
    assert page.btn_freeze.isHidden()
    text = panel.text.text()
    # so far: patrol 34 (the March patrol invalid), reporting 8, handling 15, water 6.67,
    # supervision 20, outfalls 5 = 88.67; March still needs a valid patrol
    assert text == ("2026Q1 截至 2026-03-20：88.67 分，良好\n"
                    "还需巡河：2026-03 (2026-03-01–2026-03-31)")
    due = panel.due.topLevelItem(0)
    assert due.text(0) == "尚需巡河（1）：每缺一次扣 2 分"  # said once, not in every row
    assert (due.child(0).text(0), due.child(0).text(2)) == ("2026-03", "剩 11 天")
    assert panel.scorecard.findChild(object, "bar_patrol").value() == 3400
    page.ctx.actor = None
    page.ctx.actor_changed.emit()
    assert page.tabs.indexOf(panel) == -1 and not page.btn_freeze.isHidden()


def test_a_chief_sees_a_problem_nearing_its_deadline_and_opens_it(page: AssessmentPage,
                                                                  qtbot) -> None:
    from datetime import date

    from riverchief.security import Actor

    store = page.ctx.store
    assert store is not None
    vc = store.conn.execute("SELECT id FROM chief WHERE code = 'VC'").fetchone()[0]
    page.today = date(2026, 3, 20)
    panel = page.chief_panel
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        page.ctx.actor = Actor("u8", "vc", "陈丙", "chief", chief_id=vc)
        page.ctx.actor_changed.emit()
    groups = {panel.due.topLevelItem(i).text(0): panel.due.topLevelItem(i)
              for i in range(panel.due.topLevelItemCount())}
    problems = groups["临近整改期限的问题（1）"]
    item = problems.child(0)
    assert (item.text(0), item.text(1), item.text(2)) == ("问题 P1", "2026-03-21", "剩 1 天")
    panel.due.itemActivated.emit(item, 0)
    dialog = page.record_dialog
    assert dialog is not None and dialog.table == "problem" and dialog.isVisible()
    assert "编号：P1" in dialog.text.toPlainText()
    dialog.close()


def test_a_failing_section_opens_with_its_samples(page: AssessmentPage, qtbot) -> None:
    row = next(r for r, c in enumerate(page.model.cards) if c.chief.code == "TC")
    page.open_card(row)
    card = page.scorecard
    sections = [i for i in card.record_items() if i.data(0, card.RECORD_ROLE)[0] == "section"]
    assert sections  # February missed the target
    card.tree.itemActivated.emit(sections[0], 0)
    dialog = page.record_dialog
    assert dialog is not None and dialog.table == "section"
    text = dialog.text.toPlainText()
    assert "本考核期该断面的采样：" in text
    samples = text.split("本考核期该断面的采样：")[1]
    assert [ln.split("  ")[1] for ln in samples.splitlines() if ln.startswith("  2026-")] == [
        "2026-01-15 09:00", "2026-02-15 09:00", "2026-03-15 09:00"]
    # above them, each month's class against the target
    assert "2026-02：水质类别" in text.split("本考核期该断面的采样：")[0]
    assert dialog.open_full.isHidden()  # a section is no patrol to open
    dialog.close()


def test_putting_edited_rules_in_force_is_for_administrators(page: AssessmentPage, qtbot,
                                                             tmp_path: Path) -> None:
    from riverchief.rules import RULES_SETTING
    from riverchief.security import Actor

    from ui.security.session import set_actor

    store = page.ctx.store
    assert store is not None
    editor = page.open_editor()
    qtbot.addWidget(editor)
    editor.fields[("", "good")].setValue(85)
    set_actor(page.ctx, Actor("u1", "eva", "评估员", "evaluator", area_ids=frozenset()))
    assert not editor.put_in_force(str(tmp_path / "eva.toml"))
    assert editor.message.text() and not (tmp_path / "eva.toml").exists()
    assert store.setting(RULES_SETTING) is None
    set_actor(page.ctx, Actor("u0", "admin", "管理员", "admin"))
    out = tmp_path / "in-force.toml"
    assert editor.put_in_force(str(out))
    assert store.setting(RULES_SETTING) == str(out.resolve())
    assert "good = 85" in out.read_text(encoding="utf-8")
    assert page.rules().assessment.bands["good"] == 85
    qtbot.waitUntil(lambda: page.result is not None and page.btn_compute.isEnabled(),
                    timeout=WAIT_MS)


def test_granting_bonus_points_needs_a_reason(page: AssessmentPage, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from riverchief.security import Actor

    from ui.security.session import set_actor

    store = page.ctx.store
    assert store is not None
    areas = frozenset(r[0] for r in store.conn.execute("SELECT id FROM area"))
    set_actor(page.ctx, Actor("u1", "eva", "评估员", "evaluator", area_ids=areas))
    row = next(r for r, c in enumerate(page.model.cards) if c.chief.code == "DC")
    page.open_card(row)
    card = page.scorecard
    assert not card.btn_bonus.isHidden()
    before = page.model.cards[row].total
    qtbot.mouseClick(card.btn_bonus, Qt.MouseButton.LeftButton)
    dialog = card.bonus_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.points.setValue(2)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "理由" in dialog.error.text()
    assert store.conn.execute("SELECT count(*) FROM assessment_bonus").fetchone()[0] == 0
    dialog.reason.setPlainText("区级河湖长制工作表彰")
    page.result = None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: page.result is not None and page.stack.currentIndex() == 1
                    and page.scorecard.card.chief.code == "DC", timeout=WAIT_MS)
    assert store.conn.execute("SELECT points, reason FROM assessment_bonus").fetchone() == (
        "2.00", "区级河湖长制工作表彰")
    bar = card.findChild(object, "bar_bonus")
    assert bar.value() == 200 and page.scorecard.card.total > before
    # the next grant says what is counted already, and the cap
    qtbot.mouseClick(card.btn_bonus, Qt.MouseButton.LeftButton)
    assert card.bonus_dialog.head.text().endswith("本期已计加分 2.00 分，上限 3.00 分。")
    card.bonus_dialog.reject()


def test_the_rule_editor_edits_the_period_and_the_consequences(page: AssessmentPage, qtbot,
                                                               tmp_path: Path) -> None:
    from riverchief.rules import load_rules

    editor = page.open_editor()
    qtbot.addWidget(editor)
    assert editor.grade_boxes[("praise_grades", "excellent")].isChecked()
    assert not editor.grade_boxes[("praise_grades", "good")].isChecked()
    editor.period.setCurrentIndex(editor.period.findData("month"))
    editor.grade_boxes[("praise_grades", "good")].setChecked(True)
    editor.running.setValue(3)
    editor.criticise.setChecked(False)
    editor.fields[("patrol", "per_missed")].setValue(2.5)
    out = editor.export_file(str(tmp_path / "edited.toml"))
    assert out is not None
    text = out.read_text(encoding="utf-8")
    assert 'period = "month"' in text and "per_missed = 2.5" in text
    assert 'praise_grades = ["excellent", "good"]' in text
    assert "interview_running_periods = 3" in text and "criticise_overdue_findings = false" in text
    rules = load_rules(out)
    a = rules.assessment
    assert a.period == "month" and a.consequences.praise_grades == ("excellent", "good")
    assert (a.consequences.interview_running_periods, a.consequences.criticise_overdue_findings
            ) == (3, False)
    assert rules.digest != page.rules().digest
    qtbot.mouseClick(editor.btn_reset, Qt.MouseButton.LeftButton)  # undo: the rules as loaded
    assert editor.period.currentData() == "quarter" and editor.running.value() == 2
    assert editor.fields[("patrol", "per_missed")].value() == 2


def test_a_big_rankings_scorecard_is_worked_out_in_the_background(
        page: AssessmentPage, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.assessment.pages as pages

    monkeypatch.setattr(pages, "INLINE_CARD_CHIEFS", 0)  # as for a province's ranking
    row = next(r for r, c in enumerate(page.model.cards) if c.chief.code == "TC")
    summary = page.summary.text()
    job = page.open_card(row)
    assert job is not None and page.stack.currentIndex() == 0
    assert page.summary.text() == "正在计算李镇长的考核得分…"
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=WAIT_MS)
    card = page.scorecard.card
    assert card.chief.code == "TC" and (card.rank_overall, card.rank) == (4, 1)
    assert card.total == page.model.cards[row].total
    assert page.summary.text() == summary  # the ranking's summary is back
    assert page.scorecard.findChild(object, "bar_patrol").value() == 3200


def test_the_headline_names_a_few_weeks_and_the_list_all_of_them(page: AssessmentPage) -> None:
    from datetime import date, timedelta
    from types import SimpleNamespace

    from riverchief.periods import parse_period

    def week(n: int) -> SimpleNamespace:
        start = date(2026, 11, 23) + timedelta(weeks=n - 48)
        return SimpleNamespace(label=f"2026-W{n}", start=start, end=start + timedelta(days=6))

    period = parse_period("2026Q4")
    view = SimpleNamespace(
        card=None, period=period, so_far=SimpleNamespace(end=date(2026, 11, 28)),
        units_missed=[week(n) for n in (40, 45, 47)], units_due=[week(n) for n in range(48, 54)],
        units_counted=[], problems_due=[])
    panel = page.chief_panel
    panel.show_view(view)
    lines = panel.text.text().split("\n")
    assert lines[1:] == ["已缺巡：2026-W40、2026-W45、2026-W47",
                         "还需巡河：2026-W48、2026-W49、2026-W50 等（另有 3 个）"]
    due = panel.due.topLevelItem(0)
    assert due.childCount() == 6 and due.child(5).text(0) == "2026-W53"


def test_compute_reads_the_rules_in_its_job_not_in_the_window(qtbot, ctx: AppContext,
                                                              tmp_path: Path,
                                                              monkeypatch) -> None:
    """Reading and checking the rule file paused the window at every first press; the
    job reads the rules in force, and Freeze then scores with the same ones."""
    import riverchief.rules as rules_module

    widget = open_page(qtbot, ctx, tmp_path)
    read_here: list[str] = []
    real = rules_module.rules_in_force
    monkeypatch.setattr(rules_module, "rules_in_force",
                        lambda store: read_here.append("read") or real(store))
    compute(qtbot, widget)
    assert read_here == []
    assert widget.result.rules.digest == real(ctx.store).digest
    assert widget._scope[3] == (widget.result.rules.text, widget.result.rules.source)


def test_exporting_rules_to_a_path_windows_cannot_write_says_so(page: AssessmentPage,
                                                                tmp_path: Path, qtbot,
                                                                monkeypatch) -> None:
    """Windows without long paths: a file of 260 characters or more is refused first, with
    the file named, and nothing is written (not even the .part)."""
    from riverchief import files

    monkeypatch.setattr(files, "on_windows", lambda: True)
    monkeypatch.setattr(files, "long_paths_enabled", lambda: False)
    editor = page.open_editor()
    qtbot.addWidget(editor)
    folder = tmp_path / ("规则" + "r" * 100) / ("d" * 120)
    folder.mkdir(parents=True)  # Linux writes there: only the check refuses it
    out = folder / "rules.toml"
    assert len(str(out)) >= 260
    assert editor.export_file(str(out)) is None
    assert "rules.toml" in editor.message.text()
    assert list(folder.iterdir()) == []
