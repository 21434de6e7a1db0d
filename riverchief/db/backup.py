"""Backups through SQLite's online backup API, kept in a rotating ``backups`` folder."""

from __future__ import annotations

import re
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from riverchief.db import connection
from riverchief.errors import DatabaseError
from riverchief.files import part_path, replace
from riverchief.i18n import translate
from riverchief.paths import backups_dir

DEFAULT_KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z-]+)\.db$")


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the live database to ``dest`` (consistent even while others write).

    Never inside an open write transaction of ``conn``: SQLite's backup would wait for it
    forever (and would copy half a change); callers back up before they begin.
    """
    if conn.in_transaction:
        raise RuntimeError("backup requested inside an open transaction")
    tmp = part_path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        target = connection.connect(tmp, role="file")
        try:
            conn.backup(target)
            # The copy took the source's header (WAL); a backup is one self-contained file.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        replace(tmp, dest)
    except (OSError, sqlite3.OperationalError) as exc:
        # a full disk or USB stick, a folder not writable, the file open in another program
        if connection.is_busy_error(exc):
            raise
        _discard(tmp)
        raise DatabaseError(translate("Database", "Cannot write the backup: {error}").format(
            error=getattr(exc, "strerror", None) or exc), where=str(dest)) from exc
    return dest


def rotating_backup(
    conn: sqlite3.Connection, db_path: Path, reason: str, *, keep: int = DEFAULT_KEEP
) -> Path:
    """A timestamped backup beside the database; only the newest ``keep`` are kept."""
    folder = backups_dir(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{db_path.stem}-{stamp}-{n}-{reason}.db"
    backup_to(conn, dest)
    prune(db_path, keep=keep)
    return dest


def _same_name(a: str, b: str) -> bool:
    """File names compared as the file system compares them: Windows (and macOS) ignore
    case, so ``RiverChief.db`` opened as ``--db riverchief.db`` is one file whose backups
    are named either way."""
    if sys.platform in ("win32", "darwin"):
        return a.casefold() == b.casefold()
    return a == b


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, oldest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if (m := _NAME.match(p.name)) and _same_name(m.group("stem"), db_path.stem)
    ]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def prune(db_path: Path, *, keep: int) -> None:
    """Keep the newest ``keep`` backups; remove the half-written copies of one that was
    stopped (the app killed, the machine off): one window writes this database's
    backups at a time, and it has just finished its own."""
    backups = list_backups(db_path)
    for old in backups[: max(0, len(backups) - keep)]:
        _discard(old)
    folder = backups_dir(db_path)
    for part in folder.glob("*.db.part"):
        if (m := _NAME.match(part.name[: -len(".part")])) and _same_name(m.group("stem"),
                                                                         db_path.stem):
            _discard(part)


def _discard(path: Path) -> None:
    """Remove an old backup; one Windows will not delete because it is open (in a database
    browser, a copy to a USB stick) is kept until a later backup: the backup just taken,
    and the import or migration it was for, go on."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
