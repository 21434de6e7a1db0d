"""The home page lists what waits for the signed-in user; a line opens its records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from riverchief.attention import Item, attention
from riverchief.problems.complaints import reply_complaint
from riverchief.problems.ledger import now
from riverchief.security import Actor
from tests.unit.assessment.district import make_district

from ui.shell.context import AppContext
from ui.shell.home import HomePage
from ui.shell.main_window import MainWindow


def _office(ids: dict[str, str]) -> Actor:
    return Actor("u1", "eva", "区河长办", "evaluator",
                 area_ids=frozenset(ids[a] for a in ("D", "T1", "V1", "V2")))


def _home(qtbot: Any, ctx: AppContext, tmp_path: Path) -> tuple[MainWindow, HomePage, Any]:
    ctx.open(tmp_path / "home.db", create=True)
    assert ctx.store is not None
    district = make_district(ctx.store)
    ctx.actor = _office(district.ids)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("home")
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: bool(page.buttons), timeout=10_000)
    return window, page, district


def _button(page: HomePage, key: str) -> Any:
    return page.findChild(type(page.buttons[0]), f"todo_{key}")


def test_the_office_opens_its_overdue_problems_from_home(qtbot: Any, ctx: AppContext,
                                                         tmp_path: Path) -> None:
    window, page, _ = _home(qtbot, ctx, tmp_path)
    assert ctx.store is not None
    expected = attention(ctx.store, ctx.actor, now(ctx.store).date())
    # every item is a line, in the same order, the overdue ones first and in red
    assert [b.objectName() for b in page.buttons] == [f"todo_{i.key}" for i in expected]
    overdue = next(i for i in expected if i.key == "problems_overdue")
    line = _button(page, "problems_overdue")
    assert f"{overdue.count} 个问题已超过整改期限" in line.text()
    assert "#c0392b" in line.styleSheet()

    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert window.current_section_key() == "problems"
    problems = window.show_section("problems")
    assert problems.overdue.isChecked()  # type: ignore[attr-defined]
    assert problems.model.rowCount() == overdue.count  # type: ignore[attr-defined]

    # a line for the re-inspections due swaps the overdue filter for its own
    page.items.append(Item("recheck_due", 1, "problems", "recheck"))
    assert page.open_item(len(page.items) - 1) is problems
    assert problems.recheck.isChecked() and not problems.overdue.isChecked()  # type: ignore[attr-defined]

    window.show_section("home")
    qtbot.mouseClick(_button(page, "complaints_unanswered"), Qt.MouseButton.LeftButton)
    complaints = window.show_section("complaints")
    assert window.current_section_key() == "complaints"
    assert complaints.tabs.currentIndex() == 0  # type: ignore[attr-defined]
    assert complaints.unanswered.isChecked()  # type: ignore[attr-defined]


def test_home_counts_again_when_data_changes(qtbot: Any, ctx: AppContext,
                                             tmp_path: Path) -> None:
    window, page, district = _home(qtbot, ctx, tmp_path)
    assert ctx.store is not None
    assert _button(page, "complaints_unanswered") is not None
    reply_complaint(ctx.store, ctx.actor, district.ids["K1"], "已安排打捞", "2026-03-02")
    ctx.notify("complaint")  # as the complaints page does after a write
    qtbot.waitUntil(lambda: _button(page, "complaints_unanswered") is None, timeout=10_000)
    assert page.buttons  # the rest still waits


def test_nothing_waiting_is_said(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    ctx.open(tmp_path / "empty.db", create=True)
    ctx.actor = Actor("u9", "eva", "区河长办", "evaluator", area_ids=frozenset())
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.todo_status.text() == "暂无待办事项。", timeout=10_000)
    assert not page.buttons and page.todo_status.isVisible()
