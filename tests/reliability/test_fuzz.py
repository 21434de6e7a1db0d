"""Hostile and broken inputs (issue 11): the CI-size run of ``benchmarks/fuzz.py``.

The full run (10,000+ cases) is ``python benchmarks/fuzz.py``; its figures are in the
README. Failing inputs are kept in ``benchmarks/results/fuzz-failures/``.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from benchmarks import fuzz
from riverchief.errors import UserError


@pytest.mark.slow
def test_every_importer_survives_hostile_input() -> None:
    result = fuzz.run(examples=40, seed=7)
    assert set(result["targets"]) == {"tracks", "registry", "samples", "rules", "database",
                                      "photos", "patrol history", "packages"}
    assert result["cases"] >= 320
    assert result["failures"] == [], "\n\n".join(result["failures"][:3])
    for name, t in result["targets"].items():
        assert t["refused"] > 0 and t["accepted"] > 0, (name, t)  # both paths exercised


def test_mutations_change_the_input_in_every_way() -> None:
    seed = b"<gpx><trk><trkseg></trkseg></trk></gpx>"
    outputs = {fuzz.mutate(seed, [(kind, 5, 3, b"XYZ")]) for kind in range(7)}
    assert len(outputs) == 7 and seed not in outputs
    assert fuzz.mutate(seed, [(4, 0, 0, b"")]) == b""  # cut to nothing


def test_the_checker_reports_a_crash_and_a_change_behind_a_refusal(tmp_path: Path) -> None:
    import sqlite3

    def crashes(data: bytes, name: str) -> None:
        raise KeyError("boom")

    assert "KeyError" in (fuzz.check_case(fuzz.Target("t", [], ["x"], crashes), b"", "x") or "")
    db = tmp_path / "o.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    observer = sqlite3.connect(db)

    def writes_then_refuses(data: bytes, name: str) -> None:
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()
        raise UserError("refused")

    target = fuzz.Target("w", [], ["x"], writes_then_refuses, observer=observer)
    assert "changed" in (fuzz.check_case(target, b"", "x") or "")


def sparse(path: Path, size: int, head: bytes) -> Path:
    with path.open("wb") as f:
        f.write(head)
        f.truncate(size)
    return path


def test_a_200_mb_track_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    from riverchief.tracks.readers import read_track

    big = sparse(tmp_path / "big.gpx", 200 * 1024 * 1024, b"<?xml version='1.0'?><gpx>")
    tracemalloc.start()
    try:
        with pytest.raises(UserError) as err:
            read_track(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "big.gpx" in str(err.value) and "200" in str(err.value)
    assert peak < 20 * 1024 * 1024


def test_an_oversized_registry_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    from riverchief.registry.files import MAX_BYTES, read_tables

    big = sparse(tmp_path / "areas.csv", MAX_BYTES + 1, "编码,名称\n".encode())
    tracemalloc.start()
    try:
        with pytest.raises(UserError) as err:
            read_tables(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "areas.csv" in str(err.value)
    assert peak < 20 * 1024 * 1024
