"""Issue 5, point 5: a problem found on patrol gets its place on the track — the chief
clicks the map or moves along the patrol's time, and the place follows into the record
and into the draft."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.test_patrol_form import signed_in, world  # noqa: F401 - the fixture

from ui.patrols.form import PatrolForm


def _ok(dialog: Any) -> Any:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_the_chief_clicks_the_place_on_the_track(qtbot: Any, ctx: Any,
                                                 world: dict[str, Any]) -> None:  # noqa: F811
    from riverchief import patrols

    signed_in(ctx, world)
    form = PatrolForm(ctx, offer_drafts=False)
    qtbot.addWidget(form)
    form.show()
    row = form.add_problem_row("bank.household", "桥下生活垃圾")
    assert not row.place_button.isEnabled()  # no track yet: nothing to place it on
    form.drop_files([world["gpx"]])
    assert row.place_button.isEnabled()
    qtbot.mouseClick(row.place_button, Qt.MouseButton.LeftButton)
    dialog = form.place_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    track = form.track
    # click 12 px beside point 100 of the run: the place snaps onto the track
    target = dialog.map.to_screen(float(track.lon[100]), float(track.lat[100]))
    qtbot.mouseClick(dialog.map, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(target.x()) + 12, round(target.y())))
    place = dialog.place
    assert place is not None and place.off_track_m > 0
    assert place.time is not None
    assert 0 < dialog.slider.value() < 1000
    assert "公里" in dialog.where.text()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert row.place == place
    assert row.place_button.text().endswith("07:36")  # 23:36 UTC, shown at +08:00

    # the place goes into the draft and comes back with it
    draft = form.draft_content()["problems"][0]
    assert draft[:2] == ["bank.household", "桥下生活垃圾"] and draft[2] == place.lon

    ids: list[str] = []
    form.submitted.connect(ids.append)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert len(ids) == 1
    p = patrols.get_patrol(ctx.store, ids[0])
    assert p is not None
    (problem,) = p.problems
    assert (problem.lon, problem.lat) == (place.lon, place.lat)
    assert datetime.fromisoformat(problem.found_at) == place.time.replace(microsecond=0)

    # the detail shows it on the map; choosing it in the list centres the map there
    from ui.patrols import open_detail

    dialog = open_detail(ctx, ids[0], None)
    qtbot.addWidget(dialog)
    detail = dialog.detail
    assert detail.map.data.problems == [(place.lon, place.lat, "bank.household")]
    assert "07:36" in detail.problems.item(0).text()
    detail.problems.setCurrentRow(0)
    assert detail.map.highlight == (place.lon, place.lat)


def test_the_chief_moves_along_the_time_and_restores_it_from_a_draft(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    signed_in(ctx, world)
    form = PatrolForm(ctx, offer_drafts=False)
    qtbot.addWidget(form)
    form.show()
    form.drop_files([world["gpx"]])
    row = form.add_problem_row("water.floating", "漂浮物")
    qtbot.mouseClick(row.place_button, Qt.MouseButton.LeftButton)
    dialog = form.place_dialog
    dialog.slider.setFocus()
    dialog.slider.setValue(500)  # halfway through the run: 07:37:34
    place = dialog.place
    assert place is not None and place.time is not None
    assert place.time.strftime("%H:%M:%S") == "23:37:34"  # UTC, as the file says
    assert "07:37:34" in dialog.where.text()
    assert dialog.map.highlight == (place.lon, place.lat)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert row.place == place
    content = form.draft_content()

    other = PatrolForm(ctx, offer_drafts=False)
    qtbot.addWidget(other)
    other.restore(content)
    (restored,) = other.problem_rows
    assert restored.place is not None
    assert abs(restored.place.lon - place.lon) < 1e-9 and abs(restored.place.lat - place.lat) < 1e-9
    assert restored.place.time == place.time

    # "no place" takes it back off the track
    qtbot.mouseClick(restored.place_button, Qt.MouseButton.LeftButton)
    again = other.place_dialog
    qtbot.mouseClick(again.clear_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_ok(again), Qt.MouseButton.LeftButton)
    assert restored.place is None and other.current_input().problems[0].lon is None
