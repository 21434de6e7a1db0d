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
    assert {"records", "migration", "restore", "demo", "patrols", "package"} <= set(rotation)
    assert not crash.WORKLOADS["unsafe"].in_rotation


@pytest.mark.slow
def test_package_imports_are_whole_or_absent(tmp_path) -> None:
    totals = crash.run_trials(3, seed=5, workloads=["package"])
    assert (totals["corrupt"], totals["lost"], totals["partial"]) == (0, 0, 0), totals["notes"]
    # and the check can fail: an import with part of its chain missing is reported
    from riverchief.db import open_store
    from riverchief.exchange.merge import import_package
    from riverchief.security import SYSTEM

    workload = crash.WORKLOADS["package"]
    crash.PackageImport.made = None
    (tmp_path / "t0").mkdir()
    db = workload.prepare(tmp_path / "t0", tmp_path / "template.db")
    assert crash.PackageImport.made is not None
    first = crash.PackageImport.made["packages"][0]
    with open_store(db) as store:
        import_package(store, SYSTEM, first["package"], backup=False)
    whole = crash.Verdict()
    workload.verify(db, [{"op": "package", "path": str(first["package"])}], whole)
    assert whole.notes == []
    conn = crash.connect_raw(db)
    conn.execute("DELETE FROM chain_entry WHERE seq > 390")
    conn.commit()
    conn.close()
    half = crash.Verdict()
    workload.verify(db, [], half)
    assert half.partial == 1, half.notes
    crash.PackageImport.made = None
