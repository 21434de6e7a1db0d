"""The river-chief office's day walked through the pages' widgets: what an action does to
a problem that the ledger's filters then no longer list."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "problems"))

from ledger_fixtures import PNG, build_actors, build_registry  # noqa: E402

from riverchief.problems import ledger  # noqa: E402

from ui.ledgers.problems_page import ProblemsPage  # noqa: E402
from ui.shell.context import AppContext  # noqa: E402


def test_an_assigned_problem_stays_in_view_when_the_filter_drops_it(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    pid = ledger.create_problem(ctx.store, actors["chief"], source="patrol", patrol_id="p1",
                                category="bank.household", description="河岸堆放生活垃圾",
                                segment_id=ids["s1"], photos=[(PNG, "现场.png")])
    ctx.actor = actors["evaluator"]
    ctx.actor_changed.emit()
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.focus_on("state:registered")  # as the home page's line opens it
    assert page.model.rowCount() == 1 and page.select(pid)

    qtbot.mouseClick(page.detail.action_buttons["assign"], Qt.MouseButton.LeftButton)
    page.dialog.unit.setCurrentIndex(page.dialog.unit.findData(ids["u1"]))
    page.dialog.requirement.setPlainText("7日内清理完毕")
    page.dialog.accept()
    assert page.dialog.error.isHidden(), page.dialog.error.text()

    assert ledger.get_problem(ctx.store, actors["admin"], pid)["state"] == "assigned"
    assert page.model.rowCount() == 0  # the filter still shows the registered ones
    # the problem just assigned is still shown, and the page says where it went
    assert page.detail.problem is not None and page.detail.problem["id"] == pid
    assert "交办" in page.detail.title.text()
    assert page.detail.timeline.count() == 2
    assert not page.status.isHidden()
    assert page.detail.problem["code"] in page.status.text()

    # showing another problem takes the note away (it was about the one before)
    other = ledger.create_problem(ctx.store, actors["chief"], source="patrol", patrol_id="p2",
                                  category="bank.household", description="桥下堆放垃圾",
                                  segment_id=ids["s1"], photos=[(PNG, "桥下.png")])
    page.reload()
    assert page.select(other)
    assert page.status.isHidden()


def test_compared_runs_rows_are_as_tall_as_their_reasons(qtbot: Any) -> None:
    """The comparison is filled while its page is still hidden behind the run list: the
    rows are measured at the width the reasons then get, not the hidden page's."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QLabel, QStackedWidget

    from ui.assessment.runs import CompareView

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QLabel("runs"))
    view = CompareView()
    stack.addWidget(view)
    stack.resize(1200, 700)
    stack.show()
    reasons = [f"取消：巡河履职 -2.0：要求每季度巡河 1 次：本期应巡 1 次；计入 0 次，缺 1 次 {n}"
               for n in range(4)]
    change = SimpleNamespace(chief_name="曹霞强", chief_code="410102-C0001",
                             total_before=73.78, total_after=98.0, grade_before="pass",
                             grade_after="excellent", rank_before=137, rank_after=9,
                             reasons=reasons)
    run = SimpleNamespace(computed_at="2026-11-29T03:23:52", period=SimpleNamespace(
        label="2026Q3"))
    view.show_comparison(run, run, [], [change, change])
    stack.setCurrentWidget(view)
    qtbot.waitExposed(view)
    qtbot.wait(50)
    table = view.table
    # one line per reason (they fit the wide column), not the height of a narrow column
    assert table.rowHeight(0) <= table.sizeHintForRow(0) + 4
    line = table.fontMetrics().lineSpacing()
    assert table.rowHeight(0) < (len(reasons) + 2) * line


def test_the_report_picker_shows_whole_names_in_english(qtbot: Any, ctx: AppContext) -> None:
    """'Quarterly assessment report (PDF)' was cut off in the report picker in English."""
    from ui.reports.page import ReportsPage
    from ui.shell.language import apply_language

    apply_language("en")
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    for combo in (page.kind, page.appendix):
        arrow_and_frame = 28
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                     for i in range(combo.count()))
        assert combo.width() >= widest + arrow_and_frame, (combo.objectName(), widest)


def test_the_ranking_shows_whole_level_names_in_english(qtbot: Any, ctx: AppContext) -> None:
    """'township/street' was cut to 'township/…' in the ranking's level column."""
    from ui.assessment.common import LEVELS, level_text
    from ui.assessment.pages import AssessmentPage, RankingModel
    from ui.shell.language import apply_language

    apply_language("en")
    page = AssessmentPage(ctx)
    qtbot.addWidget(page)
    width = page.view.columnWidth(RankingModel.LEVEL)
    metrics = page.view.fontMetrics()
    for level in LEVELS:
        assert width >= metrics.horizontalAdvance(level_text(level)) + 8, level


def test_ledger_columns_hold_their_names_in_english(qtbot: Any, ctx: AppContext,
                                                    tmp_path: Path) -> None:
    """The ledgers' state, source, type, remediation and stage columns show whole names in
    English ('monitoring …', 'urban sewage …' were elided); any cell's tooltip is its text."""
    from riverchief.outfalls import ledger as of
    from riverchief.problems.model import SOURCES, STATES, source_name, state_name

    from ui.ledgers.outfalls_page import OutfallsPage
    from ui.shell.language import apply_language

    ctx.open(tmp_path / "ledger.db", create=True)
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    ledger.create_problem(ctx.store, actors["chief"], source="patrol", patrol_id="p1",
                          category="bank.household", description="河岸堆放生活垃圾",
                          segment_id=ids["s1"], photos=[(PNG, "现场.png")])
    ctx.actor = actors["evaluator"]
    apply_language("en")
    problems = ProblemsPage(ctx)
    outfalls = OutfallsPage(ctx)
    for page in (problems, outfalls):
        qtbot.addWidget(page)
    metrics = problems.table.fontMetrics()
    for table, column, names in (
            (problems.table, 1, [state_name(s) for s in STATES]),
            (problems.table, 2, [source_name(s) for s in SOURCES]),
            (outfalls.table, 2, [of.type_name(t) for t in of.TYPES]),
            (outfalls.table, 3, [of.remediation_name(r) for r in of.REMEDIATIONS]),
            (outfalls.table, 5, [of.stage_name(s) for s in of.STAGES])):
        for name in names:
            assert table.columnWidth(column) >= metrics.horizontalAdvance(name) + 8, name
    cell = problems.model.index(0, 3)
    assert problems.model.data(cell, Qt.ItemDataRole.ToolTipRole) == problems.model.data(cell)


def test_the_problems_action_buttons_are_whole(qtbot: Any, ctx: AppContext,
                                               tmp_path: Path) -> None:
    """An assigned problem has five buttons (remind, extend, link, two printouts): in the
    detail pane beside the ledger none is cut ('打印整改…' ran off the pane)."""
    from ui.shell.language import apply_language

    ctx.open(tmp_path / "ledger.db", create=True)
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    pid = ledger.create_problem(ctx.store, actors["chief"], source="patrol", patrol_id="p1",
                                category="bank.household", description="河岸堆放生活垃圾",
                                segment_id=ids["s1"], photos=[(PNG, "现场.png")])
    ledger.act(ctx.store, actors["evaluator"], pid, "assign", unit_id=ids["u1"],
               deadline="2026-12-31", requirement="7日内清理完毕")
    ctx.actor = actors["evaluator"]
    for language in ("zh_CN", "en"):
        apply_language(language)
        page = ProblemsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1000, 700)  # the section's room in a 1280 wide window
        page.show()
        qtbot.waitExposed(page)
        assert page.select(pid)
        qtbot.wait(20)
        buttons = [page.detail.buttons.itemAt(i).widget()
                   for i in range(page.detail.buttons.count())]
        assert len(buttons) >= 5
        viewport = page.detail.parentWidget()
        for b in buttons:
            assert b.width() >= b.sizeHint().width(), (language, b.text())
            right = b.mapTo(viewport, b.rect().topRight()).x()
            assert right <= viewport.width(), (language, b.text())


def test_the_rule_preview_reads_from_the_top(qtbot: Any, ctx: AppContext,
                                             tmp_path: Path) -> None:
    """The rule editor's preview starts at the top of its box (it floated in the middle)."""
    from ui.assessment.pages import AssessmentPage

    ctx.open(tmp_path / "rules.db", create=True)
    page = AssessmentPage(ctx)
    qtbot.addWidget(page)
    editor = page.open_editor()
    qtbot.addWidget(editor)
    editor.preview_label.setText("2026Q3 各等次人数：优秀 28 → 28")
    assert editor.preview_label.alignment() & Qt.AlignmentFlag.AlignTop
    editor.close()


def test_the_home_line_of_overdue_batches_opens_the_first_of_them(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """'N supervision batches with overdue problems' opens the batches with the first
    overdue one shown, its overdue problems listed (it opened on 'choose a batch')."""
    from riverchief.security import Actor
    from tests.unit.assessment.district import make_district

    from ui.ledgers.complaints_page import ComplaintsPage

    ctx.open(tmp_path / "home.db", create=True)
    district = make_district(ctx.store)
    ctx.actor = Actor("u1", "eva", "区河长办", "evaluator",
                      area_ids=frozenset(district.ids[a] for a in ("D", "T1", "V1", "V2")))
    page = ComplaintsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.focus_on("batches")
    assert page.tabs.currentIndex() == 1
    assert page.batch is not None and page.batch["code"] == "B1"
    assert page.batch_overdue.count() >= 1
