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

LOCKER = """
import sys
from pathlib import Path
from riverchief.db.lock import acquire
lock = acquire(Path(sys.argv[1]))  # another window, the file not touched
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


def make_old(path: Path) -> None:
    """A database as the first version left it (only its first migration applied)."""
    from riverchief.db import migrations, open_store

    with open_store(path, create=True, migrate=False) as store:
        names = migrations.migration_names()
        with store.db.atomic():
            migrations.build().apply(store.db, stop_before=names[1])
            store.db.execute("PRAGMA application_id = 1380141126")
            store.db.execute(
                "INSERT INTO installation (id, created_at, app_version) VALUES (?,?,?)",
                ["0190f1a0-0000-7000-8000-000000000001", "2026-01-01T00:00:00+08:00", "0.0.1"])


def test_an_older_file_is_brought_up_to_date_in_the_background(qtbot, ctx,
                                                                 tmp_path: Path) -> None:
    from riverchief.db import migrations, pending_migrations
    from riverchief.db.backup import list_backups

    from ui import app as app_module

    old = tmp_path / "old.db"
    make_old(old)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    app_module.open_initial(window, ctx, old)  # as at start-up
    assert ctx.store is None  # not migrated on the GUI thread: a task does it first
    qtbot.waitUntil(lambda: ctx.store is not None, timeout=30000)
    assert ctx.store.path == old and pending_migrations(ctx.store) == []
    assert ctx.store.schema_version() == len(migrations.migration_names())
    assert [p.name.endswith("-before-migration.db") for p in list_backups(old)] == [True]
    assert window.db_label.text().endswith("old.db")


def test_an_older_file_held_by_another_window_is_left_alone(qtbot, ctx, tmp_path: Path,
                                                             monkeypatch) -> None:
    from riverchief.db import connection
    from riverchief.db.lock import acquire

    old = tmp_path / "old.db"
    make_old(old)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(old)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "HELD"
        window._open(old)
    finally:
        proc.kill()
        proc.wait()
    assert len(shown) == 1 and str(proc.pid) in shown[0]
    assert ctx.store is None
    raw = connection.connect(old, role="file")  # still as the first version left it
    try:
        assert raw.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == 1
    finally:
        raw.close()
    acquire(old).release()  # and nobody holds it here


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


def test_back_up_now_writes_the_copy_in_the_background(qtbot, ctx, tmp_path: Path) -> None:
    from riverchief.db import open_store, records
    from riverchief.db.backup import list_backups

    db = tmp_path / "manual.db"
    store = ctx.open(db, create=True)
    records.insert(store, "area", {"code": "kept", "name": "留", "level": "district",
                                   "parent_id": None}, actor="t")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.act_backup.trigger()
    # written on the lane with its own connection: the window answers meanwhile
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("备份已写入"),
                    timeout=10000)
    [copy] = list_backups(db)
    assert str(copy) in window.statusBar().currentMessage()
    with open_store(copy) as backup:
        assert [r["code"] for r in backup.db.query("SELECT code FROM area")] == ["kept"]


def test_back_up_now_says_why_it_failed(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:
    from riverchief.db import backup as backup_module

    db = tmp_path / "manual.db"
    ctx.open(db, create=True)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(backup_module, "backups_dir", lambda _path: blocker / "backups")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1]))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.act_backup.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == ["备份"]


def test_backups_do_not_use_the_windows_connection(qtbot, ctx, tmp_path: Path) -> None:
    """Both backups copy through a connection of their own: one the window is in the middle
    of a change on neither waits for them nor makes them fail."""
    from riverchief.db.backup import list_backups

    db = tmp_path / "busy.db"
    store = ctx.open(db, create=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    store.conn.execute("BEGIN")
    store.conn.execute("INSERT INTO setting (key, value, updated_at) VALUES ('x', '1', '')")
    try:
        window.backups.check()
        qtbot.waitUntil(lambda: not window.backups.running, timeout=10000)
        window.act_backup.trigger()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("备份已写入"),
                        timeout=10000)
    finally:
        store.conn.execute("ROLLBACK")
    assert window.backups.last is not None
    assert len(list_backups(db)) == 2


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


@pytest.fixture
def hooks_restored():
    """Give back sys/threading excepthooks and the root log handlers after the test."""
    import logging
    import threading

    saved = (sys.excepthook, threading.excepthook, list(logging.getLogger().handlers))
    root = logging.getLogger()
    for h in list(root.handlers):  # a handler from an earlier test points elsewhere
        root.removeHandler(h)
    yield
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()
    sys.excepthook, threading.excepthook = saved[0], saved[1]
    for h in saved[2]:
        root.addHandler(h)


def error_boxes() -> list[QMessageBox]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_log_and_the_app_keeps_running(
        qtbot, tmp_data: Path, hooks_restored) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    from ui.shell.errors import install_excepthook, log_file, setup_logging

    setup_logging()
    install_excepthook()
    assert log_file().is_relative_to(tmp_data)  # the data folder's log
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()

    def broken_slot() -> None:
        raise RuntimeError("河段数据异常")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(error_boxes()) == 1, timeout=5000)
    box = error_boxes()[0]
    assert str(log_file()) in box.text()
    assert "RuntimeError: 河段数据异常" in box.text()
    assert "broken_slot" in box.detailedText()
    later: list[int] = []
    QTimer.singleShot(0, lambda: later.append(1))
    qtbot.waitUntil(lambda: later == [1], timeout=2000)  # the event loop goes on
    assert window.isVisible()
    text = log_file().read_text(encoding="utf-8")
    assert "河段数据异常" in text and "Traceback" in text
    box.close()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_plain_thread_reaches_the_user(qtbot, hooks_restored) -> None:
    import threading

    from ui.shell.errors import install_excepthook, log_file, setup_logging

    setup_logging()
    install_excepthook()

    def work() -> None:
        raise ValueError("线程里的错误")

    t = threading.Thread(target=work, name="stray")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(error_boxes()) == 1, timeout=5000)
    box = error_boxes()[0]
    assert "ValueError: 线程里的错误" in box.text()
    assert "stray" in log_file().read_text(encoding="utf-8")
    box.close()


def test_the_log_goes_on_while_another_window_holds_it(tmp_data: Path, hooks_restored,
                                                       monkeypatch) -> None:
    """Windows refuses to rename a file another process has open, and a second RiverChief
    window (on another database) has the log open: the standard rollover then lost every
    record from the moment the log was full, and moved the older logs along at each one
    until they were gone. Records go on into the full log until it can be moved."""
    import logging
    import os

    from ui.shell import errors

    monkeypatch.setattr(errors, "LOG_MAX_BYTES", 2_000)
    errors.setup_logging()
    base = str(errors.log_file())
    for n in (1, 2):
        Path(f"{base}.{n}").write_text(f"older log {n}\n", encoding="utf-8")
    held = [True]

    def refusing(real):
        def move(src, dst, *args, **kwargs):
            if held[0] and os.fspath(src) == base:
                raise PermissionError(32, "The process cannot access the file because it "
                                      "is being used by another process", base)
            return real(src, dst, *args, **kwargs)
        return move

    monkeypatch.setattr(os, "replace", refusing(os.replace))
    monkeypatch.setattr(os, "rename", refusing(os.rename))
    log = logging.getLogger("riverchief.windows")
    for n in range(200):
        log.warning("记录 %d %s", n, "x" * 60)
    text = Path(base).read_text(encoding="utf-8")
    assert [n for n in range(200) if f"记录 {n} " not in text] == []
    assert [Path(f"{base}.{n}").read_text(encoding="utf-8") for n in (1, 2)] == [
        "older log 1\n", "older log 2\n"]
    assert not Path(f"{base}.3").exists()
    held[0] = False  # the other window was closed: the log is rolled over again
    for n in range(200, 1_500):
        log.warning("记录 %d %s", n, "x" * 60)
    assert os.path.getsize(base) < 2_000
    assert "记录 1499 " in Path(base).read_text(encoding="utf-8")
    assert "记录 " in Path(f"{base}.1").read_text(encoding="utf-8")


def test_failed_job_is_never_silent(qtbot, hooks_restored) -> None:
    from ui.shell.errors import log_file, setup_logging
    from ui.shell.jobs import start_job

    setup_logging()

    def work(progress) -> None:
        progress.report(1, 2, "")
        raise KeyError("section 42")

    done: list[object] = []
    start_job(None, "后台任务", work, done.append)
    qtbot.waitUntil(lambda: len(error_boxes()) == 1, timeout=5000)
    box = error_boxes()[0]
    assert str(log_file()) in box.text() and "section 42" in box.text()
    text = log_file().read_text(encoding="utf-8")
    assert "background job failed" in text and "Traceback" in text
    assert done == []
    box.close()


def test_log_file_rotates(hooks_restored, tmp_data: Path) -> None:
    import logging
    import logging.handlers

    from ui.shell.errors import LOG_BACKUPS, LOG_MAX_BYTES, log_file, setup_logging

    setup_logging()
    (handler,) = [h for h in logging.getLogger().handlers
                  if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert handler.maxBytes == LOG_MAX_BYTES and handler.backupCount == LOG_BACKUPS
    assert log_file().parent == tmp_data / "logs"
    for n in range(LOG_MAX_BYTES // 200 + 50):
        logging.getLogger("riverchief.test").info("%05d %s", n, "x" * 200)
    assert (log_file().parent / "riverchief.log.1").exists()
