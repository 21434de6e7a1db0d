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


# msvcrt.locking as Windows does it (a lock of n bytes from the file's position, refused
# at once with EACCES when another process holds them), on Linux's record locks: the
# Windows branch of the lock, run here.
FAKE_MSVCRT = '''
import errno, fcntl, os
LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4
def locking(fd, mode, nbytes):
    start = os.lseek(fd, 0, os.SEEK_CUR)
    how = fcntl.LOCK_UN if mode == LK_UNLCK else fcntl.LOCK_EX | fcntl.LOCK_NB
    try:
        fcntl.lockf(fd, how, nbytes, start, os.SEEK_SET)
    except OSError as exc:
        raise PermissionError(errno.EACCES, "Permission denied") from exc
'''

WINDOWS_HOLDER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from riverchief.db import lock
sys.platform = "win32"
held = lock.acquire(Path(sys.argv[1]))
print("HELD", flush=True)
sys.stdin.read()
held.release()
print("RELEASED", flush=True)
"""


def test_the_windows_lock_keeps_a_second_window_out(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "msvcrt.py").write_text(FAKE_MSVCRT, encoding="utf-8")
    db = tmp_path / "河长.db"
    proc = subprocess.Popen([sys.executable, "-c", WINDOWS_HOLDER, str(db), str(tmp_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "HELD"
        monkeypatch.syspath_prepend(str(tmp_path))
        monkeypatch.delitem(sys.modules, "msvcrt", raising=False)
        monkeypatch.setattr(sys, "platform", "win32")
        with pytest.raises(DatabaseInUse) as err:
            acquire(db)
        assert err.value.holder is not None and err.value.holder.pid == proc.pid
        assert proc.stdin is not None
        proc.stdin.close()
        assert proc.stdout.readline().strip() == "RELEASED"
        assert proc.wait(timeout=30) == 0
        lock = acquire(db)  # free once the other window let it go
        try:
            assert lock.os_locked and lock.held
        finally:
            lock.release()
        assert lock_path(db).read_bytes() == b""  # nobody named after a release
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
