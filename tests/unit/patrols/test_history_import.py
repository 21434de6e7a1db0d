from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from riverchief import patrols
from riverchief.errors import PermissionDenied, UserError
from riverchief.patrols import PatrolFilter
from riverchief.patrols.historical import import_history, parse_distance_m, parse_minutes
from riverchief.registry.transfer import ImportRejected

pytestmark = pytest.mark.usefixtures("english")

GOOD = """河长,河段,巡河日期,开始时间,结束时间,时长,里程,发现问题,处理情况
C001,QSH-01,2026-03-02,08:00,09:10,,2.5,河岸有建筑垃圾,已通知村委清理
王伟,清水河柳泉段,2026/3/9,14:30,,45分钟,2300米,无,
"""


def test_gbk_csv_with_chinese_headers(store: Any, world: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "巡河台账.csv"
    path.write_bytes(GOOD.encode("gbk"))
    report = import_history(store, world["actor"], path)
    assert report.created == 2 and report.encoding == "gbk"
    rows = patrols.list_patrols(store, PatrolFilter(), descending=False)
    assert [r["start_at"] for r in rows] == ["2026-03-02T08:00:00+08:00",
                                            "2026-03-09T14:30:00+08:00"]
    assert [r["end_at"][11:16] for r in rows] == ["09:10", "15:15"]
    assert [r["distance_m"] for r in rows] == [2500, 2300]
    assert all(r["source"] == "imported" for r in rows)
    first = patrols.get_patrol(store, rows[0]["id"])
    assert first is not None and first.verdict == "suspect"
    assert [r.code for r in first.reasons] == ["no_track"]  # no late entry for old records
    assert [p.description for p in first.problems] == ["河岸有建筑垃圾"]
    assert first.actions == "已通知村委清理"
    second = patrols.get_patrol(store, rows[1]["id"])
    assert second is not None and second.problems == ()


def test_xlsx_with_english_headers(store: Any, world: dict[str, Any], tmp_path: Path) -> None:
    from datetime import date, time

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Chief", "Segment", "Date", "Start time", "End time", "Distance (km)",
               "Problems found", "Action taken"])
    ws.append(["C001", "QSH-01", date(2026, 4, 1), time(9, 0), time(9, 40), 1.8, "", ""])
    wb.save(tmp_path / "h.xlsx")
    report = import_history(store, world["evaluator"], tmp_path / "h.xlsx")
    assert report.created == 1
    (row,) = patrols.list_patrols(store, PatrolFilter())
    assert row["start_at"] == "2026-04-01T09:00:00+08:00" and row["distance_m"] == 1800


BAD = """河长,河段,巡河日期,开始时间,结束时间,里程
C001,QSH-01,2026-03-02,08:00,07:10,2.5
C009,QSH-01,2026-03-03,08:00,09:00,2
C001,QSH-02,2026-03-04,08:00,09:00,2
C001,QSH-01,2026-13-04,08:00,09:00,2
C001,QSH-01,2026-03-05,8点半,09:00,2
C001,QSH-01,2026-03-06,08:00,09:00,两公里
C001,QSH-01,2026-03-07,08:00,09:00,2
"""


def test_bad_spreadsheet_gives_exact_messages_and_imports_nothing(
        store: Any, world: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_history(store, world["evaluator"], path)
    assert [str(p) for p in info.value.report.problems] == [
        "bad.csv, row 2, column 结束时间: The end time 07:10 is not after the start time 08:00.",
        "bad.csv, row 3, column 河长: No chief has the code or name 'C009'.",
        "bad.csv, row 4, column 河段: 王伟 was not responsible for segment QSH-02 on "
        "2026-03-04.",
        "bad.csv, row 5, column 巡河日期: '2026-13-04' is not a date (write 2026-07-01).",
        "bad.csv, row 6, column 开始时间: '8点半' is not a time of day (write 08:30).",
        "bad.csv, row 7, column 里程: '两公里' is not a distance (write kilometres, e.g. 2.5, "
        "or 2500米).",
    ]
    assert str(info.value) == ("bad.csv: 6 problem(s) found; nothing was imported. Fix them, "
                               "or import only the valid rows.")
    assert store.db["patrol"].count == 0
    report = import_history(store, world["evaluator"], path, valid_only=True)
    assert report.created == 1 and len(report.problems) == 6


def test_missing_columns_and_permissions(store: Any, world: dict[str, Any],
                                         tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("河长,河段,巡河日期\nC001,QSH-01,2026-03-02\n", encoding="utf-8")
    with pytest.raises(UserError, match="Missing column\\(s\\): 开始时间, 结束时间"):
        import_history(store, world["evaluator"], path)
    good = tmp_path / "g.csv"
    good.write_text(GOOD, encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_history(store, world["actor2"], good)  # another chief's patrols
    assert "another chief" in info.value.report.problems[0].message
    unit = world["actor2"].__class__("u7", "unit", "Unit", "unit", unit_id="x")
    with pytest.raises(PermissionDenied):
        import_history(store, unit, good)


@pytest.mark.parametrize(("text", "minutes"), [
    ("45", 45), (45, 45), ("1小时20分", 80), ("1.5小时", 90), ("01:20", 80), ("80分钟", 80),
    ("1h20m", 80)])
def test_durations(text: Any, minutes: float) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize(("text", "metres"), [
    ("2.5", 2500), (2.5, 2500), ("2500米", 2500), ("3公里", 3000), ("1.2 km", 1200),
    ("800m", 800)])
def test_distances(text: Any, metres: float) -> None:
    assert parse_distance_m(text) == metres
