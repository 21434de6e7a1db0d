"""Restoring a backup: verify it first, keep the current file aside, then swap atomically.

The swap copies the verified backup *into* the live database with SQLite's backup API,
inside one write transaction of the live file: a crash or power cut during the restore
leaves either the database as it was or the restored one, never a mixture, and never a
database whose committed WAL was thrown away.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from riverchief.db import connection, integrity_report, open_store
from riverchief.db.backup import backup_to
from riverchief.db.lock import acquire
from riverchief.errors import DatabaseError
from riverchief.i18n import translate
from riverchief.ids import uuid7


def _scratch_copy(backup: Path, folder: Path) -> Path:
    """A copy of ``backup`` in ``folder`` to check, never beside the backup itself: that
    may be a write-protected USB stick or SD card, a CD or a read-only share."""
    if not backup.is_file():
        raise DatabaseError(
            translate("Database", "No backup file at this path."), where=str(backup)
        )
    # a name of its own each time: a copy Windows kept from an earlier check (and its
    # -wal, which SQLite would apply to this copy) is never mistaken for this one
    scratch = folder / f"{backup.name}.{uuid7()[-12:]}.verify"
    try:
        shutil.copyfile(backup, scratch)
        for suffix in ("-wal",):  # a backup left in WAL mode brings its log along
            side = Path(str(backup) + suffix)
            if side.exists():
                shutil.copyfile(side, Path(str(scratch) + suffix))
    except OSError as exc:
        _remove(scratch)
        raise DatabaseError(
            translate("Database", "Cannot read the backup: {error}").format(
                error=exc.strerror or exc
            ),
            where=str(backup),
        ) from exc
    return scratch


def _remove(path: Path) -> None:
    """Remove a scratch copy and its side files. One Windows will not delete just now (an
    antivirus scanner reading it) stays behind: the verification or restore succeeded."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        try:
            Path(str(path) + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def _verify(scratch: Path, shown_as: Path) -> int:
    with open_store(scratch, migrate=False) as store:
        # A backup of an older schema is healthy: the restore brings it up to date. (The
        # report is in the user's language, so its prefix is compared translated.)
        pending = translate("Database", "schema: migrations not applied: {names}")
        pending = pending.split("{names}")[0]
        problems = [p for p in integrity_report(store) if not p.startswith(pending)]
        if problems:
            raise DatabaseError(
                translate("Database", "The backup is damaged: {problems}").format(
                    problems="; ".join(problems)
                ),
                where=str(shown_as),
            )
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return store.schema_version()


def verify_backup(backup: Path) -> int:
    """Check that ``backup`` is a healthy RiverChief database; returns its schema version.

    The check runs on a scratch copy: verifying never touches the backup itself.
    """
    scratch = _scratch_copy(backup, Path(tempfile.gettempdir()))
    try:
        return _verify(scratch, backup)
    finally:
        _remove(scratch)


def restore(backup: Path, db_path: Path) -> Path | None:
    """Replace ``db_path`` by ``backup``; returns where the previous file was kept aside.

    Refused (:class:`DatabaseInUse`) while another RiverChief window has the file open.
    """
    lock = acquire(db_path, purpose="restore")
    try:
        return _restore(backup, db_path)
    finally:
        lock.release()


def _restore(backup: Path, db_path: Path) -> Path | None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    scratch = _scratch_copy(backup, db_path.parent)  # the live file's disk: copied at once
    try:
        _verify(scratch, backup)
        aside: Path | None = None
        if db_path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
            n = 1
            while aside.exists():
                n += 1
                aside = db_path.with_name(
                    f"{db_path.stem}.before-restore-{stamp}-{n}{db_path.suffix}"
                )
            with open_store(db_path, migrate=False) as current:
                backup_to(current.conn, aside)
                source = connection.connect(scratch, role="file")
                try:
                    # One write transaction on the live file: all of the backup or nothing.
                    source.backup(current.conn)
                finally:
                    source.close()
        else:
            source = connection.connect(scratch, role="file")
            try:
                backup_to(source, db_path)
            finally:
                source.close()
    finally:
        _remove(scratch)
    # Bring the restored file up to this version's schema (with its own backup first).
    open_store(db_path).close()
    return aside
