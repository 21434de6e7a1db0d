"""Restoring a backup: verify it first, keep the current file aside, then swap atomically."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from riverchief.db import integrity_report, open_store
from riverchief.db.backup import backup_to
from riverchief.errors import DatabaseError
from riverchief.i18n import translate


def verify_backup(backup: Path) -> int:
    """Check that ``backup`` is a healthy RiverChief database; returns its schema version."""
    if not backup.is_file():
        raise DatabaseError(
            translate("Database", "No backup file at this path."), where=str(backup)
        )
    # Open a scratch copy: verifying must not touch the backup itself.
    scratch = backup.with_name(backup.name + ".verify")
    shutil.copyfile(backup, scratch)
    try:
        with open_store(scratch, migrate=False) as store:
            problems = [p for p in integrity_report(store) if not p.startswith("schema: migr")]
            if problems:
                raise DatabaseError(
                    translate("Database", "The backup is damaged: {problems}").format(
                        problems="; ".join(problems)
                    ),
                    where=str(backup),
                )
            return store.schema_version()
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(scratch) + suffix).unlink(missing_ok=True)


def restore(backup: Path, db_path: Path) -> Path | None:
    """Replace ``db_path`` by ``backup``; returns where the previous file was kept aside."""
    verify_backup(backup)
    aside: Path | None = None
    if db_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
        with open_store(db_path, migrate=False) as current:
            backup_to(current.conn, aside)
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp.replace(db_path)
    # Bring the restored file up to this version's schema (with its own backup first).
    open_store(db_path).close()
    return aside
