"""Reliability in the GUI: a second instance is told, errors are shown, backups and restore."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from pathlib import Path
from riverchief.db import open_store
store = open_store(Path(sys.argv[1]), create=True, instance_lock=True)
print("HELD", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def held_db(tmp_path: Path):
    db = tmp_path / "held.db"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "HELD"
    yield db, proc.pid
    proc.kill()
    proc.wait()


def test_second_instance_is_told_the_file_is_open(qtbot, ctx, held_db, monkeypatch) -> None:
    db, pid = held_db
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window._open(db)
    assert len(shown) == 1
    assert "已在河长巡河中被" in shown[0] and str(pid) in shown[0]
    assert ctx.store is None  # nothing opened behind the message
