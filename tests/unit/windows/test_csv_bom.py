"""CSV from the command line and Excel on a Chinese Windows: a file carries the UTF-8
byte-order mark (without it Excel reads the file as GBK, and the Chinese is garbled); a
pipe or the screen does not (the tool at the other end would take the mark for part of
the first column's name). The rule is riverchief.cli.output's.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from riverchief.cli import main

BOM = b"\xef\xbb\xbf"
ROOT = Path(__file__).resolve().parents[3]
WIDE = "断面名称,pH,溶解氧(mg/L),氨氮(mg/L)\n甲,7.5,6.2,0.5\n"


def excel_reads(data: bytes) -> str:
    """What Excel on a Chinese Windows makes of a CSV file: UTF-8 when it starts with the
    byte-order mark, the ANSI code page (GBK) otherwise."""
    if data.startswith(BOM):
        return data[3:].decode("utf-8")
    return data.decode("gbk", errors="replace")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    from riverchief.db import open_store

    path = tmp_path / "河长.db"
    open_store(path, create=True).close()
    return path


def problems_csv(db: Path, *extra: str) -> list[str]:
    return ["--db", str(db), "problems", "list", "--format", "csv", *extra]


def test_a_csv_file_opens_in_excel_with_its_chinese(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "问题.csv"
    assert main(problems_csv(db, "-o", str(out))) == 0
    data = out.read_bytes()
    assert data.startswith(BOM) and data.count(BOM) == 1
    assert excel_reads(data).startswith("编号,")


def test_the_mark_follows_the_format_not_the_file_name(db: Path, tmp_path: Path) -> None:
    """CSV in a .txt file is still meant for Excel; JSON in a .csv file is not CSV (a mark
    would make it invalid JSON for every reader)."""
    txt = tmp_path / "问题.txt"
    assert main(problems_csv(db, "-o", str(txt))) == 0
    assert txt.read_bytes().startswith(BOM)
    json_out = tmp_path / "问题.csv"
    assert main(["--db", str(db), "problems", "list", "--format", "json", "-o",
                 str(json_out)]) == 0
    assert json_out.read_bytes() == b"[]\n"
    table = tmp_path / "table.csv"
    assert main(["--db", str(db), "db", "check", "--format", "table", "-o", str(table)]) == 0
    assert not table.read_bytes().startswith(BOM)


def test_no_bom_on_request(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "问题.csv"
    assert main(problems_csv(db, "--no-bom", "-o", str(out))) == 0
    assert out.read_bytes().startswith("编号".encode())


def _redirected(monkeypatch: pytest.MonkeyPatch, target: io.TextIOBase) -> None:
    monkeypatch.setattr(sys, "stdout", target)


def test_shell_redirection_into_a_file_gets_the_mark(db: Path, tmp_path: Path,
                                                     monkeypatch) -> None:
    """``riverchief problems list --format csv > 问题.csv``: standard output is the file."""
    out = tmp_path / "问题.csv"
    with out.open("w", encoding="utf-8") as f:
        _redirected(monkeypatch, f)
        assert main(problems_csv(db)) == 0
        monkeypatch.undo()
    assert excel_reads(out.read_bytes()).startswith("编号,")
    assert out.read_bytes().startswith(BOM)


def test_appending_to_a_file_adds_no_mark_in_the_middle(db: Path, tmp_path: Path,
                                                        monkeypatch) -> None:
    """``>> 问题.csv``: the file already started; a mark now would land inside it."""
    out = tmp_path / "问题.csv"
    out.write_bytes(BOM + "编号\n".encode())
    with out.open("a", encoding="utf-8") as f:
        _redirected(monkeypatch, f)
        assert main(problems_csv(db)) == 0
        monkeypatch.undo()
    assert out.read_bytes().count(BOM) == 1


def test_a_pipe_gets_no_mark(db: Path, monkeypatch) -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w", encoding="utf-8") as pipe:
        _redirected(monkeypatch, pipe)
        assert main(problems_csv(db)) == 0
        monkeypatch.undo()
    with os.fdopen(read_end, "rb") as f:
        data = f.read()
    assert data.startswith("编号,".encode())
    assert next(csv.reader(io.StringIO(data.decode())))[0] == "编号"  # not '\ufeff编号'


def test_a_pipe_gets_the_mark_when_asked(db: Path, monkeypatch) -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w", encoding="utf-8") as pipe:
        _redirected(monkeypatch, pipe)
        assert main(problems_csv(db, "--bom")) == 0
        monkeypatch.undo()
    with os.fdopen(read_end, "rb") as f:
        assert f.read().startswith(BOM)


def test_the_screen_gets_no_mark(db: Path, capsys) -> None:
    assert main(problems_csv(db)) == 0
    assert capsys.readouterr().out.startswith("编号,")


def test_wq_classify_to_a_redirected_file_and_a_pipe(tmp_path: Path) -> None:
    """A real process, as a user's shell runs it: ``> file`` and ``| other``."""
    source = tmp_path / "水质.csv"
    source.write_text(WIDE, encoding="utf-8")
    cmd = [sys.executable, "-m", "riverchief", "wq", "classify", str(source)]
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1")
    out = tmp_path / "分类.csv"
    with out.open("wb") as f:
        subprocess.run(cmd, stdout=f, check=True, cwd=ROOT, env=env, timeout=120)
    assert excel_reads(out.read_bytes()).startswith("断面名称,")
    piped = subprocess.run(cmd, stdout=subprocess.PIPE, check=True, cwd=ROOT, env=env,
                           timeout=120).stdout
    assert piped.startswith("断面名称,".encode())
