"""CLI conventions: one-line errors with exit 1, bad usage exit 2, formats, -o."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from riverchief.cli import main
from riverchief.cli.output import render

ROOT = Path(__file__).resolve().parents[3]


def test_db_init_check_backup(tmp_path: Path, capsys) -> None:
    db = tmp_path / "河长.db"
    assert main(["--db", str(db), "db", "init"]) == 0
    assert main(["--db", str(db), "db", "check"]) == 0
    assert "ok" in capsys.readouterr().out
    out = tmp_path / "copy.db"
    assert main(["--db", str(db), "db", "backup", "-o", str(out)]) == 0
    assert out.exists()
    capsys.readouterr()
    assert main(["--db", str(db), "db", "check", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_user_mistake_is_one_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    result = subprocess.run(
        [sys.executable, "-m", "riverchief", "--db", str(bad), "db", "check"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "notes.txt" in result.stderr and "Traceback" not in result.stderr


def test_bad_usage_is_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["db", "explode"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "explode" in err


def test_english_messages(tmp_path: Path, capsys) -> None:
    assert main(["--lang", "en", "--db", str(tmp_path / "none.db"), "db", "check"]) == 1
    assert "No database at this path" in capsys.readouterr().err


def test_render_formats_align_chinese() -> None:
    rows = [{"code": "410102", "name": "清源区"}, {"code": "1", "name": "x"}]
    table = render(rows, ["code", "name"], "table").splitlines()
    assert table[0].startswith("code")
    assert table[2] == "410102  清源区"
    assert render(rows, ["code", "name"], "csv").splitlines()[1] == "410102,清源区"
    assert json.loads(render(rows, ["code", "name"], "json"))[0]["name"] == "清源区"


def test_demo_is_deterministic_by_seed(tmp_path: Path) -> None:
    import sqlite3

    def content(path: Path) -> list[tuple]:
        conn = sqlite3.connect(path)
        rows = conn.execute("SELECT code, name, level FROM area ORDER BY code").fetchall()
        conn.close()
        return rows

    for name, seed in (("a.db", 7), ("b.db", 7), ("c.db", 8)):
        assert main(["demo", "--tier", "district", "--seed", str(seed), "-o",
                     str(tmp_path / name)]) == 0
    a, b, c = (content(tmp_path / n) for n in ("a.db", "b.db", "c.db"))
    assert a == b
    assert a != c
    levels = [r[2] for r in a]
    assert levels.count("district") == 1 and levels.count("township") == 12


def test_demo_refuses_existing_file(tmp_path: Path, capsys) -> None:
    target = tmp_path / "exists.db"
    target.write_text("keep me")
    assert main(["demo", "-o", str(target)]) == 1
    assert target.read_text() == "keep me"


GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
 <trkpt lat="34.7500" lon="113.6000"><time>2026-07-01T08:00:00+08:00</time></trkpt>
 <trkpt lat="34.7510" lon="113.6010"><time>2026-07-01T08:01:00+08:00</time></trkpt>
</trkseg></trk></gpx>
"""


def test_output_to_a_pipe_on_a_gbk_windows_is_utf8(tmp_path: Path, monkeypatch) -> None:
    """On Windows, output to a pipe or file is in the ANSI code page (cp936), which has no
    ✓ (nor emoji, nor many rare characters of names): the command wrote UTF-8 nowhere and
    stopped with UnicodeEncodeError. It writes UTF-8, as the frozen app does."""
    import io

    track = tmp_path / "巡河✓.gpx"
    track.write_text(GPX, encoding="utf-8")
    out, err = io.BytesIO(), io.BytesIO()
    assert main(["tracks", "info", str(track)]) == 0  # imports done before 'Windows'
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="cp936"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="cp936",
                                                        errors="backslashreplace"))
    assert main(["tracks", "info", str(track)]) == 0
    assert main(["--db", str(tmp_path / "无此库✓.db"), "db", "check"]) == 1
    sys.stdout.flush()
    sys.stderr.flush()
    assert "巡河✓.gpx" in out.getvalue().decode("utf-8")
    assert "无此库✓.db" in err.getvalue().decode("utf-8")


def test_streams_are_left_alone_off_windows(monkeypatch) -> None:
    import io

    from riverchief.cli import utf8_streams

    stream = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "stdout", stream)
    utf8_streams()
    assert stream.encoding == "latin-1"


def test_output_to_a_folder_that_is_gone_is_one_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "河长.db"
    assert main(["--db", str(db), "db", "init"]) == 0
    out = tmp_path / "拔掉的U盘" / "check.json"
    assert main(["--db", str(db), "db", "check", "--format", "json", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(out) in err
    assert not out.parent.exists()
