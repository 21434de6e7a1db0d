"""A problem found on patrol is placed on the track, at the time the track was there."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from riverchief import patrols
from riverchief.errors import UserError
from riverchief.patrols import ProblemInput
from tests.unit.patrols.test_patrol_records import START, patrol_input

pytestmark = pytest.mark.usefixtures("english")


def _problem(store: Any, pid: str) -> dict[str, Any]:
    (row,) = store.db.query("SELECT * FROM problem WHERE patrol_id = ?", [pid])
    return row


def test_a_place_beside_the_track_snaps_onto_it_with_the_track_time(
        store: Any, world: dict[str, Any]) -> None:
    # the walk goes (113.600, 34.700) → (113.610, 34.705) in the first 15 minutes; a click
    # ~30 m north of its middle
    inp = patrol_input(world, problems=[ProblemInput("bank.household", "垃圾", 113.605,
                                                     34.7028)])
    pid = patrols.submit(store, world["actor"], inp)
    row = _problem(store, pid)
    assert row["lon"] != 113.605 or row["lat"] != 34.7028  # moved onto the track
    assert abs(row["lat"] - (34.700 + (row["lon"] - 113.600) * 0.5)) < 1e-5
    found = datetime.fromisoformat(row["found_at"])
    assert START + timedelta(minutes=6) < found < START + timedelta(minutes=9)
    (problem,) = patrols.get_patrol(store, pid).problems  # type: ignore[union-attr]
    assert problem.found_at == row["found_at"]


def test_a_chosen_time_is_kept(store: Any, world: dict[str, Any]) -> None:
    when = START + timedelta(minutes=21)
    inp = patrol_input(world, problems=[ProblemInput("bank.household", "垃圾", 113.614,
                                                     34.707, found_at=when)])
    pid = patrols.submit(store, world["actor"], inp)
    assert datetime.fromisoformat(_problem(store, pid)["found_at"]) == when


def test_without_a_place_the_problem_is_found_at_the_start(
        store: Any, world: dict[str, Any]) -> None:
    pid = patrols.submit(store, world["actor"], patrol_input(
        world, problems=[ProblemInput("bank.household", "垃圾")]))
    row = _problem(store, pid)
    assert row["lon"] is None and datetime.fromisoformat(row["found_at"]) == START


@pytest.mark.parametrize(("problem", "message"), [
    (ProblemInput("bank.household", "x", 113.70, 34.70),
     "The problem's place is 7,39\\d m from the track: choose a place on the track."),
    (ProblemInput("bank.household", "x", 113.61, None),
     "Give both the longitude and the latitude"),
    (ProblemInput("bank.household", "x", 213.61, 34.7),
     "is not a longitude and latitude"),
    (ProblemInput("bank.household", "x", found_at=START + timedelta(hours=3)),
     "The problem was found at 2026-07-01 11:00, outside the patrol"
     " \\(2026-07-01 08:00 to 08:30\\)."),
])
def test_a_bad_place_or_time_is_refused_and_nothing_is_stored(
        store: Any, world: dict[str, Any], problem: ProblemInput, message: str) -> None:
    ok = ProblemInput("bank.household", "fine")
    with pytest.raises(UserError, match=message) as info:
        patrols.submit(store, world["actor"], patrol_input(world, problems=[ok, problem]))
    assert info.value.where == "problems 2"
    assert store.db["patrol"].count == 0 and store.db["problem"].count == 0
