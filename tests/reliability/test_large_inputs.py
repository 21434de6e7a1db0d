"""Large inputs (issue 11, point 5): a million-row CSV is refused by its row count, read a
row at a time, with advice to split it; the database is untouched. Peak memory of the
same cases, each in its own process, is measured by ``python benchmarks/fuzz.py --large``.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from riverchief.errors import UserError
from riverchief.files import detect_encoding
from riverchief.registry import files as registry_files
from riverchief.security import Actor
from riverchief.waterquality import files as wq_files

ADMIN = Actor("a1", "admin", "管理员", "admin")
MILLION = 1_000_000


def many_rows(path: Path, header: str, row: str, n: int, encoding: str = "utf-8") -> Path:
    """A CSV of ``n`` copies of ``row`` (written in blocks: a million rows in a second)."""
    block = (row + "\n") * 10_000
    with path.open("w", encoding=encoding, newline="") as f:
        f.write(header + "\n")
        for _ in range(n // 10_000):
            f.write(block)
        f.write((row + "\n") * (n % 10_000))
    return path


def snapshot(store) -> list[str]:
    return list(store.conn.iterdump())


def test_a_million_row_registry_file_is_refused_by_its_row_count(store, tmp_path) -> None:
    from riverchief.registry.transfer import import_file

    big = many_rows(tmp_path / "areas.csv", "编码,名称,级别,上级编码",
                    "410102001001,村,村,410102001", MILLION)
    before = snapshot(store)
    with pytest.raises(UserError) as err:
        import_file(store, ADMIN, big, backup=False)
    assert err.value.where == "areas.csv"
    assert "100,000" in err.value.message
    assert snapshot(store) == before


def test_a_million_row_samples_file_is_refused_by_its_row_count(store, tmp_path) -> None:
    from riverchief.waterquality.samples import import_file

    big = many_rows(tmp_path / "samples.csv", "断面编码,监测时间,pH(无量纲),溶解氧(mg/L)",
                    "S001,2026-01-01 08:00,7.1,6.5", MILLION)
    before = snapshot(store)
    with pytest.raises(UserError) as err:
        import_file(store, big, actor=ADMIN)
    assert err.value.where == "samples.csv"
    assert "100,000" in err.value.message
    assert snapshot(store) == before


def test_a_million_row_patrol_history_is_refused_by_its_row_count(store, tmp_path) -> None:
    from riverchief.patrols.historical import import_history

    big = many_rows(tmp_path / "history.csv", "河长,河段,巡河日期,开始时间,结束时间",
                    "张伟,清河1段,2025-03-01,08:00,09:00", MILLION, encoding="gb18030")
    before = snapshot(store)
    with pytest.raises(UserError) as err:
        import_history(store, ADMIN, big)
    assert err.value.where == "history.csv"
    assert "100,000" in err.value.message
    assert snapshot(store) == before


def test_a_file_at_the_limit_is_read_whole(tmp_path) -> None:
    path = many_rows(tmp_path / "areas.csv", "编码,名称", "410102001001,村", 1000)
    (table,) = registry_files.read_tables(path, max_rows=1000)
    assert len(table.rows) == 1000
    assert table.rows[-1][0] == 1001  # row numbers as Excel shows them
    with pytest.raises(UserError):
        registry_files.read_tables(path, max_rows=999)


def test_workbooks_count_rows_across_sheets(tmp_path, monkeypatch) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "河段"
    wb.active.append(["编码", "名称"])
    for n in range(3):
        wb.active.append([f"S{n}", "段"])
    sheet = wb.create_sheet("断面")
    sheet.append(["编码", "名称"])
    for n in range(3):
        sheet.append([f"X{n}", "断面"])
    path = tmp_path / "registry.xlsx"
    wb.save(path)
    assert [len(t.rows) for t in registry_files.read_tables(path, max_rows=6)] == [3, 3]
    with pytest.raises(UserError) as err:
        registry_files.read_tables(path, max_rows=5)
    assert err.value.where == "registry.xlsx"


def test_a_samples_workbook_over_the_limit_is_refused(tmp_path, monkeypatch) -> None:
    from openpyxl import Workbook

    monkeypatch.setattr(wq_files, "MAX_ROWS", 5)
    wb = Workbook()
    wb.active.append(["断面编码", "监测时间", "pH"])
    for n in range(6):
        wb.active.append(["S001", f"2026-01-0{n + 1} 08:00", 7.0])
    path = tmp_path / "samples.xlsx"
    wb.save(path)
    with pytest.raises(UserError) as err:
        wq_files.read_table(path)
    assert err.value.where == "samples.xlsx" and "5" in err.value.message
    wb.active.delete_rows(7)
    wb.save(path)
    assert len(wq_files.read_table(path).rows) == 5


def test_an_oversized_samples_file_is_refused_without_reading_it(tmp_path) -> None:
    big = tmp_path / "samples.csv"
    with big.open("wb") as f:
        f.write("断面编码,监测时间,pH\n".encode())
        f.truncate(wq_files.MAX_BYTES + 1)  # sparse: no time spent writing it
    tracemalloc.start()
    try:
        with pytest.raises(UserError) as err:
            wq_files.read_table(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.value.where == "samples.csv" and "200" in err.value.message
    assert peak < 20 * 1024 * 1024


def test_the_encoding_is_found_past_the_first_chunk(tmp_path, monkeypatch) -> None:
    import riverchief.files

    monkeypatch.setattr(riverchief.files, "READ_CHUNK", 64)  # as if megabytes came first
    # Excel on a Chinese Windows: ASCII for many chunks, then a Chinese name in GBK.
    path = tmp_path / "areas.csv"
    with path.open("wb") as f:
        f.write(b"code,name\n" + b"410102001001,cun\n" * 200)
        f.write("410102001002,北关村\n".encode("gbk"))
    assert detect_encoding(path) == ("gb18030", "gbk")
    (table,) = registry_files.read_tables(path)
    assert table.encoding == "gbk" and table.rows[-1][1]["name"] == "北关村"


def test_a_bad_byte_deep_in_the_file_is_placed_exactly(tmp_path, monkeypatch) -> None:
    import riverchief.files

    monkeypatch.setattr(riverchief.files, "READ_CHUNK", 64)
    path = tmp_path / "areas.csv"
    body = "编码,名称\n".encode() + b"1,a\n" * 500
    path.write_bytes(b"\xef\xbb\xbf" + body + b"\xff\n")  # UTF-8 BOM, then a byte UTF-8 lacks
    with pytest.raises(UserError) as err:
        registry_files.read_tables(path)
    assert err.value.where == "areas.csv"
    assert str(3 + len(body)) in err.value.message  # the byte's position in the file
