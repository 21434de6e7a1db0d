from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from riverchief import patrols
from riverchief.errors import PermissionDenied, UserError
from riverchief.patrols import PatrolFilter, PatrolInput, PhotoFile, ProblemInput, TrackFile
from tests.unit.patrols.conftest import LINE, gpx_along, jpeg

pytestmark = pytest.mark.usefixtures("english")

TZ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 7, 1, 8, 0, tzinfo=TZ)


def patrol_input(world: dict[str, Any], **changes: Any) -> PatrolInput:
    values: dict[str, Any] = dict(
        chief_id=world["chief"], segment_ids=[world["seg"]], start=START,
        end=START + timedelta(minutes=30), method="foot", weather="晴",
        checklist={"water": "fine", "bank": "problem"}, notes="河岸有生活垃圾",
        actions="通知保洁员清理",
        track=TrackFile(gpx_along(LINE, START), "walk.gpx"),
        photos=[PhotoFile(jpeg(START + timedelta(minutes=5), 113.605, 34.7025), "a.jpg"),
                PhotoFile(jpeg(START + timedelta(minutes=20), 113.615, 34.7075,
                               colour=(200, 30, 30)), "b.jpg")],
        problems=[ProblemInput("bank.household", "桥下堆放垃圾", 113.615, 34.7075, (1,))],
    )
    values.update(changes)
    return PatrolInput(**values)


def test_submit_stores_everything_with_a_valid_verdict(store: Any, world: dict[str, Any]) -> None:
    pid = patrols.submit(store, world["actor"], patrol_input(world),
                         entered_at=START + timedelta(hours=2))
    p = patrols.get_patrol(store, pid)
    assert p is not None
    assert p.verdict == "valid", [r.message for r in p.reasons]
    assert p.chief_code == "C001" and p.segment_codes == ("QSH-01",)
    assert p.start == START and p.start.utcoffset() == timedelta(hours=8)
    assert p.distance_m == pytest.approx(2100, rel=0.05)
    assert p.duration_s == 1800
    assert len(p.photos) == 2 and p.has_track and p.track_name == "walk.gpx"
    assert p.checklist == {"bank": "problem", "water": "fine"}
    assert not p.filled_afterwards and p.source == "entered"
    (problem,) = p.problems
    assert problem.state == "registered" and problem.category == "bank.household"
    assert problem.photos == (p.photos[1],)
    # the files are in the media store, once
    assert store.db["media"].count == 2 and store.db["track_file"].count == 1
    assert [r["segment_id"] for r in store.db.query(
        "SELECT segment_id FROM patrol_segment WHERE patrol_id = ?", [pid])] == [world["seg"]]
    assert [r.number for r in patrols.history(store, pid)] == [1]


def test_chief_writes_only_own_patrols(store: Any, world: dict[str, Any]) -> None:
    with pytest.raises(PermissionDenied):
        patrols.submit(store, world["actor2"], patrol_input(world))
    with pytest.raises(PermissionDenied):
        patrols.submit(store, world["evaluator"], patrol_input(world))
    assert store.db["patrol"].count == 0
    pid = patrols.submit(store, world["actor"], patrol_input(world))
    with pytest.raises(PermissionDenied):
        patrols.correct(store, world["actor2"], pid, patrol_input(world), "typo")
    with pytest.raises(PermissionDenied):
        patrols.correct(store, world["evaluator"], pid, patrol_input(world), "typo")


def test_segment_must_be_assigned_to_the_chief(store: Any, world: dict[str, Any]) -> None:
    with pytest.raises(UserError, match="not responsible for segment QSH-02") as info:
        patrols.submit(store, world["actor"], patrol_input(world, segment_ids=[world["seg2"]]))
    assert info.value.where == "segment"
    assert store.db["patrol"].count == 0


def test_no_segment_on_the_day_names_the_date_not_the_empty_list(
        store: Any, world: dict[str, Any]) -> None:
    # a track from before the chief's assignment (2026-01-01) leaves the form's segment list
    # empty: "choose the segment" would point at a list with nothing in it
    old = datetime(2025, 12, 20, 8, 0, tzinfo=TZ)
    with pytest.raises(UserError, match="not responsible for any segment on 2025-12-20") as info:
        patrols.check_input(store, patrol_input(world, segment_ids=[], start=old,
                                                end=old + timedelta(minutes=30), track=None,
                                                photos=[], problems=[]))
    assert info.value.where == "start"
    # on a day with an assignment, the chief is asked to choose one of them
    with pytest.raises(UserError, match="Choose the segment") as info:
        patrols.check_input(store, patrol_input(world, segment_ids=[]))
    assert info.value.where == "segment"


def test_bad_times_and_bad_photo_leave_nothing(store: Any, world: dict[str, Any]) -> None:
    with pytest.raises(UserError, match="end time must be after"):
        patrols.submit(store, world["actor"], patrol_input(world, end=START))
    bad = [PhotoFile(b"%PDF-1.4 not a photo", "fake.jpg")]
    with pytest.raises(UserError, match="not a photo") as info:
        patrols.submit(store, world["actor"], patrol_input(world, photos=bad, problems=[]))
    assert info.value.where == "fake.jpg"
    assert store.db["patrol"].count == 0 and store.db["media"].count == 0


def test_short_track_is_invalid_with_reason(store: Any, world: dict[str, Any]) -> None:
    # (the problem of patrol_input lies beyond this short track's end: none here)
    inp = patrol_input(world, track=TrackFile(gpx_along(LINE[:2], START, minutes=5), "s.gpx"),
                       end=START + timedelta(minutes=5), problems=[])
    c = patrols.check_input(store, inp)
    verdict = patrols.evaluate(store, c, entered_at=START + timedelta(hours=1))
    assert verdict.status == "invalid"
    assert "too_short_time" in verdict.codes()


def test_reused_photo_and_late_entry(store: Any, world: dict[str, Any]) -> None:
    patrols.submit(store, world["actor"], patrol_input(world))
    later = START + timedelta(days=1)
    inp = patrol_input(world, start=later, end=later + timedelta(minutes=30),
                       track=TrackFile(gpx_along(LINE, later), "w2.gpx"), problems=[])
    pid = patrols.submit(store, world["actor"], inp, entered_at=later + timedelta(days=5))
    p = patrols.get_patrol(store, pid)
    assert p is not None and p.verdict == "invalid"
    codes = [r.code for r in p.reasons]
    assert "photo_reused" in codes and "entered_late" in codes
    assert p.filled_afterwards


def test_correction_is_a_new_revision_and_history_keeps_both(
        store: Any, world: dict[str, Any]) -> None:
    pid = patrols.submit(store, world["actor"], patrol_input(world))
    with pytest.raises(UserError, match="Say why"):
        patrols.correct(store, world["actor"], pid, patrol_input(world, notes="x"), "  ")
    number = patrols.correct(store, world["actor"], pid,
                             patrol_input(world, notes="河岸有建筑垃圾", problems=[]),
                             "wrong kind of waste")
    assert number == 2
    p = patrols.get_patrol(store, pid)
    assert p is not None and p.notes == "河岸有建筑垃圾" and p.revision == 2
    assert p.correction_reason == "wrong kind of waste"
    revs = patrols.history(store, pid)
    assert [(r.number, r.reason) for r in revs] == [(1, ""), (2, "wrong kind of waste")]
    assert revs[0].content["notes"] == "河岸有生活垃圾"
    assert revs[1].content["notes"] == "河岸有建筑垃圾"
    # the problem registered at submission stays
    assert len(p.problems) == 1
    # search text follows the correction
    assert patrols.count(store, PatrolFilter(search="建筑")) == 1
    assert patrols.count(store, PatrolFilter(search="有生活")) == 0


def test_drafts_survive_and_are_private(store: Any, world: dict[str, Any]) -> None:
    content = {"chief_id": world["chief"], "notes": "半截草稿"}
    did = patrols.save_draft(store, world["actor"], content)
    patrols.save_draft(store, world["actor"], {**content, "notes": "改过的草稿"}, did)
    (d,) = patrols.drafts(store, world["actor"])
    assert d.id == did and d.content["notes"] == "改过的草稿"
    assert patrols.drafts(store, world["actor2"]) == []
    with pytest.raises(PermissionDenied):
        patrols.save_draft(store, world["actor2"], content)
    pid = patrols.submit(store, world["actor"], patrol_input(world), draft_id=did)
    assert pid and patrols.drafts(store, world["actor"]) == []


def test_list_filters_and_search(store: Any, world: dict[str, Any]) -> None:
    ids = []
    for day in range(3):
        s = START + timedelta(days=day)
        ids.append(patrols.submit(store, world["actor"], patrol_input(
            world, start=s, end=s + timedelta(minutes=30), notes=f"第{day}次 巡查正常",
            track=TrackFile(gpx_along(LINE, s), f"w{day}.gpx"), photos=[], problems=[]),
            entered_at=s + timedelta(hours=1)))
    rows = patrols.list_patrols(store, PatrolFilter())
    assert [r["id"] for r in rows] == ids[::-1]
    assert rows[0]["chief_name"] == "王伟" and rows[0]["segment_code"] == "QSH-01"
    asc = patrols.list_patrols(store, PatrolFilter(), descending=False)
    assert [r["id"] for r in asc] == ids
    assert patrols.count(store, PatrolFilter(chief_id=world["chief2"])) == 0
    assert patrols.count(store, PatrolFilter(date_from=START.date() + timedelta(days=1),
                                             date_to=START.date() + timedelta(days=1))) == 1
    assert patrols.count(store, PatrolFilter(search="第1")) == 1  # two characters: instr
    assert patrols.count(store, PatrolFilter(search="巡查正常")) == 3  # trigram
    assert patrols.count(store, PatrolFilter(search="第")) == 3
    assert patrols.count(store, PatrolFilter(search="不存在的词")) == 0
    assert patrols.count(store, PatrolFilter(verdict="valid")) == 3
    assert patrols.count(store, PatrolFilter(verdict="invalid")) == 0
    page = patrols.list_patrols(store, PatrolFilter(), offset=1, limit=1)
    assert [r["id"] for r in page] == [ids[1]]


def test_problem_text_is_searchable(store: Any, world: dict[str, Any]) -> None:
    patrols.submit(store, world["actor"], patrol_input(world, notes="", actions=""))
    assert patrols.count(store, PatrolFilter(search="桥下")) == 1


def test_recompute_with_stricter_rules_changes_verdict(store: Any, world: dict[str, Any]) -> None:
    from dataclasses import replace

    from riverchief.rules import default_rules

    pid = patrols.submit(store, world["actor"], patrol_input(world))
    base = default_rules()
    levels = {k: replace(v, min_duration_min=60) for k, v in base.patrol.levels.items()}
    strict = replace(base, patrol=replace(base.patrol, levels=levels), version="strict")
    with pytest.raises(PermissionDenied):
        patrols.recompute_verdicts(store, world["actor"], rules=strict)
    assert patrols.recompute_verdicts(store, world["evaluator"], rules=strict) == 1
    p = patrols.get_patrol(store, pid)
    assert p is not None and p.verdict == "invalid" and "strict" in p.ruleset
    assert json.loads(store.db["patrol"].get(pid)["reasons"])[0]["code"] == (
        "too_short_time")


def test_a_problem_without_a_description_is_refused(store: Any, world: dict[str, Any]) -> None:
    inp = patrol_input(world, problems=[ProblemInput("bank.household", "桥下堆放垃圾"),
                                        ProblemInput("surface.floating", "  ")])
    with pytest.raises(UserError, match="no description") as info:
        patrols.submit(store, world["actor"], inp)
    assert info.value.where == "problems 2"
    assert store.db["patrol"].count == 0 and store.db["problem"].count == 0
