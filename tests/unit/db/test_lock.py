"""The instance lock: a second instance is told who has the file; stale locks are taken over."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import riverchief.db as db_module
from riverchief.db import lock as lock_module
from riverchief.db import open_store
from riverchief.db.lock import DatabaseInUse, LockInfo, acquire, is_stale, lock_path, read_lock

ROOT = Path(__file__).resolve().parents[3]

HOLDER = """
import sys
from pathlib import Path
from riverchief.db import open_store
store = open_store(Path(sys.argv[1]), create=True, instance_lock=True)
print("HELD", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another process that has ``held.db`` open with the instance lock."""
    db = tmp_path / "held.db"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "HELD"
    yield db, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_second_instance_is_told_who_has_the_file(holder) -> None:
    db, proc = holder
    with pytest.raises(DatabaseInUse) as err:
        open_store(db, instance_lock=True)
    text = str(err.value)
    assert socket.gethostname() in text and str(proc.pid) in text
    assert "held.db" in text
    assert err.value.holder is not None and err.value.holder.pid == proc.pid


def test_command_line_may_still_write_beside_the_app_on_a_local_disk(holder) -> None:
    db, _ = holder
    with open_store(db) as store:  # no instance lock: WAL allows a second writer
        store.set_setting("x", 1)


def test_lock_of_a_killed_instance_is_taken_over(holder) -> None:
    db, proc = holder
    proc.kill()
    proc.wait()
    assert read_lock(db) is not None and read_lock(db).pid == proc.pid  # left behind
    with open_store(db, instance_lock=True) as store:
        assert store.lock is not None and store.lock.info.pid == os.getpid()
        assert read_lock(db).pid == os.getpid()
    assert read_lock(db) is None  # released on close


def test_same_process_reopening_shares_its_lock(tmp_path: Path) -> None:
    a = open_store(tmp_path / "a.db", create=True, instance_lock=True)
    b = open_store(tmp_path / "a.db", instance_lock=True)
    assert a.lock is b.lock
    a.close()
    assert read_lock(tmp_path / "a.db") is not None
    b.close()
    assert read_lock(tmp_path / "a.db") is None


def write_lock(db: Path, info: LockInfo, age_s: float = 0) -> None:
    path = lock_path(db)
    path.write_text(json.dumps(info.__dict__), encoding="utf-8")
    t = time.time() - age_s
    os.utime(path, (t, t))


def test_without_os_locks_the_content_decides(tmp_path: Path, monkeypatch) -> None:
    def no_locks(f) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock_module, "_os_lock", no_locks)
    db = tmp_path / "nfs.db"
    here = socket.gethostname()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    write_lock(db, LockInfo(here, int(dead), "u", "2026-01-01 08:00:00"))
    acquire(db).release()  # this host, process gone: stale
    write_lock(db, LockInfo(here, os.getppid(), "u", "2026-01-01 08:00:00"))
    with pytest.raises(DatabaseInUse):
        acquire(db)  # this host, process alive
    write_lock(db, LockInfo("office-pc", 4242, "张三", "2026-01-01 08:00:00"), age_s=30)
    with pytest.raises(DatabaseInUse) as err:
        acquire(db)  # another host, refreshed recently
    assert "office-pc" in str(err.value) and "张三" in str(err.value)
    write_lock(db, LockInfo("office-pc", 4242, "张三", "2026-01-01 08:00:00"),
               age_s=lock_module.STALE_AFTER_S + 60)
    acquire(db).release()  # another host, silent for too long: stale


def test_stale_rules() -> None:
    here = socket.gethostname()
    assert not is_stale(LockInfo(here, os.getpid(), "", ""), time.time())
    assert is_stale(LockInfo("elsewhere", 1, "", ""), 0, now=lock_module.STALE_AFTER_S + 1)
    assert not is_stale(LockInfo("elsewhere", 1, "", ""), 100, now=200)


def test_network_share_uses_one_writer(holder, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(db_module, "is_network_path", lambda path: True)
    with open_store(tmp_path / "share.db", create=True) as store:
        assert store.journal_mode == "delete" and store.network
        assert store.lock is not None  # every process takes the lock on a share
    db, proc = holder  # held by another process (on its "local" disk; the lock is the same)
    with pytest.raises(DatabaseInUse) as err:
        open_store(db)  # not even the command line may write beside it on a share
    assert "网络共享" in str(err.value)


def test_restore_is_refused_while_another_window_has_the_file(holder, tmp_path: Path) -> None:
    from riverchief.db.restore import restore

    db, _ = holder
    with open_store(db) as store:
        saved = db_module.backup_now(store, tmp_path / "saved.db")
    with pytest.raises(DatabaseInUse):
        restore(saved, db)
