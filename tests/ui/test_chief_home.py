"""Issue 5, point 9: the chief's home page — this period's count against the required one,
when the next patrol is due (or how overdue it is), and the chief's open problems."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from riverchief.patrols import PatrolInput, ProblemInput, TrackFile
from tests.ui.test_patrol_form import signed_in, world  # noqa: F401 - the fixture

from ui.patrols.home import ChiefHomePage


def test_home_page_counts_and_warns(qtbot: Any, ctx: Any,
                                    world: dict[str, Any]) -> None:  # noqa: F811
    from riverchief import patrols

    signed_in(ctx, world)
    # a township chief owes one patrol a month (the default rule set)
    home = ChiefHomePage(ctx, today=date(2012, 10, 26))
    qtbot.addWidget(home)
    home.show()
    assert "0 / 1" in home.due.text()
    assert "2012-10-31" in home.due.text()  # due by the end of the month
    assert home.problems.item(0).text() == "没有未办结的问题。"

    track = TrackFile.from_path(world["gpx"])
    read = track.read("Asia/Shanghai")
    patrols.submit(ctx.store, world["actor"], PatrolInput(
        chief_id=world["chief"], segment_ids=[world["seg"]], start=read.start, end=read.end,
        track=track, problems=[ProblemInput("bank.household", "桥下生活垃圾")]))
    ctx.notify({"patrol", "problem"})  # the page refreshes itself
    assert "1 / 1" in home.due.text()
    assert "QSH-01 清水河城区段（本月已巡 1 次）" in home.segments.text()
    assert home.problems.count() == 1
    assert "桥下生活垃圾" in home.problems.item(0).text()

    # two months later without a patrol: last month's is missed and this one's is due
    home.today = date(2012, 12, 10)
    home.refresh()
    text = home.due.text()
    # missed, as the chief's assessment calls it (not "overdue": it cannot be made up)
    assert "0 / 1" in text and "已缺巡" in text and "逾期" not in text
    assert home.new_patrol.isVisible()
    qtbot.mouseClick(home.new_patrol, Qt.MouseButton.LeftButton)  # no window: nothing happens
