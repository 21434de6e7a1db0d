"""Issue 4, point 4 in the window: an evaluator counts the patrols the office has not judged
with its rule set in force and judges them again, with progress in the background and the
result in the dialog; a chief has no such button."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt

from riverchief.patrols import PatrolInput, TrackFile
from riverchief.security import Actor
from tests.ui.test_patrol_form import signed_in, world  # noqa: F401 - the fixture

from ui.patrols.list_page import PatrolListPage
from ui.shell.jobs import wait_idle


def arrived_from_a_laptop(ctx: Any, world: dict[str, Any]) -> str:  # noqa: F811
    """A patrol as it arrives in a package: the laptop's verdict, not judged here."""
    from riverchief import patrols

    track = TrackFile.from_path(world["gpx"])
    read = track.read("Asia/Shanghai")
    pid = patrols.submit(ctx.store, world["actor"], PatrolInput(
        chief_id=world["chief"], segment_ids=[world["seg"]], start=read.start, end=read.end,
        track=track))
    ctx.store.conn.execute("UPDATE patrol SET origin = 'laptop', verdict = 'valid',"
                           " reasons = '[]' WHERE id = ?", [pid])
    ctx.store.conn.execute("DELETE FROM patrol_judgement")
    ctx.store.conn.commit()
    return pid


def test_an_evaluator_judges_patrols_again(qtbot: Any, ctx: Any,
                                           world: dict[str, Any]) -> None:  # noqa: F811
    signed_in(ctx, world)
    pid = arrived_from_a_laptop(ctx, world)
    from riverchief.registry import queries

    district = queries.get_chief(ctx.store, world["chief"]).area_id
    ctx.actor = Actor("u3", "office", "河长办", "evaluator", area_ids=frozenset({district}))
    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.judge_button.isVisible()
    qtbot.mouseClick(page.judge_button, Qt.MouseButton.LeftButton)
    dialog = page.judge_dialog
    assert dialog is not None and dialog.isVisible()
    assert "2026.1" in dialog.rules.text()
    # a bad period is said in the dialog, nothing runs
    dialog.period.setText("2026Q5")
    qtbot.mouseClick(dialog.count_button, Qt.MouseButton.LeftButton)
    assert "2026Q5" in dialog.status.text() and dialog.job is None
    dialog.period.setText("2012")
    qtbot.mouseClick(dialog.count_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last == 1, timeout=10_000)
    assert "1" in dialog.status.text()
    qtbot.mouseClick(dialog.judge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.last != 1, timeout=20_000)
    wait_idle()
    result = dialog.last
    assert (result.judged, result.changed) == (1, 1)
    assert result.transitions == {("valid", "suspect"): 1}  # entered years after the run
    assert "有效 → 存疑：1" in dialog.status.text()
    row = ctx.store.db["patrol"].get(pid)
    assert row["verdict"] == "suspect" and row["revision"] == 1
    (audit,) = list(ctx.store.db.query(
        "SELECT * FROM audit_log WHERE action = 'judge' AND record_id = ?", [pid]))
    assert audit["actor"] == "office" and json.loads(audit["after"])["verdict"] == "suspect"
    # nothing left to judge
    qtbot.mouseClick(dialog.count_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last == 0, timeout=10_000)
    dialog.close()
    page.close()
    wait_idle()


def test_a_chief_cannot_judge(qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    signed_in(ctx, world)
    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.judge_button.isVisible()
    page.close()
