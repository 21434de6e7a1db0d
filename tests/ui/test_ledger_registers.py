"""The registers of public complaints and supervision batches, driven through their widgets:
an evaluator registers, corrects and answers a complaint, registers a batch and follows its
completion; a unit's user only reads what concerns it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "problems"))

from ledger_fixtures import PNG, build_actors, build_registry, reach  # noqa: E402

from riverchief.problems import complaints as cm  # noqa: E402
from riverchief.problems import ledger  # noqa: E402

from ui.ledgers.complaints_page import ComplaintsPage  # noqa: E402
from ui.shell.context import AppContext  # noqa: E402


def _sign_in(ctx: AppContext, actor: Any) -> None:
    ctx.actor = actor
    ctx.actor_changed.emit()


def _click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _tick(qtbot: Any, box: Any) -> None:
    """Click a check box on its indicator (its middle may be past the text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _ok(qtbot: Any, dialog: Any) -> None:
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


@pytest.fixture
def world(ctx: AppContext, tmp_path: Path) -> tuple[dict[str, str], dict[str, Any]]:
    ctx.open(tmp_path / "registers.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    return ids, build_actors(ids)


def test_complaint_registered_corrected_and_answered(qtbot: Any, ctx: AppContext,
                                                    world: Any) -> None:
    ids, actors = world
    store = ctx.store
    _sign_in(ctx, actors["evaluator"])
    page = ComplaintsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.complaint_model.rowCount() == 0 and page.new_complaint.isVisible()
    _click(qtbot, page.new_complaint)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.via.setCurrentIndex(dialog.via.findData("letter"))
    dialog.received.setDate(QDate(2026, 7, 2))
    dialog.area.setCurrentIndex(dialog.area.findData(ids["t1"]))
    dialog.content.setPlainText("柳泉段河边夜间有人倾倒建筑垃圾")
    # neither a name nor anonymous: refused in the dialog, which stays open, nothing saved
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "投诉人" in dialog.error.text()
    assert cm.count_complaints(store, actors["admin"]) == 0
    _tick(qtbot, dialog.anonymous)
    assert not dialog.complainant.isEnabled()
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    [row] = cm.list_complaints(store, actors["admin"])
    assert (row["received_via"], row["received_on"], row["anonymous"], row["area_id"]) == (
        "letter", "2026-07-02", 1, ids["t1"])
    assert page.complaint is not None and page.complaint["id"] == row["id"]
    assert page.complaint_model.rowCount() == 1

    # correct it: the complainant gave a name after all
    _click(qtbot, page.edit_complaint)
    dialog = page.dialog
    assert dialog is not None and dialog.content.toPlainText() == row["content"]
    _tick(qtbot, dialog.anonymous)
    dialog.complainant.setText("张先生")
    dialog.contact.setText("13800000000")
    _ok(qtbot, dialog)
    row = cm.get_complaint(store, actors["admin"], row["id"])
    assert (row["anonymous"], row["complainant"], row["code"]) == (0, "张先生", "TS2026-0001")

    # a reply dated before the complaint is refused in place; then the real one
    _click(qtbot, page.reply_button)
    dialog = page.dialog
    assert dialog is not None
    dialog.reply.setPlainText("已责令属地镇政府清理并加强巡查")
    dialog.replied.setDate(QDate(2026, 7, 1))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "答复日期" in dialog.error.text()
    dialog.replied.setDate(QDate(2026, 7, 6))
    _ok(qtbot, dialog)
    assert cm.get_complaint(store, actors["admin"], row["id"])["replied_on"] == "2026-07-06"
    texts = [page.complaint_form.itemAt(i).widget().text()
             for i in range(page.complaint_form.count()) if page.complaint_form.itemAt(i).widget()]
    assert "已责令属地镇政府清理并加强巡查" in texts
    page.unanswered.setChecked(True)
    assert page.complaint_model.rowCount() == 0
    page.unanswered.setChecked(False)
    assert page.select_complaint(row["id"])

    # a problem registered from it, through its detail, shows there
    _click(qtbot, page.complaint_problem_button)
    dialog = page.problem_dialog
    assert dialog is not None
    assert (dialog.source.currentData(), dialog.link.currentData()) == ("complaint", row["id"])
    dialog.category.setCurrentIndex(dialog.category.findData("bank.construction"))
    dialog.segment.setText("QSH-01")
    dialog.description.setPlainText("倾倒建筑垃圾")
    _ok(qtbot, dialog)
    [pid] = [r["id"] for r in ledger.list_problems(store, actors["admin"],
                                                    complaint_id=row["id"])]
    assert page.complaint_problems.count() == 1
    assert page.complaint_problems.item(0).data(Qt.ItemDataRole.UserRole) == pid

    # a unit sees neither the complaint nor the buttons until a problem of it is theirs
    _sign_in(ctx, actors["unit"])
    assert page.complaint_model.rowCount() == 0 and not page.new_complaint.isVisible()
    ledger.assign(store, actors["evaluator"], pid, unit_id=ids["u1"], deadline="2099-09-30",
                  requirement="清理")
    ctx.notify({"problem"})
    assert page.complaint_model.rowCount() == 1
    assert page.select_complaint(row["id"])
    assert not page.edit_complaint.isVisible() and not page.reply_button.isVisible()


def test_batch_completion_and_overdue(qtbot: Any, ctx: AppContext, world: Any) -> None:
    ids, actors = world
    store = ctx.store
    _sign_in(ctx, actors["evaluator"])
    page = ComplaintsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    _click(qtbot, page.new_batch)
    dialog = page.dialog
    assert dialog is not None
    dialog.level.setCurrentIndex(dialog.level.findData("central"))
    dialog.name.setText("第二轮中央生态环境保护督察反馈问题")
    dialog.issued.setDate(QDate(2026, 6, 20))
    dialog.due.setDate(QDate(2026, 6, 1))
    dialog.area.setCurrentIndex(dialog.area.findData(ids["d"]))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "要求完成日期" in dialog.error.text()
    assert cm.list_batches(store, actors["admin"]) == []
    dialog.due.setDate(QDate(2099, 12, 31))
    _ok(qtbot, dialog)
    [batch] = cm.list_batches(store, actors["admin"])
    assert (batch["level"], batch["issued_on"], batch["due_on"]) == (
        "central", "2026-06-20", "2099-12-31")
    assert page.batch is not None and page.batch["id"] == batch["id"]
    _click(qtbot, page.batch_problem_button)
    assert page.problem_dialog is not None
    assert (page.problem_dialog.source.currentData(),
            page.problem_dialog.link.currentData()) == ("supervision", batch["id"])
    page.problem_dialog.reject()
    assert (page.completion.value(), page.completion.format()) == (0, "已销号 0/0（0%）")

    ids_ = [reach(store, ids, actors, state, source="supervision", batch_id=batch["id"],
                  patrol_id=None) for state in ("closed", "closed", "rectifying", "awaiting")]
    ctx.notify({"problem"})
    assert (page.completion.value(), page.completion.maximum()) == (2, 4)
    assert page.completion.format() == "已销号 2/4（50%）"
    # only the rectifying problem is past its own deadline (2026-07-20); the batch is not due
    assert page.batch_overdue.count() == 1
    assert page.batch_overdue.item(0).data(Qt.ItemDataRole.UserRole) == ids_[2]
    assert page.batch_problems.count() == 4
    index = page.batch_model.index(0, 8)
    assert page.batch_model.data(index) == "1"
    assert page.batch_model.data(index, Qt.ItemDataRole.ForegroundRole) is not None

    # correct the completion date: now every open problem of the batch is late
    _click(qtbot, page.edit_batch)
    dialog = page.dialog
    assert dialog is not None and dialog.name.text() == batch["name"]
    dialog.due.setDate(QDate(2026, 8, 31))
    _ok(qtbot, dialog)
    assert cm.get_batch(store, actors["admin"], batch["id"])["due_on"] == "2026-08-31"
    assert page.batch_overdue.count() == 2

    # an evaluator of another township sees no batch of the district
    _sign_in(ctx, actors["other_evaluator"])
    assert page.batch_model.rowCount() == 0 and page.batch is None


def test_outfall_from_survey_to_closing_through_the_page(qtbot: Any, ctx: AppContext,
                                                         world: Any, tmp_path: Path) -> None:
    from riverchief.outfalls import ledger as of

    from ui.ledgers.outfalls_page import OutfallsPage

    ids, actors = world
    store = ctx.store
    _sign_in(ctx, actors["evaluator"])
    page = OutfallsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _click(qtbot, page.register_button)
    dialog = page.dialog
    assert dialog is not None
    dialog.code.setText("PWK-0101")
    dialog.name.setText("柳泉镇造纸厂排口")
    dialog.type.setCurrentIndex(dialog.type.findData("industrial"))
    dialog.segment.setText("QSH-99")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "QSH-99" in dialog.error.text()
    dialog.segment.setText("QSH-01")
    dialog.lat.setText("北纬34度")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "纬度" in dialog.error.text()
    dialog.lat.setText("34.705")
    dialog.lon.setText("113.61")
    dialog.entity.setText("柳泉造纸有限公司")
    survey = tmp_path / "排查.png"
    survey.write_bytes(PNG + b"survey")
    dialog.add_photos([survey])
    _ok(qtbot, dialog)
    [row] = of.list_outfalls(store, actors["admin"])
    assert (row["code"], row["segment_id"], row["area_id"], row["lat"]) == (
        "PWK-0101", ids["s1"], ids["t1"], 34.705)
    oid = row["id"]
    assert page.outfall is not None and page.outfall["id"] == oid
    assert page.cards["found"].value.text() == "1"
    assert page.advance_button.isHidden() and "监测" in page.blocker.text()
    assert len(page.before_labels) == 1 and not page.before_labels[0].pixmap().isNull()

    # a monitoring result: a value that is not a number is refused in place
    _click(qtbot, page.monitoring_button)
    dialog = page.dialog
    assert dialog is not None
    dialog.sampled.setDate(QDate(2026, 3, 5))
    dialog.parameter.setCurrentText("COD")
    dialog.value.setText("一百八")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.value.setText("180")
    dialog.limit.setText("100")
    _ok(qtbot, dialog)
    assert page.monitoring_table.rowCount() == 1
    assert page.monitoring_table.item(0, 2).text() == "180 mg/L"
    assert page.monitoring_table.item(0, 2).foreground().color().name() == "#c0392b"

    # 监测 then 溯源 (what it was traced to)
    _click(qtbot, page.advance_button)
    _ok(qtbot, page.dialog)
    _click(qtbot, page.advance_button)
    dialog = page.dialog
    assert dialog is not None
    _ok(qtbot, dialog)
    assert dialog.isVisible()  # traced to nothing
    dialog.source_traced.setText("造纸厂生产废水经雨水管排出")
    _ok(qtbot, dialog)
    assert of.get_outfall(store, actors["admin"], oid)["stage"] == "traced"
    assert "一口一策" in page.blocker.text()  # no plan yet: cannot be remediated

    # the plan: a milestone with a bad date is refused, naming the milestone
    _click(qtbot, page.plan_button)
    dialog = page.dialog
    assert dialog is not None
    dialog.remediation.setCurrentIndex(dialog.remediation.findData("regulate"))
    dialog.measures.setPlainText("雨污分流，生产废水接入园区污水处理厂")
    dialog.deadline.setDate(QDate(2026, 10, 31))
    _click(qtbot, dialog.findChild(type(page.plan_button), "addMilestone"))
    _click(qtbot, dialog.findChild(type(page.plan_button), "addMilestone"))
    dialog.milestones.item(0, 0).setText("完成管网改造")
    dialog.milestones.item(0, 1).setText("2026-06-30")
    dialog.milestones.item(1, 0).setText("设置排口标识牌")
    dialog.milestones.item(1, 1).setText("7月底")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "2" in dialog.error.text()
    assert of.milestones(store, oid) == []
    dialog.milestones.item(1, 1).setText("2026-07-31")
    _ok(qtbot, dialog)
    assert [m["title"] for m in of.milestones(store, oid)] == ["完成管网改造", "设置排口标识牌"]
    assert page.milestone_table.rowCount() == 2

    # 整治 needs evidence
    _click(qtbot, page.advance_button)
    dialog = page.dialog
    assert dialog is not None
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "照片" in dialog.error.text()
    photo = tmp_path / "整治后.png"
    photo.write_bytes(PNG + b"outfall")
    dialog.add_files([photo])
    _tick(qtbot, dialog.standardised)
    _ok(qtbot, dialog)
    row = of.get_outfall(store, actors["admin"], oid)
    assert (row["stage"], row["remediated_by"], row["standardised"]) == ("remediated", "hzb", 1)
    assert len(page.evidence_labels) == 1

    # who reported the remediation cannot close it
    assert page.advance_button.isHidden() and "另一" in page.blocker.text()
    _sign_in(ctx, actors["evaluator2"])
    assert page.select(oid)
    assert page.advance_button.isHidden()  # milestones open
    for n in range(2):
        page.milestone_table.setCurrentCell(n, 0)
        _click(qtbot, page.done_button)
        dialog = page.dialog
        assert dialog is not None
        dialog.done_on.setDate(QDate(2026, 7, 20 + n))
        _ok(qtbot, dialog)
    assert [m["done_on"] for m in of.milestones(store, oid)] == ["2026-07-20", "2026-07-21"]
    assert page.done_button.isHidden()
    assert not page.advance_button.isHidden()
    _click(qtbot, page.advance_button)
    _ok(qtbot, page.dialog)
    row = of.get_outfall(store, actors["admin"], oid)
    assert (row["stage"], row["verifier"]) == ("closed", "hzb2")
    assert page.cards["closed"].value.text() == "1"
    assert page.campaign.progress is not None and page.campaign.progress.share_closed == 1.0
    assert page.plan_button.isHidden() and page.edit_button.isHidden()
    kinds = [e["kind"] for e in of.timeline(store, oid)]
    assert kinds == ["found", "monitoring", "stage", "stage", "plan", "stage", "milestone",
                     "milestone", "stage"]
    assert page.timeline.count() == len(kinds)

    # a unit's user sees no outfall and cannot register one
    _sign_in(ctx, actors["unit"])
    assert page.model.rowCount() == 0 and page.register_button.isHidden()


def test_outfall_corrected_through_its_dialog(qtbot: Any, ctx: AppContext, world: Any) -> None:
    from riverchief.outfalls import ledger as of

    from ui.ledgers.outfalls_page import OutfallsPage

    ids, actors = world
    store = ctx.store
    oid = of.add_outfall(store, actors["evaluator"], code="PWK-7", name="排口七", type="other",
                         segment_id=ids["s1"])
    of.add_outfall(store, actors["evaluator"], code="PWK-8", name="排口八", type="other",
                   segment_id=ids["s2"])
    _sign_in(ctx, actors["evaluator"])
    page = OutfallsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.segment.setText("QSH-02")
    qtbot.keyClick(page.segment, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    page.segment.setText("")
    page.area.setCurrentIndex(page.area.findData(ids["t1"]))
    assert page.model.rowCount() == 1
    assert page.select(oid)
    _click(qtbot, page.edit_button)
    dialog = page.dialog
    assert dialog is not None and dialog.segment.text() == "QSH-01"
    dialog.code.setText("PWK-8")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "PWK-8" in dialog.error.text()
    dialog.code.setText("PWK-7")
    dialog.name.setText("柳泉段雨水排口")
    dialog.mode.setCurrentIndex(dialog.mode.findData("rainy_season"))
    _ok(qtbot, dialog)
    row = of.get_outfall(store, actors["admin"], oid)
    assert (row["name"], row["discharge_mode"]) == ("柳泉段雨水排口", "rainy_season")
    assert "柳泉段雨水排口" in page.title.text()


def test_recurring_spots_links_and_the_weeks_deadlines(qtbot: Any, ctx: AppContext,
                                                      world: Any) -> None:
    from datetime import timedelta

    from riverchief.problems.categories import category_name

    from ui.ledgers.problems_page import ProblemsPage

    ids, actors = world
    store = ctx.store
    same = [reach(store, ids, actors, state) for state in ("closed", "rectifying", "registered")]
    other = ledger.create_problem(store, actors["chief"], source="patrol", patrol_id="p2",
                                  category="surface.oil", description="油污",
                                  segment_id=ids["s1"])
    today = ledger.now(store).date()
    sunday = today + timedelta(days=6 - today.weekday())
    ledger.assign(store, actors["evaluator"], other, unit_id=ids["u2"],
                  deadline=sunday.isoformat(), requirement="清除油污")
    _sign_in(ctx, actors["evaluator"])
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.total == 4

    # 举一反三: the recurring spot, and the ledger of it
    page.views.setCurrentIndex(1)
    assert page.spots.rowCount() == 1
    assert [page.spots.item(0, c).text() for c in (0, 2, 3, 4)] == [
        category_name("bank.household"), "3", "2", "0"]
    page.spots.setCurrentCell(0, 0)
    qtbot.keyClick(page.spots, Qt.Key.Key_Return)
    assert page.views.currentIndex() == 0
    assert page.category.currentData() == "bank.household" and page.segment.text() == "QSH-01"
    assert page.model.total == 3

    # link two of them as the same kind through the detail
    assert page.select(same[2])
    assert page.detail.link_button is not None
    _click(qtbot, page.detail.link_button)
    dialog = page.link_dialog
    assert dialog is not None
    dialog.other.setText("P2026-99999")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "P2026-99999" in dialog.error.text()
    code = ledger.get_problem(store, actors["admin"], same[0])["code"]
    dialog.other.setText(code)
    dialog.note.setText("同一处反复堆放")
    _ok(qtbot, dialog)
    assert [r["id"] for r in ledger.linked(store, same[2])] == [same[0]]
    assert page.detail.linked.count() == 1 and code in page.detail.linked.item(0).text()
    assert "举一反三" in page.detail.timeline.item(page.detail.timeline.count() - 1).text()
    _click(qtbot, page.detail.link_button)
    dialog = page.link_dialog
    assert dialog is not None
    dialog.other.setText(code)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "已经关联" in dialog.error.text()
    dialog.reject()

    # the week's deadlines by unit; a problem opens in the ledger
    page.category.setCurrentIndex(0)
    page.segment.setText("")
    page.views.setCurrentIndex(2)
    assert page.due.topLevelItemCount() == 1
    top = page.due.topLevelItem(0)
    assert top.text(0).startswith("柳泉镇人民政府") and top.childCount() == 1
    child = top.child(0)
    assert child.data(0, Qt.ItemDataRole.UserRole) == other
    page.due.setCurrentItem(child)
    qtbot.keyClick(page.due, Qt.Key.Key_Return)
    assert page.views.currentIndex() == 0 and page.current_id() == other

    # the unit sees its problem but may not link problems
    _sign_in(ctx, actors["other_unit"])
    assert page.select(other) and page.detail.link_button is None


def test_overview_gathers_the_ledgers_and_opens_them(qtbot: Any, ctx: AppContext,
                                                     world: Any) -> None:
    from datetime import timedelta

    from riverchief.outfalls import ledger as of

    from ui.shell.main_window import MainWindow

    ids, actors = world
    store = ctx.store
    ev = actors["evaluator"]
    bid = cm.add_batch(store, ev, level="provincial", name="省级督察反馈问题",
                       issued_on="2026-06-20", due_on="2099-12-31", area_id=ids["d"])
    for state in ("closed", "rectifying", "rectifying"):  # one closed, two overdue
        reach(store, ids, actors, state, source="supervision", batch_id=bid, patrol_id=None)
    today = ledger.now(store).date()
    week = reach(store, ids, actors, "registered")
    ledger.assign(store, ev, week, unit_id=ids["u2"], requirement="清理",
                  deadline=(today + timedelta(days=6 - today.weekday())).isoformat())
    done = of.add_outfall(store, ev, code="PWK-1", name="排口一", type="other",
                          segment_id=ids["s1"])
    of.add_outfall(store, ev, code="PWK-2", name="排口二", type="industrial",
                   segment_id=ids["s2"])
    store.conn.execute("UPDATE outfall SET stage = 'closed', remediated_by = 'x', "
                       "verifier = 'y' WHERE id = ?", [done])
    _sign_in(ctx, ev)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("ledger_overview")
    assert page.objectName() == "ledgerOverview"
    assert page.cards["open"].value.text() == "3"  # two rectifying, one assigned this week
    assert page.cards["overdue"].value.text() == "2"
    assert page.cards["due_week"].value.text() == "1"
    assert "共 2 个排污口：已销号 50%" in page.campaign_text.text()
    assert page.campaign.progress is not None and page.campaign.progress.share("found") == 0.5
    assert page.batches.rowCount() == 1
    assert [page.batches.item(0, c).text() for c in (2, 3, 4)] == ["3", "33%", "2"]
    assert page.units.rowCount() == 1 and page.units.item(0, 0).text() == "柳泉镇人民政府"
    assert page.spots.rowCount() == 1 and page.spots.item(0, 2).text() == "4"
    _click(qtbot, page.open_outfalls)
    assert window.current_section_key() == "outfalls"
    window.show_section("ledger_overview")
    _click(qtbot, page.open_problems)
    assert window.current_section_key() == "problems"
    # each row is a door: the batch in its register, the spot as its ledger
    window.show_section("ledger_overview")
    page.batches.setCurrentCell(0, 0)
    qtbot.keyClick(page.batches, Qt.Key.Key_Return)
    registers = window.pages.currentWidget()
    assert window.current_section_key() == "complaints"
    assert registers.tabs.currentIndex() == 1 and registers.batch["id"] == bid
    window.show_section("ledger_overview")
    page.spots.setCurrentCell(0, 0)
    qtbot.keyClick(page.spots, Qt.Key.Key_Return)
    problems = window.pages.currentWidget()
    assert window.current_section_key() == "problems"
    assert problems.segment.text() == "QSH-01" and problems.model.total == 4
    # a unit sees only what is assigned to it
    _sign_in(ctx, actors["other_unit"])
    assert page.cards["open"].value.text() == "1" and page.batches.rowCount() == 0
    assert not page.campaign_box.isVisible()  # units see no outfalls


def test_problem_dialogs_keep_what_was_typed_when_refused(qtbot: Any, ctx: AppContext,
                                                         world: Any, tmp_path: Path) -> None:
    from riverchief.registry import edit
    from riverchief.security import SYSTEM

    from ui.ledgers.problems_page import ProblemsPage

    ids, actors = world
    store = ctx.store
    edit.create(store, SYSTEM, "assignment", {"chief_id": ids["c1"], "segment_id": ids["s1"],
                                              "start_date": "2020-01-01"})
    _sign_in(ctx, actors["evaluator"])
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _click(qtbot, page.register_button)
    dialog = page.register_dialog
    assert dialog is not None
    dialog.source.setCurrentIndex(dialog.source.findData("superior"))
    dialog.category.setCurrentIndex(dialog.category.findData("surface.oil"))
    dialog.segment.setText("QSH-01")
    dialog.segment.editingFinished.emit()
    assert dialog.chief.currentData() == ids["c1"]  # the chief responsible for the segment
    dialog.lon.setText("东经113度")
    dialog.description.setPlainText("河面大片油污")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "经度" in dialog.error.text()
    assert ledger.count_problems(store, actors["admin"]) == 0
    dialog.lon.setText("113.61")
    dialog.lat.setText("34.70")
    _ok(qtbot, dialog)
    [row] = ledger.list_problems(store, actors["admin"])
    assert (row["chief_id"], row["lon"], row["lat"], row["source"]) == (
        ids["c1"], 113.61, 34.70, "superior")
    assert page.current_id() == row["id"]

    # the unit reports the fix without evidence: refused in the dialog, measures kept
    ledger.assign(store, actors["evaluator"], row["id"], unit_id=ids["u1"],
                  deadline="2099-01-01", requirement="清除油污")
    ledger.accept(store, actors["unit"], row["id"])
    _sign_in(ctx, actors["unit"])
    assert page.select(row["id"])
    _click(qtbot, page.detail.action_buttons["report_fix"])
    dialog = page.dialog
    assert dialog is not None
    dialog.measures.setPlainText("已布设围油栏并清除油污")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.measures.toPlainText() == "已布设围油栏并清除油污"
    assert ledger.get_problem(store, actors["admin"], row["id"])["state"] == "rectifying"
    photo = tmp_path / "清除后.png"
    photo.write_bytes(PNG + b"oil")
    dialog.add_files([photo])
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert ledger.get_problem(store, actors["admin"], row["id"])["state"] == "awaiting"
    assert "待验收" in page.detail.title.text()


def test_exports_run_in_the_background_and_report_in_the_page(
        qtbot: Any, ctx: AppContext, world: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from riverchief.outfalls import ledger as of

    from ui.ledgers.outfalls_page import OutfallsPage
    from ui.ledgers.problems_page import ProblemsPage

    ids, actors = world
    store = ctx.store
    for state in ("registered", "rectifying", "closed"):
        reach(store, ids, actors, state)
    of.add_outfall(store, actors["evaluator"], code="PWK-1", name="排口一", type="other",
                   segment_id=ids["s1"])
    _sign_in(ctx, actors["evaluator"])
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    page.state.setCurrentIndex(page.state.findData("closed"))
    target = tmp_path / "问题台账.xlsx"
    page.export_to(target)
    qtbot.waitUntil(lambda: "已将 1 个问题导出" in page.status.text(), timeout=20_000)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][7] == "已销号"
    page.export_to(tmp_path / "问题台账.txt")  # refused: shown in red in the page
    qtbot.waitUntil(lambda: ".xlsx" in page.status.text(), timeout=20_000)
    assert "c0392b" in page.status.styleSheet()
    assert not (tmp_path / "问题台账.txt").exists()

    # the printable slip, written by its own process, reported in the page
    page.state.setCurrentIndex(page.state.findData("rectifying"))
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.detail.problem is not None
    slip = tmp_path / "交办单.pdf"
    page.print_to("slip", slip)
    qtbot.waitUntil(lambda: "已写入" in page.status.text(), timeout=30_000)
    assert slip.read_bytes().startswith(b"%PDF")

    outfalls = OutfallsPage(ctx)
    qtbot.addWidget(outfalls)
    csv_path = tmp_path / "排污口台账.csv"
    outfalls.export_to(csv_path)
    qtbot.waitUntil(lambda: "已将 1 个排污口导出" in outfalls.status.text(), timeout=20_000)
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.startswith("编号,") and "PWK-1" in text
