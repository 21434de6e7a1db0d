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
