from __future__ import annotations

import json
from pathlib import Path

import pytest

from riverchief.cli import main

KEYS = {"file", "tracks", "segments", "points", "timed_points", "distance_m", "duration_s",
        "start", "end", "warnings", "crs", "creator"}


def test_info_json(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--lang", "en", "tracks", "info", "--format", "json",
                 str(corpus_dir / "google_mytracks_gxmultitrack.kml"),
                 str(corpus_dir / "gpsbabel_korita-zbevnica_4seg.gpx")])
    assert code == 0
    kml, korita = json.loads(capsys.readouterr().out)
    assert set(kml) == KEYS
    assert (kml["tracks"], kml["segments"], kml["points"], kml["timed_points"]) == (1, 2, 26, 26)
    assert kml["start"] == "2014-04-12T14:26:16.702+00:00"
    assert [w["code"] for w in kml["warnings"]] == ["repeated_times", "jump"]
    assert korita["duration_s"] == 13381.0 and korita["points"] == 871


def test_info_untimed_has_null_duration(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    f = tmp_path / "line.csv"
    f.write_text("lat,lon\n34.75,113.60\n34.75,113.61\n", encoding="utf-8")
    assert main(["tracks", "info", "--format", "json", "--crs", "gcj02", str(f)]) == 0
    (info,) = json.loads(capsys.readouterr().out)
    assert info["duration_s"] is None and info["start"] is None and info["crs"] == "gcj02"
    assert info["warnings"][0]["message"] == "所有点都没有时间：无法核验时长和速度。"


def test_info_bad_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "x.kmz"
    f.write_bytes(b"not a zip at all")
    assert main(["--lang", "en", "tracks", "info", str(f)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "x.kmz: This KMZ file is not a zip archive" in err


def _store_with_segment(path: Path) -> None:
    from riverchief.db import open_store, records

    with open_store(path, create=True) as store:
        area = records.insert(store, "area", {"code": "410102", "name": "清源区",
                                              "level": "district", "parent_id": None},
                              actor="test")
        water = records.insert(store, "water", {"code": "W1", "name": "清水河", "kind": "river",
                                                "parent_id": None, "area_id": area},
                               actor="test")
        records.insert(store, "segment", {
            "code": "QS-01", "name": "清水河一段", "water_id": water, "area_id": area,
            "geometry": json.dumps([[113.60, 34.75], [113.61, 34.75], [113.62, 34.75]]),
            "length_m": 1830.0}, actor="test")


def test_check_prints_verdict_and_reasons(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    db = tmp_path / "r.db"
    _store_with_segment(db)
    walk = tmp_path / "walk.csv"
    lines = ["lat,lon,time"] + [f"34.75,{113.60 + i * 0.0008:.4f},2026-07-01 08:{i:02d}:00"
                                for i in range(26)]
    walk.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["--db", str(db), "--lang", "en", "tracks", "check", str(walk), "--segment", "QS-01",
            "--level", "village", "--start", "2026-07-01 08:00", "--end", "2026-07-01 08:25"]
    assert main(args + ["--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["verdict"] == "valid" and result["reasons"] == []
    assert result["figures"]["coverage"] == pytest.approx(1.0)
    # the same walk claimed a day later: no overlap with the claimed times
    assert main(args[:-4] + ["--start", "2026-07-02 08:00", "--end", "2026-07-02T08:25+08:00"]
                ) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{walk}: invalid (invalid)")
    assert "outside_window" in out and "does not overlap them at all" in out


def test_check_unknown_segment_and_bad_time(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.db"
    _store_with_segment(db)
    f = tmp_path / "w.csv"
    f.write_text("lat,lon\n34.75,113.60\n34.75,113.61\n", encoding="utf-8")
    base = ["--db", str(db), "--lang", "en", "tracks", "check", str(f), "--level", "village"]
    assert main(base + ["--segment", "NOPE", "--start", "2026-07-01 08:00",
                        "--end", "2026-07-01 09:00"]) == 1
    assert "--segment: No segment with code NOPE." in capsys.readouterr().err
    assert main(base + ["--segment", "QS-01", "--start", "8 o'clock",
                        "--end", "2026-07-01 09:00"]) == 1
    assert "--start: '8 o'clock' is not a time" in capsys.readouterr().err
