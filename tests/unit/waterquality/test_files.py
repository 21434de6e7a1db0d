"""Reading files as users have them: encodings, headers, markers, exact error messages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from riverchief.errors import UserError
from riverchief.waterquality.files import (
    parse_datetime,
    read_table,
    read_tidy,
    read_wide,
    recognise,
)
from riverchief.waterquality.values import Measurement, ValueSyntaxError, parse_value

HEADER = "断面名称,监测时间,pH(无量纲),溶解氧(mg/L),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L)\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "utf-16"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "a.csv", HEADER + "甲断面,2026-07-01 08:00,7.5,6.2,4.1,0.5,0.1\n",
                 encoding)
    table = read_table(path)
    assert table.headers[0] == "断面名称"
    wide = read_wide(table, need_section=True, need_datetime=True)
    assert wide.rows[0].section == "甲断面"
    assert wide.rows[0].values["codmn"] == Measurement(4.1)


def test_bad_encoding(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"\x81\xff\xfe\x00abc")
    with pytest.raises(UserError) as err:
        read_table(path)
    assert str(err.value) == "x.csv：文件编码既不是 UTF-8 也不是 GBK；请另存为“CSV UTF-8”。"


@pytest.mark.parametrize(
    ("header", "kind", "item", "unit"),
    [
        ("高锰酸盐指数(mg/L)", "item", "codmn", "mg/L"),
        ("高锰酸盐指数（mg/L）", "item", "codmn", "mg/L"),
        ("氨氮(NH3-N)", "item", "nh3n", None),
        ("氨氮(NH3-N)(mg/L)", "item", "nh3n", "mg/L"),
        ("总磷(以P计)", "item", "tp", None),
        ("总磷(μg/L)", "item", "tp", "μg/L"),
        ("pH(无量纲)", "item", "ph", "无量纲"),
        ("水温(℃)", "item", "water_temp", "℃"),
        ("铬(六价)", "item", "cr6", None),
        ("化学需氧量(COD)", "item", "cod", None),
        ("codmn", "item", "codmn", None),
        ("NH3-N", "item", "nh3n", None),
        ("Dissolved Oxygen", "item", "do", None),
        ("叶绿素α(mg/L)", "item", "chla", "mg/L"),
        ("断面名称", "section_name", None, None),
        ("Section", "section", None, None),
        ("DateTime", "datetime", None, None),
        ("水体类型", "water_type", None, None),
        ("DetectionLimit", "detection_limit", None, None),
        ("电导率(μS/cm)", "other", None, None),
    ],
)
def test_headers(header: str, kind: str, item: str | None, unit: str | None) -> None:
    assert recognise(header) == (kind, item, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None), ("--", None), ("*", None), ("-", None), (None, None), ("  ", None),
        ("1.23", Measurement(1.23)), ("0", Measurement(0.0)), (7, Measurement(7.0)),
        ("<0.01", Measurement(None, True, 0.01)), ("0.01L", Measurement(None, True, 0.01)),
        ("0.025l", Measurement(None, True, 0.025)), ("ND", Measurement(None, True, None)),
        ("未检出", Measurement(None, True, None)), ("1e-4", Measurement(0.0001)),
        ("24,000", Measurement(24000.0)),
    ],
)
def test_values(text: object, expected: Measurement | None) -> None:
    assert parse_value(text) == expected


@pytest.mark.parametrize("text", ["abc", "-1", "1,2", "0.1.2", "<", "L"])
def test_bad_values(text: str) -> None:
    with pytest.raises(ValueSyntaxError):
        parse_value(text)


def test_bad_value_names_file_row_column(tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", HEADER + "甲,2026-07-01,7.5,6.2,4.1,0.5,0.1\n"
                 "乙,2026-07-01,7.5,abc,4.1,0.5,0.1\n")
    wide = read_wide(read_table(path), need_section=True, need_datetime=True)
    assert [str(e) for e in wide.errors] == [
        "s.csv，第 3 行，列“溶解氧(mg/L)”：“abc”不是有效数值：请填写数字、未检出值"
        "（<0.01、0.01L、ND）或留空。"
    ]


def test_bad_value_english(tmp_path: Path, english: None) -> None:
    path = write(tmp_path / "s.csv", HEADER + "乙,2026-07-01,7.5,6.2,4.1,0.5,x1\n")
    wide = read_wide(read_table(path), need_section=True, need_datetime=True)
    assert [str(e) for e in wide.errors] == [
        "s.csv, row 2, column 总磷(mg/L): 'x1' is not a value: write a number, a "
        "below-detection value (<0.01, 0.01L, ND) or leave it blank."
    ]


def test_unit_that_does_not_fit(tmp_path: Path, english: None) -> None:
    path = write(tmp_path / "u.csv", "断面名称,监测时间,总磷(℃)\n甲,2026-07-01,0.1\n")
    with pytest.raises(UserError) as err:
        read_wide(read_table(path), need_section=True, need_datetime=True)
    assert str(err.value) == ("u.csv, row 1, column 总磷(℃): The unit ℃ does not fit "
                              "total phosphorus (expected mg/L).")


def test_unit_converted(tmp_path: Path) -> None:
    path = write(tmp_path / "u.csv", "断面名称,监测时间,总磷(μg/L)\n甲,2026-07-01,120\n")
    wide = read_wide(read_table(path), need_section=True, need_datetime=True)
    assert wide.rows[0].values["tp"].value == pytest.approx(0.12)


def test_bad_datetime(tmp_path: Path, english: None) -> None:
    path = write(tmp_path / "d.csv", HEADER + "甲,07-01,7.5,6.2,4.1,0.5,0.1\n")
    wide = read_wide(read_table(path), need_section=True, need_datetime=True)
    assert [str(e) for e in wide.errors] == [
        "d.csv, row 2, column 监测时间: '07-01' is not a date and time: write e.g. "
        "2026-07-01 08:00."
    ]


def test_missing_columns(tmp_path: Path, english: None) -> None:
    path = write(tmp_path / "m.csv", "监测时间,总磷\n2026-07-01,0.1\n")
    with pytest.raises(UserError) as err:
        read_wide(read_table(path), need_section=True, need_datetime=True)
    assert str(err.value) == ("m.csv, row 1: No section column (断面编码, 断面名称, section "
                              "code or section name).")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-07-01 08:00", datetime(2026, 7, 1, 8, 0)),
        ("2026/7/1 8:05", datetime(2026, 7, 1, 8, 5)),
        ("2026-07-01", datetime(2026, 7, 1)),
        ("2026-07-01T08:00:00+00:00", datetime(2026, 7, 1, 16, 0)),
        ("2026年7月1日", datetime(2026, 7, 1)),
        ("2026年7月1日 8时", datetime(2026, 7, 1, 8)),
        (datetime(2026, 7, 1, 9, 30), datetime(2026, 7, 1, 9, 30)),
        ("07-01 08:00", None),
        ("2026-13-01", None),
    ],
)
def test_datetimes(text: object, expected: datetime | None) -> None:
    assert parse_datetime(text) == expected


def test_xlsx(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["断面编码", "采样时间", "高锰酸盐指数(mg/L)", "氨氮(mg/L)"])
    ws.append(["S01", datetime(2026, 7, 1, 8, 0), 4.1, "0.025L"])
    ws.append([None, None, None, None])
    ws.append(["S02", datetime(2026, 7, 2, 8, 0), "--", 0.3])
    wb.save(tmp_path / "w.xlsx")
    wide = read_wide(read_table(tmp_path / "w.xlsx"), need_section=True, need_datetime=True)
    assert [r.row for r in wide.rows] == [2, 4]
    assert wide.rows[0].values == {"codmn": Measurement(4.1),
                                   "nh3n": Measurement(None, True, 0.025)}
    assert wide.rows[1].values == {"nh3n": Measurement(0.3)}


def test_tidy(tmp_path: Path, english: None) -> None:
    path = write(tmp_path / "t.csv",
                 "Section,DateTime,Variable,Value,DetectionLimit,Units\n"
                 "S01,2026-07-01 08:00,氨氮,ND,0.025,mg/L\n"
                 "S01,2026-07-01 08:00,TP,120,,ug/L\n"
                 "S01,2026-07-01 08:00,Conductivity,120,,uS/cm\n"
                 "S01,2026-07-01 08:00,do,5,,℃\n")
    rows, errors = read_tidy(read_table(path), need_section=True, map_items=True)
    assert rows[0].measurement == Measurement(None, True, 0.025)
    assert rows[1].measurement is not None and rows[1].measurement.value == pytest.approx(0.12)
    assert [(n, str(e)) for n, e in errors] == [
        (4, "t.csv, row 4, column Variable: Unknown item 'Conductivity'."),
        (5, "t.csv, row 5, column Units: The unit ℃ does not fit dissolved oxygen "
            "(expected mg/L)."),
    ]


def test_title_rows_above_the_header(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "2026年7月地表水水质月报,,\n\n" + HEADER
                 + "甲,2026-07-01,7.5,6.2,4.1,0.5,0.1\n")
    table = read_table(path)
    assert table.headers[0] == "断面名称"
    assert table.row_numbers == [4]
