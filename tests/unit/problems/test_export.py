"""Exports read back, and the CLI's ``problems list`` / ``outfalls list``."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ledger_fixtures import PNG, at, reach

from riverchief.cli import main
from riverchief.errors import UserError
from riverchief.outfalls import export as oexport
from riverchief.outfalls import ledger as of
from riverchief.problems import export, ledger
from riverchief.security import Actor

TEN = ["编号", "来源", "类别", "河段", "问题描述", "责任单位", "整改时限", "状态", "销号日期",
       "回头看结果"]


@pytest.fixture
def filled(store: Any, reg: dict[str, str], actors: dict[str, Actor]) -> dict[str, str]:
    ids = {s: reach(store, reg, actors, s) for s in ("registered", "rectifying", "closed")}
    ledger.recheck(store, actors["evaluator"], ids["closed"], confirm=True,
                   at=at("2026-08-12T09:00"))
    oid = of.add_outfall(store, actors["evaluator"], code="PWK-001", name="造纸厂排口",
                         type="industrial", segment_id=reg["s1"], responsible_entity="造纸厂")
    of.set_plan(store, actors["evaluator"], oid, remediation="ban", measures="封堵",
                deadline="2026-06-30")
    return {**ids, "outfall": oid}


def test_problem_export_reads_back(tmp_path: Path, store: Any, actors: dict[str, Actor],
                                   filled: dict[str, str]) -> None:
    from openpyxl import load_workbook

    ev = actors["evaluator"]
    xlsx, csv_path = tmp_path / "问题台账.xlsx", tmp_path / "问题台账.csv"
    assert export.export_problems(store, ev, xlsx, today=date(2026, 7, 25)) == 3
    assert export.export_problems(store, ev, csv_path, today=date(2026, 7, 25)) == 3
    ws = load_workbook(xlsx).active
    sheet = [[c.value for c in row] for row in ws.iter_rows()]
    assert sheet[0][:10] == TEN
    # the office layout: named sheet, bold headers, frozen header row, readable widths
    assert (ws.title, ws.freeze_panes, ws["A1"].font.b) == ("问题台账", "A2", True)
    assert ws.column_dimensions["E"].width >= 8
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == sheet[0]
    by_state = {r[7]: dict(zip(table[0], r, strict=True)) for r in table[1:]}
    assert set(by_state) == {"登记", "整改中", "已销号"}
    closed = by_state["已销号"]
    assert (closed["来源"], closed["类别"], closed["河段"], closed["责任单位"]) == (
        "巡河发现", "生活垃圾", "清水河柳泉段", "清源区水利局")
    assert (closed["整改时限"], closed["销号日期"], closed["回头看结果"]) == (
        "2026-07-20", "2026-07-11", "已确认")
    assert by_state["整改中"]["逾期天数"] == "5"
    xlsx_rows = {r[7]: r for r in sheet[1:]}
    assert xlsx_rows["整改中"][17] == 5 and xlsx_rows["登记"][5] in ("", None)
    with pytest.raises(UserError):
        export.export_problems(store, ev, tmp_path / "ledger.pdf")


def test_outfall_export_reads_back(tmp_path: Path, store: Any, actors: dict[str, Actor],
                                   filled: dict[str, str]) -> None:
    path = tmp_path / "排污口.csv"
    assert oexport.export_outfalls(store, actors["evaluator"], path,
                                   today=date(2026, 7, 10)) == 1
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["排污口类型"] == "工业" and rows[0]["整治类型"] == "取缔"
    assert rows[0]["阶段"] == "排查" and rows[0]["逾期天数"] == "10"
    assert rows[0]["受纳水体"] == "清水河"


def test_cli_problems_list_json(store: Any, actors: dict[str, Actor], filled: dict[str, str],
                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store.path)
    assert main(["--db", db, "problems", "list", "--format", "json",
                 "--today", "2026-07-25"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert {i["state"] for i in items} == {"登记", "整改中", "已销号"}
    closed = next(i for i in items if i["state"] == "已销号")
    assert {"id", "code", "state", "deadline", "evidence", "verifier", "timeline"} <= set(closed)
    assert closed["verifier"] == "hzb2" and closed["deadline"] == "2026-07-20"
    assert [e["kind"] for e in closed["evidence"]] == ["before", "after"]
    assert [t["action"] for t in closed["timeline"]] == [
        "登记", "交办", "接收整改", "报送整改", "验收销号", "回头看确认"]
    assert main(["--db", db, "problems", "list", "--overdue", "--format", "json",
                 "--today", "2026-07-25"]) == 0
    assert [i["state"] for i in json.loads(capsys.readouterr().out)] == ["整改中"]
    assert main(["--db", db, "problems", "list", "--state", "已销号", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split(",")[:10] == TEN and len(out) == 2
    assert main(["--db", db, "problems", "list", "--state", "nonsense"]) == 1


def test_cli_outfalls_list(store: Any, filled: dict[str, str],
                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store.path)
    assert main(["--db", db, "outfalls", "list", "--overdue", "--format", "json",
                 "--today", "2026-07-10"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["code"], i["stage"], i["days_overdue"]) for i in items] == [("PWK-001", "排查", 10)]
    assert main(["--db", db, "outfalls", "list", "--overdue", "--format", "json",
                 "--today", "2026-06-01"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", db, "outfalls", "progress", "--year", "2026", "--today",
                 "2026-07-10", "--format", "csv"]) == 0
    assert "排查,1,100.0%" in capsys.readouterr().out


def test_export_keeps_the_fix_photo(store: Any, reg: dict[str, str],
                                    actors: dict[str, Actor]) -> None:
    pid = reach(store, reg, actors, "awaiting")
    row = ledger.get_problem(store, actors["evaluator"], pid)
    data = export.problem_json(store, row)
    assert [e["file"] for e in data["evidence"]] == ["before.png", "after.png"]
    assert data["evidence"][1]["mime"] == "image/png" and PNG


def test_cli_notice(tmp_path: Path, store: Any, filled: dict[str, str],
                    capsys: pytest.CaptureFixture[str]) -> None:
    code = store.db["problem"].get(filled["rectifying"])["code"]
    out = tmp_path / "slip.pdf"
    assert main(["--db", str(store.path), "problems", "notice", code, "--kind", "notice",
                 "--office", "清源区河长办", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(store.path), "problems", "notice", "P1999-00009",
                 "-o", str(out)]) == 1


def test_cli_takes_a_problem_through_the_workflow(tmp_path: Path, store: Any,
                                                  reg: dict[str, str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A single-user installation: the owner does everything, but not verify their own fix."""
    from ledger_fixtures import PNG

    db = str(store.path)
    photo = tmp_path / "after.png"
    photo.write_bytes(PNG)
    assert main(["--db", db, "problems", "add", "--source", "superior", "--category",
                 "surface.oil", "--description", "油污", "--segment", "QSH-01"]) == 0
    code = capsys.readouterr().out.strip()
    steps = [["assign", "--unit", "U1", "--deadline", "2099-01-01", "--requirement", "清理"],
             ["accept"], ["report_fix", "--measures", "已清理", "--file", str(photo)]]
    for step in steps:
        assert main(["--db", db, "problems", "act", code, *step]) == 0
    assert capsys.readouterr().out.strip().endswith("待验收")
    assert main(["--db", db, "problems", "act", code, "verify"]) == 1
    assert "另一用户" in capsys.readouterr().err
    assert main(["--db", db, "problems", "act", code, "assign"]) == 1
