"""``riverchief wq classify`` and ``riverchief wq ccme`` on files, without a database."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from riverchief.cli import main

WIDE = (
    "断面名称,监测时间,pH(无量纲),溶解氧(mg/L),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),"
    "石油类(mg/L),水体类型\n"
    "甲,2026-07-01 08:00,7.5,6.2,4.1,0.5,0.1004,--,\n"
    "乙,2026-07-01,7.2,1.99,16,2.1,0.45,0.45,河流\n"
    "丙,2026-07-01,7.0,8,2,0.1,0.1004,,湖库\n"
    "丁,2026-07-01,*,,,,,,\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_classify_csv_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.csv"
    path.write_bytes(WIDE.encode("gbk"))
    code, out, _ = run(capsys, "wq", "classify", str(path))
    assert code == 0
    rows = list(csv.DictReader(out.splitlines()))
    assert [r["class"] for r in rows] == ["Ⅲ", "劣Ⅴ", "Ⅴ", ""]
    assert [r["status"] for r in rows] == ["良好", "重度污染", "中度污染", ""]
    assert rows[1]["main_pollutants"] == "高锰酸盐指数(1.67)、总磷(1.25)、氨氮(1.10)"
    assert rows[2]["main_pollutants"] == "总磷(1.01)"
    assert rows[0]["总磷(mg/L)"] == "0.1004"  # the original cell is kept


def test_classify_water_type_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.csv"
    path.write_text("codmn,tp\n3,0.1004\n", encoding="utf-8")
    _, out, _ = run(capsys, "--lang", "en", "wq", "classify", str(path), "--water-type", "lake")
    assert list(csv.DictReader(out.splitlines()))[0]["class"] == "V"
    _, out, _ = run(capsys, "--lang", "en", "wq", "classify", str(path))
    assert list(csv.DictReader(out.splitlines()))[0]["class"] == "III"


def test_classify_to_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.csv"
    path.write_text(WIDE, encoding="utf-8-sig")
    out = tmp_path / "out.xlsx"
    code, _, _ = run(capsys, "wq", "classify", str(path), "-o", str(out))
    assert code == 0
    ws = load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[-3:] == ["class", "status", "main_pollutants"]
    assert ws.cell(row=3, column=len(header) - 2).value == "劣Ⅴ"


def test_classify_bad_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("codmn,tp\n3,0.1\nx,0.1\n4,zz\n", encoding="utf-8")
    code, out, err = run(capsys, "--lang", "en", "wq", "classify", str(path))
    assert code == 1 and out == ""
    assert err == ("riverchief: bad.csv, row 3, column codmn: 'x' is not a value: write a "
                   "number, a below-detection value (<0.01, 0.01L, ND) or leave it blank. "
                   "(and 1 more problems)\n")


CCME = (
    "Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units\n"
    + "".join(
        f"2026-0{m}-01,{v},{val},{dl},{lo},{up},mg/L\n"
        for m, rows in enumerate(
            [
                [("A", "0.5", "", "", "1"), ("B", "0.1", "", "", "1"), ("C", "0.1", "", "", "1"),
                 ("D", "<0.01", "0.01", "", "0.001"), ("DO", "4", "", "5", "")],
                [("A", "2", "", "", "1"), ("B", "0.1", "", "", "1"), ("C", "0.1", "", "", "1"),
                 ("D", "0.1", "", "", "1"), ("DO", "6", "", "5", "")],
                [("A", "1", "", "", "1"), ("B", "0.1", "", "", "1"), ("C", "", "", "", "1"),
                 ("D", "3", "", "", "1"), ("DO", "5", "", "5", "")],
                [("A", "0.2", "", "", "1"), ("B", "0.1", "", "", "1"), ("C", "0.1", "", "", "1"),
                 ("D", "0.1", "", "", "1"), ("DO", "7", "", "5", "")],
            ],
            start=1,
        )
        for v, val, dl, lo, up in rows
    )
)


def test_ccme_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.csv"
    path.write_text(CCME, encoding="utf-8")
    code, out, _ = run(capsys, "wq", "ccme", str(path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["variables"] == 5
    assert data["tests"] == 19  # one blank is not a test
    assert data["failed_variables"] == 3  # A, D, DO; D's below-detection value passes
    assert data["failed_tests"] == 3
    assert data["F1"] == pytest.approx(60.0)
    assert data["F2"] == pytest.approx(100 * 3 / 19, abs=1e-4)
    nse = (1.0 + 2.0 + 0.25) / 19
    f3 = nse / (0.01 * nse + 0.01)
    assert data["F3"] == pytest.approx(f3, abs=1e-4)
    wqi = 100 - (60.0**2 + (300 / 19) ** 2 + f3**2) ** 0.5 / 1.732
    assert data["wqi"] == pytest.approx(wqi, abs=1e-4)
    assert data["category"] == "Poor" if wqi < 45 else "Marginal"


def test_ccme_table_and_insufficient(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units\n"
                    "2026-01-01,A,1,,,2,mg/L\n2026-02-01,A,1,,,2,mg/L\n", encoding="utf-8")
    code, out, _ = run(capsys, "wq", "ccme", str(path))
    assert code == 0
    assert "insufficient data" in out
    assert "wqi               -" in out


def test_ccme_rows_without_objective_are_no_tests(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.csv"
    path.write_text(CCME + "2026-01-01,Temperature,12.5,,,,C\n", encoding="utf-8")
    code, out, _ = run(capsys, "wq", "ccme", str(path), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["tests"] == 19 and data["variables"] == 5
    assert data["without_objective"] == ["Temperature"]
    assert data["failed_variable_names"] == ["A", "D", "DO"]


def test_ccme_bad_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units\n"
                    "2026-01-01,A,abc,,,2,mg/L\n", encoding="utf-8")
    code, _, err = run(capsys, "--lang", "en", "wq", "ccme", str(path))
    assert code == 1
    assert err.startswith("riverchief: c.csv, row 2, column Value: 'abc' is not a value")
