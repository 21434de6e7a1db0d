from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from riverchief import patrols
from riverchief.patrols import PatrolInput, TrackFile
from riverchief.patrols.due import due_status, open_problems, period_of
from riverchief.rules import default_rules
from riverchief.rules.patrol import Frequency
from tests.unit.patrols.conftest import LINE, gpx_along

TZ = ZoneInfo("Asia/Shanghai")


def add(store: Any, world: dict[str, Any], when: datetime, minutes: int = 30,
        problems: list[Any] | None = None) -> str:
    return patrols.submit(store, world["actor"], PatrolInput(
        chief_id=world["chief"], segment_ids=[world["seg"]], start=when,
        end=when + timedelta(minutes=minutes),
        track=TrackFile(gpx_along(LINE, when, minutes=minutes), "t.gpx"),
        problems=problems or []), entered_at=when + timedelta(hours=1))


@pytest.mark.parametrize(("per", "day", "start", "end"), [
    ("week", date(2026, 7, 1), date(2026, 6, 29), date(2026, 7, 5)),
    ("xun", date(2026, 2, 25), date(2026, 2, 21), date(2026, 2, 28)),
    ("xun", date(2026, 7, 11), date(2026, 7, 11), date(2026, 7, 20)),
    ("month", date(2026, 7, 15), date(2026, 7, 1), date(2026, 7, 31)),
    ("quarter", date(2026, 8, 15), date(2026, 7, 1), date(2026, 9, 30)),
    ("year", date(2026, 8, 15), date(2026, 1, 1), date(2026, 12, 31)),
])
def test_periods(per: str, day: date, start: date, end: date) -> None:
    assert period_of(per, day) == (start, end)


def test_township_monthly_status(store: Any, world: dict[str, Any]) -> None:
    # township: 1 per month (default rule set)
    status = due_status(store, world["chief"], date(2026, 7, 10))
    assert status is not None and status.per == "month" and status.required == 1
    assert status.done == 0 and status.next_due == date(2026, 7, 31)
    assert status.last_period_missed  # nothing in June
    add(store, world, datetime(2026, 6, 20, 8, 0, tzinfo=TZ))
    add(store, world, datetime(2026, 7, 2, 8, 0, tzinfo=TZ))
    add(store, world, datetime(2026, 7, 3, 8, 0, tzinfo=TZ), minutes=4)  # too short: invalid
    status = due_status(store, world["chief"], date(2026, 7, 10))
    assert status is not None
    assert (status.done, status.invalid, status.met) == (1, 1, True)
    assert not status.last_period_missed
    assert status.next_due == date(2026, 8, 31)
    assert [(s.segment_code, s.done) for s in status.segments] == [("QSH-01", 1)]


def test_inactive_months_are_skipped(store: Any, world: dict[str, Any]) -> None:
    base = default_rules()
    levels = dict(base.patrol.levels)
    levels["township"] = replace(levels["township"], frequency=Frequency(
        2, "month", active_months=tuple(range(3, 13))))
    rules = replace(base, patrol=replace(base.patrol, levels=levels))
    status = due_status(store, world["chief"], date(2026, 1, 15), rules)
    assert status is not None and not status.active and status.met
    assert status.next_due == date(2026, 3, 31)


def test_open_problems(store: Any, world: dict[str, Any]) -> None:
    add(store, world, datetime(2026, 7, 2, 8, 0, tzinfo=TZ),
        problems=[patrols.ProblemInput("surface.floating", "漂浮物")])
    (p,) = open_problems(store, world["chief"])
    assert p.state == "registered" and p.description == "漂浮物"
    assert open_problems(store, world["chief2"]) == []


def test_open_problems_include_those_found_by_others_on_the_chiefs_segments(
        store: Any, world: dict[str, Any]) -> None:
    from riverchief.registry import edit
    from riverchief.security import SYSTEM

    # 李芳 (chief2) also answers for QSH-01 and reports a problem on it, and one on her own
    # QSH-02
    edit.create(store, SYSTEM, "assignment", {"chief_id": world["chief2"],
                                              "segment_id": world["seg"],
                                              "start_date": "2026-01-01"})
    when = datetime(2026, 7, 3, 9, 0, tzinfo=TZ)
    for seg, text in ((world["seg"], "排污口冒黑水"), (world["seg2"], "下段漂浮物")):
        line = LINE if seg == world["seg"] else [[113.62, 34.71], [113.63, 34.72]]
        patrols.submit(store, world["actor2"], PatrolInput(
            chief_id=world["chief2"], segment_ids=[seg], start=when,
            end=when + timedelta(minutes=30),
            track=TrackFile(gpx_along(line, when), "t.gpx"),
            problems=[patrols.ProblemInput("outfall.odd"
                                           if seg == world["seg"] else "surface.floating",
                                           text)]), entered_at=when + timedelta(hours=1))
    add(store, world, datetime(2026, 7, 2, 8, 0, tzinfo=TZ),
        problems=[patrols.ProblemInput("surface.floating", "漂浮物")])
    found = open_problems(store, world["chief"], date(2026, 7, 10))
    assert [(p.description, p.segment_code, p.mine) for p in found] == [
        ("漂浮物", "QSH-01", True), ("排污口冒黑水", "QSH-01", False)]
    assert all(p.code for p in found)
    # 王伟 does not hold QSH-02: 李芳's problem there is not his to answer for; she holds
    # both segments and sees all three
    assert [p.description for p in open_problems(store, world["chief2"], date(2026, 7, 10))
            ] == ["漂浮物", "排污口冒黑水", "下段漂浮物"]


def test_a_patrol_in_draft_state_does_not_count(store: Any, world: dict[str, Any]) -> None:
    # a patrol record still in draft state (e.g. received so) is not done, as the
    # assessment counts only submitted ones
    from riverchief.db import records

    pid = add(store, world, datetime(2026, 7, 2, 8, 0, tzinfo=TZ))
    records.update(store, "patrol", pid, {"state": "draft"}, actor="test")
    status = due_status(store, world["chief"], date(2026, 7, 10))
    assert status is not None and (status.done, status.met) == (0, False)
    assert status.next_due == date(2026, 7, 31)
