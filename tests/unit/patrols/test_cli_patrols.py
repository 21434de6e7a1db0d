from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from riverchief.cli import main
from tests.unit.patrols.conftest import LINE, gpx_along, jpeg

pytestmark = pytest.mark.usefixtures("english")

START = datetime(2026, 7, 1, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_add_list_and_show(store: Any, world: dict[str, Any], tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store.path)
    store.close()
    track = tmp_path / "walk.gpx"
    track.write_bytes(gpx_along(LINE, START))
    photo = tmp_path / "p.jpg"
    photo.write_bytes(jpeg(START, 113.605, 34.7025))
    assert main(["--db", db, "patrols", "add", "--chief", "C001", "--segment", "QSH-01",
                 "--track", str(track), "--photo", str(photo), "--check", "bank=problem",
                 "--problem", "bank.household:桥下垃圾", "--notes", "巡查正常",
                 "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] in ("valid", "suspect")  # suspect: entered months after July
    assert main(["--db", db, "patrols", "list", "--chief", "C001", "--period", "2026-07",
                 "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["id"] == out["id"] and row["start"] == "2026-07-01T08:00:00+08:00"
    assert row["duration_min"] == 30 and row["segment"] == "QSH-01"
    assert main(["--db", db, "patrols", "list", "--search", "桥下", "--format", "csv"]) == 0
    assert out["id"] in capsys.readouterr().out
    assert main(["--db", db, "patrols", "list", "--period", "2026-08", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", db, "patrols", "show", out["id"]]) == 0
    assert "revision 1" in capsys.readouterr().out


def test_add_errors_are_one_line(store: Any, world: dict[str, Any], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store.path)
    store.close()
    assert main(["--db", db, "patrols", "add", "--chief", "C001", "--segment", "QSH-02",
                 "--start", "2026-07-01 08:00", "--end", "2026-07-01 09:00"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == ("riverchief: segment: 王伟 was not responsible for segment QSH-02 "
                           "on 2026-07-01.")
    bad = tmp_path / "bad.csv"
    bad.write_text("河长,河段,巡河日期,开始时间,结束时间\nC001,QSH-01,2026-03-02,8:00,7:00\n",
                   encoding="utf-8")
    assert main(["--db", db, "patrols", "import", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("bad.csv, row 2, column 结束时间: The end time 07:00 is not after the "
                      "start time 08:00.")
    assert err[1].startswith("riverchief: bad.csv: 1 problem(s) found; nothing was imported")


def test_recompute_judges_what_was_not_judged_here(
        store: Any, world: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from riverchief.security import SYSTEM, users

    users.add_user(store, SYSTEM, "office", "河长办", "evaluator", password="Office-2026!",
                   scope_area_id=world["district"])
    users.add_user(store, SYSTEM, "wangwei", "王伟", "chief", password="Chief-2026!x",
                   chief_id=world["chief"])
    track = tmp_path / "walk.gpx"
    track.write_bytes(gpx_along(LINE, START))
    db = str(store.path)
    store.close()
    monkeypatch.setenv("RIVERCHIEF_PASSWORD", "Chief-2026!x")
    assert main(["--db", db, "patrols", "add", "--chief", "C001", "--segment", "QSH-01",
                 "--track", str(track), "--user", "wangwei", "--format", "json"]) == 0
    pid = json.loads(capsys.readouterr().out)["id"]
    # a chief may not judge
    assert main(["--db", db, "patrols", "recompute", "--user", "wangwei"]) == 1
    assert "may not do this (review patrols)" in capsys.readouterr().err
    monkeypatch.setenv("RIVERCHIEF_PASSWORD", "Office-2026!")
    # as if the patrol had arrived from the chief's laptop: its verdict is not the office's
    from riverchief.db import open_store

    with open_store(Path(db)) as s:
        s.conn.execute("UPDATE patrol SET origin = 'laptop', verdict = 'valid', reasons = '[]'"
                       " WHERE id = ?", [pid])
        s.conn.execute("DELETE FROM patrol_judgement")
        s.conn.commit()
    assert main(["--db", db, "patrols", "recompute", "--user", "office", "--dry-run",
                 "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["not_judged"] == 1 and out["ruleset"].endswith("2026.1")
    assert main(["--db", db, "patrols", "recompute", "--user", "office", "--period", "2026-08",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["judged"] == 0
    assert main(["--db", db, "patrols", "recompute", "--user", "office", "--period", "2026Q3",
                 "--chief", "C001"]) == 0
    text = capsys.readouterr().out
    # entered months after the patrol: the office's verdict is "suspect"
    assert text.startswith("1 patrols judged with") and "valid->suspect: 1" in text
    assert main(["--db", db, "patrols", "recompute", "--user", "office", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("0 patrols not yet judged here")
    assert main(["--db", db, "patrols", "recompute", "--user", "office", "--all",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "ruleset": out["ruleset"], "judged": 1, "changed": 0, "verdicts_changed": {}}


def test_add_places_problems_on_the_track(store: Any, world: dict[str, Any], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    track = tmp_path / "walk.gpx"
    track.write_bytes(gpx_along(LINE, START))  # 08:00–08:30 along LINE
    db = str(store.path)
    store.close()
    assert main(["--db", db, "patrols", "add", "--chief", "C001", "--segment", "QSH-01",
                 "--track", str(track), "--problem", "bank.household:桥下垃圾@08:15",
                 "--problem", "surface.floating:漂浮物@113.6101,34.7052",
                 "--problem", "other:没有位置", "--format", "json"]) == 0
    pid = json.loads(capsys.readouterr().out)["id"]
    from riverchief.db import open_store

    with open_store(Path(db)) as s:
        rows = {r["description"]: r for r in s.db.query(
            "SELECT * FROM problem WHERE patrol_id = ?", [pid])}
    at_time = rows["桥下垃圾"]
    # halfway through the walk: the middle point of LINE
    assert at_time["found_at"] == "2026-07-01T08:15:00+08:00"
    assert abs(at_time["lon"] - 113.610) < 1e-4 and abs(at_time["lat"] - 34.705) < 1e-4
    near = rows["漂浮物"]  # snapped onto the track, timed by it
    assert abs(near["lon"] - 113.6101) < 2e-4 and near["found_at"].startswith("2026-07-01T08:1")
    assert rows["没有位置"]["lon"] is None
    assert rows["没有位置"]["found_at"] == "2026-07-01T08:00:00+08:00"
    assert main(["--db", db, "patrols", "add", "--chief", "C001", "--segment", "QSH-01",
                 "--track", str(track), "--problem", "other:x@8点"]) == 1
    assert capsys.readouterr().err.strip() == (
        "riverchief: --problem: '8点' is not a time HH:MM or a place LON,LAT.")
    assert main(["--db", db, "patrols", "add", "--chief", "C001", "--segment", "QSH-01",
                 "--track", str(track), "--problem", "other:x@09:30"]) == 1
    assert "outside the patrol" in capsys.readouterr().err
