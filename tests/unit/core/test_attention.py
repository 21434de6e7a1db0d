"""What waits for each role on the home page, on the hand-made district of the assessment
tests (whose every record is known: tests/unit/assessment/district.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from riverchief.assessment import runs
from riverchief.assessment.scorecards import compute
from riverchief.attention import Item, attention
from riverchief.db import records
from riverchief.patrols.service import save_draft
from riverchief.security import Actor
from tests.unit.assessment.district import District, make_district

APRIL = date(2026, 4, 10)  # 2026Q1 is over; P1 and P4 are past their deadlines, P3 is not


@pytest.fixture
def district(store: Any) -> District:
    return make_district(store)


def office(d: District, *areas: str) -> Actor:
    return Actor("u1", "eva", "评估员", "evaluator",
                 area_ids=frozenset(d.ids[a] for a in areas))


def listed(items: list[Item]) -> list[tuple[str, int, bool]]:
    return [(i.key, i.count, i.urgent) for i in items]


def test_the_district_office_sees_every_deadline_passed_first(district: District) -> None:
    items = attention(district.store, office(district, "D", "T1", "V1", "V2"), APRIL)
    assert listed(items) == [
        ("problems_overdue", 2, True),  # P1 (deadline 03-21) and P4 (01-31)
        ("outfalls_overdue", 2, True),  # O1 traced and O2 remediated, neither closed
        ("batches_overdue", 1, True),  # B1, through P4
        ("complaints_unanswered", 1, False),  # K1
        ("not_frozen", 1, False),
    ]
    assert items[-1].when == "2026Q1" and items[-1].section == "assessment"
    assert items[0].section == "problems" and items[0].focus == "overdue"
    assert "2" in items[0].text and "2026Q1" in items[-1].text


def test_an_office_sees_only_its_areas(district: District) -> None:
    # the village V1's office: no problem, outfall or complaint of the fixture is in V1's
    # problems (they are on T1); only the quarter left unfrozen remains
    items = attention(district.store, office(district, "V1"), APRIL)
    assert listed(items) == [("complaints_unanswered", 1, False), ("not_frozen", 1, False)]


def test_freezing_the_quarter_and_recording_follow_ups_clears_them(district: District
                                                                   ) -> None:
    actor = office(district, "D", "T1", "V1", "V2")
    run_id = runs.freeze(district.store, actor, compute(district.store, "2026Q1"))
    measures = runs.consequences(district.store, run_id)
    assert measures  # the fixture's grades call for praise or a talk
    keys = {i.key: i for i in attention(district.store, actor, APRIL)}
    assert "not_frozen" not in keys
    assert keys["follow_ups"].count == len(measures) and keys["follow_ups"].focus == "runs"
    for q in measures:
        runs.record_follow_up(district.store, actor, q.id, "2026-04-09", "区河长办", "已约谈")
    assert "follow_ups" not in {i.key for i in attention(district.store, actor, APRIL)}


def test_only_the_latest_run_of_a_period_waits_for_follow_ups(district: District) -> None:
    """A trial run frozen before the final one (试算, then 定稿) leaves nothing to do: the
    reports print the latest run, and only its consequences wait to be recorded."""
    actor = office(district, "D", "T1", "V1", "V2")
    trial = runs.freeze(district.store, actor, compute(district.store, "2026Q1"), note="试算")
    final = runs.freeze(district.store, actor, compute(district.store, "2026Q1"), note="定稿")
    assert runs.consequences(district.store, trial)  # the trial's stay unrecorded
    measures = runs.consequences(district.store, final)
    keys = {i.key: i for i in attention(district.store, actor, APRIL)}
    assert keys["follow_ups"].count == len(measures)
    township = runs.freeze(district.store, actor, compute(district.store, "2026Q1",
                                                          level="township"))
    keys = {i.key: i for i in attention(district.store, actor, APRIL)}
    assert keys["follow_ups"].count == len(measures) + len(
        runs.consequences(district.store, township))  # another level: its own latest run


def test_the_unit_sees_its_problems(district: District) -> None:
    unit = Actor("u2", "unit1", "镇水利站", "unit", unit_id=district.ids["U"])
    assert listed(attention(district.store, unit, APRIL)) == [
        ("unit_overdue", 2, True),
        ("unit_to_accept", 2, False),  # P1 and P4 wait to be accepted (too late to return)
    ]
    monday = date(2026, 4, 27)  # P3's deadline, 04-30, falls in this week
    assert ("unit_due_week", 1, False) in listed(attention(district.store, unit, monday))


def test_a_village_chief_sees_patrols_due_drafts_and_open_reports(district: District) -> None:
    store, ids = district.store, district.ids
    chief = Actor("u3", "vc", "陈丙", "chief", chief_id=ids["VC"])
    # VC patrols every Tuesday until 2026-03-24: nothing this week (from Monday 04-06), and
    # nothing in the week before
    items = attention(store, chief, APRIL)
    assert listed(items) == [("patrols_missed", 1, True), ("patrols_due", 1, False),
                             ("open_problems", 1, False)]  # P1, found on VC's patrol
    assert items[0].when == "2026-W14" and items[1].when == "2026-04-12"
    save_draft(store, chief, {"chief_id": ids["VC"], "notes": "半路"})
    records.insert(store, "patrol", {
        "chief_id": ids["VC"], "segment_id": ids["G2"], "start_at": "2026-04-07T09:00:00+08:00",
        "end_at": "2026-04-07T10:00:00+08:00", "method": "foot", "verdict": "valid",
        "notes": "巡查正常", "entered_at": "2026-04-07T10:00:00+08:00", "state": "submitted"},
        actor="test")
    assert listed(attention(store, chief, APRIL)) == [
        ("patrols_missed", 1, True), ("drafts", 1, False), ("open_problems", 1, False)]


def test_the_unit_is_told_of_a_fix_sent_back(store: Any) -> None:
    """A rejected fix (重办) was only a line in the problem's timeline: the unit's home page
    said nothing until the deadline passed."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "problems"))
    from ledger_fixtures import at, build_actors, build_registry, reach

    from riverchief.problems import ledger

    ids = build_registry(store)
    actors = build_actors(ids)
    pid = reach(store, ids, actors, "awaiting")  # the unit reported the fix on 07-10
    day = date(2026, 7, 12)
    unit = actors["unit"]
    assert "unit_sent_back" not in [i.key for i in attention(store, unit, day)]
    ledger.reject(store, actors["evaluator2"], pid, "照片不能说明整改到位",
                  at=at("2026-07-12T09:00"))
    items = {i.key: i for i in attention(store, unit, day)}
    assert (items["unit_sent_back"].count, items["unit_sent_back"].focus) == (1, "sent_back")
    assert items["unit_sent_back"].urgent
    assert [r["id"] for r in ledger.list_problems(store, unit, today=day, sent_back=True)] \
        == [pid]
    ledger.report_fix(store, unit, pid, measures="已重新清理", files=[(b"x" * 10, "a.pdf")],
                      file_kind="document", at=at("2026-07-13T09:00"))
    assert "unit_sent_back" not in [i.key for i in attention(store, unit, day)]


def test_the_unit_is_offered_to_return_a_problem_only_while_it_may(store: Any) -> None:
    """The line read "assigned to you to accept or return" days after the 24 hours to
    return a problem had passed, when returning it was refused."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "problems"))
    from ledger_fixtures import build_actors, build_registry, reach

    from riverchief.i18n import using_language

    ids = build_registry(store)
    actors = build_actors(ids)
    reach(store, ids, actors, "assigned")  # assigned 2026-07-01 10:00, 24 h to return
    unit = actors["unit"]
    (same_day,) = [i for i in attention(store, unit, date(2026, 7, 1))
                   if i.focus == "state:assigned"]
    (later,) = [i for i in attention(store, unit, date(2026, 7, 3))
                if i.focus == "state:assigned"]
    assert (same_day.key, same_day.count, later.key, later.count) == (
        "unit_assigned", 1, "unit_to_accept", 1)
    with using_language("zh_CN"):
        assert "退回" in same_day.text and "退回" not in later.text, later.text
