"""``riverchief assessment score|runs|compare`` on the small district."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riverchief.cli import main
from riverchief.db import open_store

from .district import make_district


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "d.db"
    with open_store(path, create=True) as store:
        make_district(store)
    return path


def test_score_json_has_the_documented_shape(db: Path, capsys: pytest.CaptureFixture[str],
                                             english: None) -> None:
    assert main(["--db", str(db), "assessment", "score", "--period", "2026Q1",
                 "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["chief_code"] for d in data] == ["VB", "VC", "VA", "TC", "DC"]
    assert set(data[0]) == {"chief_id", "chief_code", "chief_name", "level", "area", "total",
                            "grade", "rank", "indicators"}
    dc = data[4]
    assert (dc["total"], dc["grade"], dc["rank"], dc["area"]) == (73.67, "pass", 1, "示范区")
    sup = next(i for i in dc["indicators"] if i["key"] == "supervision")
    assert set(sup) == {"key", "name", "points", "max_points", "deductions"}
    assert (sup["points"], sup["max_points"]) == (4.0, 20.0)
    assert [(d["points"], len(d["records"])) for d in sup["deductions"]] == [(-1.0, 1),
                                                                             (-15.0, 1)]
    assert set(sup["deductions"][0]) == {"points", "reason", "records"}
    va = data[2]
    patrol = va["indicators"][0]
    assert patrol["deductions"][0]["records"] == ["2026-W06", "2026-W07"]
    assert patrol["deductions"][0]["reason"] == (
        "1 patrol(s) per week required: 6 in the period (13 x 45 of 90 days assigned, "
        "rounded down); 5 counted, 1 missed")


def test_score_table_level_area_and_freeze(db: Path, capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    assert main(["--db", str(db), "assessment", "score", "--period", "2026Q1", "--level",
                 "village", "--area", "410102001"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 5 and out[2].split()[:4] == ["1", "1", "VB", "赵乙"]
    assert main(["--db", str(db), "assessment", "score", "--period", "2026Q1",
                 "--freeze", "--format", "csv", "-o", str(tmp_path / "r.csv")]) == 0
    run_line = capsys.readouterr().err.strip()
    assert run_line.startswith("run ")
    assert (tmp_path / "r.csv").read_text(encoding="utf-8-sig").startswith("rank,level_rank")
    assert main(["--db", str(db), "assessment", "runs", "--format", "json"]) == 0
    runs = json.loads(capsys.readouterr().out)
    assert len(runs) == 1 and runs[0]["chiefs"] == 5 and runs[0]["period"] == "2026Q1"
    run_id = runs[0]["id"]
    assert main(["--db", str(db), "assessment", "compare", run_id, run_id, "--format",
                 "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"notes": [], "changes": []}


def test_bad_input_is_one_line(db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                               english: None) -> None:
    assert main(["--db", str(db), "assessment", "score", "--period", "2026Q9"]) == 1
    assert "is not a period" in capsys.readouterr().err
    assert main(["--db", str(db), "assessment", "score", "--period", "2026Q1",
                 "--area", "nope"]) == 1
    assert capsys.readouterr().err.strip() == "riverchief: --area: No area with code nope."
    bad = tmp_path / "bad.toml"
    bad.write_text("[ruleset]\nname = 'x'\nversion = '1'\n[assessment]\nbonus_cap = -1\n",
                   encoding="utf-8")
    assert main(["--db", str(db), "assessment", "score", "--period", "2026Q1", "--rules",
                 str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.toml, line 5, assessment.bonus_cap: must be at least 0 (is -1)" in err


def test_withdraw_a_run_and_list_the_withdrawn(db: Path, capsys: pytest.CaptureFixture[str],
                                               english: None) -> None:
    assert main(["--db", str(db), "assessment", "score", "--period", "2026Q1",
                 "--freeze", "--format", "json"]) == 0
    run_id = capsys.readouterr().err.strip().split()[-1]
    assert main(["--db", str(db), "assessment", "withdraw", run_id, "--reason", " "]) == 1
    assert "reason" in capsys.readouterr().err
    assert main(["--db", str(db), "assessment", "withdraw", run_id, "--reason",
                 "trial run"]) == 0
    assert capsys.readouterr().err.strip() == f"run {run_id} withdrawn"
    assert main(["--db", str(db), "assessment", "runs", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", str(db), "assessment", "runs", "--withdrawn", "--format",
                 "json"]) == 0
    (gone,) = json.loads(capsys.readouterr().out)
    assert (gone["id"], gone["reason"], gone["period"]) == (run_id, "trial run", "2026Q1")
