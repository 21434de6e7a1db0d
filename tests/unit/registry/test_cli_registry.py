from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from riverchief.cli import main

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "r.db"
    assert main(["--db", str(path), "db", "init"]) == 0
    return path


def test_import_export_who(db: Path, tmp_path: Path, capsys: Any) -> None:
    (tmp_path / "areas.csv").write_text(
        "code,name,level,parent_code\n410102,清源区,district,\n410102001,柳泉镇,township,410102\n",
        encoding="utf-8")
    (tmp_path / "book.csv").write_text("", encoding="utf-8")
    assert main(["--db", str(db), "registry", "import", str(tmp_path / "areas.csv")]) == 0
    (tmp_path / "waters.csv").write_text("code,name,kind,area_code\nQSH,清水河,河,410102\n",
                                         encoding="utf-8")
    (tmp_path / "segments.csv").write_text(
        "code,name,water_code,area_code,geometry\n"
        'QSH-01,清水河柳泉段,QSH,410102001,"[[113.6,34.7],[113.61,34.71]]"\n', encoding="utf-8")
    (tmp_path / "chiefs.csv").write_text(
        "code,name,level,title,area_code\nC1,王伟,乡镇,河长,410102001\n", encoding="utf-8")
    (tmp_path / "assignments.csv").write_text(
        "chief_code,segment_code,start_date\nC1,QSH-01,2026-01-01\n", encoding="utf-8")
    for name in ("waters", "segments", "chiefs", "assignments"):
        assert main(["--db", str(db), "registry", "import", str(tmp_path / f"{name}.csv")]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "registry", "who", "QSH-01", "2026-07-01",
                 "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "code,name,level,title,post,phone"
    assert out[1].startswith("C1,王伟,township,river chief")
    out_file = tmp_path / "all.xlsx"
    assert main(["--db", str(db), "registry", "export", "-o", str(out_file)]) == 0
    assert out_file.exists()


def test_import_reports_bad_rows_and_exits_1(db: Path, tmp_path: Path, capsys: Any) -> None:
    f = tmp_path / "waters.csv"
    f.write_text("code,name,kind,area_code\nW1,甲河,river,999\nW1,乙河,sea,999\n",
                 encoding="utf-8")
    assert main(["--db", str(db), "registry", "import", str(f)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "waters.csv, row 2, column area_code: Unknown area code '999'.",
        "waters.csv, row 3, column code: Duplicate: the same code is already in row 2.",
        "riverchief: waters.csv: 2 problem(s) found; nothing was imported. Fix them, or "
        "import only the valid rows.",
    ]


def test_users_cli(db: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("adminpass1\n"))
    assert main(["--db", str(db), "users", "add", "boss", "--name", "管理员", "--role", "admin",
                 "--password-stdin"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "users", "list"]) == 1  # now a password is needed
    assert "add --user CODE" in capsys.readouterr().err
    monkeypatch.setenv("RIVERCHIEF_PASSWORD", "adminpass1")
    assert main(["--db", str(db), "users", "list", "--user", "boss", "--format", "csv"]) == 0
    assert "boss,管理员,administrator,,yes,,yes" in capsys.readouterr().out
    monkeypatch.setenv("RIVERCHIEF_PASSWORD", "wrong")
    assert main(["--db", str(db), "users", "list", "--user", "boss"]) == 1
    assert "Wrong sign-in name or password" in capsys.readouterr().err


def test_signs_stale(tmp_path: Path, capsys: Any) -> None:
    from riverchief.demo import generate

    db = generate(tmp_path / "demo.db", "district", 3)
    capsys.readouterr()
    assert main(["--db", str(db), "registry", "signs", "--stale", "--day", "2026-11-28",
                 "--format", "json"]) == 0
    import json

    stale = json.loads(capsys.readouterr().out)
    assert stale and all(int(s["days_overdue"]) > 0 for s in stale)
    assert all(s["chiefs_named"] != s["chiefs_now"] for s in stale)
    assert main(["--db", str(db), "registry", "signs", "--stale", "--day", "2026-11-28",
                 "--days", "400", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_a_chinese_password_piped_by_cmd(db: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: Any, encoding: str) -> None:
    """``echo 河长口令2026| riverchief.cmd users add ... --password-stdin`` in cmd.exe pipes
    GBK, which the frozen app (UTF-8 mode) read as UTF-8: the password was stored as
    other characters and the account could not be signed in to."""
    import io

    piped = io.TextIOWrapper(io.BytesIO("河长口令2026\r\n".encode(encoding)),
                             encoding="utf-8", errors="surrogateescape")
    monkeypatch.setattr("sys.stdin", piped)
    assert main(["--db", str(db), "users", "add", "boss", "--name", "管理员", "--role",
                 "admin", "--password-stdin"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("RIVERCHIEF_PASSWORD", "河长口令2026")
    assert main(["--db", str(db), "users", "list", "--user", "boss"]) == 0
