"""The instance lock: one app instance per database file, one writer on a network share.

A lock file beside the database (``riverchief.db.lock``) holds who has it open: host,
process id, user and since when. The lock itself is the operating system's lock on that
file (``flock`` on Linux, a byte-range lock on Windows), which the system releases when
the process ends however it ends, so a lock left by a crash is never in the way. Where a
file system has no working locks (some NFS mounts), the file's content decides instead:
a holder on this host whose process is gone is stale; a holder on another host is stale
once it has not refreshed the file for :data:`STALE_AFTER_S` (the app refreshes it every
minute).

Local disk: the GUI takes the lock (a second window on the same file is told who has it);
the command line does not (WAL lets several processes write). Network share: every
process that opens the database takes it, because the rollback journal used there is
safe only with a single writer.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from riverchief.errors import DatabaseError
from riverchief.i18n import translate

STALE_AFTER_S = 600.0
LOCK_BYTE = 0x7FFF_0000  # Windows locks a byte far past the content, so others can read it
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, getattr(errno, "ENOTSUP", -1)}


class DatabaseInUse(DatabaseError):
    """Another RiverChief process has this database open (and may write to it)."""

    def __init__(self, message: str, *, where: str | None = None,
                 holder: LockInfo | None = None) -> None:
        super().__init__(message, where=where)
        self.holder = holder


@dataclass
class LockInfo:
    host: str
    pid: int
    user: str
    since: str
    purpose: str = "app"

    @classmethod
    def mine(cls, purpose: str) -> LockInfo:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name is not a reason to fail
            user = ""
        return cls(socket.gethostname(), os.getpid(), user,
                   time.strftime("%Y-%m-%d %H:%M:%S"), purpose)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def read_lock(db_path: Path) -> LockInfo | None:
    """Who the lock file names (it may be stale), or None."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8") or "null")
        return LockInfo(**data) if isinstance(data, dict) else None
    except (OSError, ValueError, TypeError):
        return None


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale(info: LockInfo, mtime: float, *, now: float | None = None) -> bool:
    """Whether a lock file's holder is gone (used where the OS cannot lock the file)."""
    if info.host == socket.gethostname():
        return not pid_alive(info.pid)
    return (now if now is not None else time.time()) - mtime > STALE_AFTER_S


def _os_lock(f: IO[bytes]) -> None:
    """Take the OS lock without waiting; BlockingIOError/PermissionError when held."""
    if sys.platform == "win32":
        import msvcrt

        f.seek(LOCK_BYTE)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        f.seek(0)
    else:
        import fcntl

        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _os_unlock(f: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        f.seek(LOCK_BYTE)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


class InstanceLock:
    """A held lock; :meth:`release` (or closing the store) gives it back."""

    def __init__(self, db_path: Path, f: IO[bytes], info: LockInfo, os_locked: bool) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.info = info
        self._file: IO[bytes] | None = f
        self.os_locked = os_locked
        self.users = 1

    def refresh(self) -> None:
        """Show that the holder is alive (for other hosts on a share without OS locks)."""
        if self._file is not None:
            try:
                os.utime(self.path)
            except OSError:
                pass

    def release(self) -> None:
        self.users -= 1
        if self.users > 0 or self._file is None:
            return
        _HELD.pop(_key(self.db_path), None)
        f, self._file = self._file, None
        try:
            f.seek(0)
            f.truncate()
            f.flush()
        except OSError:
            pass
        try:
            if self.os_locked:
                _os_unlock(f)
        except OSError:
            pass
        # The empty file stays: removing it could let two processes lock two files.
        f.close()

    @property
    def held(self) -> bool:
        return self._file is not None


_HELD: dict[str, InstanceLock] = {}


def _key(db_path: Path) -> str:
    return os.path.normcase(str(db_path.resolve()))


def in_use_error(db_path: Path, holder: LockInfo | None, *, network: bool) -> DatabaseInUse:
    who = (
        translate("Database", "{user} on computer {host} (process {pid}, since {since})").format(
            user=holder.user or "?", host=holder.host, pid=holder.pid, since=holder.since)
        if holder else translate("Database", "another RiverChief window")
    )
    if network:
        text = translate(
            "Database",
            "This database is on a network share and is already open by {who}. On a share "
            "only one computer may write at a time: close RiverChief there first, or copy "
            "the file to this computer's own disk and work on the copy.",
        ).format(who=who)
    else:
        text = translate(
            "Database",
            "This database is already open in RiverChief by {who}. Switch to that window, "
            "or close it there first.",
        ).format(who=who)
    return DatabaseInUse(text, where=str(db_path), holder=holder)


def acquire(db_path: Path, *, purpose: str = "app", network: bool = False) -> InstanceLock:
    """Take the lock of ``db_path`` or raise :class:`DatabaseInUse` naming who has it.

    The same process asking again for the same file gets the lock it already holds.
    """
    key = _key(db_path)
    held = _HELD.get(key)
    if held is not None and held.held:
        held.users += 1
        return held
    path = lock_path(db_path)
    try:
        # kept open while the lock is held; not O_APPEND, so the content can be rewritten
        f = os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o644), "r+b")
    except OSError as exc:
        raise DatabaseError(
            translate("Database", "Cannot create the lock file beside the database: {error}")
            .format(error=exc.strerror or exc),
            where=str(path),
        ) from exc
    os_locked = True
    try:
        _os_lock(f)
    except (BlockingIOError, PermissionError) as exc:
        f.close()
        raise in_use_error(db_path, read_lock(db_path), network=network) from exc
    except OSError as exc:
        if exc.errno not in _NO_LOCKS:
            f.close()
            raise in_use_error(db_path, read_lock(db_path), network=network) from exc
        os_locked = False  # no OS locks here: the file's content decides
        holder = read_lock(db_path)
        if holder is not None and not _mine(holder) and not is_stale(
                holder, path.stat().st_mtime):
            f.close()
            raise in_use_error(db_path, holder, network=network) from exc
    info = LockInfo.mine(purpose)
    _write(f, info)
    lock = InstanceLock(db_path, f, info, os_locked)
    _HELD[key] = lock
    return lock


def _mine(info: LockInfo) -> bool:
    return info.host == socket.gethostname() and info.pid == os.getpid()


def _write(f: IO[bytes], info: LockInfo) -> None:
    data: dict[str, Any] = asdict(info)
    f.seek(0)
    f.truncate()
    f.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    f.flush()
    try:
        os.fsync(f.fileno())
    except OSError:
        pass
