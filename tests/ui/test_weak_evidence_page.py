"""The evaluator's weak-evidence page: rows with their reasons, filters, opening a patrol."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from riverchief import patrols
from riverchief.patrols import PhotoFile, TrackFile
from riverchief.registry import edit
from riverchief.security import SYSTEM
from tests.unit.patrols.conftest import LINE, gpx_along, jpeg, world  # noqa: F401
from tests.unit.patrols.test_patrol_records import START, patrol_input

from ui.exchange.evidence_page import WeakEvidencePage
from ui.patrols.detail import PatrolDetailDialog
from ui.shell.context import AppContext


def later(days: int, **changes: Any) -> dict[str, Any]:
    start = START + timedelta(days=days)
    values = {"start": start, "end": start + timedelta(minutes=30),
              "track": TrackFile(gpx_along(LINE, start), "walk.gpx"),
              "photos": [PhotoFile(jpeg(start + timedelta(minutes=5), 113.605, 34.7025),
                                   "a.jpg")],
              "problems": []}
    values.update(changes)
    return values


@pytest.fixture
def page(qtbot, store, world):  # noqa: F811
    actor = world["actor"]
    ids = {
        "sound": patrols.submit(store, actor, patrol_input(world),
                                entered_at=START + timedelta(hours=1)),
        "bare": patrols.submit(store, actor, patrol_input(world, **later(
            1, track=None, photos=[]))),
        "spreadsheet": patrols.submit(store, actor, patrol_input(world, **later(2)),
                                      source="import"),
    }
    other = edit.create(store, SYSTEM, "area", {"code": "410199", "name": "别区",
                                                "level": "district"})
    ctx = AppContext()
    ctx.open(store.path)
    widget = WeakEvidencePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    widget.ids, widget.other_area = ids, other  # type: ignore[attr-defined]
    yield widget
    for dialog in widget.opened:
        dialog.close()
    ctx.close()


def shown(qtbot, page: WeakEvidencePage) -> dict[str, str]:
    qtbot.waitUntil(lambda: not page._loading, timeout=20_000)
    m = page.model
    return {m.data(m.index(r, 0), Qt.ItemDataRole.UserRole): m.data(m.index(r, 6))
            for r in range(m.rowCount())}


def test_lists_weak_patrols_with_reasons_and_filters(qtbot, page) -> None:
    page.period.setText("2026-07")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    rows = shown(qtbot, page)
    ids = page.ids
    assert set(rows) == {ids["bare"], ids["spreadsheet"]}  # the sound patrol is not listed
    assert "链" in rows[ids["spreadsheet"]]
    assert "存疑" in rows[ids["bare"]] or "无效" in rows[ids["bare"]]
    assert "2 " in page.status.text() or "2条" in page.status.text()
    # by reason
    page.reason.setCurrentIndex(page.reason.findData("unverified"))
    assert set(shown(qtbot, page)) == {ids["spreadsheet"]}
    page.reason.setCurrentIndex(0)
    # by area: the patrols' township, then an area without patrols
    page.area.setCurrentIndex(page.area.findData(page.other_area))
    assert shown(qtbot, page) == {}
    page.area.setCurrentIndex(0)
    assert len(shown(qtbot, page)) == 2
    # another period
    page.period.setText("2026-08")
    qtbot.keyClick(page.period, Qt.Key.Key_Return)
    assert shown(qtbot, page) == {}


def test_a_row_opens_the_patrol_detail(qtbot, page) -> None:
    page.period.setText("2026-07")
    page.reload()
    shown(qtbot, page)
    row = next(r for r in range(page.model.rowCount()) if page.model.data(
        page.model.index(r, 0), Qt.ItemDataRole.UserRole) == page.ids["bare"])
    index = page.model.index(row, 1)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(page.opened), timeout=5000)
    assert len(page.opened) == 1
    dialog = page.opened[-1]
    assert isinstance(dialog, PatrolDetailDialog)
    assert dialog.detail.patrol_id == page.ids["bare"]
    assert "王伟" in dialog.detail.title.text()
    # Enter on the selected row opens it too
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(page.opened) == 2 and page.opened[-1].detail.patrol_id == page.ids["bare"]


def test_a_mistyped_period_is_shown_not_raised(qtbot, page) -> None:
    shown(qtbot, page)
    page.period.setText("2026Q9")
    page.reload()
    assert page.status.styleSheet()
    assert "2026Q9" in page.status.text() or page.status.text()


def test_the_reasons_stay_in_view_in_a_narrow_window(qtbot, page) -> None:
    page.period.setText("2026-07")
    page.reload()
    rows = shown(qtbot, page)
    page.resize(780, 500)  # the page's share of a window 1000 pixels wide
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    # at least 150 pixels of the reasons show without scrolling, and the whole text is the
    # cell's tooltip
    assert table.viewport().width() - table.columnViewportPosition(6) >= 150
    m = page.model
    tip = m.data(m.index(0, 6), Qt.ItemDataRole.ToolTipRole)
    assert rows[m.data(m.index(0, 0), Qt.ItemDataRole.UserRole)] in tip
