"""The ledger pages driven through their widgets: an evaluator assigns a problem, the unit's
user reports the fix with a photo, a second user verifies it, the 回头看 reopens it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "problems"))

from ledger_fixtures import PNG, build_actors, build_registry  # noqa: E402

from riverchief.problems import ledger  # noqa: E402

from ui.ledgers.outfalls_page import OutfallsPage  # noqa: E402
from ui.ledgers.problems_page import ProblemsPage  # noqa: E402
from ui.shell.context import AppContext  # noqa: E402


def _sign_in(ctx: AppContext, actor: Any) -> None:
    ctx.actor = actor
    ctx.actor_changed.emit()


def _buttons(page: ProblemsPage) -> set[str]:
    return set(page.detail.action_buttons)


def _do(qtbot: Any, page: ProblemsPage, key: str, fill: Any = None) -> None:
    qtbot.mouseClick(page.detail.action_buttons[key], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.key == key and dialog.isVisible()
    if fill:
        fill(dialog)
    dialog.accept()


@pytest.fixture
def world(ctx: AppContext, tmp_path: Path) -> tuple[dict[str, str], dict[str, Any], str]:
    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    pid = ledger.create_problem(ctx.store, actors["chief"], source="patrol", patrol_id="p1",
                                category="bank.household", description="河岸堆放生活垃圾",
                                segment_id=ids["s1"], photos=[(PNG, "现场.png")])
    return ids, actors, pid


def test_problem_from_assignment_to_reopening(qtbot: Any, ctx: AppContext, tmp_path: Path,
                                              world: Any) -> None:
    ids, actors, pid = world
    _sign_in(ctx, actors["evaluator"])
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1 and page.cards["open"].value.text() == "1"
    assert page.select(pid)
    assert _buttons(page) == {"assign"}
    assert len(page.detail.photo_labels["before"]) == 1

    def assign(d: Any) -> None:
        d.unit.setCurrentIndex(d.unit.findData(ids["u1"]))
        d.requirement.setPlainText("7日内清理完毕")
    _do(qtbot, page, "assign", assign)
    assert ledger.get_problem(ctx.store, actors["admin"], pid)["state"] == "assigned"
    assert "交办" in page.detail.title.text() and page.detail.timeline.count() == 2

    # the unit's user sees only its problem and the unit's actions
    _sign_in(ctx, actors["unit"])
    assert page.select(pid)
    assert _buttons(page) == {"accept", "return", "feedback"}
    _do(qtbot, page, "accept")
    assert _buttons(page) == {"report_fix", "feedback"}
    photo = tmp_path / "整改后.png"
    photo.write_bytes(PNG + b"after")

    def report(d: Any) -> None:
        d.measures.setPlainText("已清运垃圾并设置警示牌")
        d.add_files([photo])
    _do(qtbot, page, "report_fix", report)
    row = ledger.get_problem(ctx.store, actors["admin"], pid)
    assert (row["state"], row["fix_reported_by"]) == ("awaiting", "unit1")
    assert len(page.detail.photo_labels["after"]) == 1
    assert page.detail.photo_labels["after"][0].pixmap() is not None
    assert _buttons(page) == set()

    # a second user (not the one who reported the fix) verifies it
    _sign_in(ctx, actors["evaluator2"])
    assert page.select(pid)
    assert {"verify", "reject"} <= _buttons(page)
    _do(qtbot, page, "verify")
    row = ledger.get_problem(ctx.store, actors["admin"], pid)
    assert (row["state"], row["verifier"]) == ("closed", "hzb2")
    assert page.cards["closed"].value.text() == "1"

    # 回头看: the problem came back
    _sign_in(ctx, actors["evaluator"])
    assert page.select(pid)
    assert "recheck_reopen" in _buttons(page) and "recheck_confirm" not in _buttons(page)
    _do(qtbot, page, "recheck_reopen",
        lambda d: d.note.setPlainText("回头看发现垃圾再次堆放"))
    row = ledger.get_problem(ctx.store, actors["admin"], pid)
    assert (row["state"], row["recurring"], row["recheck_result"]) == ("rectifying", 1,
                                                                       "reopened")
    assert "整改中" in page.detail.title.text()
    kinds = [e.kind for e in ledger.timeline(ctx.store, pid)]
    assert kinds == ["register", "assign", "accept", "report_fix", "verify", "recheck_reopen"]
    assert page.detail.timeline.count() == len(kinds)


def test_filters_and_the_lazy_model(qtbot: Any, qtmodeltester: Any, ctx: AppContext,
                                    world: Any) -> None:
    ids, actors, pid = world
    assert ctx.store is not None
    for n in range(450):
        ledger.create_problem(ctx.store, actors["evaluator"], source="superior",
                              category="surface.oil", description=f"油污{n}",
                              segment_id=ids["s2"])
    _sign_in(ctx, actors["evaluator"])
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.total == 451 and page.model.rowCount() == 200
    qtmodeltester.check(page.model)
    assert page.select(pid)  # on the third page: fetched on demand
    page.category.setCurrentIndex(page.category.findData("bank.household"))
    assert page.model.total == 1
    page.category.setCurrentIndex(0)
    page.overdue.setChecked(True)
    assert page.model.total == 0
    # a unit sees nothing that is not assigned to it
    _sign_in(ctx, actors["other_unit"])
    page.overdue.setChecked(False)
    assert page.model.total == 0 and page.detail.action_buttons == {}


def test_outfall_page_moves_an_outfall_on(qtbot: Any, ctx: AppContext, world: Any) -> None:
    from riverchief.outfalls import ledger as of

    ids, actors, _ = world
    assert ctx.store is not None
    oid = of.add_outfall(ctx.store, actors["evaluator"], code="PWK-1", name="造纸厂排口",
                         type="industrial", segment_id=ids["s1"])
    _sign_in(ctx, actors["evaluator"])
    page = OutfallsPage(ctx)
    qtbot.addWidget(page)
    assert page.cards["found"].value.text() == "1"
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.outfall is not None and page.outfall["id"] == oid
    assert page.advance_button.isHidden() and page.blocker.text()  # needs monitoring first
    of.add_monitoring(ctx.store, actors["evaluator"], oid, sampled_on="2026-07-01",
                      parameter="COD", value=80)
    ctx.notify({"outfall"})
    assert not page.advance_button.isHidden()
    qtbot.mouseClick(page.advance_button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None
    page.dialog.accept()
    assert of.get_outfall(ctx.store, actors["admin"], oid)["stage"] == "monitored"
    assert page.cards["monitored"].value.text() == "1"


def test_register_a_problem_from_a_complaint(qtbot: Any, ctx: AppContext, tmp_path: Path,
                                             world: Any) -> None:
    from riverchief.problems import complaints

    ids, actors, _ = world
    assert ctx.store is not None
    cid = complaints.add_complaint(ctx.store, actors["evaluator"], received_via="hotline",
                                   received_on="2026-07-01", content="河边倾倒垃圾",
                                   area_id=ids["t1"], anonymous=True)
    _sign_in(ctx, actors["unit"])
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    assert page.register_button.isHidden()  # a unit does not register problems
    _sign_in(ctx, actors["evaluator"])
    assert not page.register_button.isHidden()
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    dialog = page.register_dialog
    assert dialog is not None
    dialog.source.setCurrentIndex(dialog.source.findData("complaint"))
    assert dialog.link.findData(cid) >= 0
    dialog.category.setCurrentIndex(dialog.category.findData("bank.construction"))
    dialog.segment.setText("QSH-01")
    dialog.description.setPlainText("河岸倾倒建筑垃圾约5立方米")
    photo = tmp_path / "现场.png"
    photo.write_bytes(PNG + b"new")
    dialog.photos.addItem(str(photo))
    dialog.accept()
    rows = ledger.list_problems(ctx.store, actors["evaluator"], complaint_id=cid)
    assert len(rows) == 1 and rows[0]["category"] == "bank.construction"
    assert page.current_id() == rows[0]["id"]
    assert len(page.detail.photo_labels["before"]) == 1


def _campaign_bar(qtbot: Any, width: int, counts: dict[str, int], day: str) -> Any:
    from datetime import date

    from riverchief.outfalls.ledger import CampaignProgress

    from ui.ledgers.outfalls_page import CampaignBar

    bar = CampaignBar()
    qtbot.addWidget(bar)
    bar.resize(width, 50)
    total = sum(counts.values())
    bar.set_progress(CampaignProgress(2026, date(2026, 12, 31), total, counts, 0, 32),
                     date.fromisoformat(day))
    return bar


@pytest.mark.parametrize("width", [970, 680, 420])
def test_campaign_bar_today_mark_hides_no_stage_words(qtbot: Any, width: int) -> None:
    """The district demo's campaign at the end of November: the mark of today falls in the
    last part (排查 12%). Its words step aside from the mark; the label sits above the bar."""
    counts = {"closed": 9, "remediated": 15, "traced": 7, "monitored": 4, "found": 5}
    bar = _campaign_bar(qtbot, width, counts, "2026-11-29")
    layout = bar.bar_layout()
    assert [stage for stage, _part in layout.parts] == [
        "closed", "remediated", "traced", "monitored", "found"]
    last = layout.parts[-1][1]
    assert last.left() < layout.mark < last.right()  # the case seen in the screenshot
    words = {stage: (text, rect, backed) for stage, text, rect, backed in layout.labels}
    assert "found" in words and words["found"][0].endswith("12%")
    for stage, (text, rect, backed) in words.items():
        part = dict(layout.parts)[stage]
        assert part.left() <= rect.left() and rect.right() <= part.right(), text
        if backed:  # only when even the bare share has no room beside the mark
            assert part.left() < layout.mark < part.right(), text
            assert max(layout.mark - part.left(), part.right() - layout.mark) < rect.width()
            assert text == "12%"
        else:
            assert not rect.left() < layout.mark < rect.right(), text
    if width >= 680:
        assert not any(backed for _t, _r, backed in words.values())
    assert layout.today.bottom() <= layout.bar.top()  # above the bar, over no words
    assert 0 <= layout.today.left() and layout.today.right() <= bar.width()
    bar.grab()  # paints without error


def test_campaign_bar_words_too_wide_to_step_aside_get_a_backing(qtbot: Any) -> None:
    # one part only, the mark in its middle: its words cover the mark where they cross it
    bar = _campaign_bar(qtbot, 300, {"found": 1}, "2026-07-02")
    layout = bar.bar_layout()
    [(stage, text, rect, backed)] = layout.labels
    assert stage == "found" and text.endswith("100%")
    assert not backed  # 300 px: beside the mark on the wider side
    assert not rect.left() < layout.mark < rect.right()
    bar.resize(90, 50)  # too narrow for the words on either side of the mark
    [(stage, text, rect, backed)] = bar.bar_layout().labels
    assert backed and rect.left() < bar.bar_layout().mark < rect.right()
    bar.grab()
    # the label of today stays inside the widget at the year's end
    late = _campaign_bar(qtbot, 300, {"found": 1}, "2026-12-31")
    assert late.bar_layout().today.right() <= late.width()


def test_dialog_dates_start_from_the_district_s_today(qtbot: Any, ctx: AppContext,
                                                      world: Any, monkeypatch: Any) -> None:
    """Half past midnight in the district is still yesterday on a laptop set to UTC: the
    dates a dialog proposes follow the district's day, as the ledger dates its records."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDate

    from ui.ledgers.common import date_edit
    from ui.ledgers.problems_page import ActionDialog

    ids, actors, pid = world
    monkeypatch.setattr(ledger, "now", lambda store: datetime(
        2030, 1, 1, 0, 30, tzinfo=ZoneInfo("Asia/Shanghai")))
    assert date_edit(store=ctx.store).date() == QDate(2030, 1, 1)
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    problem = ledger.get_problem(ctx.store, actors["evaluator"], pid)
    dialog = ActionDialog(page, "assign", problem, [{"id": ids["u1"], "name": "水利局"}],
                          ctx.store, actors["evaluator"])
    qtbot.addWidget(dialog)
    assert dialog.deadline.date() == QDate(2030, 1, 31)
