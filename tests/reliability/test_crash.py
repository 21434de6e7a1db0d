"""Crash safety (issue 11): SIGKILL at random moments loses no confirmed write.

A small run of ``benchmarks/crash.py``; the full 200-trial run is in the README.
"""

from __future__ import annotations

import pytest

from benchmarks import crash


@pytest.mark.slow
def test_random_kills_lose_and_corrupt_nothing() -> None:
    totals = crash.run_trials(12, seed=11)
    assert totals["trials"] == 12
    assert (totals["corrupt"], totals["lost"], totals["partial"]) == (0, 0, 0), totals["notes"]
    assert totals["confirmed"] > 0  # the children did confirm writes before being killed


@pytest.mark.slow
def test_the_harness_catches_a_write_path_that_confirms_too_early() -> None:
    totals = crash.run_trials(4, seed=3, workloads=["unsafe"])
    assert totals["lost"] + totals["partial"] > 0


def test_every_workload_is_in_the_rotation_or_a_self_test() -> None:
    rotation = [n for n, w in crash.WORKLOADS.items() if w.in_rotation]
    assert {"records", "migration", "restore", "demo", "patrols"} <= set(rotation)
    assert not crash.WORKLOADS["unsafe"].in_rotation
