"""A village chief's day in the GUI: what the walk through the home page, the patrol form
and the chief's scorecard found wrong, each held by a test that drives the real widgets."""

from __future__ import annotations

from typing import Any

from riverchief.db import open_store
from riverchief.registry import edit
from riverchief.security import SYSTEM
from tests.ui.test_patrol_form import signed_in, world  # noqa: F401 - the fixture

from ui.patrols.form import PatrolForm


def _assignment_from(world: dict[str, Any], day: str) -> None:  # noqa: F811
    with open_store(world["db"]) as store:
        aid = store.db.execute("SELECT id FROM assignment WHERE chief_id = ?",
                               [world["chief"]]).fetchone()[0]
        edit.change(store, SYSTEM, "assignment", aid, {"start_date": day})


def test_track_from_before_the_assignment_names_the_date(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    # the corpus run is of 2012-10-25 (Shanghai time); the chief took the segment in 2013
    _assignment_from(world, "2013-01-01")
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.show()
    assert form.load_track(world["gpx"])
    form.update_verdict()
    assert form.segment.count() == 0  # nothing to choose on that day
    text = form.reasons.item(0).text()
    assert "2012-10-25" in text and "没有负责的河段" in text, text
    assert "请选择巡查的河段" not in text


def test_problem_description_is_not_squeezed(qtbot: Any, ctx: Any,
                                             world: dict[str, Any]) -> None:  # noqa: F811
    # the form as it sits in the main window (1280 x 800 less the navigation)
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.resize(1000, 720)
    form.show()
    text = "桥下有生活垃圾堆放，约两立方米"
    row = form.add_problem_row("bank.household", text)
    qtbot.waitExposed(form)
    qtbot.wait(50)  # the layout settles
    shown = row.description
    needed = shown.fontMetrics().horizontalAdvance(text)
    assert shown.width() >= needed + 8, (shown.width(), needed)
    assert shown.placeholderText()  # an empty description says what to write
    assert row.place_button.isVisible() and row.remove.isVisible()
