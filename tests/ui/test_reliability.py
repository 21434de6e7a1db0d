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


def test_settings_show_and_save_backups_kept(qtbot, ctx, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from riverchief.db import backups_keep

    from ui.shell.settings_dialog import SettingsDialog

    ctx.open(tmp_path / "s.db", create=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.backups_keep.isEnabled() and dialog.backups_keep.value() == 10
    dialog.backups_keep.setValue(4)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert backups_keep(ctx.store) == 4


def test_settings_without_a_database_cannot_set_backups(qtbot, ctx) -> None:
    from ui.shell.settings_dialog import SettingsDialog

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.backups_keep.isEnabled()


def test_daily_backup_runs_in_the_background(qtbot, ctx, tmp_path: Path) -> None:
    from riverchief.db.backup import list_backups

    db = tmp_path / "daily.db"
    ctx.open(db, create=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    keeper = window.backups
    assert keeper.timer.isActive() and keeper.first.isActive()
    keeper.check()
    qtbot.waitUntil(lambda: keeper.last is not None, timeout=5000)
    assert [p.name for p in list_backups(db)] == [keeper.last.name]
    keeper.check()  # one a day
    qtbot.waitUntil(lambda: not keeper.running, timeout=5000)
    assert len(list_backups(db)) == 1
    ctx.close()
    ctx.database_changed.emit()
    assert not keeper.timer.isActive()


def test_file_restore_verifies_keeps_aside_and_reopens(qtbot, ctx, tmp_path: Path,
                                                       monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from riverchief.db import backup_now, records

    db = tmp_path / "live.db"
    store = ctx.open(db, create=True)
    records.insert(store, "area", {"code": "kept", "name": "留", "level": "district",
                                   "parent_id": None}, actor="t")
    saved = backup_now(store)
    records.insert(store, "area", {"code": "undone", "name": "撤", "level": "district",
                                   "parent_id": None}, actor="t")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.act_restore.isEnabled()
    assert window.act_restore in window.menu_file.actions()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    asked: list[str] = []

    def yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    reopened: list[int] = []
    ctx.database_changed.connect(lambda: reopened.append(1))
    window.act_restore.trigger()
    qtbot.waitUntil(lambda: bool(reopened), timeout=10000)
    assert saved.name in asked[0]
    codes = [r["code"] for r in ctx.store.db.query("SELECT code FROM area")]
    assert codes == ["kept"]
    assert "before-restore" in window.statusBar().currentMessage()
    aside = [p for p in tmp_path.iterdir() if "before-restore" in p.name]
    assert len(aside) == 1


def test_restore_of_a_damaged_backup_changes_nothing(qtbot, ctx, tmp_path: Path,
                                                     monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from riverchief.db import records

    store = ctx.open(tmp_path / "live.db", create=True)
    records.insert(store, "area", {"code": "kept", "name": "留", "level": "district",
                                   "parent_id": None}, actor="t")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.act_restore.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "bad.db" in warned[0]
    assert [r["code"] for r in ctx.store.db.query("SELECT code FROM area")] == ["kept"]
